"""Short adverbials of time and place between a cue verb and its "that", for
`claimcheck.attribution`: "ruled on Thursday that", "held at the High Court in Abuja that".

A verb that attributes only before "that" ("ruled", "held", "expects") keeps its precision
when what stands between is a plain phrase of when or where: a preposition of time or place
and then only words, with no punctuation and no particle of a phrasal verb ("ruled out"),
within a few tokens. This module imports only the tokens; each check reads a bounded number
of them.
"""

from __future__ import annotations

from claimcheck._attribution_text import Token

__all__: list[str] = []

_OPENERS = frozenset(
    {"on", "at", "in", "last", "this", "earlier", "later", "yesterday", "today", "late"}
)
"""Words that open an adverbial of time or place."""
_REACH = 9
"""The most tokens of the adverbial and its "that"."""
_NOT_INSIDE = frozenset({"out", "over", "off", "up", "which", "who", "it", "they"})
"""Words that show the verb's object or particle, not an adverbial, before "that"."""


def that_after_adverbial(tokens: list[Token], at: int, hi: int) -> int | None:
    """The index of the "that" after a short adverbial of time or place opening at token
    *at*, or None when no such adverbial leads to "that" before *hi*.

    >>> from claimcheck._attribution_text import tokenize
    >>> text = "The panel ruled on Friday that the fee stands."
    >>> that_after_adverbial(tokenize(text, 0, len(text)), 3, 11)
    5

    .. versionadded:: 0.1.0
    """
    if at >= hi or tokens[at].lower not in _OPENERS:
        return None
    for k in range(at + 1, min(hi, at + _REACH)):
        token = tokens[k]
        if token.lower == "that":
            return k
        if not (token.is_word or token.text.isdigit()) or token.lower in _NOT_INSIDE:
            return None
    return None
