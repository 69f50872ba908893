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
    **dict.fromkeys("radio tv television broadcasting sports".split(), "broadcaster"),  # noqa: SIM905
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

# Words before "Agency" that make it a news agency ("Polish Press Agency", "Czech News
# Agency"); "Agency" alone names any body ("International Energy Agency").
AGENCY_QUALIFIERS = frozenset({"press", "news", "information", "telegraph", "telegraphic"})

# First words of broadcasters named by a number: "Channel 12", "Kanal 13", "TV5".
NUMBERED_HEADS: dict[str, str] = dict.fromkeys(
    """channel kanal canal kanał tv radio rtl""".split(), "broadcaster"  # noqa: SIM905
)

# Articles of other languages that begin press titles ("Der Standard", "La Stampa"), as
# written; "Le" and "De" are left out, as they begin surnames too ("Le Pen", "De Wever").
FOREIGN_ARTICLES = frozenset(
    {"Der", "Die", "Das", "La", "El", "Il", "Lo", "Het", "Los", "Las", "Les"}
)


# Head nouns of press titles in other languages, written in lower case after a capitalised
# first word as those languages write titles: "Jutarnji list", "Lidové noviny", "Dnevni avaz".
EDITION_WORDS = frozenset(
    {"afrique", "africa", "asia", "asie", "europe", "diplomatique", "international", "arabia",
     "english", "américas", "americas", "latino", "mundo"}
)
"""Words after a known outlet's name that name one of its editions: "Le Monde Afrique",
"Nikkei Asia", "CNN International"."""

LOWER_HEADS = frozenset({"list", "listy", "novine", "noviny", "vijesti", "dnevnik", "avaz"})

# Lower-case words that name a title of the press when they follow its name: "Pakistan's
# Dawn newspaper", "the Bild tabloid".
PRESS_AFTER_NAME: dict[str, str] = {
    "newspaper": "newspaper", "daily": "newspaper", "tabloid": "newspaper",
    "weekly": "newspaper", "broadsheet": "newspaper", "magazine": "magazine",
}

