"""What a parsed temporal expression means on the calendar: the nodes and their resolution.

The grammar (`_dates_grammar`) turns text into a tree of the small node classes below; each
node knows how to resolve itself against a `Context` (the anchor's local date, the anchor
instant if there is one, and the direction of incomplete dates). The conventions are those of
``docs/time.md``.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from claimcheck._dates_lexicon import EASTER_HOLIDAYS, FIXED_HOLIDAYS, NTH_WEEKDAY_HOLIDAYS
from claimcheck.timespan import Duration, Granularity, Modifier, Relation, TimeSpan, _floor

__all__ = ["Context", "Node"]

Value = TimeSpan | Duration
DAY = Granularity.DAY
WEEK = Granularity.WEEK
MONTH = Granularity.MONTH
QUARTER = Granularity.QUARTER
YEAR = Granularity.YEAR
DECADE = Granularity.DECADE
_ONE_DAY = timedelta(days=1)


class Context:
    """The anchor of a resolution: local date, instant (if known) and direction."""

    __slots__ = ("future", "moment", "today")

    def __init__(self, today: date, moment: datetime | None, *, future: bool) -> None:
        self.today = today
        self.moment = moment
        self.future = future


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


def _days(start: date, end: date, granularity: Granularity = DAY,
          modifier: Modifier = Modifier.EXACT) -> TimeSpan:
    return TimeSpan(start, end, granularity, modifier)


def _day(day: date) -> TimeSpan:
    return TimeSpan(day, day + _ONE_DAY, DAY)


def _pick(candidates: list[TimeSpan], ctx: Context, *, inclusive_future: bool) -> TimeSpan | None:
    """The candidate the tense rule chooses: latest started on or before today (past), or
    earliest started after today (future; on or after for single days)."""
    today = ctx.today
    firsts = [(c.first_day(), c) for c in candidates]
    if ctx.future:
        later = [(d, c) for d, c in firsts
                 if d > today or (inclusive_future and d == today)]  # type: ignore[operator]
        return min(later, key=_first)[1] if later else None
    earlier = [(d, c) for d, c in firsts if d <= today]  # type: ignore[operator]
    return max(earlier, key=_first)[1] if earlier else None


def _first(pair: tuple[date | None, TimeSpan]) -> date:
    assert pair[0] is not None
    return pair[0]


class CalDate(Node):
    """A calendar date or month, possibly without year or month ("3 December", "the 12th")."""

    __slots__ = ("day", "month", "weekday", "year", "year_offset")

    def __init__(self, year: int | None, month: int | None, day: int | None, *,
                 weekday: int | None = None, year_offset: int | None = None) -> None:
        self.year = year
        self.month = month
        self.day = day
        self.weekday = weekday
        self.year_offset = year_offset

    def with_year(self, year: int | None) -> CalDate:
        return CalDate(year, self.month, self.day, weekday=self.weekday,
                       year_offset=self.year_offset)

    def in_year(self, year: int) -> TimeSpan | None:
        if self.month is None:
            return None
        if self.day is None:
            return TimeSpan.month(year, self.month)
        if not 1 <= year <= 9989:
            return None
        try:
            return _day(date(year, self.month, self.day))
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
        if self.month is None:
            return self._day_of_month(ctx)
        return self._yearless(ctx)

    def _yearless(self, ctx: Context) -> TimeSpan | None:
        base = ctx.today.year
        years = range(base - 1, base + 2)
        if self.weekday is not None:
            near = [s for s in (self.in_year(y) for y in years)
                    if s is not None and s.start.weekday() == self.weekday]  # type: ignore[union-attr]
            if near:
                chosen = _pick(near, ctx, inclusive_future=True)
                return chosen or min(near, key=lambda s: abs(s.start - ctx.today))  # type: ignore[operator]
            step = 1 if ctx.future else -1
            years = range(base, base + 29 * step, step)
            for year in years:
                found = self.in_year(year)
                if found is None or found.start.weekday() != self.weekday:  # type: ignore[union-attr]
                    continue
                chosen = _pick([found], ctx, inclusive_future=True)
                if chosen is not None:
                    return chosen
            return None
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
            return _day(min(later)) if later else None
        earlier = [d for d in days if d <= today]
        return _day(max(earlier)) if earlier else None

    def _day_of_month(self, ctx: Context) -> TimeSpan | None:
        assert self.day is not None
        first = ctx.today.replace(day=1)
        step = 1 if ctx.future else -1
        for months in range(0, 25 * step, step):
            start = first + relativedelta(months=months)
            try:
                day = start.replace(day=self.day)
            except ValueError:
                continue
            if (day < ctx.today) if ctx.future else (day > ctx.today):
                continue
            if self.weekday is None or day.weekday() == self.weekday:
                return _day(day)
        return None


class MonthRel(Node):
    """A month named with "last", "next" or "this" ("last October")."""

    __slots__ = ("month", "rel")

    def __init__(self, month: int, rel: str) -> None:
        self.month = month
        self.rel = rel

    def resolve(self, ctx: Context) -> Value | None:
        today = ctx.today
        year = today.year
        if self.rel == "last":
            year -= 0 if self.month < today.month else 1
        elif self.rel == "next":
            year += 0 if self.month > today.month else 1
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


def shift(start: date, granularity: Granularity, count: int) -> date:
    """The start of the unit *count* units after the unit that starts at *start*."""
    if granularity is DAY:
        return start + timedelta(days=count)
    if granularity is WEEK:
        return start + timedelta(weeks=count)
    months = {MONTH: 1, QUARTER: 3, YEAR: 12, DECADE: 120}[granularity] * count
    index = start.year * 12 + start.month - 1 + months
    return start.replace(year=index // 12, month=index % 12 + 1)


def unit_span(granularity: Granularity, day: date) -> TimeSpan:
    """The whole unit of *granularity* that contains *day* (`TimeSpan.unit`, without
    relativedelta arithmetic)."""
    start = _floor(day, granularity)
    return TimeSpan(start, shift(start, granularity, 1), granularity)


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
        spans = [TimeSpan.decade(c + self.first_year) for c in (century - 100, century)
                 if c + self.first_year >= 10]
        return _pick(spans, ctx, inclusive_future=False) or spans[-1]


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
            return _day(monday + timedelta(days=self.weekday))
        back = (today.weekday() - self.weekday) % 7
        ahead = (self.weekday - today.weekday() - 1) % 7 + 1
        if self.rel == "last":
            return _day(today - timedelta(days=back or 7))
        if self.rel == "after_next":
            return _day(today + timedelta(days=ahead + 7))
        if self.rel in ("next", "this") or ctx.future:
            return _day(today + timedelta(days=ahead))
        return _day(today - timedelta(days=back))


class DayOffset(Node):
    """A day counted from the anchor date ("yesterday")."""

    __slots__ = ("days",)

    def __init__(self, days: int) -> None:
        self.days = days

    def resolve(self, ctx: Context) -> Value | None:
        return _day(ctx.today + timedelta(days=self.days))


class Weekend(Node):
    """Saturday and Sunday: "this", "last", "next" or the tense rule."""

    __slots__ = ("rel",)

    def __init__(self, rel: str) -> None:
        self.rel = rel

    def resolve(self, ctx: Context) -> Value | None:
        today = ctx.today
        rel = self.rel or ("this" if ctx.future else "")
        if today.weekday() >= 5:
            saturday = today - timedelta(days=today.weekday() - 5)
            if rel == "last":
                saturday -= timedelta(days=7)
            elif rel == "next":
                saturday += timedelta(days=7)
        else:
            saturday = today + timedelta(days=5 - today.weekday())
            if rel in ("last", ""):
                saturday -= timedelta(days=7)
        return _days(saturday, saturday + timedelta(days=2))


class Part(Node):
    """A part of a unit: early, mid, late, end, start, first or second half."""

    __slots__ = ("base", "part")

    def __init__(self, base: Node, part: str) -> None:
        self.base = base
        self.part = part

    def resolve(self, ctx: Context) -> Value | None:
        whole = self.base.span(ctx)
        if whole is None or whole.start is None or whole.end is None or whole.is_datetime:
            return None
        start, end = whole.start, whole.end
        assert isinstance(start, date) and isinstance(end, date)
        return narrow(start, end, whole.granularity, self.part)


_MODIFIER = {"early": Modifier.START, "start": Modifier.START, "mid": Modifier.MID,
             "late": Modifier.END, "end": Modifier.END}


def narrow(start: date, end: date, granularity: Granularity, part: str) -> TimeSpan | None:
    """The *part* of the unit ``[start, end)`` under the conventions."""
    if part in ("h1", "h2"):
        if granularity is not YEAR:
            return None
        middle = start + relativedelta(months=6)
        return TimeSpan(*((start, middle) if part == "h1" else (middle, end)), QUARTER)
    modifier = _MODIFIER[part]
    if granularity is MONTH:
        cuts = {"early": (1, 11), "start": (1, 11), "mid": (11, 21)}.get(part)
        if cuts is None:
            return _days(start.replace(day=21), end, MONTH, modifier)
        return _days(start.replace(day=cuts[0]), start.replace(day=cuts[1]), MONTH, modifier)
    if granularity is YEAR:
        months = {"early": (0, 4), "mid": (4, 8), "late": (8, 12), "end": (11, 12),
                  "start": (0, 1)}[part]
    elif granularity is QUARTER:
        months = {"early": (0, 1), "start": (0, 1), "mid": (1, 2)}.get(part, (2, 3))
    elif granularity is DECADE:
        years = {"early": (0, 4), "start": (0, 4), "mid": (4, 7)}.get(part, (7, 10))
        return _days(start.replace(year=start.year + years[0]),
                     start.replace(year=start.year + years[1]), DECADE, modifier)
    elif granularity is WEEK:
        days = {"early": (0, 3), "start": (0, 3), "mid": (2, 4)}.get(part, (4, 7))
        return _days(start + timedelta(days=days[0]), start + timedelta(days=days[1]), WEEK,
                     modifier)
    else:
        return None
    return _days(start + relativedelta(months=months[0]), start + relativedelta(months=months[1]),
                 granularity, modifier)


class EarlierLater(Node):
    """ "earlier this month" is [1st, anchor); "later this month" is (anchor, end of month)."""

    __slots__ = ("granularity", "later")

    def __init__(self, granularity: Granularity, *, later: bool) -> None:
        self.granularity = granularity
        self.later = later

    def resolve(self, ctx: Context) -> Value | None:
        start = _floor(ctx.today, self.granularity)
        end = shift(start, self.granularity, 1)
        if self.later:
            first = ctx.today + _ONE_DAY
            return _days(first, end, self.granularity, Modifier.END) if first < end else None
        if ctx.today == start:
            return None
        return _days(start, ctx.today, self.granularity, Modifier.START)


class Season(Node):
    """A meteorological season; winter *Y* runs from December *Y* to February *Y+1*."""

    __slots__ = ("first_month", "rel", "year")

    def __init__(self, first_month: int, year: int | None, rel: str = "") -> None:
        self.first_month = first_month
        self.year = year
        self.rel = rel

    def _in(self, year: int) -> TimeSpan:
        start = date(year, self.first_month, 1)
        return TimeSpan(start, start + relativedelta(months=3), QUARTER)

    def resolve(self, ctx: Context) -> Value | None:
        if self.year is not None:
            return self._in(self.year)
        today = ctx.today
        spans = [self._in(y) for y in range(today.year - 2, today.year + 2)]
        current = [s for s in spans if s.contains(today)]
        if self.rel == "this" or (ctx.future and not self.rel):
            return current[0] if current else _pick(spans, ctx.__class__(
                today, None, future=True), inclusive_future=False)
        if self.rel == "next":
            return _pick(spans, Context(today, None, future=True), inclusive_future=False)
        if self.rel == "last":
            ended = [s for s in spans if s.end <= today]  # type: ignore[operator]
            return ended[-1]
        return _pick(spans, ctx, inclusive_future=False)


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
        return _pick(spans, ctx, inclusive_future=False)


class Reported(Node):
    """A period whose figures are reported: resolved as if in the past tense."""

    __slots__ = ("base",)

    def __init__(self, base: Node) -> None:
        self.base = base

    def resolve(self, ctx: Context) -> Value | None:
        return self.base.resolve(Context(ctx.today, ctx.moment, future=False))


class Range(Node):
    """From the first unit of *first* to the last unit of *last*, inclusive."""

    __slots__ = ("first", "last")

    def __init__(self, first: Node, last: Node) -> None:
        self.first = first
        self.last = last

    def resolve(self, ctx: Context) -> Value | None:
        first = self.first.span(ctx)
        if first is None or first.start is None:
            return None
        last_node = self.last
        if isinstance(last_node, CalDate) and last_node.year is None and last_node.month:
            year = first.first_day().year  # type: ignore[union-attr]
            last = last_node.in_year(year)
            if last is not None and last.end <= first.start:  # type: ignore[operator]
                last = last_node.in_year(year + 1)
            if (last is not None and not ctx.future and isinstance(self.first, CalDate)
                    and self.first.year is None and self.first.year_offset is None
                    and last.first_day() > ctx.today):  # type: ignore[operator]
                return Range(_year_back(self.first), _year_back(last_node)).resolve(ctx)
        elif isinstance(last_node, Weekday) and isinstance(self.first, Weekday):
            start = first.first_day()
            assert start is not None
            last = _day(start + timedelta(days=(last_node.weekday - start.weekday()) % 7))
        else:
            last = last_node.span(ctx)
        if last is None or last.end is None or last.is_datetime != first.is_datetime:
            return None
        if last.end <= first.start:
            return None
        finer = min(first.granularity, last.granularity, key=lambda g: g.rank)
        return TimeSpan(first.start, last.end, finer)


def _year_back(node: CalDate) -> CalDate:
    """A yearless range end pinned one year earlier, so that the whole range has begun."""
    return CalDate(None, node.month, node.day, weekday=node.weekday, year_offset=-1)


class Open(Node):
    """An interval open on one side: since, after, before, until."""

    __slots__ = ("base", "modifier")

    def __init__(self, base: Node, modifier: Modifier) -> None:
        self.base = base
        self.modifier = modifier

    def resolve(self, ctx: Context) -> Value | None:
        span = self.base.span(ctx)
        if span is None or span.start is None or span.end is None:
            return None
        modifier = self.modifier
        if modifier is Modifier.ON_OR_AFTER:
            return TimeSpan(span.start, None, span.granularity, modifier)
        if modifier is Modifier.AFTER:
            return TimeSpan(span.end, None, span.granularity, modifier)
        if modifier is Modifier.BEFORE:
            return TimeSpan(None, span.start, span.granularity, modifier)
        return TimeSpan(None, span.end, span.granularity, modifier)


class Approx(Node):
    """A date hedged with "about" or "around"."""

    __slots__ = ("base",)

    def __init__(self, base: Node) -> None:
        self.base = base

    def resolve(self, ctx: Context) -> Value | None:
        value = self.base.resolve(ctx)
        if isinstance(value, TimeSpan) and value.modifier is Modifier.EXACT:
            return TimeSpan(value.start, value.end, value.granularity, Modifier.APPROX)
        if isinstance(value, Duration) and value.modifier is Modifier.EXACT:
            return _evolve(value, modifier=Modifier.APPROX)
        return value


def _evolve(value: Duration, *, modifier: Modifier | None = None,
            relation: Relation | None = None) -> Duration:
    return Duration(years=value.years, months=value.months, weeks=value.weeks, days=value.days,
                    hours=value.hours, minutes=value.minutes, seconds=value.seconds,
                    modifier=modifier or value.modifier, relation=relation or value.relation)


class Length(Node):
    """A duration, with its hedge and its relation to an event."""

    __slots__ = ("duration",)

    def __init__(self, duration: Duration) -> None:
        self.duration = duration

    def resolve(self, ctx: Context) -> Value | None:
        return self.duration

    def hedged(self, modifier: Modifier) -> Length:
        return Length(_evolve(self.duration, modifier=modifier))

    def related(self, relation: Relation) -> Length:
        return Length(_evolve(self.duration, relation=relation))


class Shift(Node):
    """A duration from the anchor: "two years ago" (sign -1), "in two years" (sign +1)."""

    __slots__ = ("duration", "granularity", "sign")

    def __init__(self, duration: Duration, granularity: Granularity | str, sign: int) -> None:
        self.duration = duration
        self.granularity = granularity
        self.sign = sign

    def resolve(self, ctx: Context) -> Value | None:
        delta = self.duration.to_relativedelta() * self.sign
        unit = self.granularity
        if isinstance(unit, Granularity):
            return unit_span(unit, ctx.today + delta)
        if ctx.moment is None:
            return _day((datetime.combine(ctx.today, time()) + delta).date())
        start = ctx.moment + delta
        if unit == "hour":
            return TimeSpan.moment(start, length=timedelta(hours=1))
        if unit == "minute":
            return TimeSpan.moment(start.replace(second=0, microsecond=0))
        return TimeSpan.moment(start.replace(microsecond=0), length=timedelta(seconds=1))


class Offset(Node):
    """A date shifted by a duration: "two days before Christmas"."""

    __slots__ = ("base", "duration", "sign")

    def __init__(self, base: Node, duration: Duration, sign: int) -> None:
        self.base = base
        self.duration = duration
        self.sign = sign

    def resolve(self, ctx: Context) -> Value | None:
        span = self.base.span(ctx)
        if span is None or span.start is None or span.is_datetime:
            return None
        start = span.start
        assert isinstance(start, date)
        delta = self.duration.to_relativedelta() * self.sign
        if self.duration.years + self.duration.months == 0 and span.granularity is DAY:
            return _day((datetime.combine(start, time()) + delta).date())
        unit = min(span.granularity, _coarsest(self.duration), key=lambda g: g.rank)
        return unit_span(unit, start + delta)


def _coarsest(duration: Duration) -> Granularity:
    if duration.years:
        return YEAR
    if duration.months:
        return MONTH
    if duration.weeks:
        return WEEK
    return DAY


class Within(Node):
    """ "within N units" and "within the next decade": [anchor date, anchor + N units)."""

    __slots__ = ("duration", "granularity")

    def __init__(self, duration: Duration, granularity: Granularity) -> None:
        self.duration = duration
        self.granularity = granularity

    def resolve(self, ctx: Context) -> Value | None:
        end = ctx.today + self.duration.to_relativedelta()
        return _days(ctx.today, end, self.granularity) if end > ctx.today else None


class NthWeekday(Node):
    """The *nth* (or last, -1) weekday of a month: "the first Monday of October"."""

    __slots__ = ("month", "nth", "weekday")

    def __init__(self, nth: int, weekday: int | None, month: Node) -> None:
        self.nth = nth
        self.weekday = weekday
        self.month = month

    def resolve(self, ctx: Context) -> Value | None:
        month = self.month.span(ctx)
        if month is None or month.granularity is not MONTH:
            return None
        first = month.start
        assert isinstance(first, date)
        found = nth_weekday(first.year, first.month, self.weekday, self.nth)
        return None if found is None else _day(found)


def nth_weekday(year: int, month: int, weekday: int | None, nth: int) -> date | None:
    """The *nth* *weekday* (any day if ``None``) of a month, counting -1 as the last."""
    first = date(year, month, 1)
    last = first + relativedelta(months=1) - _ONE_DAY
    if weekday is None:
        day = first + timedelta(days=nth - 1) if nth > 0 else last + timedelta(days=nth + 1)
    elif nth > 0:
        day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    else:
        day = last - timedelta(days=(last.weekday() - weekday) % 7 - 7 * (nth + 1))
    return day if first <= day <= last else None


class Holiday(Node):
    """A named holiday: in a given year, a year counted from the anchor's, "last"/"next", or
    by the tense rule."""

    __slots__ = ("key", "rel", "year", "year_offset")

    def __init__(self, key: tuple[str, ...], year: int | None, *, rel: str = "",
                 year_offset: int | None = None) -> None:
        self.key = key
        self.year = year
        self.rel = rel
        self.year_offset = year_offset

    def in_year(self, year: int) -> TimeSpan | None:
        key = self.key
        if key in FIXED_HOLIDAYS:
            month, day = FIXED_HOLIDAYS[key]
            return _day(date(year, month, day))
        if key in EASTER_HOLIDAYS:
            return _day(easter(year) + timedelta(days=EASTER_HOLIDAYS[key]))
        month, weekday, nth, extra = NTH_WEEKDAY_HOLIDAYS[key]
        found = nth_weekday(year, month, weekday, nth)
        return None if found is None else _day(found + timedelta(days=extra))

    def resolve(self, ctx: Context) -> Value | None:
        if self.year is not None:
            return self.in_year(self.year)
        year = ctx.today.year
        if self.year_offset is not None:
            return self.in_year(year + self.year_offset)
        spans = [s for s in (self.in_year(y) for y in (year - 1, year, year + 1)) if s]
        if self.rel == "last":
            earlier = [s for s in spans if s.first_day() < ctx.today]  # type: ignore[operator]
            return earlier[-1] if earlier else None
        if self.rel:
            return _pick(spans, Context(ctx.today, None, future=True), inclusive_future=True)
        return _pick(spans, ctx, inclusive_future=True)


class NthWeek(Node):
    """The *nth* (negative: from the end) week lying wholly inside a month or year."""

    __slots__ = ("nth", "period")

    def __init__(self, nth: int, period: Node) -> None:
        self.nth = nth
        self.period = period

    def resolve(self, ctx: Context) -> Value | None:
        period = self.period.span(ctx)
        if period is None or period.granularity not in (MONTH, YEAR) or period.is_datetime:
            return None
        start, end = period.start, period.end
        assert isinstance(start, date) and isinstance(end, date)
        monday = start + timedelta(days=-start.weekday() % 7)
        mondays = []
        while monday + timedelta(days=7) <= end:
            mondays.append(monday)
            monday += timedelta(days=7)
        index = self.nth - 1 if self.nth > 0 else self.nth
        if not -len(mondays) <= index < len(mondays):
            return None
        return unit_span(WEEK, mondays[index])


class CountedWeekday(Node):
    """The *count*-th weekday after (positive) or before (negative) the anchor date."""

    __slots__ = ("count", "weekday")

    def __init__(self, weekday: int, count: int) -> None:
        self.weekday = weekday
        self.count = count

    def resolve(self, ctx: Context) -> Value | None:
        today = ctx.today
        if self.count > 0:
            first = today + timedelta(days=(self.weekday - today.weekday() - 1) % 7 + 1)
            return _day(first + timedelta(weeks=self.count - 1))
        last = today - timedelta(days=(today.weekday() - self.weekday - 1) % 7 + 1)
        return _day(last - timedelta(weeks=-self.count - 1))


class Clock(Node):
    """A time of day on a day: the hour or minute, in a named zone or the anchor's."""

    __slots__ = ("day", "hour", "minute", "zone")

    def __init__(self, day: Node, hour: int, minute: int | None, zone: tzinfo | None) -> None:
        self.day = day
        self.hour = hour
        self.minute = minute
        self.zone = zone

    def resolve(self, ctx: Context) -> Value | None:
        day = self.day.span(ctx)
        if day is None or day.granularity is not DAY or day.end - day.start != _ONE_DAY:  # type: ignore[operator]
            return day
        zone = self.zone
        if zone is None:
            if ctx.moment is None:
                return day
            zone = ctx.moment.tzinfo
        assert isinstance(day.start, date) and zone is not None
        when = datetime.combine(day.start, time(self.hour, self.minute or 0), tzinfo=zone)
        length = timedelta(hours=1) if self.minute is None else timedelta(minutes=1)
        return TimeSpan.moment(when, length=length)
