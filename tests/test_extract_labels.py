"""Dates written as labels of a noun date only the words they label."""

from __future__ import annotations

import datetime

import pytest

from claimcheck._extract_labels import labelled_phrase
from claimcheck.checks import run_checks
from claimcheck.dates import find_dates
from claimcheck.extract import extract
from claimcheck.kb import KnowledgeBase
from claimcheck.model import EventDate, Source
from claimcheck.timespan import TimeSpan

KB = KnowledgeBase.default()
SOURCE = Source(document_id="labels", published=TimeSpan.day(2024, 12, 4))


def _label(sentence: str) -> str | None:
    (date,) = find_dates(sentence, anchor=datetime.date(2024, 12, 4))
    found = labelled_phrase(sentence, 0, date)
    return None if found is None else sentence[found[0] : found[1]]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The cabinet forced the 2025 pension budget through parliament.", "pension budget"),
        ("The November 5 election was close.", "election"),
        ("The bank cut its 2025 growth forecast by half.", "growth forecast"),
        ("The ministers met on 3 December in Brussels.", None),
        ("The talks ended in 2023.", None),
    ],
)
def test_a_date_between_a_determiner_and_a_noun_labels_that_noun(sentence: str, label: str | None) -> None:
    """After a determiner or a possessive and before words, a date labels the words up to a
    preposition, conjunction, auxiliary or past participle; after a preposition it labels nothing."""
    assert _label(sentence) == label


def test_a_year_labelling_a_budget_does_not_date_a_vote() -> None:
    """"pushed the 2025 budget through without a vote" puts no vote in 2025: no event, no TIM003."""
    doc = extract(
        "The prime minister pushed the 2025 pension budget through parliament without a vote.",
        source=SOURCE,
        kb=KB,
    )
    assert doc.events == ()
    assert run_checks([doc], KB, select=["TIM003"]) == []


def test_a_labelled_event_takes_its_label_over_a_nearer_date() -> None:
    """"who won the November 5 election, on January 20" holds the election on 5 November."""
    doc = extract(
        "Power passes to Donald Trump, who won the November 5 election, on January 20.",
        source=SOURCE,
        kb=KB,
    )
    dates = {doc.event(c.assertion.event).kind: str(c.assertion.when) for c in doc.claims if isinstance(c.assertion, EventDate)}
    assert dates.get("election") == "2024-11-05"
