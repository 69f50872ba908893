"""A person's act a sentence tells (a confirmation, a taking of office), named after the
person written last before its words, and the open time of an act told as already past."""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck._extract_events import EventMention, Participant
from claimcheck.model import ActorKind
from claimcheck.timespan import Modifier, TimeSpan

__all__ = ["before_publication", "person_act"]


def before_publication(published: TimeSpan) -> TimeSpan:
    """The time of an act a text tells as past without dating it: on or before *published*.

    Args:
        published: When the text was published.

    Returns:
        The open span that ends where *published* ends, at its granularity.

    >>> before_publication(TimeSpan.day(2024, 2, 1)).isoformat()
    '../2024-02-01'

    .. versionadded:: 0.1.0
    """
    return TimeSpan(None, published.end, published.granularity, Modifier.ON_OR_BEFORE)


def person_act(
    kind: str, when: TimeSpan, people: Sequence[Participant], start: int, stop: int, *, reach: int
) -> EventMention | None:
    """The event of kind *kind* dated *when* of the person named last before *start*, their
    name ending at most *reach* characters before it (in the act's clause).

    Args:
        kind: The event's kind ("confirmation", "inauguration").
        when: The event's time.
        people: The people and things the sentence names, with their offsets.
        start: Where the words that tell the act start in the document.
        stop: Where they stop.
        reach: How many characters before *start* the person's name may end.

    Returns:
        The event of that person, with the characters from *start* to *stop*; ``None`` when
        no person is named there.

    >>> from claimcheck.model import Actor
    >>> named = [Participant(Actor("Jane Roe"), 0, 8)]
    >>> found = person_act("resignation", TimeSpan.year(2024), named, 9, 18, reach=60)
    >>> found.name, found.when.isoformat()
    ('resignation of Jane Roe', '2024')

    .. versionadded:: 0.1.0
    """
    before = [
        p for p in people if p.actor.kind is ActorKind.PERSON and start - reach <= p.stop <= start
    ]
    if not before:
        return None
    person = max(before, key=lambda p: p.stop)
    name = f"{kind} of {person.actor.name}"
    return EventMention(kind, name, when, None, (person.actor,), False, start, stop, (person,))
