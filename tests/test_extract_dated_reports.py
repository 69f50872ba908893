"""An outlet's report dated right after its cue: the publication event it makes, and the
year a day without one is read in."""

from __future__ import annotations

import datetime

import pytest

from claimcheck._extract_dated_reports import dated_report
from claimcheck.attribution import find_attributions
from claimcheck.checks import run_checks
from claimcheck.dates import find_dates
from claimcheck.extract import extract
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Source
from claimcheck.timespan import TimeSpan

PUBLISHED = TimeSpan.day(2025, 5, 9)


def _when(text: str) -> str | None:
    dates = find_dates(text, anchor=datetime.date(2025, 5, 9))
    event = dated_report(text, find_attributions(text), dates, PUBLISHED)
    if event is None:
        return None
    assert text[event.start : event.stop].startswith("Reuters")
    return event.when.isoformat()


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Reuters reported on 3 May that the port reopened.", "2025-05-03"),
        ("Reuters reported on May 11 that the port reopened.", "2025-05-11"),
        ("Reuters reported on 11 May 2024 that the port reopened.", "2024-05-11"),
        ("Reuters reported on 2 September that the port reopened.", "2024-09-02"),
    ],
)
def test_a_report_is_dated_by_the_day_after_its_cue(text: str, when: str) -> None:
    """A yearless day within a week after publication is that year's; one further off is read
    as the tense reads it, and a day with its year keeps it."""
    assert _when(text) == when


@pytest.mark.parametrize(
    "text",
    [
        "The port reopened on 3 May, Reuters reported.",
        "Minister Kari Holm said on 3 May that the port reopened.",
        "Reuters reported that the port reopened on 3 May.",
    ],
)
def test_no_report_is_dated_without_an_outlet_cue_followed_by_its_day(text: str) -> None:
    """A date of the reported fact, or a person's statement, dates no report."""
    assert _when(text) is None


def test_a_report_dated_after_publication_is_flagged() -> None:
    """A story that dates an outlet's report the day after its own publication reports the
    future as past (`TIM003`), with the words from the outlet to the date as evidence."""
    kb = KnowledgeBase.default()
    text = "Ferries are back. Reuters reported on May 10 that the port had reopened."
    document = extract(text, source=Source(document_id="d", published=PUBLISHED), kb=kb)
    flagged = [f for f in run_checks([document], kb) if f.code == "TIM003"]
    assert [s.text for f in flagged for s in f.spans] == ["Reuters reported on May 10"]
