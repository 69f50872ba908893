"""Phrases as spans of tokens, for `claimcheck.attribution`: their kinds and their text.

Every phrase reader returns a `Phrase`; the word tests here are shared by the readers of
outlets (`_attribution_press`) and of the other phrases (`_attribution_phrases`).
"""

from __future__ import annotations

import enum
from typing import NamedTuple

from claimcheck import _attribution_lexicon as lex
from claimcheck._attribution_text import Token
from claimcheck.model import Actor

__all__: list[str] = []


class Kind(enum.Enum):
    OUTLET = "outlet"
    ANAPHOR = "anaphor"
    REPORTERS = "reporters"
    ANONYMOUS = "anonymous"
    ORGANIZATION = "organization"
    NAMED = "named"
    PRONOUN = "pronoun"


class Phrase(NamedTuple):
    """A noun phrase that a cue introduces."""

    start: int
    stop: int
    kind: Kind
    text: str
    outlet: Actor | None = None
    plural: bool = False
    definite: bool = False
    head: str = ""
    anaphor_kind: str | None = None


def span_text(text: str, tokens: list[Token], start: int, stop: int) -> str:
    return text[tokens[start].start : tokens[stop - 1].end]


def possessive(token: Token) -> bool:
    return token.capitalized and token.lower.endswith(("'s", "’s"))


def starts_name(token: Token) -> bool:
    return token.capitalized and token.is_word and token.lower not in lex.CAPITAL_STOPWORDS


NOT_BEFORE_VERB = frozenset(
    {
        "to", "is", "are", "was", "were", "be", "been", "being", "not", "'s", "the", "a",
        "an", "this", "that", "its", "his", "her", "their", "our", "my", "your", "whose",
        "no", "any", "on", "in", "at", "of", "for", "from", "with", "by",
    }
)
"""Words before a verb that make it no cue: "is said to", "the report", "declined to say"."""
