"""Word lists for `claimcheck.attribution`: outlets, cues, anonymous descriptions, hedges, traps.

All entries are lower case; multi-word entries are tuples of lower-case tokens.
"""

from __future__ import annotations

from importlib.resources import files

from claimcheck import _attribution_roles as roles
from claimcheck import _attribution_rulings as rulings

__all__: list[str] = []

def _data_lines(name: str) -> list[str]:
    """The lines of a bundled data file that hold something, without comments."""
    text = files("claimcheck").joinpath("data", name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _full_styles(name: str, kind: str, aliases: list[str]) -> tuple[str, ...]:
    """The aliases of a listed outlet with "<name> News Agency" for an agency whose names
    hold no "Agency" ("Yonhap", "Yonhap News Agency")."""
    if kind == "agency" and not any("agency" in n.lower() for n in (name, *aliases)):
        aliases.append(f"{name} News Agency")
    return tuple(aliases)


# News outlets and agencies (data/outlets.tsv): canonical name, kind (what "the newspaper" or
# "the agency" refers back to) and other names.
# An agency is also written with its full style ("Yonhap News Agency"), unless listed so.
OUTLET_NAMES: tuple[tuple[str, str, tuple[str, ...]], ...] = tuple(
    (name, kind, _full_styles(name, kind, [alias for alias in aliases.split("|") if alias]))
    for name, kind, aliases in (line.split("\t") for line in _data_lines("outlets.tsv"))
)

# Major companies (data/companies.tsv): canonical name, sector and other names, each in lower
# case; a speaker named so is a body, not a person ("Rheinmetall said").
COMPANY_NAMES = frozenset(
    alias.lower()
    for name, _sector, aliases in (line.split("\t") for line in _data_lines("companies.tsv"))
    for alias in (name, *aliases.split("|"))
    if alias
)

# Common given names (data/given_names.txt): a capitalised name that begins with one names a
# person rather than a body.
GIVEN_NAMES = frozenset(
    word for line in _data_lines("given_names.txt") for word in line.split()
)
# Family names written first (data/family_names.txt): "Kim Jong Un", "Wang Yi".
FAMILY_NAMES_FIRST = frozenset(
    word for line in _data_lines("family_names.txt") for word in line.split()
)

# Outlet nouns that, after "the", refer back to the last outlet named, with the kind of outlet
# they prefer (None: any outlet).
ANAPHORIC_OUTLETS: dict[str, str | None] = {
    "newspaper": "newspaper", "daily": "newspaper", "paper": "newspaper", "tabloid": "newspaper",
    "weekly": "newspaper", "agency": "agency", "broadcaster": "broadcaster",
    "channel": "broadcaster", "network": "broadcaster", "magazine": "magazine", "website": "site",
    "portal": "site", "site": "site", "outlet": None, "publication": None, "report": None,
    "media": None, "wire": "agency",
}

# Kind of outlet named by a descriptor noun ("the French newspaper Le Monde").
DESCRIPTOR_KINDS: dict[str, str] = {
    "newspaper": "newspaper", "daily": "newspaper", "paper": "newspaper", "weekly": "newspaper",
    "tabloid": "newspaper", "agency": "agency", "wire": "agency", "broadcaster": "broadcaster",
    "channel": "broadcaster", "network": "broadcaster", "station": "broadcaster",
    "magazine": "magazine", "website": "site", "site": "site", "portal": "site", "blog": "site",
    "outlet": "site", "publication": "newspaper", "newsletter": "site", "service": "agency",
    "news": "agency", "media": "site", "journal": "magazine", "television": "broadcaster",
}

# Capitalised words that start a sentence or a date but never a speaker's name.
CAPITAL_STOPWORDS = frozenset(
    {
        "however", "meanwhile", "earlier", "later", "but", "and", "yet", "still", "also", "in",
        "on", "at", "for", "with", "since", "after", "before", "when", "while", "as", "this",
        "that", "these", "those", "it", "he", "she", "they", "we", "i", "there", "here", "now",
        "today", "yesterday", "last", "next", "then", "thus", "moreover", "furthermore",
        "nevertheless", "instead", "indeed", "separately", "so", "if", "although", "though",
        "because", "during", "until", "asked", "speaking", "according", "per", "citing",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "what", "why", "how", "where", "who", "whether", "a", "an",
        "our", "his", "her", "their", "its", "my", "your", "not", "no", "some", "many", "most",
        "few", "all", "both", "each", "every", "such", "other", "another", "one", "two", "several",
        "by", "from", "to", "of", "about", "under", "over", "against", "between", "without",
        "ultimately", "finally", "first", "second", "third", "again", "even", "only", "just",
        "unlike", "like", "despite", "amid", "following", "ahead", "once", "related", "the",
        "which", "whom", "whose",
    }
)

# Reporters of the last outlet named, used bare: "journalists found out".
REPORTERS = frozenset({"journalists", "reporters", "correspondents", "editors"})

# Heads of descriptions of journalists, whose outlet is the one named with them: "the BBC's
# security correspondent", "a Reuters reporter", "a columnist for Le Monde".
JOURNALISTS = frozenset({"correspondent", "reporter", "journalist", "editor", "columnist"})

# Heads of anonymous descriptions, singular and plural.
ANONYMOUS_SINGULAR = frozenset(
    {
        "source", "official", "diplomat", "person", "insider", "aide", "adviser", "advisor",
        "officer", "lawmaker", "negotiator", "spokesperson", "spokesman", "spokeswoman",
        "staffer", "representative", "minister", "analyst", "expert", "politician",
        "envoy", "ambassador", "commander", "soldier", "employee", "executive", "investigator",
        "participant", "observer", "interlocutor", "legislator", "senator", "congressman",
        "deputy", "general", "colleague", "witness", "resident", "one", "another", "manager",
        "worker", "commentator", "critic", "member", "head", "chief", "director", "leader",
        "chairman", "chairwoman", "guard", "chancellor", "president", "premier", "governor",
        "mayor", "secretary", "pope", "pilot", "blogger", "volunteer", "doctor", "medic",
        "nurse", "activist", "economist", "historian", "villager", "survivor", "eyewitness",
        "rescuer", "farmer", "voter", "defector", "strategist", "scholar", "researcher",
        "commander-in-chief", "editor-in-chief", "figure", "someone", "somebody", *JOURNALISTS,
    }
) | roles.SINGULAR
ANONYMOUS_PLURAL = frozenset(
    {
        "sources", "officials", "diplomats", "people", "persons", "insiders", "aides",
        "advisers", "advisors", "officers", "lawmakers", "negotiators", "staffers",
        "representatives", "ministers", "analysts", "experts", "politicians",
        "envoys", "ambassadors", "commanders", "soldiers", "employees", "executives",
        "investigators", "participants", "observers", "interlocutors", "legislators",
        "senators", "deputies", "generals", "colleagues", "witnesses", "residents", "polls",
        "surveys", "others", "authorities", "journalists", "reporters", "managers", "workers",
        "commentators", "critics", "members", "media", "prosecutors", "lawyers", "scientists",
        "researchers", "militaries", "reports", "guards", "troops", "leaders", "chiefs", "heads",
        "pilots", "bloggers", "volunteers", "doctors", "medics", "nurses", "activists",
        "economists", "historians", "villagers", "survivors", "eyewitnesses", "rescuers",
        "farmers", "voters", "defectors", "strategists", "scholars", "engineers", "paramedics",
        "firefighters", "protesters", "locals", "inspectors", "monitors", "relatives", "families",
        "refugees", "citizens", "respondents", "specialists", "delegates", "spokespeople",
        "staff", "personnel",
    }
) | roles.PLURAL

# Words that may stand inside an anonymous description before its head.
ANONYMOUS_MODIFIERS = frozenset(
    {
        "a", "an", "the", "one", "two", "three", "four", "five", "several", "some", "many",
        "few", "multiple", "numerous", "other", "another", "this", "that", "these", "those",
        "its", "their", "his", "her", "our", "own", "most", "unnamed", "anonymous",
        "unidentified", "senior", "junior", "high-ranking", "high", "ranking", "top", "western",
        "european", "american", "ukrainian", "russian", "french", "german", "british", "israeli",
        "chinese", "polish", "baltic", "nordic", "eastern", "allied", "foreign", "local",
        "military", "intelligence", "diplomatic", "government", "administration", "defense",
        "defence", "security", "congressional", "white", "house", "state", "department",
        "pentagon", "kremlin", "nato", "eu", "un", "u.s.", "us", "u.k.", "uk", "g7", "alliance",
        "current", "former", "knowledgeable", "informed", "well-informed", "familiar",
        "independent", "private", "industry", "party", "ministry", "commission", "council",
        "presidential", "office", "cabinet", "campaign", "transition", "team", "embassy",
        "trump", "biden", "kyiv", "moscow", "washington", "brussels", "paris", "berlin",
        "london", "ukraine", "russia", "france", "germany", "britain", "poland", "various",
        "concerned", "relevant", "key", "leading", "prominent", "veteran", "credible",
        "reliable", "well-placed", "well", "placed", "close", "direct", "same",
    }
)

# Words after an anonymous head that continue the description: "people familiar with ...".
ANONYMOUS_TAILS = frozenset(
    {"familiar", "close", "with", "in", "from", "at", "within", "inside", "briefed", "involved",
     "knowledgeable", "who", "speaking", "aware", "privy", "of", "on", "to", "for", "across",
     "living", "based", "stationed", "serving", "working", "formerly", "previously", "currently",
     "near", "outside", "along", "around"}
)

# Cue verbs: a speaker before them ("X said") or, at the end of a quote, after ("said X").
SPEECH_VERBS = frozenset(
    {
        "said", "says", "say", "told", "tells", "tell", "stated", "states", "state", "added",
        "adds", "add", "noted", "notes", "note", "explained", "explains", "explain",
        "acknowledged", "acknowledges", "acknowledge", "admitted", "admits", "admit",
        "insisted", "insists", "insist", "suggested", "suggests", "suggest", "claimed",
        "claims", "claim", "confirmed", "confirms", "confirm", "announced", "announces",
        "announce", "wrote", "writes", "write", "argued", "argues", "argue", "warned", "warns",
        "warn", "believes", "believe", "believed", "recognizes", "recognises", "recognize",
        "recognized", "indicated", "indicates", "indicate", "described", "describes", "describe",
        "urged", "urges", "urge", "emphasized", "emphasised", "emphasizes", "stressed",
        "stresses", "asserted", "asserts", "revealed", "reveals", "disclosed", "discloses",
        "reported", "reports", "report", "learned", "learnt", "learns", "alleged", "alleges",
        "maintained", "maintains", "contended", "contends", "cautioned", "cautions", "predicted",
        "predicts", "estimated", "estimates", "assessed", "assesses", "conceded", "concedes",
        "denied", "denies", "deny", "mentioned", "mentions", "recalled", "recalls", "replied",
        "replies", "responded", "responds", "commented", "comments", "observed", "observes",
        "remarked", "remarks", "declared", "declares", "stress", "emphasize", "emphasise",
        "tweeted", "posted",
        "posts", "informed", "informs", "briefed", "assured", "assures", "promised",
        "promises", "pointed", "points", "reiterated", "reiterates", "underlined", "underlines",
        "highlighted", "highlights", "signaled", "signalled", "signals", "hinted", "hints",
        "reckons", "reckoned", "thinks", "think", "complained", "complains", "complain",
        "concede", "assess", "concluded", "concludes", "specified", "specifies", "clarified",
        "clarifies", "elaborated", "found", "find", "finds", "quoted", "quotes", "cited",
        "cites", "writing", "saying", "telling", "explaining", "adding", "noting", "stating",
        "reporting", "warning", "arguing", "insisting", "suggesting", "acknowledging", "point",
        "repeated", "repeats", "accused", "accuses", "accuse", "questioned", "questions",
        "question", "estimate", "expect", "expects", "expected", "raised", "raises", "voiced",
        "voices", "expressed", "expresses", "called", "calls", "branded", "brands", "dubbed",
        "fear", "fears", "feared", "suspect", "suspects", "suspected", "doubt", "doubts",
        "doubted", "vowed", "vows", "pledged", "pledges", "threatened", "threatens",
        "speculated", "forecast", "projected",
    }
) | rulings.VERBS

# Verbs that attribute only before "that", a colon or a quote, or after what was said
# ("they maintained their opposition" attributes nothing; "..., officials maintained" does).
NEEDS_COMPLEMENT = frozenset(
    {"maintained", "maintains", "promised", "promises", "found", "find", "finds", "learned",
     "learnt", "learns", "observed", "observes", "recalled", "recalls", "concluded", "concludes",
     "posted", "posts", "described", "describes", "describe", "estimated", "estimates", "estimate",
     "highlighted", "highlights", "signaled", "signalled", "signals", "predicted", "predicts",
     "vowed", "vows", "pledged", "pledges", "threatened", "threatens", "speculated", "forecast",
     "projected"}
)

# What "raised" or "expressed" states when it states a stance: "raised concerns", "expressed hope".
_STANCES = frozenset(
    {"concern", "concerns", "doubt", "doubts", "question", "questions", "objection", "objections",
     "fear", "fears", "alarm", "reservations", "misgivings", "skepticism", "scepticism", "hope",
     "hopes", "confidence", "optimism", "regret", "frustration", "disappointment", "surprise",
     "opposition", "support", "gratitude", "outrage", "anger"}
)

# What "repeated" repeats when it repeats a statement: "repeated his offer", "repeated that".
_STATEMENTS = frozenset(
    {"that", ":", ",", "“", '"', "offer", "call", "calls", "demand", "demands", "warning",
     "warnings", "claim", "claims", "threat", "threats", "pledge", "promise", "accusation",
     "accusations", "position", "view", "statement", "appeal", "denial", "criticism",
     "proposal", "invitation", "request", "assurance", "assurances", "insistence", "refusal"}
)

# Verbs that attribute only with one of these words within so many tokens after them
# ("questioned whether", "accused Moscow of", "raised serious concerns", "expect that").
COMPLEMENT_ONLY: dict[str, tuple[frozenset[str], int]] = {
    **dict.fromkeys(rulings.VERBS, (frozenset({"that"}), 1)),  # not "ruled out"
    **dict.fromkeys(
        ("expect", "expects", "expected", "fear", "fears", "feared", "suspect", "suspects",
         "suspected", "doubt", "doubts", "doubted"),
        (frozenset({"that"}), 1),
    ),
    **dict.fromkeys(
        ("questioned", "questions", "question"), (frozenset({"whether", "if", "why", "how"}), 1)
    ),
    **dict.fromkeys(
        ("raised", "raises", "voiced", "voices", "expressed", "expresses"), (_STANCES, 3)
    ),
    **dict.fromkeys(("accused", "accuses", "accuse"), (frozenset({"of"}), 6)),
    **dict.fromkeys(("repeated", "repeats"), (_STATEMENTS, 3)),
    # "quoted the minister as saying"; "traders quoted prices" names a price, not words
    **dict.fromkeys(("quoted", "quotes"), (frozenset({"as", ":", "“", '"', "saying"}), 10)),
}

# Verbs that name what something is called: "called the decision a provocation".
CHARACTERIZING = frozenset({"called", "calls", "branded", "brands", "dubbed"})

# "reported a loss": a company's results, not a statement.
REPORTING_RESULTS = frozenset({"reported", "reports", "report"})
FINANCIAL_RESULTS = frozenset(
    {"loss", "losses", "profit", "profits", "revenue", "revenues", "earnings", "sales",
     "income", "turnover", "dividend", "deficit", "surplus"}
)

# Verbs of denial, which state nothing with a bare pronoun ("Kyiv denies it.").
DENYING = frozenset({"denied", "denies", "deny"})

# Verbs of claiming, which state nothing with a thing as their object ("claims the village").
CLAIMING = frozenset({"claimed", "claims", "claim"})

# Words that make a run of words a clause rather than a noun phrase.
FINITE_WORDS = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
     "might", "must", "should", "fell", "lost", "won", "took", "belongs", "remains", "lies",
     "does", "did"}
)

