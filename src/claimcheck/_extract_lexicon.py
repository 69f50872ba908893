"""Word lists for `claimcheck.extract`: titles, demonyms, event words and function words.

General news vocabulary only: nothing here names a person of any article.
"""

from __future__ import annotations

import re

__all__: list[str] = []

# Office titles as news writes them (lower case, words), with the role name they normalise to.
# The knowledge base's own offices and role aliases take over where it knows the office.
TITLES: dict[tuple[str, ...], str] = {
    ("secretary", "general"): "Secretary General",
    ("secretary-general",): "Secretary General",
    ("deputy", "secretary", "general"): "Deputy Secretary General",
    ("deputy", "secretary-general"): "Deputy Secretary General",
    ("president",): "President",
    ("vice", "president"): "Vice President",
    ("vice-president",): "Vice President",
    ("prime", "minister"): "Prime Minister",
    ("premier",): "Prime Minister",
    ("chancellor",): "Chancellor",
    ("foreign", "minister"): "Minister of Foreign Affairs",
    ("foreign", "affairs", "minister"): "Minister of Foreign Affairs",
    ("minister", "of", "foreign", "affairs"): "Minister of Foreign Affairs",
    ("minister", "for", "foreign", "affairs"): "Minister of Foreign Affairs",
    ("defence", "minister"): "Minister of Defence",
    ("defense", "minister"): "Minister of Defence",
    ("minister", "of", "defence"): "Minister of Defence",
    ("minister", "of", "defense"): "Minister of Defence",
    ("secretary", "of", "state"): "Secretary of State",
    ("secretary", "of", "defense"): "Secretary of Defense",
    ("defense", "secretary"): "Secretary of Defense",
    ("ambassador",): "Ambassador",
    ("envoy",): "Ambassador",
    ("permanent", "representative"): "Permanent Representative",
    ("high", "representative"): "High Representative",
    ("foreign", "policy", "chief"): "High Representative",
    ("head",): "head",
    ("chief",): "head",
    ("leader",): "head",
    ("chair",): "Chair",
    ("chairman",): "Chair",
    ("chairwoman",): "Chair",
    ("speaker",): "Speaker",
    ("governor",): "Governor",
    ("mayor",): "Mayor",
    ("king",): "King",
    ("queen",): "Queen",
    ("senator",): "Senator",
    ("congressman",): "Member of Congress",
    ("congresswoman",): "Member of Congress",
    ("spokesperson",): "Spokesperson",
    ("spokesman",): "Spokesperson",
    ("spokeswoman",): "Spokesperson",
    ("commander-in-chief",): "Commander-in-Chief",
}
LONGEST_TITLE = max(len(words) for words in TITLES)
HEAD = "head"
"""The role of "head", "chief" and "leader": the organization's top office, where known."""
HEAD_ROLES = ("Secretary General", "President", "Chair", "Director General", "Director")
"""The roles that make a body's head, most telling first."""
TITLE_WORDS = frozenset(word for words in TITLES for word in words) - {"of", "for", "state"}

# How a title is placed in time.
FORMER = frozenset({"former", "ex", "ex-", "erstwhile", "onetime", "outgoing"})
THEN = frozenset({"then", "then-"})
FUTURE = frozenset({"incoming", "designate", "president-elect", "future"})
ACTING = frozenset({"acting", "interim", "caretaker"})

DEMONYMS: dict[str, str] = {
    "american": "United States", "us": "United States", "u.s.": "United States",
    "british": "United Kingdom", "uk": "United Kingdom", "u.k.": "United Kingdom",
    "ukrainian": "Ukraine", "russian": "Russia", "german": "Germany", "french": "France",
    "italian": "Italy", "spanish": "Spain", "polish": "Poland", "dutch": "Netherlands",
    "belgian": "Belgium", "swedish": "Sweden", "finnish": "Finland", "norwegian": "Norway",
    "danish": "Denmark", "estonian": "Estonia", "latvian": "Latvia", "lithuanian": "Lithuania",
    "hungarian": "Hungary", "czech": "Czech Republic", "slovak": "Slovakia",
    "romanian": "Romania", "bulgarian": "Bulgaria", "greek": "Greece", "turkish": "Türkiye",
    "portuguese": "Portugal", "austrian": "Austria", "swiss": "Switzerland", "irish": "Ireland",
    "canadian": "Canada", "mexican": "Mexico", "brazilian": "Brazil", "chinese": "China",
    "japanese": "Japan", "korean": "South Korea", "indian": "India", "israeli": "Israel",
    "iranian": "Iran", "georgian": "Georgia", "moldovan": "Moldova", "belarusian": "Belarus",
    "australian": "Australia", "croatian": "Croatia", "slovenian": "Slovenia",
    "serbian": "Serbia", "albanian": "Albania", "macedonian": "North Macedonia",
    "montenegrin": "Montenegro", "icelandic": "Iceland", "luxembourgish": "Luxembourg",
    "egyptian": "Egypt", "saudi": "Saudi Arabia", "syrian": "Syria", "jordanian": "Jordan",
    "pakistani": "Pakistan", "afghan": "Afghanistan", "south african": "South Africa",
}
COUNTRIES = frozenset(DEMONYMS.values()) | {"United States of America", "Türkiye", "Turkey"}

