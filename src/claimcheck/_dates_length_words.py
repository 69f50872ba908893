"""Word tables of lengths of time, for `claimcheck.dates`: the hedges of a length ("more than",
"up to"), the words that may stand before or after one, and the nouns of event-relative phrases
("the following week"), each with the amount it counts.
"""

from __future__ import annotations

from claimcheck._dates_resolve import Amount
from claimcheck.timespan import Modifier, Relation

__all__ = [
    "DATE_HEDGES",
    "EVENT_AMOUNTS",
    "EVENT_UNITS",
    "FREQUENCY",
    "HEDGE_FOUR",
    "HEDGE_ONE",
    "HEDGE_PHRASE_HEADS",
    "HEDGE_STARTS",
    "HEDGE_THREE",
    "HEDGE_TWO",
    "LENGTH_CUES",
    "RELATION_PHRASES",
    "RELATION_WORDS",
    "SUBJECTS",
]

HEDGE_ONE = {
    "about": Modifier.APPROX,
    "around": Modifier.APPROX,
    "roughly": Modifier.APPROX,
    "approximately": Modifier.APPROX,
    "nearly": Modifier.APPROX,
    "almost": Modifier.APPROX,
    "some": Modifier.APPROX,
    "circa": Modifier.APPROX,
    "over": Modifier.MORE_THAN,
    "under": Modifier.LESS_THAN,
    "upwards": Modifier.MORE_THAN,
}
HEDGE_TWO = {
    ("more", "than"): Modifier.MORE_THAN,
    ("longer", "than"): Modifier.MORE_THAN,
    ("less", "than"): Modifier.LESS_THAN,
    ("fewer", "than"): Modifier.LESS_THAN,
    ("shorter", "than"): Modifier.LESS_THAN,
    ("at", "least"): Modifier.EQUAL_OR_MORE,
    ("at", "most"): Modifier.EQUAL_OR_LESS,
    ("up", "to"): Modifier.EQUAL_OR_LESS,
    ("upwards", "of"): Modifier.MORE_THAN,
    ("well", "over"): Modifier.MORE_THAN,
    ("close", "to"): Modifier.APPROX,
    ("nigh", "on"): Modifier.APPROX,
    ("shy", "of"): Modifier.LESS_THAN,
    ("well", "under"): Modifier.LESS_THAN,
}
HEDGE_THREE = {
    ("no", "more", "than"): Modifier.EQUAL_OR_LESS,
    ("no", "less", "than"): Modifier.EQUAL_OR_MORE,
    ("not", "more", "than"): Modifier.EQUAL_OR_LESS,
    ("no", "fewer", "than"): Modifier.EQUAL_OR_MORE,
    ("not", "less", "than"): Modifier.EQUAL_OR_MORE,
    ("not", "fewer", "than"): Modifier.EQUAL_OR_MORE,
    ("no", "longer", "than"): Modifier.EQUAL_OR_LESS,
    ("no", "shorter", "than"): Modifier.EQUAL_OR_MORE,
    ("in", "excess", "of"): Modifier.MORE_THAN,
    ("getting", "on", "for"): Modifier.APPROX,
    ("more", "or", "less"): Modifier.APPROX,
    ("a", "little", "over"): Modifier.MORE_THAN,
    ("a", "little", "under"): Modifier.LESS_THAN,
    ("a", "bit", "over"): Modifier.MORE_THAN,
    ("a", "bit", "under"): Modifier.LESS_THAN,
}
HEDGE_FOUR = {
    ("the", "better", "part", "of"): Modifier.APPROX,
    ("the", "best", "part", "of"): Modifier.APPROX,
    ("in", "the", "region", "of"): Modifier.APPROX,
}
"""Hedges of four words, for lengths of time only ("the better part of a decade")."""
DATE_HEDGES = frozenset({"about", "around", "circa", "approximately", "roughly"})
FREQUENCY = frozenset(
    {
        "times",
        "once",
        "twice",
        "per",
        "every",
        "each",
        "thrice",
        "a",
        "an",
        "million",
        "billion",
        "m",
        "bn",
        "k",
        "%",
        "percent",
        "$",
        "£",
        "€",
    }
)
LENGTH_CUES = frozenset(
    {
        "for",
        "in",
        "within",
        "over",
        "than",
        "least",
        "most",
        "to",
        "after",
        "before",
        "only",
        "just",
        "barely",
        "nearly",
        "almost",
        "about",
        "around",
        "roughly",
        "some",
        "under",
        "lasting",
        "last",
        "lasts",
        "take",
        "takes",
        "took",
        "spend",
        "spent",
        "spends",
        "wait",
        "waited",
        "of",
        "up",
        "by",
        "another",
        "extra",
        "additional",
        "mere",
        "full",
        "whole",
        "entire",
        "past",
        "next",
        "first",
        "less",
        "more",
    }
)
RELATION_WORDS = frozenset(
    {
        "ago",
        "later",
        "earlier",
        "before",
        "after",
        "on",
        "afterwards",
        "previously",
        "prior",
        "hence",
        "from",
        "and",
        "ahead",
        "back",
        "following",
        "preceding",
    }
)
RELATION_PHRASES: dict[tuple[str, ...], Relation] = {
    ("before",): Relation.BEFORE,
    ("after",): Relation.AFTER,
    ("prior", "to"): Relation.BEFORE,
    ("ahead", "of"): Relation.BEFORE,
    ("preceding",): Relation.BEFORE,
    ("in", "the", "run", "-", "up", "to"): Relation.BEFORE,
    ("in", "the", "lead", "-", "up", "to"): Relation.BEFORE,
    ("in", "the", "build", "-", "up", "to"): Relation.BEFORE,
    ("on", "from"): Relation.AFTER,
    ("following",): Relation.AFTER,
}
"""The words that tie a length to an event ("three months ahead of the referendum", "a year
on from the floods"), longest first within each head, to the relation they state."""
SUBJECTS = frozenset({"i", "you", "he", "she", "it", "we", "they"})
DAY: Amount = (0, 0, 0, 1, 0, 0, 0)
EVENT_AMOUNTS: dict[str, Amount] = {
    "day": DAY,
    "morning": DAY,
    "evening": DAY,
    "night": DAY,
    "week": (0, 0, 1, 0, 0, 0, 0),
    "weekend": (0, 0, 1, 0, 0, 0, 0),
    "month": (0, 1, 0, 0, 0, 0, 0),
    "year": (1, 0, 0, 0, 0, 0, 0),
}


HEDGE_PHRASE_HEADS = frozenset(key[0] for key in (*HEDGE_TWO, *HEDGE_THREE, *HEDGE_FOUR))
HEDGE_STARTS = frozenset(HEDGE_ONE) | HEDGE_PHRASE_HEADS
"""Words at which a hedged length can start."""
EVENT_UNITS = frozenset(EVENT_AMOUNTS)
"""Nouns of event-relative phrases ("the following week")."""
