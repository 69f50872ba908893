"""Tests for claimcheck._attribution_findings: bodies that speak through data, forecasts and
rulings."""

from __future__ import annotations

import pytest

from _shapes import BODY, shape


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Statistics Denmark data show that exports slowed in the spring.", "Statistics Denmark"),
        (
            "Figures released on Monday by the Bank of Portugal showed lending fell.",
            "Bank of Portugal",
        ),
        ("The Central Bank of Chile expects inflation to ease next year.", "Central Bank of Chile"),
        ("The Supreme Court of Norway ruled that the licence was void.", "Supreme Court of Norway"),
        (
            "The World Trade Organization lowered its forecast for trade growth.",
            "World Trade Organization",
        ),
    ],
)
def test_a_body_speaks_through_its_findings(text: str, speaker: str) -> None:
    """A body whose data show, who expects, rules or revises its own forecast speaks."""
    assert shape(text) == (speaker, BODY, ())


@pytest.mark.parametrize(
    "text",
    [
        "The new figures show that exports slowed.",
        "Farmers expect the harvest to be poor.",
        "Police found the missing boat near the harbour.",
        "The coach lowered the price of the tickets.",
    ],
)
def test_data_or_findings_of_nobody_named_attribute_nothing(text: str) -> None:
    """Data that nobody made, people who expect, police who find, or a revision that is no
    forecast attribute nothing."""
    assert shape(text) is None
