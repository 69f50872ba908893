"""Tests for claimcheck._attribution_sites: cue sites and the tokens around them."""

from __future__ import annotations

import pytest

from _shapes import GROUP, SOMEONE, shape
from claimcheck._attribution_sites import share_of
from claimcheck._attribution_text import tokenize
from claimcheck.model import Anonymity


@pytest.mark.parametrize(
    ("text", "speaker", "anonymity", "via"),
    [
        (
            "Novaya Gazeta wrote, citing two officers, that the unit withdrew, the BBC reported.",
            "two officers",
            GROUP,
            ("BBC", "Novaya Gazeta"),
        ),
        (
            "Kommersant reported, quoting a bank official, that rates would rise, Bloomberg said.",
            "a bank official",
            SOMEONE,
            ("Bloomberg", "Kommersant"),
        ),
    ],
)
def test_a_closing_outlet_reports_all_the_rest(
    text: str, speaker: str, anonymity: Anonymity, via: tuple[str, ...]
) -> None:
    """"..., Reuters said." at the end of a clause makes that outlet the outermost one."""
    assert shape(text) == (speaker, anonymity, via)


def test_an_outlet_that_opens_the_clause_stays_outermost() -> None:
    """Without a closing outlet the order of the chain is the order of the citations."""
    assert shape("Reuters, citing Kommersant, said a banker expects a rise.") == (
        "Kommersant",
        Anonymity.NAMED_ORGANIZATION,
        ("Reuters",),
    )


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("Forty per cent of respondents said", 4, True),
        ("40% of voters say", 2, True),
        ("a third of residents said", 3, True),
        ("two of the officials said", 2, False),
        ("sources said", 0, False),
    ],
)
def test_a_share_of_a_group_is_a_statistic(text: str, start: int, expected: bool) -> None:
    """A subject counted as a share of a group ("per cent of", "a third of") is no speaker."""
    tokens = tokenize(text, 0, len(text))
    assert share_of(tokens, start, 0) is expected
