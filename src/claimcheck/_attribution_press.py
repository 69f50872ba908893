"""Outlet phrases, for `claimcheck.attribution`: the outlets that report and relay.

An outlet is a name the lists know ("Le Monde", "the BBC"), one that a descriptor introduces
("the French newspaper Le Monde", "the news portal 15min"), one glued into a site's name
("tvn24.pl"), or one whose name says it is one ("the Baltic Times", "Radio Svoboda", "Dawn
newspaper"). `PressReader` is the first of the phrase readers: every other reader builds on
knowing the outlets of a text.
"""

from __future__ import annotations

from claimcheck import _attribution_lexicon as lex
from claimcheck import _attribution_outlets as titles
from claimcheck._attribution_kinds import outlet_head, raw_key
from claimcheck._attribution_names import name_token
from claimcheck._attribution_outlets import Outlets, glued_name
from claimcheck._attribution_relayed import OUTLET_QUALIFIERS
from claimcheck._attribution_spans import (
    NOT_BEFORE_VERB,
    Kind,
    Phrase,
    possessive,
    span_text,
    starts_name,
)
from claimcheck._attribution_text import Token
from claimcheck.model import Actor, ActorKind
from claimcheck.names import is_title

__all__: list[str] = []

MAX_TITLE = 5
"""The most capitalised words of an outlet's name read without a list ("Kyiv Weekly Observer")."""
_BODY_WORDS = lex.ORGANIZATION_WORDS - titles.EDITION_WORDS
"""Words after an outlet's name that make the whole a body's: "the Australian Bureau of
Statistics" names no outlet."""


