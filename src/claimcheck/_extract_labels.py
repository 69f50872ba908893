"""Dates written as labels of a noun: "the 2025 budget", "the November 5 election", "its
2026 Olympic bid".

A date between a determiner and a noun names which one of a series the noun means (the
budget for 2025, the election held on 5 November). It dates what that noun phrase names and
nothing else in the sentence: "pushed the 2025 budget through without a vote" does not put
the vote in 2025, and "who won the November 5 election, on January 20" holds the election
on 5 November, whatever other date the sentence gives.
"""

from __future__ import annotations

import re

from claimcheck.dates import DateMention

__all__ = ["labelled_phrase"]

_DETERMINED = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|this|that)|['’]s)\s+$", re.IGNORECASE)
_LONGEST_DETERMINER = 16
"""How far back from a date the determiner that labels it may start: the longest determiner
and the spaces after it, so the search reads a short tail, not the whole sentence."""
"""A determiner or possessive right before a date: the date then stands inside a noun phrase."""
_STOPS = frozenset(
    {
        "of", "for", "to", "in", "on", "at", "by", "with", "through", "from", "into", "over",
        "after", "before", "since", "until", "during", "that", "which", "who", "whose", "and",
        "or", "but", "was", "were", "is", "are", "be", "been", "has", "had", "have", "will",
        "would", "could", "should", "may", "might", "can", "did", "does", "do", "not",
    }
)  # fmt: skip
"""Words that end the noun phrase a date labels: prepositions, conjunctions, auxiliaries."""
_WORD = re.compile(r"\s+([A-Za-z][\w'’-]*)")
_LONGEST = 5
"""How many words after its date a labelled noun phrase may run to."""


def labelled_phrase(sentence: str, offset: int, date: DateMention) -> tuple[int, int] | None:
    """The words of the noun phrase that *date* labels, if it is written as a label: after a
    determiner or a possessive, and followed at once by words of the phrase (up to a
    preposition, a conjunction, an auxiliary or a past participle, at most five words).

    Args:
        sentence: One sentence.
        offset: Where *sentence* starts in the document; *date*'s offset counts from there too.
        date: A date read in *sentence*.

    Returns:
        The ``(start, stop)`` document offsets of the labelled words after the date, or
        ``None`` when the date is no label (it follows a preposition, or nothing follows it).

    >>> from claimcheck.dates import find_dates
    >>> import datetime
    >>> s = "The minister sent the 2025 farm budget to parliament."
    >>> (date,) = find_dates(s, anchor=datetime.date(2024, 12, 1))
    >>> start, stop = labelled_phrase(s, 0, date)
    >>> s[start:stop]
    'farm budget'

    .. versionadded:: 0.1.0
    """
    at = date.offset - offset
    if _DETERMINED.search(sentence, max(0, at - _LONGEST_DETERMINER), at) is None:
        return None
    end = at + len(date.text)
    start = stop = end
    for count, word in enumerate(_iter_words(sentence, end)):
        lower = word.group(1).lower()
        if count == _LONGEST or lower in _STOPS or (lower.endswith("ed") and len(lower) > 4):
            break
        if stop == end:
            start = word.start(1)
        stop = word.end(1)
    return None if stop == end else (offset + start, offset + stop)


def _iter_words(sentence: str, at: int) -> list[re.Match[str]]:
    """The words that follow one another from *at*, each after white space only."""
    found = []
    while (word := _WORD.match(sentence, at)) is not None:
        found.append(word)
        at = word.end()
        if len(found) > _LONGEST:
            break
    return found
