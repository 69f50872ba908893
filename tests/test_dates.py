"""claimcheck.dates: the lenient reader of news dates, periods and durations."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.dates import DateMention, find_dates, normalize
from claimcheck.errors import DateError
from claimcheck.timespan import Duration, Granularity, Modifier, Relation, TimeSpan

ANCHOR = date(2024, 10, 16)  # a Wednesday
D = Granularity.DAY
W = Granularity.WEEK
M = Granularity.MONTH
Q = Granularity.QUARTER
Y = Granularity.YEAR
X = Granularity.DECADE


def span(
    start: str, end: str, granularity: Granularity, modifier: Modifier = Modifier.EXACT
) -> TimeSpan:
    """A TimeSpan from ISO dates, *end* exclusive."""
    return TimeSpan(date.fromisoformat(start), date.fromisoformat(end), granularity, modifier)


def day(iso: str) -> TimeSpan:
    """One day."""
    return TimeSpan.unit(D, date.fromisoformat(iso))


ABSOLUTE = [
    ("December 3, 2024", day("2024-12-03")),
    ("Dec. 3, 2024", day("2024-12-03")),
    ("Sept. 9 2021", day("2021-09-09")),
    ("3rd December 2024", day("2024-12-03")),
    ("the 3rd of December, 2024", day("2024-12-03")),
    ("Tuesday, December 3, 2024", day("2024-12-03")),
    ("Tue, 3 Dec 2024", day("2024-12-03")),
    ("2024-12-03", day("2024-12-03")),
    ("12/03/2024", day("2024-12-03")),
    ("25/12/2023", day("2023-12-25")),
    ("2023/12/25", day("2023-12-25")),
    ("October 2024", TimeSpan.month(2024, 10)),
    ("Oct. 2022", TimeSpan.month(2022, 10)),
    ("2019", TimeSpan.year(2019)),
    ("the year 1989", TimeSpan.year(1989)),
    ("the 1990s", TimeSpan.decade(1990)),
    ("the '80s", TimeSpan.decade(1980)),
    ("the 2010s", TimeSpan.decade(2010)),
]

FOREIGN = [
    ("03.04.2024", day("2024-04-03")),
    ("3.4.2024", day("2024-04-03")),
    ("2024年3月5日", day("2024-03-05")),
    ("2023年11月", TimeSpan.month(2023, 11)),
    ("3. Dezember 2024", day("2024-12-03")),
    ("1er décembre 2022", day("2022-12-01")),
    ("le 14 juillet 2023", day("2023-07-14")),
    ("5 de mayo de 2021", day("2021-05-05")),
    ("17. März 2020", day("2020-03-17")),
]

YEARLESS = [  # anchor Wednesday 16 October 2024, past bias
    ("18 October", day("2023-10-18")),
    ("16 October", day("2024-10-16")),
    ("Dec 3rd", day("2023-12-03")),
    ("December, 3", day("2023-12-03")),
    ("2 September", day("2024-09-02")),
    ("in January", TimeSpan.month(2024, 1)),
    ("in October", TimeSpan.month(2024, 10)),
    ("in November", TimeSpan.month(2023, 11)),
    ("on the 12th", day("2024-10-12")),
    ("on the 20th", day("2024-09-20")),
    ("Christmas Eve", day("2023-12-24")),
]

YEARLESS_FUTURE = [
    ("18 October", day("2024-10-18")),
    ("16 October", day("2024-10-16")),
    ("2 September", day("2025-09-02")),
    ("in January", TimeSpan.month(2025, 1)),
    ("in October", TimeSpan.month(2025, 10)),
    ("on the 12th", day("2024-11-12")),
    ("Christmas Eve", day("2024-12-24")),
    ("Friday", day("2024-10-18")),
]

WEEKDAYS = [
    ("Monday", day("2024-10-14")),
    ("on Wednesday", day("2024-10-16")),
    ("Thursday", day("2024-10-10")),
    ("last Friday", day("2024-10-11")),
    ("last Wednesday", day("2024-10-09")),
    ("next Wednesday", day("2024-10-23")),
    ("this Thursday", day("2024-10-17")),
    ("Monday last week", day("2024-10-07")),
    ("Tuesday morning", day("2024-10-15")),
    ("last weekend", span("2024-10-12", "2024-10-14", D)),
    ("this weekend", span("2024-10-19", "2024-10-21", D)),
    ("over the weekend", span("2024-10-12", "2024-10-14", D)),
]

DEICTIC = [
    ("yesterday", day("2024-10-15")),
    ("today", day("2024-10-16")),
    ("tomorrow", day("2024-10-17")),
    ("the day before yesterday", day("2024-10-14")),
    ("last night", day("2024-10-15")),
    ("this morning", day("2024-10-16")),
    ("tonight", day("2024-10-16")),
]

RELATIVE = [
    ("two years ago", TimeSpan.year(2022)),
    ("six months ago", TimeSpan.month(2024, 4)),
    ("a week ago", TimeSpan.iso_week(2024, 41)),
    ("two weeks ago", TimeSpan.iso_week(2024, 40)),
    ("three days ago", day("2024-10-13")),
    ("in two years", TimeSpan.year(2026)),
    ("earlier this month", span("2024-10-01", "2024-10-16", M, Modifier.START)),
    ("later this month", span("2024-10-17", "2024-11-01", M, Modifier.END)),
    ("earlier this week", span("2024-10-14", "2024-10-16", W, Modifier.START)),
    ("earlier this year", span("2024-01-01", "2024-10-16", Y, Modifier.START)),
    ("next year", TimeSpan.year(2025)),
    ("last year", TimeSpan.year(2023)),
    ("this year", TimeSpan.year(2024)),
    ("last month", TimeSpan.month(2024, 9)),
    ("next month", TimeSpan.month(2024, 11)),
    ("this week", TimeSpan.iso_week(2024, 42)),
    ("last week", TimeSpan.iso_week(2024, 41)),
    ("next week", TimeSpan.iso_week(2024, 43)),
    ("October of last year", TimeSpan.month(2023, 10)),
    ("last March", TimeSpan.month(2024, 3)),
    ("next March", TimeSpan.month(2025, 3)),
    ("the past two years", span("2022-01-01", "2024-01-01", Y)),
    ("within the next decade", span("2024-10-16", "2034-10-16", X)),
]

PARTS = [
    ("early December 2024", span("2024-12-01", "2024-12-11", M, Modifier.START)),
    ("mid-October 2023", span("2023-10-11", "2023-10-21", M, Modifier.MID)),
    ("late June 2024", span("2024-06-21", "2024-07-01", M, Modifier.END)),
    ("the end of June 2024", span("2024-06-21", "2024-07-01", M, Modifier.END)),
    ("mid-2025", span("2025-05-01", "2025-09-01", Y, Modifier.MID)),
    ("late 2023", span("2023-09-01", "2024-01-01", Y, Modifier.END)),
    ("early 2020", span("2020-01-01", "2020-05-01", Y, Modifier.START)),
    ("the end of the year", span("2024-12-01", "2025-01-01", Y, Modifier.END)),
    ("by the end of 2026", span("2026-12-01", "2027-01-01", Y, Modifier.END)),
    ("late last year", span("2023-09-01", "2024-01-01", Y, Modifier.END)),
    ("the first half of 2025", span("2025-01-01", "2025-07-01", Q)),
    ("the second half of 2023", span("2023-07-01", "2024-01-01", Q)),
    ("spring 2024", span("2024-03-01", "2024-06-01", Q)),
    ("this spring", span("2025-03-01", "2025-06-01", Q)),
    ("last summer", span("2024-06-01", "2024-09-01", Q)),
    ("the third quarter", TimeSpan.quarter(2024, 3)),
    ("the fourth quarter", TimeSpan.quarter(2024, 4)),
    ("Q1 2023", TimeSpan.quarter(2023, 1)),
    ("the third quarter of 2022", TimeSpan.quarter(2022, 3)),
    ("the early 1990s", span("1990-01-01", "1994-01-01", X, Modifier.START)),
]

RANGES = [
    ("9-11 July", span("2024-07-09", "2024-07-12", D)),
    ("9-11 July 2023", span("2023-07-09", "2023-07-12", D)),
    ("July 9 to 11, 2023", span("2023-07-09", "2023-07-12", D)),
    ("from 2014 to 2024", span("2014-01-01", "2025-01-01", Y)),
    ("between 2001 and 2005", span("2001-01-01", "2006-01-01", Y)),
    ("2019-2021", span("2019-01-01", "2022-01-01", Y)),
    ("between March and May", span("2024-03-01", "2024-06-01", M)),
    ("from March to May 2022", span("2022-03-01", "2022-06-01", M)),
    ("30 June to 2 July 2024", span("2024-06-30", "2024-07-03", D)),
    ("Monday to Wednesday", span("2024-10-14", "2024-10-17", D)),
]

OPEN = [
    ("since 2008", TimeSpan(date(2008, 1, 1), None, Y, Modifier.ON_OR_AFTER)),
    ("before 2020", TimeSpan(None, date(2020, 1, 1), Y, Modifier.BEFORE)),
    ("until March 2025", TimeSpan(None, date(2025, 4, 1), M, Modifier.ON_OR_BEFORE)),
    ("after 1 May 2021", TimeSpan(date(2021, 5, 2), None, D, Modifier.AFTER)),
    ("around 2014", TimeSpan(date(2014, 1, 1), date(2015, 1, 1), Y, Modifier.APPROX)),
]

DURATIONS = [
    ("for 16 years", Duration(years=16)),
    ("two years", Duration(years=2)),
    ("48 hours", Duration(hours=48)),
    ("five-year", Duration(years=5)),
    ("more than a year", Duration(years=1, modifier=Modifier.MORE_THAN)),
    ("nearly a decade", Duration(years=10, modifier=Modifier.APPROX)),
    ("two and a half years", Duration(years=2, months=6)),
    ("a year and a half", Duration(years=1, months=6)),
    ("at least three weeks", Duration(weeks=3, modifier=Modifier.EQUAL_OR_MORE)),
    ("less than 24 hours", Duration(hours=24, modifier=Modifier.LESS_THAN)),
    ("up to six months", Duration(months=6, modifier=Modifier.EQUAL_OR_LESS)),
    ("about 18 months", Duration(months=18, modifier=Modifier.APPROX)),
    ("two years and three months", Duration(years=2, months=3)),
]

EVENT_RELATIVE = [
    ("two months before", Duration(months=2, relation=Relation.BEFORE)),
    ("three days later", Duration(days=3, relation=Relation.AFTER)),
    ("a week earlier", Duration(weeks=1, relation=Relation.BEFORE)),
    ("the following week", Duration(weeks=1, relation=Relation.AFTER)),
    ("the next day", Duration(days=1, relation=Relation.AFTER)),
    ("the previous year", Duration(years=1, relation=Relation.BEFORE)),
    (
        "more than a year later",
        Duration(years=1, modifier=Modifier.MORE_THAN, relation=Relation.AFTER),
    ),
]

NAMED = [
    ("Good Friday 2024", day("2024-03-29")),
    ("last Thanksgiving", day("2023-11-23")),
    ("next Christmas", day("2024-12-25")),
    ("the first Monday of October 2024", day("2024-10-07")),
    ("the fifth last day of May 2024", day("2024-05-27")),
    ("the last week of September 2014", TimeSpan.iso_week(2014, 39)),
    ("three Fridays from now", day("2024-11-01")),
    ("2 Thursdays ago", day("2024-10-03")),
    ("the 20th of next month", day("2024-11-20")),
    ("31-Oct-74", day("1974-10-31")),
    ("the night of 14 October 2023", day("2023-10-14")),
    ("no later than 31 December 2024", TimeSpan(None, date(2025, 1, 1), D, Modifier.ON_OR_BEFORE)),
    ("from late June to early August 2024", span("2024-06-21", "2024-08-11", M)),
    ("in two weeks' time", TimeSpan.iso_week(2024, 44)),
    ("for 2½ years", Duration(years=2, months=6)),
    ("for 3 1/2 years", Duration(years=3, months=6)),
]

NON_DATES = [
    "May",
    "may",
    "march",
    "the march",
    "2,000",
    "$2014",
    "£1,500",
    "45%",
    "3-1",
    "2-0",
    "3:1",
    "Article 12",
    "section 2014",
    "the 3rd time",
    "21st century",
    "one",
    "12",
    "7.5",
    "Sunday Times",
    "3.14",
    "192.168.1.1",
    "a second",
    "twice a year",
    "the 1500 troops",
    "Model 3",
    "version 2.4.1",
    "",
    "   ",
    "\x00\x01",
    "fall",
    "No. 1984",
    "every two years",
]


def _check(text: str, expected: TimeSpan | Duration, **kwargs: object) -> None:
    """Assert that *text* reads as *expected* at the anchor."""
    result = normalize(text, anchor=ANCHOR, **kwargs)  # type: ignore[arg-type]
    assert result == expected, f"{text!r}: got {result}, expected {expected}"


@pytest.mark.parametrize(("text", "expected"), ABSOLUTE)
def test_absolute_dates(text: str, expected: TimeSpan) -> None:
    """Absolute dates in common news formats read as their unit."""
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), FOREIGN)
def test_foreign_formats(text: str, expected: TimeSpan) -> None:
    """Dotted day-first dates, CJK dates and German, French, Spanish month names read."""
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), YEARLESS)
def test_yearless_dates_point_back(text: str, expected: TimeSpan) -> None:
    """Dates without year resolve to the most recent occurrence, the anchor included."""
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), YEARLESS_FUTURE)
def test_future_tense_points_forward(text: str, expected: TimeSpan) -> None:
    """With a future tense, incomplete dates resolve to the next occurrence."""
    _check(text, expected, tense="future")


@pytest.mark.parametrize(("text", "expected"), YEARLESS_FUTURE)
def test_prefer_future_is_one_argument(text: str, expected: TimeSpan) -> None:
    """prefer="future" gives the scheduling reading when no tense is given."""
    _check(text, expected, prefer="future")


def test_future_weekday_of_the_anchor_day() -> None:
    """A bare weekday that is the anchor's own points a week on in the future tense, as under a
    scheduler's preference, and at the anchor day in the past tense."""
    _check("Wednesday", day("2024-10-23"), tense="future")
    _check("on Wednesday", day("2024-10-23"), tense="future")
    _check("Wednesday", day("2024-10-23"), prefer="future")
    _check("Wednesday", day("2024-10-16"), tense="past")


