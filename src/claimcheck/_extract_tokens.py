"""Tokens of a sentence, and the capitalised names in it, for `claimcheck.extract`."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from claimcheck.names import fold

__all__: list[str] = []

_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., U.K.
    r"|[A-Z]\.(?=[ \t]+[A-Z][a-z])"  # a middle initial: Gerald E. Connolly
    r"|[^\W\d_]+(?:[-'’.][^\W\d_]+)*"  # words, hyphenated and dotted: Caliber.Az
    r"|\$|€|£"
    r"|\d+(?:[.,]\d+)*(?:st|nd|rd|th)?"  # numbers and ordinals
    r"|\S"
)
_POSSESSIVE = ("’s", "'s")


class Token(NamedTuple):
    """A word, number or mark of a sentence, with its offset in the document's text, whether
    it starts with a capital and whether it is a word (starts with a letter)."""

    text: str
    start: int
    lower: str
    capitalized: bool
    is_word: bool

    @property
    def end(self) -> int:
        return self.start + len(self.text)


_new_token = tuple.__new__
"""Builds a `Token` without the keyword handling of its generated constructor."""


def tokenize(text: str, offset: int) -> list[Token]:
    """The tokens of *text*, which starts at *offset* in its document; possessive "'s" apart."""
    tokens: list[Token] = []
    append = tokens.append
    for match in _TOKEN.finditer(text):
        word, at = match.group(), offset + match.start()
        first = word[0]
        if len(word) > 2 and word.endswith(_POSSESSIVE) and first.isalpha():
            owner = word[:-2]
            append(_new_token(Token, (owner, at, owner.lower(), first.isupper(), True)))
            append(_new_token(Token, (word[-2:], at + len(word) - 2, "'s", False, False)))
            continue
        append(_new_token(Token, (word, at, word.lower(), first.isupper(), first.isalpha())))
    return tokens


_PARTICLES = frozenset({"von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "le", "la", "bin", "al", "ter"})
"""Lower-case particles inside a name ("Ursula von der Leyen", "Bart De Wever")."""


class Run(NamedTuple):
    """A run of capitalised words: tokens ``[first, stop)`` of a sentence."""

    first: int
    stop: int


def _joinable(text: str, offset: int, tokens: list[Token], i: int) -> bool:
    """Whether token *i* continues the capitalised run of token ``i - 1``: only spaces between."""
    gap = text[tokens[i - 1].end - offset : tokens[i].start - offset]
    return gap.isspace() and "\n" not in gap


def capitalized_runs(text: str, offset: int, tokens: list[Token]) -> list[Run]:
    """The maximal runs of capitalised words of a sentence *text* that starts at *offset*."""
    runs: list[Run] = []
    i, n = 0, len(tokens)
    while i < n:
        if not (tokens[i].is_word and tokens[i].capitalized):
            i += 1
            continue
        j = i + 1
        while j < n and tokens[j].is_word and _joinable(text, offset, tokens, j):
            if tokens[j].capitalized:
                j += 1
                continue
            k = j
            while k < n and tokens[k].lower in _PARTICLES and _joinable(text, offset, tokens, k):
                k += 1
            if k == j or k >= n or not tokens[k].capitalized or not _joinable(text, offset, tokens, k):
                break
            j = k
        runs.append(Run(i, j))
        i = j
    return runs


def words(tokens: list[Token], first: int, stop: int) -> str:
    """The words of tokens ``[first, stop)`` joined by single spaces."""
    return " ".join(t.text for t in tokens[first:stop])


@functools.lru_cache(maxsize=8192)
def folded(name: str) -> str:
    """`claimcheck.names.fold` of *name*, remembered: names repeat across sentences."""
    return fold(name)
