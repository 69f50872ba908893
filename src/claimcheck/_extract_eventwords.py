"""Word lists for events: the nouns, verbs and phrases that name an event, and its kind.

General news vocabulary only, by families: meetings and calls, visits and journeys,
gatherings, presentations and announcements, signings, votes and elections, strikes, and
the ceremonies of office.
"""

from __future__ import annotations

import re

from claimcheck.checks.timing import PORTFOLIOS

__all__: list[str] = []

_FAMILIES: dict[str, str] = {
    "meeting": (
        "meeting meetings met meet meets talks ministerial session hosted hosts hosting "
        "convened convenes gathered"
    ),
    "confrontation": "clash row spat showdown confrontation altercation",
    "summit": "summit summits",
    "conference": "conference",
    "visit": "visit visited visits visiting trip toured tour",
    "announcement": "announced announces announcement unveiled",
    "presentation": "presented presents presentation",
    "signing": "signed signs signing",
    "vote": "vote votes voted ballot referendum",
    "election": "election elections elected",
    "inauguration": "inauguration inaugurated",
    "death": "died death",
    "declaration": "declaration declarations communique communiqué",
    "strike": (
        "strike strikes struck fired attack attacks attacked launched shelled shelling bombed "
        "bombing airstrike airstrikes barrage raid"
    ),
}
EVENT_WORDS: dict[str, str] = {
    word: kind for kind, words in _FAMILIES.items() for word in words.split()
}
"""Single words that name an event, each with its kind."""

_DETERMINER = r"(?:his|her|its|their|the|a|an|our)"
_PORTFOLIO = "(?:" + "|".join(sorted(PORTFOLIOS)) + ")"
_GATHERING = r"(?:meeting|talks|session|gathering|conference)"
MINISTERS = re.compile(
    rf"\b(?:(?-i:[A-Z][A-Z0-9]{{1,5}})\s+)?{_PORTFOLIO}\s+ministers['’]?\s+{_GATHERING}s?\b"
    rf"|\b{_GATHERING}s?\s+of\s+(?:the\s+)?(?:(?-i:[A-Z][A-Z0-9]{{1,5}})\s+)?{_PORTFOLIO}\s+ministers\b"
    rf"|\b(?:(?-i:[A-Z][A-Z0-9]{{1,5}})\s+)?{_PORTFOLIO}\s+ministers\s+(?:had\s+|have\s+|will\s+)?"
    r"(?:met|meet|gathered|gather|convened|convene)\b",
    re.IGNORECASE,
)
"""A meeting of the ministers of one portfolio ("NATO foreign ministers' meeting", "a
session of EU defence ministers", "the EU's trade ministers met"): the words name its body
and portfolio, which tell one such meeting from the next."""
EVENT_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = (
    (MINISTERS, "ministerial_meeting"),
    (re.compile(r"\b(?:press|news)\s+(?:conference|briefing)s?\b", re.IGNORECASE), "press_conference"),
    (re.compile(r"\b(?:sat|sit|sits|sitting)\s+down\b(?=[^.;]{0,60}\bwith\b)", re.IGNORECASE), "meeting"),
    (
        re.compile(
            r"\b(?:(?:tele)?phone|video)\s+(?:call|conversation|talks)\b"
            r"|\bspoke\s+(?:by|on\s+the)\s+(?:tele)?phone\b|\b(?:tele)?phoned\b",
            re.IGNORECASE,
        ),
        "call",
    ),
    (
        re.compile(
            r"\b(?:flew|flown|travell?ed|went|headed|returned|came|arrived)\s+(?:back\s+)?(?:to|in)\b",
            re.IGNORECASE,
        ),
        "visit",
    ),
    (
        re.compile(
            rf"\b(?:took|takes|taking|brought|brings|carried|(?:set|sets|setting|laid|lays|laying)\s+out)"
            rf"\s+{_DETERMINER}\s+(?:[\w'’-]+\s+){{0,3}}?"
            r"(?:plan|proposal|case|message|appeal|pitch|blueprint|initiative)s?\s+to\b",
            re.IGNORECASE,
        ),
        "presentation",
    ),
    (
        re.compile(
            r"\bsworn\s+in\b|\b(?:took|takes|taking|take)\s+(?:the\s+|his\s+|her\s+)?"
            r"(?:oath(?:\s+of\s+office)?|office)\b",
            re.IGNORECASE,
        ),
        "inauguration",
    ),
    (
        re.compile(
            r"\b(?:was|were|been|got)\s+(?:(?:narrowly|unanimously|later|eventually|finally|subsequently)\s+)?"
            r"confirmed\b(?!\s+(?:that|to)\b)"
            r"|\b[Ss]enate\s+(?:has\s+|had\s+)?(?:narrowly\s+|unanimously\s+)?confirmed\b"
        ),
        "confirmation",
    ),
    (re.compile(r"\bsummit\s+(?:declaration|communiqu[eé])s?\b", re.IGNORECASE), "declaration"),
    (re.compile(r"\b(?:resigned|resigns|stepped\s+down|steps\s+down)\b", re.IGNORECASE), "resignation"),
    (
        re.compile(
            r"\b(?:lost|loses|losing|lose|fell\s+in|falls\s+in)\s+(?:a|the)\s+"
            r"(?:no[-\s]confidence|confidence|censure)\s+(?:vote|motion|ballot)\b"
            r"|\bno[-\s]confidence\s+(?:vote|motion)\b|\bcensure\s+motion\b|\bwas\s+censured\b",
            re.IGNORECASE,
        ),
        "censure",
    ),
)
"""Phrases that name an event, each with its kind; they take precedence over the single
words inside them. A confirmation is a legislature's vote on a nominee ("was confirmed",
"the Senate confirmed"), never a source's word ("officials confirmed"). A summit's
declaration is the text it issued, dated on its own day ("the Washington summit
declaration"), not the summit. A resignation is one person's leaving an office ("resigned",
"stepped down"); a censure is a legislature's vote that brings a government down ("lost a
no-confidence vote", "a censure motion")."""