def test_this_weekend_follows_a_past_tense() -> None:
    """"this weekend" in a past-tense sentence is the weekend just gone; otherwise the coming one."""
    _check("this weekend", span("2024-10-12", "2024-10-14", D), tense="past")
    _check("this weekend", span("2024-10-19", "2024-10-21", D))


@pytest.mark.parametrize(("text", "expected"), WEEKDAYS)
def test_weekdays(text: str, expected: TimeSpan) -> None:
    """Bare and modified weekdays and weekends follow the nearest-occurrence conventions."""
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), DEICTIC)
def test_deictic_days(text: str, expected: TimeSpan) -> None:
    """Yesterday, today, tomorrow and their kin are single days around the anchor."""
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), RELATIVE)
def test_relative_units(text: str, expected: TimeSpan) -> None:
    """Relative expressions are the calendar unit they name."""
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), PARTS)
def test_parts_of_periods(text: str, expected: TimeSpan) -> None:
    """Early, mid, late, end, halves, seasons, quarters and decade parts narrow the unit."""
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_ranges(text: str, expected: TimeSpan) -> None:
    """Ranges run from the first named unit to the end of the last."""
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), OPEN)
def test_open_and_approximate(text: str, expected: TimeSpan) -> None:
    """Since, before, until and after open the interval; around makes it approximate."""
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), DURATIONS)
def test_durations(text: str, expected: Duration) -> None:
    """Lengths are Durations with their hedge, never dates."""
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), EVENT_RELATIVE)
def test_event_relative_offsets(text: str, expected: Duration) -> None:
    """Offsets from an event are Durations with a Relation, never resolved to a date."""
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), NAMED)
def test_holidays_counted_days_and_other_forms(text: str, expected: TimeSpan | Duration) -> None:
    """Holidays, ordinal and counted days, parts of day, deadlines and fractional lengths read."""
    _check(text, expected)


