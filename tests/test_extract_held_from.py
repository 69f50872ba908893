"""Tenures dated by "has led <body> since <date>": a title on a day, a taking of office in a
month or a year, or a move into an office."""

from __future__ import annotations

import pytest

from claimcheck.checks import run_checks
from claimcheck.extract import extract
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Document, EventDate, RoleHeld, Source, TitleTime
from claimcheck.timespan import TimeSpan

KB = KnowledgeBase.default()
LATE_2024 = TimeSpan.day(2024, 12, 2)
EARLY_2025 = TimeSpan.day(2025, 2, 3)


def _doc(text: str) -> Document:
    return extract(text, source=Source(document_id="h1", published=LATE_2024), kb=KB)


def _kinds(doc: Document) -> list[str]:
    return [doc.event(c.assertion.event).kind for c in doc.claims if isinstance(c.assertion, EventDate)]


def _titled(text: str) -> Document:
    return extract(text, source=Source(document_id="since", published=EARLY_2025), kb=KB)


def _dated(doc: Document) -> list[tuple[str, TimeSpan | None]]:
    return [
        (c.evidence.text, c.assertion.when)
        for c in doc.claims
        if isinstance(c.assertion, RoleHeld) and c.assertion.title_time is TitleTime.THEN
    ]


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


def test_a_move_into_an_office_in_a_later_month_is_reported_out_of_order() -> None:
    """A past move into a ministry "in July", written in June before the recorded July start, is flagged."""
    source = Source(document_id="m1", published=TimeSpan.day(2025, 6, 2))
    text = "Denys Shmyhal, who moved from the cabinet office to the defence ministry in July, spoke by video."
    doc = extract(text, source=source, kb=KB)
    assert _kinds(doc) == ["inauguration"]
    assert [f.code for f in run_checks([doc], KB, select=["TIM003"])] == ["TIM003"]


def test_a_move_in_the_month_the_facts_record_is_clean() -> None:
    """A move dated to the month the facts start the tenure in raises nothing."""
    source = Source(document_id="m2", published=TimeSpan.day(2025, 9, 2))
    text = "Denys Shmyhal, who moved to the defence ministry in July, spoke by video."
    doc = extract(text, source=source, kb=KB)
    assert run_checks([doc], KB, select=["TIM001", "TIM003"]) == []


def test_a_move_to_a_place_is_no_taking_of_office() -> None:
    """Moving to a city or a house is not taking an office."""
    doc = _doc("Jane Roe moved from Lyon to the coast in July.")
    assert "inauguration" not in _kinds(doc)


def test_a_title_held_since_a_day_is_a_title_on_that_day() -> None:
    """"Title X, who has led ... since <day>" gives X the title on that day, and ROL001 flags
    a day before the recorded start."""
    doc = _titled("Defense Secretary Pete Hegseth, who has run the department since January 21, flew to Brussels.")
    assert _dated(doc) == [
        ("Defense Secretary Pete Hegseth, who has run the department since January 21", TimeSpan.day(2025, 1, 21))
    ]
    assert [f.code for f in run_checks([doc], KB, select=["ROL001"])] == ["ROL001"]


def test_a_title_held_since_its_recorded_start_is_clean() -> None:
    """The recorded first day, or a later one, gives no finding."""
    doc = _titled("Defense Secretary Pete Hegseth, who has led the Pentagon since January 25, flew to Brussels.")
    assert len(_dated(doc)) == 1
    assert run_checks([doc], KB, select=["ROL001"]) == []


def test_a_month_or_year_since_is_not_a_day_of_holding() -> None:
    """"since May 2024" or "since 2004" may begin before the tenure and still be right: no claim."""
    assert _dated(_titled("Foreign Minister Sergey Lavrov, who has served since 2004, spoke.")) == []
    text = "Defence Minister Andrei Belousov, who has led the ministry since May 2024, spoke."
    assert _dated(_titled(text)) == []


def test_a_since_outside_the_relative_clause_is_not_read() -> None:
    """A "since" after the clause ends, or with no verb of holding, dates no title."""
    assert _dated(_titled("Defense Secretary Pete Hegseth, who flew in, has been busy since January 21.")) == []
    assert _dated(_titled("Defense Secretary Pete Hegseth, who has complained since January 21, spoke.")) == []
