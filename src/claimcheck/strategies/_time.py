"""Strategies for the time types: granularities, modifiers, time spans and durations."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from claimcheck.strategies._text import _optional
from claimcheck._timespan_units import (
    _DURATION_MODIFIERS,
    _OPEN_END,
    _OPEN_START,
    _UNIT,
    MAX_YEAR,
    MIN_YEAR,
    _floor,
)
from claimcheck.timespan import Duration, Granularity, Modifier, Relation, TimeSpan

_ZONE_KEYS = (
    "UTC",
    "Europe/London",
    "Europe/Berlin",
    "Europe/Kyiv",
    "America/New_York",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
)
_CALENDAR = tuple(g for g in Granularity if g is not Granularity.DATETIME)
_PARTS = (Modifier.START, Modifier.MID, Modifier.END)
_WHOLE = (Modifier.EXACT, Modifier.APPROX)
_OPEN = tuple(sorted(_OPEN_START | _OPEN_END, key=lambda m: m.value))
_PRECISIONS = (
    timedelta(hours=1),
    timedelta(minutes=1),
    timedelta(seconds=1),
    timedelta(microseconds=1),
)


def granularities() -> st.SearchStrategy[Granularity]:
    """Every `Granularity`; shrinks toward `Granularity.DAY`, then coarser units.

    >>> from hypothesis import find
    >>> find(granularities(), lambda granularity: True)
    <Granularity.DAY: 'day'>

    .. versionadded:: 0.1.0
    """
    return st.sampled_from([*_CALENDAR, Granularity.DATETIME])


def modifiers() -> st.SearchStrategy[Modifier]:
    """Every `Modifier`, those of spans and those of durations; shrinks toward `EXACT`.

    >>> from hypothesis import find
    >>> find(modifiers(), lambda modifier: True)
    <Modifier.EXACT: 'exact'>

    .. versionadded:: 0.1.0
    """
    return st.sampled_from(list(Modifier))


def time_spans(
    *,
    granularities: Collection[Granularity] | None = None,
    min_year: int = MIN_YEAR,
    max_year: int = MAX_YEAR,
    open_ended: bool = True,
    with_datetimes: bool = True,
) -> st.SearchStrategy[TimeSpan]:
    """Valid `TimeSpan` values of every shape.

    Whole units of each granularity, runs of several units, unaligned runs of days that
    keep a coarser granularity, the START, MID and END parts of a unit, approximate spans,
    spans open to the past or the future, and datetime spans (moments at each precision and
    intervals) whose zones are fixed UTC offsets or IANA zones, including ambiguous local
    times in both folds.

    Shrinks toward one whole day with modifier `EXACT`.

    Args:
        granularities: The granularities to draw from; all of them by default.
            `Granularity.DATETIME` is drawn only if *with_datetimes* is true as well.
        min_year, max_year: The years the bounds stay within (an ISO week may reach a few
            days into the neighbouring years).
        open_ended: Whether to draw spans with a ``None`` bound.
        with_datetimes: Whether to draw datetime spans.

    Raises:
        ValueError: Years outside 1..9989, *min_year* after *max_year*, or no granularity
            left to draw.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(time_spans(granularities=[Granularity.MONTH], min_year=2000, max_year=2030))
    ... def check(span):
    ...     assert span.granularity is Granularity.MONTH and span.contains(span)
    >>> check()

    .. versionadded:: 0.1.0
    """
    if not MIN_YEAR <= min_year <= max_year <= MAX_YEAR:
        msg = f"need {MIN_YEAR} <= min_year <= max_year <= {MAX_YEAR} (got {min_year}, {max_year})"
        raise ValueError(msg)
    allowed = (
        list(granularities) if granularities is not None else [*_CALENDAR, Granularity.DATETIME]
    )
    choices = [
        _calendar_spans(
            g, max(min_year, 10) if g is Granularity.DECADE else min_year, max_year, open_ended
        )
        for g in _CALENDAR
        if g in allowed and not (g is Granularity.DECADE and max_year < 10)
    ]
    if with_datetimes and Granularity.DATETIME in allowed:
        choices.append(_datetime_spans(min_year, max_year, open_ended))
    if not choices:
        msg = f"no granularity left to draw from {allowed!r}"
        raise ValueError(msg)
    return st.one_of(choices)


def _calendar_spans(
    granularity: Granularity, min_year: int, max_year: int, open_ended: bool
) -> st.SearchStrategy[TimeSpan]:
    """Whole units, runs of units, unaligned runs of days, parts of a unit, open spans."""
    unit = _UNIT[granularity]
    days = st.dates(date(min_year, 1, 1), date(max_year, 12, 31))
    firsts = days.map(lambda day: _floor(day, granularity))

    def whole(first: date, last: date, modifier: Modifier) -> TimeSpan:
        first, last = min(first, last), max(first, last)
        return TimeSpan(first, last + unit, granularity, modifier)

    def unaligned(bounds: list[date], modifier: Modifier) -> TimeSpan:
        start, end = sorted(bounds)
        return TimeSpan(start, end, granularity, modifier)

    def part(first: date, modifier: Modifier) -> TimeSpan:
        return TimeSpan(*_part_of(first, first + unit, modifier), granularity, modifier)

    def open_span(first: date, modifier: Modifier) -> TimeSpan:
        if modifier in _OPEN_START:
            return TimeSpan(None, first + unit, granularity, modifier)
        return TimeSpan(first, None, granularity, modifier)

    shapes = [
        st.builds(whole, firsts, firsts, st.sampled_from(_WHOLE)),
        st.builds(
            unaligned,
            st.lists(days, min_size=2, max_size=2, unique=True),
            st.sampled_from((*_WHOLE, *_PARTS)),
        ),
        st.builds(part, firsts, st.sampled_from(_PARTS)),
    ]
    if open_ended:
        shapes.append(st.builds(open_span, firsts, st.sampled_from(_OPEN)))
    return st.one_of(shapes)


def _part_of(start: date, end: date, part: Modifier) -> tuple[date, date]:
    """The first, middle or last third of ``[start, end)``, in whole days; all of a short unit."""
    third = (end - start).days // 3
    if third == 0:
        return start, end
    if part is Modifier.START:
        return start, start + timedelta(days=third)
    if part is Modifier.END:
        return end - timedelta(days=third), end
    return start + timedelta(days=third), end - timedelta(days=third)


_ZONES = st.one_of(
    st.just(timezone.utc),
    st.sampled_from([ZoneInfo(key) for key in _ZONE_KEYS]),
    st.integers(-(23 * 60 + 59), 23 * 60 + 59).map(lambda m: timezone(timedelta(minutes=m))),
)


def _datetime_spans(min_year: int, max_year: int, open_ended: bool) -> st.SearchStrategy[TimeSpan]:
    """Moments at each precision, intervals between two instants, open datetime spans."""
    instants = st.datetimes(
        datetime(min_year, 1, 2),  # a day in: east of UTC, 1 January of year 1 is still year 0
        datetime(max_year, 12, 31, 23, 59),
        timezones=_ZONES,
        allow_imaginary=False,
    )

    def moment(start: datetime, length: timedelta, modifier: Modifier) -> TimeSpan:
        whole = TimeSpan.moment(_truncate(start, length), length=length)  # in real time
        return TimeSpan(whole.start, whole.end, Granularity.DATETIME, modifier)

    def interval(bounds: tuple[datetime, datetime], modifier: Modifier) -> TimeSpan:
        first, last = sorted(bounds, key=_utc)  # wall clocks mislead across clock changes
        return TimeSpan(first, last, Granularity.DATETIME, modifier)

    def open_span(bound: datetime, modifier: Modifier) -> TimeSpan:
        if modifier in _OPEN_START:
            return TimeSpan(None, bound, Granularity.DATETIME, modifier)
        return TimeSpan(bound, None, Granularity.DATETIME, modifier)

    pairs = st.tuples(instants, instants).filter(lambda pair: _utc(pair[0]) != _utc(pair[1]))
    shapes = [
        st.builds(
            moment, instants, st.sampled_from(_PRECISIONS), st.sampled_from((*_WHOLE, *_PARTS))
        ),
        st.builds(interval, pairs, st.sampled_from((*_WHOLE, *_PARTS))),
    ]
    if open_ended:
        shapes.append(st.builds(open_span, instants, st.sampled_from(_OPEN)))
    return st.one_of(shapes)


def _utc(value: datetime) -> datetime:
    return value.astimezone(timezone.utc)


def _truncate(value: datetime, length: timedelta) -> datetime:
    if length >= timedelta(hours=1):
        return value.replace(minute=0, second=0, microsecond=0)
    if length >= timedelta(minutes=1):
        return value.replace(second=0, microsecond=0)
    if length >= timedelta(seconds=1):
        return value.replace(microsecond=0)
    return value


_SPAN = time_spans()
# The modifiers of an amount (a duration or a quantity), EXACT first so that it shrinks there.
_AMOUNT_MODIFIERS = st.sampled_from(
    sorted(_DURATION_MODIFIERS, key=lambda m: (m is not Modifier.EXACT, m.value))
)
_AMOUNTS = ("years", "months", "weeks", "days", "hours", "minutes", "seconds")


def _duration(
    main: str,
    amount: int,
    others: dict[str, int] | None,
    modifier: Modifier,
    relation: Relation | None,
) -> Duration:
    amounts = {**(others or {}), main: amount}
    return Duration(**amounts, modifier=modifier, relation=relation)


def durations() -> st.SearchStrategy[Duration]:
    """Valid `Duration` values: one or more positive amounts, hedges, before/after relations.

    Shrinks toward one year, exact, with no relation (``P1Y``).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(durations())
    ... def check(duration):
    ...     assert Duration.from_iso(duration.isoformat()).isoformat() == duration.isoformat()
    >>> check()

    .. versionadded:: 0.1.0
    """
    return st.builds(
        _duration,
        st.sampled_from(_AMOUNTS),
        st.integers(1, 10_000),
        _optional(st.fixed_dictionaries({name: st.integers(0, 120) for name in _AMOUNTS})),
        _AMOUNT_MODIFIERS,
        _optional(st.sampled_from(Relation)),
    )
