"""Calendar nodes: what a parsed date, weekday, unit, part or season means at an anchor.

The grammar (`_dates_grammar`) turns text into a tree of the small node classes below; each
node knows how to resolve itself against a `Context` (the anchor's local date, the anchor
instant if there is one, and the direction of incomplete dates). The conventions are those of
``docs/time.md``.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from claimcheck.timespan import Duration, Granularity, Modifier, TimeSpan, _floor
from claimcheck.timespan import _shift_start as shift

__all__ = [
    "CalDate",
    "Context",
    "DayOffset",
    "Decade",
    "MonthRel",
    "Node",
    "Unit",
    "Weekday",
    "Weekend",
    "Year",
    "day_span",
    "days_span",
    "pick",
    "shift",
]

Value = TimeSpan | Duration
DAY = Granularity.DAY
WEEK = Granularity.WEEK
MONTH = Granularity.MONTH
QUARTER = Granularity.QUARTER
YEAR = Granularity.YEAR
DECADE = Granularity.DECADE
_ONE_DAY = timedelta(days=1)


class Context:
    """The anchor of a resolution: local date, instant (if known), direction and tense.

    *future* is the direction of incomplete dates (from the tense, else the preference);
    *tense* is the sentence's own tense, when it has one; *scheduling* is set when the caller
    prefers the future (``prefer="future"``), which selects the scheduling readings of the forms
    whose meaning differs by use (docs/time.md).
    """

    __slots__ = ("future", "moment", "scheduling", "tense", "today")

    def __init__(
        self,
        today: date,
        moment: datetime | None,
        *,
        future: bool,
        tense: str | None = None,
        scheduling: bool = False,
    ) -> None:
        self.today = today
        self.moment = moment
        self.future = future
        self.tense = tense
        self.scheduling = scheduling


class Node:
    """A parsed expression, not yet placed on the calendar."""

    __slots__ = ()

    def resolve(self, ctx: Context) -> Value | None:
        """The value of the expression at *ctx* (may raise `DateError` off the calendar)."""
        raise NotImplementedError

    def span(self, ctx: Context) -> TimeSpan | None:
        """The value if it is a `TimeSpan`."""
        value = self.resolve(ctx)
        return value if isinstance(value, TimeSpan) else None


def days_span(
    start: date, end: date, granularity: Granularity = DAY, modifier: Modifier = Modifier.EXACT
) -> TimeSpan:
    return TimeSpan(start, end, granularity, modifier)


def day_span(day: date) -> TimeSpan:
    return TimeSpan(day, day + _ONE_DAY, DAY)


def pick(candidates: list[TimeSpan], ctx: Context, *, inclusive_future: bool) -> TimeSpan | None:
    """The candidate the tense rule chooses: latest started on or before today (past), or
    earliest started after today (future; on or after for single days)."""
    today = ctx.today
    firsts = [(c.first_day(), c) for c in candidates]
    if ctx.future:
        later = [(d, c) for d, c in firsts if d > today or (inclusive_future and d == today)]  # type: ignore[operator]
        return min(later, key=_first)[1] if later else None
    earlier = [(d, c) for d, c in firsts if d <= today]  # type: ignore[operator]
    return max(earlier, key=_first)[1] if earlier else None


def _first(pair: tuple[date | None, TimeSpan]) -> date:
    assert pair[0] is not None
    return pair[0]


class CalDate(Node):
    """A calendar date or month, possibly without year or month ("3 December", "the 12th").

    A weekday named with it ("Tuesday, December 4") is kept as *weekday* but, in the news
    reading, ignored: the tense rule alone places a year-less date, so that a wrong weekday
    stays visible to the checks (TIM002) instead of choosing a distant year where it fits. The
    scheduling reading uses it (`agreeing`).
    """

    __slots__ = ("day", "month", "weekday", "year", "year_offset")

    def __init__(
        self,
        year: int | None,
        month: int | None,
        day: int | None,
        *,
        year_offset: int | None = None,
        weekday: int | None = None,
    ) -> None:
        self.year = year
        self.month = month
        self.day = day
        self.year_offset = year_offset
        self.weekday = weekday

    def in_year(self, year: int) -> TimeSpan | None:
        if self.month is None:
            return None
        if self.day is None:
            return TimeSpan.month(year, self.month)
        if not 1 <= year <= 9989:
            return None
        try:
            return day_span(date(year, self.month, self.day))
        except ValueError:
            return None

    def resolve(self, ctx: Context) -> Value | None:
        year = self.year
        if year is None and self.year_offset is not None:
            year = ctx.today.year + self.year_offset
        if year is not None:
            if self.month is None:
                return None
            return self.in_year(year)
        if self.weekday is not None and self.day is not None and ctx.scheduling:
            agreeing = self.agreeing(ctx.today)
            if agreeing is not None:
                return day_span(agreeing)
        if self.month is None:
            return self._day_of_month(ctx)
        return self._yearless(ctx)

    def agreeing(self, today: date) -> date | None:
        """The scheduling reading of a weekday with a year-less date ("Fri, Jul 18", "Thu
        15th"): the first date on or after *today* where weekday and day agree, within two
        years; failing that, the latest one in the two years before; else ``None``."""
        assert self.day is not None
        days = []
        for step in range(-_AGREEING_YEARS * 12, _AGREEING_YEARS * 12 + 1):
            if self.month is not None and step % 12:
                continue
            month = today.year * 12 + today.month - 1 + step
            try:
                day = date(month // 12, self.month or month % 12 + 1, self.day)
            except ValueError:
                continue
            if day.weekday() == self.weekday and abs(day - today) < _AGREEING_WINDOW:
                days.append(day)
        later = [day for day in days if day >= today]
        if later:
            return min(later)
        return max(days) if days else None

    def _yearless(self, ctx: Context) -> TimeSpan | None:
        base = ctx.today.year
        years = range(base - 1, base + 2)
        today = ctx.today
        assert self.month is not None
        if self.day is None:
            if ctx.future:
                year = base if self.month > today.month else base + 1
            else:
                year = base if self.month <= today.month else base - 1
            return self.in_year(year)
        if self.month == 2 and self.day == 29:
            years = range(base - 8, base + 9)
        days = []
        for year in years:
            try:
                days.append(date(year, self.month, self.day))
            except ValueError:
                continue
        if ctx.future:
            later = [d for d in days if d >= today]
            return day_span(min(later)) if later else None
        earlier = [d for d in days if d <= today]
        return day_span(max(earlier)) if earlier else None

    def _day_of_month(self, ctx: Context) -> TimeSpan | None:
        assert self.day is not None
        first = ctx.today.replace(day=1)
        step = 1 if ctx.future else -1
        for months in range(0, 25 * step, step):
            start = shift(first, MONTH, months)
            try:
                day = start.replace(day=self.day)
            except ValueError:
                continue
            if (day < ctx.today) if ctx.future else (day > ctx.today):
                continue
            return day_span(day)
        return None


_AGREEING_YEARS = 2
_AGREEING_WINDOW = timedelta(days=365 * _AGREEING_YEARS)


class MonthRel(Node):
    """A month named with "last", "next" or "this" ("last October"), or "after next"."""

    __slots__ = ("month", "rel")

    def __init__(self, month: int, rel: str) -> None:
        self.month = month
        self.rel = rel

    def resolve(self, ctx: Context) -> Value | None:
        today = ctx.today
        year = today.year
        if self.rel in ("last", "before_last"):
            year -= (0 if self.month < today.month else 1) + (self.rel == "before_last")
        elif self.rel in ("next", "after_next"):
            year += (0 if self.month > today.month else 1) + (self.rel == "after_next")
        return TimeSpan.month(year, self.month)


class Unit(Node):
    """*count* calendar units, the first one *offset* units from the anchor's ("last week")."""

    __slots__ = ("count", "granularity", "offset")

    def __init__(self, granularity: Granularity, offset: int, count: int = 1) -> None:
        self.granularity = granularity
        self.offset = offset
        self.count = count

    def resolve(self, ctx: Context) -> Value | None:
        start = shift(_floor(ctx.today, self.granularity), self.granularity, self.offset)
        return TimeSpan(start, shift(start, self.granularity, self.count), self.granularity)


class Upcoming(Unit):
    """ "the upcoming two weeks", "two upcoming weeks": the next *count* units (news), or,
    when scheduling, the single unit *count* units ahead (Duckling's reading)."""

    __slots__ = ()

    def __init__(self, granularity: Granularity, count: int) -> None:
        super().__init__(granularity, 1, count)

    def resolve(self, ctx: Context) -> Value | None:
        if ctx.scheduling:
            return Unit(self.granularity, self.count).resolve(ctx)
        return super().resolve(ctx)


class Year(Node):
    """A year given by number."""

    __slots__ = ("year",)

    def __init__(self, year: int) -> None:
        self.year = year

    def resolve(self, ctx: Context) -> Value | None:
        return TimeSpan.year(self.year)


class Decade(Node):
    """A decade; *first_year* below 100 means its century is left to the tense rule."""

    __slots__ = ("first_year",)

    def __init__(self, first_year: int) -> None:
        self.first_year = first_year

    def resolve(self, ctx: Context) -> Value | None:
        if self.first_year >= 100:
            return TimeSpan.decade(self.first_year)
        century = ctx.today.year // 100 * 100
        spans = [
            TimeSpan.decade(c + self.first_year)
            for c in (century - 100, century)
            if c + self.first_year >= 10
        ]
        return pick(spans, ctx, inclusive_future=False) or spans[-1]


class Weekday(Node):
    """A weekday, bare or with "last"/"next"/"this", or in a named week."""

    __slots__ = ("rel", "week_offset", "weekday")

    def __init__(self, weekday: int, rel: str = "", week_offset: int | None = None) -> None:
        self.weekday = weekday
        self.rel = rel
        self.week_offset = week_offset

    def resolve(self, ctx: Context) -> Value | None:
        today = ctx.today
        if self.week_offset is not None:
            monday = today - timedelta(days=today.weekday() - 7 * self.week_offset)
            return day_span(monday + timedelta(days=self.weekday))
        back = (today.weekday() - self.weekday) % 7
        ahead = (self.weekday - today.weekday() - 1) % 7 + 1
        if self.rel == "last":
            return day_span(today - timedelta(days=back or 7))
        if self.rel == "before_last":
            return day_span(today - timedelta(days=(back or 7) + 7))
        if self.rel == "after_next":
            return day_span(today + timedelta(days=ahead + 7))
        if self.rel == "next" and ctx.scheduling:
            # scheduling: "next Wednesday" is the Wednesday of next week
            monday = today + timedelta(days=7 - today.weekday())
            return day_span(monday + timedelta(days=self.weekday))
        if self.rel in ("next", "this") or ctx.future:
            return day_span(today + timedelta(days=ahead))
        return day_span(today - timedelta(days=back))


class DayOffset(Node):
    """A day counted from the anchor date ("yesterday")."""

    __slots__ = ("days",)

    def __init__(self, days: int) -> None:
        self.days = days

    def resolve(self, ctx: Context) -> Value | None:
        return day_span(ctx.today + timedelta(days=self.days))


class Weekend(Node):
    """Saturday and Sunday: "this", "last", "next", "before_last", "after_next" or the tense
    rule."""

    __slots__ = ("rel",)

    def __init__(self, rel: str) -> None:
        self.rel = rel

    def resolve(self, ctx: Context) -> Value | None:
        today = ctx.today
        rel = self.rel or ("this" if ctx.future else "")
        if today.weekday() >= 5:
            saturday = today - timedelta(days=today.weekday() - 5)
            saturday += timedelta(days=7 * _WEEKENDS_AWAY.get(rel, 0))
        else:
            saturday = today + timedelta(days=5 - today.weekday())
            if rel in ("last", "") or (rel == "this" and ctx.tense == "past"):
                saturday -= timedelta(days=7)
            elif rel in ("before_last", "after_next"):
                # the coming weekend is "next": one fewer to go forward, as many back
                saturday += timedelta(days=7 * (_WEEKENDS_AWAY[rel] - (rel == "after_next")))
        return days_span(saturday, saturday + timedelta(days=2))


_WEEKENDS_AWAY = {"last": -1, "next": 1, "before_last": -2, "after_next": 2}
"""How many weekends from the current one a weekend anchor's "last", "next" and their kin
name."""
