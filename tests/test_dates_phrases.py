"""claimcheck.dates: words that set the direction of a date ("come", "back in", "this coming"),
dates left open by the words after them ("onwards", "or later"), the eve of a date or event,
and the UK, Irish and Commonwealth holidays."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.dates import Tense, find_dates, normalize
from claimcheck.timespan import Duration, Granularity, Modifier, Relation, TimeSpan

ANCHOR = date(2026, 3, 18)  # a Wednesday
MONTH_NAMES = list(calendar.month_name)[1:]
WEEKDAY_NAMES = list(calendar.day_name)
ANCHORS = st.dates(date(1950, 1, 1), date(2080, 12, 31))
TENSES: tuple[Tense, ...] = ("past", "future")


def _text(text: str, anchor: date = ANCHOR, **kwargs: object) -> str:
    return str(normalize(text, anchor=anchor, **kwargs))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("come September", "2026-09"),
        ("come March", "2027-03"),
        ("come May", "2026-05"),
        ("come spring", "2026-03-01/2026-05-31"),
        ("come Christmas", "2026-12-25"),
        ("come Wednesday", "2026-03-25"),
        ("come 1 April", "2026-04-01"),
    ],
)
def test_come_points_forward(text: str, expected: str) -> None:
    """ "come" before an incomplete date points it forward, even in a past-tense sentence."""
    assert _text(text) == expected
    assert _text(text, tense="past") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("back in November", "2025-11"),
        ("back in March", "2026-03"),
        ("back in the autumn", "2025-09-01/2025-11-30"),
        ("back in 2019", "2019"),
        ("back in the 1990s", "199X"),
    ],
)
def test_back_in_points_back(text: str, expected: str) -> None:
    """ "back in" before a date points it back, even in a future-tense sentence."""
    assert _text(text) == expected
    assert _text(text, tense="future") == expected


@given(anchor=ANCHORS, month=st.integers(1, 12), tense=st.sampled_from(TENSES))
def test_come_month_is_after_the_anchor_within_a_year(
    anchor: date, month: int, tense: Tense
) -> None:
    """ "come <Month>" starts after the anchor's month and at most twelve months on."""
    value = normalize(f"come {MONTH_NAMES[month - 1]}", anchor=anchor, tense=tense)
    assert isinstance(value, TimeSpan) and isinstance(value.start, date)
    assert value.start > anchor and value.start.month == month
    assert value.start <= date(anchor.year + 1, anchor.month, 1)


@given(anchor=ANCHORS, month=st.integers(1, 12), tense=st.sampled_from(TENSES))
def test_back_in_month_has_begun_within_a_year(anchor: date, month: int, tense: Tense) -> None:
    """ "back in <Month>" starts on or before the anchor and less than a year before it."""
    value = normalize(f"back in {MONTH_NAMES[month - 1]}", anchor=anchor, tense=tense)
    assert isinstance(value, TimeSpan) and isinstance(value.start, date)
    assert value.start <= anchor < value.start + timedelta(days=366)
    assert value.start.month == month and value.granularity is Granularity.MONTH


@given(anchor=ANCHORS, weekday=st.integers(0, 6))
def test_come_weekday_is_within_the_next_seven_days(anchor: date, weekday: int) -> None:
    """ "come <weekday>" is that weekday, one to seven days after the anchor."""
    value = normalize(f"come {WEEKDAY_NAMES[weekday]}", anchor=anchor)
    assert isinstance(value, TimeSpan) and isinstance(value.start, date)
    assert value.start.weekday() == weekday
    assert 1 <= (value.start - anchor).days <= 7


def test_back_in_after_a_verb_of_return_is_not_a_look_back() -> None:
    """ "will be back in March" is a return: the tense rule places March, forward here."""
    mentions = find_dates("The team will be back in March.", anchor=ANCHOR)
    assert [(m.text, str(m.value)) for m in mentions] == [("March", "2027-03")]
    mentions = find_dates("The envoy is due back in June.", anchor=ANCHOR)
    assert [(m.text, str(m.value)) for m in mentions] == [("June", "2026-06")]
    mentions = find_dates("Back in November, the board will decide.", anchor=ANCHOR)
    assert [(m.text, str(m.value)) for m in mentions] == [("Back in November", "2025-11")]


def test_come_is_no_date_before_other_words() -> None:
    """ "come" before a word that is no incomplete date is only a verb."""
    assert find_dates("Voters come home to vote in 2026.", anchor=ANCHOR)[0].text == "2026"
    assert normalize("come 2027", anchor=ANCHOR) is None
    assert normalize("back in the day", anchor=ANCHOR) is None


