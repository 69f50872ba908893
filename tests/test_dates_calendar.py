"""claimcheck.dates: weekdays with year-less dates, named weeks, months counted ahead."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.dates import find_dates, normalize
from claimcheck.timespan import Duration, Granularity, Modifier, TimeSpan

ANCHOR = date(2023, 5, 9)  # a Tuesday
_ZONE = timezone(timedelta(hours=-5))
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_NAMES = ["January", "March", "June", "July", "September", "November", "December"]


@pytest.mark.parametrize(
    ("text", "scheduling", "news"),
    [
        ("Mon 21st", "2023-08-21", "2023-04-21"),
        ("Saturday, Sep 9", "2023-09-09", "2022-09-09"),
        ("Sep 9, Saturday", "2023-09-09", "2022-09-09"),
        ("Wednesday, May 10", "2023-05-10", "2022-05-10"),
        ("Tuesday the 9th", "2023-05-09", "2023-05-09"),
        ("Friday, May 5", "2023-05-05", "2023-05-05"),
    ],
)
def test_weekday_with_a_date_when_scheduling(text: str, scheduling: str, news: str) -> None:
    """prefer="future" picks a date where weekday and day agree; news keeps the tense rule."""
    assert str(normalize(text, anchor=ANCHOR, prefer="future")) == scheduling
    assert str(normalize(text, anchor=ANCHOR)) == news


def test_weekday_that_fits_no_near_date_falls_back() -> None:
    """With no agreeing date within two years either side, the plain future reading stands."""
    # 29 February falls on a Friday in 2008 and 2036 only, both far from the anchor
    assert str(normalize("Friday, Feb 29", anchor=ANCHOR, prefer="future")) == "2024-02-29"


@given(
    anchor=st.dates(date(1950, 1, 1), date(2080, 12, 31)),
    weekday=st.sampled_from(WEEKDAY_NAMES),
    day=st.integers(1, 28),
)
def test_scheduled_weekday_and_day_agree(anchor: date, weekday: str, day: int) -> None:
    """Scheduling a weekday with a day of the month lands on that weekday, within 14 months
    after the anchor (every weekday meets every day 1-28 within that span)."""
    value = normalize(f"{weekday} the {day}th", anchor=anchor, prefer="future")
    assert isinstance(value, TimeSpan) and isinstance(value.start, date)
    assert value.start.strftime("%A") == weekday and value.start.day == day
    assert anchor <= value.start < anchor + timedelta(days=430)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the week of 15 May", "2023-W20"),
        ("the week of May 17", "2023-W20"),
        ("the week of Sunday, 14 May", "2023-W20"),
        ("the week of 13 May", "2023-W19"),
    ],
)
def test_the_week_of_a_date(text: str, expected: str) -> None:
    """ "the week of" a date is its ISO week; a Sunday names the week that it begins."""
    value = normalize(text, anchor=ANCHOR, tense="future")
    assert value is not None and value.isoformat() == expected


def test_the_week_of_a_date_in_text() -> None:
    """In running text "the week of" takes the date's tense reading."""
    found = find_dates("Hearings will run the week of June 5.", anchor=ANCHOR)
    assert [(m.text, str(m.value)) for m in found] == [("the week of June 5", "2023-W23")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("June after next", "2024-06"),
        ("April after next", "2025-04"),
        ("November in a year", "2024-11"),
        ("January in 3 years", "2026-01"),
    ],
)
def test_month_counted_ahead(text: str, expected: str) -> None:
    """ "<month> after next" skips the next one; "<month> in N years" is that month N years on."""
    assert str(normalize(text, anchor=ANCHOR)) == expected


def test_month_in_a_year_is_not_read_in_running_text() -> None:
    """In text, "in a year" after a month stays a length ("in a year of turmoil")."""
    found = find_dates("Prices fell in June in a year of turmoil.", anchor=ANCHOR)
    assert [m.text for m in found] == ["June", "a year"]


@pytest.mark.parametrize(
    ("text", "expected"), [("3rd March 19", "2019-03-03"), ("21st October 98", "1998-10-21")]
)
def test_two_digit_year_after_an_ordinal_day(text: str, expected: str) -> None:
    """After "3rd March", a two-digit number closing the expression is the year."""
    assert str(normalize(text, anchor=ANCHOR)) == expected


