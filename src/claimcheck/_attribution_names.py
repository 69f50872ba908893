# ruff: noqa: RUF001
"""Tokens that continue a name, for `claimcheck.attribution`: particles ("von der",
"al-Ansari"), inner titles ("Kremlin spokesman Dmitry Peskov"), ordinals ("47th"), plural
possessives ("Prosecutors' Office") and names that end in 's ("Moody's warned")."""

from __future__ import annotations

from claimcheck import _attribution_lexicon as lex
from claimcheck._attribution_text import Token
from claimcheck.names import is_title

__all__: list[str] = []


_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})


def ordinal(tokens: list[Token], j: int, limit: int) -> bool:
    """Whether an ordinal number written in figures starts at token *j*: "47th", "3rd"."""
    if not tokens[j].text.isdigit() or j + 1 >= limit:
        return False
    suffix = tokens[j + 1]
    return suffix.lower in _ORDINAL_SUFFIXES and suffix.start == tokens[j].end


def only_titles(words: list[Token]) -> bool:
    """Titles without a name ("President", "Russian"); an acronym ("NATO") is a name."""
    if len(words) == 1 and words[0].text.isupper() and len(words[0].text) > 1:
        return False
    return all(is_title(t.text) for t in words)


def inner_title(tokens: list[Token], j: int, hi: int) -> bool:
    """A lower-case title inside a name: "Kremlin spokesman Dmitry Peskov"."""
    for k in range(j, min(hi, j + 3)):
        lower = tokens[k].lower
        if tokens[k].capitalized:
            return k > j
        if tokens[k].quoted or not (lower in lex.ANONYMOUS_SINGULAR or is_title(lower)):
            return False
    return False


FUNCTION_WORDS = frozenset({"sans", "sin", "ohne", "sem", "bez", "senza", "zonder", "utan"})
"""Words of other languages ("without") that join the words of a body's name, never a
person's: "Médecins Sans Frontières", "Reporter ohne Grenzen"."""

_PARTICLES = frozenset(
    {
        "of", "von", "van", "der", "den", "de", "da", "del", "al", "bin", "bint", "ibn",
        "la", "le", "du", "dos", "das", "dela", "della", "di",
        "for", "on", "the", *FUNCTION_WORDS,
    }
)


def name_token(tokens: list[Token], j: int, hi: int) -> bool:
    """Whether token *j* can continue a name ("Secretary of State Blinken", "von der Leyen")."""
    token = tokens[j]
    if token.text in _APOSTROPHES:
        return plural_possessive(tokens, j, hi)
    if token.text == ",":
        return listed_field(tokens, j, hi)
    if token.lower == "and":
        return joined_fields(tokens, j, hi) or joined_modifiers(tokens, j, hi)
    if token.lower == "in":
        return placed_field(tokens, j, hi)
    if token.text == "&" or token.lower in _FOREIGN_ANDS:
        return joined_names(tokens, j, hi)
    if token.quoted or not token.is_word:
        return False
    if token.capitalized:
        return True
    if token.lower in _PARTICLES or token.text == "-":
        following = tokens[j + 1] if j + 1 < hi else None
        if following is not None and following.lower == "the" and token.lower in {"of", "for"}:
            return j + 2 < hi and _starts_field(tokens[j + 2])  # "Office of the United Nations"
        if following is None or following.lower in lex.CAPITAL_STOPWORDS:
            return False  # "ORF on Monday": a date after the name
        return following.capitalized or following.lower in _PARTICLES
    return joined_particle(token)


def plural_possessive(tokens: list[Token], j: int, hi: int) -> bool:
    """Whether the apostrophe at token *j* makes a plural possessive inside a name, between
    capitalised words: "Prosecutors' Office", "Veterans' Affairs"."""
    if j == 0 or j + 1 >= hi:
        return False
    owner, following = tokens[j - 1], tokens[j + 1]
    glued = owner.end == tokens[j].start and owner.capitalized and owner.lower.endswith("s")
    return glued and following.capitalized and following.is_word and not following.quoted


_APOSTROPHES = frozenset({"'", "’"})


def _starts_field(token: Token) -> bool:
    return token.capitalized and token.is_word and not token.quoted


def _after_of(tokens: list[Token], j: int, words: frozenset[str] = frozenset({"of", "for"})) -> str:
    """The nearest "of" or "for" (of *words*) in the four tokens before token *j*, or ""."""
    for k in range(j - 1, max(0, j - 4) - 1, -1):
        if tokens[k].lower in words:
            return tokens[k].lower
    return ""


def _field(token: Token) -> bool:
    lower = token.lower
    return _starts_field(token) and (lower in _FIELDS or lower.endswith(_FIELD_ENDINGS))


