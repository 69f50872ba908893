"""Names quoted as spellings: 'other outlets spelled her name "Kaja Kalas"', 'one wire
used "Rute"', 'French papers render it "Orechnik"'.

A sentence about how a name is spelt quotes the form it speaks of, often a wrong one, in
order to set it right: the quoted form is mentioned, not used. The document calls no one by
it, so no check on names should hold the document to it. So is a name written right after
a verb of spelling ("misspelt the name as Sybhia"); a name the document writes elsewhere in
the sentence ("Antony Blinkin, as one of our headlines spelt him") is still its own.
"""

from __future__ import annotations

import re

__all__ = ["quoted_spellings"]

_SPELLING = re.compile(
    r"\b(?:mis)?spel(?:t|l|ls|led|ling|lings)\b|\btypos?\b|\btransliterat\w*|\brender(?:s|ed|ing)?\b",
    re.IGNORECASE,
)
"""Words that make a sentence speak of how a name is written."""
_WORD = r"[A-Z](?:[^\W_]|[.-](?=[^\W\d_]|\s)|['’](?=[^\W\d_]))*"
"""A capitalised word of a name, with inner hyphens, apostrophes and an initial's stop."""
_QUOTED_NAME = re.compile(
    rf"""(?:(?<=\s)|(?<=^)|(?<=[(\[]))
    (?:"(?P<straight>{_WORD}(?:\s+{_WORD}){{0,3}})"
      |“(?P<curly>{_WORD}(?:\s+{_WORD}){{0,3}})”
      |['‘](?P<single>{_WORD}(?:\s+{_WORD}){{0,3}})['’](?![^\W\d_]))""",
    re.VERBOSE,
)
"""A quotation that holds nothing but a name of one to four capitalised words."""
_SPELT_AS = re.compile(
    rf"""(?i:\b(?:mis)?spel(?:t|l|ls|led|ling)\s+
    (?:(?:it|him|her|them|(?:the|his|her|their|its)\s+(?:[\w'’-]+\s+){{0,3}}?name)\s+(?:as\s+)?
    |(?-i:{_WORD}(?:\s+{_WORD}){{0,3}}\s+)?as\s+))(?P<name>{_WORD}(?:\s+{_WORD}){{0,3}})(?!['’]s\b|\s+as\b)""",
    re.VERBOSE,
)
"""A name written right after a verb of spelling and its object, without quotation marks
("misspelled the name as Sybhia", "French papers spell it Orechnik", "misspelt Kaja
Kallas as Kalas"); the person named before "as" is not a spelling."""


def quoted_spellings(sentence: str) -> list[tuple[int, int]]:
    """Where *sentence* quotes a name as a form of writing it: a quotation that holds only
    a name, in a sentence that speaks of spelling ("spelled", "misspelt", "spelling",
    "typo", "transliterated", "rendered"), or a name written right after a verb of spelling
    and its object ("misspelled the name as Sybhia", "spell it Orechnik").

    Args:
        sentence: One sentence.

    Returns:
        The ``(start, stop)`` offsets in *sentence* of each quoted name, quotation marks
        left out, in order; empty when the sentence speaks of no spelling.

    >>> s = 'Two wires spelled the minister\\'s name "Andrei Sibiha" on Monday.'
    >>> [s[a:b] for a, b in quoted_spellings(s)]
    ['Andrei Sibiha']

    .. versionadded:: 0.1.0
    """
    if _SPELLING.search(sentence) is None:
        return []
    found = []
    for match in _QUOTED_NAME.finditer(sentence):
        group = next(g for g in ("straight", "curly", "single") if match.group(g) is not None)
        found.append((match.start(group), match.end(group)))
    found.extend((m.start("name"), m.end("name")) for m in _SPELT_AS.finditer(sentence))
    return sorted(found)
