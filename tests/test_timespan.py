"""Tests for claimcheck.timespan: constructors, the text form, relations, coarsening, durations."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import attrs
import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.errors import DateError, InputError
from claimcheck.strategies import durations, granularities, time_spans
from claimcheck.timespan import (
    Agreement,
    Bound,
    Comparison,
    Duration,
    Granularity,
    Modifier,
    Relation,
    TimeSpan,
)

LONDON = ZoneInfo("Europe/London")
BERLIN = ZoneInfo("Europe/Berlin")
UTC = timezone.utc
G = Granularity


def london(*args: int) -> datetime:
    """An aware datetime in Europe/London."""
    return datetime(*args, tzinfo=LONDON)  # type: ignore[misc]


# -- constructors -------------------------------------------------------------------------


def test_day_is_one_calendar_day() -> None:
    """TimeSpan.day covers exactly one day, end exclusive."""
    span = TimeSpan.day(2024, 10, 16)
    assert (span.start, span.end, span.granularity, span.modifier) == (
        date(2024, 10, 16),
        date(2024, 10, 17),
        G.DAY,
        Modifier.EXACT,
    )


def test_day_rolls_over_month_and_year_ends() -> None:
    """The last day of a year ends on 1 January of the next."""
    assert TimeSpan.day(2024, 12, 31).end == date(2025, 1, 1)


def test_iso_week_runs_monday_to_sunday() -> None:
    """An ISO week starts on a Monday and lasts seven days, even across a year end."""
    span = TimeSpan.iso_week(2025, 1)
    assert span.start == date(2024, 12, 30)
    assert span.end == date(2025, 1, 6)
    assert span.granularity is G.WEEK


def test_iso_week_53_exists_only_in_long_years() -> None:
    """Week 53 exists in 2020 and not in 2024."""
    assert TimeSpan.iso_week(2020, 53).start == date(2020, 12, 28)
    with pytest.raises(DateError, match="no ISO week 53 in 2024"):
        TimeSpan.iso_week(2024, 53)


def test_month_handles_february_of_leap_years() -> None:
    """February 2024 has 29 days, February 2023 has 28."""
    assert TimeSpan.month(2024, 2).end - TimeSpan.month(2024, 2).start == timedelta(days=29)
    assert TimeSpan.month(2023, 2).end - TimeSpan.month(2023, 2).start == timedelta(days=28)


def test_quarter_is_three_calendar_months() -> None:
    """Q4 2024 is October to December."""
    span = TimeSpan.quarter(2024, 4)
    assert (span.start, span.end, span.granularity) == (
        date(2024, 10, 1),
        date(2025, 1, 1),
        G.QUARTER,
    )


@pytest.mark.parametrize("quarter", [0, 5, -1])
def test_quarter_refuses_numbers_outside_one_to_four(quarter: int) -> None:
    """Only quarters 1 to 4 exist."""
    with pytest.raises(DateError, match="a quarter is 1 to 4"):
        TimeSpan.quarter(2024, quarter)


def test_year_and_decade() -> None:
    """A year is a calendar year; the 1990s run from 1990 to the end of 1999."""
    assert (TimeSpan.year(2008).start, TimeSpan.year(2008).end) == (
        date(2008, 1, 1),
        date(2009, 1, 1),
    )
    nineties = TimeSpan.decade(1990)
    assert (nineties.start, nineties.end, nineties.granularity) == (
        date(1990, 1, 1),
        date(2000, 1, 1),
        G.DECADE,
    )


@pytest.mark.parametrize("first_year", [1995, 0, 5, -10])
def test_decade_needs_a_positive_multiple_of_ten(first_year: int) -> None:
    """A decade starts in a positive multiple of ten."""
    with pytest.raises(DateError, match="positive multiple of ten"):
        TimeSpan.decade(first_year)


@pytest.mark.parametrize(
    ("granularity", "start", "end"),
    [
        (G.DAY, date(2024, 10, 16), date(2024, 10, 17)),
        (G.WEEK, date(2024, 10, 14), date(2024, 10, 21)),
        (G.MONTH, date(2024, 10, 1), date(2024, 11, 1)),
        (G.QUARTER, date(2024, 10, 1), date(2025, 1, 1)),
        (G.YEAR, date(2024, 1, 1), date(2025, 1, 1)),
        (G.DECADE, date(2020, 1, 1), date(2030, 1, 1)),
    ],
)
def test_unit_is_the_whole_unit_around_a_day(
    granularity: Granularity, start: date, end: date
) -> None:
    """TimeSpan.unit finds the unit of each granularity that contains 16 October 2024."""
    span = TimeSpan.unit(granularity, date(2024, 10, 16))
    assert (span.start, span.end, span.granularity) == (start, end, granularity)


def test_unit_refuses_datetime_granularity_and_datetime_days() -> None:
    """TimeSpan.unit is for calendar units of a date."""
    with pytest.raises(DateError, match="calendar granularity"):
        TimeSpan.unit(G.DATETIME, date(2024, 10, 16))
    with pytest.raises(DateError, match="needs a date"):
        TimeSpan.unit(G.DAY, london(2024, 10, 16, 13, 40))


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: TimeSpan.day(2024, 2, 30), "no such date"),
        (lambda: TimeSpan.month(2024, 13), "no such date"),
        (lambda: TimeSpan.year(0), "outside 1..9989"),
        (lambda: TimeSpan.year(9990), "outside 1..9989"),
    ],
)
def test_constructors_refuse_impossible_dates(make: object, message: str) -> None:
    """Dates that do not exist or leave the supported calendar raise DateError."""
    with pytest.raises(DateError, match=message):
        make()  # type: ignore[operator]


def test_moment_is_a_minute_by_default() -> None:
    """A moment lasts a minute unless given another length."""
    span = TimeSpan.moment(london(2024, 10, 16, 13, 40))
    assert span.end == london(2024, 10, 16, 13, 41)
    assert span.granularity is G.DATETIME
    assert span.is_datetime
    hour = TimeSpan.moment(london(2024, 10, 16, 13), length=timedelta(hours=1))
    assert hour.end == london(2024, 10, 16, 14)


def test_moment_refuses_naive_datetimes_and_empty_lengths() -> None:
    """A moment needs an aware datetime and a positive length."""
    with pytest.raises(DateError, match="aware datetime"):
        TimeSpan.moment(datetime(2024, 10, 16, 13, 40))
    with pytest.raises(DateError, match="positive length"):
        TimeSpan.moment(london(2024, 10, 16, 13, 40), length=timedelta(0))


def test_constructor_refuses_inconsistent_bounds() -> None:
    """Direct construction checks kinds, order, granularity and the modifiers of open ends."""
    cases: list[tuple[dict[str, object], str]] = [
        ({"start": None, "end": None}, "at least one bound"),
        ({"start": date(2024, 10, 2), "end": date(2024, 10, 1)}, "start must be before its end"),
        ({"start": date(2024, 10, 1), "end": date(2024, 10, 1)}, "start must be before its end"),
        (
            {"start": date(2024, 10, 1), "end": london(2024, 10, 2)},
            "both be dates or both datetimes",
        ),
        ({"start": datetime(2024, 10, 1), "end": datetime(2024, 10, 2)}, "must be aware"),
        ({"start": "2024-10-01", "end": date(2024, 10, 2)}, "expected a date"),
        (
            {"start": date(2024, 10, 1), "end": date(2024, 10, 2), "granularity": G.DATETIME},
            "'datetime'",
        ),
        (
            {"start": london(2024, 10, 1), "end": london(2024, 10, 2), "granularity": G.DAY},
            "'datetime'",
        ),
        ({"start": None, "end": date(2024, 10, 2)}, "open to the past"),
        (
            {"start": date(2024, 10, 2), "end": None, "modifier": Modifier.BEFORE},
            "open to the future",
        ),
    ]
    for kwargs, message in cases:
        with pytest.raises(DateError, match=message):
            TimeSpan(**kwargs)  # type: ignore[arg-type]


def test_constructor_refuses_duration_hedges_as_span_modifiers() -> None:
    """A duration hedge such as 'more than' is not a span modifier."""
    with pytest.raises(ValueError, match="modifier"):
        TimeSpan(date(2024, 10, 1), date(2024, 10, 2), G.DAY, Modifier.MORE_THAN)


def test_date_error_is_an_input_error_and_a_value_error() -> None:
    """Callers can catch DateError as InputError or as ValueError."""
    with pytest.raises(DateError) as info:
        TimeSpan.from_iso("2024-13")
    assert isinstance(info.value, InputError)
    assert isinstance(info.value, ValueError)
    assert info.value.value == "2024-13"


def test_spans_are_frozen_and_hashable() -> None:
    """A TimeSpan cannot be changed in place and works as a dict key."""
    span = TimeSpan.day(2024, 10, 16)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = date(2024, 10, 17)  # type: ignore[misc]
    assert {span: 1}[TimeSpan.from_iso("2024-10-16")] == 1


# -- text form ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end", "granularity", "modifier"),
    [
        ("2024", date(2024, 1, 1), date(2025, 1, 1), G.YEAR, Modifier.EXACT),
        ("2024-10", date(2024, 10, 1), date(2024, 11, 1), G.MONTH, Modifier.EXACT),
        ("2024-10-16", date(2024, 10, 16), date(2024, 10, 17), G.DAY, Modifier.EXACT),
        ("2024-W42", date(2024, 10, 14), date(2024, 10, 21), G.WEEK, Modifier.EXACT),
        ("2024-Q4", date(2024, 10, 1), date(2025, 1, 1), G.QUARTER, Modifier.EXACT),
        ("202X", date(2020, 1, 1), date(2030, 1, 1), G.DECADE, Modifier.EXACT),
        ("2024-10-19/2024-10-20", date(2024, 10, 19), date(2024, 10, 21), G.DAY, Modifier.EXACT),
        ("2024-01/2024-06", date(2024, 1, 1), date(2024, 7, 1), G.MONTH, Modifier.EXACT),
        ("../2020", None, date(2021, 1, 1), G.YEAR, Modifier.ON_OR_BEFORE),
        ("2008/..", date(2008, 1, 1), None, G.YEAR, Modifier.ON_OR_AFTER),
        ("2022~", date(2022, 1, 1), date(2023, 1, 1), G.YEAR, Modifier.APPROX),
        ("2024-10-19/2024-10-20~", date(2024, 10, 19), date(2024, 10, 21), G.DAY, Modifier.APPROX),
    ],
)
def test_from_iso_reads_every_date_form(
    text: str, start: date | None, end: date | None, granularity: Granularity, modifier: Modifier
) -> None:
    """Each date form reads as its whole unit (or run of units) and writes back unchanged."""
    span = TimeSpan.from_iso(text)
    assert (span.start, span.end, span.granularity, span.modifier) == (
        start,
        end,
        granularity,
        modifier,
    )
    assert span.isoformat() == text
    assert str(span) == text


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "2024-10-16T13+01:00",
            datetime(2024, 10, 16, 12, tzinfo=UTC),
            datetime(2024, 10, 16, 13, tzinfo=UTC),
        ),
        (
            "2024-10-16T13:40+01:00",
            datetime(2024, 10, 16, 12, 40, tzinfo=UTC),
            datetime(2024, 10, 16, 12, 41, tzinfo=UTC),
        ),
        (
            "2024-10-16T13:40:05+00:00",
            datetime(2024, 10, 16, 13, 40, 5, tzinfo=UTC),
            datetime(2024, 10, 16, 13, 40, 6, tzinfo=UTC),
        ),
        (
            "2024-10-16T13:40:05.250000-04:00",
            datetime(2024, 10, 16, 17, 40, 5, 250000, tzinfo=UTC),
            datetime(2024, 10, 16, 17, 40, 5, 250001, tzinfo=UTC),
        ),
        (
            "2024-10-16T13:40+01:00[Europe/London]",
            datetime(2024, 10, 16, 12, 40, tzinfo=UTC),
            datetime(2024, 10, 16, 12, 41, tzinfo=UTC),
        ),
        (
            "2024-10-16T13:40:00+01:00/2024-10-16T15:00:00+01:00",
            datetime(2024, 10, 16, 12, 40, tzinfo=UTC),
            datetime(2024, 10, 16, 14, tzinfo=UTC),
        ),
    ],
)
def test_from_iso_reads_datetimes_as_long_as_their_precision(
    text: str, start: datetime, end: datetime
) -> None:
    """A datetime lasts one unit of its last written field; the text writes back unchanged."""
    span = TimeSpan.from_iso(text)
    assert (span.start, span.end, span.granularity) == (start, end, G.DATETIME)
    assert span.isoformat() == text


def test_a_microsecond_on_a_whole_second_keeps_its_precision() -> None:
    """A one-microsecond span that starts on a whole second writes its six zero digits."""
    span = TimeSpan.moment(
        datetime(2024, 10, 16, 13, 40, tzinfo=UTC), length=timedelta(microseconds=1)
    )
    assert span.isoformat() == "2024-10-16T13:40:00.000000+00:00"
    assert TimeSpan.from_iso(span.isoformat()) == span


def test_offsets_with_seconds_round_trip() -> None:
    """Offsets in seconds (Amsterdam was 19:32 ahead of UTC in 1937) survive the text form."""
    span = TimeSpan.moment(datetime(1937, 1, 1, tzinfo=ZoneInfo("Europe/Amsterdam")))
    assert span.isoformat() == "1937-01-01T00:00+00:19:32[Europe/Amsterdam]"
    assert TimeSpan.from_iso(span.isoformat()) == span
    fixed = TimeSpan.from_iso("1937-01-01T00:00+00:19:32")
    assert fixed.start == datetime(1936, 12, 31, 23, 40, 28, tzinfo=UTC)


def test_from_iso_reads_z_as_utc() -> None:
    """'Z' is UTC and writes back as '+00:00'."""
    span = TimeSpan.from_iso("2024-10-16T13:40Z")
    assert span == TimeSpan.from_iso("2024-10-16T13:40+00:00")
    assert span.isoformat() == "2024-10-16T13:40+00:00"


def test_from_iso_keeps_the_named_zone() -> None:
    """An RFC 9557 zone name becomes the bound's tzinfo; a bare offset stays a fixed offset."""
    named = TimeSpan.from_iso("2024-10-16T13:40+01:00[Europe/London]").start
    assert isinstance(named, datetime)
    assert named.tzinfo == LONDON
    fixed = TimeSpan.from_iso("2024-10-16T13:40+01:00").start
    assert isinstance(fixed, datetime)
    assert fixed.tzinfo == timezone(timedelta(hours=1))


