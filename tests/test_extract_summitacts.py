"""Deals reported as struck at a summit's city, without a date."""

from __future__ import annotations

import pytest

from claimcheck._extract_events import EventMention
from claimcheck._extract_summitacts import deal_at_summit, summit_course_told
from claimcheck.kb import KnowledgeBase
from claimcheck.timespan import TimeSpan

KB = KnowledgeBase.default()
PUBLISHED = TimeSpan.day(2025, 3, 1)


def _assert_hague_before_publication(found: EventMention | None) -> None:
    """The event found is the summit at The Hague, dated on or before publication."""
    assert found is not None and found.place is not None and found.place.name == "The Hague"
    assert found.when.start is None and found.when.end == PUBLISHED.end


@pytest.mark.parametrize(
    "text",
    [
        "At The Hague the allies agreed to spend more.",
        "The minister who secured the spending pledge at The Hague flew home.",
    ],
)
def test_a_past_deal_at_a_summit_city_is_a_summit_there_before_publication(text: str) -> None:
    """A past verb of agreeing next to a city where the facts hold a summit is that summit, dated on or before publication."""
    _assert_hague_before_publication(deal_at_summit(text, 0, PUBLISHED, kb=KB))


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


@pytest.mark.parametrize(
    "text",
    [
        "The summit in The Hague, which ended with a spending pledge, still divides the cabinet.",
        "The Hague summit took place amid heavy security.",
    ],
)
def test_a_summit_whose_course_is_told_in_the_past_is_one_before_publication(text: str) -> None:
    """A summit named by its city, followed by a past verb of its course ("ended", "took place"), is that summit, dated on or before publication."""
    _assert_hague_before_publication(summit_course_told(text, 0, PUBLISHED, kb=KB))


@pytest.mark.parametrize(
    "text",
    [
        "The summit in The Hague, which will end with a pledge, divides the cabinet.",
        "The summit in Lyon, which ended with a pledge, divides the cabinet.",
    ],
)
def test_a_summit_still_to_come_or_unrecorded_is_not_told_past(text: str) -> None:
    """A course still to come, or a city where the facts record no summit, gives no event."""
    assert summit_course_told(text, 0, PUBLISHED, kb=KB) is None


def test_a_summit_told_as_ended_before_it_met_is_flagged() -> None:
    """A story of March 2025 telling that The Hague summit ended reports the June summit as past (`TIM003`)."""
    from claimcheck.checks import run_checks
    from claimcheck.extract import extract
    from claimcheck.model import Source

    doc = extract(
        "The summit in The Hague, which ended with a spending pledge, still divides the cabinet.",
        source=Source(document_id="s", published=PUBLISHED), kb=KB,
    )
    assert [f.code for f in run_checks([doc], KB, select=["TIM003"])] == ["TIM003"]
