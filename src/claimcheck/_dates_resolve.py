"""Composite nodes: ranges, open intervals, lengths and offsets, holidays, ordinal days,
clock times. Each resolves against a `Context` under the conventions of ``docs/time.md``.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from dateutil.easter import EASTER_ORTHODOX, easter
from dateutil.relativedelta import relativedelta

from claimcheck._dates_holidays import EVE_HOLIDAYS, RULE_HOLIDAYS, rule_holiday
from claimcheck._dates_lexicon import (
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    NTH_WEEKDAY_HOLIDAYS,
    ORTHODOX_EASTER_HOLIDAYS,
)
from claimcheck._dates_nodes import (
    DAY,
    MONTH,
    WEEK,
    YEAR,
    CalDate,
    Context,
    Node,
    Unit,
    Value,
    Weekday,
    day_span,
    days_span,
    pick,
    shift,
)
from claimcheck.timespan import Duration, Granularity, Modifier, Relation, TimeSpan, _floor

__all__ = [
    "Amount",
    "Approx",
    "Clock",
    "CountedWeekday",
    "Directed",
    "Holiday",
    "Length",
    "NthWeek",
    "NthWeekday",
    "Offset",
    "Open",
    "Range",
    "Shift",
    "Within",
]

_ONE_DAY = timedelta(days=1)


class Directed(Node):
    """An expression whose own words set the direction of the tense rule, whatever the
    sentence's tense: forward for "come September", back for "back in November" and for a
    period whose figures are reported ("third-quarter results")."""

    __slots__ = ("base", "future")

    def __init__(self, base: Node, *, future: bool) -> None:
        self.base = base
        self.future = future

    def resolve(self, ctx: Context) -> Value | None:
        tense = "future" if self.future else "past"
        pointed = Context(
            ctx.today, ctx.moment, future=self.future, tense=tense, scheduling=ctx.scheduling
        )
        return self.base.resolve(pointed)


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
            if (
                last is not None
                and not ctx.future
                and isinstance(self.first, CalDate)
                and self.first.year is None
                and self.first.year_offset is None
                and last.first_day() > ctx.today  # type: ignore[operator]
            ):
                return Range(_year_back(self.first), _year_back(last_node)).resolve(ctx)
        elif isinstance(last_node, Weekday) and isinstance(self.first, Weekday):
            start = first.first_day()
            assert start is not None
            last = day_span(start + timedelta(days=(last_node.weekday - start.weekday()) % 7))
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
    return CalDate(None, node.month, node.day, year_offset=-1)


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
        return value


Amount = tuple[int, int, int, int, int, int, int]
"""A length before it becomes a `Duration`: years, months, weeks, days, hours, minutes,
seconds."""

_FIELDS = ("years", "months", "weeks", "days", "hours", "minutes", "seconds")
_UNIT_FIELD = {
    "year": (0, 1),
    "decade": (0, 10),
    "quarter": (1, 3),
    "month": (1, 1),
    "week": (2, 1),
    "day": (3, 1),
}


def _delta(amount: Amount, sign: int) -> relativedelta:
    years, months, weeks, days, hours, minutes, seconds = (sign * a for a in amount)
    return relativedelta(
        years=years,
        months=months,
        days=days + 7 * weeks,
        hours=hours,
        minutes=minutes,
        seconds=seconds,
    )


def _units(amount: Amount, granularity: Granularity) -> int | None:
    """*amount* as a whole number of *granularity* units, if it is one field only."""
    field, size = _UNIT_FIELD.get(granularity.value, (-1, 1))
    if field < 0 or any(value for index, value in enumerate(amount) if index != field):
        return None
    count, rest = divmod(amount[field], size)
    return None if rest else count


class Length(Node):
    """A duration, with its hedge and its relation to an event."""

    __slots__ = ("amount", "modifier", "relation")

    def __init__(
        self, amount: Amount, modifier: Modifier = Modifier.EXACT, relation: Relation | None = None
    ) -> None:
        self.amount = amount
        self.modifier = modifier
        self.relation = relation

    def resolve(self, ctx: Context) -> Value | None:
        return Duration(
            **dict(zip(_FIELDS, self.amount, strict=True)),
            modifier=self.modifier,
            relation=self.relation,
        )

    def hedged(self, modifier: Modifier) -> Length:
        return Length(self.amount, modifier, self.relation)

    def related(self, relation: Relation) -> Length:
        return Length(self.amount, self.modifier, relation)


class Following(Node):
    """ "the following week": an offset from an event in the text (news), or, when
    scheduling, the next calendar unit."""

    __slots__ = ("granularity", "length")

    def __init__(self, length: Length, granularity: Granularity) -> None:
        self.length = length
        self.granularity = granularity

    def resolve(self, ctx: Context) -> Value | None:
        if ctx.scheduling:
            return Unit(self.granularity, 1).resolve(ctx)
        return self.length.resolve(ctx)


class Shift(Node):
    """A duration from the anchor: "two years ago" (sign -1), "in two years" (sign +1).

    The result is the calendar unit named that contains the shifted anchor date; an hour or
    a minute starts at the shifted anchor instant.
    """

    __slots__ = ("amount", "granularity", "sign")

    def __init__(self, amount: Amount, granularity: Granularity | str, sign: int) -> None:
        self.amount = amount
        # a fortnight is no calendar unit: "a fortnight ago" is the ISO week two weeks back
        self.granularity = WEEK if granularity == "fortnight" else granularity
        self.sign = sign

    def resolve(self, ctx: Context) -> Value | None:
        unit = self.granularity
        if ctx.scheduling and unit in (WEEK, MONTH, YEAR):
            # scheduling: "in a week" is the day a week ahead; "two years ago" is that month
            moved = ctx.today + _delta(self.amount, self.sign)
            return day_span(moved) if unit is not YEAR else TimeSpan.unit(MONTH, moved)
        if isinstance(unit, Granularity):
            count = _units(self.amount, unit)
            if count is not None:
                start = shift(_floor(ctx.today, unit), unit, self.sign * count)
                return TimeSpan(start, shift(start, unit, 1), unit)
            return TimeSpan.unit(unit, ctx.today + _delta(self.amount, self.sign))
        delta = _delta(self.amount, self.sign)
        if ctx.moment is None:
            return day_span((datetime.combine(ctx.today, time()) + delta).date())
        moment = ctx.moment + delta
        if unit == "hour":
            return TimeSpan.moment(moment, length=timedelta(hours=1))
        if unit == "minute":
            return TimeSpan.moment(moment.replace(second=0, microsecond=0))
        return TimeSpan.moment(moment.replace(microsecond=0), length=timedelta(seconds=1))


class Offset(Node):
    """A date shifted by a duration: "two days before Christmas"."""

    __slots__ = ("amount", "base", "sign")

    def __init__(self, base: Node, amount: Amount, sign: int) -> None:
        self.base = base
        self.amount = amount
        self.sign = sign

    def resolve(self, ctx: Context) -> Value | None:
        span = self.base.span(ctx)
        if span is None or span.start is None or span.is_datetime:
            return None
        start = span.start
        assert isinstance(start, date)
        delta = _delta(self.amount, self.sign)
        if self.amount[0] + self.amount[1] == 0 and span.granularity is DAY:
            return day_span((datetime.combine(start, time()) + delta).date())
        unit = min(span.granularity, _coarsest(self.amount), key=lambda g: g.rank)
        return TimeSpan.unit(unit, start + delta)


def _coarsest(amount: Amount) -> Granularity:
    if amount[0]:
        return YEAR
    if amount[1]:
        return MONTH
    if amount[2]:
        return WEEK
    return DAY


class Within(Node):
    """ "within N units" and "within the next decade": [anchor date, anchor + N units)."""

    __slots__ = ("amount", "granularity")

    def __init__(self, amount: Amount, granularity: Granularity) -> None:
        self.amount = amount
        self.granularity = granularity

    @classmethod
    def one(cls, granularity: Granularity) -> Within:
        """One unit from the anchor date ("within the next decade", "the year ahead")."""
        field, size = _UNIT_FIELD[granularity.value]
        amount = [0] * len(_FIELDS)
        amount[field] = size
        a, b, c, d, e, f, g = amount
        return cls((a, b, c, d, e, f, g), granularity)

    def resolve(self, ctx: Context) -> Value | None:
        end = ctx.today + _delta(self.amount, 1)
        return days_span(ctx.today, end, self.granularity) if end > ctx.today else None


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
        return None if found is None else day_span(found)


def nth_weekday(year: int, month: int, weekday: int | None, nth: int) -> date | None:
    """The *nth* *weekday* (any day if ``None``) of a month, counting -1 as the last."""
    first = date(year, month, 1)
    last = shift(first, MONTH, 1) - _ONE_DAY
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

    __slots__ = ("key", "moved", "rel", "year", "year_offset")

    def __init__(
        self,
        key: tuple[str, ...],
        year: int | None,
        *,
        rel: str = "",
        year_offset: int | None = None,
        moved: Node | None = None,
    ) -> None:
        self.key = key
        self.year = year
        self.rel = rel
        self.year_offset = year_offset
        self.moved = moved

    def in_year(self, year: int, *, eve: bool = False) -> TimeSpan | None:
        key = self.key
        if key in RULE_HOLIDAYS:
            try:
                start, end = rule_holiday(key, year)
            except ValueError:  # a lunar date that a Gregorian year happens to miss
                return None
            if eve and key in EVE_HOLIDAYS:
                start, end = start - _ONE_DAY, (start if end - start == _ONE_DAY else end)
            return days_span(start, end)
        if key in FIXED_HOLIDAYS:
            month, day = FIXED_HOLIDAYS[key]
            return day_span(date(year, month, day))
        if key in EASTER_HOLIDAYS:
            return day_span(easter(year) + timedelta(days=EASTER_HOLIDAYS[key]))
        if key in ORTHODOX_EASTER_HOLIDAYS:
            sunday = easter(year, EASTER_ORTHODOX)
            return day_span(sunday + timedelta(days=ORTHODOX_EASTER_HOLIDAYS[key]))
        month, weekday, nth, extra = NTH_WEEKDAY_HOLIDAYS[key]
        found = nth_weekday(year, month, weekday, nth)
        return None if found is None else day_span(found + timedelta(days=extra))

    def resolve(self, ctx: Context) -> Value | None:
        eve = ctx.scheduling
        if self.year is not None:
            return self.in_year(self.year, eve=eve)
        if self.moved is not None:
            # "Thanksgiving in three years": the holiday of the year the shift lands in
            moved = self.moved.span(Context(ctx.today, ctx.moment, future=ctx.future))
            first = moved.first_day() if moved is not None else None
            return None if first is None else self.in_year(first.year, eve=eve)
        year = ctx.today.year
        if self.year_offset is not None:
            return self.in_year(year + self.year_offset, eve=eve)
        spans = [s for s in (self.in_year(y, eve=eve) for y in (year - 1, year, year + 1)) if s]
        if self.rel == "last":
            earlier = [s for s in spans if s.first_day() < ctx.today]  # type: ignore[operator]
            return earlier[-1] if earlier else None
        if self.rel:
            return pick(spans, Context(ctx.today, None, future=True), inclusive_future=True)
        return pick(spans, ctx, inclusive_future=True)


class Closest(Node):
    """The *nth* occurrence of a weekday or holiday nearest to a date ("the second closest
    Monday to 5 October"); ties go to the earlier one."""

    __slots__ = ("nth", "target", "what")

    def __init__(self, what: Holiday | Weekday, target: Node, nth: int) -> None:
        self.what = what
        self.target = target
        self.nth = nth

    def resolve(self, ctx: Context) -> Value | None:
        target = self.target.span(ctx)
        day = None if target is None else target.first_day()
        if day is None:
            return None
        if isinstance(self.what, Weekday):
            first = day - timedelta(days=(day.weekday() - self.what.weekday) % 7)
            weeks = range(-self.nth - 1, self.nth + 2)
            found = [day_span(first + timedelta(weeks=n)) for n in weeks]
        else:
            years = range(day.year - self.nth - 1, day.year + self.nth + 2)
            found = [s for s in (self.what.in_year(y) for y in years) if s is not None]

        def distance(span: TimeSpan) -> tuple[int, date]:
            start = span.first_day()
            assert start is not None and day is not None
            return abs((start - day).days), start

        ranked = sorted(found, key=distance)
        return ranked[self.nth - 1] if self.nth <= len(ranked) else None


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
        return TimeSpan.unit(WEEK, mondays[index])


class CountedWeekday(Node):
    """The *count*-th weekday after (positive) or before (negative) the anchor date, or the
    day that *base* names ("the third Tuesday after Christmas")."""

    __slots__ = ("base", "count", "weekday")

    def __init__(self, weekday: int, count: int, base: Node | None = None) -> None:
        self.weekday = weekday
        self.count = count
        self.base = base

    def resolve(self, ctx: Context) -> Value | None:
        today = ctx.today
        if self.base is not None:
            span = self.base.span(ctx)
            day = None
            if span is not None and span.granularity is DAY:
                day = span.last_day() if self.count > 0 else span.first_day()
            if day is None:
                return None
            today = day
        if self.count > 0:
            first = today + timedelta(days=(self.weekday - today.weekday() - 1) % 7 + 1)
            return day_span(first + timedelta(weeks=self.count - 1))
        last = today - timedelta(days=(today.weekday() - self.weekday - 1) % 7 + 1)
        return day_span(last - timedelta(weeks=-self.count - 1))


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
