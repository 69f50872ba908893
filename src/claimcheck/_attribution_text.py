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
      (?=([a-z]+))\1(?![^\W\d_]|[-'’./&])                # most words, at once (atomic)
    | (?:[A-Za-z]\.){2,}                                   # U.S., U.K.
    | (?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sen|Rep|Gov|St|Jr|Sr|Adm|Maj|Capt|Sgt|Amb|Mme|Messrs
       |Brig|Cdr|Cmdr|Cpl|Det|Supt|Insp|Rev|Msgr|Hon|Ing|Lic|Arq|Sra|Dra)\.
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
DASHES = frozenset({"—", "–"})
"""The long dashes that set an aside or open a line of a list."""
_ENDINGS = SENTENCE_END | QUOTES
"""What a sentence's last token may be (see `sentences`)."""


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


WordForms = dict[str, tuple[str, bool, bool]]
"""A word's lower case, whether it is capitalised and whether it is a word, by its text."""

_new_token = tuple.__new__


def tokenize(text: str, start: int, end: int, *, forms: WordForms | None = None) -> list[Token]:
    """The tokens of ``text[start:end]``, marking those inside quotation marks.

    *forms* remembers the forms of the words seen, for a caller that tokenizes many pieces
    of one text (words repeat: looking them up is faster than lowering them again).
    """
    known: WordForms = {} if forms is None else forms
    quoting = any(mark in text[start:end] for mark in QUOTES)
    tokens: list[Token] = []
    append = tokens.append
    for match in _TOKEN.finditer(text, start, end):
        word = match[0]
        form = known.get(word)
        if form is None:
            form = known[word] = (word.lower(), _capitalized(word), word[0].isalpha())
        lower, capitalized, is_word = form
        append(_new_token(Token, (word, match.start(), lower, False, capitalized, is_word)))
    if quoting:
        _mark_quotes(tokens)
    return tokens


def _capitalized(word: str) -> bool:
    """Whether a word starts with a capital, or is a brand's camel case that names as one
    does ("beIN", "eBay"; not "al-Sudani", whose particle stays lower case)."""
    if word[0].isupper():
        return True
    return len(word) > 1 and word.isalpha() and not word[1:].islower()


def _mark_quotes(tokens: list[Token]) -> None:
    """Mark the tokens between an opening and a closing quotation mark."""
    opened: int | None = None
    for index in [i for i, token in enumerate(tokens) if token.text in QUOTES]:
        word = tokens[index].text
        if opened is None and (word in _OPENING or word == _STRAIGHT) and word != "’":
            opened = index
        elif opened is not None and (word in _CLOSING or word == _STRAIGHT):
            for inside in range(opened + 1, index):
                text, at, lower, _, capitalized, is_word = tokens[inside]
                tokens[inside] = _new_token(Token, (text, at, lower, True, capitalized, is_word))
            opened = None


def sentences(tokens: list[Token]) -> list[tuple[int, int]]:
    """Token ranges of the sentences of one paragraph."""
    spans: list[tuple[int, int]] = []
    first = 0
    after_endings = [i + 1 for i, t in enumerate(tokens[:-1]) if t.text in _ENDINGS]
    for index in after_endings:
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
_BREAKS = _CLAUSE_BREAKS | {";"}


def clauses(
    tokens: list[Token], start: int, stop: int, *, text: str | None = None
) -> list[tuple[int, int]]:
    """Token ranges of the clauses of one sentence: split at ";", ", while" and ", but".

    With the *text* the tokens were read from, a sentence whose text holds none of these
    words is one clause at once.
    """
    if text is not None and stop > start:
        last = tokens[stop - 1]
        written = text[tokens[start].start : last.start + len(last.text)].lower()
        if not any(word in written for word in _BREAKS):
            return [(start, stop)]
    spans: list[tuple[int, int]] = []
    first = start
    for index in [i for i in range(start, stop) if tokens[i].lower in _BREAKS]:
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
