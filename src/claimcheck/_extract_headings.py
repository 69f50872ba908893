"""Day headings: a line that is only a day ("WEDNESDAY 25 JUNE") dates the entries below it,
as in a daybook, a diary or a week-ahead planner, up to the next such heading.

An entry that names an event without a date of its own ("The declaration will be issued
after the session.") speaks of that day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from claimcheck._extract_actors import Mention
from claimcheck._extract_events import EventMention, Participant, event_in
from claimcheck._extract_text import Sentence
from claimcheck._extract_tokens import Token
from claimcheck.dates import DateMention
from claimcheck.model import Actor, ActorKind
from claimcheck.timespan import Granularity, TimeSpan

__all__: list[str] = []

_MARKS = " \t.,:;-–—()[]*#"
_DATELINE = re.compile(r"\s*(?P<place>[A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+){0,3})\s+[-–—]\s+")
"""A dateline that opens an entry: a place in capitals and a dash ("THE HAGUE - ")."""
"""Marks a heading may carry around its day."""


def day_heading(sentence: Sentence, dates: Sequence[DateMention], current: DateMention | None) -> DateMention | None:
    """The day heading in force after *sentence*: the sentence itself where it is made of a
    day and nothing else ("WEDNESDAY 25 JUNE", "Tuesday, 3 December:"); ``None`` after a
    heading of another kind (a time, "Monday, 20 January, noon", or a month), which ends
    the day before it; else the *current* one.

    >>> from claimcheck.timespan import TimeSpan
    >>> day = DateMention("Tuesday 24 June", 0, TimeSpan.day(2025, 6, 24), None)
    >>> day_heading(Sentence(1, 0, "Tuesday 24 June", 1), [day], None) is day
    True
    """
    if len(dates) != 1 or sentence.text.strip(_MARKS) != dates[0].text.strip(_MARKS):
        return current
    (date,) = dates
    value = date.value
    if isinstance(value, TimeSpan) and value.granularity is Granularity.DAY and not value.is_datetime:
        return date
    return None


def dateline_place(line: str) -> Actor | None:
    """The place of the dateline that opens *line* ("THE HAGUE - Leaders meet"), if any.

    >>> dateline_place("THE HAGUE - Leaders meet.").name
    'The Hague'
    """
    found = _DATELINE.match(line)
    return None if found is None else Actor(found.group("place").title(), ActorKind.PLACE)


def headed_event(
    sentence: str,
    offset: int,
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    people: Sequence[Participant],
    *,
    heading: DateMention,
    dateline: Actor | None,
) -> EventMention | None:
    """The event of an entry without a date of its own, dated by the day *heading* above it
    (the event word of the sentence read as if the entry opened with that day), and placed
    at the entry's *dateline* where the sentence names no place."""
    assert isinstance(heading.value, TimeSpan)
    day = DateMention("", offset, heading.value, heading.tense)
    event = event_in(sentence, offset, tokens, mentions, [day], people)
    if event is None or event.place is not None or dateline is None:
        return event
    return attrs.evolve(event, place=dateline, name=f"{event.name} in {dateline.name}")