@pytest.mark.parametrize("text", NON_DATES)
def test_non_dates(text: str) -> None:
    """Numbers, money, scores, ordinals, the name May and the verb march are not dates."""
    assert normalize(text, anchor=ANCHOR) is None


def test_times_with_zone() -> None:
    """A date with a clock time and a zone is a datetime span in that zone."""
    result = normalize("December 3, 2024 at 2:30 p.m. EST", anchor=ANCHOR)
    assert result == TimeSpan.moment(
        datetime(2024, 12, 3, 14, 30, tzinfo=timezone(timedelta(hours=-5)))
    )


def test_hours_from_an_aware_anchor() -> None:
    """ "in 24 hours" is the hour that starts 24 hours after the anchor instant."""
    anchor = datetime(2024, 10, 16, 9, 15, tzinfo=ZoneInfo("Europe/London"))
    result = normalize("in 24 hours", anchor=anchor)
    assert result == TimeSpan.moment(anchor + timedelta(hours=24), length=timedelta(hours=1))


def test_anchor_uses_its_local_date() -> None:
    """The anchor's own calendar date counts, not the UTC one."""
    late = datetime(2024, 10, 16, 23, 30, tzinfo=ZoneInfo("America/New_York"))
    assert normalize("yesterday", anchor=late) == day("2024-10-15")


