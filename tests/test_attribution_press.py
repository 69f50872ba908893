"""Tests for claimcheck._attribution_press: the outlet phrases a reader finds."""

from __future__ import annotations

import pytest

from claimcheck._attribution_outlets import Outlets
from claimcheck._attribution_press import PressReader
from claimcheck._attribution_spans import Kind
from claimcheck._attribution_text import tokenize


def _outlet(text: str) -> tuple[str, str] | None:
    """The outlet read at the first token of *text*, as its name and the text it spans."""
    tokens = tokenize(text, 0, len(text))
    found = PressReader(text, Outlets([])).outlet(tokens, 0, len(tokens))
    if found is None:
        return None
    assert found.kind is Kind.OUTLET and found.outlet is not None
    return found.outlet.name, text[tokens[found.start].start : tokens[found.stop - 1].end]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le Monde reported", "Le Monde"),
        ("the Portuguese weekly Expresso said", "Expresso"),
        ("the Malta Observer wrote", "Malta Observer"),
        ("Radio Tirana said", "Radio Tirana"),
        ("rtp.pt reported", "rtp.pt"),
    ],
)
def test_known_described_evident_and_glued_outlets_are_read(text: str, name: str) -> None:
    """A listed outlet, one a descriptor introduces, one whose name says so, and a site's
    name are all outlets."""
    found = _outlet(text)
    assert found is not None and found[0] == name


@pytest.mark.parametrize(
    "text",
    ["the Australian Bureau of Statistics said", "Minister Vidal said", "the harbour said"],
)
def test_bodies_people_and_common_nouns_are_no_outlets(text: str) -> None:
    """A body's name, a titled person and a common noun are no outlets."""
    assert _outlet(text) is None
