"""The speaker's own clause inside a relayed attribution ("A announced X, B reported"): the
statement the relay and a phrase about the relay's standing credit."""

from __future__ import annotations

import pytest

from claimcheck._extract_relayed import spoken_inside
from claimcheck.attribution import find_attributions
from claimcheck.extract import extract
from claimcheck.model import Source, Statement
from claimcheck.timespan import TimeSpan


def _inside(text: str) -> str | None:
    [mention] = find_attributions(text)
    found = spoken_inside(mention, key=lambda content: None)
    if found is None:
        return None
    assert text[found.start : found.stop] == found.statement.content
    return found.statement.content


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Norway announced a ban on bottom trawling near Svalbard, the Fjord Post reported.",
            "a ban on bottom trawling near Svalbard",
        ),
        (
            "Oslo confirmed that the ferry toll was dropped, the Harbor Times, which broke the story, said.",
            "the ferry toll was dropped",
        ),
    ],
)
def test_the_speakers_clause_between_cue_and_relay_is_read(text: str, said: str) -> None:
    """The words between the speaker's cue and the relay's name are what the speaker said."""
    assert _inside(text) == said


@pytest.mark.parametrize(
    "text",
    [
        "The Fjord Post reported that Norway will ban bottom trawling near Svalbard.",
        "Norway will ban bottom trawling, the Fjord Post reported.",
        "Norway announced, after weeks of talks, a ban on trawling, the Fjord Post reported.",
    ],
)
def test_no_clause_is_read_without_a_speaker_and_cue_before_the_relay(text: str) -> None:
    """An outlet speaking for itself, or a clause broken by commas, gives no inner statement."""
    mentions = find_attributions(text)
    assert all(spoken_inside(m, key=lambda content: None) is None for m in mentions)


def test_an_origin_phrase_inside_a_relay_credits_the_speakers_clause() -> None:
    """"A announced X, B, which broke the story, reported" credits X to B as its origin, not
    the words after the relay's cue."""
    text = (
        "Oslo announced a ban on bottom trawling near Svalbard on Monday, the Harbor Times, "
        "which broke the story, reported in its late edition."
    )
    source = Source(document_id="d", outlet=None, published=TimeSpan.day(2025, 3, 4))
    document = extract(text, source=source)
    credited = {
        c.attribution.speaker_name: c.assertion.content
        for c in document.claims
        if isinstance(c.assertion, Statement) and c.attribution is not None
    }
    assert credited == {"Harbor Times": "a ban on bottom trawling near Svalbard on Monday"}

