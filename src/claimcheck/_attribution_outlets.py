"""The outlets a reader of attributions knows, for `claimcheck.attribution`.

The built-in list (`OUTLET_NAMES`) is indexed once by the words of each name; a reader adds
the caller's own outlets to a copy, and matches the longest name at a token.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from claimcheck import _attribution_lexicon as lex
from claimcheck._attribution_text import Token, tokenize
from claimcheck.model import Actor, ActorKind

__all__: list[str] = []


# The last word of a press title, and the kind of outlet it names ("" for any): "Baltic Times",
# "Kyiv Weekly Observer", "Ukrainska Pravda".
OUTLET_HEADS: dict[str, str] = {
    **dict.fromkeys(
        """times post journal gazette gazeta gazzetta pravda herald tribune telegraph daily
        weekly monitor observer chronicle courier kurier zeitung nachrichten nieuws nyheter
        sanomat dagbladet avisen novosti vesti izvestia dispatch examiner inquirer sentinel
        globe mercury register gazet shimbun ilbo independent""".split(),  # noqa: SIM905
        "newspaper",
    ),
    **dict.fromkeys("radio tv television broadcasting".split(), "broadcaster"),  # noqa: SIM905
    **dict.fromkeys("magazine review".split(), "magazine"),  # noqa: SIM905
    **dict.fromkeys("news press online wire inform media".split(), ""),  # noqa: SIM905
}

# The first word of a press title: "Radio Svoboda", "Kurier Lubelski".
OUTLET_FIRST_HEADS: dict[str, str] = {
    "radio": "broadcaster",
    "kurier": "newspaper",
    "gazeta": "newspaper",
    "gazzetta": "newspaper",
    "dziennik": "newspaper",
}

# First words of broadcasters named by a number: "Channel 12", "Kanal 13", "TV5".
NUMBERED_HEADS: dict[str, str] = dict.fromkeys(
    """channel kanal canal kanał tv radio rtl""".split(), "broadcaster"  # noqa: SIM905
)

# Articles of other languages that begin press titles ("Der Standard", "La Stampa"), as
# written; "Le" and "De" are left out, as they begin surnames too ("Le Pen", "De Wever").
FOREIGN_ARTICLES = frozenset(
    {"Der", "Die", "Das", "La", "El", "Il", "Lo", "Het", "Los", "Las", "Les"}
)


# The words one of which an outlet missing from the lists holds (see `_evident_outlet`).
EVIDENT_WORDS = frozenset(
    {*OUTLET_HEADS, *OUTLET_FIRST_HEADS, *NUMBERED_HEADS, *(a.lower() for a in FOREIGN_ARTICLES)}
)


class Outlets:
    """The outlets a reader knows: name tokens to actor and kind."""

    def __init__(self, extra: Iterable[Actor]) -> None:
        known = _known_outlets()
        self.table: dict[tuple[str, ...], tuple[Actor, str]] = dict(known.table)
        self.lengths: dict[str, tuple[int, ...]] = dict(known.lengths)  # first word -> lengths
        self.prefixes: set[tuple[str, str]] = set(known.prefixes)  # first words of longer names
        self.uncased: set[tuple[str, ...]] = set(known.uncased)  # names written in lower case
        for actor in extra:
            if not isinstance(actor, Actor):
                msg = f"'outlets' takes Actors (got {actor!r})"
                raise TypeError(msg)
            self._add(actor, "")  # of no known kind: "the newspaper" may be any of them

    @classmethod
    def lexicon(cls) -> Outlets:
        """The outlets of the lexicon alone (build it through `_known_outlets`, once)."""
        outlets = cls.__new__(cls)
        outlets.table, outlets.lengths, outlets.prefixes, outlets.uncased = {}, {}, set(), set()
        for name, kind, aliases in lex.OUTLET_NAMES:
            outlets._add(Actor(name, ActorKind.OUTLET, aliases=aliases), kind)
        return outlets

    def _add(self, actor: Actor, kind: str) -> None:
        for name in actor.names:
            key = tuple(t.lower for t in tokenize(name, 0, len(name)))
            self.table[key] = (actor, kind)
            if name == name.lower():
                self.uncased.add(key)  # "dpa", "heise online": written so, matched so
            known = set(self.lengths.get(key[0], ())) | {len(key)}
            self.lengths[key[0]] = tuple(sorted(known, reverse=True))
            if len(key) > 1:
                self.prefixes.add((key[0], key[1]))

    def match(self, tokens: list[Token], i: int, hi: int) -> tuple[int, Actor, str] | None:
        """The longest outlet name at token *i*: its end, actor and kind.

        A name matches capitalised, or ending in a number ("Channel 4 News"), or in lower
        case where the name is written so ("dpa").
        """
        first = tokens[i]
        lengths = self.lengths.get(first.lower)
        if lengths is None:
            return None
        longer = i + 1 < hi and (first.lower, tokens[i + 1].lower) in self.prefixes
        for length in lengths:
            if length > hi - i or (length > 1 and not longer):
                continue
            key = tuple(t.lower for t in tokens[i : i + length])
            found = self.table.get(key)
            if found is None or quoted_span(tokens, i, i + length):
                continue
            last = tokens[i + length - 1]
            cased = (first.capitalized or first.lower == "the") and (
                last.capitalized or last.text[0].isdigit()
            )
            written = key in self.uncased and all(t.text == t.lower for t in tokens[i : i + length])
            if cased or written:
                return i + length, found[0], found[1]
        return None


def quoted_span(tokens: list[Token], start: int, stop: int) -> bool:
    return any(t.quoted for t in tokens[start:stop])


@functools.cache
def _known_outlets() -> Outlets:
    """The lexicon's outlets, indexed once: every reader starts from a copy."""
    return Outlets.lexicon()
