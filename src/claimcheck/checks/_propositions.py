"""Proposition keys across documents: which statements state one proposition.

Extraction keys a statement as ``head:words`` when its clause has a verb of news: the head
holds the negation, the subject, the verb's class and any numbers; the words are the other
content words. Two such keys state one proposition when their heads are equal and they share
a word, so that "X dropped the plan to invite Ukraine" and "X decided against inviting
Ukraine" meet while "X dropped its objection to strikes" stays apart. Any other key (a case
file's hand-written one) states one proposition only with an equal key.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

__all__ = ["clusters", "proposition_group", "same_proposition"]


def proposition_group(key: str) -> Hashable:
    """What a key is grouped by: its head, or the whole key if it has none.

    >>> proposition_group("united-states-abandon:plan.ukraine"), proposition_group("us-no-objection")
    (('head', 'united-states-abandon'), ('key', 'us-no-objection'))
    """
    head, colon, _ = key.partition(":")
    return ("head", head) if colon else ("key", key)


def _words(key: str) -> set[str]:
    _, colon, words = key.partition(":")
    return set(words.split(".")) - {""} if colon and words else {f"={key}"}


def same_proposition(first: str, second: str) -> bool:
    """Whether two proposition keys state one proposition.

    >>> same_proposition("united-states-abandon:ally.push", "united-states-abandon:ally.idea")
    True
    >>> same_proposition("united-states-abandon:ally.push", "united-states-oppose:ally.push")
    False
    """
    if first == second:
        return True
    return proposition_group(first) == proposition_group(second) and bool(
        _words(first) & _words(second)
    )


def clusters(keys: Sequence[str]) -> list[list[int]]:
    """The indexes of *keys* (all of one `proposition_group`) in sets that state one
    proposition: linked by a shared word, in linear time. Sets come in order of their
    first index.

    >>> clusters(["x-oppose:aid.tank", "x-oppose:tank", "x-oppose:border"])
    [[0, 1], [2]]
    """
    parent = list(range(len(keys)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_with: dict[str, int] = {}
    for index, key in enumerate(keys):
        for word in sorted(_words(key)):
            other = first_with.setdefault(word, index)
            parent[find(index)] = find(other)
    found: dict[int, list[int]] = {}
    for index in range(len(keys)):
        found.setdefault(find(index), []).append(index)
    return sorted(found.values(), key=lambda members: members[0])
