"""Date headings in daybooks, diaries and timelines: a line that is only a date, and the entries below it that speak of its day."""

from __future__ import annotations

from datetime import date

from claimcheck._extract_headings import heading_date
from claimcheck._extract_text import Sentence
from claimcheck.checks import run_checks
from claimcheck.dates import find_dates
from claimcheck.extract import extract
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Document, EventDate, Modality, Source
from claimcheck.timespan import TimeSpan

ANCHOR = date(2024, 12, 6)
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


def test_the_entry_right_below_a_heading_shows_the_heading_as_its_evidence() -> None:
    """The dating of the sentence right below a day heading has evidence that runs from the heading."""
    doc = _doc("Sunday, 26 January\nThe minister is sworn in.", published=TimeSpan.day(2025, 2, 3))
    (claim,) = [c for c in doc.claims if isinstance(c.assertion, EventDate)]
    assert claim.evidence.text.startswith("Sunday, 26 January\n") and claim.assertion.when == TimeSpan.day(2025, 1, 26)


def test_only_dateline_lines_carry_the_day_past_the_sentence_below_the_heading() -> None:
    """After the sentence right below a heading, only a line that opens with a dateline is an entry of its day."""
    timeline = _doc("TUESDAY 24 JUNE\nEnvoys meet. The declaration will be issued in the afternoon.")
    daybook = _doc("TUESDAY 24 JUNE\nTHE HAGUE - Envoys meet. The declaration will be issued in the afternoon.")
    assert [d[0] for d in _datings(timeline)] == ["meeting"]
    assert [(d[0], d[1], d[2]) for d in _datings(daybook)] == [
        ("meeting", "2025-06-24", "The Hague"),
        ("declaration", "2025-06-24", "The Hague"),
    ]


def test_a_day_heading_with_its_year_dates_the_entries_below_it() -> None:
    """A heading that gives its year is no time stamp: its entries take its day, not the one above."""
    daybook = _doc(
        "WEDNESDAY 25 JUNE\nTHE HAGUE - Allied leaders hold their closing session.\n\n"
        "Thursday, 26 June 2025\nBRUSSELS - The declaration will be issued by envoys."
    )
    assert [(d[0], d[1], d[2]) for d in _datings(daybook)] == [
        ("meeting", "2025-06-25", "The Hague"),
        ("declaration", "2025-06-26", "Brussels"),
    ]


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
