"""claimcheck.dates: parts of periods joined or introduced by "in", the small hours of a day,
spans of named months, fortnights counted from the anchor, and two-year seasons."""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.dates import find_dates, normalize
from claimcheck.timespan import Granularity, Modifier, TimeSpan

ANCHOR = date(2026, 3, 18)  # a Wednesday
MONTH_NAMES = list(calendar.month_name)[1:]


def _span(text: str, anchor: date = ANCHOR, **kwargs: object) -> TimeSpan:
    value = normalize(text, anchor=anchor, **kwargs)  # type: ignore[arg-type]
    assert isinstance(value, TimeSpan), f"{text!r}: got {value!r}"
    return value


@pytest.mark.parametrize(
    ("text", "start", "end", "granularity", "modifier"),
    [
        ("mid-to-late March 2025", "2025-03-11", "2025-04-01", "month", "end"),
        ("mid to late 2025", "2025-05-01", "2026-01-01", "year", "end"),
        ("early-to-mid 2024", "2024-01-01", "2024-09-01", "year", "mid"),
        ("early to late June 2023", "2023-06-01", "2023-07-01", "month", "end"),
        ("mid-late October 2022", "2022-10-11", "2022-11-01", "month", "end"),
        ("late in 2024", "2024-09-01", "2025-01-01", "year", "end"),
        ("early in 2019", "2019-01-01", "2019-05-01", "year", "start"),
        ("late in the year", "2026-09-01", "2027-01-01", "year", "end"),
        ("early in May 2021", "2021-05-01", "2021-05-11", "month", "start"),
    ],
)
def test_joined_and_introduced_parts(
    text: str, start: str, end: str, granularity: str, modifier: str
) -> None:
    """Two parts joined by "to" or a dash cover both, with the later part's modifier; "late
    in" and "early in" read as "late" and "early"."""
    value = _span(text)
    assert (str(value.start), str(value.end)) == (start, end)
    assert (value.granularity.value, value.modifier.value) == (granularity, modifier)


def test_parts_out_of_order_are_not_joined() -> None:
    """ "late-to-early March" names no span: it is not read."""
    assert normalize("late-to-early March 2025", anchor=ANCHOR) is None


@pytest.mark.parametrize(
    ("text", "start", "end", "modifier"),
    [
        ("later in 2026", "2026-03-19", "2027-01-01", "end"),
        ("earlier in 2026", "2026-01-01", "2026-03-18", "start"),
        ("later in 2024", "2024-09-01", "2025-01-01", "end"),
        ("earlier in 2024", "2024-01-01", "2024-05-01", "start"),
        ("earlier in March", "2026-03-01", "2026-03-18", "start"),
        ("later in the month", "2026-03-19", "2026-04-01", "end"),
    ],
)
def test_earlier_and_later_in_a_period(text: str, start: str, end: str, modifier: str) -> None:
    """ "earlier in" and "later in" cut the anchor's own period at the anchor date; another
    period has no anchor in it, so they name its early or late part."""
    value = _span(text)
    assert (str(value.start), str(value.end), value.modifier.value) == (start, end, modifier)


INNER_DAYS = st.dates(date(1950, 1, 1), date(2080, 12, 31)).filter(
    lambda day: (day.month, day.day) not in ((1, 1), (12, 31))
)


@given(anchor=INNER_DAYS, later=st.booleans())
def test_earlier_or_later_in_the_anchor_year_touches_the_anchor(anchor: date, later: bool) -> None:
    """In the anchor's own year, "later in" starts the day after the anchor and "earlier in"
    ends at it."""
    value = _span(f"{'later' if later else 'earlier'} in {anchor.year}", anchor)
    assert value.granularity is Granularity.YEAR
    if later:
        assert (value.start, value.end) == (anchor + timedelta(days=1), date(anchor.year + 1, 1, 1))
    else:
        assert (value.start, value.end) == (date(anchor.year, 1, 1), anchor)


def test_earlier_in_the_year_on_its_first_day_is_empty() -> None:
    """On 1 January nothing of the year lies before the anchor: "earlier in" it is not read."""
    assert normalize("earlier in 2026", anchor=date(2026, 1, 1)) is None
    assert normalize("later in 2026", anchor=date(2026, 12, 31)) is None


