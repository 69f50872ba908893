"""Tenures dated by the time since which they are held, or by a move into them.

A present perfect of holding an office before "since" dates the tenure two ways. A day
("Defense Secretary X, who has led the department since 20 January") says X held that title
on that day, which the facts may deny (an acting holder in the days before X was sworn in):
`held_since` reads it as a title then. A month or a year ("X, who has led NATO since
September") says X took office then: `tenure_since` reads it as X's inauguration, as
`moved_into` does a move into an office ("X moved to the defence ministry in July").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import attrs

from claimcheck._extract_actors import RoleMention
from claimcheck._extract_acts import person_act
from claimcheck._extract_events import EventMention, Participant
from claimcheck._extract_lexicon import BODY_WORDS
from claimcheck._extract_tokens import Token
from claimcheck.dates import DateMention
from claimcheck.model import TitleTime
from claimcheck.timespan import Granularity, Modifier, TimeSpan

__all__ = ["held_since", "moved_into", "tenure_since"]

_LED = ("led", "headed", "run", "chaired")
"""Past participles of holding an office that take the office as their object ("has led
NATO"), which both readers of "since" take."""
_HOLDING = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|already\s+)?"
    rf"(?:(?P<verb>{'|'.join(_LED)}|ruled|governed)\s+(?P<what>[^,.;:()]{{1,40}}?)"
    r"|been\s+(?:in\s+(?:office|power|charge)|at\s+the\s+(?:helm|head)\s+of\s+[^,.;:()]{1,40}?"
    r"|(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:president|chancellor|prime\s+minister|premier"
    r"|secretary[\s-]general|minister|high\s+representative|commissioner|governor|mayor|chief|head|leader)"
    r"(?:\s+of\s+[^,.;:()]{1,30}?)?))\s+$",
    re.IGNORECASE,
)
"""A present perfect of holding an office, its object, and the space before "since"."""
_MOVED = re.compile(
    r"\b(?:moved|switched|transferred|was\s+moved|was\s+transferred)\s+"
    r"(?:from\s+[^,.;:()]{1,60}?\s+)?(?:to|into)\s+(?P<what>[^,.;:()]{1,40}?)\s+(?:in\s+)?$",
    re.IGNORECASE,
)
"""A past move into an office or a body ("moved from the premiership to the defence
ministry"), and the space before its date."""
_MOVE_VERBS = ("moved", "switched", "transferred")
"""The verbs of `_MOVED`: a sentence without one of them tells no move."""
_OFFICE_WORDS = BODY_WORDS | frozenset({"office", "power", "post", "job", "helm", "country"})
"""Last words of an object that name an office or a body ("the ministry", "the country");
a lower-case object of another kind ("the talks") is no office."""
_CLAUSE = 80
"""How many characters before the verb the person may be named."""
_HOLDING_WORDS: tuple[tuple[str, ...], ...] = (
    *(("has", verb) for verb in _LED),
    ("has", "held", "the", "post"),
    ("has", "held", "the", "job"),
    ("has", "been", "in", "charge", "of"),
    ("has", "been", "in", "office"),
    ("has", "been", "at", "the", "helm", "of"),
    ("has", "served"),
)
"""Verbs of holding an office up to the time of writing, in the present perfect, word by word
as `held_since` reads them after "who"."""
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "(", ")"})
"""Tokens that end the relative clause of `held_since`."""
_OBJECT_REACH = 4
"""How many tokens may stand between the verb and "since" ("the Pentagon", "as secretary")."""


def tenure_since(
    sentence: str, offset: int, people: Sequence[Participant], dates: Sequence[DateMention]
) -> EventMention | None:
    """The taking of office that "has led <body> since <month or year>" dates, for the person
    named last before the verb in the clause.

    The event is the person's inauguration in the month or year named, whose match to a
    recorded tenure `claimcheck.checks.timing` decides. "has been in office since", "has
    been at the helm of <body> since" and "has been <title> since" count too; the object of
    "led" must name a body ("NATO", "the ministry"), not other things led ("the talks").

    Args:
        sentence: The sentence's text, which starts at *offset* in its document.
        offset: Where the sentence starts.
        people: The people and things the sentence names, with their offsets.
        dates: The sentence's dates.

    Returns:
        The event, with the characters from the verb to the end of the date, or ``None``.

    >>> from claimcheck.dates import find_dates
    >>> from claimcheck.model import Actor
    >>> import datetime
    >>> text = "Jane Roe, who has led the bank since May, spoke."
    >>> dates = find_dates(text, anchor=datetime.date(2024, 12, 1))
    >>> found = tenure_since(text, 0, [Participant(Actor("Jane Roe"), 0, 8)], dates)
    >>> found.kind, found.when.isoformat()
    ('inauguration', '2024-05')
    """
    if "since" not in sentence:
        return None
    for date in dates:
        when = _unit_started(date)
        if when is None:
            continue
        at = date.offset - offset
        found = _HOLDING.search(sentence, max(0, at - 120), at)
        if found is None or not _names_office(found.group("what")):
            continue
        stop = date.offset + len(date.text)
        start = offset + found.start()
        event = person_act("inauguration", when, people, start, stop, reach=_CLAUSE)
        if event is not None:
            return event
    return None


