"""The other fair readings of a date expression that careful readers take more than one way.

`claimcheck.dates` resolves each expression by the project's conventions (TIME-CONVENTIONS:
"this week" is the ISO week of the anchor, "next Wednesday" the first Wednesday after it).
Some of those expressions have a second reading that a careful reader takes as often: a day
that no tense points ("faces a vote on Wednesday") may be the coming one as well as the last;
on a Saturday or Sunday, "faces a vote this week" with a present or future verb may mean the
coming week; "next Wednesday" may mean the Wednesday of next week; "last Friday" that of last
week. The date reader keeps its convention; a comparison of dates asks for the other readings
here, so that a dating is never called wrong when one of its fair readings agrees.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from claimcheck._dates_lexicon import WEEKDAYS
from claimcheck.dates import Tense, find_dates, normalize
from claimcheck.timespan import Granularity, TimeSpan

__all__ = ["fair_readings"]

_WEEKEND = 5
"""Saturday, as ``date.weekday()`` numbers it: from it on, "this week" may mean the coming one."""


def fair_readings(text: str, value: TimeSpan, anchor: date | datetime) -> tuple[TimeSpan, ...]:
    """The fair readings of the date in *text* that the reader resolved to *value*.

    *value* comes first; the other readings follow where the expression of *text* that
    resolves to *value* has one: an incomplete date that no tense marker points ("faces a
    vote on Wednesday") may be the coming one as well as the last, the past bias being only
    the convention; "this week" on a weekend anchor, unless its tense is past, may mean the
    coming ISO week; "next" and "last" with a weekday may name that weekday in the next or
    the last ISO week, where that is another day than the nearest one.

    Args:
        text: The words that date something (a claim's evidence).
        value: What the date reader made of them, under the conventions.
        anchor: The publication date (or datetime) the reading was anchored to.

    Returns:
        The readings, *value* first; just ``(value,)`` where the words allow no other.

    >>> week = TimeSpan.from_iso("2024-W48")
    >>> [r.isoformat() for r in fair_readings("faces a vote this week", week, date(2024, 12, 1))]
    ['2024-W48', '2024-W49']

    .. versionadded:: 0.1.0
    """
    day = anchor.date() if isinstance(anchor, datetime) else anchor
    for mention in find_dates(text, anchor=anchor):
        if mention.value == value:
            return (value, *_others(mention.text, mention.tense, value, day))
    return (value,)


def _others(expression: str, tense: Tense | None, value: TimeSpan, anchor: date) -> tuple[TimeSpan, ...]:
    """The readings of *expression* besides its conventional *value*."""
    words = expression.lower().split()
    if tense is None:
        ahead = normalize(expression, anchor=anchor, tense="future")
        if isinstance(ahead, TimeSpan) and ahead != value:
            return (ahead,)
    if words == ["this", "week"]:
        if anchor.weekday() >= _WEEKEND and tense != "past":
            return (TimeSpan.unit(Granularity.WEEK, anchor + timedelta(days=7)),)
        return ()
    if len(words) != 2 or words[0] not in ("next", "last") or words[1] not in WEEKDAYS:
        return ()
    step = 7 if words[0] == "next" else -7
    day = anchor + timedelta(days=WEEKDAYS[words[1]][0] - anchor.weekday() + step)
    other = TimeSpan.unit(Granularity.DAY, day)
    return () if other == value else (other,)