def test_naive_anchor_is_refused() -> None:
    """A naive datetime anchor raises a DateError that says what to pass."""
    with pytest.raises(DateError, match="aware datetime"):
        normalize("yesterday", anchor=datetime(2024, 10, 16, 9, 0))


@pytest.mark.parametrize(
    "text",
    [
        "31 February 2024",
        "year 0",
        "the year 0",
        "10000",
        "0000-01-01",
        "2024-13-01",
        "30 February",
    ],
)
def test_out_of_range_dates(text: str) -> None:
    """Impossible dates and years outside the calendar give None."""
    assert normalize(text, anchor=ANCHOR) is None


# -- text mode ---------------------------------------------------------------------------

TEXT = (
    "The minister resigned on Monday, two years after taking office in March 2022. "
    "Talks will resume next Friday, and the treaty expires in January. "
    "The company sold 2,000 units for $1,500 each in the third quarter."
)


def test_find_dates_spans_and_values() -> None:
    """find_dates returns each expression with its exact text, offset and value."""
    found = find_dates(TEXT, anchor=ANCHOR)
    assert [(m.text, m.value) for m in found] == [
        ("Monday", day("2024-10-14")),
        ("two years after", Duration(years=2, relation=Relation.AFTER)),
        ("March 2022", TimeSpan.month(2022, 3)),
        ("next Friday", day("2024-10-18")),
        ("January", TimeSpan.month(2025, 1)),
        ("the third quarter", TimeSpan.quarter(2024, 3)),
    ]


def test_find_dates_infers_tense() -> None:
    """The tense of each mention's sentence is read from its markers."""
    found = find_dates(TEXT, anchor=ANCHOR)
    assert [m.tense for m in found] == ["past", "past", "past", "future", "future", "past"]


def test_reported_would_points_forward() -> None:
    """A reported "would" makes a bare weekday point forward."""
    found = find_dates("She said the vote would take place on Thursday.", anchor=ANCHOR)
    assert [(m.text, m.value, m.tense) for m in found] == [
        ("Thursday", day("2024-10-17"), "future")
    ]