@given(
    year=st.integers(1900, 2100),
    month=st.integers(1, 12),
    parts=st.sampled_from([("early", "mid"), ("mid", "late"), ("early", "late")]),
)
def test_joined_parts_are_the_union_of_both(
    year: int, month: int, parts: tuple[str, str]
) -> None:
    """ "<part>-to-<part> <Month> <year>" starts where the first part starts and ends where the
    second ends."""
    name = MONTH_NAMES[month - 1]
    first = _span(f"{parts[0]} {name} {year}")
    last = _span(f"{parts[1]} {name} {year}")
    joined = _span(f"{parts[0]}-to-{parts[1]} {name} {year}")
    assert (joined.start, joined.end) == (first.start, last.end)
    assert joined.modifier is last.modifier and joined.granularity is Granularity.MONTH


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("in the small hours of Sunday", date(2025, 6, 9), "2025-06-08"),
        ("the early hours of 5 June 2024", ANCHOR, "2024-06-05"),
        ("in the wee hours of Saturday", ANCHOR, "2026-03-14"),
        ("the early hours of yesterday", ANCHOR, "2026-03-17"),
        ("in the early hours of Friday morning", ANCHOR, "2026-03-13"),
    ],
)
def test_small_hours_are_the_start_of_the_day(text: str, anchor: date, expected: str) -> None:
    """ "the small, early or wee hours of" a day is that day, with the modifier start."""
    value = _span(text, anchor)
    assert str(value) == expected
    assert value.granularity is Granularity.DAY and value.modifier is Modifier.START


def test_small_hours_of_a_day_in_running_text() -> None:
    """In text the phrase is one mention, and the tense rule places its weekday."""
    mentions = find_dates("Two shops burned in the early hours of Sunday.", anchor=ANCHOR)
    assert [(m.text, str(m.value)) for m in mentions] == [
        ("the early hours of Sunday", "2026-03-15")
    ]


@pytest.mark.parametrize(
    ("text", "anchor", "start", "end", "granularity"),
    [
        ("the April-June quarter", date(2026, 8, 5), "2026-04-01", "2026-07-01", "quarter"),
        ("the July to September quarter", ANCHOR, "2025-07-01", "2025-10-01", "quarter"),
        ("the February-April quarter of 2025", ANCHOR, "2025-02-01", "2025-05-01", "quarter"),
        ("the January-June half", date(2026, 9, 1), "2026-01-01", "2026-07-01", "quarter"),
        ("the November-January period", ANCHOR, "2025-11-01", "2026-02-01", "month"),
        ("the March-May 2024 period", ANCHOR, "2024-03-01", "2024-06-01", "month"),
    ],
)
def test_spans_of_named_months(
    text: str, anchor: date, start: str, end: str, granularity: str
) -> None:
    """Two months and a noun name the months between them; without a year they follow the
    tense rule as quarters do."""
    value = _span(text, anchor)
    assert (str(value.start), str(value.end), value.granularity.value) == (
        start,
        end,
        granularity,
    )


def test_a_quarter_or_half_of_the_wrong_length_is_not_read() -> None:
    """ "quarter" needs three months and "half" six."""
    assert normalize("the April-July quarter", anchor=ANCHOR) is None
    assert normalize("the January-March half", anchor=ANCHOR) is None


@given(anchor=st.dates(date(1950, 1, 1), date(2080, 12, 31)), first=st.integers(1, 12))
def test_a_named_quarter_without_year_has_begun_in_the_past_tense(anchor: date, first: int) -> None:
    """In the past tense, "the <Month>-<Month> quarter" is the latest one begun by the anchor."""
    last = MONTH_NAMES[(first + 1) % 12]
    value = _span(f"the {MONTH_NAMES[first - 1]}-{last} quarter", anchor)
    assert isinstance(value.start, date) and isinstance(value.end, date)
    assert value.start <= anchor < value.start + timedelta(days=366)
    assert value.start.month == first and value.granularity is Granularity.QUARTER


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("over the past fortnight", "2026-03-04", "2026-03-18"),
        ("the last fortnight", "2026-03-04", "2026-03-18"),
        ("the next fortnight", "2026-03-19", "2026-04-02"),
        ("the past two fortnights", "2026-02-18", "2026-03-18"),
    ],
)
def test_fortnights_count_days_from_the_anchor(text: str, start: str, end: str) -> None:
    """A fortnight is no calendar unit: "the past fortnight" is the fourteen days before the
    anchor date, "the next fortnight" the fourteen after it, granularity week."""
    value = _span(text)
    assert (str(value.start), str(value.end), value.granularity) == (start, end, Granularity.WEEK)


