"""Tests for how claimcheck.attribution reads persons known only by their trade or role."""

from __future__ import annotations

import pytest

from _shapes import BODY, GROUP, PERSON, SOMEONE, shape
from claimcheck import _attribution_roles as roles
from claimcheck.model import Anonymity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A barrister for the families said the inquest had been rushed.",
            ("A barrister for the families", SOMEONE, ()),
        ),
        (
            "Three shopkeepers on Castle Street said trade had fallen since the bridge closed.",
            ("Three shopkeepers on Castle Street", GROUP, ()),
        ),
        (
            "“It is spreading faster than last winter,” said one virologist at the Charité.",
            ("one virologist at the Charité", SOMEONE, ()),
        ),
        (
            "Le Soir, citing a firefighter at the scene, reported that the roof had collapsed.",
            ("a firefighter at the scene", SOMEONE, ("Le Soir",)),
        ),
        (
            "Two traders involved in the auction told Bloomberg the bids had been withdrawn.",
            ("Two traders involved in the auction", GROUP, ("Bloomberg",)),
        ),
    ],
)
def test_a_trade_heads_an_anonymous_description(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """A person known only by a trade ("a barrister", "three shopkeepers") is an anonymous
    speaker, with the place or party after it, never the place or party itself."""
    assert shape(text) == expected


def test_trades_in_the_plural() -> None:
    """Trades are read in the plural too, with the irregular plurals of "-man" as written."""
    assert {"fishermen", "midwives", "lawyers", "epidemiologists"} <= roles.PLURAL
    assert {"coaches", "nannies", "children", "businesswomen", "wives"} <= roles.PLURAL
    assert not {"fishermans", "midwifes", "coachs", "nannys"} & roles.PLURAL
    assert "lawyer" in roles.SINGULAR


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fishermen told the BBC the catch had halved.", ("Fishermen", GROUP, ("BBC",))),
        ("A teacher in Herat said the school had shut.", ("A teacher in Herat", SOMEONE, ())),
        ("Two judges said the backlog had grown.", ("Two judges", GROUP, ())),
        ("Judge Maria Lopez said the backlog had grown.", ("Maria Lopez", PERSON, ())),
    ],
)
def test_common_roles_head_descriptions_of_people(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """Trades and roles ("fishermen", "a teacher", "judges") describe unnamed people; a role
    written as a title before a name is that person's title."""
    assert shape(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A hop grower near Canterbury said the rain had come too late.",
            ("A hop grower near Canterbury", SOMEONE, ()),
        ),
        (
            "“Nobody warned us,” the driver's widow said at the inquest.",
            ("the driver's widow", SOMEONE, ()),
        ),
        (
            "Two women waiting at the ferry terminal said the crossing had been cancelled.",
            ("Two women waiting at the ferry terminal", GROUP, ()),
        ),
        (
            "Hundreds of commuters on the Northern line said the delays were the worst yet.",
            ("Hundreds of commuters on the Northern line", GROUP, ()),
        ),
    ],
)
def test_people_known_by_kin_sex_or_trade(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """A person known by kin, sex or a trade of the land or the shop floor ("a grower", "the
    widow", "two women") speaks anonymously, with a count before the people kept."""
    assert shape(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ana Ruiz thanked the nurses and said the ward would stay open.",
        "Ana Ruiz asked the farmers for patience and said the ward would stay open.",
    ],
)
def test_the_object_of_a_verb_never_speaks_for_its_subject(text: str) -> None:
    """People named as the object of a verb before "and said" ("thanked the nurses") are
    not the speaker; the subject of both verbs is."""
    found = shape(text)
    assert found is not None
    assert found[0] == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The miners' wives said in a letter that the pit must stay open.",
            ("The miners' wives", GROUP, ()),
        ),
        (
            "A handful of nurses on the night shift said the ward was unsafe.",
            ("A handful of nurses on the night shift", GROUP, ()),
        ),
    ],
)
def test_plural_owners_and_collectives_stay_in_descriptions(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """A plural owner ("the miners' wives") and a collective with its article ("a handful
    of nurses") are part of the description of who speaks."""
    assert shape(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A regional commissioner said the bridge had closed.",
            ("A regional commissioner", SOMEONE, ()),
        ),
        (
            "Staff at the port authority said cranes were idle.",
            ("Staff at the port authority", GROUP, ()),
        ),
    ],
)
def test_offices_and_staff_are_anonymous(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """An office held by many ("a regional commissioner") and staff placed at a body speak
    anonymously; the body they work at does not speak."""
    assert shape(text) == expected


def test_a_general_staff_is_a_body() -> None:
    """Staff with no place after it ("the army's general staff") names a body."""
    found = shape("The navy's general staff said the drill was over.")
    assert found is not None and found[1] is BODY
