"""Dates written without their year, and the weekdays written with dates: "on Friday, 3
May" is the nearest such day to the time of writing, and its weekday a claim of its own."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

import attrs

from claimcheck.dates import DateMention, find_dates
from claimcheck.model import WEEKDAYS as WEEKDAY_NAMES
from claimcheck.model import Weekday, WeekdayName
from claimcheck.timespan import Granularity, TimeSpan

__all__ = ["by_day_and_month", "nearest_year", "weekdays", "weekdays_named_before"]


_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAY_NAMES) + r")\b", re.IGNORECASE)


_BY_LOWER: dict[str, WeekdayName] = {name.lower(): name for name in WEEKDAY_NAMES}


_WEEKDAY_LEAD = re.compile(r"\b(?:" + "|".join(WEEKDAY_NAMES) + r")\b,?", re.IGNORECASE)
_YEAR = re.compile(r"\b\d{4}\b")


def _yearless_with_weekday(mention: DateMention) -> bool:
    return (
        isinstance(mention.value, TimeSpan)
        and _WEEKDAY.search(mention.text) is not None
        and re.search(r"\d", mention.text) is not None
        and _YEAR.search(mention.text) is None
    )


def by_day_and_month(
    text: str, dates: list[DateMention], *, anchor: datetime.date | datetime.datetime
) -> list[DateMention]:
    """*dates*, with each yearless date written with its weekday ("Tuesday, 2 December")
    resolved by its day and month alone, as news reads it.

    A date reader may choose the year in which the weekday fits, which can be years away; a
    report means the nearest such day and month, and a wrong weekday is the writer's error,
    for the weekday check to see. The weekdays are blanked and the text read once more, only
    when there is such a date.
    """
    chosen = [d for d in dates if _yearless_with_weekday(d)]
    if not chosen:
        return dates
    chars = list(text)
    for mention in chosen:
        for lead in _WEEKDAY_LEAD.finditer(mention.text):
            start = mention.offset + lead.start()
            chars[start : mention.offset + lead.end()] = " " * (lead.end() - lead.start())
    again = {d.offset + len(d.text): d for d in find_dates("".join(chars), anchor=anchor)}
    today = anchor.date() if isinstance(anchor, datetime.datetime) else anchor
    out = []
    for mention in dates:
        plain = again.get(mention.offset + len(mention.text)) if mention in chosen else None
        if plain is not None and isinstance(plain.value, TimeSpan):
            nearest = nearest_year(plain.value, today)
            ahead = nearest != plain.value and nearest.is_after(TimeSpan.day(today.year, today.month, today.day))
            mention = attrs.evolve(mention, value=nearest, tense="future" if ahead else mention.tense)
        out.append(mention)
    return out


_BARE_WEEKDAY = re.compile(r"(?:on\s+)?(" + "|".join(WEEKDAY_NAMES) + r")", re.IGNORECASE)
_RECALL_REACH = 400
"""How far back, in characters, a day written with its weekday and date may be taken up again
by its weekday alone."""
_PARAGRAPH = re.compile(r"\n[ \t]*\n")


def weekdays_named_before(text: str, dates: list[DateMention]) -> list[DateMention]:
    """*dates*, with a bare weekday ("he did so only on Thursday") that takes up a day written
    shortly before in its paragraph with that weekday and its date ("Thursday, 5 December")
    read as that day, as a reader does, rather than as the nearest such weekday to the time of
    writing.

    >>> text = "He quit on Thursday, 5 December. Rivals said he did so only on Thursday."
    >>> dated = find_dates(text, anchor=datetime.date(2024, 12, 13))
    >>> [d.value.isoformat() for d in weekdays_named_before(text, dated)]
    ['2024-12-05', '2024-12-05']

    .. versionadded:: 0.1.0
    """
    named = [(d, w) for w, d in weekdays(dates)]
    if not named:
        return dates
    out = []
    for mention in dates:
        bare = _BARE_WEEKDAY.fullmatch(mention.text)
        if bare is not None and isinstance(mention.value, TimeSpan):
            earlier = [
                (d, w)
                for d, w in named
                if mention.offset - _RECALL_REACH <= d.offset < mention.offset
                and w.weekday.lower() == bare.group(1).lower()
                and not _PARAGRAPH.search(text, d.offset, mention.offset)
            ]
            day = earlier[-1][1].when if earlier else None
            if day is not None and _fits_tense(day, mention):
                mention = attrs.evolve(mention, value=day)
        out.append(mention)
    return out


def _fits_tense(day: TimeSpan, mention: DateMention) -> bool:
    """Whether *day* lies on the side of *mention*'s own reading that its tense points to:
    "will meet again on Thursday" after "met on Thursday, 5 December" is another Thursday."""
    assert isinstance(mention.value, TimeSpan)
    if mention.tense == "future":
        return not day.is_before(mention.value)
    if mention.tense == "past":
        return not day.is_after(mention.value)
    return True


def nearest_year(span: TimeSpan, today: datetime.date) -> TimeSpan:
    """*span*, a day, moved to the year that puts it nearest to *today* (the earlier on a tie).

    The tense of a sentence cannot choose the year of a date written with its weekday: in
    "promised to travel on Wednesday, 8 May" the past verb governs the promise, not the
    journey, and a reader of a 7 May story takes the next day, not one a year back.
    """
    day = span.first_day()
    if day is None or span.last_day() != day or span.granularity is not Granularity.DAY:
        return span
    candidates = []
    for year in (day.year - 1, day.year, day.year + 1):
        try:
            candidates.append(day.replace(year=year))
        except ValueError:  # 29 February outside a leap year
            continue
    best = min(candidates, key=lambda d: (abs((d - today).days), d))
    return TimeSpan.day(best.year, best.month, best.day)


def weekdays(dates: Sequence[DateMention]) -> list[tuple[Weekday, DateMention]]:
    """The days a sentence names together with their weekday and an explicit day of the
    month ("Monday, 2 December", "Tuesday 3 Dec 2024"), to check one against the other."""
    found: list[tuple[Weekday, DateMention]] = []
    for date in dates:
        value = date.value
        named = _WEEKDAY.search(date.text)
        if named is None or not isinstance(value, TimeSpan) or not re.search(r"\d", date.text):
            continue
        day = value.first_day()
        if day is None or value.last_day() != day:
            continue
        weekday = _BY_LOWER[named.group(1).lower()]
        found.append(
            (Weekday(when=TimeSpan.day(day.year, day.month, day.day), weekday=weekday), date)
        )
    return found