def moved_into(
    sentence: str, offset: int, people: Sequence[Participant], dates: Sequence[DateMention]
) -> EventMention | None:
    """The taking of office that a past move into an office dates to a month ("moved to the
    defence ministry in July"), for the person named last before the verb in the clause.

    The object must name an office or a body ("the ministry", "the Treasury"), not a place
    or a thing ("moved to the suburbs"). The month is the one the date reader gives, which
    a past verb reads back into the past. The arguments and the result are those of
    `tenure_since`.

    >>> from claimcheck.dates import find_dates
    >>> from claimcheck.model import Actor
    >>> import datetime
    >>> moved = "Jane Roe moved from the bank to the finance ministry in March."
    >>> found = moved_into(moved, 0, [Participant(Actor("Jane Roe"), 0, 8)],
    ...                    find_dates(moved, anchor=datetime.date(2024, 12, 1)))
    >>> found.kind, found.when.isoformat()
    ('inauguration', '2024-03')
    """
    low = sentence.lower()
    if not any(verb in low for verb in _MOVE_VERBS):
        return None
    for date in dates:
        value = date.value
        if not isinstance(value, TimeSpan) or value.granularity is not Granularity.MONTH:
            continue
        found = _MOVED.search(sentence, max(0, date.offset - offset - 140), date.offset - offset)
        if found is not None and _names_office(found.group("what")):
            start, stop = offset + found.start(), date.offset + len(date.text)
            return person_act("inauguration", value, people, start, stop, reach=_CLAUSE)
    return None


def _unit_started(date: DateMention) -> TimeSpan | None:
    """The month or year a "since" date starts in ("since the start of September": that
    September); ``None`` for other dates, and for a day."""
    value = date.value
    if (
        not isinstance(value, TimeSpan)
        or value.modifier is not Modifier.ON_OR_AFTER
        or value.start is None
        or not date.text.lower().startswith("since ")
    ):
        return None
    first = value.start
    if value.granularity is Granularity.MONTH:
        return TimeSpan.month(first.year, first.month)
    if value.granularity is Granularity.YEAR:
        return TimeSpan.year(first.year)
    return None


def _names_office(what: str | None) -> bool:
    if what is None:
        return True
    words = what.split()
    last = words[-1].removesuffix("'s").removesuffix("’s")
    return last[:1].isupper() or last.lower() in _OFFICE_WORDS


def held_since(
    tokens: Sequence[Token],
    titles: Sequence[RoleMention],
    *,
    spans: Mapping[int, TimeSpan],
    published: TimeSpan,
) -> list[RoleMention]:
    """Each title of *titles* given as held now whose person a relative clause right after
    it says has held office since a day, as that title held on that day.

    Only a day counts ("since January 20"): a month or a year ("since May 2024") may begin
    before the tenure does and still be right. The clause is the one opened by "who" right
    after the title and its person ("Defense Secretary Pete Hegseth, who has led the
    Pentagon since January 20"), and the day must be before the time of writing.

    Args:
        tokens: The sentence's tokens.
        titles: The titles the sentence gives, with their tokens.
        spans: The time spans the sentence writes, by the offset of their first character.
        published: The time of writing.

    Returns:
        A "then" title for each such clause, its tokens running from the title to the end
        of the clause.

    .. versionadded:: 0.1.0
    """
    found = []
    for title in titles:
        if title.role.title_time is not TitleTime.PRESENT:
            continue
        stop = title.stop
        if stop + 2 >= len(tokens) or tokens[stop].text != "," or tokens[stop + 1].lower != "who":
            continue
        day = _since_day(tokens, stop + 2, spans, published)
        if day is None:
            continue
        since, end = day
        assertion = attrs.evolve(title.role, when=since, title_time=TitleTime.THEN)
        found.append(RoleMention(assertion, title.first, end, title.person))
    return found


def _since_day(
    tokens: Sequence[Token], k: int, spans: Mapping[int, TimeSpan], published: TimeSpan
) -> tuple[TimeSpan, int] | None:
    """The day after "since" in the clause of a verb of holding office at token *k*, with the
    token that ends the clause; ``None`` for no such verb, or no day."""
    words = tuple(t.lower for t in tokens[k : k + 5])
    verb = next((len(v) for v in _HOLDING_WORDS if words[: len(v)] == v), None)
    if verb is None:
        return None
    for j in range(k + verb, min(len(tokens) - 1, k + verb + _OBJECT_REACH + 1)):
        if tokens[j].text in _CLAUSE_ENDS:
            return None
        if tokens[j].lower != "since":
            continue
        span = spans.get(tokens[j].start)  # "since January 20": on or after that day
        first = None if span is None else span.first_day()
        if span is None or first is None or span.end is not None or span.granularity is not Granularity.DAY:
            return None
        day = TimeSpan.unit(Granularity.DAY, first)
        if not day.is_before(published):
            return None
        end = next((e for e in range(j + 1, len(tokens)) if tokens[e].text in _CLAUSE_ENDS), len(tokens))
        return day, end
    return None
