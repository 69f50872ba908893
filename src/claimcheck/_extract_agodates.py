"""A time ago set beside the date it stands for ("signed two years ago, on 3 May 2022"): the
two must agree, so the length runs from the date to the time of writing."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from claimcheck.dates import DateMention, find_dates
from claimcheck.model import DurationSince
from claimcheck.timespan import Duration, TimeSpan

__all__ = ["ago_beside_date"]

_AGO = re.compile(r"\s+ago$", re.IGNORECASE)
"""The word that makes a length a time before writing."""
_BESIDE = re.compile(r",\s*(?:(?:on|in)\s+)?|\s+(?:on|in)\s+", re.IGNORECASE)
"""What must stand between a time ago and its date: a comma, "on" or "in". With only a space
between them, the two make one date ("one year ago today", "a decade ago this week"), not a
length and its start."""
_ANY_DAY = datetime.date(2000, 1, 1)
"""An anchor for reading the length alone; a length does not depend on it."""


def ago_beside_date(sentence: str, offset: int, dates: Sequence[DateMention]) -> tuple[DurationSince, int, int] | None:
    """The length of a time ago ("more than three years ago") followed right away by a date
    (", on 30 September 2022"), as a length from that date to the time of writing.

    Args:
        sentence: The sentence's text.
        offset: Where the sentence starts in its document.
        dates: The date mentions of the sentence, in order.

    Returns:
        The claim and its characters in the text (from the time ago to the date), or ``None``.

    >>> text = "It was signed two years ago, on 3 May 2022."
    >>> claim, start, stop = ago_beside_date(text, 0, find_dates(text, anchor=datetime.date(2024, 6, 1)))
    >>> claim.since.isoformat(), claim.length.years, text[start:stop]
    ('2022-05-03', 2, 'two years ago, on 3 May 2022')

    .. versionadded:: 0.1.0
    """
    for ago, date in zip(dates, dates[1:]):
        if not _AGO.search(ago.text) or not isinstance(date.value, TimeSpan) or date.value.start is None:
            continue
        end = ago.offset + len(ago.text) - offset
        if _BESIDE.fullmatch(sentence, end, date.offset - offset) is None:
            continue
        words = _AGO.sub("", ago.text)
        lengths = [m.value for m in find_dates(words, anchor=_ANY_DAY) if m.text == words]
        if len(lengths) != 1 or not isinstance(lengths[0], Duration):
            continue
        claim = DurationSince(subject=f"time since {date.text}", since=date.value, length=lengths[0])
        return claim, ago.offset, date.offset + len(date.text)
    return None
