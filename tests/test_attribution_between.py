"""Tests for claimcheck._attribution_between: subjects a clause separates from their verb."""

from __future__ import annotations

import pytest

from _shapes import GROUP, SOMEONE, shape
from claimcheck._attribution_between import passive_participle
from claimcheck._attribution_text import tokenize
from claimcheck.model import Anonymity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three nurses interviewed by inspectors at the hospital said the ward was short.",
            ("Three nurses", GROUP, ()),
        ),
        (
            "A driver stopped by officers near the bridge said the lights had failed.",
            ("A driver", SOMEONE, ()),
        ),
    ],
)
def test_a_passive_agent_never_speaks(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """A participle with its agent between a description and the verb ("questioned by
    police") describes the speaker; the agent never becomes the speaker."""
    assert shape(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man who lost his boat in the storm said the warning came too late.",
            ("A man who lost his boat in the storm", SOMEONE, ()),
        ),
        (
            "Two women waiting at the ferry terminal said the crossing had been cancelled.",
            ("Two women waiting at the ferry terminal", GROUP, ()),
        ),
    ],
)
def test_a_relative_clause_belongs_to_the_speaker(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """A relative clause or a present participle after a description is part of who speaks."""
    assert shape(text) == expected


def test_a_clause_without_a_description_attributes_nothing() -> None:
    """A participle clause after something that is no person's description gives no
    speaker."""
    assert shape("The bridge damaged by the storm said nothing about the river.") is None


@pytest.mark.parametrize(
    ("word", "expected"),
    [("questioned", True), ("seen", True), ("red", False), ("Interviewed", False)],
)
def test_passive_participles(word: str, expected: bool) -> None:
    """Lower-case words in "-ed" longer than four letters and the common irregular
    participles may be passive participles."""
    (token,) = tokenize(word, 0, len(word))
    assert passive_participle(token) is expected


def test_a_place_inside_a_participle_clause_never_speaks() -> None:
    """A body named inside a participle clause ("waiting outside the court") is no
    speaker; the people described before it are."""
    text = "Four men waiting outside the tribunal said the hearing had been moved."
    assert shape(text) == ("Four men waiting outside the tribunal", GROUP, ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two envoys posted to Kinshasa said the talks had stalled.",
            ("Two envoys posted to Kinshasa", GROUP, ()),
        ),
        (
            "A pilot based at the northern airfield said the runway was flooded.",
            ("A pilot based at the northern airfield", SOMEONE, ()),
        ),
    ],
)
def test_a_placing_participle_belongs_to_the_speaker(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """A passive participle with a preposition ("posted to Kinshasa") tells where the
    speakers serve and is part of their description."""
    assert shape(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Several Asian diplomats accredited to Chile, meeting reporters in Santiago after "
            "the vote, said the national congress had delayed the bill.",
            ("Several Asian diplomats accredited to Chile", GROUP, ()),
        ),
        (
            "A county commissioner in the western hills, requesting anonymity because of "
            "threats made against his family by loggers, said the Forestry Service had left.",
            ("A county commissioner in the western hills", SOMEONE, ()),
        ),
    ],
)
def test_a_participle_aside_never_hands_the_verb_to_its_object(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """A long participle aside between commas separates the speaker from the verb; the body
    named after the verb is what was said about, never an inverted speaker."""
    assert shape(text) == expected
