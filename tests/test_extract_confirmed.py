"""The subject a passive phrase about sources confirms when the phrase is set off inside it."""

from __future__ import annotations

import pytest

from claimcheck._extract_confirmed import confirmed_subject
from claimcheck.extract import extract
from claimcheck.model import Source, Statement
from claimcheck.timespan import TimeSpan


def _subject(sentence: str) -> str | None:
    start = sentence.index("confirmed by")
    stop = sentence.index(",", start)
    found = confirmed_subject(sentence, start, stop)
    return None if found is None else sentence[found[0] : found[1]]


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        (
            "The fire at the Bergen depot, confirmed by both Reuters and the Fjord Post, has raised insurance costs.",
            "The fire at the Bergen depot",
        ),
        (
            "A landslide near Voss on 2 March, confirmed by two outlets, closed the road.",
            "A landslide near Voss on 2 March",
        ),
    ],
)
def test_an_event_subject_is_what_the_sources_confirm(sentence: str, subject: str) -> None:
    """An event named by the subject before a set-off passive phrase is what was confirmed."""
    assert _subject(sentence) == subject


@pytest.mark.parametrize(
    "sentence",
    [
        "The memo from the ministry, confirmed by both Reuters and the Fjord Post, said the toll was cut.",
        "The figure for March, confirmed by both Reuters and the Fjord Post, stands at forty.",
        "Oslo cut the toll in March, confirmed by both Reuters and the Fjord Post, and left it there.",
        "The fire, confirmed by both Reuters and the Fjord Post, spread.",
    ],
)
def test_reports_clauses_and_short_subjects_are_left_alone(sentence: str) -> None:
    """A report's subject, a phrase followed by a conjunction rather than the sentence's verb,
    or a subject of fewer than three words gives no confirmed subject."""
    assert _subject(sentence) is None


def test_the_sources_are_credited_with_the_event_not_the_inference() -> None:
    """Extraction credits each confirming source with the subject, not the writer's inference
    after the phrase."""
    source = Source(document_id="d", published=TimeSpan.day(2025, 3, 4))
    document = extract(
        "The fire at the Bergen depot, confirmed by both Reuters and the Fjord Post, showed "
        "that the port is poorly protected.",
        source=source,
    )
    credited = [
        (c.attribution.speaker_name, c.assertion.content)
        for c in document.claims
        if isinstance(c.assertion, Statement) and c.attribution is not None
    ]
    assert credited == [
        ("Reuters", "The fire at the Bergen depot"),
        ("Fjord Post", "The fire at the Bergen depot"),
    ]
