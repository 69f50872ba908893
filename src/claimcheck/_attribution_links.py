# ruff: noqa: RUF001
"""Outlets tied to a statement by a relay word anywhere in its clause, for `claimcheck.attribution`.

Once a clause has a speaker, any outlet that a relay word ties to what was said is part of
its chain, whatever the order of the words: "seen by the BBC", "interviewed by Mint",
"speaking to Radio Ergo", "told the BBC's Bengali service", "it was reported in the Irish
Times". One pass over the clause finds them all, so no word order needs its own rule; each
goes first in the chain (the outlet that reports), in the order it is written.
"""

from __future__ import annotations

from typing import Protocol

from claimcheck import _attribution_lexicon as lex
from claimcheck._attribution_kinds import person_evidence, raw_key
from claimcheck._attribution_passives import agent_by
from claimcheck._attribution_sites import SUBJECT, Site
from claimcheck._attribution_spans import Phrase
from claimcheck._attribution_text import Token
from claimcheck.model import Actor, ActorKind

__all__: list[str] = []

_BY_LINKS = frozenset(
    {"seen", "interviewed", "obtained", "carried", "quoted", "cited", "reviewed", "aired",
     "broadcast", "relayed", "picked", "summarised", "summarized", "republished",
     "reprinted", "reproduced", "translated", "excerpted"}
)
"""Participles before "by" whose agent relays the statement: "a letter seen by the BBC"."""
_PHRASAL_LINKS = frozenset({"picked"})
"""Links whose particle stands before "by": "picked up by"."""
_TO_LINKS = frozenset({"speaking", "talking", "spoke", "talked", "told"})
"""Verbs before "to" (or, for "told", directly) whose object heard the speaker."""
_IN_LINKS = frozenset({"reported", "writing", "published"})
"""Words before "in" whose object printed the statement: "it was reported in the Irish Times"."""
_LONE_NAME_LINKS = frozenset({"interviewed", "seen", "speaking", "talking"})
"""Links after which a lone capitalised name no list holds is an outlet: "interviewed by
Mint" (after "told" it may be anyone: "told Harris")."""
_IMPERSONAL = frozenset({"was", "is", "has", "had", "been"})
"""Words between "it" and "reported": "it was reported in", "it has been reported in"."""
_ENDS = frozenset({",", ".", ";", ":", "—", "–", ")"})


class OutletReader(Protocol):
    """What the pass needs of the reader: the outlet after "told" at a token, and the
    known outlet a possessive names."""

    def told_outlet(self, tokens: list[Token], i: int, hi: int) -> Phrase | None: ...

    def possessive_outlet(self, token: Token) -> Actor | None: ...


def relay_links(reader: OutletReader, tokens: list[Token], lo: int, hi: int) -> list[Actor]:
    """The outlets that relay words in tokens *lo* to *hi* tie to the clause's statement.

    Args:
        reader: Reads an outlet at a token.
        tokens: The tokens of the text.
        lo: Where the clause starts.
        hi: Where it ends.

    Returns:
        The outlets, each once, from the reporting document towards the speaker: the
        outlets that passed the words on, the last relay first ("first aired by A, later
        quoted by B" gives B, A), then those the speaker spoke to, in written order.
    """
    heard: list[Actor] = []  # outlets the speaker spoke to or printed in, in written order
    relayed: list[Actor] = []  # outlets that passed the words on, the first relay first
    for k in range(lo, hi - 1):
        token = tokens[k]
        lower = token.lower
        if token.quoted or not (lower in _BY_LINKS or lower in _TO_LINKS or lower in _IN_LINKS):
            continue
        following = tokens[k + 1].lower
        found = heard
        if lower == "told":
            at = k + 1
        elif (lower in _TO_LINKS and following == "to") or (
            lower in _IN_LINKS and following == "in"
        ):
            at = k + 2
        elif lower in _BY_LINKS:
            skip = k + 2 if lower in _PHRASAL_LINKS and following == "up" else k + 1
            by = agent_by(tokens, skip, hi)  # "broadcast on Sunday by ZDF", "picked up by"
            at = hi if by is None else by + 1
            found = relayed
        else:
            continue
        if at >= hi:
            continue
        phrase = reader.told_outlet(tokens, at, hi)
        actor = phrase.outlet if phrase is not None else None
        if actor is None:  # "told CNN's State of the Union", "the BBC's flagship show"
            owner = at + 1 if tokens[at].lower == "the" and at + 1 < hi else at
            actor = reader.possessive_outlet(tokens[owner])
        if actor is None and lower in _LONE_NAME_LINKS:
            actor = _lone_name(tokens, at, hi)
        if actor is not None and actor not in heard and actor not in relayed:
            found.append(actor)
    return [*reversed(relayed), *heard]


def relay_order(via: tuple[Actor, ...], linked: list[Actor]) -> tuple[Actor, ...]:
    """*via* with the outlets of *linked* that it holds put in the order of *linked*, each
    in a place one of them held; the others keep their places.

    >>> a, b, c = (Actor(name, ActorKind.OUTLET) for name in "ABC")
    >>> [o.name for o in relay_order((a, c, b), [b, a])]
    ['B', 'C', 'A']
    """
    ordered = iter([actor for actor in linked if actor in via])
    held = set(linked)
    return tuple(next(ordered) if actor in held else actor for actor in via)



def reported_in(reader: OutletReader, tokens: list[Token], lo: int, hi: int) -> Site | None:
    """A site for the outlet of an impersonal report in tokens *lo* to *hi*, a clause with
    no other cue ("the scheme, it was reported in the Irish Times, had cost ..." credits
    the Irish Times), or ``None``."""
    for k in range(lo + 2, hi - 2):
        if tokens[k].lower != "reported" or tokens[k + 1].lower not in {"in", "by"}:
            continue
        between = k - 1
        while between > lo and tokens[between].lower in _IMPERSONAL and k - between < 4:
            between -= 1
        if between == k - 1 or tokens[between].lower != "it" or tokens[k].quoted:
            continue
        phrase = reader.told_outlet(tokens, k + 2, hi)
        if phrase is not None and phrase.outlet is not None:
            return Site(SUBJECT, phrase, "reported", between, k + 2)
    return None


def _lone_name(tokens: list[Token], at: int, hi: int) -> Actor | None:
    """A single capitalised word between a link and the end of a phrase that names no
    person, place or body the lists know: "interviewed by Mint,"."""
    token = tokens[at]
    closed = at + 1 >= hi or tokens[at + 1].text in _ENDS
    if not (closed and token.is_word and token.capitalized and not token.quoted):
        return None
    key = raw_key(token.text)
    if key in lex.ORGANIZATION_WORDS or key in lex.PLACES or person_evidence(token.text):
        return None
    if token.lower in lex.CAPITAL_STOPWORDS or token.text.isupper():
        return None
    return Actor(token.text, ActorKind.OUTLET)
