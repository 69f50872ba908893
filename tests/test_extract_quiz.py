"""Quizzes: numbered answers read with their numbered questions."""

from __future__ import annotations

from claimcheck._extract_quiz import quiz_pairs
from claimcheck.checks import run_checks
from claimcheck.extract import extract
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Count, Document, EventDate, RoleHeld, Source
from claimcheck.timespan import TimeSpan

KB = KnowledgeBase.default()
QUIZ = (
    "1. Who is the prime minister of the United Kingdom at the close of the year?\n"
    "2. How many members does NATO have now?\n"
    "3. Where did the leaders meet?\n\n"
    "Answers\n\n"
    "1. Rishi Sunak, in office since 2022.\n"
    "2. 30.\n"
    "3. Berlin.\n"
)


def _doc() -> Document:
    return extract(QUIZ, source=Source(document_id="quiz", published=TimeSpan.day(2024, 12, 30)), kb=KB)


def test_answers_pair_with_the_questions_of_their_numbers() -> None:
    """Each numbered answer pairs with the earlier numbered question of its number."""
    assert [(p.question[:8], p.answer) for p in quiz_pairs(QUIZ, 0)] == [
        ("Who is t", "Rishi Sunak, in office since 2022."),
        ("How many", "30."),
        ("Where di", "Berlin."),
    ]


def test_a_name_answering_who_holds_an_office_is_a_present_title() -> None:
    """A name answering "Who is the <office>?" is given that office at publication, and ROL001 checks it."""
    doc = _doc()
    roles = [c for c in doc.claims if isinstance(c.assertion, RoleHeld)]
    assert [(c.assertion.actor.name, c.assertion.role, c.evidence.text) for c in roles] == [  # type: ignore[union-attr]
        ("Rishi Sunak", "Prime Minister", "Rishi Sunak")
    ]
    assert "ROL001" in {f.code for f in run_checks([doc], KB)}


def test_a_number_answering_how_many_a_body_has_is_its_count() -> None:
    """A number answering "How many members does X have?" is X's count at publication, and CNT003 checks it."""
    doc = _doc()
    counts = [c.assertion for c in doc.claims if isinstance(c.assertion, Count)]
    assert [(c.subject, c.value) for c in counts] == [("NATO members", 30)]
    assert "CNT003" in {f.code for f in run_checks([doc], KB, select=["CNT003"])}


def test_a_date_answering_on_which_day_dates_the_event_the_question_names() -> None:
    """A date answering "On which day did X meet Y in Z?" dates that meeting, with the
    answer's date as evidence, and TIM001 sets it against the facts."""
    quiz = (
        "1. On which day did Joe Biden sit down with Olaf Scholz and Keir Starmer in Berlin?\n\n"
        "Answers\n\n1. On Thursday 17 October, at the chancellery.\n"
    )
    doc = extract(quiz, source=Source(document_id="quiz", published=TimeSpan.day(2024, 12, 30)), kb=KB)
    (event,) = doc.events
    assert event.kind == "meeting" and event.when == TimeSpan.day(2024, 10, 17)
    dated = [c.evidence.text for c in doc.claims if isinstance(c.assertion, EventDate) and c.evidence is not None]
    assert dated == ["Thursday 17 October"]
    assert [f.code for f in run_checks([doc], KB, select=["TIM001"])] == ["TIM001"]