# The words one of which an outlet missing from the lists holds (see `_evident_outlet`).
EVIDENT_WORDS = frozenset(
    {
        *OUTLET_HEADS, *OUTLET_FIRST_HEADS, *NUMBERED_HEADS, *LOWER_HEADS, *PRESS_AFTER_NAME,
        *(a.lower() for a in FOREIGN_ARTICLES),
    }
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

    def report_of(self, tokens: list[Token], i: int, hi: int) -> tuple[int, Actor, str] | None:
        """A known outlet's report named by its possessive at token *i*: "Bloomberg's
        reporting", "Reuters' investigation"; its end, actor and kind."""
        plain = i + 2 < hi and tokens[i + 1].text in {"'", "’"}
        noun = i + 2 if plain else i + 1
        if noun >= hi or tokens[noun].lower not in lex.REPORT_NOUNS:
            return None
        if plain:
            name = tokens[i].lower
        elif tokens[i].capitalized and tokens[i].lower.endswith(("'s", "’s")):
            name = tokens[i].lower[:-2]
        else:
            return None
        found = self.table.get((name,))
        return None if found is None else (noun + 1, found[0], found[1])

    def service_of(self, tokens: list[Token], i: int, hi: int) -> tuple[int, Actor, str] | None:
        """A service of a known outlet named by its possessive at token *i*: "the BBC's
        Bengali service", "CNN's Arabic channel"; its end, the service as an outlet, and
        the outlet's kind."""
        at = i + 1 if tokens[i].lower == "the" else i
        if at >= hi or not (tokens[at].capitalized and tokens[at].lower.endswith(("'s", "’s"))):
            return None
        found = self.table.get((tokens[at].lower[:-2],))
        if found is None:
            return None
        k = at + 1
        while k < min(hi, at + 3) and tokens[k].capitalized and not tokens[k].quoted:
            k += 1  # "Bengali", "World"
        if k >= hi or tokens[k].lower not in _SERVICES:
            return None
        name = " ".join(t.text for t in tokens[at : k + 1])
        return k + 1, Actor(name, ActorKind.OUTLET), found[1]

    def match(self, tokens: list[Token], i: int, hi: int) -> tuple[int, Actor, str] | None:
        """The longest outlet name at token *i*: its end, actor and kind.

        A name matches capitalised, or ending in a number ("Channel 4 News"), or in lower
        case where the name is written so ("dpa"), or all in lower case where it has two
        words or more besides "the" and ends its phrase ("ukrainska pravda reported"; not
        "foreign policy experts").
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
            lowered = all(t.text == t.lower for t in tokens[i : i + length])
            written = lowered and (
                key in self.uncased or _lowered_title(key, tokens, i + length, hi)
            )
            if cased or written:
                return i + length, found[0], found[1]
        return None


_SERVICES = frozenset(
    {"service", "edition", "channel", "desk", "website", "programme", "program", "podcast"}
)
_STATIONS = frozenset({"fm", "am", "radio", "tv", "channel"})


def station_number(tokens: list[Token], stop: int, hi: int) -> int:
    """The end of a station's name that a frequency or number closes after a word of
    broadcasting at *stop* - 1 ("City FM 89", "Kiss TV 2"), else *stop*."""
    if stop < hi and tokens[stop].text.isdigit() and tokens[stop - 1].lower in _STATIONS:
        return stop + 1
    return stop


def glued_name(tokens: list[Token], i: int, hi: int) -> int:
    """The end of a name written as one word of letters with digits or dots ("15min",
    "nu.nl", "24tv"), or *i* if none starts at token *i*."""
    stop = i + 1
    while stop < hi and tokens[stop].start == tokens[stop - 1].end and not tokens[stop].quoted:
        stop += 1
    while stop > i + 1 and not tokens[stop - 1].text[-1].isalnum():
        stop -= 1  # "tvn24.pl," and "nu.nl." end before their punctuation
    text = "".join(t.text for t in tokens[i:stop])
    letters = any(c.isalpha() for c in text)
    marked = any(c.isdigit() for c in text) or "." in text.strip(".")
    if tokens[i].quoted or not letters or not marked or not text[-1].isalnum():
        return i
    return stop




def glued_outlet(tokens: list[Token], i: int, hi: int) -> int:
    """The end of an outlet named as one glued word at token *i*, or *i*: a web address
    ("err.ee", "tvn24.pl") anywhere, a word with digits ("15min") where it reports or
    relays ("15min reported", "15min, quoting ...")."""
    stop = glued_name(tokens, i, hi)
    if stop == i:
        return i
    text = "".join(t.text for t in tokens[i:stop])
    domain = "." in text and text.rsplit(".", 1)[1].isalpha()
    following = tokens[stop].lower if stop < hi else ""
    relays = following == "," and stop + 1 < hi and tokens[stop + 1].lower in _AFTER_NAME
    return stop if domain or relays or following in lex.OUTLET_CUES else i


def _lowered_title(key: tuple[str, ...], tokens: list[Token], stop: int, hi: int) -> bool:
    """Whether a name of two words or more, written in lower case, ends its phrase: before
    a verb that attributes, "that", or no word at all."""
    if len(key) - (key[0] == "the") < 2:
        return False
    if stop >= hi or not tokens[stop].is_word:
        return True
    following = tokens[stop].lower
    return following in lex.SPEECH_VERBS or following in lex.BY_VERBS or following in _AFTER_NAME


_AFTER_NAME = frozenset({"that", "citing", "quoting"})


def quoted_span(tokens: list[Token], start: int, stop: int) -> bool:
    return any(t.quoted for t in tokens[start:stop])


@functools.cache
def _known_outlets() -> Outlets:
    """The lexicon's outlets, indexed once: every reader starts from a copy."""
    return Outlets.lexicon()
