"""Lengths of time measured from the facts: time in office ("Jens Stoltenberg, who ran the
alliance for a decade") and time since a recorded event ("two years since Finland joined")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import timedelta

from claimcheck._extract_actors import Mention
from claimcheck._extract_lexicon import BODY_WORDS
from claimcheck._extract_tokens import Token
from claimcheck.dates import DateMention
from claimcheck.kb import Confidence, KnowledgeBase, Tenure, Truth
from claimcheck.model import ActorKind, DurationSince
from claimcheck.timespan import Duration, TimeSpan

__all__: list[str] = []

_TENURE = re.compile(
    r"\b(?P<aux>(?:has|have|had)\s+)?(?:been\s+)?"
    r"(?P<verb>led|leads|ran|run|runs|headed|heads|chaired|chairs|ruled|rules|governed|governs"
    r"|served|serves|been\s+(?:in\s+(?:office|power|charge)|at\s+the\s+helm(?:\s+of)?)"
    r"|held\s+(?:the|that|this|his|her|their)\s+(?:post|job|office|position|role)"
    r"|(?:been|was)\s+(?:the\s+|its\s+|(?P<prefix>[\w.'’-]+)\s+)?(?P<role>president|chancellor"
    r"|prime\s+minister|secretary[\s-]general|(?:[a-z]+\s+)?minister|premier|chief|leader|head))"
    r"(?P<what>(?:\s+(?!for\b)[\w'’.-]+){0,4}?)\s+for\s+$",
    re.IGNORECASE,
)
"""A verb of holding office, its object (the body) and "for", just before a length."""
_ANY_OFFICE = frozenset({"", "office", "power", "the post", "the job", "the country", "the office"})
"""Objects that leave the office open: the person's one tenure decides."""
_ANY_ROLE = frozenset({"chief", "leader", "head"})
"""Role words that name a body's top office, whatever its title."""
_PRESENT = frozenset({"leads", "runs", "heads", "chairs", "rules", "governs", "serves"})


def office_length(
    sentence: str,
    offset: int,
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    dates: Sequence[DateMention],
    *,
    kb: KnowledgeBase,
    published: TimeSpan,
    body: str | None,
) -> tuple[DurationSince, int, int] | None:
    """A person's length of time in an office, with the start of their recorded tenure.

    "X, who has led Ukraine for seven years" (present perfect) runs from the start of X's
    tenure in Ukraine's top office to the time of writing, which that tenure must still
    cover; "X, who ran the alliance for 12 years" (past) runs to the tenure's handover. A
    length half again as long as the tenure, when the facts name no one holding the office
    before it, may count earlier terms and gives no claim. The
    person is the one named last before the verb; the body is the verb's object (a named
    body, or "the alliance" for *body*, the body last named), or any office for "in office",
    "in power" and "held the post"; "has been president" and "was chancellor" name the role,
    "has been NATO's chief" the body. Only a tenure whose bounds the facts give with more than
    low confidence counts, and only when one tenure fits.

    Returns:
        The claim and its characters in the text (from the verb to the end of the length),
        or ``None``.
    """
    for date in dates:
        length = date.value
        at = date.offset - offset
        if not isinstance(length, Duration) or length.relation is not None:
            continue
        found = _TENURE.search(sentence, max(0, at - 90), at)
        if found is None or found.end() != at:
            continue
        person = _person_before(mentions, tokens, offset + found.start())
        if person is None:
            continue
        tenure = _tenure(kb, person, found, published=published, body=body)
        if tenure is None or tenure.start is None:
            return None
        ended = tenure.end is not None and tenure.end.is_before(published)
        as_of = tenure.end if ended else None
        if _earlier_terms_possible(kb, tenure, length, as_of or published):
            return None
        office = f"{tenure.office.role} of {tenure.office.organization}"
        claim = DurationSince(
            subject=f"{tenure.holder.name} as {office}", since=tenure.start, length=length, as_of=as_of
        )
        return claim, offset + found.start("verb"), date.offset + len(date.text)
    return None


_DAYS = {"years": 365.25, "months": 30.44, "weeks": 7.0, "days": 1.0}
_BEYOND_RECORD = 1.5
"""How much longer than the recorded tenure a length may be and still be read as that tenure
when the facts name no earlier holder: beyond it, the length more likely counts earlier terms
that the facts do not hold ("has ruled Russia for nearly 25 years")."""


