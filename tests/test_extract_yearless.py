"""Yearless dates and weekdays read at the level of the document."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck._extract_yearless import weekdays_named_before
from claimcheck.dates import find_dates
from claimcheck.extract import extract
from claimcheck.kb import KnowledgeBase
from claimcheck.model import EventDate, Source
from claimcheck.timespan import TimeSpan


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "The mayor quit on Tuesday, 4 March. Local papers said she did so only on Tuesday.",
            ["2031-03-04", "2031-03-04"],
        ),
        (
            "The mayor quit on Tuesday, 4 March. Her party meets again on Tuesday.",
            ["2031-03-04", "2031-03-18"],
        ),
        (
            "The mayor quit on Tuesday, 4 March.\n\nHer rival resigned on Tuesday.",
            ["2031-03-04", "2031-03-11"],
        ),
    ],
)
def test_a_bare_weekday_takes_up_the_dated_day_named_before_it(text: str, days: list[str]) -> None:
    """"On Tuesday" after "on Tuesday, 4 March" in its paragraph is that day, unless its tense
    points ahead of it or a paragraph lies between."""
    found = weekdays_named_before(text, find_dates(text, anchor=date(2031, 3, 13)))
    assert [d.value.isoformat() for d in found] == days


def test_an_event_dated_by_a_weekday_taken_up_again_keeps_the_day() -> None:
    """An event dated only by the weekday of a day named just before it is dated to that day."""
    text = "The cabinet met on Tuesday, 4 March. The premier resigned only on Tuesday, aides said."
    doc = extract(text, source=Source(document_id="y1", published=TimeSpan.day(2031, 3, 13)), kb=KnowledgeBase.default())
    days = [c.assertion.when.isoformat() for c in doc.claims if isinstance(c.assertion, EventDate)]
    assert days == ["2031-03-04", "2031-03-04"]
