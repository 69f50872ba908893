"""Period nodes: parts of periods, the rest or the week of a date, seasons and quarters.

They resolve against a `Context` under the conventions of ``docs/time.md``, like the calendar
nodes of `_dates_nodes` they build on.
"""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from claimcheck._dates_nodes import (
    DAY,
    DECADE,
    MONTH,
    QUARTER,
    WEEK,
    YEAR,
    Context,
    Node,
    Value,
    days_span,
    pick,
    shift,
)
from claimcheck.timespan import Granularity, Modifier, TimeSpan, _floor

__all__ = [
    "EarlierLater",
    "Fortnights",
    "MonthSpan",
    "MonthsOf",
    "Part",
    "Quarter",
    "RestOf",
    "Season",
    "UnitsTo",
    "WeekOf",
    "narrow",
]

_ONE_DAY = timedelta(days=1)


class Part(Node):
    """A part of a unit: early, mid, late, end, start, first or second half; with *until*,
    the parts from *part* to *until* ("mid-to-late March"), with the modifier of the last."""

    __slots__ = ("base", "part", "until")

    def __init__(self, base: Node, part: str, *, until: str | None = None) -> None:
        self.base = base
        self.part = part
        self.until = until

    def resolve(self, ctx: Context) -> Value | None:
        whole = self.base.span(ctx)
        if whole is None or whole.start is None or whole.end is None or whole.is_datetime:
            return None
        start, end = whole.start, whole.end
        assert isinstance(start, date) and isinstance(end, date)
        if ctx.scheduling and whole.granularity is YEAR and self.part in ("start", "end"):
            # scheduling: the beginning of a year is its first quarter, the end its last third
            months = (0, 3) if self.part == "start" else (8, 12)
            modifier = _MODIFIER[self.part]
            first, last = shift(start, MONTH, months[0]), shift(start, MONTH, months[1])
            return days_span(first, last, YEAR, modifier)
        found = narrow(start, end, whole.granularity, self.part)
        if self.until is None or found is None:
            return found
        last_part = narrow(start, end, whole.granularity, self.until)
        if last_part is None:
            return None
        return TimeSpan(found.start, last_part.end, whole.granularity, last_part.modifier)


_MODIFIER = {
    "early": Modifier.START,
    "start": Modifier.START,
    "mid": Modifier.MID,
    "late": Modifier.END,
    "end": Modifier.END,
}


def narrow(start: date, end: date, granularity: Granularity, part: str) -> TimeSpan | None:
    """The *part* of the unit ``[start, end)`` under the conventions."""
    if part in ("h1", "h2"):
        if granularity is not YEAR:
            return None
        middle = shift(start, MONTH, 6)
        return TimeSpan(*((start, middle) if part == "h1" else (middle, end)), QUARTER)
    modifier = _MODIFIER[part]
    if granularity is DAY:
        return days_span(start, end, DAY, modifier)  # a part of a day stays the day
    if granularity is MONTH:
        cuts = {"early": (1, 11), "start": (1, 11), "mid": (11, 21)}.get(part)
        if cuts is None:
            return days_span(start.replace(day=21), end, MONTH, modifier)
        return days_span(start.replace(day=cuts[0]), start.replace(day=cuts[1]), MONTH, modifier)
    if granularity is YEAR:
        months = {
            "early": (0, 4),
            "mid": (4, 8),
            "late": (8, 12),
            "end": (11, 12),
            "start": (0, 1),
        }[part]
    elif granularity is QUARTER:
        months = {"early": (0, 1), "start": (0, 1), "mid": (1, 2)}.get(part, (2, 3))
    elif granularity is DECADE:
        years = {"early": (0, 4), "start": (0, 4), "mid": (4, 7)}.get(part, (7, 10))
        return days_span(
            start.replace(year=start.year + years[0]),
            start.replace(year=start.year + years[1]),
            DECADE,
            modifier,
        )
    elif granularity is WEEK:
        days = {"early": (0, 3), "start": (0, 3), "mid": (2, 4)}.get(part, (4, 7))
        return days_span(
            start + timedelta(days=days[0]), start + timedelta(days=days[1]), WEEK, modifier
        )
    else:
        return None
    return days_span(
        shift(start, MONTH, months[0]), shift(start, MONTH, months[1]), granularity, modifier
    )