@given(anchor=st.dates(date(1950, 1, 1), date(2080, 12, 31)), count=st.integers(2, 9))
def test_past_fortnights_end_at_the_anchor(anchor: date, count: int) -> None:
    """ "the past N fortnights" is 14 N days long and ends at the anchor date."""
    value = _span(f"the past {count} fortnights", anchor)
    assert value.end == anchor and value.start == anchor - timedelta(days=14 * count)


@pytest.mark.parametrize(
    "text",
    [
        "the 2023-24 season",
        "the 2023/24 season",
        "the 2023-2024 season",
        "the 2023-24 financial year",
        "the 2023/24 academic year",
        "2023-24 fiscal year",
    ],
)
def test_seasons_across_two_years(text: str) -> None:
    """A season or a financial, fiscal or academic year written with two years covers both."""
    value = _span(text, date(2025, 6, 3))
    assert (str(value.start), str(value.end)) == ("2023-01-01", "2025-01-01")
    assert value.granularity is Granularity.YEAR


def test_two_year_season_in_running_text() -> None:
    """In text, the mention is the two years alone, as a length used as an adjective is."""
    text = "Attendance fell during the 2023-24 season, the club said."
    mentions = find_dates(text, anchor=date(2025, 6, 3))
    assert [(m.text, str(m.value)) for m in mentions] == [("2023-24", "2023/2024")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yesterday lunchtime", "2026-03-17"),
        ("yesterday morning", "2026-03-17"),
        ("tomorrow night", "2026-03-19"),
        ("today teatime", "2026-03-18"),
    ],
)
def test_deictic_day_with_a_part_of_day_is_the_day(text: str, expected: str) -> None:
    """A part of a day after "yesterday", "today" or "tomorrow" is not narrowed below the day."""
    value = normalize(text, anchor=ANCHOR)
    assert str(value) == expected
    assert isinstance(value, TimeSpan) and value.granularity is Granularity.DAY


def test_part_of_day_counts_from_the_local_date_of_the_anchor() -> None:
    """Just after local midnight east of UTC, "yesterday lunchtime" is the local day before."""
    anchor = datetime(2026, 3, 1, 0, 40, tzinfo=timezone(timedelta(hours=5, minutes=45)))
    assert str(normalize("yesterday lunchtime", anchor=anchor)) == "2026-02-28"
    found = find_dates("Two ministers met yesterday lunchtime.", anchor=anchor)
    assert [(m.text, str(m.value)) for m in found] == [("yesterday lunchtime", "2026-02-28")]


@given(year=st.integers(1950, 2080), months=st.integers(1, 11))
def test_first_and_last_months_split_the_year(year: int, months: int) -> None:
    """ "the first <n> months of <year>" and "the last <12 - n> months" meet without a gap
    and cover the year; whole quarters are granularity quarter, other spans month."""
    first = _span(f"the first {months} months of {year}")
    last = _span(f"the last {12 - months} months of {year}")
    assert first.start == date(year, 1, 1) and last.end == date(year + 1, 1, 1)
    assert first.end == last.start
    expected = Granularity.QUARTER if months % 3 == 0 else Granularity.MONTH
    assert first.granularity is expected


@pytest.mark.parametrize(
    ("text", "start", "end", "granularity"),
    [
        ("the first six months of 2026", "2026-01-01", "2026-07-01", "quarter"),
        ("the first nine months of 2025", "2025-01-01", "2025-10-01", "quarter"),
        ("the last three months of last year", "2025-10-01", "2026-01-01", "quarter"),
        ("the final two months of the year", "2026-11-01", "2027-01-01", "month"),
        ("the first three quarters of 2024", "2024-01-01", "2024-10-01", "quarter"),
        ("the first two months of the quarter", "2026-01-01", "2026-03-01", "month"),
    ],
)
def test_leading_and_trailing_months(text: str, start: str, end: str, granularity: str) -> None:
    """Counted months or quarters at the start or end of a year or a quarter."""
    value = _span(text)
    assert (value.start.isoformat(), value.end.isoformat()) == (start, end)  # type: ignore[union-attr]
    assert value.granularity.value == granularity


@pytest.mark.parametrize("text", ["the first twelve months of 2025", "the last 13 months of 2024"])
def test_months_of_a_year_must_be_fewer_than_twelve(text: str) -> None:
    """A count of months that fills or overruns the year names no part of it."""
    assert normalize(text, anchor=ANCHOR) is None