# Speech verbs that are also nouns, and adjectives before a noun ("state media").
NOUN_LIKE_VERBS = frozenset(
    {"state", "report", "reports", "note", "notes", "claim", "claims", "post", "posts",
     "comments", "remarks", "estimates", "quotes", "finds", "find", "write"}
)

# Speech verbs that, with a speaker after them, need no comma before ("told Le Monde").
OBJECT_VERBS = frozenset({"told", "tells", "tell", "telling", "informed", "informs", "briefed"})

# Verbs that need a particle: "found out", "pointed out".
PARTICLE_VERBS = {
    "found": "out", "find": "out", "finds": "out", "pointed": "out", "points": "out", "point": "out"
}



# Participles and -ing forms that never start a main clause with a speaker after them.
NON_FINITE = frozenset(
    {"writing", "saying", "telling", "explaining", "adding", "noting", "stating", "reporting",
     "warning", "arguing", "insisting", "suggesting", "acknowledging"}
) | rulings.NON_FINITE

# Passive cues: "was expressed by sources", "as reported by Bloomberg".
BY_VERBS = frozenset(
    {"expressed", "voiced", "reported", "said", "stated", "cited", "quoted", "claimed",
     "confirmed", "revealed", "disclosed", "described", "announced", "published",
     "shared", "relayed", "conveyed", "noted", "denied", "posted", "tweeted", "told", "carried",
     "interviewed"}
)
INTERVIEWED = frozenset({"interviewed"})  # "interviewed by X" relays only when X is an outlet
BY_ADVERBS = frozenset({"first", "separately", "jointly"})  # "reported first by X"
CARRYING = frozenset({"carried", "carries", "carry"})  # an outlet carries words: "carried by"


