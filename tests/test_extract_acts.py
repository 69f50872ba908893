"""A person's act named after the person written before it, and the time of a past act."""

from __future__ import annotations

from claimcheck._extract_acts import before_publication, person_act
from claimcheck._extract_events import Participant
from claimcheck.model import Actor, ActorKind
from claimcheck.timespan import Modifier, TimeSpan

WHEN = TimeSpan.month(2024, 5)


def test_a_past_act_ends_with_the_day_of_publication() -> None:
    """The time of an act told as past is open before and ends where publication ends."""
    published = TimeSpan.day(2025, 3, 1)
    when = before_publication(published)
    assert when.start is None and when.end == published.end
    assert when.modifier is Modifier.ON_OR_BEFORE and when.granularity is published.granularity


def test_the_act_is_of_the_person_named_last_before_it() -> None:
    """Of two people named before the act's words, the act is the later-named one's."""
    people = [Participant(Actor("Jane Roe"), 0, 8), Participant(Actor("John Doe"), 13, 21)]
    found = person_act("inauguration", WHEN, people, 22, 30, reach=80)
    assert found is not None and found.name == "inauguration of John Doe"
    assert (found.start, found.stop, found.when) == (22, 30, WHEN)


def test_a_name_beyond_the_reach_or_not_a_person_tells_no_act() -> None:
    """A person named too far before the act's words, or a body, is no one's act."""
    far = [Participant(Actor("Jane Roe"), 0, 8)]
    body = [Participant(Actor("The Treasury", ActorKind.ORGANIZATION), 0, 12)]
    assert person_act("resignation", WHEN, far, 100, 110, reach=60) is None
    assert person_act("resignation", WHEN, body, 13, 20, reach=60) is None
