"""The time a title in a sentence refers to, where the words around it give one: its own
span ("chancellor since December 2021"), a predecessor, a past clause."""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from claimcheck._extract_tokens import Token
from claimcheck.timespan import Granularity, TimeSpan

__all__: list[str] = []


@attrs.frozen
class OwnSpan:
    """The time a title's own phrase gives it: "since May 2021" (the first unit, ``bounded``
    false, as the title runs on to its clause's time), "from 2019 to 2023", "until May"."""

    span: TimeSpan
    bounded: bool


_OWN_SPAN_WORDS = frozenset({"since", "from", "until", "till", "between"})


def own_span(
    tokens: list[Token], stop: int, spans: Mapping[int, TimeSpan], when: TimeSpan
) -> OwnSpan | None:
    """The time span right after a title ("chancellor since December 2021"), if its words
    date the title itself; ``None`` for a span after *when* (or a "since" not before it)."""
    if stop >= len(tokens) or tokens[stop].lower not in _OWN_SPAN_WORDS:
        return None
    span = spans.get(tokens[stop].start)
    if span is None or span.is_datetime:
        return None
    if span.end is None:
        start = span.first_day()
        unit = None if start is None else TimeSpan.unit(span.granularity, start)
        return OwnSpan(unit, bounded=False) if unit is not None and unit.is_before(when) else None
    if span.start is None:
        last = span.last_day()
        if last is None or span.granularity is Granularity.DATETIME:
            return None
        span = TimeSpan.unit(span.granularity, last)
    return None if span.is_after(when) else OwnSpan(span, bounded=True)


_PAST_COPULAS = frozenset({"was", "were"})
_CLAUSE_ENDS = frozenset({",", ";", ":", "."})


def past_clause_time(
    tokens: list[Token], first: int, stop: int, spans: Mapping[int, TimeSpan], when: TimeSpan
) -> TimeSpan | None:
    """The time a past-tense clause gives a title in it, when the clause dates itself after
    the title: "X was President Dane's envoy from late 2021" holds the title at late 2021, the
    time of the clause, not at the time of writing. The title runs over tokens [*first*,
    *stop*); "was" or "were" must stand before it in its comma segment and the time after it
    in the same segment (a span read as `own_span` reads one).

    >>> from claimcheck._extract_tokens import tokenize
    >>> tokens = tokenize("Ann Lee was President Dane's envoy from 2021.", 0)
    >>> spans = {tokens[7].start: TimeSpan.year(2021)}
    >>> str(past_clause_time(tokens, 3, 5, spans, TimeSpan.day(2025, 4, 1)))
    '2021'
    """
    k = first - 1
    while k >= 0 and tokens[k].text not in _CLAUSE_ENDS and tokens[k].lower not in _PAST_COPULAS:
        k -= 1
    if k < 0 or tokens[k].lower not in _PAST_COPULAS:
        return None
    for j in range(stop, len(tokens)):
        if tokens[j].text in _CLAUSE_ENDS:
            return None
        own = own_span(tokens, j, spans, when)
        if own is not None:
            return own.span
    return None


_PREDECESSOR_WORDS = frozenset({"predecessor", "predecessors", "successor", "successors"})


def after_predecessor(tokens: list[Token], first: int) -> bool:
    """Whether the words before token *first* call the person someone's predecessor or
    successor ("his predecessor Jane Doe", "her successor, ..."): the title then says
    nothing about the time of writing, only about the time of the clause."""
    k = first - 1
    if k >= 0 and tokens[k].text == ",":
        k -= 1
    return k >= 0 and tokens[k].lower in _PREDECESSOR_WORDS


_HANDOVERS = frozenset(
    {
        ("over", "from"),
        ("succeeded",),
        ("succeeds",),
        ("succeeding",),
        ("replaced",),
        ("replaces",),
        ("replacing",),
        ("succession", "to"),
        ("moved",),
        ("removed",),
        ("dismissed",),
        ("sacked",),
        ("ousted",),
        ("demoted",),
        ("reassigned",),
    }
)
"""Words of a handover just before a title ("took over from President X", "succeeding
Chancellor X", "in succession to President X") or the name it describes ("dismissed Jane
Doe, defence minister since 2012"): the title is the one handed over, up to a handover the
text may not date."""
_HANDOVER_LENGTHS = sorted({len(words) for words in _HANDOVERS})
"""How many words the handovers have: each length is looked up in `_HANDOVERS` once."""


def handed_over(tokens: list[Token], first: int) -> bool:
    """Whether the title at token *first* is given to someone handing an office over ("took
    over from Prime Minister X", "succeeded President X"), or stands in a phrase about a
    tenure ("the tenures of Blinken and Defense Secretary Lloyd Austin", "the term of
    President X"): such a title holds only for the tenure spoken of, so it says nothing
    certain about any day the sentence names."""
    return _in_tenure_phrase(tokens, first) or _after_handover(tokens, first)


def _after_handover(tokens: list[Token], first: int) -> bool:
    """Whether words of a handover (`_HANDOVERS`) stand just before token *first*, or
    before a "the" that opens the title ("in succession to the acting president")."""
    if first > 0 and tokens[first - 1].lower == "the":
        first -= 1
    return any(
        tuple(t.lower for t in tokens[max(0, first - length) : first]) in _HANDOVERS
        for length in _HANDOVER_LENGTHS
    )