# Words that weaken an attribution.
HEDGES = frozenset(
    {"reportedly", "privately", "allegedly", "purportedly", "apparently", "supposedly",
     "anonymously", "unofficially", "ostensibly", "seemingly", "rumoredly", "informally"}
)
HEDGE_PHRASES: tuple[tuple[str, ...], ...] = (
    ("on", "condition", "of", "anonymity"),
    ("off", "the", "record"),
    ("in", "private"),
    ("behind", "closed", "doors"),
)

# Data that cannot speak, and the verbs that name who made it: "according to figures
# compiled by the Kiel Institute", "according to data released by Eurostat".
DATA_NOUNS = frozenset(
    {"figures", "data", "statistics", "numbers", "estimates", "calculations", "tallies",
     "tally", "count", "counts", "records", "database", "dataset", "tracker", "index"}
)
COMPILING = frozenset(
    {"compiled", "published", "released", "collected", "gathered", "provided", "calculated",
     "kept", "maintained", "issued"}
)

# Words that borrow a speaker's wording: "as one diplomat put it", "in the words of an aide".
WORDING_CUES = frozenset({"put", "puts", "words", "word"})

# Words of a relative clause that says why a speaker goes unnamed: "who asked not to be
# named", "who declined to be identified", "who were not authorised to speak publicly".
ANONYMITY_CLAUSE_WORDS = frozenset(
    {"named", "name", "identified", "identify", "anonymity", "anonymous", "anonymously",
     "authorised", "authorized", "publicly", "attribution", "attributed", "identity"}
)