@pytest.mark.parametrize("verb", ["takes office", "begins", "opens", "starts"])
def test_a_present_that_schedules_points_forward(verb: str) -> None:
    """A present tense that schedules ("takes office on 20 January") points a date without
    its year forward, as a future tense does."""
    (found,) = find_dates(f"The new chief {verb} on 20 January.", anchor=date(2024, 12, 2))
    assert (found.value, found.tense) == (day("2025-01-20"), "future")


@pytest.mark.parametrize(
    ("text", "tense", "day"),
    [
        ("Defence ministers meet in Oslo on Thursday and talk budgets.", "future", "2031-03-13"),
        ("The premier arrives in Lisbon on Thursday for talks.", "future", "2031-03-13"),
        ("The two leaders hold talks on Thursday.", "future", "2031-03-13"),
        ("The two sides agreed to meet on Thursday.", "past", "2031-03-06"),
        ("The envoys did not meet on Thursday.", "past", "2031-03-06"),
    ],
)
def test_a_scheduling_present_points_a_weekday_forward(text: str, tense: str, day: str) -> None:
    """A present-simple plan ("ministers meet on Thursday") names the coming day; after "to",
    "not" or an auxiliary the verb leaves the tense to the words around it."""
    (mention,) = find_dates(text, anchor=date(2031, 3, 10))
    assert (mention.tense, mention.value.isoformat()) == (tense, day)


def test_a_tense_does_not_reach_across_a_blank_line() -> None:
    """A list line above a blank line ("- Rutte meets the press") lends no tense to a day
    heading below it, which keeps the past reading of a live blog."""
    text = "- The premier meets the press\n\nThursday 6 March\n\nLeaders gather in the hall"
    (mention,) = find_dates(text, anchor=date(2031, 3, 10))
    assert (mention.tense, mention.value.isoformat()) == (None, "2031-03-06")


def test_find_dates_skips_names_and_numbers() -> None:
    """Names that contain a month or weekday, and bare numbers, are not mentions."""
    text = "Theresa May told the Sunday Times that 1500 people may march on 12 streets."
    assert find_dates(text, anchor=ANCHOR) == []


@pytest.mark.parametrize(
    "text",
    [
        "Subscribers pay $10 a month for the service.",
        "For the price of a sandwich a week you can support us.",
        "They hope the country will join the alliance one day.",
        "The ministers met on Tuesday or Wednesday, the second day of the summit.",
    ],
)
def test_rates_and_idioms_are_not_lengths(text: str) -> None:
    """Rates ("a month"), the idiom "one day" and ordinal nouns are not temporal values."""
    found = [m.text for m in find_dates(text, anchor=ANCHOR)]
    assert not any(t in ("a month", "a week", "one day", "Wednesday, the second") for t in found)


# -- properties --------------------------------------------------------------------------

anchors = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
SHIFTABLE = [
    *WEEKDAY_NAMES,
    *(f"last {w}" for w in WEEKDAY_NAMES),
    *(f"next {w}" for w in WEEKDAY_NAMES),
    "yesterday",
    "tomorrow",
    "last week",
    "next week",
    "this week",
    "three days ago",
    "a week ago",
    "this weekend",
    "last weekend",
    "the day before yesterday",
]
SAMPLES = [
    text
    for text, _ in ABSOLUTE
    + FOREIGN
    + YEARLESS
    + WEEKDAYS
    + DEICTIC
    + RELATIVE
    + PARTS
    + RANGES
    + OPEN
]


@given(anchor=anchors, text=st.sampled_from(SAMPLES))
def test_idempotent_on_iso_form(anchor: date, text: str) -> None:
    """normalize reads the ISO form of its own output back to the same interval.

    The ISO text keeps the bounds and the approximate mark but not START/MID/END or the
    before/on-or-before difference, so the interval (start, end) is compared, and the
    granularity wherever the text names a whole unit.
    """
    first = normalize(text, anchor=anchor)
    if not isinstance(first, TimeSpan):
        return
    again = normalize(first.isoformat(), anchor=anchor)
    assert isinstance(again, TimeSpan)
    assert (again.start, again.end) == (first.start, first.end)
    if first.modifier is Modifier.EXACT and re.fullmatch(
        r"\d{4}(-\d{2}){0,2}|\d{4}-(W|Q)\d+", first.isoformat()
    ):
        assert again.granularity is first.granularity


@given(anchor=anchors, weeks=st.integers(-520, 520), text=st.sampled_from(SHIFTABLE))
def test_whole_week_shift(anchor: date, weeks: int, text: str) -> None:
    """Moving the anchor by whole weeks moves weekday and relative results by as much."""
    delta = timedelta(weeks=weeks)
    before = normalize(text, anchor=anchor)
    after = normalize(text, anchor=anchor + delta)
    assert isinstance(before, TimeSpan) and isinstance(after, TimeSpan)
    assert after.start == before.start + delta  # type: ignore[operator]
    assert after.end == before.end + delta  # type: ignore[operator]


