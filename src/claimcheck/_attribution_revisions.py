"""A body revising its own forecast, for `claimcheck.attribution`.

"The fund raised its forecast for growth", "OPEC lowered its estimate of demand": a body
that revises its forecast states what it now expects, so it is the speaker of the clause.
Only "its" or "their" before the forecast makes it the subject's own ("raised the
forecast" may be anyone's).
"""

from __future__ import annotations

from claimcheck._attribution_text import Token

__all__: list[str] = []

REVISING = frozenset(
    {"raised", "lowered", "cut", "revised", "trimmed", "lifted", "raises", "lowers", "cuts",
     "revises", "trims", "lifts", "upgraded", "downgraded", "upgrades", "downgrades"}
)
"""Verbs by which a body revises its forecast."""
_OWN = frozenset({"its", "their"})
_FORECASTS = frozenset(
    {"forecast", "forecasts", "estimate", "estimates", "outlook", "projection", "projections",
     "guidance", "prediction", "predictions"}
)
_MAX_QUALIFIERS = 2  # "its full-year growth forecast"


def revised_forecast(tokens: list[Token], k: int, hi: int) -> int | None:
    """Where the forecast ends that the verb at token *k* revises as its subject's own
    ("raised its growth forecast"), or ``None``.

    >>> from claimcheck._attribution_text import tokenize
    >>> text = "The fund raised its growth forecast"
    >>> revised_forecast(tokenize(text, 0, len(text)), 2, 6)
    6
    """
    if k + 2 >= hi or tokens[k].lower not in REVISING or tokens[k + 1].lower not in _OWN:
        return None
    for noun in range(k + 2, min(hi, k + 3 + _MAX_QUALIFIERS)):
        token = tokens[noun]
        if token.lower in _FORECASTS:
            return noun + 1
        if not token.is_word or token.quoted:
            return None
    return None