def test_two_digit_number_after_a_plain_day_is_not_a_year() -> None:
    """ "3 March 19" stays unread: without the ordinal, the 19 may be a count."""
    assert normalize("3 March 19", anchor=ANCHOR) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("two years from today", "2025-05-09"), ("six months from today", "2023-11-09")],
)
def test_from_today_names_the_day(text: str, expected: str) -> None:
    """ "N units from today" counts from the anchor day and gives the day."""
    value = normalize(text, anchor=ANCHOR)
    assert isinstance(value, TimeSpan) and value.granularity is Granularity.DAY
    assert value.isoformat() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the next few days", "2023-05-10/2023-05-12"),
        ("the past few weeks", "2023-W16/2023-W18"),
        ("next few months", "2023-06/2023-08"),
    ],
)
def test_a_few_units_are_about_three(text: str, expected: str) -> None:
    """ "the next few days" is about the next three days, hedged APPROX."""
    value = normalize(text, anchor=ANCHOR)
    assert isinstance(value, TimeSpan) and value.modifier is Modifier.APPROX
    assert value.isoformat() == f"{expected}~"


@given(month=st.sampled_from(MONTH_NAMES), anchor=st.dates(date(1950, 1, 1), date(2080, 12, 31)))
def test_month_after_next_is_a_year_after_next_month(month: str, anchor: date) -> None:
    """ "<month> after next" is always one year after "next <month>"."""
    after = normalize(f"{month} after next", anchor=anchor)
    following = normalize(f"next {month}", anchor=anchor)
    assert isinstance(after, TimeSpan) and isinstance(following, TimeSpan)
    assert isinstance(after.start, date) and isinstance(following.start, date)
    assert after.start == following.start.replace(year=following.start.year + 1)


@pytest.mark.parametrize(
    "text", ["The treaty is dated 30 February 2021.", "Rent was due on 31 April, she said."]
)
def test_impossible_day_leaves_no_month_behind_in_text(text: str) -> None:
    """In text, the month of an impossible date ("30 February 2021") is not read on its own."""
    assert find_dates(text, anchor=ANCHOR) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("the last quarter of 2021", "2021-Q4"), ("the last quarter of last year", "2022-Q4")],
)
def test_last_quarter_of_a_year(text: str, expected: str) -> None:
    """ "the last quarter of" a year is its fourth quarter; "the last quarter" stays relative."""
    assert str(normalize(text, anchor=ANCHOR)) == expected
    assert str(normalize("the last quarter", anchor=ANCHOR)) == "2023-Q1"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the week before last", "2023-W17"),
        ("the month before last", "2023-03"),
        ("the year before last", "2021"),
        ("Thursday before last", "2023-04-27"),
        ("Tuesday before last", "2023-04-25"),
    ],
)
def test_before_last(text: str, expected: str) -> None:
    """ "the week before last" is two weeks back; "Thursday before last" the one before last's."""
    assert str(normalize(text, anchor=ANCHOR)) == expected
    found = find_dates(f"It happened {text}.", anchor=ANCHOR)
    assert [(m.text, str(m.value)) for m in found] == [(text, expected)]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("the week after next", date(2023, 5, 9), "2023-W21"),
        ("the week after next", date(2026, 12, 30), "2027-W02"),
        ("the month after next", date(2023, 11, 20), "2024-01"),
        ("the year before last", date(2023, 5, 9), "2021"),
        ("the month before last", date(2024, 2, 10), "2023-12"),
    ],
)
def test_units_two_steps_from_the_anchor(text: str, anchor: date, expected: str) -> None:
    """ "the <unit> after next" is two units ahead, "the <unit> before last" two back."""
    assert str(normalize(text, anchor=anchor)) == expected