_CUSTOM_TIMES = [
    "first thing",
    "last thing",
    "before dawn",
    "at daybreak",
    "at first light",
    "at dusk",
    "after dark",
    "by close of business",
    "by the close of business",
    "by end of day",
    "at teatime",
    "at lunchtime",
    "after lunch",
    "at breakfast time",
    "over dinner",
    "at night",
    "teatime",
    "dinnertime",
]


@given(
    days=st.integers(0, 3000),
    time=st.sampled_from(_CUSTOM_TIMES),
    day=st.sampled_from(["yesterday", "today", "tomorrow", "Friday", "next Monday"]),
)
def test_time_of_day_by_custom_is_the_day(days: int, time: str, day: str) -> None:
    """A time of day set by custom ("first thing", "before dawn", "by close of business"),
    before or after the day it falls on, resolves to that day."""
    anchor = date(2020, 1, 1) + timedelta(days=days)
    alone = normalize(day, anchor=anchor)
    assert alone is not None
    assert normalize(f"{time} {day}", anchor=anchor) == alone
    assert normalize(f"{day} {time}", anchor=anchor) == alone


def test_time_of_day_by_custom_takes_on_and_a_date() -> None:
    """ "at dawn on 3 March 2025" is that date."""
    assert str(normalize("at dawn on 3 March 2025", anchor=ANCHOR)) == "2025-03-03"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in the evening yesterday", "2026-03-17"),
        ("yesterday in the afternoon", "2026-03-17"),
        ("in the morning on 3 March 2025", "2025-03-03"),
        ("on Monday in the morning", "2026-03-16"),
        ("at teatime on Christmas Day", "2025-12-25"),
    ],
)
def test_part_of_a_day_after_in_the_is_the_day(text: str, expected: str) -> None:
    """ "in the evening" with its day, before or after it, is that day; a holiday is a day
    too."""
    assert str(normalize(text, anchor=ANCHOR)) == expected


def test_part_of_a_day_after_in_the_needs_on_before_a_weekday() -> None:
    """ "in the evening Monday was quiet" does not make the evening part of Monday."""
    found = find_dates("In the evening Monday was quiet.", anchor=ANCHOR)
    assert [m.text for m in found] == ["Monday"]


def test_time_of_day_by_custom_in_text() -> None:
    """In running text the mention holds the time of day with its day; with no day, none."""
    text = "Police arrived before dawn today. Talks resumed after dark."
    found = find_dates(text, anchor=ANCHOR)
    assert [(m.text, str(m.value)) for m in found] == [("before dawn today", "2026-03-18")]


@given(
    days=st.integers(0, 3000),
    part=st.sampled_from(["morning", "afternoon", "evening", "night"]),
    tense=st.sampled_from([None, "future"]),
)
def test_holiday_with_a_part_of_day_is_the_holiday(days: int, part: str, tense: str | None) -> None:
    """ "Christmas morning" is the day of Christmas, in either direction of the tense rule."""
    anchor = date(2020, 1, 1) + timedelta(days=days)
    alone = normalize("Christmas", anchor=anchor, tense=tense)  # type: ignore[arg-type]
    assert alone is not None
    assert normalize(f"Christmas {part}", anchor=anchor, tense=tense) == alone  # type: ignore[arg-type]


def test_first_thing_after_a_determiner_is_a_noun_phrase() -> None:
    """ "the first thing Monday voters see" names a thing, not a time of Monday: no date."""
    found = find_dates("The first thing Monday voters see is a ballot.", anchor=ANCHOR)
    assert [m.text for m in found] == ["Monday"]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("the 2019\u20132022 period", 2019, 2022),
        ("the 2019 to 2022 period", 2019, 2022),
        ("the 2010-15 stretch", 2010, 2015),
        ("over the 2020\u201324 term", 2020, 2024),
        ("in the 1990\u201395 window", 1990, 1995),
        ("the 2008-12 period", 2008, 2012),
        ("the 1939-45 era", 1939, 1945),
    ],
)
def test_years_with_a_period_noun(text: str, first: int, last: int) -> None:
    """Two years and a noun such as "period", "stretch", "term" or "window" cover both years
    and all between, granularity year ("the 2008-12 period" is no December)."""
    value = _span(text, date(2025, 7, 21))
    assert (value.start, value.end) == (date(first, 1, 1), date(last + 1, 1, 1))
    assert value.granularity is Granularity.YEAR and value.modifier is Modifier.EXACT


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Output grew over the 2008-12 period, the agency said.", [("2008-12", "2008/2012")]),
        ("Veterans of the 1939-45 war gathered.", [("1939-45", "1939/1945")]),
        ("In the 2000-05 stretch prices fell.", [("2000-05", "2000/2005")]),
        ("The 2019\u20132022 figures were revised.", [("2019\u20132022", "2019/2022")]),
        ("See pages 2019\u20132022 and pp. 2019-22 of the report.", []),
        ("Delegates split 1987-2003 votes on the motion.", []),
    ],
)
def test_year_ranges_in_running_text(text: str, expected: list[tuple[str, str]]) -> None:
    """In text a range of years is the years alone, also before a period noun; after "pages"
    or "pp." or before a count it is no date."""
    found = find_dates(text, anchor=date(2025, 7, 21))
    assert [(m.text, str(m.value)) for m in found] == expected


