"""Passive cues whose agent stands after a time, for `claimcheck.attribution`.

"It was confirmed on Friday by the commission that ...": a short time or an adverb may
stand between a passive cue and its "by". "Warnings that ... were issued by the agency",
"— that was the instruction issued on Tuesday by the central bank": a body that issues a
warning or an instruction is its speaker, but only when the clause says that what was
issued is something said (passports and permits are issued too).
"""

from __future__ import annotations

from claimcheck import _attribution_lexicon as lex
from claimcheck._attribution_sites import gap_word
from claimcheck._attribution_text import Token

__all__: list[str] = []

_MAX_TIME = 4
_MAX_QUALIFIED = 3
_TIME_WORDS = lex.CALENDAR | {
    "on", "in", "last", "this", "late", "early", "earlier", "later", "today", "yesterday",
    "also", "again", "first", "separately", "jointly", "publicly", "formally", "officially",
    "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend",
}
ISSUING = frozenset({"issued", "given", "sounded"})
"""Participles whose agent speaks when what they issue is something said."""
_SAID_THINGS = frozenset(
    {"warning", "warnings", "instruction", "instructions", "order", "orders", "directive",
     "directives", "circular", "guidance", "advice", "alert", "alerts", "ultimatum",
     "assurance", "assurances", "reminder", "appeal", "call", "verdict", "ruling", "caution"}
) | lex.STATEMENT_NOUNS
_PASSIVE = frozenset({"was", "were", "is", "are", "been", "being"})
_OPENERS = frozenset({"the", "a", "an", "new", "fresh", "repeated", "stern", "urgent"})


def agent_by(tokens: list[Token], j: int, hi: int, *, issuing: bool = False) -> int | None:
    """The "by" at token *j* or after a short time or adverb from there ("on Friday by",
    "earlier this week by"), or ``None``.

    Args:
        tokens: The tokens of the text.
        j: The token just after the participle.
        hi: The end of the clause.
        issuing: Whether the participle says who issued a document or data: then a place
            ("a lawsuit filed in Ottawa by") or any adverb ("figures published recently
            by", "released only yesterday by") may stand among the time words too.

    Returns:
        The index of the "by", or ``None``.

    >>> from claimcheck._attribution_text import tokenize
    >>> text = "confirmed on Friday by the court"
    >>> agent_by(tokenize(text, 0, len(text)), 1, 6)
    3

    .. versionadded:: 0.1.0
    """
    k = j
    while k < min(hi, j + _MAX_TIME) and tokens[k].lower != "by":
        token = tokens[k]
        timed = token.lower in _TIME_WORDS or token.text.isdigit()
        if token.quoted or not (timed or (issuing and gap_word(token))):
            return None
        placed = issuing and token.lower == "in" and k + 1 < hi and tokens[k + 1].capitalized
        k += 2 if placed else 1
    return k if k < hi and tokens[k].lower == "by" and k + 1 < hi else None


def issued_statement(tokens: list[Token], k: int, lo: int) -> bool:
    """Whether the participle at token *k* ("issued") issues something said: a noun of
    what is said just before it ("the instruction issued"), or opening the clause of a
    passive ("Warnings that ... were issued", "Flood warnings for ... were issued")."""
    if k - 1 < lo:
        return False
    before = tokens[k - 1].lower
    if before in _SAID_THINGS:
        return True
    if before not in _PASSIVE:
        return False
    opening = lo
    while opening < k and tokens[opening].lower in _OPENERS:
        opening += 1
    heads = tokens[opening : min(k, opening + _MAX_QUALIFIED)]  # "Flood warnings for ..."
    return any(token.lower in _SAID_THINGS and token.is_word for token in heads)
