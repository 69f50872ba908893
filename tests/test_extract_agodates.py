"""A time ago set beside the date it stands for."""

from __future__ import annotations

from datetime import date

from claimcheck._extract_agodates import ago_beside_date
from claimcheck.checks import run_checks
from claimcheck.dates import find_dates
from claimcheck.extract import extract
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Source
from claimcheck.timespan import TimeSpan

KB = KnowledgeBase.default()


def test_a_time_ago_beside_its_date_runs_from_the_date() -> None:
    """"over four years ago, in March 2019" is a length of over four years from March 2019."""
    text = "The treaty, ratified over four years ago, in March 2019, still binds."
    found = ago_beside_date(text, 0, find_dates(text, anchor=date(2024, 6, 1)))
    assert found is not None
    claim, start, stop = found
    assert claim.since == TimeSpan.month(2019, 3) and claim.length.years == 4
    assert text[start:stop] == "over four years ago, in March 2019"


def test_a_time_ago_apart_from_any_date_gives_nothing() -> None:
    """A time ago with no date right after it, or a date with words between, gives no length."""
    for text in ("It was ratified four years ago by the old parliament.", "It was ratified four years ago and signed on 3 May 2022."):
        assert ago_beside_date(text, 0, find_dates(text, anchor=date(2024, 6, 1))) is None


def test_a_time_ago_that_its_date_cannot_reach_is_flagged() -> None:
    """A time ago longer than the time since its own date, at the time of writing, is CNT001."""
    source = Source(document_id="ago", published=TimeSpan.day(2024, 6, 1))
    doc = extract("The pact, signed more than three years ago, on 3 May 2022, still holds.", source=source, kb=KB)
    assert [f.code for f in run_checks([doc], KB, select=["CNT001"])] == ["CNT001"]
    fine = extract("The pact, signed two years ago, on 3 May 2022, still holds.", source=source, kb=KB)
    assert run_checks([fine], KB, select=["CNT001"]) == []


def test_a_time_ago_joined_to_a_day_of_writing_is_one_date() -> None:
    """"one year ago today" names a day a year back, not a length running from today."""
    for text in ("One year ago today, on 7 March 2024, the flag went up.", "A decade ago this week the treaty was signed."):
        assert ago_beside_date(text, 0, find_dates(text, anchor=date(2025, 3, 7))) is None
    source = Source(document_id="anniv", published=TimeSpan.day(2025, 3, 7))
    doc = extract("One year ago today, on Thursday, 7 March 2024, the flag went up.", source=source, kb=KB)
    assert run_checks([doc], KB, select=["CNT001"]) == []
