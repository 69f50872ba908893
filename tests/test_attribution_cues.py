"""Tests for claimcheck._attribution_cues: the shapes of cues and the phrases they introduce."""

from __future__ import annotations

import pytest

from claimcheck.attribution import parse_attribution
from claimcheck.model import Anonymity

PERSON = Anonymity.NAMED_PERSON
BODY = Anonymity.NAMED_ORGANIZATION
SOMEONE = Anonymity.ANONYMOUS_PERSON
GROUP = Anonymity.ANONYMOUS_GROUP


@pytest.mark.parametrize(
    ("text", "speaker", "anonymity", "via"),
    [
        (
            "Ukrinform, quoting the regional governor, said the school was hit.",
            "the regional governor",
            SOMEONE,
            ("Ukrinform",),
        ),
        (
            "Euronews, citing Interfax, which quoted a Kremlin aide, reported a second call.",
            "a Kremlin aide",
            SOMEONE,
            ("Euronews", "Interfax"),
        ),
        (
            "Le Temps, quoting Swiss officials cited by the Neue Zürcher Zeitung, said it moved.",
            "Swiss officials",
            GROUP,
            ("Le Temps", "Neue Zürcher Zeitung"),
        ),
        (
            "Lavrov was quoted by TASS as saying that the offer stood.",
            "Lavrov",
            PERSON,
            ("TASS",),
        ),
        ("A senior aide was quoted as saying that nothing moved.", "A senior aide", SOMEONE, ()),
        (
            "The Pentagon declined to comment, but said the drills would go on.",
            "Pentagon",
            BODY,
            (),
        ),
        ("Navalnaya posted on Instagram that the ruling was unjust.", "Navalnaya", PERSON, ()),
        ("The story was denied by the defence ministry.", "defence ministry", BODY, ()),
    ],
)
def test_relays_passives_and_shared_subjects(
    text: str, speaker: str, anonymity: Anonymity, via: tuple[str, ...]
) -> None:
    """Quoting and citing relays nest in order; passives and shared subjects find the speaker."""
    found = parse_attribution(text)
    assert found is not None
    assert (found.speaker_name, found.anonymity, tuple(a.name for a in found.via)) == (
        speaker,
        anonymity,
        via,
    )


@pytest.mark.parametrize(
    "text",
    [
        "The figure is disputed by independent experts.",
        "The depot was quoted at a higher price.",
        "Prices rose and fell in a week.",
        "The envoy is believed to be in Riyadh.",
    ],
)
def test_near_cues_attribute_nothing(text: str) -> None:
    """Passives that are not speech and bare coordinations attribute nothing."""
    assert parse_attribution(text) is None