@given(anchor=st.dates(date(1950, 1, 1), date(2080, 12, 31)))
def test_week_after_next_starts_fourteen_days_after_this_week(anchor: date) -> None:
    """The week after next starts on the Monday two weeks after the anchor's Monday."""
    value = normalize("the week after next", anchor=anchor)
    assert isinstance(value, TimeSpan) and value.granularity is Granularity.WEEK
    assert value.start == anchor - timedelta(days=anchor.weekday()) + timedelta(days=14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the weekend just gone", "2023-05-06/2023-05-07"),
        ("the week just gone", "2023-W18"),
        ("the month just gone", "2023-04"),
    ],
)
def test_just_gone_is_the_last_one(text: str, expected: str) -> None:
    """ "the <unit> just gone" is the last one before the anchor's."""
    assert str(normalize(text, anchor=ANCHOR)) == expected
    assert str(normalize(text.replace("just gone", "").replace("the", "last"), anchor=ANCHOR)) == (
        expected
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the month of March, 2024", "2024-03"),
        ("the month of October 2019", "2019-10"),
        ("the month of February", "2023-02"),
    ],
)
def test_the_month_of_a_month_is_that_month(text: str, expected: str) -> None:
    """ "the month of <month> [year]" is the month, its year read as for the bare month."""
    assert str(normalize(text, anchor=ANCHOR)) == expected
    found = find_dates(f"Prices rose during {text}.", anchor=ANCHOR)
    assert [(m.text, str(m.value)) for m in found] == [(text, expected)]


def test_the_month_of_needs_a_month() -> None:
    """ "the month of" before anything but a month name reads no date."""
    assert normalize("the month of fasting", anchor=ANCHOR) is None
    assert normalize("the month of 3 March 2024", anchor=ANCHOR) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Tuesday just gone", "2023-05-02"),
        ("Tuesday just gone", "2023-05-02"),
        ("the Friday just past", "2023-05-05"),
        ("on Monday last", "2023-05-08"),
        ("Sunday past", "2023-05-07"),
        ("Friday next", "2023-05-12"),
        ("the March just gone", "2023-03"),
        ("the May just gone", "2022-05"),
        ("in June last", "2022-06"),
        ("the week just ended", "2023-W18"),
        ("the quarter just ended", "2023-Q1"),
        ("the year just passed", "2022"),
        ("the week past", "2023-W18"),
        ("the weekend just past", "2023-05-06/2023-05-07"),
        ("the winter just gone", "2022-12-01/2023-02-28"),
        ("the Easter just gone", "2023-04-09"),
        ("Christmas last", "2022-12-25"),
        ("this past Friday", "2023-05-05"),
        ("this past Christmas", "2022-12-25"),
    ],
)
def test_postposed_markers_pick_the_day_or_period(text: str, expected: str) -> None:
    """A marker after a day or period ("just gone", "just ended", a clause-final "last")
    names the latest one before the anchor ("next" the first after it)."""
    assert str(normalize(text, anchor=ANCHOR)) == expected


@given(anchor=st.dates(date(1950, 1, 1), date(2080, 12, 31)), day=st.sampled_from(WEEKDAY_NAMES))
def test_weekday_just_gone_is_last_weekday(anchor: date, day: str) -> None:
    """ "the <weekday> just gone" and "<weekday> last" read as "last <weekday>", and
    "<weekday> next" as "next <weekday>", whatever the anchor."""
    last = normalize(f"last {day}", anchor=anchor)
    assert normalize(f"the {day} just gone", anchor=anchor) == last
    assert normalize(f"on {day} last", anchor=anchor) == last
    assert normalize(f"{day} next", anchor=anchor) == normalize(f"next {day}", anchor=anchor)