class EarlierLater(Node):
    """ "earlier this month" is [1st, anchor); "later this month" is (anchor, end of month).

    A period that does not hold the anchor date ("later in 2024" in a 2026 story) has no
    anchor to cut at: "earlier" and "later" are then its early and late parts.
    """

    __slots__ = ("base", "later")

    def __init__(self, base: Node, *, later: bool) -> None:
        self.base = base
        self.later = later

    def resolve(self, ctx: Context) -> Value | None:
        whole = self.base.span(ctx)
        if whole is None or whole.start is None or whole.end is None or whole.is_datetime:
            return None
        start, end, granularity = whole.start, whole.end, whole.granularity
        assert isinstance(start, date) and isinstance(end, date)
        today = ctx.today
        if not start <= today < end:
            return narrow(start, end, granularity, "late" if self.later else "early")
        if self.later:
            first = today + _ONE_DAY
            return days_span(first, end, granularity, Modifier.END) if first < end else None
        if today == start:
            return None
        return days_span(start, today, granularity, Modifier.START)


class Fortnights(Node):
    """ "the past fortnight": the *count* fortnights just before the anchor date (*sign* -1)
    or just after it (+1), granularity week. A fortnight is no calendar unit, so the days
    are counted from the anchor date, which itself is left out."""

    __slots__ = ("count", "sign")

    def __init__(self, count: int, sign: int) -> None:
        self.count = count
        self.sign = sign

    def resolve(self, ctx: Context) -> Value | None:
        days = timedelta(days=14 * self.count)
        if self.sign < 0:
            return days_span(ctx.today - days, ctx.today, WEEK)
        first = ctx.today + _ONE_DAY
        return days_span(first, first + days, WEEK)


class MonthSpan(Node):
    """*months* months from *first_month* ("the April-June quarter"), of a year or left to
    the tense rule as quarters are."""

    __slots__ = ("first_month", "granularity", "months", "year")

    def __init__(
        self, first_month: int, months: int, granularity: Granularity, year: int | None
    ) -> None:
        self.first_month = first_month
        self.months = months
        self.granularity = granularity
        self.year = year

    def _in(self, year: int) -> TimeSpan:
        start = date(year, self.first_month, 1)
        return TimeSpan(start, shift(start, MONTH, self.months), self.granularity)

    def resolve(self, ctx: Context) -> Value | None:
        if self.year is not None:
            return self._in(self.year)
        year = ctx.today.year
        return pick([self._in(y) for y in (year - 1, year, year + 1)], ctx, inclusive_future=False)


class MonthsOf(Node):
    """The first or the last *months* months of a year or a quarter ("the first six months of
    2026", "the last three months of the year"): granularity quarter when they are whole
    quarters, as "the first half of 2025" is, else month."""

    __slots__ = ("base", "last", "months")

    def __init__(self, base: Node, months: int, *, last: bool) -> None:
        self.base = base
        self.months = months
        self.last = last

    def resolve(self, ctx: Context) -> Value | None:
        whole = self.base.span(ctx)
        if whole is None or not isinstance(whole.start, date) or whole.is_datetime:
            return None
        size = {YEAR: 12, QUARTER: 3}.get(whole.granularity, 0)
        if not 0 < self.months < size:
            return None
        first = shift(whole.start, MONTH, size - self.months if self.last else 0)
        granularity = QUARTER if self.months % 3 == 0 else MONTH
        return TimeSpan(first, shift(first, MONTH, self.months), granularity)


class UnitsTo(Node):
    """The *count* units of *granularity* that end with the period *base* ("the three months
    to September", "the six months ended 30 June 2025", "the year to March", "the four weeks
    to 5 October"): granularity the unit named, with months that make whole quarters as
    `quarter`, as in `MonthsOf`."""

    __slots__ = ("base", "count", "granularity")

    def __init__(self, base: Node, count: int, granularity: Granularity) -> None:
        self.base = base
        self.count = count
        self.granularity = granularity

    def resolve(self, ctx: Context) -> Value | None:
        last = self.base.span(ctx)
        if last is None or not isinstance(last.end, date) or last.is_datetime:
            return None
        end = last.end
        granularity = self.granularity
        if granularity in (DAY, WEEK):
            start = shift(end, granularity, -self.count)
        else:
            months = self.count * {MONTH: 1, QUARTER: 3, YEAR: 12}.get(granularity, 120)
            if end.day == 1:
                start = shift(end, MONTH, -months)
            else:  # from the last day, so that "the three months ended 30 May" starts 1 March
                start = end - _ONE_DAY - relativedelta(months=months) + _ONE_DAY
            if granularity is MONTH and months % 3 == 0:
                granularity = QUARTER
        return TimeSpan(start, end, granularity)