def test_from_iso_reads_open_datetime_intervals() -> None:
    """'A/..' and '../B' work for datetimes, with B the exclusive end as in 'A/B'."""
    after = TimeSpan.from_iso("2024-10-16T13:40:00+01:00/..")
    assert (after.start, after.end, after.modifier) == (
        datetime(2024, 10, 16, 12, 40, tzinfo=UTC),
        None,
        Modifier.ON_OR_AFTER,
    )
    before = TimeSpan.from_iso("../2024-10-16T13:40:00+01:00")
    assert (before.start, before.end, before.modifier) == (
        None,
        datetime(2024, 10, 16, 12, 40, tzinfo=UTC),
        Modifier.ON_OR_BEFORE,
    )
    assert before.isoformat() == "../2024-10-16T13:40:00+01:00"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2024-13", "no such date (month must be in 1..12) (got '2024-13')"),
        ("2024-02-30", "no such date (day is out of range for month) (got '2024-02-30')"),
        ("2024-W54", "no ISO week 54 in 2024 (got '2024-W54')"),
        ("2024-Q5", "a quarter is 1 to 4 (got '2024-Q5')"),
        (
            "2024-10-16T13:40",
            "not a datetime with an offset, such as '2024-10-16T13:40+01:00' "
            "(got '2024-10-16T13:40')",
        ),
        ("2024-10-16T13:40+01:00[Mars/Olympus]", "unknown time zone 'Mars/Olympus'"),
        (
            "2024-10-16T13:40+02:00[Europe/London]",
            "the offset does not match the zone Europe/London",
        ),
        (
            "2024-10-20/2024-10-19",
            "the interval ends before it starts (got '2024-10-20/2024-10-19')",
        ),
        ("2024-10-16T14:00Z/2024-10-16T13:00Z", "the interval ends before it starts"),
        ("../..", "an interval is 'A/B', '../B' or 'A/..' (got '../..')"),
        ("2024/", "an interval is 'A/B'"),
        ("2024/2025/2026", "an interval is 'A/B'"),
        ("2024/..~", "an open interval cannot also be approximate"),
        ("2024/2024-10-16T13:40Z", "both be dates or both datetimes"),
        ("October 2024", "not a time span"),
        ("24-10-16", "not a time span"),
        ("", "not a time span"),
        ("0000", "year 0 is outside 1..9989"),
        ("000X", "a decade starts in a positive multiple of ten"),
        ("2024-10-16T24:00Z", "no such datetime"),
        ("2024-10-16T13:40+24:00", "the UTC offset is out of range"),
        ("2024-10-16T13:40+01:00:60", "the UTC offset is out of range"),
    ],
)
def test_from_iso_says_what_is_wrong_with_bad_text(text: str, message: str) -> None:
    """Bad text raises DateError with the problem and the text."""
    with pytest.raises(DateError) as info:
        TimeSpan.from_iso(text)
    assert message in str(info.value)
    assert info.value.value == text


