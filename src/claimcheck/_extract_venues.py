"""Where a gathering took place: the place of the document's title, or the place that names
what it issued.

A review of a summit names the summit's city in its title ("The press on Vilnius: a summit of
doubts") and then speaks of "the summit that opened on Tuesday". The gathering a title names
together with exactly one place is held there, so a gathering of that kind that the text
dates without a place is given the title's place, and can be set against the facts.

A text a gathering issued is named by the gathering's place written before it ("the
Washington summit declaration", "The Hague summit declaration"): that place is the text's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from claimcheck._extract_lexicon import MONTHS, NOT_NAMES, WEEKDAYS
from claimcheck.checks.timing import GATHERINGS
from claimcheck.model import Actor, ActorKind

__all__ = ["gatherings_placed", "issuer_place"]

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


_NAME_BEFORE = re.compile(r"(?P<name>(?:The\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+$")
"""A capitalised name of up to three words right before a point of the text."""


def issuer_place(before: str, *, someone: Callable[[int, int], bool]) -> Actor | None:
    """The place named right before the words of a text a gathering issued: *before* is the
    sentence up to those words ("The Washington summit" before "summit declaration" gives
    Washington). An article "The" opening the name is dropped ("The Hague" is read as
    "Hague", which the facts' "The Hague" contains). No place when the name is a month, a
    day, a common word, or one that *someone*, given the name's characters in *before*,
    knows as a person or a body ("the NATO summit declaration").

    >>> issuer_place("Last year the Washington ", someone=lambda start, stop: False)
    Actor(name='Washington', kind=<ActorKind.PLACE: 'place'>, aliases=())

    .. versionadded:: 0.1.0
    """
    found = _NAME_BEFORE.search(before)
    if found is None:
        return None
    name, start = found.group("name"), found.start("name")
    if name.startswith("The "):
        name, start = name[4:], start + 4
    first = name.split()[0].lower()
    if first in NOT_NAMES or first in MONTHS or first in WEEKDAYS or someone(start, found.end("name")):
        return None
    return Actor(name, ActorKind.PLACE)
