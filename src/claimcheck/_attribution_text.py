# ruff: noqa: RUF001
"""Tokens, sentences, quotations and clauses for `claimcheck.attribution`, in linear time.

Every regular expression here matches without backtracking over its own output: each
repetition consumes characters that the next alternative cannot.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__: list[str] = []

_TOKEN = re.compile(
    r"""
      (?:[A-Za-z]\.){2,}                                   # U.S., U.K.
    | (?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sen|Rep|Gov|St|Jr|Sr|Adm|Maj|Capt|Sgt|Amb|Mme|Messrs)\.
    | [A-Z]\.(?=\s+[A-Z])                                  # an initial: M. Rutte
    | [^\W\d_]+(?:[-'’./&][^\W\d_]+)*                    # a word: Caliber.Az, Garriaud-Maylam
    | \d+(?:[.,:]\d+)*%?                                   # a number
    | \S                                                   # any other character
    """,
    re.VERBOSE,
)

_OPENING = frozenset("“«„‘")
_CLOSING = frozenset("”»’")
_STRAIGHT = '"'
QUOTES = _OPENING | _CLOSING | {_STRAIGHT}
SENTENCE_END = frozenset({".", "!", "?", "…"})


class Token(NamedTuple):
    """A word, number or punctuation mark, with its offset in the text."""

    text: str
    start: int
    lower: str
    quoted: bool
    capitalized: bool
    is_word: bool

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the text's lines that hold something."""
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            spans.append((start, end))
        start = end + 1
    return spans


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]``, marking those inside quotation marks."""
    if not any(mark in text[start:end] for mark in QUOTES):
        return [
            Token(word, m.start(), word.lower(), False, word[0].isupper(), word[0].isalpha())
            for m in _TOKEN.finditer(text, start, end)
            for word in (m.group(),)
        ]
    raw = [(m.group(), m.start()) for m in _TOKEN.finditer(text, start, end)]
    quoted = [False] * len(raw)
    _mark_quotes(raw, quoted)
    return [
        Token(word, at, word.lower(), quoted[i], word[0].isupper(), word[0].isalpha())
        for i, (word, at) in enumerate(raw)
    ]


def _mark_quotes(raw: list[tuple[str, int]], quoted: list[bool]) -> None:
    """Mark the tokens between an opening and a closing quotation mark."""
    opened: int | None = None
    for index, (word, _) in enumerate(raw):
        if opened is None and (word in _OPENING or word == _STRAIGHT) and word != "’":
            opened = index
        elif opened is not None and (word in _CLOSING or word == _STRAIGHT):
            for inside in range(opened + 1, index):
                quoted[inside] = True
            opened = None


def sentences(tokens: list[Token]) -> list[tuple[int, int]]:
    """Token ranges of the sentences of one paragraph."""
    spans: list[tuple[int, int]] = []
    first = 0
    for index in range(1, len(tokens)):
        previous, token = tokens[index - 1], tokens[index]
        if token.quoted or previous.quoted:
            continue
        ends = previous.text in SENTENCE_END or (
            previous.text in QUOTES and index > 1 and tokens[index - 2].text in SENTENCE_END
        )
        if ends and (token.capitalized or token.text in QUOTES or token.text[:1].isdigit()):
            spans.append((first, index))
            first = index
    if tokens:
        spans.append((first, len(tokens)))
    return spans


_CLAUSE_BREAKS = frozenset({"while", "whereas", "but"})


def clauses(tokens: list[Token], start: int, stop: int) -> list[tuple[int, int]]:
    """Token ranges of the clauses of one sentence: split at ";", ", while" and ", but"."""
    spans: list[tuple[int, int]] = []
    first = start
    for index in range(start, stop):
        token = tokens[index]
        if token.quoted:
            continue
        if token.text == ";" or (
            token.lower in _CLAUSE_BREAKS and index > start and tokens[index - 1].text == ","
        ):
            if index > first:
                spans.append((first, index))
            first = index + 1 if token.text == ";" else index
    if stop > first:
        spans.append((first, stop))
    return spans