@pytest.mark.parametrize(
    ("text", "anchor", "start", "end"),
    [
        ("this coming spring", date(2026, 1, 15), "2026-03-01", "2026-06-01"),
        ("this coming spring", date(2026, 4, 15), "2027-03-01", "2027-06-01"),
        ("this coming Friday", ANCHOR, "2026-03-20", "2026-03-21"),
        ("this coming Wednesday", ANCHOR, "2026-03-25", "2026-03-26"),
        ("this coming Christmas", ANCHOR, "2026-12-25", "2026-12-26"),
        ("this coming week", ANCHOR, "2026-03-23", "2026-03-30"),
    ],
)
def test_this_coming_is_the_next_one(text: str, anchor: date, start: str, end: str) -> None:
    """ "this coming" names the next occurrence after the anchor, in either tense."""
    for tense in TENSES:
        value = normalize(text, anchor=anchor, tense=tense)
        assert isinstance(value, TimeSpan)
        assert (str(value.start), str(value.end)) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "modifier"),
    [
        ("from 1 January 2027 onwards", "2027-01-01", Modifier.ON_OR_AFTER),
        ("1 January 2027 onward", "2027-01-01", Modifier.ON_OR_AFTER),
        ("since 2010 onwards", "2010-01-01", Modifier.ON_OR_AFTER),
        ("2030 or later", "2030-01-01", Modifier.ON_OR_AFTER),
        ("March 2024 and after", "2024-03-01", Modifier.ON_OR_AFTER),
        ("2019 and beyond", "2019-01-01", Modifier.ON_OR_AFTER),
    ],
)
def test_dates_left_open_after(text: str, start: str, modifier: Modifier) -> None:
    """ "onwards", "or later", "and after" and "and beyond" leave a date open to the future."""
    value = normalize(text, anchor=ANCHOR)
    assert isinstance(value, TimeSpan)
    assert (str(value.start), value.end, value.modifier) == (start, None, modifier)


@pytest.mark.parametrize(
    ("text", "end"),
    [("2019 or earlier", "2020-01-01"), ("June 2020 and before", "2020-07-01")],
)
def test_dates_left_open_before(text: str, end: str) -> None:
    """ "or earlier" and "and before" leave a date open to the past, its last day included."""
    value = normalize(text, anchor=ANCHOR)
    assert isinstance(value, TimeSpan)
    assert (value.start, str(value.end), value.modifier) == (None, end, Modifier.ON_OR_BEFORE)


@given(anchor=ANCHORS, offset=st.integers(-3000, 3000))
def test_onwards_keeps_the_start_of_the_date(anchor: date, offset: int) -> None:
    """ "<date> onwards" starts where the date starts and has no end."""
    day = anchor + timedelta(days=offset)
    text = f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
    value = normalize(f"{text} onwards", anchor=anchor)
    assert isinstance(value, TimeSpan)
    assert (value.start, value.end, value.modifier) == (day, None, Modifier.ON_OR_AFTER)


def test_and_after_needs_the_clause_to_end() -> None:
    """ "and after" is read only at the end of a clause, so a following event stays apart."""
    text = "Talks ran on 3 May and after the vote they stopped."
    assert [m.text for m in find_dates(text, anchor=ANCHOR)] == ["3 May"]
    text = "The rule applies in 2027 and after, the ministry said."
    mentions = find_dates(text, anchor=ANCHOR)
    assert [(m.text, str(m.value)) for m in mentions] == [("2027 and after", "2027/..")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on the eve of Christmas", "2025-12-24"),
        ("the eve of 1 May 2025", "2025-04-30"),
        ("on the eve of New Year's Day 2027", "2026-12-31"),
    ],
)
def test_eve_of_a_date_is_the_day_before(text: str, expected: str) -> None:
    """The eve of a date or holiday is the day before it."""
    assert _text(text) == expected


@pytest.mark.parametrize("text", ["on the eve of the vote", "the eve of the summit"])
def test_eve_of_an_event_is_a_day_before_it(text: str) -> None:
    """The eve of an event is a one-day offset before it, not a date."""
    value = normalize(text, anchor=ANCHOR)
    assert isinstance(value, Duration)
    assert (value.isoformat(), value.relation) == ("P1D", Relation.BEFORE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guy Fawkes Night", "2026-11-05"),
        ("Bonfire Night 2024", "2024-11-05"),
        ("Burns Night", "2027-01-25"),
        ("St Andrew's Day", "2026-11-30"),
        ("St David's Day 2026", "2026-03-01"),
        ("St George's Day", "2026-04-23"),
        ("Hogmanay", "2026-12-31"),
        ("Anzac Day 2025", "2025-04-25"),
        ("Canada Day", "2026-07-01"),
        ("Remembrance Sunday 2025", "2025-11-09"),
        ("Remembrance Sunday 2026", "2026-11-08"),
        ("Commonwealth Day 2026", "2026-03-09"),
        ("Mothering Sunday 2026", "2026-03-15"),
        ("the early May bank holiday 2025", "2025-05-05"),
        ("the spring bank holiday 2025", "2025-05-26"),
        ("the August bank holiday 2025", "2025-08-25"),
        ("Victoria Day 2025", "2025-05-19"),
        ("Victoria Day 2026", "2026-05-18"),
    ],
)
def test_uk_irish_and_commonwealth_holidays(text: str, expected: str) -> None:
    """UK, Irish and Commonwealth days read on their dates (future tense where no year)."""
    assert _text(text, tense="future") == expected


