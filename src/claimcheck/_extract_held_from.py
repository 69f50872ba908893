"""The start of a tenure dated to a month or a year: by "since" ("X, who has led NATO since
September" says X took office in September) or by a move into an office ("X moved to the
defence ministry in July"), a dating of that taking of office which the facts may deny.

Only a month or a year counts here: a day after "since" ("who has led the Pentagon since 20
January") says the title was held on that day, which the titles read by
`claimcheck._extract_heldsince` already set against the facts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck._extract_acts import person_act
from claimcheck._extract_events import EventMention, Participant
from claimcheck._extract_lexicon import BODY_WORDS
from claimcheck.dates import DateMention
from claimcheck.timespan import Granularity, Modifier, TimeSpan

__all__ = ["moved_into", "tenure_since"]

_HOLDING = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|already\s+)?"
    r"(?:(?P<verb>led|headed|run|chaired|ruled|governed)\s+(?P<what>[^,.;:()]{1,40}?)"
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
