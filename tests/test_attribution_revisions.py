"""Tests for claimcheck._attribution_revisions: a body revising its own forecast speaks."""

from __future__ import annotations

import pytest

from _shapes import BODY, shape
from claimcheck._attribution_revisions import revised_forecast
from claimcheck._attribution_text import tokenize


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The World Bank lowered its growth forecast for the region, citing drought.",
            "World Bank",
        ),
        ("Eskom, the state power utility, raised its estimate of winter demand.", "Eskom"),
    ],
)
def test_a_body_revising_its_forecast_speaks(text: str, speaker: str) -> None:
    """A body that raises or lowers its own forecast is the speaker of the clause."""
    assert shape(text) == (speaker, BODY, ())


@pytest.mark.parametrize(
    "text",
    [
        "Two brokers cut their estimates for the year.",
        "The bakery raised its prices in March.",
        "The board raised the forecast that the auditors had made.",
    ],
)
def test_revising_what_is_no_own_forecast_attributes_nothing(text: str) -> None:
    """People revising estimates, a body raising prices, or a forecast that is not the
    subject's own credit nobody."""
    assert shape(text) is None


def test_revised_forecast_needs_its_or_their() -> None:
    """Only "its" or "their" before the forecast makes it the subject's own."""
    text = "The fund raised the growth forecast"
    assert revised_forecast(tokenize(text, 0, len(text)), 2, 6) is None