# Words that may stand between a speaker and the verb: "Rutte on Tuesday said".
GAP_WORDS = frozenset(
    {"also", "earlier", "later", "then", "again", "publicly", "repeatedly", "previously", "long",
     "always", "often", "still",
     "recently", "further", "has", "have", "had", "was", "were", "would", "will", "did",
     "does", "do", "once", "first", "separately", "similarly", "too", "even",
     "already", "now", "today", "yesterday", "this", "last", "week", "month", "morning",
     "evening", "night", "afternoon", "on", "in", "at", "monday", "tuesday", "wednesday",
     "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
     "may", "june", "july", "august", "september", "october", "november", "december",
     "weekend", "statement", "interview", "an", "a", "its", "his", "her", "their", "x",
     "telegram", "post", "briefing", "conference", "press", "separate", "written"}
)

# After "according to" or "per", nouns that make the phrase a non-attribution.
NOT_SPEAKERS = frozenset(
    {
        "plan", "plans", "schedule", "timetable", "data", "figures", "figure", "statistics",
        "law", "laws", "rules", "rule", "agreement", "agreements", "treaty", "constitution",
        "charter", "document", "documents", "proposal", "draft", "terms", "protocol", "decree",
        "budget", "contract", "map", "maps", "calendar", "script", "model", "models",
        "formula", "programme", "program", "regulations", "procedure", "procedures", "text",
        "tradition", "custom", "legend", "tally", "count", "calculations", "estimates",
        "forecast", "forecasts", "projections", "scenario", "design", "policy", "guidelines",
        "standards", "request", "order", "orders", "instructions", "deal", "resolution",
        "framework", "roadmap", "blueprint", "agenda", "list", "records", "record", "results",
        "result", "usual", "norm", "norms", "doctrine", "strategy", "logic", "definition",
        "pattern", "principle", "principles", "mandate", "clause", "article", "section",
        "paragraph", "book", "bible", "scripture", "quran", "weather", "satellite", "imagery",
        "footage", "video", "photos", "images", "analysis", "study", "studies", "research",
        "chapter", "annex", "appendix", "amendment", "verse",
    }
)

