"""A tenure's start given by "has led <body> since <month or year>", dated against the facts."""

from __future__ import annotations

import pytest

from claimcheck.checks import run_checks
from claimcheck.extract import extract
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Document, EventDate, Source
from claimcheck.timespan import TimeSpan

KB = KnowledgeBase.default()
LATE_2024 = TimeSpan.day(2024, 12, 2)


def _doc(text: str) -> Document:
    return extract(text, source=Source(document_id="h1", published=LATE_2024), kb=KB)


def _kinds(doc: Document) -> list[str]:
    return [doc.event(c.assertion.event).kind for c in doc.claims if isinstance(c.assertion, EventDate)]


def test_a_month_before_the_recorded_start_is_an_event_date_conflict() -> None:
    """"has led NATO since September" for a secretary general who took office on 1 October is flagged."""
    doc = _doc("The ministers will meet under Mark Rutte, who has led NATO since September.")
    assert [f.code for f in run_checks([doc], KB, select=["TIM001"])] == ["TIM001"]


@pytest.mark.parametrize(
    "text",
    [
        "The ministers will meet under Mark Rutte, who has led NATO since October.",
        "The ministers will meet under Mark Rutte, who has been secretary general since October.",
        "The ministers will meet under Mark Rutte, who has led NATO since 2024.",
    ],
)
def test_a_month_or_year_that_holds_the_start_is_clean(text: str) -> None:
    """A month or a year that holds the recorded start of the tenure raises nothing."""
    doc = _doc(text)
    assert _kinds(doc) == ["inauguration"]
    assert run_checks([doc], KB, select=["TIM001"]) == []


@pytest.mark.parametrize(
    "text",
    [
        "Mark Rutte has led the talks since August.",
        "Mark Rutte has led NATO since 5 August.",
        "Mark Rutte had led the Dutch cabinet since 2010.",
    ],
)
def test_other_things_led_and_days_give_no_start(text: str) -> None:
    """Leading talks, a day after "since" and a past perfect give no start of a tenure here."""
    assert "inauguration" not in _kinds(_doc(text))
