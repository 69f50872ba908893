"""Titles before a name, for `claimcheck.names`: "NATO Secretary General Mark Rutte".

A name is written after the titles, honorifics and qualifiers that describe its bearer;
`strip_titles` drops them and `is_title` tells one such word.
"""

from __future__ import annotations

import functools

from claimcheck._names_fold import fold
from claimcheck._names_tables import SURNAME_PARTICLES, TITLE_WORDS

__all__: list[str] = []

TITLE_KEYS = frozenset(fold(word) for word in TITLE_WORDS)
"""The folded titles, as `claimcheck.names.fold` writes them."""


def strip_titles(name: str) -> str:
    """*name* without the titles and qualifiers before it: "NATO Secretary General Mark Rutte".

    The name is the run of capitalised words at the end (with particles such as "von der")
    up to the first title ("Mr.", "Secretary", "Ukrainian"), possessive ("Moldova's") or
    lower-case word ("spokesman"); the last word always stays.

    Args:
        name: A name as written, perhaps with titles.

    Returns:
        The name as written from its first word that is not a title.

    >>> strip_titles("US Secretary of State Antony Blinken")
    'Antony Blinken'

    .. versionadded:: 0.1.0
    """
    words = name.split()
    start = len(words) - 1
    while start > 0:
        word = words[start - 1]
        particle = word in SURNAME_PARTICLES or word in _NAME_JOINERS
        if not particle and (not word[:1].isupper() or is_title(word) or _is_possessive(word)):
            break
        start -= 1
    return " ".join(words[start:])


_NAME_JOINERS = frozenset({"&", "y", "e"})
"""Words that join two capitalised words inside one name: "Ernst & Young", "Ortega y
Gasset", "Instituto de Energia e Meio Ambiente"."""


def _is_possessive(word: str) -> bool:
    return word.endswith(("'s", "’s"))


@functools.lru_cache(maxsize=4096)
def is_title(word: str) -> bool:
    """Whether a written word is a title, an honorific or a qualifier of a name.

    Args:
        word: One word as written ("Secretary-General", "U.S.", "Mr.", "Ukrainian").

    Returns:
        Whether `strip_titles` would drop it before a name.

    >>> is_title("Secretary-General"), is_title("Rutte")
    (True, False)

    .. versionadded:: 0.1.0
    """
    if word.isascii():
        parts = word.lower().replace(".", "").split("-")
        return all(p in TITLE_WORDS for p in parts)
    keys = fold(word).split()
    return bool(keys) and all(k in TITLE_KEYS for k in keys)