def test_a_range_of_years_before_another_noun_is_no_expression() -> None:
    """As a whole expression, "the 2019-2022 figures" is a noun phrase, not a date."""
    assert normalize("the 2019\u20132022 figures", anchor=date(2025, 7, 21)) is None


@given(
    first=st.integers(1900, 2090),
    length=st.integers(1, 9),
    noun=st.sampled_from(["period", "stretch", "term", "window", "era"]),
)
def test_period_noun_expression_agrees_with_text(first: int, length: int, noun: str) -> None:
    """The expression "the Y1-Y2 <noun>" and the mention "Y1-Y2" found in a sentence read the
    same years, from 1 January of the first to the end of the last."""
    years = f"{first}\u2013{first + length}"
    value = _span(f"the {years} {noun}", date(2025, 7, 21))
    assert (value.start, value.end) == (date(first, 1, 1), date(first + length + 1, 1, 1))
    found = find_dates(f"Growth slowed in the {years} {noun}.", anchor=date(2025, 7, 21))
    assert [(m.text, m.value) for m in found] == [(years, value)]


@pytest.mark.parametrize(
    ("text", "start", "end", "granularity", "modifier"),
    [
        ("the tail end of May 2025", "2025-05-21", "2025-06-01", "month", "end"),
        ("the back end of 2025", "2025-12-01", "2026-01-01", "year", "end"),
        ("the very beginning of June 2024", "2024-06-01", "2024-06-11", "month", "start"),
        ("the back half of 2026", "2026-07-01", "2027-01-01", "quarter", "exact"),
        ("the front half of 2026", "2026-01-01", "2026-07-01", "quarter", "exact"),
        ("the latter part of 2024", "2024-09-01", "2025-01-01", "year", "end"),
        ("the early part of next year", "2027-01-01", "2027-05-01", "year", "start"),
        ("the middle part of 2024", "2024-05-01", "2024-09-01", "year", "mid"),
        ("the closing days of 2024", "2024-12-01", "2025-01-01", "year", "end"),
        ("the opening weeks of the year", "2026-01-01", "2026-02-01", "year", "start"),
        ("the final months of 2023", "2023-09-01", "2024-01-01", "year", "end"),
        ("towards the tail end of 2025", "2025-12-01", "2026-01-01", "year", "end"),
    ],
)
def test_parts_named_by_two_words(
    text: str, start: str, end: str, granularity: str, modifier: str
) -> None:
    """ "the tail end of", "the back half of", "the latter part of" and their kin name the
    end, the second half and the late part of a period, as "the end of", "the second half of"
    and "late" do."""
    value = _span(text)
    assert (str(value.start), str(value.end)) == (start, end)
    assert (value.granularity.value, value.modifier.value) == (granularity, modifier)


@given(
    year=st.integers(1950, 2080),
    month=st.sampled_from(MONTH_NAMES),
    phrase=st.sampled_from(
        [
            ("the tail end of {}", "the end of {}"),
            ("the latter part of {}", "late {}"),
            ("the early part of {}", "early {}"),
            ("the very beginning of {}", "the beginning of {}"),
        ]
    ),
)
def test_two_word_parts_agree_with_one_word_parts(
    year: int, month: str, phrase: tuple[str, str]
) -> None:
    """A part named by two words is the part its one-word form names, of a month or a year."""
    for period in (f"{month} {year}", str(year)):
        assert normalize(phrase[0].format(period), anchor=ANCHOR) == normalize(
            phrase[1].format(period), anchor=ANCHOR
        )
    assert normalize(f"the back half of {year}", anchor=ANCHOR) == normalize(
        f"the second half of {year}", anchor=ANCHOR
    )


