"""Granularities, modifiers and bounds of time spans, and the calendar arithmetic of whole units."""

from __future__ import annotations

import enum
from datetime import date, datetime, timedelta, timezone
from typing import TypeAlias

from dateutil.relativedelta import relativedelta

from claimcheck.errors import DateError

__all__ = ["MAX_YEAR", "MIN_YEAR", "Bound", "Granularity", "Modifier", "Relation"]

Bound: TypeAlias = date | datetime
"""A bound of a `TimeSpan`: a calendar date, or an aware datetime."""

#: The first and last year a `TimeSpan` may touch, so that every end stays representable.
MIN_YEAR = 1
MAX_YEAR = 9989


class Granularity(enum.Enum):
    """The unit an expression names, from finest to coarsest."""

    DATETIME = "datetime"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    DECADE = "decade"

    @property
    def rank(self) -> int:
        """Position from finest (0, `DATETIME`) to coarsest (6, `DECADE`)."""
        return _RANK[self]

    def is_finer_than(self, other: Granularity) -> bool:
        """Whether this unit is strictly finer than *other*.

        >>> Granularity.DAY.is_finer_than(Granularity.MONTH)
        True
        """
        return self.rank < other.rank


_RANK = {g: i for i, g in enumerate(Granularity)}


class Modifier(enum.Enum):
    """How an expression qualifies its unit, after TimeML's TIMEX3 ``mod`` values.

    `START`, `MID` and `END` name a part of the unit ("early", "mid-", "late"/"end of"): the
    interval is already narrowed to that part and the granularity stays the unit's. `BEFORE`,
    `AFTER`, `ON_OR_BEFORE` and `ON_OR_AFTER` make an open interval. `APPROX` widens the span
    by one unit on each side when spans are compared. `LESS_THAN`, `MORE_THAN`,
    `EQUAL_OR_LESS` and `EQUAL_OR_MORE` hedge a `Duration`.
    """

    EXACT = "exact"
    APPROX = "approx"
    START = "start"
    MID = "mid"
    END = "end"
    BEFORE = "before"
    AFTER = "after"
    ON_OR_BEFORE = "on_or_before"
    ON_OR_AFTER = "on_or_after"
    LESS_THAN = "less_than"
    MORE_THAN = "more_than"
    EQUAL_OR_LESS = "equal_or_less"
    EQUAL_OR_MORE = "equal_or_more"


_SPAN_MODIFIERS = frozenset(
    {
        Modifier.EXACT,
        Modifier.APPROX,
        Modifier.START,
        Modifier.MID,
        Modifier.END,
        Modifier.BEFORE,
        Modifier.AFTER,
        Modifier.ON_OR_BEFORE,
        Modifier.ON_OR_AFTER,
    }
)
_OPEN_START = frozenset({Modifier.BEFORE, Modifier.ON_OR_BEFORE})
_OPEN_END = frozenset({Modifier.AFTER, Modifier.ON_OR_AFTER})
_DURATION_MODIFIERS = frozenset(
    {
        Modifier.EXACT,
        Modifier.APPROX,
        Modifier.LESS_THAN,
        Modifier.MORE_THAN,
        Modifier.EQUAL_OR_LESS,
        Modifier.EQUAL_OR_MORE,
    }
)


_UNIT: dict[Granularity, relativedelta] = {
    Granularity.DAY: relativedelta(days=1),
    Granularity.WEEK: relativedelta(days=7),
    Granularity.MONTH: relativedelta(months=1),
    Granularity.QUARTER: relativedelta(months=3),
    Granularity.YEAR: relativedelta(years=1),
    Granularity.DECADE: relativedelta(years=10),
}


_FIRST_DECADE = date(10, 1, 1)


