"""Dates written as headings: a line that is only a date, as timelines and diaries set them.

A timeline gives each day a line of its own ("Friday, 3 May") and tells what happened on
it in the line below ("The minister is sworn in."). The entry's first sentence names no
date of its own; its event is dated by the heading.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck._extract_text import Sentence
from claimcheck.dates import DateMention
from claimcheck.timespan import TimeSpan

__all__ = ["heading_date"]

_TRIM = " \t\n.,:;-–—"
"""What may stand around the date of a heading."""


def heading_date(sentence: Sentence, dates: Sequence[DateMention]) -> DateMention | None:
    """The date *sentence* consists of alone (a timeline's "Sunday, 5 May" line); ``None`` if
    the sentence says more, or names no date or a moment rather than a span of days.

    Args:
        sentence: The sentence.
        dates: The date mentions found in it.

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
    if not isinstance(date.value, TimeSpan) or date.value.is_datetime or date.value.start is None:
        return None
    at = date.offset - sentence.offset
    rest = sentence.text[:at] + sentence.text[at + len(date.text) :]
    return date if not rest.strip(_TRIM) else None