def test_holiday_names_need_capitals_in_running_text() -> None:
    """ "burns night" in lower case is no holiday in text; "Burns Night" is."""
    assert find_dates("The fire burns night and day.", anchor=ANCHOR) == []
    mentions = find_dates("The dinner is held on Burns Night.", anchor=ANCHOR)
    assert [m.text for m in mentions] == ["Burns Night"]


@pytest.mark.parametrize(
    ("text", "start"),
    [("ever since 2016", "2016-01-01"), ("ever since 4 July 2021", "2021-07-04")],
)
def test_ever_since_is_since(text: str, start: str) -> None:
    """ "ever since <date>" is open from the date's start, as "since <date>" is."""
    value = normalize(text, anchor=ANCHOR)
    assert isinstance(value, TimeSpan)
    assert (str(value.start), value.end, value.modifier) == (start, None, Modifier.ON_OR_AFTER)
    assert value == normalize(text.removeprefix("ever "), anchor=ANCHOR)


@pytest.mark.parametrize(
    ("text", "end"),
    [("by 31 March 2027", "2027-04-01"), ("by June 2026", "2026-07-01"), ("by 2030", "2031-01-01")],
)
def test_by_a_date_is_a_deadline(text: str, end: str) -> None:
    """ "by <date>" is open to the past up to the date's last day, included."""
    value = normalize(text, anchor=ANCHOR)
    assert isinstance(value, TimeSpan)
    assert (value.start, str(value.end), value.modifier) == (None, end, Modifier.ON_OR_BEFORE)


def test_by_the_end_of_a_period_stays_its_end() -> None:
    """ "by the end of <period>" keeps the end part of the period rather than an open span."""
    value = normalize("by the end of 2026", anchor=ANCHOR)
    assert isinstance(value, TimeSpan) and value.modifier is Modifier.END


def test_by_a_date_in_text() -> None:
    """In running text "by" and its date are one mention; "by" with no date reads nothing."""
    text = "Written by a clerk, the plan must pass by 30 June 2026."
    found = find_dates(text, anchor=ANCHOR)
    assert [(m.text, str(m.value)) for m in found] == [("by 30 June 2026", "../2026-06-30")]


@pytest.mark.parametrize(
    ("text", "expected", "modifier"),
    [
        ("with effect from 1 July 2026", "2026-07-01/..", Modifier.ON_OR_AFTER),
        ("any time after June 2024", "2024-07/..", Modifier.AFTER),
        ("at any time before 2020", "../2019", Modifier.BEFORE),
        ("some time after the 2019 election", None, None),
        ("anytime since March 2021", "2021-03/..", Modifier.ON_OR_AFTER),
    ],
)
def test_words_before_a_bound_keep_the_bound(
    text: str, expected: str | None, modifier: Modifier | None
) -> None:
    """ "with effect from", "any time after" and "some time before" are the bound itself: the
    words before it add nothing; a bound on an event names no date."""
    value = normalize(text, anchor=ANCHOR)
    if expected is None:
        assert value is None
    else:
        assert isinstance(value, TimeSpan)
        assert (value.isoformat(), value.modifier) == (expected, modifier)


@given(anchor=ANCHORS, opener=st.sampled_from(["after", "before", "since", "until"]))
def test_any_time_before_a_bound_changes_nothing(anchor: date, opener: str) -> None:
    """ "any time after X" is "after X" for any bound and anchor."""
    year = anchor.year - 3
    assert normalize(f"any time {opener} {year}", anchor=anchor) == normalize(
        f"{opener} {year}", anchor=anchor
    )


def test_with_effect_from_in_running_text() -> None:
    """In running text the mention starts at "with effect from"; "with" alone starts none."""
    text = "The rules apply with effect from 1 July 2026, with thanks to the board."
    found = find_dates(text, anchor=ANCHOR)
    assert [(m.text, str(m.value)) for m in found] == [
        ("with effect from 1 July 2026", "2026-07-01/..")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the years 2021 to 2024", "2021/2024"),
        ("the years 2021-24", "2021/2024"),
        ("the years from 2010 to 2015", "2010/2015"),
        ("the years between 1998 and 2003", "1998/2003"),
    ],
)
def test_the_years_a_to_b(text: str, expected: str) -> None:
    """ "the years 2021 to 2024" runs from the start of the first year to the end of the
    last, granularity year."""
    value = normalize(text, anchor=ANCHOR)
    assert isinstance(value, TimeSpan) and value.granularity is Granularity.YEAR
    assert value.isoformat() == expected


def test_the_years_need_a_later_second_year() -> None:
    """ "the years 2024 to 2021" is no span."""
    assert normalize("the years 2024 to 2021", anchor=ANCHOR) is None