@given(anchor=st.dates(date(1950, 1, 1), date(2080, 12, 31)), month=st.sampled_from(MONTH_NAMES))
def test_month_just_gone_ends_before_the_anchor_month(anchor: date, month: str) -> None:
    """ "the <month> just gone" is "last <month>": over before the anchor's month starts."""
    value = normalize(f"the {month} just gone", anchor=anchor)
    assert value == normalize(f"last {month}", anchor=anchor)
    assert isinstance(value, TimeSpan) and isinstance(value.end, date)
    assert value.end <= anchor.replace(day=1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turnout fell on the Tuesday just gone.", [("the Tuesday just gone", "2023-05-02")]),
        ("She was sworn in on Monday last, aides said.", [("Monday last", "2023-05-08")]),
        ("Profits in the quarter just ended rose.", [("the quarter just ended", "2023-Q1")]),
        ("A vote on Monday last year failed.", [("Monday", "2023-05-08"), ("last year", "2022")]),
        ("Police arrived on Monday just past midnight.", [("Monday", "2023-05-08")]),
        ("Talks resume on Monday; last-minute offers failed.", [("Monday", "2023-05-08")]),
        ("The Tuesday meeting ran long.", [("Tuesday", "2023-05-09")]),
    ],
)  # fmt: skip
def test_postposed_markers_in_running_text(text: str, expected: list[tuple[str, str]]) -> None:
    """In text the marker belongs to the mention; a "last" that goes on ("last year") or a
    "just past" before a time of day does not."""
    found = find_dates(text, anchor=ANCHOR)
    assert [(m.text, str(m.value)) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "year"),
    [("in 14 a.d.", 14), ("14 AD", 14), ("AD 79", 79), ("79 CE", 79), ("the year 476 AD", 476)],
)
def test_years_before_1000_with_their_era(text: str, year: int) -> None:
    """A year of one to three digits is read when "AD", "CE" or "A.D." marks it."""
    value = normalize(text, anchor=ANCHOR)
    assert isinstance(value, TimeSpan) and value.granularity is Granularity.YEAR
    assert (value.start, value.end) == (date(year, 1, 1), date(year + 1, 1, 1))


def test_era_years_in_running_text() -> None:
    """In text an era marker makes a short number a year, and only in capitals: "14 ad slots"
    is a count of adverts."""
    text = "Vesuvius erupted in AD 79; the museum bought 14 ad slots."
    found = find_dates(text, anchor=ANCHOR)
    assert [(m.text, str(m.value)) for m in found] == [("AD 79", "0079")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Monday after Easter", "2023-04-10"),
        ("the Friday before Christmas", "2022-12-23"),
        ("the Tuesday after 3 March 2025", "2025-03-04"),
        ("the third Tuesday after Christmas 2014", "2015-01-13"),
        ("the Tuesday after the first Monday in November 2024", "2024-11-05"),
    ],
)
def test_weekday_counted_from_a_named_day(text: str, expected: str) -> None:
    """ "the <weekday> after <day>" is the first such weekday after that day, an ordinal
    counts on, and "before" counts back."""
    assert str(normalize(text, anchor=ANCHOR)) == expected


@given(
    day=st.dates(date(1950, 1, 1), date(2080, 12, 31)),
    weekday=st.sampled_from(WEEKDAY_NAMES),
    nth=st.integers(1, 5),
    side=st.sampled_from(["after", "before"]),
)
def test_weekday_after_a_day_lies_in_the_right_week(
    day: date, weekday: str, nth: int, side: str
) -> None:
    """The nth weekday after (before) a day is that weekday, from 7(n-1)+1 to 7n days after
    (before) it."""
    ordinal = ["first", "second", "third", "fourth", "fifth"][nth - 1]
    text = f"the {ordinal} {weekday} {side} {day.day} {day:%B} {day.year}"
    value = normalize(text, anchor=ANCHOR)
    assert isinstance(value, TimeSpan) and isinstance(value.start, date)
    assert value.start.strftime("%A") == weekday
    gap = (value.start - day).days * (1 if side == "after" else -1)
    assert 7 * (nth - 1) < gap <= 7 * nth


def test_weekday_after_needs_the_or_an_ordinal_in_text() -> None:
    """In running text, "on Monday after Christmas talks" is a Monday; "the Friday before
    Christmas" counts from Christmas."""
    found = find_dates("They met on Monday after Christmas talks failed.", anchor=ANCHOR)
    assert [m.text for m in found][:1] == ["Monday"]
    found = find_dates("The vote fell on the Friday before Christmas.", anchor=ANCHOR)
    expected = [("the Friday before Christmas", "2022-12-23")]
    assert [(m.text, str(m.value)) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the night before last", "2023-05-07"),
        ("the evening before last", "2023-05-07"),
        ("the day after next", "2023-05-11"),
        ("the weekend before last", "2023-04-29/2023-04-30"),
        ("the weekend after next", "2023-05-20/2023-05-21"),
        ("the summer before last", "2021-06-01/2021-08-31"),
        ("the winter after next", "2024-12-01/2025-02-28"),
        ("the March before last", "2022-03"),
        ("the quarter before last", "2022-Q4"),
        ("the decade before last", "200X"),
    ],
)
def test_before_last_and_after_next_for_any_day_or_period(text: str, expected: str) -> None:
    """ "the X before last" is two back and "the X after next" two ahead, for days and their
    parts, weekends, seasons, months and every calendar unit."""
    assert str(normalize(text, anchor=ANCHOR)) == expected


