"""Whose a title is, where the words before it say so without naming a body the text knows:
"the Christian Democrat leader" heads a party, "Biden's secretary of state" served under
Biden. Such a title is not the office the facts record for the person at the time of writing."""

from __future__ import annotations

from collections.abc import Mapping

from claimcheck._extract_lexicon import NOT_NAMES
from claimcheck._extract_tokens import Token

__all__: list[str] = []

_PARTY_WORDS = frozenset(
    {"party", "opposition", "faction", "caucus", "bloc", "rebel", "militia", "union", "movement"}
)
"""Lower-case words for a body that a bare "leader" or "chief" after them heads."""


def led_body_unnamed(tokens: list[Token], first: int) -> bool:
    """Whether a word right before a bare "leader", "head" or "chief" at token *first* says
    which body it heads, without naming a body the text knows ("the Christian Democrat
    leader", "the opposition leader"): the title is that body's, not whatever office the
    facts record for the person.

    >>> from claimcheck._extract_tokens import tokenize
    >>> tokens = tokenize("The Green leader Jane Roe and the leader Ann Lee spoke.", 0)
    >>> led_body_unnamed(tokens, 2), led_body_unnamed(tokens, 7)
    (True, False)
    """
    if first == 0 or not tokens[first - 1].is_word:
        return False
    word = tokens[first - 1]
    return word.lower in _PARTY_WORDS or (word.capitalized and word.lower not in NOT_NAMES)


def owned_by_person(tokens: list[Token], first: int, ends: Mapping[int, object]) -> bool:
    """Whether a title at token *first* is owned by a person named right before it ("Joe
    Biden's secretary of state"): the office held under that person, whose time the title
    alone does not give. *ends* holds the people named in the sentence by the token after
    their names.

    >>> from claimcheck._extract_tokens import tokenize
    >>> tokens = tokenize("Joe Biden's envoy, Jane Roe, spoke.", 0)
    >>> owned_by_person(tokens, 3, {2: "Joe Biden"}), owned_by_person(tokens, 3, {})
    (True, False)
    """
    return first > 0 and tokens[first - 1].lower == "'s" and first - 1 in ends
