"""Lines that are only a date, as timelines write them."""

from __future__ import annotations

from datetime import date

from claimcheck._extract_headings import heading_date
from claimcheck._extract_text import Sentence
from claimcheck.dates import find_dates

ANCHOR = date(2024, 12, 6)


def _heading(text: str) -> str | None:
    line = Sentence(number=1, offset=0, text=text, paragraph=1)
    found = heading_date(line, find_dates(text, anchor=ANCHOR))
    return None if found is None else found.value.isoformat()  # type: ignore[union-attr]


def test_a_line_of_only_a_date_is_a_heading() -> None:
    """A date alone on its line, with a weekday or trailing punctuation, is a heading."""
    assert _heading("Tuesday, 3 December") == "2024-12-03"
    assert _heading("3 December:") == "2024-12-03"


def test_a_sentence_or_two_dates_are_no_heading() -> None:
    """A line that says more than its date, or gives two dates, is no heading."""
    assert _heading("The talks began on 3 December.") is None
    assert _heading("3 December and 9 December") is None
    assert _heading("What comes next") is None