def _floor(day: date, granularity: Granularity) -> date:
    if granularity is Granularity.WEEK:
        return day - timedelta(days=day.weekday())
    if granularity is Granularity.MONTH:
        return day.replace(day=1)
    if granularity is Granularity.QUARTER:
        return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    if granularity is Granularity.YEAR:
        return date(day.year, 1, 1)
    if granularity is Granularity.DECADE:
        if day < _FIRST_DECADE:
            raise DateError("the first decade starts in year 10", value=day)
        return date(day.year // 10 * 10, 1, 1)
    return day


def _shift_start(start: date, granularity: Granularity, count: int) -> date:
    """The start of the unit *count* units after the unit that starts at *start*, by plain date
    arithmetic (`ValueError` or `OverflowError` off the calendar)."""
    if granularity is Granularity.DAY:
        return start + timedelta(days=count)
    if granularity is Granularity.WEEK:
        return start + timedelta(weeks=count)
    if granularity is Granularity.MONTH:
        months = count
    elif granularity is Granularity.YEAR:
        months = 12 * count
    elif granularity is Granularity.QUARTER:
        months = 3 * count
    else:
        months = 120 * count
    index = start.year * 12 + start.month - 1 + months
    return start.replace(year=index // 12, month=index % 12 + 1)


def _ceil(day: date, granularity: Granularity) -> date:
    floor = _floor(day, granularity)
    return floor if floor == day else _add(floor, _UNIT[granularity])


def _add(day: date, delta: relativedelta) -> date:
    try:
        result: date = day + delta
    except (OverflowError, ValueError) as exc:
        msg = f"{day.isoformat()} {delta} leaves the supported calendar ({exc})"
        raise DateError(msg, value=day) from exc
    return result


def _shift_within_calendar(day: date, delta: relativedelta, *, backward: bool) -> date:
    """*day* moved outward by *delta*, stopping at the edge of the supported calendar."""
    edge = date(MIN_YEAR, 1, 1) if backward else max(day, date(MAX_YEAR + 1, 1, 1))
    try:
        moved: date = day - delta if backward else day + delta
    except (OverflowError, ValueError):
        return edge
    return max(moved, edge) if backward else min(moved, edge)


def _instant(value: datetime) -> datetime:
    """An aware datetime on the UTC time line, where arithmetic and order are real time.

    Python compares and subtracts datetimes that share a tzinfo by their wall clocks, which
    is wrong across a daylight-saving change; UTC has no such change.
    """
    return value.astimezone(timezone.utc)


def _precedes(start: Bound, end: Bound) -> bool:
    """start < end, for two dates or for two aware datetimes in real time."""
    if isinstance(start, datetime) and isinstance(end, datetime):
        return _instant(start) < _instant(end)
    return start < end


def _shift(value: datetime, delta: timedelta) -> datetime:
    """*value* moved by *delta* of real time, in its own zone."""
    try:
        return (_instant(value) + delta).astimezone(value.tzinfo)
    except OverflowError as exc:
        msg = f"{value.isoformat()} moved by {delta} leaves the supported calendar"
        raise DateError(msg, value=value) from exc


#: The first and last instants a widened datetime span may reach (a day inside the calendar's
#: edge, so that they stay representable in every zone).
_FIRST_INSTANT = datetime(MIN_YEAR, 1, 2, tzinfo=timezone.utc)
_LAST_INSTANT = datetime(MAX_YEAR + 1, 1, 1, tzinfo=timezone.utc)


def _shift_instant_within_calendar(
    value: datetime, delta: timedelta, *, backward: bool
) -> datetime:
    """*value* moved outward by *delta* of real time, stopping at the calendar's edge."""
    instant = _instant(value)
    edge = min(instant, _FIRST_INSTANT) if backward else max(instant, _LAST_INSTANT)
    try:
        moved = instant - delta if backward else instant + delta
    except OverflowError:
        moved = edge
    moved = max(moved, edge) if backward else min(moved, edge)
    return moved.astimezone(value.tzinfo)


def _is_date(value: object) -> bool:
    return type(value) is date


def _is_aware(value: object) -> bool:
    return isinstance(value, datetime) and value.utcoffset() is not None


def _day_axis(value: Bound, *, upper: bool) -> date:
    """A bound as a calendar date in its own zone; an upper datetime bound rounds up."""
    if isinstance(value, datetime):
        day = value.date()
        if upper and value.timetz().replace(tzinfo=None) != datetime.min.time():
            return day + timedelta(days=1)
        return day
    return value


def _axis_text(value: Bound, *, upper: bool) -> str:
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).isoformat()
    return datetime.combine(value, datetime.min.time(), timezone.utc).isoformat()


def _make_date(year: int, month: int, day: int) -> date:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DateError(f"year {year} is outside {MIN_YEAR}..{MAX_YEAR}", value=year)
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise DateError(f"no such date ({exc})", value=(year, month, day)) from exc


def _le_lower(a: Bound | None, b: Bound | None) -> bool:
    """a <= b for lower bounds, where None is minus infinity."""
    if a is None:
        return True
    return b is not None and a <= b


def _le_upper(a: Bound | None, b: Bound | None) -> bool:
    """a <= b for upper bounds, where None is plus infinity."""
    if b is None:
        return True
    return a is not None and a <= b


def _lt_lower_upper(lower: Bound | None, upper: Bound | None) -> bool:
    """lower < upper, where a None lower is minus and a None upper plus infinity."""
    if lower is None or upper is None:
        return True
    return lower < upper


class Relation(enum.Enum):
    """Where an event-relative offset points: before or after its event."""

    BEFORE = "before"
    AFTER = "after"
