"""Date headings: a line that is only a date ("WEDNESDAY 25 JUNE", "Friday, 3 May:") dates the
entries below it, as daybooks, diaries, week-ahead planners and timelines set them.

The entry of a heading is the sentence right below it ("The minister is sworn in."), and, up
to the next line that is only a date, every line that opens with a dateline, as a daybook's
entries do ("THE HAGUE - Leaders meet. The declaration follows."); other sentences are
commentary and take no date from the heading. An entry's sentence that names an event without
a date of its own speaks of the heading's day, and the dateline that opens its line places it.
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

__all__ = ["Entries", "dateline_place", "heading_date"]

_MARKS = " \t\n.,:;-–—()[]*#"
"""Marks a heading may carry around its date."""
_DATELINE = re.compile(r"\s*(?P<place>[A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+){0,3})\s+[-–—]\s+")
"""A dateline that opens an entry: a place in capitals and a dash ("THE HAGUE - ")."""


def heading_date(sentence: Sentence, dates: Sequence[DateMention]) -> DateMention | None:
    """The date *sentence* consists of alone (a timeline's "Sunday, 5 May" line, a daybook's
    "WEDNESDAY 25 JUNE"), of whatever kind; ``None`` if the sentence says more than one date.

    Args:
        sentence: The sentence.
        dates: The date mentions found in it.

    Returns:
        The one date mention the sentence is made of, or ``None``.

    >>> from claimcheck.dates import find_dates
    >>> from datetime import date
    >>> line = Sentence(number=4, offset=0, text="Sunday, 5 May", paragraph=3)
    >>> heading_date(line, find_dates(line.text, anchor=date(2024, 5, 9))).value.isoformat()
    '2024-05-05'

    .. versionadded:: 0.1.0
    """
    if len(dates) != 1:
        return None
    (date,) = dates
    at = date.offset - sentence.offset
    rest = sentence.text[:at] + sentence.text[at + len(date.text) :]
    return date if not rest.strip(_MARKS) else None


def _plain_day(date: DateMention) -> bool:
    """Whether *date* is one whole day: not a moment in it, not a month or a longer span."""
    value = date.value
    return isinstance(value, TimeSpan) and value.granularity is Granularity.DAY and not value.is_datetime


class Entries:
    """The day heading and the dateline in force at each sentence of one document, read in
    order: the entries of a daybook or a timeline take their day from the heading above them
    and their place from the dateline that opens their line.

    .. versionadded:: 0.1.0
    """

    def __init__(self) -> None:
        self.day: DateMention | None = None
        self.place: Actor | None = None
        self._paragraph = -1
        self._heading_paragraph = -1
        self._first = False

    def advance(self, sentence: Sentence, dates: Sequence[DateMention]) -> None:
        """Move on to *sentence*, whose dates are *dates*: a heading (`heading_date`) that is
        a plain day ("Tuesday, 3 December:") dates the entries that follow; a heading of
        another kind (a time, "Monday, 20 January, noon", or a month) ends the day before it;
        a new line reads its dateline; the sentence right below the heading, and every
        sentence of a line that opens with a dateline, are entries.

        Args:
            sentence: The next sentence of the document.
            dates: The date mentions found in it.

        >>> from claimcheck.timespan import TimeSpan
        >>> entries = Entries()
        >>> day = DateMention("Tuesday 24 June", 0, TimeSpan.day(2025, 6, 24), None)
        >>> entries.advance(Sentence(1, 0, "Tuesday 24 June", 1), [day])
        >>> entries.advance(Sentence(2, 16, "BRUSSELS - Envoys meet.", 2), [])
        >>> entries.day is day, entries.place.name
        (True, 'Brussels')
        """
        self._first = False
        heading = heading_date(sentence, dates)
        if heading is not None:
            self.day = heading if _plain_day(heading) else None
            self._paragraph = self._heading_paragraph = sentence.paragraph
            self.place = None
            return
        if sentence.paragraph != self._paragraph:
            below = self._paragraph == self._heading_paragraph
            self._paragraph = sentence.paragraph
            self.place = dateline_place(sentence.text)
            self._first = below

    def event(
        self,
        sentence: str,
        offset: int,
        tokens: Sequence[Token],
        mentions: Sequence[Mention],
        people: Sequence[Participant],
    ) -> EventMention | None:
        """The event of an entry's sentence without a date of its own, dated by the day
        heading above it (the event word of the sentence read as if the entry opened with
        that day), and placed at the entry's dateline where the sentence names no place. The
        first sentence right below the heading is dated by the heading's own words, so its
        evidence runs from the heading.

        Args:
            sentence: The entry's sentence.
            offset: Where the sentence starts in the document.
            tokens: The sentence's tokens.
            mentions: The names found in it.
            people: Who takes part in what it tells.

        Returns:
            The event, or ``None`` outside an entry under a day heading or where the
            sentence tells none.
        """
        if self.day is None or not (self._first or self.place is not None):
            return None
        assert isinstance(self.day.value, TimeSpan)
        day = DateMention("", offset, self.day.value, self.day.tense)
        event = event_in(sentence, offset, tokens, mentions, [day], people)
        if event is None:
            return None
        if self._first:
            event = attrs.evolve(event, start=self.day.offset)
        if event.place is not None or self.place is None:
            return event
        return attrs.evolve(event, place=self.place, name=f"{event.name} in {self.place.name}")


def dateline_place(line: str) -> Actor | None:
    """The place of the dateline that opens *line* ("THE HAGUE - Leaders meet"), if any.

    Args:
        line: The first sentence of a paragraph.

    Returns:
        The place, or ``None`` where the line opens with no dateline.

    >>> dateline_place("THE HAGUE - Leaders meet.").name
    'The Hague'

    .. versionadded:: 0.1.0
    """
    found = _DATELINE.match(line)
    return None if found is None else Actor(found.group("place").title(), ActorKind.PLACE)
