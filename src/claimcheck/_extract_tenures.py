"""Lengths of time in office ("who had chaired the council for six years"), measured from
the tenure the knowledge base records."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck._extract_actors import Mention
from claimcheck._extract_events import FOR_LENGTH
from claimcheck._extract_lexicon import TITLE_WORDS
from claimcheck._extract_tokens import Token
from claimcheck.dates import DateMention
from claimcheck.kb import KnowledgeBase, Tenure
from claimcheck.model import ActorKind, DurationSince
from claimcheck.timespan import Duration, TimeSpan

__all__: list[str] = []

_VERB = re.compile(
    r"\b(?:(?P<perfect>has|have)\s+(?:been|served|held|chaired|led|headed|run|occupied)"
    r"|(?:had\s+(?:been|served|held|chaired|led|headed|run|occupied)"
    r"|served|held|chaired|led|headed|ran|occupied|was))\b",
    re.IGNORECASE,
)
"""The verb of holding an office, in the present perfect ("has led") or a past tense."""
_OFFICE_WORDS = frozenset(
    {"office", "post", "helm", "job", "role", "position", "seat"} | TITLE_WORDS
) - {"general", "state", "top", "in", "head"}
"""Words that make "has been ..." or "served ..." about an office."""
_SUBJECT_GAP = re.compile(r"^(?:\s*,\s*who)?\s*$")
"""What may stand between a person and the verb: nothing, or a relative "who"."""
_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:and|but|while|when|after|before)\b", re.IGNORECASE)


def tenure_length(
    sentence: str,
    offset: int,
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    dates: Sequence[DateMention],
    *,
    kb: KnowledgeBase,
    published: TimeSpan,
) -> tuple[DurationSince, int, int] | None:
    """A length of time a person held an office, with the tenure it is measured on.

    "X has led the bank for two years" runs from the start of X's tenure to the time of
    writing; "X, who had chaired the council for six years" from its start to its end. The
    tenure is the one the knowledge base records for that person: it must be the only one,
    still open for a present perfect and ended before publication for a past tense, so a
    person who held other terms the facts do not record is not measured on the wrong one.

    Returns:
        The `DurationSince` and the characters of the document that give the length, or
        ``None``.
    """
    people = [m for m in mentions if m.kind is ActorKind.PERSON and not m.possessive]
    if not people:
        return None
    for date in dates:
        length = date.value
        if not isinstance(length, Duration) or length.relation is not None or not _in_office_terms(length):
            continue
        at = date.offset - offset
        if not FOR_LENGTH.search(sentence[:at]):
            continue
        verb = _verb_before(sentence, at)
        if verb is None:
            continue
        v_start, perfect = verb
        if not _names_the_office(sentence[v_start:at]):
            continue
        person = _subject(sentence, offset, tokens, people, v_start)
        if person is None:
            continue
        tenure = _only_tenure(kb, person, published, open_=perfect)
        if tenure is None or tenure.start is None:
            continue
        since = DurationSince(
            subject=f"{person.actor.name} in office",
            since=tenure.start,
            length=length,
            as_of=None if perfect else tenure.end,
        )
        return since, date.offset, date.offset + len(date.text)
    return None


def _in_office_terms(length: Duration) -> bool:
    """Whether *length* is counted as terms of office are: in years or months only ("two
    years", "18 months"), not in days or hours ("led the talks for two hours")."""
    return bool(length.years or length.months) and not (
        length.weeks or length.days or length.hours or length.minutes or length.seconds
    )


def _names_the_office(stretch: str) -> bool:
    """Whether the words from the verb to the length speak of an office: a verb of holding
    one ("held the post", "chaired", "led NATO"), or a form of "be" or "serve" followed by a
    title or "in office" ("has been foreign minister"), not "has been in power"."""
    words = [w.strip(",.;:'’").casefold() for w in stretch.split()]
    being = words[:1] in (["was"], ["served"]) or (len(words) > 1 and words[1] in ("been", "served"))
    if not being:
        return True
    return any(w in _OFFICE_WORDS for w in words)


def _verb_before(sentence: str, at: int) -> tuple[int, bool] | None:
    """The last office verb before *at* in the same clause: its offset and whether it is a
    present perfect."""
    found = None
    for match in _VERB.finditer(sentence, 0, at):
        found = match
    if found is None or _CLAUSE_BREAK.search(sentence, found.end(), at):
        return None
    return found.start(), found.group("perfect") is not None


def _subject(
    sentence: str, offset: int, tokens: Sequence[Token], people: Sequence[Mention], verb: int
) -> Mention | None:
    """The person right before the verb at *verb*, or before ", who" and the verb."""
    before = [m for m in people if tokens[m.stop - 1].end - offset <= verb]
    if not before:
        return None
    person = before[-1]
    gap = sentence[tokens[person.stop - 1].end - offset : verb]
    return person if _SUBJECT_GAP.match(gap) else None


def _only_tenure(
    kb: KnowledgeBase, person: Mention, published: TimeSpan, *, open_: bool
) -> Tenure | None:
    """The person's one recorded tenure: open at *published* for a present perfect, ended
    before it for a past tense; ``None`` if the person has none or several."""
    tenures = [h.tenure for h in kb.offices_of(person.actor, published).holdings]
    if len(tenures) != 1:
        return None
    (tenure,) = tenures
    ended = tenure.end is not None and tenure.end.is_before(published)
    return tenure if ended != open_ else None