# After "per", lower-case words that make the phrase a unit or a Latin tag.
PER_UNITS = frozenset(
    {
        "cent", "capita", "se", "annum", "diem", "head", "person", "day", "week", "month",
        "year", "hour", "minute", "second", "unit", "barrel", "kilogram", "kg", "tonne", "ton",
        "litre", "liter", "gallon", "mile", "kilometre", "kilometer", "km", "share", "household",
        "resident", "inhabitant", "student", "patient", "soldier", "cubic", "square", "million",
        "thousand", "hundred", "usual", "request", "night", "trip", "game", "vote", "seat",
    }
)

# Capitalised words that name states, capitals and bodies speaking as organizations.
ORGANIZATION_WORDS = frozenset(
    {
        "kremlin", "pentagon", "white", "house", "nato", "eu", "un", "g7", "g20", "commission",
        "council", "ministry", "department", "office", "government", "administration", "army",
        "forces", "staff", "command", "parliament", "rada", "duma", "congress", "senate",
        "court", "bank", "agency", "service", "committee", "assembly", "alliance", "union",
        "presidency", "cabinet", "embassy", "mission", "party", "navy", "police", "guard",
        "directorate", "bureau", "headquarters", "secretariat", "institute", "fund", "group",
        "company", "corporation", "inc", "ltd", "organization", "organisation", "foundation",
        "state", "states", "nations", "federation", "republic", "kingdom", "elysee", "élysée",
        "downing", "quai", "orsay", "berlaymont", "sbu", "gur", "fsb", "cia", "fbi", "mi6",
        "isw", "iaea", "osce", "who", "imf", "opec", "reuters", "centre", "center", "university",
        "forum", "observatory", "international", "watch", "ag", "gmbh", "plc", "llc", "holding",
        "holdings", "airlines", "airways", "industries", "motors", "aerospace", "railways",
        "shipyard", "statistics", "association", "chamber", "confederation", "society",
        "corps", "board", "academy", "club",
    }
)
PLACES = frozenset(
    {
        "ukraine", "russia", "washington", "moscow", "kyiv", "kiev", "brussels", "paris",
        "berlin", "london", "beijing", "warsaw", "budapest", "ankara", "tehran", "minsk",
        "germany", "france", "britain", "poland", "hungary", "turkey", "türkiye", "turkiye",
        "china", "iran", "israel", "belarus", "america", "europe", "japan", "india", "italy",
        "spain", "rome", "madrid", "tokyo", "delhi", "the", "netherlands", "hague", "sweden",
        "finland", "norway", "denmark", "estonia", "latvia", "lithuania", "romania", "moldova",
        "georgia", "slovakia", "czechia", "austria", "canada", "ottawa", "stockholm", "helsinki",
        "oslo", "copenhagen", "tallinn", "riga", "vilnius", "bucharest", "prague", "vienna",
        "bratislava", "us", "u.s.", "usa", "uk", "u.k.", "eu", "pakistan", "greece", "portugal",
        "ireland", "belgium", "switzerland", "croatia", "serbia", "bulgaria", "slovenia",
        "albania", "kosovo", "armenia", "azerbaijan", "kazakhstan", "afghanistan", "bangladesh",
        "egypt", "iraq", "syria", "lebanon", "qatar", "kenya", "nigeria", "ethiopia", "ghana",
        "mexico", "brazil", "argentina", "chile", "colombia", "venezuela", "australia",
        "indonesia", "malaysia", "vietnam", "thailand", "philippines", "singapore", "taiwan",
        "cyprus", "iceland", "luxembourg", "montenegro", "morocco", "algeria", "tunisia",
        "libya", "sudan", "yemen", "kuwait", "nepal", "myanmar", "tanzania", "uganda", "rwanda",
        "senegal", "zimbabwe", "ecuador", "bolivia", "uruguay", "islamabad", "athens", "lisbon",
        "dublin", "cairo", "baghdad", "nairobi", "lagos", "seoul", "manila", "jakarta",
    }
)

