"""Tests for how claimcheck.attribution reads a court speaking through its ruling."""

from __future__ import annotations

import pytest

from _shapes import BODY, GROUP, PERSON, SOMEONE, shape
from claimcheck.model import Anonymity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Constitutional Tribunal ruled that the decree had no legal force.",
            ("Constitutional Tribunal", BODY, ()),
        ),
        (
            "— The Court of Justice of the European Union, ruling that the levy broke EU law, "
            "ordered Hungary to repay it.",
            ("Court of Justice of the European Union", BODY, ()),
        ),
        (
            "The mayor, saying that the budget could not stretch further, shut the pool.",
            ("The mayor", SOMEONE, ()),
        ),
    ],
)
def test_a_court_speaks_through_its_ruling(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """"ruled that" and an inserted "ruling that" after a court (even after a bullet's dash)
    attribute the ruling to the court, as "saying that" inserted after a speaker does."""
    assert shape(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The minister ruled out a snap election.",
        "The dynasty ruled the country for two centuries.",
        "The ruling that the court handed down was long.",
    ],
)
def test_ruling_without_that_attributes_nothing(text: str) -> None:
    """"ruled out", "ruled the country" and the noun "ruling" attribute nothing."""
    assert shape(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The tribunal heard from Judge Tomás Ruiz de Alarcón that the files had vanished.",
            ("Tomás Ruiz de Alarcón", PERSON, ()),
        ),
        (
            "The inquiry heard from three midwives that the ward had been short of staff.",
            ("three midwives", GROUP, ()),
        ),
        ("The jury heard from the victim's family on Monday.", None),
    ],
)
def test_who_a_court_heard_from_speaks(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]] | None
) -> None:
    """What a court heard from someone "that" is that someone's statement; without "that"
    nothing is attributed."""
    assert shape(text) == expected