@given(anchor=anchors, weekday=st.sampled_from(WEEKDAY_NAMES))
def test_bare_weekday_direction(anchor: date, weekday: str) -> None:
    """A past bare weekday lies in the 7 days ending at the anchor, and a future-tense one, as
    one read with ``prefer="future"`` alone, in the 7 days after it."""
    past = normalize(weekday, anchor=anchor, tense="past")
    future = normalize(weekday, anchor=anchor, tense="future")
    scheduled = normalize(weekday, anchor=anchor, prefer="future")
    assert isinstance(past, TimeSpan) and isinstance(future, TimeSpan)
    assert isinstance(scheduled, TimeSpan)
    assert anchor - timedelta(days=6) <= past.start <= anchor  # type: ignore[operator]
    assert anchor < future.start <= anchor + timedelta(days=7)  # type: ignore[operator]
    assert anchor < scheduled.start <= anchor + timedelta(days=7)  # type: ignore[operator]
    days = {s.start.strftime("%A") for s in (past, future, scheduled)}  # type: ignore[union-attr]
    assert days == {weekday}


@given(
    anchor=anchors,
    month=st.integers(1, 12),
    day_=st.integers(1, 31),
    tense=st.sampled_from(["past", "future"]),
    style=st.integers(0, 2),
)
def test_day_month_contains_itself(
    anchor: date, month: int, day_: int, tense: str, style: int
) -> None:
    """A day and month without year reads as a day with that day and month."""
    name = MONTH_NAMES[month - 1]
    text = [f"{day_} {name}", f"{name} {day_}", f"{name} {day_}th"][style]
    result = normalize(text, anchor=anchor, tense=tense)  # type: ignore[arg-type]
    try:
        date(2024, month, day_)
    except ValueError:
        assert result is None
        return
    assert isinstance(result, TimeSpan) and result.granularity is D
    assert (result.start.month, result.start.day) == (month, day_)  # type: ignore[union-attr]
    assert result.start <= anchor if tense == "past" else result.start >= anchor  # type: ignore[operator]


WORDS = [
    "on",
    "Monday",
    "3",
    "May",
    "2024",
    ",",
    "-",
    "last",
    "week",
    "in",
    "the",
    "of",
    "years",
    "ago",
    "since",
    "to",
    "Dec.",
    "early",
    "12/03/2024",
    "two",
    "and",
    "March",
    "Friday",
    ".",
    "will",
    "said",
    "between",
    "mid",
    "2,000",
    "$",
]


@given(st.lists(st.sampled_from(WORDS), max_size=25))
def test_mentions_are_disjoint_substrings(words: list[str]) -> None:
    """find_dates' spans are the text at their offsets and never overlap."""
    text = " ".join(words)
    last_end = 0
    for mention in find_dates(text, anchor=ANCHOR):
        assert isinstance(mention, DateMention)
        assert text[mention.offset : mention.offset + len(mention.text)] == mention.text
        assert mention.offset >= last_end
        last_end = mention.offset + len(mention.text)


@given(text=st.text(max_size=200), tense=st.sampled_from([None, "past", "future"]))
def test_no_input_raises(text: str, tense: str | None) -> None:
    """Any string is safe in both modes."""
    normalize(text, anchor=ANCHOR, tense=tense)  # type: ignore[arg-type]
    find_dates(text, anchor=ANCHOR)


@given(
    text=st.text(
        alphabet=st.sampled_from(list("0123456789 .,-/:'年月日MayJanuaryMonday")), max_size=120
    )
)
def test_no_date_shaped_input_raises(text: str) -> None:
    """Digit and punctuation soups near date syntax never raise."""
    normalize(text, anchor=ANCHOR)
    find_dates(text, anchor=ANCHOR)


def test_huge_inputs_are_safe() -> None:
    """A megabyte of digits, or of mixed scripts, returns without error."""
    assert normalize("9" * 1_000_000, anchor=ANCHOR) is None
    assert find_dates("7" * 1_000_000, anchor=ANCHOR) == []
    mixed = "Ωμέγα 東京 مرحبا 12 " * 2000
    assert isinstance(find_dates(mixed, anchor=ANCHOR), list)


