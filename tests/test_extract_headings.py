"""Day headings in daybooks and diaries: entries without a date of their own speak of the day above them."""

from __future__ import annotations

from claimcheck.checks import run_checks
from claimcheck.extract import extract
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Document, EventDate, Modality, Source
from claimcheck.timespan import TimeSpan

KB = KnowledgeBase.default()
PLANNER = """WEDNESDAY 25 JUNE
THE HAGUE - Allied leaders hold their closing session. The declaration will be issued in the afternoon.

THURSDAY 26 JUNE, 09:00
BRUSSELS - The declaration is discussed by envoys."""


def _doc(text: str, doc_id: str = "d1", published: TimeSpan = TimeSpan.day(2025, 6, 18)) -> Document:
    return extract(text, source=Source(document_id=doc_id, published=published), kb=KB)


def _datings(doc: Document) -> list[tuple[str, str, str | None, Modality]]:
    found = []
    for claim in doc.claims:
        if isinstance(claim.assertion, EventDate):
            event = doc.event(claim.assertion.event)
            found.append((event.kind, claim.assertion.when.isoformat(), event.place.name if event.place else None, claim.modality))
    return found


def test_an_entry_under_a_day_heading_is_dated_and_placed_by_it() -> None:
    """An entry's event without a date is dated by the day heading above it and placed at its dateline."""
    assert ("declaration", "2025-06-25", "The Hague", Modality.EXPECTED) in _datings(_doc(PLANNER))


def test_a_heading_with_a_time_ends_the_day_above_it() -> None:
    """A heading that gives a time, not a plain day, stops the day heading before it from dating what follows."""
    assert [d for d in _datings(_doc(PLANNER)) if d[1] == "2025-06-25" and d[2] == "Brussels"] == []


def test_prose_without_headings_gains_no_dates() -> None:
    """A sentence with an event word and no date, in a text without day headings, dates nothing."""
    assert _datings(_doc("The declaration will be issued in the afternoon.")) == []


def test_a_schedule_that_agrees_with_the_facts_is_named_beside_a_wrong_dating() -> None:
    """A facts-based date conflict names another document whose schedule gives the recorded day."""
    wrong = _doc("The allies adopted the declaration at The Hague on 24 June.", "d2", TimeSpan.day(2025, 6, 27))
    (finding,) = run_checks([_doc(PLANNER), wrong], KB, select=["TIM001"])
    assert finding.documents == ("d1", "d2")
    assert "d1 gives 25 June 2025, as do the facts" in finding.message