def test_from_iso_refuses_non_text() -> None:
    """A date object is not text."""
    with pytest.raises(DateError, match="written as text"):
        TimeSpan.from_iso(date(2024, 10, 16))  # type: ignore[arg-type]


def test_isoformat_writes_unaligned_runs_as_day_intervals() -> None:
    """A run that is not whole units of its granularity prints as inclusive days."""
    span = TimeSpan(date(2024, 10, 10), date(2024, 12, 1), G.MONTH, Modifier.START)
    assert span.isoformat() == "2024-10-10/2024-11-30"
    again = TimeSpan.from_iso(span.isoformat())
    assert (again.start, again.end) == (span.start, span.end)


def test_isoformat_loses_only_the_parts_modifiers() -> None:
    """START, MID and END print as their bounds; the structured form keeps the modifier."""
    early_december = TimeSpan(date(2024, 12, 1), date(2024, 12, 11), G.MONTH, Modifier.START)
    assert early_december.isoformat() == "2024-12-01/2024-12-10"


def test_isoformat_of_a_zone_in_winter_time() -> None:
    """A named zone prints its offset on that day."""
    span = TimeSpan.moment(london(2024, 12, 3, 9, 5))
    assert span.isoformat() == "2024-12-03T09:05+00:00[Europe/London]"


BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("end_zone", "text"),
    [
        (UTC, "2000-01-01T00:00:00+01:00[Europe/Berlin]/2000-01-01T00:00:00+00:00"),
        (
            ZoneInfo("UTC"),
            "2000-01-01T00:00:00+01:00[Europe/Berlin]/2000-01-01T00:00:00+00:00[UTC]",
        ),
    ],
)
def test_a_moment_whose_end_is_in_another_zone_keeps_that_zone(
    end_zone: tzinfo, text: str
) -> None:
    """An hour from midnight in Berlin to midnight UTC is written as an interval, not a moment."""
    span = TimeSpan(
        datetime(2000, 1, 1, tzinfo=BERLIN), datetime(2000, 1, 1, tzinfo=end_zone), G.DATETIME
    )
    assert span.isoformat() == text
    again = TimeSpan.from_iso(text)
    assert again == span
    assert isinstance(again.start, datetime) and isinstance(again.end, datetime)
    assert (again.start.tzinfo, again.end.tzinfo) == (BERLIN, end_zone)
    assert again.end.tzinfo is end_zone


@pytest.mark.parametrize(
    ("start_zone", "end_zone"),
    [
        (ZoneInfo("UTC"), UTC),
        (UTC, ZoneInfo("UTC")),
        (UTC, ZoneInfo("Etc/UTC")),
        (ZoneInfo("UTC"), ZoneInfo("Etc/UTC")),
    ],
)
def test_utc_as_zoneinfo_and_as_timezone_utc_stay_apart(
    start_zone: tzinfo, end_zone: tzinfo
) -> None:
    """A minute whose bounds are UTC in two different tzinfos reads back with both of them."""
    span = TimeSpan(
        datetime(2024, 10, 16, 13, 40, tzinfo=start_zone),
        datetime(2024, 10, 16, 13, 41, tzinfo=end_zone),
        G.DATETIME,
    )
    again = TimeSpan.from_iso(span.isoformat())
    assert isinstance(again.start, datetime) and isinstance(again.end, datetime)
    assert type(again.start.tzinfo) is type(start_zone)
    assert type(again.end.tzinfo) is type(end_zone)
    assert (str(again.start.tzinfo), str(again.end.tzinfo)) == (str(start_zone), str(end_zone))


def test_a_moment_in_one_zone_keeps_its_short_form() -> None:
    """A minute that starts and ends in the same zone is still written as that minute."""
    zones = [(ZoneInfo("UTC"), "+00:00[UTC]"), (UTC, "+00:00"), (BERLIN, "+02:00[Europe/Berlin]")]
    for zone, suffix in zones:
        span = TimeSpan.moment(datetime(2024, 10, 16, 13, 40, tzinfo=zone))
        assert span.isoformat() == "2024-10-16T13:40" + suffix
        again = TimeSpan.from_iso(span.isoformat())
        assert isinstance(again.end, datetime)
        assert again.end.tzinfo is zone


def test_fall_back_hour_round_trips_in_both_folds() -> None:
    """Both readings of a repeated wall-clock hour read back with their own offset."""
    first = TimeSpan.from_iso("2024-10-27T01:30+01:00[Europe/London]")
    second = TimeSpan.from_iso("2024-10-27T01:30+00:00[Europe/London]")
    assert isinstance(first.start, datetime)
    assert isinstance(second.start, datetime)
    assert first.start.astimezone(UTC) == datetime(2024, 10, 27, 0, 30, tzinfo=UTC)
    assert second.start.astimezone(UTC) == datetime(2024, 10, 27, 1, 30, tzinfo=UTC)
    assert first.isoformat() == "2024-10-27T01:30+01:00[Europe/London]"
    assert second.isoformat() == "2024-10-27T01:30+00:00[Europe/London]"
    assert first.is_before(second)
    assert first.compare(second) == Comparison(Agreement.CONFLICT, timedelta(minutes=59))


def test_spans_across_a_clock_change_measure_real_time() -> None:
    """An hour from 01:30 on the night the clocks go back ends at 01:30 again, one fold later."""
    start = london(2024, 10, 27, 1, 30)
    hour = TimeSpan.moment(start, length=timedelta(hours=1))
    assert isinstance(hour.end, datetime)
    assert hour.end.fold == 1
    assert hour.end.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=1)
    assert (
        hour.isoformat()
        == "2024-10-27T01:30:00+01:00[Europe/London]/2024-10-27T01:30:00+00:00[Europe/London]"
    )
    assert TimeSpan.from_iso(hour.isoformat()) == hour
    instant_inside = datetime(2024, 10, 27, 1, 0, tzinfo=UTC)
    assert hour.contains(instant_inside)


# -- relations ----------------------------------------------------------------------------


def test_contains_a_span_a_date_and_a_datetime() -> None:
    """A month contains its days, a date is its whole day, and a datetime an instant."""
    october = TimeSpan.month(2024, 10)
    assert october.contains(TimeSpan.day(2024, 10, 31))
    assert not october.contains(TimeSpan.day(2024, 11, 1))
    assert october.contains(date(2024, 10, 1))
    assert october.contains(london(2024, 10, 31, 23, 59))
    assert not october.contains(TimeSpan.iso_week(2024, 44))
    assert october.contains(october)


def test_contains_refuses_naive_datetimes_and_other_values() -> None:
    """contains() needs a span, a date or an aware datetime."""
    with pytest.raises(DateError, match="aware datetime"):
        TimeSpan.year(2024).contains(datetime(2024, 10, 16, 13, 40))
    with pytest.raises(DateError, match="expected a TimeSpan"):
        TimeSpan.year(2024).contains("2024-10-16")  # type: ignore[arg-type]


def test_publication_time_is_inside_its_day() -> None:
    """A 13:40 London publication time lies inside 16 October 2024 and overlaps it."""
    published = TimeSpan.moment(london(2024, 10, 16, 13, 40))
    day = TimeSpan.day(2024, 10, 16)
    assert day.contains(published)
    assert day.overlaps(published)
    assert published.overlaps(day)
    assert not TimeSpan.day(2024, 10, 17).overlaps(published)
    assert day.compare(published) == Comparison(Agreement.CONSISTENT)