def listed_field(tokens: list[Token], j: int, hi: int) -> bool:
    """Whether a comma at token *j* lists a field inside a body's name that ends in "and"
    and one more: "Ministry of Health, Labour and Welfare", or a modifier before its head:
    "Meteorology, Climatology and Geophysical Agency"."""
    if j + 3 >= hi or not _starts_field(tokens[j + 1]) or tokens[j + 2].lower != "and":
        return False
    if not _after_of(tokens, j):  # "Meteorology, Climatology and Geophysical Agency"
        owner = tokens[j - 2].lower if j > 1 else ""
        opening = owner == "the" or owner.endswith(("'s", "’s"))  # where a name begins
        return opening and _starts_field(tokens[j - 1]) and joined_modifiers(tokens, j + 2, hi)
    return _field(tokens[j + 1]) and _field(tokens[j + 3])


def listed_words(tokens: list[Token], start: int, stop: int) -> bool:
    """Whether tokens *start* to *stop* are nothing, or the rest of a list of capitalised
    fields in a body's name, after a comma and up to its last field: ", Agriculture,
    Fisheries, Water and Rural Development"."""
    if start >= stop:
        return True
    run = tokens[start:stop]
    if run[0].text != "," or not run[-1].capitalized or all(t.lower != "and" for t in run):
        return False
    return all(
        t.text == "," or t.lower == "and" or (t.capitalized and t.is_word and not t.quoted)
        for t in run
    )


def joined_modifiers(tokens: list[Token], j: int, hi: int) -> bool:
    """Whether "and" at token *j* joins two capitalised modifiers before the head of a
    body's name or an office's title: "Independent Electoral and Boundaries Commission",
    "Controller and Auditor General" (not "France and Germany", "Minister and Foreign
    Minister")."""
    if j == 0 or j + 2 >= hi:
        return False
    before = tokens[j - 1]
    if not _starts_field(before) or before.lower in lex.GIVEN_NAMES or before.lower in lex.PLACES:
        return False
    if not _starts_field(tokens[j + 1]) or tokens[j + 1].lower in lex.ORGANIZATION_WORDS:
        return False
    for k in range(j + 2, min(hi, j + 4)):
        if not _starts_field(tokens[k]):
            return False
        if tokens[k].lower in lex.ORGANIZATION_WORDS or tokens[k].lower in lex.ORGANIZATION_NOUNS:
            return True
        if is_title(tokens[k].text) and not any(is_title(t.text) for t in tokens[j - 1 : k]):
            return True  # an office's title: "Controller and Auditor General"
    return False


def placed_field(tokens: list[Token], j: int, hi: int) -> bool:
    """Whether "in" at token *j* continues a body's name after its "for": "Board of Control
    for Cricket in India", "Centre for Human Rights in Iran" (not "the Council of Europe in
    Strasbourg", where "in" places the body)."""
    return j + 1 < hi and _starts_field(tokens[j + 1]) and _after_of(tokens, j) == "for"


def joined_fields(tokens: list[Token], j: int, hi: int) -> bool:
    """Whether "and" at token *j* joins two fields inside a body's name after its "of" or
    "for": "Bank for Reconstruction and Development", "Ministry of Industry and Trade", with
    a modifier of the field: "Centre for Democracy and Human Rights", "Forum for Economic and
    Social Rights"; not "the Ministry of Defence and Rustem Umerov", two speakers."""
    if j + 1 >= hi or not any(t.lower in {"of", "for", "on"} for t in tokens[max(0, j - 4) : j]):
        return False
    field = tokens[j + 1]
    if not field.capitalized or field.quoted or field.lower in lex.GIVEN_NAMES:
        return False
    if j + 2 < hi and tokens[j + 2].capitalized and not tokens[j + 2].quoted:
        modified = tokens[j + 2].lower  # "Human Rights", "Social Rights"
        if modified in _FIELDS or modified.endswith(_FIELD_ENDINGS):
            return True
    return field.lower in _FIELDS or field.lower.endswith(_FIELD_ENDINGS)


_FIELD_ENDINGS = (
    "ment", "tion", "sion", "ity", "ology", "ance", "ence", "ure", "ship", "ness", "ics",
    "ism", "ing",
)
_FIELDS = frozenset(
    {"trade", "food", "energy", "health", "justice", "affairs", "rights", "industry", "defence",
     "defense", "labour", "labor", "welfare", "transport", "sport", "sports", "youth", "water",
     "fisheries", "forestry", "finance", "commerce", "research", "technology", "science",
     "education", "planning", "crime", "drugs", "peace", "tourism", "infrastructure"}
)
"""Nouns of fields that bodies' names join with "and" ("Ministry of Culture and Sport")."""


def joined_names(tokens: list[Token], j: int, hi: int) -> bool:
    """Whether "&" at token *j* joins two capitalised words of a firm's name ("Ernst &
    Young", "Procter & Gamble"), or the "y" or "e" of Spanish or Portuguese joins two
    after a "de" ("Instituto Nacional de Estadística y Geografía", "Instituto de Energia e
    Meio Ambiente")."""
    if j == 0 or j + 1 >= hi or not _starts_field(tokens[j - 1]):
        return False
    if not _starts_field(tokens[j + 1]):
        return False
    return tokens[j].text == "&" or bool(_after_of(tokens, j, _FOREIGN_OFS))


