"""Proposition keys across documents: which statements state one proposition.

Extraction keys a statement as ``head:words`` when its clause has a verb of news: the head
holds the negation, the subject, the verb's class and any numbers; the words are the other
content words. Two such keys state one proposition when their heads are equal and they share
a word, so that "X dropped the plan to invite Ukraine" and "X decided against inviting
Ukraine" meet while "X dropped its objection to strikes" stays apart. A head without numbers
meets one with numbers ("X is weighing a troop cut" and "X is weighing a cut of 10,000
troops"), but two heads with different numbers stay apart. Any other key (a case file's
hand-written one) states one proposition only with an equal key.
"""

from __future__ import annotations

import functools
from collections.abc import Hashable, Sequence

__all__ = ["clusters", "proposition_group", "same_proposition"]


@functools.lru_cache(maxsize=1 << 14)
def _parsed(key: str) -> tuple[Hashable, tuple[str, ...], frozenset[str]]:
    """A key's `proposition_group`, numbers and words, read once: the checks compare the
    same few keys again and again."""
    if ":" not in key:
        return ("key", key), (), frozenset({f"={key}"})
    head, _, words = key.partition(":")
    parts = head.split("-")
    group = ("head", "-".join(part for part in parts if not part.isdigit()))
    numbers = tuple(part for part in parts if part.isdigit())
    found = frozenset(words.split(".")) - {""} if words else frozenset({f"={key}"})
    return group, numbers, found


def proposition_group(key: str) -> Hashable:
    """What a key is grouped by: its head without numbers, or the whole key if it has none.

    >>> proposition_group("united-states-abandon-2:plan.ukraine"), proposition_group("us-no-objection")
    (('head', 'united-states-abandon'), ('key', 'us-no-objection'))
    """
    return _parsed(key)[0]


def _words(key: str) -> frozenset[str]:
    return _parsed(key)[2]


def _numbers(key: str) -> tuple[str, ...]:
    return _parsed(key)[1]


def same_proposition(first: str, second: str) -> bool:
    """Whether two proposition keys state one proposition.

    >>> same_proposition("united-states-abandon:ally.push", "united-states-abandon:ally.idea")
    True
    >>> same_proposition("united-states-abandon:ally.push", "united-states-oppose:ally.push")
    False
    >>> same_proposition("x-cut-10-000:troop", "x-cut:troop"), same_proposition("x-cut-10-000:troop", "x-cut-12-000:troop")
    (True, False)
    """
    if first == second:
        return True
    group, numbers, words = _parsed(first)
    other_group, other_numbers, other_words = _parsed(second)
    return (
        group == other_group
        and (numbers == other_numbers or not numbers or not other_numbers)
        and not words.isdisjoint(other_words)
    )


def clusters(keys: Sequence[str]) -> list[list[int]]:
    """The indexes of *keys* (all of one `proposition_group`) in sets that state one
    proposition: linked by a shared word, in linear time, keys with different numbers only
    through a key without numbers. Sets come in order of their first index.

    >>> clusters(["x-oppose:aid.tank", "x-oppose:tank", "x-oppose:border"])
    [[0, 1], [2]]
    >>> clusters(["x-cut-5:troop", "x-cut-7:troop", "x-cut-5:tank.troop"])
    [[0, 2], [1]]
    """
    parent = list(range(len(keys)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def link(index: int, other: int) -> None:
        parent[find(index)] = find(other)

    numbered: dict[str, dict[tuple[str, ...], int]] = {}
    plain: dict[str, int] = {}
    for index, key in enumerate(keys):
        numbers = _numbers(key)
        for word in sorted(_words(key)):
            if word in plain:
                link(index, plain[word])
            by_numbers = numbered.setdefault(word, {})
            if numbers:
                link(index, by_numbers.setdefault(numbers, index))
            else:
                plain.setdefault(word, index)
                for other in by_numbers.values():
                    link(index, other)
    found: dict[int, list[int]] = {}
    for index in range(len(keys)):
        found.setdefault(find(index), []).append(index)
    return sorted(found.values(), key=lambda members: members[0])
