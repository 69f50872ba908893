"""Reported statements: what an attribution credits, and a key for the proposition it states."""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs

from claimcheck._extract_lexicon import IRREGULAR_VERBS, NEGATIONS, PREPOSITIONS, STOPWORDS
from claimcheck.model import Statement

__all__: list[str] = []

_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,]\d+)*|[,;:]")
_LEADING = re.compile(
    r"^(?:[\s,:;\-–—]+|that\b|as\b|and\b|but\b|however\b|meanwhile\b)+", re.IGNORECASE
)
_TRAILING = re.compile(r"(?:[\s,:;.\-–—]+|\bas\b|\band\b|\bbut\b|\bthat\b)+$", re.IGNORECASE)
_OPENERS = re.compile(
    r"^(?:however|but|and|meanwhile|moreover|still|yet|also|so)\b[\s,]*", re.IGNORECASE
)
_CLAUSE_END = frozenset(
    {
        ",",
        ";",
        ":",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "and",
        "but",
        "while",
        "because",
        "although",
        "if",
        "unless",
        "as",
    }
)
_QUOTE_BEFORE = re.compile(r"[,.!?]?[\"”’»]\s*,?\s*$")
_MIN_WORDS = 3
_PRONOUNS = frozenset(
    {"i", "we", "you", "he", "she", "it", "they", "there", "this", "these", "those"}
)
"""Subjects that name nothing a reader of another document could recognise."""
_MAX_WORDS = 6


@attrs.frozen
class StatementMention:
    """A statement credited by an attribution: its assertion and its characters ``[start, stop)``."""

    statement: Statement
    start: int
    stop: int


def _clean(sentence: str, start: int, stop: int) -> tuple[int, int]:
    piece = sentence[start:stop]
    lead = _LEADING.match(piece)
    if lead:
        start += lead.end()
        piece = sentence[start:stop]
    trail = _TRAILING.search(piece)
    if trail:
        stop = start + trail.start()
    opener = _OPENERS.match(sentence[start:stop])
    if opener:
        start += opener.end()
    return start, stop


def _word_count(text: str) -> int:
    return sum(1 for w in _WORD.findall(text) if w[0].isalnum())


def statement_of(
    sentence: str, cue_start: int, cue_stop: int, *, key: Callable[[str], str | None]
) -> StatementMention | None:
    """The statement an attribution at ``sentence[cue_start:cue_stop]`` credits.

    The statement is the clause after the attributing words ("X said that ...", "According to
    X, ...") or, failing that, the clause before them ("..., X said").
    """
    after = _clean(sentence, cue_stop, len(sentence))
    before = _clean(sentence, 0, cue_start)
    quoted_before = _QUOTE_BEFORE.search(sentence[:cue_start]) is not None
    enough_after = _word_count(sentence[after[0] : after[1]]) >= _MIN_WORDS
    start, stop = after if enough_after and not quoted_before else before
    if _word_count(sentence[start:stop]) < _MIN_WORDS:
        return None
    content = " ".join(sentence[start:stop].split())
    content = content.strip("“”\"‘’' ")
    if not content:
        return None
    return StatementMention(Statement(content=content, proposition=key(content)), start, stop)


def _lemma(word: str) -> str:
    if word in IRREGULAR_VERBS:
        return IRREGULAR_VERBS[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def proposition_key(content: str, *, canonical: Callable[[str], str | None]) -> str | None:
    """A key for the proposition of a clause, or ``None`` if it says too little to key.

    The key is the negation (``not``) and the first content words of the clause, up to the
    first preposition or clause boundary once a subject, verb and object are in: names become
    their canonical actor (through *canonical*), words lose case, plural and tense endings,
    and function words drop out. "the U.S. no longer has fundamental objections to X" and
    "the US no longer has fundamental objections to Y" share the key
    ``not-united-states-have-fundamental-objection``.
    """
    tokens = _WORD.findall(content)
    kept: list[str] = []
    negated = False
    i = 0
    while i < len(tokens) and len(kept) < _MAX_WORDS:
        word = tokens[i]
        if word[0].isupper() and word[0].isalpha():
            j = i + 1
            while j < len(tokens) and tokens[j][0].isupper() and tokens[j][0].isalpha():
                j += 1
            name = " ".join(tokens[i:j])
            found = canonical(name)
            if found is not None or word.lower() not in STOPWORDS | PREPOSITIONS | NEGATIONS:
                kept.append(found or name.lower())
                i = j
                continue
        low = word.lower().replace("’", "'")
        if low in NEGATIONS or low.endswith("n't"):
            negated = True
        elif len(kept) >= _MIN_WORDS and (low in PREPOSITIONS or low in _CLAUSE_END):
            break
        elif (
            low not in STOPWORDS
            and low not in PREPOSITIONS
            and low[0].isalnum()
            and low != "longer"
        ):
            kept.append(_lemma(low))
        i += 1
    if len(kept) < _MIN_WORDS or kept[0] in _PRONOUNS:
        return None
    words = (["not"] if negated else []) + kept
    key = re.sub(r"[^a-z0-9]+", "-", "-".join(words).lower()).strip("-")
    return key or None
