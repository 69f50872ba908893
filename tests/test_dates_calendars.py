"""Calendars behind the holidays of `claimcheck.dates`, checked against published dates."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck._dates_calendars import (
    NISAN,
    TISHRI,
    chinese_new_year,
    hebrew_date,
    hebrew_in_year,
    islamic_month_span,
    islamic_observed_in_year,
    new_moon_after,
    parsi_new_year,
)
from claimcheck._dates_holidays import RULE_HOLIDAYS, rule_holiday
from claimcheck.dates import normalize

# Published dates of the Chinese New Year (Spring Festival), 1990-2030.
_CHINESE_NEW_YEAR = {
    1990: (1, 27), 1991: (2, 15), 1992: (2, 4), 1993: (1, 23), 1994: (2, 10), 1995: (1, 31),
    1996: (2, 19), 1997: (2, 7), 1998: (1, 28), 1999: (2, 16), 2000: (2, 5), 2001: (1, 24),
    2002: (2, 12), 2003: (2, 1), 2004: (1, 22), 2005: (2, 9), 2006: (1, 29), 2007: (2, 18),
    2008: (2, 7), 2009: (1, 26), 2010: (2, 14), 2011: (2, 3), 2012: (1, 23), 2013: (2, 10),
    2014: (1, 31), 2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5),
    2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29),
    2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13), 2030: (2, 3),
}  # fmt: skip


@pytest.mark.parametrize(("year", "month_day"), sorted(_CHINESE_NEW_YEAR.items()))
def test_chinese_new_year_matches_published_dates(year: int, month_day: tuple[int, int]) -> None:
    """The computed new moon gives every published Chinese New Year from 1990 to 2030."""
    assert chinese_new_year(year) == date(year, *month_day)


@pytest.mark.parametrize(
    ("key", "year", "first", "last"),
    [
        (("rosh", "hashanah"), 2023, date(2023, 9, 16), date(2023, 9, 17)),
        (("rosh", "hashanah"), 2024, date(2024, 10, 3), date(2024, 10, 4)),
        (("yom", "kippur"), 2024, date(2024, 10, 12), date(2024, 10, 12)),
        (("passover",), 2023, date(2023, 4, 6), date(2023, 4, 13)),
        (("passover",), 2024, date(2024, 4, 23), date(2024, 4, 30)),
        (("purim",), 2024, date(2024, 3, 24), date(2024, 3, 24)),
        (("purim",), 2025, date(2025, 3, 14), date(2025, 3, 14)),
        (("hanukkah",), 2024, date(2024, 12, 26), date(2025, 1, 2)),
        (("tisha", "b'av"), 2018, date(2018, 7, 22), date(2018, 7, 22)),
        (("eid", "al", "fitr"), 2022, date(2022, 5, 2), date(2022, 5, 2)),
        (("eid", "al", "fitr"), 2023, date(2023, 4, 21), date(2023, 4, 21)),
        (("eid", "al", "fitr"), 2024, date(2024, 4, 10), date(2024, 4, 10)),
        (("eid", "al", "fitr"), 2025, date(2025, 3, 30), date(2025, 3, 30)),
        (("eid", "al", "adha"), 2022, date(2022, 7, 9), date(2022, 7, 9)),
        (("eid", "al", "adha"), 2024, date(2024, 6, 16), date(2024, 6, 16)),
        (("eid", "al", "adha"), 2025, date(2025, 6, 6), date(2025, 6, 6)),
        (("ramadan",), 2024, date(2024, 3, 11), date(2024, 4, 9)),
        (("lent",), 2018, date(2018, 2, 14), date(2018, 3, 31)),
        (("great", "lent"), 2018, date(2018, 2, 19), date(2018, 3, 30)),
        (("king's", "day"), 2014, date(2014, 4, 26), date(2014, 4, 26)),
        (("boss's", "day"), 2021, date(2021, 10, 15), date(2021, 10, 15)),
        (("parsi", "new", "year"), 2018, date(2018, 8, 17), date(2018, 8, 17)),
    ],
)
def test_rule_holidays_match_published_dates(
    key: tuple[str, ...], year: int, first: date, last: date
) -> None:
    """Each rule gives the published first and last day of its holiday."""
    start, end = rule_holiday(key, year)
    assert (start, end.toordinal() - 1) == (first, last.toordinal())


def test_hebrew_new_year_is_never_on_sunday_wednesday_or_friday() -> None:
    """The postponement rules keep 1 Tishri off Sunday, Wednesday and Friday."""
    for year in range(5700, 5900):
        assert hebrew_date(year, TISHRI, 1).weekday() not in (6, 2, 4)


@given(st.integers(1900, 2100))
def test_passover_follows_the_march_equinox_and_keeps_to_its_window(year: int) -> None:
    """15 Nisan falls between 26 March and 25 April in every Gregorian year."""
    assert date(year, 3, 26) <= hebrew_in_year(year, NISAN, 15) <= date(year, 4, 25)


@given(st.integers(1950, 2050), st.integers(1, 12))
def test_islamic_months_last_29_or_30_days(year: int, month: int) -> None:
    """Every observed Islamic month is 29 or 30 days long."""
    start, end = islamic_month_span(year, month)
    assert (end - start).days in (29, 30)
    assert islamic_observed_in_year(year, month, 1) == start


@given(st.dates(date(1950, 1, 1), date(2050, 1, 1)))
def test_new_moons_are_a_synodic_month_apart(day: date) -> None:
    """The next new moon is on or after the day, and at most 30 days later."""
    found = new_moon_after(day)
    assert 0 <= (found - day).days <= 30


def test_parsi_new_year_moves_back_a_day_every_four_years() -> None:
    """The 365-day Parsi year drifts one day earlier against the Gregorian every leap cycle."""
    assert parsi_new_year(2022) == date(2022, 8, 16)
    assert parsi_new_year(2014) == date(2014, 8, 18)


def test_every_rule_holiday_resolves_in_a_range_of_years() -> None:
    """Every named rule gives a non-empty span in the year asked for, or, for a lunar day
    that a Gregorian year happens to miss (Pausha fell wholly in 1949 and 1951), a
    ValueError in at most two years of four."""
    for key in RULE_HOLIDAYS:
        missed = 0
        for year in (1950, 2000, 2024, 2050):
            try:
                start, end = rule_holiday(key, year)
            except ValueError:
                missed += 1
                continue
            assert start.year == year and end > start
        assert missed <= 2, key


def test_hebrew_holidays_start_at_the_eve_only_when_scheduling() -> None:
    """News reads Yom Kippur as its day; the scheduling reading starts at the eve."""
    anchor = datetime(2018, 1, 1, tzinfo=timezone.utc)
    assert str(normalize("Yom Kippur 2018", anchor=anchor)) == "2018-09-19"
    assert str(normalize("Yom Kippur 2018", anchor=anchor, prefer="future")) == "2018-09-18"
    passover = normalize("Passover 2018", anchor=anchor, prefer="future")
    assert str(passover) == "2018-03-30/2018-04-07"


@pytest.mark.parametrize(
    ("key", "year", "day"),
    [
        (("diwali",), 2019, date(2019, 10, 27)),
        (("diwali",), 2023, date(2023, 11, 12)),
        (("diwali",), 2024, date(2024, 10, 31)),
        (("holi",), 2019, date(2019, 3, 21)),
        (("holi",), 2024, date(2024, 3, 25)),
        (("raksha", "bandhan"), 2018, date(2018, 8, 26)),
        (("ganesh", "chaturthi"), 2019, date(2019, 9, 2)),
        (("krishna", "janmashtami"), 2019, date(2019, 8, 23)),
        (("maha", "shivaratri"), 2020, date(2020, 2, 21)),
        (("rama", "navami"), 2020, date(2020, 4, 2)),
        (("ugadi",), 2018, date(2018, 3, 18)),
        (("thai", "pongal"), 2018, date(2018, 1, 14)),
        (("thai", "pongal"), 2019, date(2019, 1, 15)),
        (("vaisakhi",), 2018, date(2018, 4, 14)),
        (("rabindra", "jayanti"), 2019, date(2019, 5, 9)),
        (("onam",), 2018, date(2018, 8, 24)),
        (("onam",), 2019, date(2019, 9, 11)),
        (("onam",), 2021, date(2021, 8, 21)),
        (("onam",), 2022, date(2022, 9, 8)),
        (("onam",), 2023, date(2023, 8, 29)),
        (("onam",), 2024, date(2024, 9, 15)),
    ],
)
def test_indian_festivals_match_published_dates(key: tuple[str, ...], year: int, day: date) -> None:
    """Lunar days at the hour of their rite, and solar ingresses, give the published days."""
    assert rule_holiday(key, year) == (day, date.fromordinal(day.toordinal() + 1))


@given(st.integers(1950, 2050))
def test_diwali_falls_between_mid_october_and_mid_november(year: int) -> None:
    """The new moon of Ashvin always falls between 13 October and 15 November."""
    day = rule_holiday(("diwali",), year)[0]
    assert date(year, 10, 13) <= day <= date(year, 11, 15)
