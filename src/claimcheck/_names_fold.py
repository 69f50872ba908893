# ruff: noqa: RUF001, RUF002
"""Folding names: the comparison key that `claimcheck.names.fold` gives every spelling.

Transliteration of Cyrillic letters, look-alike letters, diacritics and the spelling rules
of `claimcheck._names_tables`, applied word by word.

>>> fold("Andrii Sybiha") == fold("Andriy Sibiga")
True
"""

from __future__ import annotations

import functools
import unicodedata

from claimcheck._names_tables import (
    APOSTROPHES,
    CYRILLIC,
    LETTER_RULES,
    LOOKALIKES,
    UNDECOMPOSED,
    WORD_RULES,
    Rule,
)

__all__ = [
    "fold",
    "is_cyrillic",
    "letters_key",
    "lettered_form",
    "plain_words",
    "spelling_key",
    "transliterate",
]

_MAX_PASSES = 8


def is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u052f"


def _is_latin(char: str) -> bool:
    return char.isalpha() and (char.isascii() or "\u00c0" <= char <= "\u024f")


def transliterate(text: str) -> str:
    """Write the Cyrillic letters of *text* in Latin letters; leave every other character alone.

    The scheme is a plain one (ш is "sh", х is "kh", ж is "zh"); `fold` absorbs the
    differences between the common schemes. An upper-case letter stays upper case.

    Args:
        text: Any text.

    Returns:
        The text with its Cyrillic letters transliterated.

    >>> transliterate("Орешник")
    'Oreshnik'

    .. versionadded:: 0.1.0
    """
    out: list[str] = []
    for index, char in enumerate(text):
        lower = char.lower()
        latin = CYRILLIC.get(lower)
        if latin is None:
            out.append(char)
        elif char == lower or not latin:
            out.append(latin)
        else:
            following = text[index + 1 : index + 2]
            shouting = following.isupper() and is_cyrillic(following)
            out.append(latin.upper() if shouting else latin.capitalize())
    return "".join(out)


def _words(text: str) -> list[str]:
    """Split *text* into words of letters, digits and marks; apostrophes vanish."""
    words: list[str] = []
    current: list[str] = []
    for char in text:
        if char in APOSTROPHES:
            continue
        if char.isalnum() or unicodedata.category(char).startswith("M"):
            current.append(char)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


@functools.lru_cache(maxsize=1 << 16)
def _latin_word(word: str) -> str:
    """One word in lower-case Latin letters, as far as its letters allow."""
    for _ in range(_MAX_PASSES):
        before = word
        word = _latin_pass(word)
        if word == before:
            break
    return word


def _latin_pass(word: str) -> str:
    cyrillic_only = any(map(is_cyrillic, word)) and not any(map(_is_latin, word))
    if not cyrillic_only:
        word = "".join(LOOKALIKES.get(c, c) for c in word)
    word = transliterate(word).casefold()
    decomposed = unicodedata.normalize("NFD", word)
    bare = "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))
    return "".join(UNDECOMPOSED.get(c, c) for c in bare).casefold()


@functools.lru_cache(maxsize=1 << 16)
def spelling_key(word: str, rules: tuple[Rule, ...] = WORD_RULES) -> str:
    """Apply the transliteration *rules* to a lower-case ASCII word until nothing changes."""
    if not (word.isascii() and word.isalnum()):
        return word
    for _ in range(_MAX_PASSES):
        before = word
        for pattern, replacement in rules:
            word = pattern.sub(replacement, word)
        if word == before:
            break
    return word


def letters_key(word: str) -> str:
    """A folded word that keeps its doubled letters: "connolli" for "Connolly", "conolli"
    for "Conolly", but "zelenski" for both "Zelenskyy" and "Zelensky"."""
    return spelling_key(word, LETTER_RULES)


def lettered_form(name: str) -> str:
    """The words of *name* as `letters_key` spells them."""
    return " ".join(letters_key(word) for word in plain_words(name))


def fold(name: str) -> str:
    """The comparison key of a name: the same for its common spellings, stable under folding.

    Folding ignores case, diacritics and punctuation; maps letters of other scripts that
    look Latin (Cyrillic "е", Greek "Ο") to Latin inside a Latin word; transliterates a wholly
    Cyrillic word; and maps the common variants of Ukrainian and Russian transliteration
    onto one spelling: "-yy", "-iy", "-yi" and "-y" endings, "ii", "iy" and "ey" in first
    names, h and g, kh and h, French "ch" for "sh", "ï" for "i", doubled letters. The key
    is for comparing, not for display. ``fold(fold(x)) == fold(x)`` for every string.

    Args:
        name: A name as written.

    Returns:
        Its words in lower-case Latin letters, separated by single spaces (empty for a
        name without letters or digits).

    >>> fold("Zaluzhnyi") == fold("Zaluzhnyy") == fold("Zaluzhny")
    True

    .. versionadded:: 0.1.0
    """
    return " ".join(spelling_key(word) for word in plain_words(name))


def plain_words(name: str) -> list[str]:
    """The words of *name* in lower-case Latin letters, before the spelling rules."""
    text = unicodedata.normalize("NFKC", name)
    return [part for word in _words(text) for part in _words(_latin_word(word))]