# Places of two words, which own an outlet in the possessive: "Hong Kong's Ming Pao".
PLACE_PAIRS = frozenset(
    {"hong kong", "south korea", "north korea", "new zealand", "saudi arabia", "south africa",
     "united states", "sri lanka", "burkina faso", "new delhi", "new york", "costa rica",
     "el salvador", "ivory coast", "czech republic", "south sudan", "puerto rico"}
)

# Nouns that, just before a name, say it names a body: "the grid operator Ukrenergo".
BODY_DESCRIPTORS = frozenset(
    {"operator", "company", "firm", "group", "giant", "producer", "maker", "manufacturer",
     "utility", "monopoly", "carrier", "airline", "bank", "lender", "insurer", "party",
     "movement", "organisation", "organization", "charity", "ngo", "regulator", "watchdog"}
)

# Heads of anonymous descriptions that need a tail: "members of the delegation".
HEADS_NEEDING_TAIL = frozenset({"member", "members", "staff", "personnel"})
# Of those, the heads that a compound does not make a description: "the general staff" is a
# body, "staff at the hospital" people.
STAFF_HEADS = frozenset({"staff", "personnel"})

# Nouns that end the description of an organization: "the defence ministry", "the UN nuclear
# watchdog", "Ukraine's military intelligence", "the State Department".
ORGANIZATION_NOUNS = frozenset(
    {
        "ministry", "government", "army", "military", "embassy", "office", "presidency",
        "administration", "watchdog", "regulator", "police", "parliament", "commission",
        "council", "command", "staff", "intelligence", "department", "kremlin", "pentagon",
        "force", "forces", "navy", "guard", "service", "services", "directorate", "bureau",
        "headquarters", "secretariat", "court", "bank", "committee", "assembly", "cabinet",
        "party", "mission", "house", "agency", "institute", "alliance", "union", "company",
        "group", "operator", "elysee", "élysée", "household", "authority", "association",
        "chamber", "federation", "confederation", "board",
    }
)