SENTENCES = [
    (
        "Within a month of taking office, she had fired three ministers.",
        "Within a month",
        Duration(months=1, modifier=Modifier.EQUAL_OR_LESS, relation=Relation.AFTER),
        "past",
    ),
    (
        "The ceasefire held for 72 hours before fighting resumed.",
        "72 hours",
        Duration(hours=72),
        "past",
    ),
    (
        "The club struggled in the 2011-12 season.",
        "2011-12",
        span("2011-01-01", "2013-01-01", Y),
        "past",
    ),
    (
        "The minister said earlier today that talks had failed.",
        "earlier today",
        day("2024-10-16"),
        "past",
    ),
    (
        "Officials said the troops would be deployed starting in November.",
        "November",
        TimeSpan.month(2024, 11),
        "future",
    ),
    (
        "The talks, which began on Monday, are expected to end on Friday.",
        "Monday",
        day("2024-10-14"),
        "past",
    ),
    (
        "Prices rose 2.4% in September, the office said.",
        "September",
        TimeSpan.month(2024, 9),
        "past",
    ),
    (
        "The firm will publish third-quarter results next week.",
        "third-quarter",
        TimeSpan.quarter(2024, 3),
        "future",
    ),
    ("It was the sharpest fall in three months.", "three months", Duration(months=3), "past"),
    (
        "Police said late Tuesday that the road had reopened.",
        "late Tuesday",
        day("2024-10-15"),
        "past",
    ),
    ("Tuesday's vote was close, officials said.", "Tuesday's", day("2024-10-15"), "past"),
    (
        "Updated 14:32 GMT, 3 October 2024",
        "14:32 GMT, 3 October 2024",
        TimeSpan.moment(datetime(2024, 10, 3, 14, 32, tzinfo=timezone.utc)),
        "past",
    ),
]


@pytest.mark.parametrize(("sentence", "mention", "value", "tense"), SENTENCES)
def test_sentence_tense_and_value(
    sentence: str, mention: str, value: TimeSpan | Duration, tense: str
) -> None:
    """Passive participles, decimal points and reporting nouns do not mislead the tense."""
    found = {m.text: (m.value, m.tense) for m in find_dates(sentence, anchor=ANCHOR)}
    assert found[mention] == (value, tense)


@pytest.mark.parametrize("options", [{"tense": "present"}, {"prefer": "backwards"}])
def test_bad_direction_is_refused(options: dict[str, str]) -> None:
    """A tense or direction other than "past" and "future" raises a DateError naming it."""
    with pytest.raises(DateError, match="must be"):
        normalize("Friday", anchor=ANCHOR, **options)  # type: ignore[arg-type]


def test_anchor_of_wrong_type_is_refused() -> None:
    """An anchor that is neither a date nor an aware datetime raises a DateError."""
    with pytest.raises(DateError, match="anchor"):
        find_dates("on Friday", anchor="2024-10-16")  # type: ignore[arg-type]


_TUESDAY = date(2013, 2, 12)


@pytest.mark.parametrize(
    ("text", "news", "scheduling"),
    [
        ("next Wednesday", "2013-02-13", "2013-02-20"),
        ("a week ago", "2013-W06", "2013-02-05"),
        ("three months hence", "2013-05", "2013-05-12"),
        ("two years ago", "2011", "2011-02"),
        ("this summer", "2013-06-01/2013-08-31", "2013-06-21/2013-09-23"),
        ("end of 2012", "2012-12-01/2012-12-31", "2012-09-01/2012-12-31"),
        ("BOY", "2013-01-01/2013-01-31", "2013-01-01/2013-03-31"),
        ("the following week", "P1W", "2013-W08"),
        ("beginning of the following week", None, "2013-02-18/2013-02-20"),
        ("upcoming two days", "2013-02-13/2013-02-14", "2013-02-14"),
        ("2 upcoming quarters", "2013-Q2/2013-Q3", "2013-Q3"),
    ],
)
def test_scheduling_reading_differs_only_where_use_decides(
    text: str, news: str | None, scheduling: str
) -> None:
    """prefer="future" gives the scheduling reading; the default keeps the news conventions."""
    value = normalize(text, anchor=_TUESDAY)
    assert (None if value is None else value.isoformat()) == news
    future = normalize(text, anchor=_TUESDAY, prefer="future")
    assert future is not None and future.isoformat() == scheduling


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the closest Monday to Oct 5th", "2013-10-07"),
        ("the second closest Mon to October fifth", "2013-09-30"),
        ("the closest xmas to today", "2012-12-25"),
        ("the 3rd closest xmas to today", "2011-12-25"),
        ("thanksgiving 3 months ago", "2012-11-22"),
        ("Diwali in 2019", "2019-10-27"),
    ],
)
def test_closest_and_shifted_holidays(text: str, expected: str) -> None:
    """Occurrences rank by distance to their target; a shifted holiday takes the shift's year."""
    value = normalize(text, anchor=_TUESDAY, prefer="future")
    assert value is not None and value.isoformat() == expected


@given(st.dates(date(1990, 1, 1), date(2030, 12, 31)), st.sampled_from(["next", "last", "this"]))
def test_weekday_readings_stay_within_two_weeks(anchor: date, rel: str) -> None:
    """Every reading of a modified weekday lies within 14 days of the anchor, in both modes."""
    for prefer in ("past", "future"):
        value = normalize(f"{rel} Friday", anchor=anchor, prefer=prefer)  # type: ignore[arg-type]
        assert isinstance(value, TimeSpan) and value.start is not None
        assert abs((value.start - anchor).days) <= 14  # type: ignore[operator]


@pytest.mark.parametrize("weekday", ["Monday", "Tuesday", "Friday", "Sunday"])
def test_weekday_never_moves_a_yearless_date(weekday: str) -> None:
    """The tense rule alone places "<weekday>, December 4"; the weekday never picks the year."""
    anchor = date(2024, 12, 10)
    assert str(normalize(f"{weekday}, December 4", anchor=anchor)) == "2024-12-04"
    assert str(normalize(f"{weekday}, December 4", anchor=anchor, tense="future")) == "2025-12-04"


