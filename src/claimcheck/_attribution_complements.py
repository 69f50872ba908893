"""What follows a cue verb, for `claimcheck.attribution`: whether the verb states anything.

Some verbs attribute only with a complement of their own ("questioned whether", "accused X
of", "raised concerns", "expect that"); some state nothing when what follows is a thing
rather than a claim ("reported a loss", "claims the village", "denied it", "reports to the
minister"). Each check looks
at a bounded number of tokens after the verb.
"""

from __future__ import annotations

from claimcheck import _attribution_lexicon as lex
from claimcheck._attribution_adverbials import that_after_adverbial
from claimcheck._attribution_text import Token

__all__: list[str] = []

_WINDOW = 8
"""The most tokens read after the verb."""
_MORE = Token("…", 0, "…", False, False, True)
_OBJECT_REACH = 4
"""The most words of an object read after "claims" before the clause ends."""
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this"})
_PRONOUNS = frozenset({"it", "this", "that", "so", "them"})
_REPORTED_TO = frozenset({"that", ":", "“", '"'})
"""Words after "reported to X" that show a report made, not a line of command."""
_REPORT_REACH = 20
"""The most tokens read after "reported to" for what was reported."""


def states_nothing(verb: str, tokens: list[Token], stop: int, hi: int) -> bool:
    """Whether the words after the cue verb *verb* (from token *stop* to *hi*) show that it
    states no claim here.

    >>> from claimcheck._attribution_text import tokenize
    >>> text = "Kyiv denies it."
    >>> states_nothing("denies", tokenize(text, 0, len(text)), 2, 4)
    True
    """
    rest = tokens[stop : min(hi, stop + _WINDOW)]
    if stop + _WINDOW < hi:
        rest.append(_MORE)  # the clause goes on: a word stands for the rest
    if _told_a_thing(verb, rest):
        return True  # "told the story of", "said goodbye", "told jokes"
    required = lex.COMPLEMENT_ONLY.get(verb)
    if required is not None:
        words, reach = required
        that = that_after_adverbial(tokens, stop, hi) if "that" in words else None
        if that is None:
            found = [k for k, t in enumerate(rest[:reach]) if t.lower in words]
            if not found:
                return True
            that = stop + found[0]
        return verb in _HOLDING and not _clause_after(tokens, that + 1, hi)
    if verb in lex.REPORTING_RESULTS:
        told = tokens[stop : min(hi, stop + _REPORT_REACH)]
        if rest and rest[0].lower == "to" and not any(t.lower in _REPORTED_TO for t in told):
            return True  # "the agency reports to the cabinet": whom it answers to
        return any(t.lower in lex.FINANCIAL_RESULTS for t in rest[:3])  # "reported a loss"
    if verb in lex.DENYING:
        return _bare(rest)  # "Kyiv denies it."
    if verb in lex.CHARACTERIZING:
        return not _characterized(rest)  # "called a meeting"; not "called it a farce"
    if verb in lex.CLAIMING:
        return _thing(rest)  # "Moscow claims the village."
    return False


_HOLDING = frozenset({"held", "holds"})
"""Verbs whose "that" may be a determiner: "held that seat" (not "held that the law ...")."""
_CLAUSE_REACH = 6


def _clause_after(tokens: list[Token], at: int, hi: int) -> bool:
    """Whether a clause with a verb opens at token *at*: "the levy was void", not "seat"."""
    return any(
        t.lower in lex.FINITE_WORDS or t.lower.endswith("ed")
        for t in tokens[at : min(hi, at + _CLAUSE_REACH)]
    )


def _bare(rest: list[Token]) -> bool:
    """A pronoun and then nothing in words: "denied it", "denies this"."""
    return bool(rest) and rest[0].lower in _PRONOUNS and not any(t.is_word for t in rest[1:])


def _thing(rest: list[Token]) -> bool:
    """A short noun phrase that ends the clause, with nothing that looks like a verb."""
    words = [t for t in rest if t.is_word]
    if not words or words[0].lower not in _DETERMINERS or len(words) > _OBJECT_REACH:
        return False
    if len(words) < len(rest) and not all(t.text in {".", "!", "?", ";"} for t in rest[len(words):]):
        return False
    return not any(w.lower in lex.FINITE_WORDS or w.lower.endswith("ed") for w in words[1:])