def test_datetimes_are_placed_on_their_own_zone_s_calendar() -> None:
    """Late evening in New York is still that day in the text, though it is the next day in UTC."""
    evening = TimeSpan.moment(datetime(2024, 10, 16, 22, 30, tzinfo=ZoneInfo("America/New_York")))
    assert TimeSpan.day(2024, 10, 16).contains(evening)
    assert not TimeSpan.day(2024, 10, 17).overlaps(evening)


def test_a_span_with_bounds_in_two_zones_lies_on_its_start_s_calendar() -> None:
    """An hour from 08:00 in Tokyo to 17:00 the previous evening in Los Angeles is on 17 October."""
    span = TimeSpan(
        datetime(2024, 10, 17, 8, tzinfo=ZoneInfo("Asia/Tokyo")),
        datetime(2024, 10, 16, 17, tzinfo=ZoneInfo("America/Los_Angeles")),
        G.DATETIME,
    )
    assert (span.first_day(), span.last_day()) == (date(2024, 10, 17), date(2024, 10, 17))
    assert TimeSpan.day(2024, 10, 17).contains(span)
    assert span.coarsen(G.DAY) == TimeSpan.day(2024, 10, 17)


def test_datetime_spans_compare_as_instants_across_zones() -> None:
    """Two datetime spans compare on the real time line, whatever their zones."""
    in_london = TimeSpan.moment(london(2024, 10, 16, 13, 40))
    in_berlin = TimeSpan.moment(datetime(2024, 10, 16, 14, 40, tzinfo=BERLIN))
    assert in_london.overlaps(in_berlin)
    assert in_london.intersection(in_berlin) == in_london


def test_overlaps_is_false_for_adjacent_spans() -> None:
    """Half-open spans that meet share no instant."""
    assert not TimeSpan.month(2024, 10).overlaps(TimeSpan.month(2024, 11))
    assert TimeSpan.month(2024, 10).is_before(TimeSpan.month(2024, 11))


def test_open_spans_overlap_everything_on_their_side() -> None:
    """'Since 2008' overlaps 2024 and contains it; 'before 2020' does neither."""
    since = TimeSpan.from_iso("2008/..")
    until = TimeSpan.from_iso("../2019")
    assert since.contains(TimeSpan.year(2024))
    assert since.overlaps(until)
    assert not until.overlaps(TimeSpan.year(2024))
    assert until.is_before(TimeSpan.year(2024))
    assert not since.is_before(TimeSpan.year(2030))
    assert not since.contains(until)
    assert since.first_day() == date(2008, 1, 1)
    assert since.last_day() is None
    assert until.first_day() is None
    assert until.last_day() == date(2019, 12, 31)


def test_intersection_of_a_month_and_a_week() -> None:
    """The intersection of October and week 44 is 28 to 31 October, at the finer granularity."""
    both = TimeSpan.month(2024, 10).intersection(TimeSpan.iso_week(2024, 44))
    assert both == TimeSpan(date(2024, 10, 28), date(2024, 11, 1), G.WEEK)
    assert TimeSpan.month(2024, 10).intersection(TimeSpan.month(2024, 11)) is None


def test_intersection_of_open_spans_stays_open() -> None:
    """Two spans open to the past meet in one open to the past."""
    both = TimeSpan.from_iso("../2020").intersection(TimeSpan.from_iso("../2019"))
    assert both == TimeSpan(None, date(2020, 1, 1), G.YEAR, Modifier.ON_OR_BEFORE)
    closed = TimeSpan.from_iso("2008/..").intersection(TimeSpan.from_iso("../2019"))
    assert closed == TimeSpan(date(2008, 1, 1), date(2020, 1, 1), G.YEAR)


def test_intersection_of_a_date_and_a_datetime_is_a_day() -> None:
    """Mixing a date span with a moment works on whole days of the moment's zone."""
    published = TimeSpan.moment(london(2024, 10, 16, 13, 40))
    assert TimeSpan.month(2024, 10).intersection(published) == TimeSpan.day(2024, 10, 16)


def test_is_before_and_is_after() -> None:
    """16 October is before 18 October, which is after it; overlapping spans are neither."""
    a, b = TimeSpan.day(2024, 10, 16), TimeSpan.day(2024, 10, 18)
    assert a.is_before(b)
    assert b.is_after(a)
    assert not b.is_before(a)
    assert not a.is_after(b)
    october = TimeSpan.month(2024, 10)
    assert not october.is_before(a)
    assert not october.is_after(a)


def test_compare_two_days_apart_is_a_two_day_conflict() -> None:
    """16 against 18 October conflicts with a gap of two days, in either order."""
    a, b = TimeSpan.day(2024, 10, 16), TimeSpan.day(2024, 10, 18)
    assert a.compare(b) == Comparison(Agreement.CONFLICT, timedelta(days=2))
    assert b.compare(a) == Comparison(Agreement.CONFLICT, timedelta(days=2))
    assert a.compare(TimeSpan.day(2024, 10, 17)).gap == timedelta(days=1)


def test_compare_month_with_a_day_inside_it_is_consistent() -> None:
    """October 2024 and 18 October 2024 can both be true."""
    assert TimeSpan.month(2024, 10).compare(TimeSpan.day(2024, 10, 18)) == Comparison(
        Agreement.CONSISTENT
    )


def test_compare_approximate_year_with_the_next_is_undetermined() -> None:
    """'About 2022' against 2023 is undetermined; against 2024 it conflicts."""
    about = TimeSpan.from_iso("2022~")
    assert about.compare(TimeSpan.year(2023)) == Comparison(Agreement.UNDETERMINED)
    assert TimeSpan.year(2023).compare(about) == Comparison(Agreement.UNDETERMINED)
    assert about.compare(TimeSpan.year(2024)) == Comparison(Agreement.CONFLICT, timedelta(days=366))


def test_compare_measures_the_gap_between_datetimes() -> None:
    """Two moments an hour apart conflict by the time between them."""
    a = TimeSpan.moment(london(2024, 10, 16, 13, 40))
    b = TimeSpan.moment(london(2024, 10, 16, 14, 41))
    assert a.compare(b) == Comparison(Agreement.CONFLICT, timedelta(hours=1))