# Pronouns that stand for a speaker named before.
PERSON_PRONOUNS = frozenset({"he", "she"})
GROUP_PRONOUNS = frozenset({"they"})
ORGANIZATION_PRONOUNS = frozenset({"it"})

# Months and weekdays, which may stand capitalised between a speaker and the verb.
CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december""".split()  # noqa: SIM905
)

# Prepositions: a name right after one is not the subject ("many in Kyiv believe").
PREPOSITIONS = frozenset(
    """of to with for from by about in at on across near into over under than among outside
    inside within""".split()  # noqa: SIM905
)

# "in an interview with X", "writing in X", "speaking to X": X is an outlet the speaker used.
INTERVIEW = frozenset(
    {"interview", "interviews", "speaking", "talking", "comments", "remarks", "writing", "op-ed",
     "article", "column", "essay", "sit-down", "sitdown", "podcast"}
)
INTERVIEW_LINKS = frozenset({"with", "to", "in", "for", "on"})

# Finite verbs of talking, which attribute only when an outlet is talked to: "spoke to Le Monde".
TALKING = frozenset({"spoke", "speaks", "talked", "talks"})
TALKING_LINKS = frozenset({"to", "with"})

# "a Reuters report", "a report in the Financial Times".
REPORT_NOUNS = frozenset(
    {"report", "reports", "reporting", "article", "story", "investigation", "analysis",
     "interview", "survey", "account"}
)
REPORT_LINKS = frozenset({"in", "by", "from", "of", "on"})

# Before a subject, words that make "X said" a clause about a statement ("what X said").
FREE = frozenset({"what", "whatever", "whether", "if"})

# Before a verb, words that make it a future or possible statement ("will say").
FUTURE = frozenset({"will", "shall", "may", "might", "must", "can", "could", "should", "cannot"})

# Participles that describe rather than cite: "officials briefed on the plans".
PARTICIPLES = frozenset({"briefed", "informed"})

# Verbs whose subject is an outlet when the clause cites: "X, citing Y, reported".
REPORTING = frozenset({"reported", "reports", "report", "writes", "wrote", "write", "published"})

# "Interfax quoted Lavrov as saying".
QUOTING = frozenset({"quoted", "quotes", "cited", "cites"})

# Words that do not tell two anonymous descriptions apart ("both", "unnamed").
FILLER = frozenset({"the", "a", "an", "both", "some", "several", "unnamed", "anonymous"})

# Endings of one-word names of companies and bodies: "Gazprom", "Naftogaz", "Energoatom".
ORGANIZATION_SUFFIXES = (
    "prom", "gaz", "neft", "energo", "atom", "bank", "tech", "soft", "com", "net", "telecom",
    "inform", "media", "zona", "trans", "avia", "exim", "stroy", "invest", "pol", "stat", "just",
    "nadzor", "cosmos", "kosmos", "flot", "metall",
)

# Lower-case words inside the name of a body that are cues or time words elsewhere: "the
# Kremlin's press service", "the state border service".
ORGANIZATION_MODIFIERS = frozenset({"press", "state"})

# What a speaker issues: "according to a statement from the ministry", "citing a post by X".
STATEMENT_NOUNS = frozenset(
    {"statement", "post", "release", "communique", "communiqué", "readout", "message", "letter",
     "tweet", "address", "briefing", "announcement", "declaration", "remarks", "comments"}
)
STATEMENT_LINKS = frozenset({"from", "by", "of"})

# Verbs whose subject, when nothing says it is a person, is an outlet: "Mediazona reported".
OUTLET_CUES = frozenset({"reported", "reports", "published", "publishes", "broadcast", "aired"})
