"""Tests for claimcheck._attribution_rulings: courts speaking through rulings and hearings."""

from __future__ import annotations

import pytest

from _shapes import BODY, GROUP, PERSON, SOMEONE, shape
from claimcheck._attribution_rulings import ruling_stop
from claimcheck._attribution_text import Token, tokenize
from claimcheck.attribution import parse_attribution
from claimcheck.model import Anonymity


def _tokens(text: str) -> list[Token]:
    return tokenize(text, 0, len(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The tax is lawful, the Federal Court ruled in a 3-2 decision.", "Federal Court"),
        ("The appeals court held in a unanimous ruling that the ban stood.", "appeals court"),
        ("The ban breaches the charter, Chile's Constitutional Court found.",
         "Chile's Constitutional Court"),
        ("The Supreme Court ruled that the levy could stay.", "Supreme Court"),
    ],
)
def test_a_court_states_its_ruling(text: str, speaker: str) -> None:
    """A court or a body that rules, holds or finds, alone or "in a 7-2 decision", speaks."""
    assert shape(text) == (speaker, BODY, ())


@pytest.mark.parametrize(
    "text",
    [
        "Divers found a second wreck off the coast.",
        "Police found a body in the river on Sunday.",
        "The truce held for only two days.",
        "The vote will be held in Geneva next spring.",
        "The court held a hearing in March.",
    ],
)
def test_finding_a_thing_is_no_ruling(text: str) -> None:
    """Finding, holding or ruling a thing, or a person who finds, attributes nothing."""
    assert parse_attribution(text) is None


def test_ruling_stop_ends_after_the_decision_phrase() -> None:
    """The ruling's cue runs over "in a split 2-1 decision" and stops before its object."""
    tokens = _tokens("The panel ruled in a split 2-1 decision that the fee was void.")
    assert tokens[ruling_stop(tokens, 3, len(tokens)) or 0].lower == "that"
    assert ruling_stop(_tokens("They found a wreck."), 2, 5) is None



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
        "The envoy held talks on Monday that ran past midnight.",
        "The governor held a briefing that nobody attended.",
        "The chair ruled out on Friday that proposal.",
    ],
)
def test_ruling_without_that_attributes_nothing(text: str) -> None:
    """"ruled out", "ruled the country", "held talks" and the noun "ruling" attribute nothing."""
    assert shape(text) is None


@pytest.mark.parametrize(
    ("text", "speaker", "anonymity"),
    [
        ("Judge Efua Mensima held that the eviction order had lapsed.", "Efua Mensima", PERSON),
        ("Speaking for a 5-2 majority, Justice Kofi Dapaah held that the fee was unlawful.",
         "Kofi Dapaah", PERSON),
        ("The court ruled on Tuesday that the contract must be retendered.", "court",
         BODY),
        ("Judge Efua Mensima ruled at the Land Court in Kumasi that the sale was void.",
         "Efua Mensima", PERSON),
        ("The magistrate ruled last week that bail would be refused.", "The magistrate",
         SOMEONE),
    ],
)
def test_a_judge_holds_or_rules_after_a_time_or_place(
    text: str, speaker: str, anonymity: Anonymity
) -> None:
    """"held that" attributes, and "ruled" reaches its "that" over an adverbial of when or where."""
    assert shape(text) == (speaker, anonymity, ())


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