def test_compare_open_spans() -> None:
    """'Before 2020' conflicts with 2024, by the days from 31 December 2019 to 1 January 2024."""
    result = TimeSpan.from_iso("../2019").compare(TimeSpan.year(2024))
    assert result == Comparison(Agreement.CONFLICT, date(2024, 1, 1) - date(2019, 12, 31))


def test_widened_adds_one_unit_each_side() -> None:
    """An approximate month widens by a month each side; exact spans stay as they are."""
    about = TimeSpan(date(2024, 10, 1), date(2024, 11, 1), G.MONTH, Modifier.APPROX)
    assert about.widened() == TimeSpan(date(2024, 9, 1), date(2024, 12, 1), G.MONTH)
    exact = TimeSpan.month(2024, 10)
    assert exact.widened() is exact
    moment = TimeSpan(
        london(2024, 10, 16, 13), london(2024, 10, 16, 14), G.DATETIME, Modifier.APPROX
    )
    assert moment.widened() == TimeSpan(
        london(2024, 10, 16, 12), london(2024, 10, 16, 15), G.DATETIME
    )


def test_widened_stays_inside_the_supported_calendar() -> None:
    """Widening the first or last supported year stops at the calendar's edge."""
    first = TimeSpan.from_iso("0001~").widened()
    assert first.start == date(1, 1, 1)
    assert first.end == date(3, 1, 1)
    last = TimeSpan.from_iso("9989~").widened()
    assert last.start == date(9988, 1, 1)
    assert last.end == date(9990, 1, 1)
    assert TimeSpan.from_iso("998X~").compare(TimeSpan.year(2024)).agreement is Agreement.CONFLICT


def test_datetime_bounds_stay_inside_the_supported_calendar() -> None:
    """Bounds outside years 1..9989 are refused; widening stops at the edges; moments fail."""
    plus_five = timezone(timedelta(hours=5))
    with pytest.raises(
        DateError, match=r"TimeSpan\.start: the instant is outside the years 1\.\.9989"
    ):
        TimeSpan(
            datetime(1, 1, 1, 2, tzinfo=plus_five),
            datetime(1, 1, 1, 3, tzinfo=plus_five),
            G.DATETIME,
        )
    with pytest.raises(
        DateError, match=r"TimeSpan\.end: the instant is outside the years 1\.\.9989"
    ):
        TimeSpan(datetime(2024, 1, 1, tzinfo=UTC), datetime(9991, 1, 1, tzinfo=UTC), G.DATETIME)
    with pytest.raises(DateError, match="leaves the supported calendar"):
        TimeSpan.moment(datetime(1, 1, 1, 2, tzinfo=plus_five))
    first = TimeSpan(
        datetime(1, 1, 1, 6, tzinfo=UTC), datetime(1, 1, 3, tzinfo=UTC), G.DATETIME, Modifier.APPROX
    )
    assert first.widened() == TimeSpan(first.start, datetime(1, 1, 4, 18, tzinfo=UTC), G.DATETIME)
    last = TimeSpan(
        datetime(9989, 12, 1, tzinfo=UTC),
        datetime(9989, 12, 31, tzinfo=UTC),
        G.DATETIME,
        Modifier.APPROX,
    )
    assert last.widened().end == datetime(9990, 1, 1, tzinfo=UTC)
    with pytest.raises(DateError, match="leaves the supported calendar"):
        TimeSpan.moment(
            datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC) - timedelta(hours=1),
            length=timedelta(hours=2),
        )
    millennia = TimeSpan(
        datetime(1929, 1, 1, tzinfo=BERLIN),
        datetime(5960, 1, 1, tzinfo=UTC),
        G.DATETIME,
        Modifier.APPROX,
    )
    assert millennia.coarsen(G.DECADE).isoformat() == "001X/997X~"


# -- coarsen and sort_key -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("granularity", "text"),
    [
        (G.DAY, "2024-10-18"),
        (G.WEEK, "2024-W42"),
        (G.MONTH, "2024-10"),
        (G.QUARTER, "2024-Q4"),
        (G.YEAR, "2024"),
        (G.DECADE, "202X"),
    ],
)
def test_coarsen_a_day_to_each_unit(granularity: Granularity, text: str) -> None:
    """18 October 2024 coarsens to its week, month, quarter, year and decade."""
    assert TimeSpan.day(2024, 10, 18).coarsen(granularity).isoformat() == text


def test_coarsen_covers_a_run_that_crosses_a_unit_boundary() -> None:
    """A span over a month's end coarsens to both months."""
    span = TimeSpan(date(2024, 10, 30), date(2024, 11, 3))
    coarse = span.coarsen(G.MONTH)
    assert coarse == TimeSpan(date(2024, 10, 1), date(2024, 12, 1), G.MONTH)
    assert coarse.contains(span)


def test_coarsen_never_makes_the_granularity_finer() -> None:
    """Coarsening a month to weeks covers whole weeks but keeps the month granularity."""
    coarse = TimeSpan.month(2024, 10).coarsen(G.WEEK)
    assert coarse == TimeSpan(date(2024, 9, 30), date(2024, 11, 4), G.MONTH)


def test_coarsen_a_moment_to_its_day_and_datetime_to_itself() -> None:
    """A moment coarsens to its day in its own zone; DATETIME leaves any span alone."""
    published = TimeSpan.moment(london(2024, 10, 16, 23, 30))
    assert published.coarsen(G.DAY) == TimeSpan.day(2024, 10, 16)
    assert published.coarsen(G.DATETIME) is published


def test_coarsen_keeps_open_ends_and_approximation() -> None:
    """An open span stays open with its modifier; an approximate one stays approximate."""
    assert TimeSpan.from_iso("2008-04-03/..").coarsen(G.YEAR) == TimeSpan.from_iso("2008/..")
    assert TimeSpan.from_iso("2024-10-16~").coarsen(G.MONTH) == TimeSpan.from_iso("2024-10~")
    early = TimeSpan(date(2024, 12, 1), date(2024, 12, 11), G.MONTH, Modifier.START)
    assert early.coarsen(G.MONTH) == TimeSpan.month(2024, 12)


