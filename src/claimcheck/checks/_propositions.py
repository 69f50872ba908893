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

from collections.abc import Hashable, Sequence

__all__ = ["clusters", "proposition_group", "same_proposition"]


def _head(key: str) -> tuple[str, tuple[str, ...]]:
    """A key's head without its numbers, and the numbers."""
    head = key.partition(":")[0].split("-")
    words = [part for part in head if not part.isdigit()]
    return "-".join(words), tuple(part for part in head if part.isdigit())


def proposition_group(key: str) -> Hashable:
    """What a key is grouped by: its head without numbers, or the whole key if it has none.

    >>> proposition_group("united-states-abandon-2:plan.ukraine"), proposition_group("us-no-objection")
    (('head', 'united-states-abandon'), ('key', 'us-no-objection'))
    """
    return ("head", _head(key)[0]) if ":" in key else ("key", key)


def _words(key: str) -> set[str]:
    _, colon, words = key.partition(":")
    return set(words.split(".")) - {""} if colon and words else {f"={key}"}


def _numbers(key: str) -> tuple[str, ...]:
    return _head(key)[1] if ":" in key else ()


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
    numbers = {_numbers(first), _numbers(second)}
    return (
        proposition_group(first) == proposition_group(second)
        and (len(numbers) == 1 or () in numbers)
        and bool(_words(first) & _words(second))
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