class RestOf(Node):
    """ "the rest of the week": from the anchor date to the end of its unit."""

    __slots__ = ("granularity",)

    def __init__(self, granularity: Granularity) -> None:
        self.granularity = granularity

    def resolve(self, ctx: Context) -> Value | None:
        end = shift(_floor(ctx.today, self.granularity), self.granularity, 1)
        return days_span(ctx.today, end, self.granularity, Modifier.END)


class WeekOf(Node):
    """ "the week of 7 October": the ISO week of the date; a Sunday names the week it begins
    (as a calendar that starts weeks on Sunday shows it), the next ISO week."""

    __slots__ = ("base",)

    def __init__(self, base: Node) -> None:
        self.base = base

    def resolve(self, ctx: Context) -> Value | None:
        day = self.base.span(ctx)
        if day is None or day.granularity is not DAY or day.is_datetime:
            return None
        first = day.first_day()
        assert first is not None
        return TimeSpan.unit(WEEK, first + _ONE_DAY if first.weekday() == 6 else first)


class Season(Node):
    """A meteorological season; winter *Y* runs from December *Y* to February *Y+1*. *rel*
    is "this", "next", "last", "after_next", "before_last" or empty (the tense rule)."""

    __slots__ = ("first_month", "rel", "year")

    def __init__(self, first_month: int, year: int | None, rel: str = "") -> None:
        self.first_month = first_month
        self.year = year
        self.rel = rel

    def _in(self, year: int, *, scheduling: bool = False) -> TimeSpan:
        if scheduling:
            start, end = _astronomical(year, self.first_month)
            return TimeSpan(start, end, DAY)
        start = date(year, self.first_month, 1)
        return TimeSpan(start, shift(start, QUARTER, 1), QUARTER)

    def resolve(self, ctx: Context) -> Value | None:
        scheduling = ctx.scheduling
        if self.year is not None:
            return self._in(self.year, scheduling=scheduling)
        today = ctx.today
        years = range(today.year - 3, today.year + 3)
        if scheduling:
            bounds = [_astronomical(y, self.first_month) for y in years]
        else:
            firsts = [date(y, self.first_month, 1) for y in years]
            bounds = [(first, shift(first, QUARTER, 1)) for first in firsts]
        starts = [start for start, _ in bounds]
        rel = self.rel or ("this" if ctx.future else "")
        if rel == "this":
            chosen = next((s for s, e in bounds if s <= today < e), None)
            chosen = chosen or next(s for s, _ in bounds if s > today)
        elif rel in ("next", "after_next"):
            chosen = [s for s, _ in bounds if s > today][rel == "after_next"]
        elif rel in ("last", "before_last"):
            chosen = [s for s, e in bounds if e <= today][-1 - (rel == "before_last")]
        else:
            chosen = [s for s in starts if s <= today][-1]
        return self._in(chosen.year, scheduling=scheduling)


_SOLSTICES = {3: (3, 20), 6: (6, 21), 9: (9, 23), 12: (12, 21)}
"""The usual first day of each astronomical season, by the first month of its namesake."""


def _astronomical(year: int, first_month: int) -> tuple[date, date]:
    """An astronomical season as Duckling gives it: from its equinox or solstice through the
    day of the next one."""
    start = date(year, *_SOLSTICES[first_month])
    following = first_month % 12 + 3
    end = date(year + (following < first_month), *_SOLSTICES[following]) + _ONE_DAY
    return start, end


class Quarter(Node):
    """Calendar quarter *number*, of a year or left to the tense rule."""

    __slots__ = ("number", "year", "year_offset")

    def __init__(self, number: int, year: int | None, *, year_offset: int | None = None) -> None:
        self.number = number
        self.year = year
        self.year_offset = year_offset

    def resolve(self, ctx: Context) -> Value | None:
        if self.year_offset is not None:
            return TimeSpan.quarter(ctx.today.year + self.year_offset, self.number)
        if self.year is not None:
            return TimeSpan.quarter(self.year, self.number)
        year = ctx.today.year
        spans = [TimeSpan.quarter(y, self.number) for y in (year - 1, year, year + 1)]
        return pick(spans, ctx, inclusive_future=False)
