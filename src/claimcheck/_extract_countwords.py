"""Counts written in figures or in words ("12,000", "seven", "thirty-one"): the words a
reader of counts matches, and the value of what it matched."""

from __future__ import annotations

import re
from collections.abc import Collection

from claimcheck._dates_lexicon import NUMBER_WORDS

__all__ = ["count_value", "count_words"]

_WORD_BREAK = re.compile(r"[- ]+")


def count_words(lowest: int, highest: int, *, leaving: Collection[str] = ()) -> str:
    """A regular-expression alternation of the number words worth *lowest* to *highest*,
    longest first, from the lexicon the time grammar reads lengths with.

    Args:
        lowest: The smallest value a word may have.
        highest: The largest value a word may have.
        leaving: Words a reader does not take as counts ("couple", "dozen").

    Returns:
        The words joined by ``|``.

    >>> count_words(2, 4, leaving={"couple"})
    'three|four|two'

    .. versionadded:: 0.1.0
    """
    words = (w for w, v in NUMBER_WORDS.items() if lowest <= v <= highest and w not in leaving)
    return "|".join(sorted(words, key=len, reverse=True))


def count_value(text: str) -> int:
    """The value of a count in figures ("12,000") or in words ("twelve", "thirty-one").

    Args:
        text: Digits, with commas between thousands, or number words joined by hyphens
            or spaces, as a reader of counts matched them.

    Returns:
        The count.

    >>> count_value("12,000"), count_value("Thirty-one"), count_value("seven")
    (12000, 31, 7)

    .. versionadded:: 0.1.0
    """
    if text[:1].isdigit():
        return int(text.replace(",", ""))
    return sum(NUMBER_WORDS[w] for w in _WORD_BREAK.split(text.lower()))