SIGNED_OBJECTS: dict[str, str] = {
    "declaration": "declaration",
    "application": "application",
    "agreement": "agreement",
    "deal": "agreement",
    "treaty": "agreement",
    "accord": "agreement",
    "pact": "agreement",
    "memorandum": "agreement",
}
"""What a signing signs, where it makes the event's kind ("signed a joint declaration")."""

ADDRESSED_KINDS = frozenset({"presentation"})
"""Kinds whose audience, a body named after "to" ("presented the plan to the European
Council"), takes part in them."""
MOVEMENT_KINDS = frozenset({"visit"})
"""Kinds whose place follows "to" ("a trip to Kyiv"); a phrase that ends in "to" ("flew to",
"took the plan to") has its place right after it, whatever its kind."""
TARGET_KINDS = frozenset({"strike"})
"""Kinds whose place may be the object or follow "on" ("struck Dnipro", "an attack on Lviv")."""
DIRECT_PLACE_WORDS = frozenset(
    "visited visiting visits toured struck attacked shelled bombed hit".split()
)
"""Verbs whose object may be the event's place ("visited Kyiv")."""
RELATIONS = re.compile(
    r"\b(?:after|before|since|following|ahead\s+of|until|prior\s+to)\b", re.IGNORECASE
)
"""Words that, between a date and an event word, relate the date to the event rather than
date it ("on Tuesday, a day after talks in Paris")."""
REPORTING = re.compile(
    r"\b(?:said|says|told|tells|reported|reports|announced|confirmed|added|wrote|according|learned)\b",
    re.IGNORECASE,
)
"""Verbs of reporting: a person named before them is the reporter, not the subject of what
follows ("Jones said Smith died", "Jones said the bill received 300 votes")."""
BUILDING_WORDS = frozenset(
    "rotunda hall palace chamber chambers house building centre center castle cathedral "
    "abbey church mansion residence office room ballroom auditorium arena stadium square "
    "plaza tower pavilion villa manor lodge".split()
)
"""The last words of a building's or a room's name ("Marble Hall", "Capitol Rotunda")."""
