"""Deals reported as struck at a summit's city, without a date."""

from __future__ import annotations

import pytest

from claimcheck._extract_summitacts import deal_at_summit
from claimcheck.kb import KnowledgeBase
from claimcheck.timespan import TimeSpan

KB = KnowledgeBase.default()
PUBLISHED = TimeSpan.day(2025, 3, 1)


@pytest.mark.parametrize(
    "text",
    [
        "At The Hague the allies agreed to spend more.",
        "The minister who secured the spending pledge at The Hague flew home.",
    ],
)
def test_a_past_deal_at_a_summit_city_is_a_summit_there_before_publication(text: str) -> None:
    """A past verb of agreeing next to a city where the facts hold a summit is that summit, dated on or before publication."""
    found = deal_at_summit(text, 0, PUBLISHED, kb=KB)
    assert found is not None and found.place is not None and found.place.name == "The Hague"
    assert found.when.start is None and found.when.end == PUBLISHED.end


@pytest.mark.parametrize(
    "text",
    [
        "At The Hague the allies will agree to spend more.",
        "At The Hague the allies are expected to have agreed by noon.",
        "At Lyon the ministers agreed to spend more.",
        "In Washington, lawmakers agreed to a funding bill.",
        "The allies agreed to spend more. At The Hague, the mood was calm.",
    ],
)
def test_a_deal_to_come_or_at_another_place_is_no_summit(text: str) -> None:
    """A deal still to come, at a city with no recorded summit, or in another sentence part, makes no summit."""
    assert deal_at_summit(text, 0, PUBLISHED, kb=KB) is None
