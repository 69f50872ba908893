"""Near misses of known names, for `claimcheck.names`: similarity and the candidate index.

A misspelt surname is compared only with the known surnames that share something cheap to
look up with it: the first letter, or the last two letters (plain or folded). The second key
finds a slip in the first letter ("Callas" for "Kallas", "Cybiha" for "Sybiha") without
comparing a mention with every known name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType

import attrs

from claimcheck.model import Actor

__all__: list[str] = []

_TAIL = 2
_INITIAL_SLIP = 0.5
"""What a first letter that sounds like the known one costs, in edits ("C" for "K")."""

# First letters that stand for the same sound in some spelling of a name.
_SOUND_ALIKE: frozenset[frozenset[str]] = frozenset(
    frozenset(group) for group in ("ckq", "csz", "gh", "ijy", "vw")
)


def similarity(a: str, b: str, least: float = 0.0) -> float:
    """1 minus the optimal-string-alignment distance of *a* and *b* over the longer length.

    Only distances that keep the similarity at *least* or more are computed (a band of the
    table); anything further returns 0.0.
    """
    if a == b:
        return 1.0
    longest = max(len(a), len(b))
    limit = int(longest * (1 - least) + 1e-9)
    if not a or not b or abs(len(a) - len(b)) > limit:
        return 0.0
    far = limit + 1
    previous2: list[int] = []
    previous = [j if j <= limit else far for j in range(len(b) + 1)]
    for i, ca in enumerate(a, 1):
        current = [i if i <= limit else far] + [far] * len(b)
        for j in range(max(1, i - limit), min(len(b), i + limit) + 1):
            cb = b[j - 1]
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, previous2[j - 2] + 1)
            current[j] = min(value, far)
        if min(current) > limit:
            return 0.0
        previous2, previous = previous, current
    distance = previous[-1]
    return 0.0 if distance > limit else 1.0 - distance / longest


def _sound_alike(a: str, b: str) -> bool:
    return any(a in group and b in group for group in _SOUND_ALIKE)


def _word_similarity(written: str, known: str, least: float) -> float:
    """The similarity of two words, where a first letter that sounds like the known one
    ("C" for "K") costs half an edit instead of one."""
    plain = similarity(written, known, least)
    if not written or not known or written[0] == known[0] or not _sound_alike(written[0], known[0]):
        return plain
    respelt = similarity(known[0] + written[1:], known, least)
    slipped = respelt - _INITIAL_SLIP / max(len(written), len(known)) if respelt else 0.0
    return max(plain, slipped)


def surname_similarity(written: tuple[str, str], known: tuple[str, str], least: float) -> float:
    """The better of the plain and the folded similarity of two surnames, each given as
    (plain, folded); 0.0 at once when their lengths alone rule out *least*."""
    return max(_word_similarity(a, b, least) for a, b in zip(written, known, strict=True))


def same_initial(written: tuple[str, str], known: tuple[str, str]) -> bool:
    """Whether two surnames, given as (plain, folded), begin with the same letter."""
    return written[0][:1] == known[0][:1] or written[1][:1] == known[1][:1]


@attrs.frozen
class Form:
    """One known spelling of a person's name, split for near-miss comparison."""

    actor: Actor
    text: str
    given: str
    surname: tuple[str, str]  # plain and folded


def _keys(surname: tuple[str, str]) -> set[str]:
    """The look-up keys of a surname given as (plain, folded): first and last letters."""
    return {f"^{word[:1]}" for word in surname} | {f"${word[-_TAIL:]}" for word in surname}


@attrs.frozen
class NearMisses:
    """Known spellings of persons' names, by the first letter and by the last two letters
    of the surname (plain and folded)."""

    forms: Mapping[str, tuple[Form, ...]]

    @classmethod
    def of(cls, forms: Iterable[Form]) -> NearMisses:
        table: dict[str, list[Form]] = {}
        for form in forms:
            for key in _keys(form.surname):
                table.setdefault(key, []).append(form)
        return cls(MappingProxyType({key: tuple(found) for key, found in table.items()}))

    def candidates(self, surname: tuple[str, str]) -> list[Form]:
        """The known spellings that share a key with *surname*, each once, in index order."""
        found: dict[Form, None] = {}
        for key in sorted(_keys(surname)):
            found.update(dict.fromkeys(self.forms.get(key, ())))
        return list(found)