def test_coarsen_keeps_the_tolerance_of_a_long_approximate_datetime_span() -> None:
    """About 1 to 4 October (a datetime span) stays undetermined against 6 October, coarsened."""
    about = TimeSpan(
        datetime(2024, 10, 1, tzinfo=UTC),
        datetime(2024, 10, 4, tzinfo=UTC),
        G.DATETIME,
        Modifier.APPROX,
    )
    sixth = TimeSpan.day(2024, 10, 6)
    assert about.compare(sixth).agreement is Agreement.UNDETERMINED
    coarse = about.coarsen(G.DAY)
    assert coarse == TimeSpan(date(2024, 9, 29), date(2024, 10, 6), G.DAY, Modifier.APPROX)
    assert coarse.compare(sixth).agreement is Agreement.UNDETERMINED
    assert TimeSpan.moment(datetime(2024, 10, 1, 12, tzinfo=UTC)).coarsen(G.DAY) == TimeSpan.day(
        2024, 10, 1
    )


def test_sort_key_orders_by_start_then_end_with_open_bounds_outside() -> None:
    """Open starts come first, and among equal starts shorter spans first, open ends last."""
    spans = [
        TimeSpan.from_iso("2024/.."),
        TimeSpan.year(2024),
        TimeSpan.month(2024, 1),
        TimeSpan.from_iso("../2023"),
        TimeSpan.moment(datetime(2023, 12, 31, 23, tzinfo=UTC)),
        TimeSpan.day(2024, 1, 1),
    ]
    ordered = [s.isoformat() for s in sorted(spans, key=TimeSpan.sort_key)]
    assert ordered == [
        "../2023",
        "2023-12-31T23:00+00:00",
        "2024-01-01",
        "2024-01",
        "2024",
        "2024/..",
    ]


def test_granularity_ranks_from_finest_to_coarsest() -> None:
    """Granularities order from datetime to decade."""
    assert [g.rank for g in Granularity] == list(range(7))
    assert G.DAY.is_finer_than(G.WEEK)
    assert not G.DAY.is_finer_than(G.DAY)
    assert not G.DECADE.is_finer_than(G.YEAR)


# -- durations ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("P16Y", {"years": 16}),
        ("P2Y6M", {"years": 2, "months": 6}),
        ("P3W", {"weeks": 3}),
        ("P10D", {"days": 10}),
        ("PT48H", {"hours": 48}),
        ("PT1H30M", {"hours": 1, "minutes": 30}),
        ("PT90S", {"seconds": 90}),
        ("P1Y6MT12H", {"years": 1, "months": 6, "hours": 12}),
        (
            "P1Y2M3W4DT5H6M7S",
            {
                "years": 1,
                "months": 2,
                "weeks": 3,
                "days": 4,
                "hours": 5,
                "minutes": 6,
                "seconds": 7,
            },
        ),
    ],
)
def test_duration_text_form(text: str, fields: dict[str, int]) -> None:
    """Each ISO 8601 duration reads into its fields and writes back unchanged."""
    duration = Duration.from_iso(text)
    assert duration == Duration(**fields)
    assert duration.isoformat() == text
    assert str(duration) == text


@pytest.mark.parametrize(
    "text", ["P", "PT", "P1YT", "P0D", "PT0S", "16 years", "P1.5Y", "p1y", "P-1Y", "P1Y1Y", ""]
)
def test_duration_from_iso_refuses_bad_text(text: str) -> None:
    """Text that is not a positive ISO 8601 duration raises DateError naming it."""
    with pytest.raises(DateError) as info:
        Duration.from_iso(text)
    assert repr(text) in str(info.value)


def test_duration_refuses_zero_and_negative_lengths() -> None:
    """A Duration needs a positive length of whole non-negative amounts."""
    with pytest.raises(DateError, match="positive length"):
        Duration()
    with pytest.raises(ValueError, match="years"):
        Duration(years=-1)
    with pytest.raises(TypeError, match="months"):
        Duration(months=1.5)  # type: ignore[arg-type]


def test_duration_hedges_and_relations() -> None:
    """'More than a year' is P1Y with MORE_THAN; 'two months before' has a BEFORE relation."""
    more = Duration(years=1, modifier=Modifier.MORE_THAN)
    assert more.isoformat() == "P1Y"
    before = Duration(months=2, relation=Relation.BEFORE)
    assert before.relation is Relation.BEFORE
    with pytest.raises(ValueError, match="modifier"):
        Duration(years=1, modifier=Modifier.BEFORE)
    with pytest.raises(TypeError, match="relation"):
        Duration(years=1, relation="before")  # type: ignore[arg-type]


def test_duration_to_relativedelta() -> None:
    """Weeks become days, and calendar arithmetic lands on the right dates."""
    assert Duration(
        years=2, months=6, weeks=1, days=2, hours=3
    ).to_relativedelta() == relativedelta(years=2, months=6, days=9, hours=3)
    assert date(2024, 1, 31) + Duration(months=1).to_relativedelta() == date(2024, 2, 29)
    assert date(2008, 4, 3) + Duration(years=16).to_relativedelta() == date(2024, 4, 3)


# -- properties ---------------------------------------------------------------------------


def _same_instant(a: Bound | None, b: Bound | None) -> bool:
    """Whether two bounds are the same date, or the same instant with the same offset and zone."""
    if isinstance(a, datetime) and isinstance(b, datetime):
        return (a.astimezone(UTC), a.utcoffset(), a.tzinfo) == (
            b.astimezone(UTC),
            b.utcoffset(),
            b.tzinfo,
        )
    return a == b


def _in_zone(span: TimeSpan, zone: tzinfo) -> TimeSpan:
    """The same instants with every datetime bound expressed in *zone*."""
    start, end = span.start, span.end
    if isinstance(start, datetime):
        start = start.astimezone(zone)
    if isinstance(end, datetime):
        end = end.astimezone(zone)
    return TimeSpan(start, end, span.granularity, span.modifier)


def _coarsen(span: TimeSpan, granularity: Granularity) -> TimeSpan | None:
    """span.coarsen(granularity), or None where no whole unit exists: decades before year 10."""
    try:
        return span.coarsen(granularity)
    except DateError:
        days = [d for d in (span.first_day(), span.last_day()) if d is not None]
        assert granularity is G.DECADE and min(days).year < 10
        return None