_REGIMES = frozenset({"administration", "government", "cabinet", "presidency", "premiership"})
"""Nouns for a leader's time in power ("in the Biden administration")."""


def under_a_leader(tokens: list[Token], stop: int) -> bool:
    """Whether the words right after a title that ends before token *stop* place it under a
    leader or in a leader's time in power ("defence minister under President Dane", "envoy
    in the Dane administration", "during Dane's presidency"): the title then holds for that
    leader's time, which the sentence does not date, and says nothing about its own.

    >>> from claimcheck._extract_tokens import tokenize
    >>> tokens = tokenize("Ann Lee, foreign minister under Jon Dane, spoke.", 0)
    >>> under_a_leader(tokens, 5), under_a_leader(tokens, 4)
    (True, False)
    """
    if stop >= len(tokens):
        return False
    word = tokens[stop].lower
    k = stop + 1
    if k < len(tokens) and tokens[k].lower == "the":
        k += 1
    if word == "under":
        return k < len(tokens) and tokens[k].capitalized and tokens[k].is_word
    if word not in ("in", "during"):
        return False
    named = k
    while k < len(tokens) and (tokens[k].capitalized or tokens[k].lower == "'s"):
        k += 1
    return k > named and k < len(tokens) and tokens[k].lower in _REGIMES


_LENGTH_UNITS = frozenset(
    {"decade", "decades", "year", "years", "month", "months", "week", "weeks", "term", "terms"}
)
_LENGTH_REACH = 4
"""How many words may stand between "for" and the unit of a length ("for almost two full years")."""


def for_a_length(tokens: list[Token], stop: int) -> bool:
    """Whether a length follows a title that ends before token *stop* ("secretary general
    for a decade", "minister for two years"): the title is a tenure spoken of as a whole,
    which may have ended, and says nothing about the time of writing.

    >>> from claimcheck._extract_tokens import tokenize
    >>> tokens = tokenize("Ann Lee, the bank's governor for a decade, retired.", 0)
    >>> for_a_length(tokens, 7), for_a_length(tokens, 6)
    (True, False)
    """
    if stop >= len(tokens) or tokens[stop].lower != "for":
        return False
    for token in tokens[stop + 1 : stop + 2 + _LENGTH_REACH]:
        if token.lower in _LENGTH_UNITS:
            return True
        if token.text in _CLAUSE_ENDS:
            return False
    return False


_TAKING_OFFICE = frozenset({"elected", "appointed", "sworn", "installed", "chosen", "named"})
"""Verbs by which someone takes an office ("was elected", "was sworn in")."""


def dated_handover(tokens: list[Token], first: int) -> bool:
    """Whether the title at token *first* is the predecessor's in a handover that a verb of
    taking office earlier in the sentence tells ("was elected on 23 November, taking over
    from President X"): the predecessor's title then holds up to that verb's date, which is
    the sentence's.

    >>> from claimcheck._extract_tokens import tokenize
    >>> tokens = tokenize("She was elected in May, taking over from President Dane.", 0)
    >>> dated_handover(tokens, [t.text for t in tokens].index("President"))
    True
    """
    return _after_handover(tokens, first) and any(t.lower in _TAKING_OFFICE for t in tokens[:first])


_TENURE_NOUNS = frozenset({"tenure", "tenures", "term", "terms", "mandate", "mandates", "stint"})
_TENURE_REACH = 6
"""How many capitalised words and "and"s may stand between "the tenures of" and a title."""


def _in_tenure_phrase(tokens: list[Token], first: int) -> bool:
    """Whether "<tenure noun> of", then only names and "and", come right before token *first*."""
    k = first - 1
    while k >= 1 and first - k <= _TENURE_REACH:
        if tokens[k].lower == "of" and tokens[k - 1].lower in _TENURE_NOUNS:
            return True
        if not (tokens[k].capitalized or tokens[k].lower == "and"):
            return False
        k -= 1
    return False


_PAST_LINKS = frozenset(
    {
        ("served", "under"),
        ("worked", "under"),
        ("worked", "for"),
        ("appointed", "by"),
        ("nominated", "by"),
        ("named", "by"),
        ("picked", "by"),
        ("chosen", "by"),
        ("dismissed", "by"),
        ("fired", "by"),
        ("sacked", "by"),
    }
)
"""A past verb and its preposition before a title ("served under President ..."): the title
refers to the time of that act."""
_RELATIVES = frozenset({"who", "whom", "which", "that"})
_IRREGULAR_PAST = frozenset(
    {"was", "were", "had", "led", "ran", "met", "held", "took", "left", "became", "won", "lost",
     "spoke", "told", "said", "gave", "made", "sought", "fought", "went", "came", "saw", "got"}
)


def in_past_clause(tokens: list[Token], first: int) -> bool:
    """Whether a title at token *first* stands in a past-tense relative clause of its comma
    segment ("..., who served under President X") or after a past verb and its preposition
    ("appointed by Prime Minister X"): it then refers to the time of that clause."""
    if first >= 2 and (tokens[first - 2].lower, tokens[first - 1].lower) in _PAST_LINKS:
        return True
    k = first - 1
    while k >= 0 and tokens[k].text not in (",", ";", ":"):
        if tokens[k].lower in _RELATIVES and k + 1 < first and _past_verb(tokens[k + 1].lower):
            return True
        k -= 1
    return False


def _past_verb(word: str) -> bool:
    return word in _IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4)
