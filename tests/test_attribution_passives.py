"""Tests for claimcheck._attribution_passives: passive cues with a time before their agent."""

from __future__ import annotations

import pytest

from _shapes import BODY, shape
from claimcheck._attribution_passives import agent_by, issued_statement
from claimcheck._attribution_text import tokenize
from claimcheck.model import Anonymity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It was announced on Thursday by the port authority that the quay would close.",
            ("port authority", BODY, ()),
        ),
        (
            "Flood warnings for the valley were issued by the national weather service.",
            ("national weather service", BODY, ()),
        ),
        (
            "Schools stay shut until May — that was the order issued earlier this week by "
            "the Education Ministry.",
            ("Education Ministry", BODY, ()),
        ),
    ],
)
def test_a_passive_cue_credits_its_agent(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """The agent of a passive cue speaks, past a time before its "by", and a body that
    issues a warning or an order speaks too."""
    assert shape(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "New licences were issued by the transport office in March.",
        "The visas issued by the consulate have expired.",
    ],
)
def test_issuing_a_thing_attributes_nothing(text: str) -> None:
    """A body that issues a thing (a licence, a visa) says nothing."""
    assert shape(text) is None


def test_agent_by_stops_at_a_word_that_is_no_time() -> None:
    """Only a short time or an adverb may stand before the "by"."""
    text = "confirmed the plan by the court"
    assert agent_by(tokenize(text, 0, len(text)), 1, 6) is None


def test_issued_statement_needs_something_said() -> None:
    """"Issued" issues a statement only when a noun of something said comes with it."""
    said = tokenize("the alert issued", 0, 16)
    thing = tokenize("the visa issued", 0, 15)
    assert issued_statement(said, 2, 0) and not issued_statement(thing, 2, 0)


def test_data_published_by_a_body_keep_their_own_reading() -> None:
    """Data published on a day by a body and then shown are read as data, so the verb after
    the body's name stays out of its name."""
    text = "Figures released on Monday by the Central Bank of Ruritania showed reserves rising."
    assert shape(text) == ("Central Bank of Ruritania", BODY, ())


def test_agent_by_passes_a_place_only_when_asked() -> None:
    """A place before the "by" ("filed in Ottawa by") is passed over only with ``issuing``."""
    text = "filed in Ottawa by the bureau"
    tokens = tokenize(text, 0, len(text))
    assert agent_by(tokens, 1, 6, issuing=True) == 3
    assert agent_by(tokens, 1, 6) is None


@pytest.mark.parametrize("adverb", ["recently", "only yesterday", "quietly", "earlier today"])
def test_data_issued_after_an_adverb_keep_their_body(adverb: str) -> None:
    """Any adverb may stand between the participle that issues data and its "by": the body
    after it speaks through the data."""
    text = f"Figures published {adverb} by the Bureau of Statistics show exports falling."
    assert shape(text) == ("Bureau of Statistics", BODY, ())