_FOREIGN_ANDS = frozenset({"y", "e"})
_FOREIGN_OFS = frozenset({"de", "del", "do", "da", "dos", "das"})


def joined_particle(token: Token) -> bool:
    """A surname joined to its particle by a hyphen, or a name to an elided article or
    preposition: "al-Ansari", "bin-Salman", "el-Sisi", "d'Ivoire", "dell'Acqua"."""
    particle, hyphen, rest = token.text.partition("-")
    if hyphen:
        return particle.lower() in _JOINED_PARTICLES and rest[:1].isupper()
    particle, _, rest = token.text.replace("’", "'").partition("'")
    return particle in _ELIDED_PARTICLES and rest[:1].isupper()


_JOINED_PARTICLES = frozenset({"al", "el", "bin", "ben", "ibn", "abu", "ould", "ad", "as", "ash"})
_ELIDED_PARTICLES = frozenset({"d", "l", "dell", "dall", "nell", "sull", "all"})


def named_so(tokens: list[Token], j: int, hi: int) -> bool:
    """Whether a possessive before token *j* is a name that ends so ("Moody's warned",
    "Sotheby's said"): it ends the phrase, and a verb of speech follows, not a noun."""
    if not j == hi < len(tokens):
        return False
    verb = tokens[j]
    finite = verb.lower.endswith(("ed", "s")) or verb.lower in _IRREGULAR_PAST
    plain = verb.text == verb.lower and verb.lower not in lex.NOUN_LIKE_VERBS
    return finite and plain and verb.lower in lex.SPEECH_VERBS


_IRREGULAR_PAST = frozenset({"said", "told", "wrote", "spoke", "thought", "found"})


def affiliated(tokens: list[Token], i: int, j: int) -> int | None:
    """Where a titled person's name ends before the "of" of an affiliation, in the name
    from token *i* to *j*: "Prof. Kim Hyun-woo of Seoul National University", "Governor Ana
    Ruiz of the central bank" (not "Secretary of State Blinken", where "of" joins titles)."""
    if not is_title(tokens[i].text):
        return _plain_affiliated(tokens, i, j)
    named = False
    for k in range(i + 1, j - 1):
        if tokens[k].lower == "of":
            body = tokens[k - 1].lower in lex.ORGANIZATION_WORDS  # "Chinese Academy of Sciences"
            return k if named and not body else None
        named = named or (tokens[k].capitalized and not is_title(tokens[k].text))
    return None


def _plain_affiliated(tokens: list[Token], i: int, j: int) -> int | None:
    """Where a person's name of two or three words without a title ends before the "of" of
    a body's name: "Young-jae Park of the Korea Development Institute" (not "Bank of
    England", "Friends of the Earth", "Secretary of State Rubio")."""
    for k in range(i + 2, min(i + 4, j - 1)):
        if tokens[k].lower != "of":
            continue
        if any(not (t.capitalized and _name_word(t.lower)) for t in tokens[i:k]):
            return None  # "Joint Chiefs of Staff": a body's name
        body = tokens[k + 1 : j]
        return k if any(t.lower in lex.ORGANIZATION_WORDS for t in body) else None
    return None


def _name_word(lower: str) -> bool:
    """Whether a word may be part of a person's name: no word of bodies or roles."""
    return lower not in lex.ORGANIZATION_WORDS and lower not in _ROLES


_ROLES = lex.ANONYMOUS_SINGULAR | lex.ANONYMOUS_PLURAL


def medium_follows(tokens: list[Token], j: int, hi: int) -> bool:
    """Whether "in a post", "on its website", "in a report" starts at token *j*: where a
    speaker's words appeared, not part of who the speaker is ("a blogger in Lviv in a post").

    >>> from claimcheck._attribution_text import tokenize
    >>> text = "a blogger in a post"
    >>> medium_follows(tokenize(text, 0, len(text)), 2, 5)
    True

    .. versionadded:: 0.1.0
    """
    if j + 1 >= hi or tokens[j].lower not in {"in", "on"}:
        return False
    at = j + 2 if tokens[j + 1].lower in _MEDIUM_DETERMINERS else j + 1
    return at < hi and tokens[at].lower in MEDIA


MEDIA = frozenset(
    {"post", "posts", "report", "statement", "interview", "video", "blog", "tweet", "letter",
     "speech", "podcast", "broadcast", "column", "op-ed", "website", "filing", "briefing",
     "article", "message", "essay", "book", "memoir", "documentary", "newsletter"}
)
"""Where words appear: "in a post", "on its website", "in a report"."""
_MEDIUM_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "one"})
