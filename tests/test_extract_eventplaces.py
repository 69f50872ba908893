"""The place of a gathering taken from the sentence that sets the scene."""

from __future__ import annotations

from claimcheck._extract_eventplaces import place_from_scene
from claimcheck.kb import KnowledgeBase
from claimcheck.timespan import TimeSpan

KB = KnowledgeBase.default()


def test_a_city_of_a_recorded_gathering_near_the_date_places_the_event() -> None:
    """A city written in the scene where the facts hold a declaration within weeks is the declaration's place."""
    place = place_from_scene("declaration", TimeSpan.day(2024, 7, 12), "We went on to Washington.", kb=KB)
    assert place is not None and place.name == "Washington"


def test_a_city_without_a_recorded_gathering_or_another_kind_places_nothing() -> None:
    """A city with no recorded declaration near the date, a kind other than an issued text, or
    a city written in lower case, gives no place."""
    assert place_from_scene("declaration", TimeSpan.day(2019, 7, 12), "We went on to Washington.", kb=KB) is None
    assert place_from_scene("summit", TimeSpan.day(2024, 7, 12), "We went on to Washington.", kb=KB) is None
    assert place_from_scene("declaration", TimeSpan.day(2024, 7, 12), "we went on to washington.", kb=KB) is None
