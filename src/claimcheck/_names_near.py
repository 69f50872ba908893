"""Near misses for `claimcheck.names`: how far apart two spellings are, and which are close.

The distance is the optimal string alignment (Damerau-Levenshtein without repeated edits of
one substring) counted in half edits: a letter changed, added or dropped costs a whole edit;
two neighbouring letters swapped ("Zelenksy"), a letter doubled or undoubled ("Conolly"), or
a first letter that stands for the same sound ("Callas" for "Kallas") costs half, since such
slips keep the name as it sounds. Close spellings are found through their deletion
neighbourhoods, so a slip in the first letter is found as well as any.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Generic, TypeVar

import attrs

from claimcheck._names_tables import SURNAME_PARTICLES
from claimcheck.model import Actor

__all__: list[str] = []

_Item = TypeVar("_Item")

_WHOLE = 2
_HALF = 1

# First letters that stand for the same sound in some spelling of a name.
_SOUND_ALIKE: frozenset[frozenset[str]] = frozenset(
    frozenset(group) for group in ("ckq", "csz", "gh", "ijy", "vw")
)


def _sound_alike(a: str, b: str) -> bool:
    return any(a in group and b in group for group in _SOUND_ALIKE)


def _indel(word: str, at: int) -> int:
    """The cost of adding or dropping ``word[at]``: half when a neighbour is the same letter."""
    letter = word[at]
    doubled = (at > 0 and word[at - 1] == letter) or word[at + 1 : at + 2] == letter
    return _HALF if doubled else _WHOLE


def distance(a: str, b: str, limit: int) -> int:
    """The distance of *a* and *b* in half edits, or ``limit + 1`` when it is above *limit*.

    Only the band of the table that an alignment within *limit* can reach is computed.
    """
    if a == b:
        return 0
    far = limit + 1
    if abs(len(a) - len(b)) > limit:
        return far
    inserts = [_indel(b, j) for j in range(len(b))]
    first = _HALF if a and b and _sound_alike(a[0], b[0]) else _WHOLE
    previous2: list[int] = []
    previous = [0] * (len(b) + 1)
    for j in range(1, len(b) + 1):
        previous[j] = min(previous[j - 1] + inserts[j - 1], far)
    for i, ca in enumerate(a, 1):
        drop = _indel(a, i - 1)
        current = [min(previous[0] + drop, far)] + [far] * len(b)
        for j in range(max(1, i - limit), min(len(b), i + limit) + 1):
            cb = b[j - 1]
            value = min(
                previous[j] + drop,
                current[j - 1] + inserts[j - 1],
                previous[j - 1] + (0 if ca == cb else first if i == j == 1 else _WHOLE),
            )
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, previous2[j - 2] + _HALF)
            current[j] = min(value, far)
        if min(current) > limit and min(previous) > limit:
            return far  # a swap reaches back two rows: both must be out of reach
        previous2, previous = previous, current
    return previous[-1]


@functools.lru_cache(maxsize=1 << 14)
def similarity(a: str, b: str, least: float = 0.0) -> float:
    """1 minus the `distance` of *a* and *b* over the longer length (both in half edits).

    Anything below *least* returns 0.0, and is not computed in full. Remembered: the same
    unknown names are weighed against the same known ones in document after document.
    """
    if a == b:
        return 1.0
    longest = _WHOLE * max(len(a), len(b))
    limit = int(longest * (1 - least) + 1e-9)
    if not a or not b:
        return 0.0
    apart = distance(a, b, limit)
    return 0.0 if apart > limit else 1.0 - apart / longest


def same_initial(written: tuple[str, str], known: tuple[str, str]) -> bool:
    """Whether two surnames, given as (plain, folded), begin with the same letter."""
    return written[0][:1] == known[0][:1] or written[1][:1] == known[1][:1]


def neighbourhood(word: str) -> set[str]:
    """*word* and every word one deletion away from it: two words within one edit (a
    change, an addition, a drop or a swap of neighbours) share a member."""
    return {word, *(word[:at] + word[at + 1 :] for at in range(len(word)))}


def written_surname(name: str) -> str:
    """The surname of a person's name as written, with its particles ("von der Leyen")."""
    words = name.split()
    start = len(words) - 1
    while start > 1 and words[start - 1].islower() and words[start - 1] in SURNAME_PARTICLES:
        start -= 1
    return " ".join(words[start:])


def given_and_surname(words: list[str]) -> tuple[str | None, list[str]]:
    """The given name (``None`` for a lone surname) and the surname words, with their
    particles, of a mention's plain words: "ursula", ["von", "der", "leyden"]."""
    start = len(words) - 1
    while start > 0 and words[start - 1] in SURNAME_PARTICLES:
        start -= 1
    return (words[0] if start > 0 else None), words[start:]


def close_enough(a: str, b: str, least: float) -> float:
    """The similarity of *a* and *b*; 0.0 unless it reaches *least* and they are within one
    edit of each other."""
    return similarity(a, b, max(least, 1.0 - 1.0 / max(len(a), len(b), 1)))


def closeness(written: tuple[str, str], known: tuple[str, str], least: float) -> float:
    """The better `close_enough` similarity of two surnames, plain or folded."""
    return max(close_enough(a, b, least) for a, b in zip(written, known, strict=True))


@attrs.frozen
class Form:
    """One known spelling of a person's name, split for near-miss comparison."""

    actor: Actor
    text: str
    given: str
    surname: tuple[str, str]  # plain and folded, run together
    written_surname: str


class NearIndex(Generic[_Item]):
    """Items by the deletion neighbourhoods of their keys: `near` gives every item whose key
    is within one edit of a word (and a few further ones, for the caller to weigh)."""

    def __init__(self, keyed: Iterable[tuple[str, _Item]]) -> None:
        table: dict[str, dict[_Item, None]] = {}
        for key, item in keyed:
            for variant in neighbourhood(key):
                table.setdefault(variant, {})[item] = None
        self._table: Mapping[str, tuple[_Item, ...]] = MappingProxyType(
            {variant: tuple(items) for variant, items in table.items()}
        )

    def near(self, words: Iterable[str]) -> list[_Item]:
        """The items whose keys share a deletion neighbour with one of *words*, each once."""
        found: dict[_Item, None] = {}
        for word in words:
            for variant in neighbourhood(word):
                found.update(dict.fromkeys(self._table.get(variant, ())))
        return list(found)