def test_parts_of_things_that_are_no_periods_are_no_dates() -> None:
    """ "the back half of the stadium" and "the latter part of the speech" name no time."""
    text = "The back half of the stadium was empty; the latter part of the speech was long."
    assert find_dates(text, anchor=ANCHOR) == []


@given(
    anchor=st.dates(date(1950, 1, 1), date(2080, 12, 31)),
    unit=st.sampled_from(["year", "month", "week"]),
    form=st.sampled_from(["at {}'s end", "by {}-end", "at {} end", "the {}'s end"]),
)
def test_unit_end_is_the_end_of_the_current_unit(anchor: date, unit: str, form: str) -> None:
    """ "at year's end", "by year-end" and "at month end" are the end of the current year or
    month, as "the end of the year" is."""
    assert normalize(form.format(unit), anchor=anchor) == normalize(
        f"the end of the {unit}", anchor=anchor
    )


def test_unit_end_as_an_adjective_is_no_date() -> None:
    """ "year-end results" is no date; "by year-end" and "at year's end" are."""
    text = "The year-end results come by year-end, or at year's end."
    found = find_dates(text, anchor=ANCHOR)
    assert [m.text for m in found] == ["year-end", "year's end"]
    assert all(m.offset > text.index("come") for m in found)


@pytest.mark.parametrize(
    ("text", "start", "end", "granularity"),
    [
        ("the three months to September", "2025-07-01", "2025-10-01", "quarter"),
        ("the six months ended 30 June 2025", "2025-01-01", "2025-07-01", "quarter"),
        ("the three months ended 30 May 2025", "2025-03-01", "2025-05-31", "quarter"),
        ("the two months to January", "2025-12-01", "2026-02-01", "month"),
        ("the year to March", "2025-04-01", "2026-04-01", "year"),
        ("the 12 months through January 2025", "2024-02-01", "2025-02-01", "quarter"),
        ("the four weeks to 1 March 2026", "2026-02-02", "2026-03-02", "week"),
        ("the seven days up to Friday", "2026-03-07", "2026-03-14", "day"),
        ("the two years to 2024", "2023-01-01", "2025-01-01", "year"),
    ],
)
def test_units_to_a_period(text: str, start: str, end: str, granularity: str) -> None:
    """ "the three months to September" are the months that end with September (the tense
    rule places it), whole quarters as granularity quarter; weeks and days to a day end with
    that day."""
    value = _span(text)
    assert (str(value.start), str(value.end), value.granularity.value) == (start, end, granularity)


@given(
    count=st.integers(1, 36),
    month=st.integers(1, 12),
    year=st.integers(1950, 2080),
    word=st.sampled_from(["to", "ending", "through"]),
)
def test_months_to_a_month_end_with_that_month(
    count: int, month: int, year: int, word: str
) -> None:
    """ "the N months to M" always ends at the end of M and spans N months."""
    unit = "month" if count == 1 else "months"
    value = _span(f"the {count} {unit} {word} {MONTH_NAMES[month - 1]} {year}")
    last = TimeSpan.month(year, month)
    assert value.end == last.end
    assert value.start is not None and last.end is not None
    months = (last.end.year - value.start.year) * 12 + last.end.month - value.start.month
    assert (value.start.day, months) == (1, count)
    assert value.granularity is (Granularity.QUARTER if count % 3 == 0 else Granularity.MONTH)


@given(anchor=st.dates(date(1950, 1, 1), date(2080, 12, 31)), month=st.integers(1, 12))
def test_months_to_a_month_follow_the_tense_rule(anchor: date, month: int) -> None:
    """Without a year, the month the months run to is placed as the month alone is."""
    name = MONTH_NAMES[month - 1]
    for tense in ("past", "future"):
        alone = normalize(f"in {name}", anchor=anchor, tense=tense)  # type: ignore[arg-type]
        value = normalize(f"the three months to {name}", anchor=anchor, tense=tense)  # type: ignore[arg-type]
        assert isinstance(alone, TimeSpan) and isinstance(value, TimeSpan)
        assert value.end == alone.end


def test_units_to_in_running_text() -> None:
    """In running text the mention holds the count, the unit and the period."""
    text = "Prices rose 2% in the three months to September, the office said."
    found = find_dates(text, anchor=date(2025, 11, 11))
    assert [(m.text, str(m.value)) for m in found] == [("the three months to September", "2025-Q3")]
