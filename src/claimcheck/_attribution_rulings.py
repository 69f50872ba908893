"""Courts speaking through their rulings and hearings, for `claimcheck.attribution`.

A court or a body speaks through its rulings: "..., the Constitutional Court found in a 7-2
decision", "the tribunal ruled in a split decision that ...", "the court, ruling that the
seizure was unlawful, ordered ...". A person or a group that finds a thing states nothing
("police found a body"), and "ruled out" or "ruled the country" attribute nothing. What a
court heard from someone is what that someone said (`_attribution_hearings`).

The word tables here feed `claimcheck._attribution_lexicon`, so this module imports only
the tokens. Every helper looks at a bounded number of tokens.
"""

from __future__ import annotations

from claimcheck._attribution_adverbials import that_after_adverbial
from claimcheck._attribution_text import DASHES, Token

__all__: list[str] = []

FINDINGS = frozenset(
    {"ruled", "rules", "found", "finds", "held", "holds", "concluded", "concludes",
     "decided", "decides", "determined", "determines"}
)
"""Verbs by which a court or a body states its finding, alone or with its decision."""

VERBS = frozenset({"ruled", "rules", "ruling", "held", "holds"})
"""Verbs of a ruling that attribute before "that" whoever rules: "the judge ruled that",
"Justice Ruiz held that" (never "held talks", "ruled out")."""

NON_FINITE = frozenset({"ruling"})
"""The form that opens a clause inserted after its court: "The court, ruling that ..."."""

HEARING = frozenset({"heard", "hears"})
"""Verbs of a hearing, read before "from" and a speaker who says "that"."""

BULLETS = DASHES | {"-", "•", "*"}
"""Marks that open a line of a list before its clause: "— The court, ruling that ..."."""

_DECISIONS = frozenset(
    {"decision", "ruling", "judgment", "judgement", "verdict", "opinion", "vote", "finding"}
)
_CLAUSE_ENDS = frozenset({".", ";", "!", "?", ","})
_MAX_DECISION = 8


def ruling_stop(tokens: list[Token], stop: int, hi: int) -> int | None:
    """Where a ruling's verb, ending before token *stop*, ends with its decision phrase:
    the verb alone before "that" or the end of the clause, or with "in a 7-2 decision",
    "in a unanimous ruling" or an adverbial of time or place ("on Monday") after it; None when the verb takes an object ("found a body").

    >>> from claimcheck._attribution_text import tokenize
    >>> text = "The court ruled in a 5-4 decision that the law stands."
    >>> tokens = tokenize(text, 0, len(text))
    >>> ruling_stop(tokens, 3, len(tokens))
    9

    .. versionadded:: 0.1.0
    """
    at = stop
    if at < hi and tokens[at].lower == "in":
        for end in range(at + 1, min(hi, at + _MAX_DECISION)):
            if tokens[end].lower in _DECISIONS:
                at = end + 1
                break
            word = tokens[end].text
            if not (tokens[end].is_word or word.isdigit() or word == "-" or word in DASHES):
                return None  # "in a 7-2 decision", "in a split 2-1 ruling"
        else:
            return None
    if at >= hi or tokens[at].lower == "that" or tokens[at].text in _CLAUSE_ENDS:
        return at
    return that_after_adverbial(tokens, at, hi)  # "ruled on Thursday that"
