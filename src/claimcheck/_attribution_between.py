# ruff: noqa: RUF001
"""Subjects with a clause between them and their verb, for `claimcheck.attribution`.

"Two men questioned by police said": a passive participle with its agent describes the
speaker and never speaks itself, so the speaker is the description before it. "A woman who
was treated at the clinic said": a relative clause after a description is part of who the
speaker is, as is a present participle ("Two women waiting at the terminal said") or a passive
one that places them ("Two envoys posted to Kinshasa said"). Either is
read only when no phrase ends just before the verb.
"""

from __future__ import annotations

from collections.abc import Callable

from claimcheck._attribution_spans import Kind, Phrase, span_text
from claimcheck._attribution_text import QUOTES, Token

__all__: list[str] = []

_MAX_BETWEEN = 16
_BREAKS = frozenset({",", ";", ":", ".", "!", "?", "—", "–", "(", ")"}) | QUOTES
_PLACING = frozenset({"to", "in", "at", "on", "with", "near", "inside", "across", "from"})
_IRREGULAR_PARTICIPLES = frozenset(
    {"seen", "told", "taken", "held", "shot", "caught", "hurt", "given", "known", "driven",
     "beaten", "brought", "sent", "kept", "left", "found", "met", "paid", "sought", "written"}
)


def passive_participle(token: Token) -> bool:
    """Whether a word may be a passive participle: "questioned", "interviewed", "seen"."""
    lower = token.lower
    return token.is_word and not token.capitalized and (
        (lower.endswith("ed") and len(lower) > 4) or lower in _IRREGULAR_PARTICIPLES
    )


def agent_follows(tokens: list[Token], at: int, stop: int) -> bool:
    """Whether a passive participle and its "by" start at token *at*: "questioned by"."""
    return at + 1 < stop and passive_participle(tokens[at]) and tokens[at + 1].lower == "by"


def placed_participle(tokens: list[Token], at: int, stop: int) -> bool:
    """Whether a passive participle and a preposition start at token *at*, before *stop*:
    "accredited to", "stationed in", "posted at" describe where a speaker serves."""
    return (
        at + 2 < stop
        and passive_participle(tokens[at])
        and tokens[at + 1].lower in _PLACING
        and tokens[at + 2].is_word
    )


def across_clause(
    text: str,
    tokens: list[Token],
    lo: int,
    end: int,
    describe: Callable[[list[Token], int, int], Phrase | None],
) -> Phrase | None:
    """The anonymous description that a participle or a relative clause separates from
    the verb at token *end*, or ``None``.

    Args:
        text: The text the tokens index.
        tokens: The tokens of the text.
        lo: Where the clause starts.
        end: Where the verb is.
        describe: Reads an anonymous description starting at a token, up to a limit.

    Returns:
        "Two men" of "Two men questioned by police after the fire said", or "A woman who
        was treated at the clinic" of "A woman who was treated at the clinic said".
    """
    floor = max(lo, end - _MAX_BETWEEN)
    for back in range(end - 1, floor - 1, -1):
        if tokens[back].text in _BREAKS or tokens[back].quoted:
            floor = back + 1
            break
    for start in range(floor, end - 2):
        found = describe(tokens, start, end)
        if found is None or found.kind is not Kind.ANONYMOUS or found.stop >= end - 1:
            continue
        if start > lo and tokens[start - 1].is_word:
            return None  # the description must open the clause
        if agent_follows(tokens, found.stop, end):
            return found
        after = tokens[found.stop]
        if after.lower == "who" or (after.lower.endswith("ing") and not after.capitalized):
            return found._replace(stop=end, text=span_text(text, tokens, start, end))
        if placed_participle(tokens, found.stop, end):
            return found._replace(stop=end, text=span_text(text, tokens, start, end))
        return None
    return None