@given(
    anchor=st.datetimes(datetime(1990, 1, 1), datetime(2060, 12, 31), timezones=st.just(_ZONE)),
    noun=st.sampled_from(["day", "night", "evening", "morning"]),
)
def test_the_night_before_last_is_two_local_days_back(anchor: datetime, noun: str) -> None:
    """ "the night before last" (or day, evening, morning) is the local day two before the
    anchor's."""
    value = normalize(f"the {noun} before last", anchor=anchor)
    assert value == TimeSpan.unit(Granularity.DAY, anchor.date() - timedelta(days=2))


@given(anchor=st.dates(date(1950, 1, 1), date(2080, 12, 31)))
def test_weekends_and_seasons_two_away_are_a_step_past_last_and_next(anchor: date) -> None:
    """The weekend before last is a week before last weekend, the one after next a week after
    next weekend; the summer before last is a year before last summer."""
    pairs = [
        ("the weekend before last", "last weekend", -7),
        ("the weekend after next", "next weekend", 7),
        ("the summer before last", "last summer", -365),
        ("the winter after next", "next winter", 365),
    ]
    for two_away, one_away, days in pairs:
        far, near = normalize(two_away, anchor=anchor), normalize(one_away, anchor=anchor)
        assert isinstance(far, TimeSpan) and isinstance(near, TimeSpan)
        assert far.start is not None and near.start is not None
        assert abs((far.start - near.start).days - days) <= 1  # a leap day at most


def test_last_that_names_what_follows_is_no_count() -> None:
    """In "the day before last Tuesday" "last" names Tuesday; before "last year's vote" the
    week is counted from an event, not two weeks back."""
    assert str(normalize("the day before last Tuesday", anchor=ANCHOR)) == "2023-05-01"
    found = find_dates("The week before last year's vote he resigned.", anchor=ANCHOR)
    assert [m.text for m in found] == ["The week before", "last year's"]
    assert isinstance(found[0].value, Duration)


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("the summer ahead", date(2026, 1, 15), "2026-06-01/2026-08-31"),
        ("the summer ahead", date(2026, 6, 20), "2026-06-01/2026-08-31"),
        ("the winter ahead", date(2025, 10, 2), "2025-12-01/2026-02-28"),
        ("the weekend ahead", date(2023, 5, 9), "2023-05-13/2023-05-14"),
        ("the year ahead", date(2025, 12, 30), "2025-12-30/2026-12-29"),
        ("the week ahead", date(2026, 3, 15), "2026-03-15/2026-03-21"),
    ],
)
def test_the_period_ahead(text: str, anchor: date, expected: str) -> None:
    """ "the summer ahead" is the current or the coming summer; "the year ahead" the year from
    the anchor date, as "within the next year" is."""
    assert str(normalize(text, anchor=anchor)) == expected


def test_ahead_of_an_event_is_no_period_ahead() -> None:
    """ "the week ahead of the summit" names no week; "The summer ahead" as a subject does."""
    text = "A busy week ahead of the summit. The summer ahead will be hot."
    found = find_dates(text, anchor=date(2026, 1, 15))
    assert [(m.text, str(m.value)) for m in found] == [
        ("The summer ahead", "2026-06-01/2026-08-31")
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Estonia ratified it on 12 August last year.", ("12 August last year", "2022-08-12")),
        ("Chile signed on August 12 this year.", ("August 12 this year", "2023-08-12")),
        ("The pact lapses on the 2nd of February next year.", ("the 2nd of February next year", "2024-02-02")),
        ("Peru signed on 12 August of last year.", ("12 August of last year", "2022-08-12")),
    ],
)
def test_a_day_and_month_take_the_year_named_after_them(text: str, value: tuple[str, str]) -> None:
    """"12 August last year" is one date in the year before the anchor's, not that day of the
    anchor's own year beside a separate "last year"."""
    (mention,) = find_dates(text, anchor=ANCHOR)
    assert (mention.text, mention.value.isoformat()) == value
