"""Time as news states it: intervals with a precision, and lengths.

A `TimeSpan` is a half-open interval ``[start, end)`` of calendar dates, or of aware
datetimes, together with the `Granularity` the text named ("October 2024" is a month, never
the point 2024-10-01) and a `Modifier` ("early", "about", "before"). Either bound may be
``None`` for an open interval ("before 2020", "since 2008"). A span is the set of instants
the statement allows; `TimeSpan.compare` tells whether two statements can agree.

A `Duration` is a length ("16 years", "more than a year"), never a position on the calendar.

>>> from claimcheck.timespan import TimeSpan
>>> october = TimeSpan.from_iso("2024-10")
>>> october.granularity.value, october.start, october.end
('month', datetime.date(2024, 10, 1), datetime.date(2024, 11, 1))
>>> october.contains(TimeSpan.day(2024, 10, 18))
True
>>> TimeSpan.day(2024, 10, 16).compare(TimeSpan.day(2024, 10, 18))
Comparison(agreement=<Agreement.CONFLICT: 'conflict'>, gap=datetime.timedelta(days=2))

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from datetime import date, datetime, timedelta
from typing import TypeAlias

import attrs

from claimcheck._timespan_duration import Duration
from claimcheck._timespan_units import (
    _FIRST_DECADE,
    _OPEN_END,
    _OPEN_START,
    _SPAN_MODIFIERS,
    _UNIT as _UNIT,
    MAX_YEAR,
    MIN_YEAR,
    Bound,
    Granularity,
    Modifier,
    Relation,
    _add,
    _axis_text,
    _ceil,
    _day_axis,
    _floor as _floor,
    _instant,
    _is_aware,
    _le_lower,
    _le_upper,
    _lt_lower_upper,
    _make_date,
    _precedes,
    _shift,
    _shift_instant_within_calendar,
    _shift_start as _shift_start,
    _shift_within_calendar,
)
from claimcheck.errors import DateError

# ``_UNIT``, ``_floor`` and ``_shift_start`` stay importable from here for the time grammar
# (`claimcheck.dates`).

__all__ = [
    "Agreement",
    "Bound",
    "Comparison",
    "Duration",
    "Granularity",
    "Modifier",
    "Relation",
    "TimeSpan",
]


class Agreement(enum.Enum):
    """Whether two statements about one time can both be true."""

    CONSISTENT = "consistent"
    CONFLICT = "conflict"
    UNDETERMINED = "undetermined"


@attrs.frozen
class Comparison:
    """The result of `TimeSpan.compare`.

    Attributes:
        agreement: Consistent (the spans overlap), conflict (they cannot overlap), or
            undetermined (only an approximate span's tolerance bridges them).
        gap: For a conflict, how far apart they are: whole days from the last day of the
            earlier span to the first day of the later one, or the time between datetime
            spans. ``None`` otherwise.
    """

    agreement: Agreement
    gap: timedelta | None = None


def _check_bound(instance: TimeSpan, attribute: attrs.Attribute[Bound | None], value: object) -> None:
    if value is None:
        return
    if type(value) is date:
        year = value.year
        if not MIN_YEAR <= year <= MAX_YEAR + 1:
            msg = f"TimeSpan.{attribute.name}: year {year} is outside {MIN_YEAR}..{MAX_YEAR}"
            raise DateError(msg, value=value)
        return
    if isinstance(value, datetime):
        if value.utcoffset() is None:
            msg = f"TimeSpan.{attribute.name}: datetime bounds must be aware (give a tzinfo)"
            raise DateError(msg, value=value)
        try:
            years = (value.year, _instant(value).year)
        except OverflowError:  # before year 1 in UTC
            years = (value.year, 0)
        if not all(MIN_YEAR <= year <= MAX_YEAR + 1 for year in years):
            where = f"TimeSpan.{attribute.name}"
            msg = f"{where}: the instant is outside the years {MIN_YEAR}..{MAX_YEAR}"
            raise DateError(msg, value=value)
        return
    msg = f"TimeSpan.{attribute.name}: expected a date, an aware datetime or None"
    raise DateError(msg, value=value)


@attrs.frozen
class TimeSpan:
    """A half-open interval ``[start, end)`` with the granularity and modifier the text gave.

    Args:
        start: Inclusive start: a `date`, an aware `datetime` (granularity `DATETIME`), or
            ``None`` for an interval open to the past (modifier `BEFORE` or `ON_OR_BEFORE`).
        end: Exclusive end, of the same kind as *start*, or ``None`` for an interval open to
            the future (modifier `AFTER` or `ON_OR_AFTER`).
        granularity: The unit the expression named.
        modifier: How the expression qualified it.

    Raises:
        DateError: Bounds of the wrong kind, a naive datetime, an empty interval, a
            granularity that does not fit the bounds, or an open end without a modifier
            that allows it.

    >>> TimeSpan.from_iso("2024-Q4").isoformat()
    '2024-Q4'

    .. versionadded:: 0.1.0
    """

    start: Bound | None = attrs.field(validator=_check_bound)
    end: Bound | None = attrs.field(validator=_check_bound)
    granularity: Granularity = attrs.field(
        default=Granularity.DAY, validator=attrs.validators.instance_of(Granularity)
    )
    modifier: Modifier = attrs.field(
        default=Modifier.EXACT, validator=attrs.validators.in_(_SPAN_MODIFIERS)
    )

    def __attrs_post_init__(self) -> None:
        start, end = self.start, self.end
        if start is None and end is None:
            raise DateError("TimeSpan needs at least one bound", value=(start, end))
        timed = isinstance(start if start is not None else end, datetime)
        if end is not None and start is not None and isinstance(end, datetime) is not timed:
            raise DateError("TimeSpan bounds must both be dates or both datetimes", value=(start, end))
        if (self.granularity is Granularity.DATETIME) is not timed:
            msg = "TimeSpan granularity 'datetime' goes with datetime bounds, and only with them"
            raise DateError(msg, value=(self.granularity.value, start))
        if start is not None and end is not None and not (
            _precedes(start, end) if timed else start < end
        ):
            raise DateError("TimeSpan start must be before its end", value=(start, end))
        if start is None and self.modifier not in _OPEN_START:
            msg = "TimeSpan open to the past needs modifier 'before' or 'on_or_before'"
            raise DateError(msg, value=self.modifier.value)
        if end is None and self.modifier not in _OPEN_END:
            msg = "TimeSpan open to the future needs modifier 'after' or 'on_or_after'"
            raise DateError(msg, value=self.modifier.value)

    # -- constructors ---------------------------------------------------------------------

    @classmethod
    def unit(cls, granularity: Granularity, day: date) -> TimeSpan:
        """The whole unit of *granularity* that contains *day*.

        >>> TimeSpan.unit(Granularity.WEEK, date(2024, 10, 16)).isoformat()
        '2024-W42'
        """
        if granularity is Granularity.DATETIME:
            raise DateError("TimeSpan.unit needs a calendar granularity", value=granularity.value)
        if type(day) is not date:
            raise DateError("TimeSpan.unit needs a date", value=day)
        start = _floor(day, granularity)
        try:
            end = _shift_start(start, granularity, 1)
        except (OverflowError, ValueError):
            end = _add(start, _UNIT[granularity])  # raises the DateError that says where
        return cls(start, end, granularity)

    @classmethod
    def day(cls, year: int, month: int, day: int) -> TimeSpan:
        """One calendar day.

        >>> TimeSpan.day(2024, 12, 3).isoformat()
        '2024-12-03'
        """
        return cls.unit(Granularity.DAY, _make_date(year, month, day))

    @classmethod
    def iso_week(cls, year: int, week: int) -> TimeSpan:
        """ISO week *week* of ISO year *year*, Monday to Sunday.

        >>> TimeSpan.iso_week(2024, 42).start
        datetime.date(2024, 10, 14)
        """
        try:
            monday = date.fromisocalendar(year, week, 1)
        except ValueError as exc:
            raise DateError(f"no ISO week {week} in {year}", value=(year, week)) from exc
        return cls.unit(Granularity.WEEK, monday)

    @classmethod
    def month(cls, year: int, month: int) -> TimeSpan:
        """One calendar month.

        >>> TimeSpan.month(2024, 2).end
        datetime.date(2024, 3, 1)
        """
        return cls.unit(Granularity.MONTH, _make_date(year, month, 1))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> TimeSpan:
        """Calendar quarter 1 to 4.

        >>> TimeSpan.quarter(2024, 3).start
        datetime.date(2024, 7, 1)
        """
        if not 1 <= quarter <= 4:
            raise DateError("a quarter is 1 to 4", value=quarter)
        return cls.unit(Granularity.QUARTER, _make_date(year, quarter * 3 - 2, 1))

    @classmethod
    def year(cls, year: int) -> TimeSpan:
        """One calendar year.

        >>> TimeSpan.year(2008).isoformat()
        '2008'
        """
        return cls.unit(Granularity.YEAR, _make_date(year, 1, 1))

    @classmethod
    def decade(cls, first_year: int) -> TimeSpan:
        """The decade that starts in *first_year*, a multiple of ten ("the 1990s").

        >>> TimeSpan.decade(1990).end
        datetime.date(2000, 1, 1)
        """
        if first_year % 10 or first_year < 10:
            raise DateError("a decade starts in a positive multiple of ten", value=first_year)
        return cls.unit(Granularity.DECADE, _make_date(first_year, 1, 1))

    @classmethod
    def moment(cls, when: datetime, *, length: timedelta = timedelta(minutes=1)) -> TimeSpan:
        """The instant *when*, as precise as *length* (a minute by default).

        >>> from zoneinfo import ZoneInfo
        >>> TimeSpan.moment(datetime(2024, 10, 16, 13, 40, tzinfo=ZoneInfo("Europe/London"))).isoformat()
        '2024-10-16T13:40+01:00[Europe/London]'
        """
        if not _is_aware(when):
            raise DateError("TimeSpan.moment needs an aware datetime (give a tzinfo)", value=when)
        if length <= timedelta(0):
            raise DateError("TimeSpan.moment needs a positive length", value=length)
        return cls(when, _shift(when, length), Granularity.DATETIME)

    @classmethod
    def from_iso(cls, text: str) -> TimeSpan:
        """Read the strict text form that `isoformat` writes.

        Accepted: ``2024``, ``2024-10``, ``2024-10-16``, ``2024-W42``, ``2024-Q4``, ``202X``
        (a decade), datetimes with an offset (``2024-10-16T13:40+01:00``, optionally with an
        RFC 9557 zone such as ``[Europe/London]``), intervals ``A/B`` with an inclusive last
        unit (``2024-10-19/2024-10-20`` is two days), open intervals ``../B`` and ``A/..``, and
        a trailing ``~`` for an approximate value. A partial date is its whole unit, never
        a point.

        Raises:
            DateError: Anything else, with the text and what was wrong.

        >>> TimeSpan.from_iso("2008/..").modifier
        <Modifier.ON_OR_AFTER: 'on_or_after'>
        """
        from claimcheck._isotext import parse_span

        return parse_span(text)

    # -- text form ------------------------------------------------------------------------

    def isoformat(self) -> str:
        """The compact text form: ISO 8601 with the EDTF extensions for decades and ``~``.

        A whole unit prints as that unit (``2024-10``); anything else as an interval whose
        date end is the inclusive last day. The text keeps the bounds; `START`, `MID`, `END`
        and the difference between `BEFORE` and `ON_OR_BEFORE` need the structured form.

        >>> TimeSpan(date(2024, 10, 19), date(2024, 10, 21)).isoformat()
        '2024-10-19/2024-10-20'
        """
        from claimcheck._isotext import format_span

        return format_span(self)

    def __str__(self) -> str:
        return self.isoformat()

    # -- relations ------------------------------------------------------------------------

    @property
    def is_datetime(self) -> bool:
        """Whether the bounds are datetimes rather than dates."""
        return self.granularity is Granularity.DATETIME

    def first_day(self) -> date | None:
        """The first calendar day the span touches (in its own zone), or ``None`` if open."""
        return _days(self)[0]

    def last_day(self) -> date | None:
        """The last calendar day the span touches (in its own zone), or ``None`` if open."""
        after = _days(self)[1]
        return None if after is None else after - timedelta(days=1)

    def contains(self, other: TimeSpan | date | datetime) -> bool:
        """Whether every instant of *other* lies inside this span.

        A `date` is its whole day; a datetime is an instant.

        >>> TimeSpan.year(2024).contains(date(2024, 12, 3))
        True
        """
        other_span = _as_span(other)
        a, b = _common_axis(self, other_span)
        return _le_lower(a[0], b[0]) and _le_upper(b[1], a[1])

    def overlaps(self, other: TimeSpan) -> bool:
        """Whether the two spans share at least one instant.

        >>> TimeSpan.month(2024, 10).overlaps(TimeSpan.day(2024, 11, 1))
        False
        """
        a, b = _common_axis(self, other)
        return _lt_lower_upper(a[0], b[1]) and _lt_lower_upper(b[0], a[1])

    def intersection(self, other: TimeSpan) -> TimeSpan | None:
        """The instants both spans share, or ``None``; the granularity is the finer one.

        >>> TimeSpan.month(2024, 10).intersection(TimeSpan.iso_week(2024, 44)).isoformat()
        '2024-10-28/2024-10-31'
        """
        if not self.overlaps(other):
            return None
        a, b = _common_axis(self, other)
        start_of_other = a[0] is None or (b[0] is not None and b[0] > a[0])
        end_of_other = a[1] is None or (b[1] is not None and b[1] < a[1])
        start, end = b[0] if start_of_other else a[0], b[1] if end_of_other else a[1]
        if self.is_datetime and other.is_datetime:  # the bounds themselves, in their own zones
            start = other.start if start_of_other else self.start
            end = other.end if end_of_other else self.end
        finer = min(self.granularity, other.granularity, key=lambda g: g.rank)
        if isinstance(start or end, datetime):
            finer = Granularity.DATETIME
        elif finer is Granularity.DATETIME:
            finer = Granularity.DAY
        if start is None:
            modifier = Modifier.ON_OR_BEFORE
        elif end is None:
            modifier = Modifier.ON_OR_AFTER
        else:
            modifier = Modifier.EXACT
        return TimeSpan(start, end, finer, modifier)

    def is_before(self, other: TimeSpan) -> bool:
        """Whether this span ends before *other* starts, so every instant of it is earlier.

        >>> TimeSpan.day(2024, 10, 16).is_before(TimeSpan.day(2024, 10, 18))
        True
        """
        end, start = self.end, other.start
        if end is None or start is None:
            return False
        if type(end) is date and type(start) is date:  # two date spans: their own bounds
            return end <= start
        if isinstance(end, datetime) and isinstance(start, datetime):
            return _instant(end) <= _instant(start)
        # a date span and a datetime span: calendar days, each in its own zone
        return _days(self)[1] <= _days(other)[0]  # type: ignore[operator]

    def is_after(self, other: TimeSpan) -> bool:
        """Whether this span starts after *other* ends."""
        return other.is_before(self)

    def compare(self, other: TimeSpan) -> Comparison:
        """Whether two statements of one time can agree, and how far apart they are if not.

        Spans that overlap are consistent. Disjoint spans conflict, unless an approximate
        span (`Modifier.APPROX`) widened by one unit on each side would reach the other:
        then the answer is undetermined. Symmetric in its arguments.

        >>> TimeSpan.month(2024, 10).compare(TimeSpan.day(2024, 10, 18)).agreement
        <Agreement.CONSISTENT: 'consistent'>
        """
        if self.overlaps(other):
            return Comparison(Agreement.CONSISTENT)
        if self.widened().overlaps(other.widened()):
            return Comparison(Agreement.UNDETERMINED)
        earlier, later = (self, other) if self.is_before(other) else (other, self)
        if earlier.is_datetime and later.is_datetime:
            gap = _instant(later.start) - _instant(earlier.end)  # type: ignore[arg-type]
        else:
            gap = later.first_day() - earlier.last_day()  # type: ignore[operator]
        return Comparison(Agreement.CONFLICT, gap)

    def widened(self) -> TimeSpan:
        """The span an approximate value allows: one unit wider on each side; else itself.

        >>> TimeSpan.from_iso("2022~").widened().isoformat()
        '2021/2023'
        """
        if self.modifier is not Modifier.APPROX:
            return self
        if self.start is None or self.end is None:  # pragma: no cover - APPROX spans are closed
            return self
        if isinstance(self.start, datetime) and isinstance(self.end, datetime):
            length = _instant(self.end) - _instant(self.start)
            return TimeSpan(
                _shift_instant_within_calendar(self.start, length, backward=True),
                _shift_instant_within_calendar(self.end, length, backward=False),
                self.granularity,
            )
        unit = _UNIT[self.granularity]
        start = _shift_within_calendar(self.start, unit, backward=True)
        end = _shift_within_calendar(self.end, unit, backward=False)
        return TimeSpan(start, end, self.granularity)

    def coarsen(self, granularity: Granularity) -> TimeSpan:
        """The smallest run of whole *granularity* units that contains this span.

        Coarsening keeps the modifier of an open or approximate span and is otherwise
        exact; it never narrows, so a coarser span still contains the original, and an
        approximate one still allows at least what the original allowed.

        >>> TimeSpan.day(2024, 10, 18).coarsen(Granularity.QUARTER).isoformat()
        '2024-Q4'
        """
        if granularity is Granularity.DATETIME:
            return self
        first, after = _days(self)
        start = None if first is None else _floor(first, granularity)
        end = None if after is None else _ceil(after, granularity)
        if self.modifier is Modifier.APPROX and self.is_datetime:
            # The tolerance of an approximate datetime span is its own length, which may
            # exceed one unit of *granularity*: stretch the result so that its tolerance
            # still reaches as far as the original's.
            reach_first, reach_after = _days(self.widened())
            assert start is not None and end is not None
            assert reach_first is not None and reach_after is not None
            unit = _UNIT[granularity]
            if granularity is Granularity.DECADE and reach_first.year < _FIRST_DECADE.year:
                start = min(start, _FIRST_DECADE)  # widening it reaches the calendar's start
            else:
                start = min(start, _add(_floor(reach_first, granularity), unit))
            reach_after = min(reach_after, date(MAX_YEAR + 1, 1, 1))
            end = max(end, _add(_ceil(reach_after, granularity), -unit))
        if self.modifier in _OPEN_START | _OPEN_END:
            modifier = self.modifier
        else:
            modifier = Modifier.APPROX if self.modifier is Modifier.APPROX else Modifier.EXACT
        if granularity.rank < self.granularity.rank:
            granularity = self.granularity
        return TimeSpan(start, end, granularity, modifier)

    def sort_key(self) -> tuple[int, str, int, str]:
        """A key that orders spans by start, then end, open bounds first and last.

        >>> spans = [TimeSpan.year(2024), TimeSpan.day(2024, 1, 1)]
        >>> [s.isoformat() for s in sorted(spans, key=TimeSpan.sort_key)]
        ['2024-01-01', '2024']
        """
        start = self.start
        end = self.end
        return (
            0 if start is None else 1,
            "" if start is None else _axis_text(start, upper=False),
            1 if end is None else 0,
            "" if end is None else _axis_text(end, upper=True),
        )


def _as_span(value: TimeSpan | date | datetime) -> TimeSpan:
    if isinstance(value, TimeSpan):
        return value
    if isinstance(value, datetime):
        if not _is_aware(value):
            raise DateError("compare with an aware datetime (give a tzinfo)", value=value)
        return TimeSpan(value, _shift(value, timedelta(microseconds=1)), Granularity.DATETIME)
    if type(value) is date:
        return TimeSpan.unit(Granularity.DAY, value)
    raise DateError("expected a TimeSpan, a date or an aware datetime", value=value)


_Axis: TypeAlias = "tuple[Bound | None, Bound | None]"


def _common_axis(a: TimeSpan, b: TimeSpan) -> tuple[_Axis, _Axis]:
    """Both spans on one axis: datetimes if both are, else calendar days in their own zones."""
    if a.is_datetime and b.is_datetime:
        return _instants(a), _instants(b)
    return _days(a), _days(b)


def _instants(span: TimeSpan) -> _Axis:
    start, end = span.start, span.end
    return (
        None if start is None else _instant(start),  # type: ignore[arg-type]
        None if end is None else _instant(end),  # type: ignore[arg-type]
    )


def _days(span: TimeSpan) -> tuple[date | None, date | None]:
    """The first day a span touches and the day after its last, on the span's own calendar.

    The calendar of a datetime span is the zone of its start (of its end, when it has no
    start), so that its end never lands on an earlier day than its start.
    """
    start, end = span.start, span.end
    if span.granularity is not Granularity.DATETIME:  # date bounds are their own days
        return start, end
    if isinstance(start, datetime) and isinstance(end, datetime):
        end = end.astimezone(start.tzinfo)
    first = None if start is None else _day_axis(start, upper=False)
    after = None if end is None else _day_axis(end, upper=True)
    return first, after

