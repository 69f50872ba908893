"""Cue sites and the tokens around them, for `claimcheck.attribution`.

A site is a cue with the phrase it introduces and a rank that orders outlets from the
reporting document towards the speaker; the helpers here look at a few tokens around a cue
(a parenthesis, a description before a verb, a place after it).
"""

from __future__ import annotations

from typing import NamedTuple

from claimcheck import _attribution_lexicon as lex
from claimcheck._attribution_relayed import relayed_clause
from claimcheck._attribution_spans import Kind, Phrase, span_text
from claimcheck._attribution_text import QUOTES, Token

__all__: list[str] = []


class Site(NamedTuple):
    """A cue and its phrase; *rank* orders outlets from the reporting document inwards."""

    rank: int
    phrase: Phrase
    cue: str
    cue_start: int
    cue_stop: int


PER, REPORTED_BY, SUBJECT, ACCORDING, CITING, TOLD = range(6)


def parenthetical(tokens: list[Token], site: Site, lo: int, hi: int) -> bool:
    """Whether a cue and its phrase stand apart after a comma or a quote: "..., X said"."""
    first = min(site.phrase.start, site.cue_start)
    last = max(site.phrase.stop, site.cue_stop)
    if first == lo + 1 and tokens[lo].lower == "as":
        return last < hi and tokens[last].text == ","  # "As X reported, ..."
    if first <= lo or tokens[first - 1].text not in PARENTHESIS_OPENERS:
        return False
    return last >= hi or not tokens[last].is_word or tokens[last].lower in lex.GAP_WORDS


PARENTHESIS_OPENERS = frozenset({","}) | QUOTES


def overheard(tokens: list[Token], site: Site) -> bool:
    """Whether "according to" or "per" names people who heard words, not who said them:
    "..., according to people who heard the remarks", "per two aides who were present"."""
    if site.rank not in {PER, ACCORDING}:
        return False
    return any(t.lower in _WITNESSING for t in tokens[site.phrase.start : site.phrase.stop])


_WITNESSING = frozenset(
    {"heard", "overheard", "witnessed", "attended", "present", "listened", "eavesdropped"}
)


def closing(tokens: list[Token], site: Site, lo: int, hi: int) -> bool:
    """Whether a subject and its verb close their clause after a comma: "..., Reuters said."
    reports all the rest, so its outlet is the outermost one."""
    if site.rank != SUBJECT:
        return False
    first = min(site.phrase.start, site.cue_start)
    last = max(site.phrase.stop, site.cue_stop)
    ends = all(not t.is_word for t in tokens[last:hi])
    return first - 1 > lo and tokens[first - 1].text == "," and ends


def nest_relays(sites: list[Site], tokens: list[Token]) -> list[Site]:
    """Rank "cited by X" right after a cited phrase as that phrase's relay, inside the
    citing outlet: "Le Temps, quoting officials cited by the NZZ, said", "citing an
    official who was quoted by X"."""
    cited_ends = {site.phrase.stop for site in sites if site.rank == CITING}
    if not cited_ends:
        return sites
    hi = len(tokens)
    cited_ends |= {end + 2 for end in cited_ends if end < hi and relayed_clause(tokens, end, hi)}
    return [
        site._replace(rank=CITING)
        if site.rank == REPORTED_BY and site.cue_start in cited_ends
        else site
        for site in sites
    ]


_INDEFINITES = frozenset(
    {"a", "an", "the", "one", "another", "two", "three", "four", "several", "some", "many"}
)
_MAX_DESCRIPTION = 8