@given(time_spans(), time_spans())
def test_intersection_is_commutative_and_inside_both(a: TimeSpan, b: TimeSpan) -> None:
    """a ∩ b equals b ∩ a, and lies inside both a and b."""
    both = a.intersection(b)
    assert both == b.intersection(a)
    if both is not None:
        assert a.contains(both)
        assert b.contains(both)


@given(time_spans(), time_spans())
def test_overlaps_iff_the_intersection_exists(a: TimeSpan, b: TimeSpan) -> None:
    """Two spans overlap exactly when their intersection is not None, in either order."""
    assert a.overlaps(b) == (a.intersection(b) is not None) == b.overlaps(a)


@given(time_spans(), time_spans())
def test_contains_implies_overlaps(a: TimeSpan, b: TimeSpan) -> None:
    """A span that contains another overlaps it, and so does its intersection with it."""
    for outer, inner in ((a, b), (b, a), (a, a.intersection(b) or a)):
        if outer.contains(inner):
            assert outer.overlaps(inner)
            assert inner.overlaps(outer)


@given(time_spans(open_ended=False), time_spans(open_ended=False))
def test_closed_spans_overlap_or_one_is_before_the_other(a: TimeSpan, b: TimeSpan) -> None:
    """Of two closed spans, exactly one holds: they overlap, a is before b, or b is before a."""
    assert [a.overlaps(b), a.is_before(b), b.is_before(a)].count(True) == 1
    assert a.is_before(b) == b.is_after(a)


@given(time_spans(), time_spans())
def test_a_span_before_another_never_overlaps_it(a: TimeSpan, b: TimeSpan) -> None:
    """A span that is before another, open ends included, shares no instant with it."""
    if a.is_before(b):
        assert not a.overlaps(b)
        assert not b.is_before(a)


@given(time_spans(), time_spans())
def test_compare_is_symmetric(a: TimeSpan, b: TimeSpan) -> None:
    """compare gives the same agreement and gap both ways; only a conflict has a gap."""
    forward, backward = a.compare(b), b.compare(a)
    assert forward == backward
    assert (forward.gap is not None) == (forward.agreement is Agreement.CONFLICT)
    assert (forward.agreement is Agreement.CONSISTENT) == a.overlaps(b)


@given(time_spans(), granularities())
def test_a_coarser_span_contains_the_span_and_never_conflicts_with_it(
    span: TimeSpan, granularity: Granularity
) -> None:
    """Coarsening contains the original and is consistent with it, both ways."""
    coarse = _coarsen(span, granularity)
    if coarse is None:
        return
    assert coarse.contains(span)
    assert coarse.overlaps(span)
    assert coarse.compare(span).agreement is Agreement.CONSISTENT
    assert span.compare(coarse).agreement is Agreement.CONSISTENT
    assert not coarse.granularity.is_finer_than(span.granularity)


@given(time_spans(), time_spans(), granularities())
def test_coarsening_never_turns_agreement_into_conflict(
    a: TimeSpan, b: TimeSpan, granularity: Granularity
) -> None:
    """Coarsening a never turns consistent or undetermined (against b) into a conflict.

    A coarsened datetime span lies on its own zone's calendar, so the pair is first put in
    one zone: the same instants, written in the zone of a's first bound.
    """
    if a.is_datetime and b.is_datetime:
        zone = (a.start or a.end).tzinfo  # type: ignore[union-attr]
        assert zone is not None
        a, b = _in_zone(a, zone), _in_zone(b, zone)
    coarse = _coarsen(a, granularity)
    if coarse is None:
        return
    before, after = a.compare(b).agreement, coarse.compare(b).agreement
    if before is Agreement.CONSISTENT:
        assert after is Agreement.CONSISTENT
    if before is Agreement.UNDETERMINED:
        assert after is not Agreement.CONFLICT


@given(time_spans())
def test_the_text_form_keeps_the_bounds(span: TimeSpan) -> None:
    """from_iso(isoformat(s)) has the bounds and text of s, and equals s for a whole unit."""
    text = span.isoformat()
    again = TimeSpan.from_iso(text)
    assert _same_instant(again.start, span.start)
    assert _same_instant(again.end, span.end)
    assert again.isoformat() == text
    assert (again.modifier is Modifier.APPROX) == (span.modifier is Modifier.APPROX)
    if (
        span.modifier in (Modifier.EXACT, Modifier.APPROX)
        and not span.is_datetime
        and span.start is not None
    ):
        unit = TimeSpan.unit(span.granularity, span.start)
        if (unit.start, unit.end) == (span.start, span.end):
            assert again == span


@given(time_spans(granularities=[G.DATETIME]))
def test_moments_round_trip_whole(span: TimeSpan) -> None:
    """A closed datetime span, exact or approximate, reads back equal to itself."""
    if (
        span.start is None
        or span.end is None
        or span.modifier not in (Modifier.EXACT, Modifier.APPROX)
    ):
        return
    again = TimeSpan.from_iso(span.isoformat())
    assert again == span
    assert again.modifier is span.modifier


@given(durations())
def test_duration_text_form_round_trips(duration: Duration) -> None:
    """Duration.from_iso(d.isoformat()) has every amount of d (hedge and relation are not text)."""
    again = Duration.from_iso(duration.isoformat())
    assert again == attrs.evolve(duration, modifier=Modifier.EXACT, relation=None)
    assert again.isoformat() == duration.isoformat()


@given(durations(), st.datetimes(datetime(1, 1, 1), datetime(2100, 12, 31)))
def test_duration_to_relativedelta_moves_by_calendar_then_clock(
    duration: Duration, anchor: datetime
) -> None:
    """to_relativedelta() moves by years and months, then by the exact rest, always forward."""
    try:
        calendar = anchor + relativedelta(years=duration.years, months=duration.months)
        expected = calendar + timedelta(
            weeks=duration.weeks,
            days=duration.days,
            hours=duration.hours,
            minutes=duration.minutes,
            seconds=duration.seconds,
        )
    except (OverflowError, ValueError):
        return  # past year 9999: nothing to compare
    moved = anchor + duration.to_relativedelta()
    assert moved == expected
    assert moved > anchor
