"""One random edit of a word, for the property tests of near misses."""

from __future__ import annotations

EDIT_KINDS = ("insert", "drop", "change", "swap")


def one_edit(word: str, kind: str, at: int, letter: str) -> str:
    """*word* with one edit of *kind* at position *at* (taken modulo the word's length):
    *letter* inserted or put in place of a letter, a letter dropped, or two neighbours swapped."""
    at %= len(word) + (kind == "insert")
    if kind == "insert":
        return word[:at] + letter + word[at:]
    at = min(at, len(word) - 1)
    if kind == "drop":
        return word[:at] + word[at + 1 :]
    if kind == "change":
        return word[:at] + letter + word[at + 1 :]
    at = max(0, min(at, len(word) - 2))
    return word[:at] + word[at + 1 : at + 2] + word[at] + word[at + 2 :]
