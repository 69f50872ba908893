"""The strict text form of `TimeSpan`: ISO 8601 plus the EDTF marks ``X``, ``~`` and ``..``.

This is the reader for case files and other machine-written text. It accepts exactly what
`format_span` writes and nothing looser; news text goes through `claimcheck.dates`.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from claimcheck.errors import DateError
from claimcheck.timespan import _UNIT, Granularity, Modifier, TimeSpan, _floor

__all__ = ["format_instant", "format_span", "parse_instant", "parse_span"]

_DATE_FORMS: tuple[tuple[Granularity, re.Pattern[str]], ...] = (
    (Granularity.DAY, re.compile(r"(\d{4})-(\d{2})-(\d{2})")),
    (Granularity.WEEK, re.compile(r"(\d{4})-W(\d{2})")),
    (Granularity.MONTH, re.compile(r"(\d{4})-(\d{2})")),
    (Granularity.QUARTER, re.compile(r"(\d{4})-Q(\d)")),
    (Granularity.YEAR, re.compile(r"(\d{4})")),
    (Granularity.DECADE, re.compile(r"(\d{3})X")),
)
_BRACKETED = re.compile(r"\[[^\]]*\]")
_INTERVAL_SLASH = re.compile(r"/(?![^\[]*\])")
_DATETIME = re.compile(
    r"(?P<day>\d{4}-\d{2}-\d{2})T(?P<hour>\d{2})(?::(?P<minute>\d{2})"
    r"(?::(?P<second>\d{2})(?:\.(?P<fraction>\d{1,6}))?)?)?"
    r"(?P<offset>Z|[+-]\d{2}:\d{2}(?::\d{2}(?:\.\d{6})?)?)(?:\[(?P<zone>[^\]\s]+)\])?",
    re.ASCII,
)


def parse_span(text: str) -> TimeSpan:
    """Read *text* as a `TimeSpan`, or raise a `DateError` that quotes it."""
    if not isinstance(text, str):
        raise DateError("a time span is written as text such as '2024-10'", value=text)
    body, approx = (text[:-1], True) if text.endswith("~") else (text, False)
    if "/" in _BRACKETED.sub("", body):
        span = _interval(body, text)
    else:
        span = _single(body, text)
    if approx:
        if span.start is None or span.end is None:
            raise DateError("an open interval cannot also be approximate", value=text)
        return TimeSpan(span.start, span.end, span.granularity, Modifier.APPROX)
    return span


def _single(body: str, text: str) -> TimeSpan:
    if "T" in body:
        return _moment(body, text)
    for granularity, pattern in _DATE_FORMS:
        match = pattern.fullmatch(body)
        if match:
            return _date_unit(granularity, [int(g) for g in match.groups()], text)
    raise DateError(
        "not a time span: expected e.g. '2024', '2024-10', '2024-10-16', '2024-W42', '2024-Q4', "
        "'202X', '2024-10-16T13:40+01:00' or an interval 'A/B'",
        value=text,
    )


def _date_unit(granularity: Granularity, parts: list[int], text: str) -> TimeSpan:
    try:
        if granularity is Granularity.DAY:
            return TimeSpan.day(*parts)
        if granularity is Granularity.WEEK:
            return TimeSpan.iso_week(*parts)
        if granularity is Granularity.MONTH:
            return TimeSpan.month(*parts)
        if granularity is Granularity.QUARTER:
            return TimeSpan.quarter(*parts)
        if granularity is Granularity.YEAR:
            return TimeSpan.year(*parts)
        return TimeSpan.decade(parts[0] * 10)
    except DateError as exc:
        raise DateError(exc.problem, value=text) from None


def _moment(body: str, text: str) -> TimeSpan:
    match = _DATETIME.fullmatch(body)
    if match is None:
        raise DateError("not a datetime with an offset, such as '2024-10-16T13:40+01:00'", value=text)
    parts = match.groupdict()
    if parts["fraction"] is not None:
        length = timedelta(microseconds=1)
    elif parts["second"] is not None:
        length = timedelta(seconds=1)
    elif parts["minute"] is not None:
        length = timedelta(minutes=1)
    else:
        length = timedelta(hours=1)
    offset = _offset(parts["offset"], text)
    try:
        day = date.fromisoformat(parts["day"])
        naive = datetime(
            day.year,
            day.month,
            day.day,
            int(parts["hour"]),
            int(parts["minute"] or 0),
            int(parts["second"] or 0),
            int((parts["fraction"] or "0").ljust(6, "0")),
        )
    except ValueError as exc:
        raise DateError(f"no such datetime ({exc})", value=text) from None
    start = naive.replace(tzinfo=offset)
    if parts["zone"] is not None:
        zone = _zone_named(parts["zone"], text)
        # An ambiguous local time (the repeated hour when clocks go back) is told apart by
        # its offset: the second occurrence has fold=1.
        start = naive.replace(tzinfo=zone)
        if start.utcoffset() != offset.utcoffset(None):
            start = start.replace(fold=1)
        if start.utcoffset() != offset.utcoffset(None):
            raise DateError(f"the offset does not match the zone {parts['zone']}", value=text)
    return TimeSpan.moment(start, length=length)


def parse_instant(text: str) -> datetime:
    """Read an aware datetime with an offset (and optional RFC 9557 zone)."""
    start = _moment(text, text).start
    assert isinstance(start, datetime)
    return start


def format_instant(value: datetime) -> str:
    """The full ISO text of an aware datetime, with its RFC 9557 zone when it has one."""
    return _format_instant(value, _FULL)


def _utc(value: datetime) -> datetime:
    return value.astimezone(timezone.utc)


def _offset(text: str, whole: str) -> timezone:
    if text == "Z":
        return timezone.utc
    sign = -1 if text[0] == "-" else 1
    hours, minutes = int(text[1:3]), int(text[4:6])
    seconds = int(text[7:9] or 0)
    microseconds = int(text[10:] or 0)
    if hours > 23 or minutes > 59 or seconds > 59:
        raise DateError("the UTC offset is out of range", value=whole)
    amount = timedelta(hours=hours, minutes=minutes, seconds=seconds, microseconds=microseconds)
    return timezone(sign * amount)


def _zone_named(name: str, text: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise DateError(f"unknown time zone {name!r}", value=text) from None


def _interval(body: str, text: str) -> TimeSpan:
    halves = _INTERVAL_SLASH.split(body)
    if len(halves) != 2 or not all(halves) or halves == ["..", ".."]:
        raise DateError("an interval is 'A/B', '../B' or 'A/..'", value=text)
    left, right = halves
    if left == "..":
        last = _single(right, text)
        # A datetime B is the exclusive end, as in 'A/B'; a date B is the last unit.
        end = last.start if last.is_datetime else last.end
        return TimeSpan(None, end, last.granularity, Modifier.ON_OR_BEFORE)
    start = _single(left, text)
    if right == "..":
        return TimeSpan(start.start, None, start.granularity, Modifier.ON_OR_AFTER)
    if start.is_datetime:
        end_instant = _moment(right, text).start
        assert isinstance(start.start, datetime) and isinstance(end_instant, datetime)
        if _utc(end_instant) <= _utc(start.start):
            raise DateError("the interval ends before it starts", value=text)
        return TimeSpan(start.start, end_instant, Granularity.DATETIME)
    last = _single(right, text)
    if last.is_datetime:
        raise DateError("an interval's ends must both be dates or both datetimes", value=text)
    if last.end <= start.start:  # type: ignore[operator]
        raise DateError("the interval ends before it starts", value=text)
    finer = min(start.granularity, last.granularity, key=lambda g: g.rank)
    return TimeSpan(start.start, last.end, finer)


# -- writing ------------------------------------------------------------------------------


def format_span(span: TimeSpan) -> str:
    """The text of *span*; see `TimeSpan.isoformat`."""
    suffix = "~" if span.modifier is Modifier.APPROX else ""
    start, end = span.start, span.end
    if isinstance(start, datetime) or isinstance(end, datetime):
        return _format_datetimes(start, end) + suffix  # type: ignore[arg-type]
    if start is not None and end is not None:
        unit = _unit_text(span.granularity, start, end)
        if unit is not None:
            return unit + suffix
    granularity = span.granularity
    if not _aligned(granularity, start, end):
        granularity = Granularity.DAY
    left = ".." if start is None else _unit_start_text(granularity, start)
    right = ".." if end is None else _unit_start_text(granularity, end - _UNIT[granularity])
    return f"{left}/{right}{suffix}"


def _aligned(granularity: Granularity, start: date | None, end: date | None) -> bool:
    return all(b is None or _floor(b, granularity) == b for b in (start, end))


def _unit_text(granularity: Granularity, start: date, end: date) -> str | None:
    if _floor(start, granularity) != start or start + _UNIT[granularity] != end:
        return None
    return _unit_start_text(granularity, start)


def _unit_start_text(granularity: Granularity, start: date) -> str:
    if granularity is Granularity.WEEK:
        year, week, _ = start.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if granularity is Granularity.MONTH:
        return f"{start.year:04d}-{start.month:02d}"
    if granularity is Granularity.QUARTER:
        return f"{start.year:04d}-Q{(start.month - 1) // 3 + 1}"
    if granularity is Granularity.YEAR:
        return f"{start.year:04d}"
    if granularity is Granularity.DECADE:
        return f"{start.year // 10:03d}X"
    return start.isoformat()


def _format_datetimes(start: datetime | None, end: datetime | None) -> str:
    if start is not None and end is not None:
        length = _utc(end) - _utc(start)
        precision = _PRECISIONS.get(length)
        if (
            precision is not None
            and _truncated(start, precision) == start
            and _written_alike(end, end.astimezone(start.tzinfo))
        ):
            # The short form is read back with the end in the start's zone: write it only
            # when that is this very end, so that an end in another zone is kept.
            return _format_instant(start, precision)
    left = ".." if start is None else _format_instant(start, _FULL)
    right = ".." if end is None else _format_instant(end, _FULL)
    return f"{left}/{right}"


def _written_alike(value: datetime, other: datetime) -> bool:
    """Whether the two datetimes have one text: the same local time, offset and zone."""
    return _format_instant(value, _FULL) == _format_instant(other, _FULL)


_PRECISIONS = {
    timedelta(hours=1): "hours",
    timedelta(minutes=1): "minutes",
    timedelta(seconds=1): "seconds",
    timedelta(microseconds=1): "microseconds",
}


def _truncated(value: datetime, precision: str) -> datetime:
    if precision == "hours":
        return value.replace(minute=0, second=0, microsecond=0)
    if precision == "minutes":
        return value.replace(second=0, microsecond=0)
    if precision == "seconds":
        return value.replace(microsecond=0)
    return value


_FULL = "full"
"""Seconds, and the microseconds when there are any: the precision of an interval's bounds."""


def _format_instant(value: datetime, precision: str) -> str:
    if precision == _FULL:
        precision = "microseconds" if value.microsecond else "seconds"
    text = value.replace(tzinfo=None).isoformat(timespec=precision)
    offset = value.utcoffset()
    assert offset is not None  # bounds are aware by construction
    text += _offset_text(offset)
    if isinstance(value.tzinfo, ZoneInfo):
        text += f"[{value.tzinfo.key}]"
    return text


def _offset_text(offset: timedelta) -> str:
    """``+HH:MM``, with ``:SS`` (and ``.ffffff``) for the odd offset that needs them (LMT)."""
    sign = "-" if offset < timedelta(0) else "+"
    hours, rest = divmod(abs(offset), timedelta(hours=1))
    minutes, rest = divmod(rest, timedelta(minutes=1))
    text = f"{sign}{hours:02d}:{minutes:02d}"
    if rest:
        text += f":{rest.seconds:02d}"
        if rest.microseconds:
            text += f".{rest.microseconds:06d}"
    return text