def _earlier_terms_possible(kb: KnowledgeBase, tenure: Tenure, length: Duration, until: TimeSpan) -> bool:
    """Whether *length* reaches far beyond *tenure* while the facts name no one holding the
    office just before it, so that the person may have held it before."""
    start, end = tenure.start, until.last_day()
    first = None if start is None else start.first_day()
    if first is None or end is None:
        return True
    claimed = sum(getattr(length, unit) * days for unit, days in _DAYS.items())
    if claimed <= _BEYOND_RECORD * (end - first).days:
        return False
    before = first - timedelta(days=1)
    holders = kb.holder_at(tenure.office, TimeSpan.day(before.year, before.month, before.day)).holders
    return not holders or tenure.holder in holders


def _person_before(mentions: Sequence[Mention], tokens: Sequence[Token], at: int) -> str | None:
    """The person named last before the character *at*."""
    people = [
        m.actor.name
        for m in mentions
        if m.actor.kind is ActorKind.PERSON and tokens[m.stop - 1].end <= at
    ]
    return people[-1] if people else None


def _tenure(
    kb: KnowledgeBase, person: str, found: re.Match[str], *, published: TimeSpan, body: str | None
) -> Tenure | None:
    """The one tenure of *person* that the verb and its object in *found* speak of: held at
    the time of writing for the present perfect, ended before it for the past tense."""
    what = " ".join(found.group("what").split()).lower().removeprefix("of ")
    prefix = found.group("prefix") or ""
    if not what and prefix[:1].isupper():  # "has been NATO's chief": the body before the role
        what = prefix.removesuffix("'s").removesuffix("’s").lower()
    role = " ".join((found.group("role") or "").lower().replace("-", " ").split())
    role = "" if role in _ANY_ROLE else role
    wanted: str | None = None
    if what not in _ANY_OFFICE:
        words = what.removeprefix("the ").split()
        if len(words) == 1 and words[0] in BODY_WORDS:
            wanted = body
        else:
            actor = kb.identify(what.removeprefix("the ")).actor
            wanted = None if actor is None or actor.kind is ActorKind.PERSON else actor.name
        if wanted is None:
            return None
    present = bool(found.group("aux")) and found.group("aux").lower().startswith("ha")
    present = present and not found.group("aux").lower().startswith("had")
    present = present or found.group("verb").lower() in _PRESENT
    fitting = []
    for holding in kb.offices_of(person, published).holdings:
        tenure = holding.tenure
        if tenure.acting or tenure.start_confidence is Confidence.LOW:
            continue
        organization = tenure.office.organization
        if role and role.split()[-1] not in tenure.office.role.lower().replace("-", " "):
            continue
        if wanted is not None and (
            organization is None or kb.identify(organization).actor != kb.identify(wanted).actor
        ):
            continue
        if present and holding.truth is Truth.TRUE:
            fitting.append(tenure)
        elif not present and tenure.end is not None and tenure.end.is_before(published):
            if tenure.end_confidence is not Confidence.LOW:
                fitting.append(tenure)
    return fitting[0] if len(fitting) == 1 else None


_SINCE_EVENT = re.compile(
    r"\s*,?\s+since\s+(?:(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?P<verb>joined|acceded|applied)\b"
    r"|the\s+(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}(?:[a-z]+\s+)?"
    r"(?:summit|strike|election|inauguration|declaration|accession|application)))\b"
)
"""A length's starting event: "since Finland joined", "since the Bucharest summit"."""
_KIND_OF_VERB = {"joined": "accession", "acceded": "accession", "applied": "application"}


def length_since_event(
    sentence: str, offset: int, dates: Sequence[DateMention], *, kb: KnowledgeBase
) -> tuple[DurationSince, int, int] | None:
    """A length counted from an event the knowledge base records, to the time of writing.

    "more than a year since Sweden joined" runs from the recorded accession of Sweden;
    "16 years since the Bucharest summit" from the one event whose name has those words.
    A sentence that gives a date of its own may measure to that date instead, so it gives
    no such length; nor does an event the facts record more than once, or with low
    confidence.

    Returns:
        The claim and its characters in the text (the length and its starting event), or
        ``None``.
    """
    if any(isinstance(d.value, TimeSpan) for d in dates):
        return None
    for date in dates:
        length = date.value
        stop = date.offset - offset + len(date.text)
        found = _SINCE_EVENT.match(sentence, stop)
        if not isinstance(length, Duration) or length.relation is not None or found is None:
            continue
        if found.group("who"):
            who, kind = found.group("who"), _KIND_OF_VERB[found.group("verb").lower()]
            events = kb.find_events(kind=kind, participant=who) or kb.find_events(who, kind=kind)
        else:
            events = kb.find_events(found.group("name"))
        events = tuple(e for e in events if e.confidence is not Confidence.LOW)
        if len(events) != 1:
            return None
        (event,) = events
        claim = DurationSince(subject=f"time since {event.name}", since=event.when, length=length)
        return claim, date.offset, offset + found.end()
    return None
