"""Reports named by their owner: the owner of a column, a brief or a newsletter speaks."""

from __future__ import annotations

import pytest

from claimcheck.attribution import parse_attribution
from claimcheck.model import ActorKind, Anonymity


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("As the Harbour Post's corrections column pointed out, two dates were wrong.", "Harbour Post"),
        ("The ferry fleet is ageing, the Fenwick Wire's factbox noted.", "Fenwick Wire"),
        ("Ports lost money last year, the Lindqvist Centre's brief said on Monday.", "Lindqvist Centre"),
        ("As this week's Tidewater Notes newsletter put it, the ferries are slow.", "Tidewater Notes"),
        ("Tolls rose by a third, as the Marsh Gazette's parliamentary sketch described.", "Marsh Gazette"),
    ],
)
def test_a_report_speaks_for_its_owner(text: str, speaker: str) -> None:
    """A report named with its owner's possessive (or a press product after the owner's name) is credited to the owner."""
    attribution = parse_attribution(text)
    assert attribution is not None
    assert attribution.speaker_name == speaker
    assert attribution.anonymity is Anonymity.NAMED_ORGANIZATION


def test_a_press_product_makes_its_owner_an_outlet() -> None:
    """Whoever owns a newsletter or a column is an outlet, even with a name that does not say so."""
    attribution = parse_attribution("As the Tidewater Notes newsletter put it, the ferries are slow.")
    assert attribution is not None and attribution.speaker is not None
    assert attribution.speaker.kind is ActorKind.OUTLET


@pytest.mark.parametrize(
    "text",
    [
        "Germany's defence ministry said the ferries were slow.",
        "Kyiv's plan, the Kremlin's press service said, is bad.",
    ],
)
def test_a_possessive_before_a_body_is_not_a_report(text: str) -> None:
    """A possessive before a body that is no report ("Germany's defence ministry") keeps the body as speaker."""
    attribution = parse_attribution(text)
    assert attribution is not None
    assert "ministry" in attribution.speaker_name or "service" in attribution.speaker_name
