"""Tests for claimcheck._attribution_cues: the shapes of cues and the phrases they introduce."""

from __future__ import annotations

import pytest

from _shapes import shape
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
        ("Sandu's spokeswoman said the vote was fair.", "Sandu's spokeswoman", SOMEONE, ()),
        ("Interfax news agency reported that the jet landed.", "Interfax", BODY, ()),
    ],
)
def test_relays_passives_and_shared_subjects(
    text: str, speaker: str, anonymity: Anonymity, via: tuple[str, ...]
) -> None:
    """Quoting and citing relays nest in order; passives, shared subjects, possessives and
    outlets with their descriptor find the speaker."""
    assert shape(text) == (speaker, anonymity, via)
