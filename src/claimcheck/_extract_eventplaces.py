"""What the sentences before an event tell of it: the event a sentence refers back to
("their talks", "the meeting"), and the place of the text a gathering issued, where its own
sentence names none.

News often sets the scene in one sentence and dates the gathering's text in the next ("In
Riga. The summit closed on 4 May, and its declaration ..."): the city named just before is
where it was issued. Only a city where the facts record a gathering of that kind near the date
counts, so a place named in passing does not become an event's venue.
"""

from __future__ import annotations

from datetime import timedelta

import attrs

from claimcheck._extract_events import EventMention
from claimcheck._extract_tokens import folded, tokenize
from claimcheck.checks.timing import ISSUED_KINDS
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Actor, ActorKind
from claimcheck.timespan import Granularity, TimeSpan

__all__ = ["place_from_scene", "referred_back"]

_NEAR = timedelta(days=62)
"""How far from the date of the event a recorded gathering may lie."""
_GENERIC_KINDS = {"ministerial_meeting": "meeting"}
"""Kinds of event with the plain word a later sentence refers back to them by: "the meeting"
after "the foreign ministers met" is the ministers' meeting."""
_BACK = 2
"""How many sentences back an event may be referred to."""


def referred_back(event: EventMention, last: tuple[int, EventMention] | None, number: int) -> EventMention:
    """*event*, of sentence *number*, where it names no place and refers back ("their talks")
    to *last* (the last event and its sentence's number), of its kind or one the plain word
    names (`_GENERIC_KINDS`), in the sentence or two before: with that event's place and
    participants, and its kind and name where the word is the plain one; else *event*.

    Args:
        event: The event of the sentence.
        last: The event found last before it, with its sentence's number.
        number: The number of the event's sentence.

    >>> from claimcheck.timespan import TimeSpan
    >>> day = TimeSpan.day(2024, 5, 6)
    >>> met = EventMention("ministerial_meeting", "EU trade ministers met", day, None, (), False, 0, 9)
    >>> later = EventMention("meeting", "meeting", day, None, (), False, 40, 50, anaphoric=True)
    >>> referred_back(later, (1, met), 2).name
    'EU trade ministers met'

    .. versionadded:: 0.1.0
    """
    if (
        last is None
        or not event.anaphoric
        or event.place is not None
        or event.kind not in (last[1].kind, _GENERIC_KINDS.get(last[1].kind))
        or number - last[0] > _BACK
    ):
        return event
    own = {p.actor.name for p in event.named}
    named = (*event.named, *(p for p in last[1].named if p.actor.name not in own))
    return attrs.evolve(
        event,
        kind=last[1].kind,
        name=last[1].name if last[1].kind != event.kind else event.name,
        place=last[1].place,
        participants=tuple(p.actor for p in named),
        named=named,
    )


def place_from_scene(kind: str, when: TimeSpan, scene: str, *, kb: KnowledgeBase) -> Actor | None:
    """The place of an event of *kind* dated *when* that *scene* (the sentence before and the
    event's own) names: the city of the one recorded event of that kind near *when* whose
    place *scene* writes with a capital; ``None`` if none or several fit.

    Only texts a gathering issued (`~claimcheck.checks.timing.ISSUED_KINDS`) are placed so:
    one city's gathering issues them at a time, while a summit itself may be any body's, and
    the city named before it another's.

    Args:
        kind: The event's kind.
        when: Its date.
        scene: The text to look for the place in.
        kb: The knowledge base whose events give the candidate places.

    >>> place_from_scene("declaration", TimeSpan.day(2008, 4, 3), "In Bucharest.", kb=KnowledgeBase.default())
    Actor(name='Bucharest', kind=<ActorKind.PLACE: 'place'>, aliases=())

    .. versionadded:: 0.1.0
    """
    first, last = when.first_day(), when.last_day()
    if kind not in ISSUED_KINDS or first is None or last is None:
        return None
    written = {folded(t.text) for t in tokenize(scene, 0) if t.capitalized}
    if not written:
        return None
    window = TimeSpan(first - _NEAR, last + _NEAR + timedelta(days=1), Granularity.DAY)
    places = set()
    for record in kb.find_events(kind=kind, during=window):
        if record.place is None:
            continue
        for part in record.place.name.split(","):
            words = folded(part).split()
            if words and set(words) <= written:
                places.add(part.strip())
    if len(places) != 1:
        return None
    return Actor(places.pop(), ActorKind.PLACE)