def description(text: str, tokens: list[Token], lo: int, v: int) -> Phrase | None:
    """An indefinite description of people that opens a clause before the verb at *v*, read
    when the verb's object is an outlet, which only a person tells: "A Ukrainian pilot told
    the Kyiv Independent", "Two volunteers told the agency"."""
    head = _before_place(tokens, lo, v - 1)  # "A fisherman from Sirajganj told ..."
    if head <= lo or not tokens[head].is_word or tokens[head].capitalized:
        return None
    for start in range(head - 1, max(lo, head - _MAX_DESCRIPTION) - 1, -1):
        token = tokens[start]
        if token.quoted:
            return None
        opens = start == lo or not tokens[start - 1].is_word
        if (token.lower in _INDEFINITES or token.text.isdigit()) and opens:
            break  # "a banker close to the talks": the inner "the" opens nothing
        if not token.is_word:
            return None
    else:
        return None
    first = tokens[start].lower
    if first == "the":
        plural = tokens[head].lower.endswith("s") and not tokens[head].lower.endswith("ss")
    else:
        plural = first not in {"a", "an", "one", "another"}
    words = span_text(text, tokens, start, v)
    return Phrase(start, v, Kind.ANONYMOUS, words, plural=plural, head=tokens[head].lower)


def _before_place(tokens: list[Token], lo: int, last: int) -> int:
    """The head of a description before a place that ends it at token *last* ("a
    fisherman from Sirajganj", "two nurses in Gaza City"), else *last*."""
    k = last
    while k > lo and tokens[k].capitalized and tokens[k].is_word and not tokens[k].quoted:
        k -= 1
    if k == last or tokens[k].lower not in _PLACE_LINKS:
        return last
    return k - 1


_PLACE_LINKS = frozenset({"from", "in", "near"})


def after_place(tokens: list[Token], stop: int, hi: int) -> str:
    """The word after a short "on Telegram", "in a statement" that follows a verb at *stop*,
    or "" if none follows."""
    if stop >= hi or tokens[stop].lower not in {"on", "in"}:
        return ""
    for k in range(stop + 1, min(hi, stop + 5)):
        if not tokens[k].is_word or tokens[k].lower == "that":
            return tokens[k].lower
    return ""


def clause_final(tokens: list[Token], stop: int, hi: int) -> bool:
    """Whether the cue ends its clause, but for "it": "..., as a diplomat described it"."""
    rest = [t for t in tokens[stop : min(hi, stop + 3)] if t.is_word]
    return stop + 3 >= hi and len(rest) <= 1 and all(t.lower in {"it", "this", "so"} for t in rest)


def in_turn(tokens: list[Token], k: int) -> bool:
    """Whether "in turn" stands just before token *k*: "..., which in turn cited Y"."""
    return tokens[k - 2].lower == "in" and tokens[k - 1].lower == "turn"


def gap_word(token: Token) -> bool:
    """A word that may stand between a speaker and the verb: "Rutte on Tuesday also said"."""
    lower = token.lower
    if token.capitalized and lower not in lex.CALENDAR:
        return False
    return lower in lex.GAP_WORDS or lower in lex.HEDGES or lower.endswith("ly")


_SHARES = frozenset(
    {"cent", "percent", "%", "majority", "minority", "half", "third", "thirds", "quarter",
     "quarters", "fifth", "fifths", "tenth", "proportion", "share", "percentage", "plurality"}
)


def share_of(tokens: list[Token], start: int, lo: int) -> bool:
    """Whether a subject at token *start* is counted as a share of a group: "Forty per cent
    of respondents said", "a majority of voters say" state a statistic, not a speaker."""
    if start - 2 < lo or tokens[start - 1].lower != "of":
        return False
    share = tokens[start - 2].lower
    return share in _SHARES or share.endswith("%")  # "40% of voters"


def inserted_place(tokens: list[Token], comma: int, v: int) -> bool:
    """Whether a short phrase of place or occasion stands between commas from token *comma*
    on, before *v*: "OPEC, in its monthly report, cut ... and noted"."""
    if comma + 2 >= v or tokens[comma + 1].lower not in _INSERTED_OPENERS:
        return False
    for k in range(comma + 2, min(v, comma + _MAX_INSERTION)):
        token = tokens[k]
        if token.text == ",":
            return k > comma + 2
        if not token.is_word or token.quoted or token.lower in _RELATIVES:
            return False
    return False


_INSERTED_OPENERS = frozenset({"in", "on", "at", "during", "after", "before", "through"})
_MAX_INSERTION = 9
_RELATIVES = frozenset({"that", "which", "who", "whom", "whose"})
