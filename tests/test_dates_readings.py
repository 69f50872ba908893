"""The other fair readings of date expressions that careful readers take two ways."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from claimcheck._dates_readings import fair_readings
from claimcheck.dates import find_dates
from claimcheck.timespan import TimeSpan


def _readings(text: str, anchor: date | datetime) -> list[str]:
    (mention,) = [m for m in find_dates(text, anchor=anchor) if isinstance(m.value, TimeSpan)]
    assert isinstance(mention.value, TimeSpan)
    return [r.isoformat() for r in fair_readings(text, mention.value, anchor)]


@pytest.mark.parametrize(
    ("text", "anchor", "readings"),
    [
        ("The cabinet faces a confidence vote this week.", date(2031, 3, 9), ["2031-W10", "2031-W11"]),
        ("The cabinet will face a confidence vote this week.", date(2031, 3, 8), ["2031-W10", "2031-W11"]),
        ("The cabinet lost a confidence vote this week.", date(2031, 3, 9), ["2031-W10"]),
        ("The cabinet faces a confidence vote this week.", date(2031, 3, 7), ["2031-W10"]),
        ("Envoys meet again next Thursday.", date(2031, 3, 10), ["2031-03-13", "2031-03-20"]),
        ("Envoys meet again next Thursday.", date(2031, 3, 15), ["2031-03-20"]),
        ("The envoys met last Friday.", date(2031, 3, 8), ["2031-03-07", "2031-02-28"]),
        ("The envoys met last Friday.", date(2031, 3, 10), ["2031-03-07"]),
        ("The envoys met on 3 March.", date(2031, 3, 9), ["2031-03-03"]),
        ("The cabinet faces a vote on Wednesday.", date(2031, 3, 9), ["2031-03-05", "2031-03-12"]),
        ("The cabinet lost a vote on Wednesday.", date(2031, 3, 9), ["2031-03-05"]),
    ],
)
def test_fair_readings(text: str, anchor: date, readings: list[str]) -> None:
    """The convention's reading comes first; a day no tense points adds the coming one; "this
    week" in a weekend story with a verb that is not past, and "next" or "last" with a weekday,
    add the other week's reading where it differs."""
    assert _readings(text, anchor) == readings


def test_a_datetime_anchor_reads_its_own_calendar_day() -> None:
    """A publication time late on a Sunday in its own zone is a weekend anchor, whatever the UTC day."""
    sunday_night = datetime(2031, 3, 9, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    assert _readings("The cabinet faces a confidence vote this week.", sunday_night) == ["2031-W10", "2031-W11"]


def test_words_without_the_reading_are_left_alone() -> None:
    """A value that no expression of the words resolves to is returned alone."""
    week = TimeSpan.from_iso("2031-W10")
    assert fair_readings("The vote is next Thursday.", week, date(2031, 3, 9)) == (week,)