# Words for bodies that the text names by their kind ("the alliance's chief").
BODY_WORDS = frozenset({"alliance", "bloc", "organization", "organisation", "union", "assembly",
                        "commission", "council", "agency", "bank", "court", "parliament"})

# Event words: a noun or verb, the kind of event it names.
EVENT_WORDS: dict[str, str] = {
    "meeting": "meeting", "meetings": "meeting", "met": "meeting", "meet": "meeting",
    "meets": "meeting", "talks": "meeting", "ministerial": "meeting", "session": "meeting",
    "summit": "summit", "summits": "summit",
    "conference": "conference",
    "visit": "visit", "visited": "visit", "visits": "visit", "visiting": "visit", "trip": "visit",
    "announced": "announcement", "announces": "announcement", "announcement": "announcement",
    "unveiled": "announcement",
    "presented": "presentation", "presents": "presentation", "presentation": "presentation",
    "strike": "strike", "strikes": "strike", "struck": "strike", "fired": "strike",
    "attack": "strike", "attacked": "strike", "launched": "strike", "shelled": "strike",
}
PRESS_CONFERENCE = re.compile(r"\b(?:press|news)\s+(?:conference|briefing)\b", re.IGNORECASE)

FUTURE_WORDS = frozenset({"will", "shall", "scheduled", "due", "expected", "plans", "planned",
                          "upcoming", "next", "set", "would", "to"})
HEDGE_WORDS = frozenset({"reportedly", "allegedly", "may", "might", "could", "possibly",
                         "apparently", "suggest", "suggests", "suggested", "believed",
                         "purportedly", "perhaps", "likely", "unconfirmed"})

MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Capitalised words that start sentences or headlines and never begin a person's name.
NOT_NAMES = frozenset(
    """the a an and but or if when while after before during since until as at in on of for to
    by from with without into this that these those it its his her their our your my we they he
    she i you there here however meanwhile although though because so yet also then earlier
    later now today yesterday tomorrow last next new according some several many most all both
    each every other another such no not mr mrs ms dr sir lady lord article section chapter part page photo source sources related""".split()
) | MONTHS | frozenset(WEEKDAYS) | frozenset(DEMONYMS) | TITLE_WORDS

# Nouns of counted series ("32 member countries", "all 27 member states").
COUNT_NOUNS = ("member countries", "member states", "member nations", "members", "allies",
               "countries", "nations", "states", "colleagues", "counterparts", "partners")

STOPWORDS = frozenset(
    """a an the this that these those its his her their our your my some any each every such
    is are was were be been being am do does did has have had having will would shall should
    can could may might must also still now already just only even very really fully then
    reportedly allegedly apparently officially publicly privately actually currently
    however moreover meanwhile furthermore although though yet so thus therefore""".split()
)
NEGATIONS = frozenset({"not", "no", "never", "none", "nor", "neither", "without", "n't", "cannot"})
PREPOSITIONS = frozenset(
    """to for of in on at with by from into onto about over under during before after until
    against between among through toward towards regarding concerning despite via per""".split()
)
IRREGULAR_VERBS: dict[str, str] = {
    "has": "have", "had": "have", "having": "have", "is": "be", "are": "be", "was": "be",
    "were": "be", "been": "be", "does": "do", "did": "do", "done": "do", "made": "make",
    "makes": "make", "said": "say", "says": "say", "went": "go", "goes": "go", "gave": "give",
    "gives": "give", "took": "take", "takes": "take", "sought": "seek", "seeks": "seek",
    "held": "hold", "holds": "hold", "won": "win", "wins": "win", "left": "leave",
}
