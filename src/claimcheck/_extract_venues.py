"""Where a gathering named by its kind alone took place: the place of the document's title.

A review of a summit names the summit's city in its title ("The press on Vilnius: a summit of
doubts") and then speaks of "the summit that opened on Tuesday". The gathering a title names
together with exactly one place is held there, so a gathering of that kind that the text
dates without a place is given the title's place, and can be set against the facts.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from claimcheck.checks.timing import GATHERINGS
from claimcheck.model import Actor, ActorKind

__all__ = ["gatherings_placed"]

_PLACE = re.compile(
    r"\b(?i:in|at|on|from|to)\s+(?P<name>(?:The\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)
"""A name after a preposition of place ("in Vilnius", "on The Hague")."""


def gatherings_placed(title: str, *, someone: Callable[[str], bool]) -> dict[str, Actor]:
    """The kinds of gathering *title* names ("summit", "summits"), each with the one place the
    title names after a preposition ("on The Hague"); nothing when it names no place or
    several, which leave the gathering's place open. Names that *someone* knows as a person
    or a body ("on Macron") are no places.

    >>> gatherings_placed("Papers on Vilnius: a summit of doubts", someone=lambda name: False)
    {'summit': Actor(name='Vilnius', kind=<ActorKind.PLACE: 'place'>, aliases=())}

    .. versionadded:: 0.1.0
    """
    places = {m.group("name") for m in _PLACE.finditer(title) if not someone(m.group("name"))}
    if len(places) != 1:
        return {}
    place = Actor(places.pop(), ActorKind.PLACE)
    return {kind: place for kind in sorted(GATHERINGS) if re.search(rf"\b{kind}s?\b", title, re.IGNORECASE)}
