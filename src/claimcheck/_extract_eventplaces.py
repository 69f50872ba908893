"""The place of a gathering or of the text it issued, where its own sentence names none.

News often sets the scene in one sentence and dates the gathering in the next ("In Riga.
The summit closed on 4 May, and its declaration ..."): the city named just before is where
the summit was. Only a city where the facts record a gathering of that kind near the date
counts, so a place named in passing does not become an event's venue.
"""

from __future__ import annotations

from datetime import timedelta

from claimcheck._extract_tokens import folded, tokenize
from claimcheck.checks.timing import GATHERINGS, ISSUED_KINDS
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Actor, ActorKind
from claimcheck.timespan import Granularity, TimeSpan

__all__ = ["SCENE_KINDS", "place_from_scene"]

SCENE_KINDS = ISSUED_KINDS | GATHERINGS
"""The kinds of event whose place a neighbouring sentence may give."""
_NEAR = timedelta(days=62)
"""How far from the date of the event a recorded gathering may lie."""


def place_from_scene(kind: str, when: TimeSpan, scene: str, *, kb: KnowledgeBase) -> Actor | None:
    """The place of an event of *kind* dated *when* that *scene* (the sentence before and the
    event's own) names: the city of the one recorded event of that kind near *when* whose
    place *scene* writes with a capital; ``None`` if none or several fit.

    Args:
        kind: The event's kind; only the `SCENE_KINDS` are placed.
        when: Its date.
        scene: The text to look for the place in.
        kb: The knowledge base whose events give the candidate places.

    >>> place_from_scene("summit", TimeSpan.day(2008, 4, 3), "In Bucharest.", kb=KnowledgeBase.default())
    Actor(name='Bucharest', kind=<ActorKind.PLACE: 'place'>, aliases=())

    .. versionadded:: 0.1.0
    """
    first, last = when.first_day(), when.last_day()
    if kind not in SCENE_KINDS or first is None or last is None:
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