def test_year_in_words_after_a_holiday_only_in_expression_mode() -> None:
    """ "two thousand ten" is a year after a holiday name in an expression, never in text."""
    assert str(normalize("Easter Sunday two thousand ten", anchor=ANCHOR)) == "2010-04-04"
    assert normalize("two thousand people", anchor=ANCHOR) is None
    found = find_dates("Some two thousand people came at Christmas.", anchor=ANCHOR)
    assert [m.text for m in found] == ["Christmas"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("all week", "2024-W42"),
        ("the rest of the week", "2024-10-16/2024-10-20"),
        ("rest of this month", "2024-10-16/2024-10-31"),
        ("the ides of March", "2024-03-15"),
    ],
)
def test_whole_unit_rest_of_unit_and_the_ides(text: str, expected: str) -> None:
    """ "all week" is the anchor's ISO week; "the rest of" runs from the anchor to the unit's end."""
    value = normalize(text, anchor=ANCHOR)
    assert value is not None and value.isoformat() == expected


def test_other_calendars_holidays_need_title_case_in_running_text() -> None:
    """In text, a holiday of another calendar is read only when its words are capitalized."""
    text = "Great fast growth followed. Families kept Great Lent and Eid al-Fitr."
    found = find_dates(text, anchor=ANCHOR)
    assert [(m.text, str(m.value)) for m in found] == [
        ("Great Lent", "2024-03-18/2024-04-26"),
        ("Eid al-Fitr", "2024-04-10"),
    ]


@pytest.mark.parametrize(
    ("text", "tense", "day"),
    [
        ("The minister set out her budget in Vienna on 3 March.", None, "2031-03-03"),
        ("The envoy set up a fund in Riga on 3 March.", None, "2031-03-03"),
        ("The hearing is set for 9 March.", "future", "2031-03-09"),
        ("Talks are set to resume on 9 March.", "future", "2031-03-09"),
    ],
)
def test_set_schedules_only_before_to_or_for(text: str, tense: str | None, day: str) -> None:
    """"set to"/"set for" point ahead; "set out", "set up" are deeds that schedule nothing."""
    (mention,) = find_dates(text, anchor=date(2031, 3, 6))
    assert mention.tense == tense
    assert mention.value.isoformat() == day


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("The envoy's mandate runs to the next summit, in June.", "future", "2031-06"),
        ("Her term as chair lasts until 30 June.", "future", "../2031-06-30"),
        ("The ceasefire ends in January.", "future", "2032-01"),
        ("The talks run through Friday, officials say.", "future", "../2031-03-07"),
        ("The club runs a shelter that opened in June.", "past", "2030-06"),
        ("The last delegates left in June.", "past", "2030-06"),
        ("The army continues to shell the town in June.", None, "2030-06"),
        ("The truce extends into June.", "future", "2031-06"),
    ],
)
def test_a_present_of_duration_told_with_its_end_points_forward(text: str, tense: str, value: str) -> None:
    """"Runs to", "lasts until", "ends in" tell when something still going on will end, as
    "expires" does; "runs a shelter", the adjective "last" or "continues to" with an
    infinitive set no tense."""
    mention = [m for m in find_dates(text, anchor=date(2031, 3, 6)) if not isinstance(m.value, Duration)][-1]
    assert (mention.tense, mention.value.isoformat()) == (tense, value)


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("Ilse Vogt, who won the runoff on 4 March and will take office in May, thanked voters.", "past", "2031-03-04"),
        ("The council met on 4 March but will vote on the budget in April.", "past", "2031-03-04"),
        ("Talks on 9 March and 10 March will settle it.", "future", "2031-03-09"),
    ],
)
def test_a_tense_after_and_belongs_to_the_next_verb(text: str, tense: str, value: str) -> None:
    """A marker after "and", "but" or "or" tells the tense of the verb phrase it opens: the
    past verb before the date decides it, where there is one."""
    mention = find_dates(text, anchor=date(2031, 3, 6))[0]
    assert (mention.tense, mention.value.isoformat()) == (tense, value)


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("She will chair the panel with Karl Brandt, sworn in on 4 March, at her side.", "past", "2031-03-04"),
        ("Karl Brandt, chosen on 2 March, will chair the panel.", "past", "2031-03-02"),
        ("Karl Brandt will be sworn in on 4 March.", "future", "2032-03-04"),
    ],
)
def test_a_participle_not_ending_in_ed_tells_a_past(text: str, tense: str, value: str) -> None:
    """"Sworn in on 4 March" after a comma is past, like "elected on 4 March"; after "be" the
    participle leaves the tense to the auxiliary."""
    (mention,) = find_dates(text, anchor=date(2031, 3, 6))
    assert (mention.tense, mention.value.isoformat()) == (tense, value)