def _characterized(rest: list[Token]) -> bool:
    """An object and what it is called: "the decision a provocation", "it unacceptable"."""
    if not rest or not rest[0].is_word:
        return False
    first = rest[0].lower
    if first in _OBJECTS:
        tail = [t for t in rest[1:] if t.is_word]
        if tail and not any(t.capitalized for t in tail) and len(tail) <= _OBJECT_REACH:
            return all(not t.is_word or t.text in {".", "!", "?", ";"} for t in rest[1 + len(tail):])
    if first not in _DETERMINERS and first not in _OBJECTS:
        return False
    for k in range(1, len(rest) - 1):
        if not rest[k].is_word:
            return False  # the object's clause part ended without a name for it
        if rest[k].lower in {"a", "an"} and rest[k + 1].is_word:
            # what the object is called follows a noun ("the new sanctions on the bank an
            # attempt"), never a preposition ("called the envoy for a meeting")
            return rest[k - 1].lower not in lex.PREPOSITIONS
    return False


_OBJECTS = frozenset({"it", "this", "them", "him", "her"})


def _told_a_thing(verb: str, rest: list[Token]) -> bool:
    """Whether the verb's direct object is a thing told or said, not a claim: "told the
    story of his escape", "told a long joke", "said goodbye", "told off a reporter"; a story
    is told, a claim is made, so no speaker is credited with a statement. Not "told
    reporters the story was false", where the story is what is claimed about."""
    nouns = _TOLD_THINGS.get(verb)
    if nouns is None or not rest:
        return False
    first = rest[0].lower
    if verb in _TELLING_VERBS and first in {"off", "apart"}:
        return True  # "told off", "tell apart"
    if first in nouns:
        return True
    if first not in _DETERMINERS:
        return False
    return any(t.lower in nouns and t.is_word for t in rest[1:3])  # "the story", "a long joke"


_TELLING_VERBS = frozenset({"told", "tells", "tell", "telling"})
_TELLING = frozenset(
    {"story", "stories", "tale", "tales", "joke", "jokes", "anecdote", "anecdotes", "lie",
     "lies", "fairy", "history", "parable", "legend", "riddle"}
)
_SAYING = frozenset(
    {"goodbye", "goodbyes", "farewell", "farewells", "grace", "hello", "prayers", "mass",
     "thanks", "sorry"}
)
_TOLD_THINGS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ("told", "tells", "tell", "telling", "recounted", "recounts", "recalled"), _TELLING
    ),
    **dict.fromkeys(("said", "says", "say", "saying"), _SAYING),
}
"""Objects that a verb of telling or saying takes without stating anything, by verb."""


def inside_noun_phrase(tokens: list[Token], v: int, lo: int) -> bool:
    """Whether a speech verb that is also a noun (`lex.NOUN_LIKE_VERBS`), in its plain form at
    token *v*, stands inside a noun phrase that a singular article opens, as no subject of
    its own would: "a redesigned report card", "an annual report", "a new post" (but "a few
    report", and "a spokesman reports", where it is a verb).

    >>> from claimcheck._attribution_text import tokenize
    >>> text = "Pupils get a redesigned report card."
    >>> inside_noun_phrase(tokenize(text, 0, len(text)), 4, 0)
    True

    .. versionadded:: 0.1.0
    """
    if v - 2 < lo or tokens[v].lower.endswith("s"):
        return False
    word, opener = tokens[v - 1], tokens[v - 2]
    if opener.lower not in _SINGULAR_OPENERS or word.lower in _COUNTING:
        return False
    return word.is_word and not word.capitalized and not word.quoted


_SINGULAR_OPENERS = frozenset({"a", "an", "another", "each", "every"})
_COUNTING = frozenset({"few", "dozen", "lot", "number", "couple", "handful", "host", "majority"})
"""Words after "a" that count a plural subject: "a few report seeing smoke"."""


def call_on_occasion(tokens: list[Token], v: int, lo: int, hi: int) -> bool:
    """Whether "called for" at token *v* makes a demand in a speech that its clause names
    before it: "In a homily on Sunday, the archbishop called for calm" (a demand said aloud,
    where "The union called for a strike" alone only reports an act)."""
    if v + 1 >= hi or tokens[v].lower not in lex.CHARACTERIZING or tokens[v + 1].lower != "for":
        return False
    words = [t.lower for t in tokens[lo:v]]
    return any(
        word in _OCCASIONS and not _OCCASION_LINKS.isdisjoint(words[max(0, at - 3) : at])
        for at, word in enumerate(words)
    )


_OCCASIONS = frozenset(
    {"homily", "sermon", "speech", "address", "statement", "interview", "post", "letter",
     "op-ed", "briefing", "message", "broadcast", "video", "tweet", "column", "essay"}
)
"""Speeches and writings in which "called for" makes a demand: "in a homily", "in a speech"."""
_OCCASION_LINKS = frozenset({"in", "during"})