class PressReader:
    """Reads the outlets of a text: known, described, glued into a site's name, or evident."""

    def __init__(self, text: str, outlets: Outlets) -> None:
        self.text = text
        self.outlets = outlets

    def outlet(
        self, tokens: list[Token], i: int, hi: int, *, described: bool = True
    ) -> Phrase | None:
        """A known outlet, or one introduced by a descriptor ("the French newspaper Le Monde")."""
        start = i
        found = (
            self.outlets.report_of(tokens, i, hi)
            or self.outlets.service_of(tokens, i, hi)
            or self.outlets.match(tokens, i, hi)
        )
        glued = i
        if "." in tokens[i].text or (i + 1 < hi and tokens[i + 1].start == tokens[i].end):
            glued = titles.glued_outlet(tokens, i, hi)
        if glued > (i if found is None else found[0]):  # "err.ee", "tvn24.pl" (not "TVN24")
            found = glued, Actor(span_text(self.text, tokens, i, glued), ActorKind.OUTLET), "site"
        if found is None and tokens[i].lower == "the" and i + 1 < hi:
            found = self.outlets.match(tokens, i + 1, hi)
        placed = found is None and possessive(tokens[i])
        if placed and i + 1 < hi and raw_key(tokens[i].text) in lex.PLACES:  # "Germany's Die Zeit"
            k = i + 1
            while k + 1 < hi and tokens[k].lower in OUTLET_QUALIFIERS:
                k += 1  # "Iran's semi-official Tasnim news agency"
            found = self.outlets.match(tokens, k, hi) or self._evident_outlet(tokens, k, hi)
        if found is None and described:
            found = self._described_outlet(tokens, i, hi)
        if found is None:
            found = self._evident_outlet(tokens, i, hi)
        if found is None:
            return None
        stop, actor, kind = found
        edition = stop < hi and tokens[stop].capitalized and not tokens[stop].quoted
        if edition and tokens[stop].lower in titles.EDITION_WORDS:
            stop += 1  # "Le Monde Afrique": an edition of a known outlet
            first = start + 1 if tokens[start].lower == "the" else start
            actor = Actor(span_text(self.text, tokens, first, stop), ActorKind.OUTLET)
        if titles.station_number(tokens, stop, hi) > stop:  # "City FM 89"
            actor = Actor(f"{actor.name} {tokens[stop].text}", ActorKind.OUTLET)
            stop += 1
        following = tokens[stop] if stop < hi else None
        if following and following.capitalized and raw_key(following.text) in _BODY_WORDS:
            return None  # "the Australian Bureau of Statistics": a body's name, not an outlet
        if (
            stop + 3 <= hi
            and tokens[stop].text == "("
            and tokens[stop + 2].text == ")"
            and tokens[stop + 1].text.isupper()
        ):
            stop += 3  # "The Wall Street Journal (WSJ)"
        if stop < hi and tokens[stop].lower in lex.REPORTERS:
            stop += 1  # "Washington Post reporters" speak for their outlet
        for _ in range(2):  # "Interfax news agency", "Le Monde newspaper"
            if stop < hi and tokens[stop].lower in lex.DESCRIPTOR_KINDS and not tokens[stop].quoted:
                stop += 1
        return Phrase(start, stop, Kind.OUTLET, actor.name, outlet=actor, anaphor_kind=kind)

    def _evident_outlet(
        self, tokens: list[Token], i: int, hi: int
    ) -> tuple[int, Actor, str] | None:
        """An outlet missing from the lists whose name says it is one: "the Baltic Times",
        "Radio Svoboda", "Der Standard" (see `outlet_head`)."""
        j = i + 1 if tokens[i].lower in {"the", "its"} else i  # "its Amaq news agency"
        if j >= hi or not tokens[j].capitalized or tokens[j].lower in lex.CAPITAL_STOPWORDS:
            return None
        stop = j
        while stop < min(hi, j + MAX_TITLE) and tokens[stop].capitalized and tokens[stop].is_word:
            stop += 1
        numbered = (
            tokens[j].lower in titles.NUMBERED_HEADS and stop < hi and tokens[stop].text.isdigit()
        )
        if numbered:
            stop += 1  # "Channel 12", "Kanal 13", "TV5"
        following = tokens[stop].text if stop < hi else ""
        agency = following == "news" and stop + 1 < hi and tokens[stop + 1].text == "agency"
        if following in titles.LOWER_HEADS or following in titles.PRESS_AFTER_NAME or agency:
            return self._titled_press(tokens, j, stop)  # "Dawn newspaper", "Saba news agency"
        if tokens[stop - 1].lower not in titles.OUTLET_HEADS and not (
            numbered
            or tokens[stop - 1].lower == "agency"
            or tokens[j].text in titles.FOREIGN_ARTICLES
            or tokens[j].lower in titles.OUTLET_FIRST_HEADS
        ):
            return None  # most runs of capitals: cheap to rule out
        if any(t.quoted or possessive(t) for t in tokens[j:stop]):
            return None
        words = [t.text for t in tokens[j:stop]]
        kind = titles.NUMBERED_HEADS[tokens[j].lower] if numbered else outlet_head(words)
        office = is_title(words[0]) and words[0].lower() in lex.ANONYMOUS_SINGULAR
        if kind is None or (len(words) == 1 and j == i) or office:
            return None  # a lone "Times" or "Radio" needs "the"; "Minister" names no outlet
        if stop + 1 < hi and tokens[stop].lower == "of" and starts_name(tokens[stop + 1]):
            stop += 2  # "Public Television of Armenia", "the Times of Malta"
        return stop, Actor(span_text(self.text, tokens, j, stop), ActorKind.OUTLET), kind

    def _titled_press(
        self, tokens: list[Token], j: int, stop: int
    ) -> tuple[int, Actor, str] | None:
        """A press title before its lower-case noun: "Jutarnji list", "Dawn newspaper"; not a
        nationality or a person ("the Ukrainian daily", "Minister Sikorski's newspaper")."""
        if stop - j > 3 or any(
            t.quoted or possessive(t) or is_title(t.text) or raw_key(t.text) in lex.PLACES
            for t in tokens[j:stop]
        ):
            return None
        noun = tokens[stop].text
        end = stop + 1 if noun in titles.LOWER_HEADS else stop  # "list" is part of the name
        name = span_text(self.text, tokens, j, end)
        kind = "agency" if noun == "news" else titles.PRESS_AFTER_NAME.get(noun, "newspaper")
        return end, Actor(name, ActorKind.OUTLET), kind

    def _described_outlet(
        self, tokens: list[Token], i: int, hi: int
    ) -> tuple[int, Actor, str] | None:
        j = i + 1 if tokens[i].lower in {"the", "a"} else i
        limit = min(hi, j + 5)
        if not any(t.lower in lex.DESCRIPTOR_KINDS for t in tokens[j:limit]):
            return None
        while j < limit and tokens[j].is_word and tokens[j].lower not in lex.DESCRIPTOR_KINDS:
            if tokens[j].lower in NOT_BEFORE_VERB or tokens[j].lower in lex.BY_VERBS:
                return None  # "sources quoted by the agency X": no description of X
            j += 1
        if j >= limit or tokens[j].lower not in lex.DESCRIPTOR_KINDS:
            return None
        named = tokens[j].capitalized  # "the Daily Nation": the descriptor begins the name
        while j + 1 < hi and tokens[j + 1].lower in lex.DESCRIPTOR_KINDS:
            j += 1
        kind = lex.DESCRIPTOR_KINDS[tokens[j].lower]
        name_start = j + 1
        if name_start >= hi:
            return None
        known = self.outlets.match(tokens, name_start, hi)
        if known is not None:
            return known[0], known[1], known[2]
        if named and tokens[name_start].capitalized:
            name_start = j
        stop = glued_name(tokens, name_start, hi)  # "the news portal 15min"
        while stop < hi and name_token(tokens, stop, hi):
            stop += 1
        if stop == name_start or tokens[name_start].lower in lex.CAPITAL_STOPWORDS:
            return None
        name = span_text(self.text, tokens, name_start, stop)
        return stop, Actor(name, ActorKind.OUTLET), kind
