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


class Entries:
    """The day heading and the dateline in force at each sentence of one document, read in
    order: the entries of a daybook take their day from the heading above them and their
    place from the dateline that opens their paragraph."""

    def __init__(self) -> None:
        self.day: DateMention | None = None
        self.place: Actor | None = None
        self._paragraph = -1

    def advance(self, sentence: Sentence, dates: Sequence[DateMention]) -> None:
        """Move on to *sentence*, whose dates are *dates*: a sentence that is a day and
        nothing else ("WEDNESDAY 25 JUNE", "Tuesday, 3 December:") is the new heading; one
        that is a date of another kind (a time, "Monday, 20 January, noon", or a month) ends
        the day before it; a new paragraph reads its dateline.

        >>> from claimcheck.timespan import TimeSpan
        >>> entries = Entries()
        >>> day = DateMention("Tuesday 24 June", 0, TimeSpan.day(2025, 6, 24), None)
        >>> entries.advance(Sentence(1, 0, "Tuesday 24 June", 1), [day])
        >>> entries.advance(Sentence(2, 16, "BRUSSELS - Envoys meet.", 2), [])
        >>> entries.day is day, entries.place.name
        (True, 'Brussels')
        """
        if sentence.paragraph != self._paragraph:
            self._paragraph = sentence.paragraph
            self.place = dateline_place(sentence.text)
        if len(dates) != 1 or sentence.text.strip(_MARKS) != dates[0].text.strip(_MARKS):
            return
        value = dates[0].value
        plain_day = isinstance(value, TimeSpan) and value.granularity is Granularity.DAY and not value.is_datetime
        self.day = dates[0] if plain_day else None

    def event(
        self,
        sentence: str,
        offset: int,
        tokens: Sequence[Token],
        mentions: Sequence[Mention],
        people: Sequence[Participant],
    ) -> EventMention | None:
        """The event of an entry without a date of its own, dated by the day heading above
        it (the event word of the sentence read as if the entry opened with that day), and
        placed at the entry's dateline where the sentence names no place; ``None`` outside
        a day heading."""
        if self.day is None:
            return None
        assert isinstance(self.day.value, TimeSpan)
        day = DateMention("", offset, self.day.value, self.day.tense)
        event = event_in(sentence, offset, tokens, mentions, [day], people)
        if event is None or event.place is not None or self.place is None:
            return event
        return attrs.evolve(event, place=self.place, name=f"{event.name} in {self.place.name}")


def dateline_place(line: str) -> Actor | None:
    """The place of the dateline that opens *line* ("THE HAGUE - Leaders meet"), if any.

    >>> dateline_place("THE HAGUE - Leaders meet.").name
    'The Hague'
    """
    found = _DATELINE.match(line)
    return None if found is None else Actor(found.group("place").title(), ActorKind.PLACE)
