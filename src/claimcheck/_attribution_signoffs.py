# ruff: noqa: RUF001, RUF002, RUF003
"""Speakers named after a dash that closes what they said, for `claimcheck.attribution`.

"“The water came at night” — Amina Yusuf, 41, a farmer, speaking to the BBC." and
"Rivers will peak on Sunday – Environment Agency": a name after the last dash of a clause
signs what comes before it. After a quotation the name may carry an age, a description and
a relay ("speaking to the BBC"); after plain words it must end the clause, as in a
headline, or be followed only by where it spoke ("speaking at her press conference"), and
the words must state what is or will be ("... will be raised – Environment
Agency"), so that "He left – Ana stayed" and a caption's credit sign nothing.
"""

from __future__ import annotations

from typing import Protocol

from claimcheck import _attribution_lexicon as lex
from claimcheck._attribution_sites import SUBJECT, Site
from claimcheck._attribution_spans import Kind, Phrase
from claimcheck._attribution_text import DASHES, QUOTES, Token

__all__: list[str] = []

_SIGNERS = frozenset({Kind.NAMED, Kind.ORGANIZATION, Kind.ANONYMOUS})
_MIN_STATEMENT = 6
_AUXILIARIES = frozenset(
    {"will", "would", "should", "could", "may", "might", "must", "has", "have", "can", "is",
     "are", "remains", "remain"}
)
"""Words of a statement about what is, has been or will be, which a sign-off may close; a
caption's plain present ("Firefighters tackle the blaze – ...") has none: there the name
after the dash is a credit."""
_FINAL = frozenset({".", "!", "?"})
_SPEAKING = frozenset({"speaking", "writing", "addressing", "answering", "responding"})
"""Participles after a signature that say where the words were spoken ("— Ana Ruiz,
speaking at a press conference"): the name still signs what comes before the dash."""
_STATING = frozenset({"that", "is", "are", "was", "were", "will", "would", "has", "have", "had"})
"""Words after a name that make it the subject of a new clause, not a signature."""


class PhraseReader(Protocol):
    """What a sign-off needs of the reader: a phrase at a token."""

    def phrase(
        self, tokens: list[Token], i: int, hi: int, *, exact: bool = False
    ) -> Phrase | None: ...


def sign_off(text: str, reader: PhraseReader, tokens: list[Token], lo: int, hi: int) -> Site | None:
    """The speaker who signs a clause after its last dash, or ``None``.

    Args:
        text: The text the tokens index.
        reader: Reads a phrase at a token.
        tokens: The tokens of the text.
        lo: Where the clause starts.
        hi: Where it ends.

    Returns:
        A site whose phrase is the speaker and whose cue is the dash.
    """
    if hi - lo < 3:
        return None
    span = text[tokens[lo].start : tokens[hi - 1].end]
    if "—" not in span and "–" not in span:
        return None
    dash = next((k for k in range(hi - 1, lo, -1) if tokens[k].text in DASHES), None)
    if dash is None or tokens[dash].quoted or dash + 1 >= hi:
        return None
    phrase = reader.phrase(tokens, dash + 1, hi)
    if phrase is None or phrase.kind not in _SIGNERS:
        return None
    rest = [t for t in tokens[phrase.stop : hi] if t.text not in _FINAL]
    quoted = tokens[dash - 1].text in QUOTES or tokens[dash - 1].quoted
    if not quoted and (
        dash - lo < _MIN_STATEMENT or not any(t.lower in _AUXILIARIES for t in tokens[lo:dash])
    ):
        return None  # "Best actor – Ana Ruiz", "Firefighters tackle the blaze – Peel Police"
    speaking = len(rest) > 1 and rest[0].text == "," and rest[1].lower in _SPEAKING
    if rest and not ((quoted or speaking) and rest[0].text == ","):
        return None  # after plain words a signature ends the clause, or says where it spoke
    if any(t.lower in lex.SPEECH_VERBS or t.lower in _STATING for t in rest):
        return None  # "— Ana Ruiz, who said ...": a clause of its own
    return Site(SUBJECT, phrase, tokens[dash].text, dash, dash + 1)
