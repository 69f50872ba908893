# ruff: noqa: RUF001
"""Whether a name missing from every list names a person or a body, for `claimcheck.attribution`.

A name nobody gave us is read from general evidence, each rule with one weight (`WEIGHTS`);
the weights are summed, and a name scores above zero only as a body:

=====================  ======  ==========================================================
rule                   weight  fires on
=====================  ======  ==========================================================
listed body            +10     a major company (data/companies.tsv), a name of places
known body             +10     a public body named in one word (`KNOWN_BODIES`): "Eurostat"
organisation word      +10     "Ministry", "Watch", "Institute"; "UN" only in capitals
body noun before       +6      "the statistics office Destatis", "the grid operator X"
acronym, digits        +4      "OPEC", "G7", "Channel 4"
press title            +4      "Baltic Times", "Radio Kraków", "Der Standard"
company affix          +3      "Gazprom", "Belstat", "Eurocontrol", "Ukrenergo" (one word)
article the            +3      "the Elysée", "the Bundestag"
arabic article         +3      "Al Jazeera", "Asharq Al-Awsat" (no given name first)
word of a title        +3      "Jeune Afrique", "Daily Nation", "Nouvel Obs"
foreign function word  +4      "Médecins Sans Frontières", "Reporter ohne Grenzen"
body after             +4      "X, the EU's climate monitoring service, said"
outlet verb            +2      "X reported", "X published"
inner capital          +2      "PetroChina", "YouGov" (not "McCain", "DeSantis")
name in 's             +3      "Moody's", "Sotheby's": a name that ends so, as a speaker
statement after        +1      "said in a statement", "noted in its report", "data"
research cue           +1      "X found", "X estimated"
its after              +1      "said its forces", "in its report"
it after               +1      "said it had", "... that it would appeal"
it and its after       +4      "said it would bring back its menu": the speaker twice as "it"
office title           +4      "Auditor General", "Controller and Auditor General": a title last
                               that is no family name too ("Dawn Major" is a person)
title                  -6      "Mr", "Minister", "Gen."
given name first       -4      "Petra ...", "Kim Jong Un", "Wang Yi" (family name first)
person pronoun after   -2      "he", "she", "his", "her" after the cue
role after             -3      "X, the foreign minister, said": a person's role set after
surname particle       -2      "von der Leyen", "bin Salman", "al-Sudani"
plain name             -1      one to three capitalised words ("Sybiha", "Dana Hrabec")
=====================  ======  ==========================================================

So a lone unknown word stays a person ("Hrabec said", "Hrabec said in a statement") unless
two pieces of evidence or a strong one say otherwise ("Hrabec reported", "Hamas said in a
statement that it had handed over its reply").
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from itertools import pairwise
from typing import NamedTuple

from claimcheck import _attribution_bodywords as bodywords
from claimcheck import _attribution_lexicon as lex
from claimcheck import _attribution_outlets as titles
from claimcheck._attribution_bodywords import KNOWN_BODIES
from claimcheck._attribution_names import FUNCTION_WORDS
from claimcheck.model import Anonymity
from claimcheck.names import is_title, strip_titles

__all__: list[str] = []


def raw_key(word: str) -> str:
    """A word in lower case without dots and a possessive: "U.S." is "us", "NATO's" "nato"."""
    return word.lower().replace(".", "").removesuffix("'s").removesuffix("’s")


def without_article(text: str) -> str:
    return text[4:] if text[:4].lower() == "the " else text


def outlet_head(words: list[str]) -> str | None:
    """The kind of outlet a capitalised name's words say it is ("" for any), or ``None``.

    "Kyiv Weekly Observer" and "Baltic Times" end in the head noun of a title of the press
    ("Times of Malta" before its "of"); "Radio Svoboda" begins with one; "Der Standard"
    begins with the article of another language and names no person.
    """
    keys = [raw_key(w) for w in words]
    if "of" in keys[1:]:
        keys = keys[: keys.index("of", 1)]  # "Times of Malta", "Public Television of Armenia"
        words = words[: len(keys)]
    if not keys:
        return None
    if keys[-1] in titles.OUTLET_HEADS:
        return titles.OUTLET_HEADS[keys[-1]]
    if len(keys) > 1 and keys[-1] == "agency" and keys[-2] in titles.AGENCY_QUALIFIERS:
        return "agency"  # "Polish Press Agency", "Czech News Agency"
    if len(keys) > 1 and keys[0] in titles.OUTLET_FIRST_HEADS:
        return titles.OUTLET_FIRST_HEADS[keys[0]]
    if len(keys) > 1 and words[0] in titles.FOREIGN_ARTICLES and keys[1] not in lex.GIVEN_NAMES:
        return ""
    return None


def press_words(words: list[str]) -> bool:
    """Whether a capitalised name's words read as a title of the press: its head noun
    (`outlet_head`) or a word that titles take in other languages ("Folha de S.Paulo",
    "Jeune Afrique"), with no given name first.

    >>> press_words(["Folha", "de", "S.Paulo"]), press_words(["Anna", "Nation"])
    (True, False)

    .. versionadded:: 0.1.0
    """
    if not words or raw_key(words[0]) in lex.GIVEN_NAMES:
        return False
    keys = {raw_key(w) for w in words}
    return outlet_head(words) is not None or not _TITLE_WORDS.isdisjoint(keys)


def told_title(text: str) -> bool:
    """Whether a name of two words or more that no list knows, told something, reads as a
    title of the press: evidence of a body (`kind_evidence`) but no word of a body that is
    told things ("FrontPage Africa", not "the European Commission" or "Ana Ruiz")."""
    if len(text.split()) < 2:
        return False
    fired = dict(kind_evidence(text, cue="told"))
    return sum(fired.values()) > 0 and _TOLD_BODIES.isdisjoint(fired)


_TOLD_BODIES = frozenset({"listed body", "organisation word", "acronym", "article the"})


def headed_by_body_noun(text: str) -> bool:
    """Whether a name of two words or more ends in a noun of bodies: "Kenya Revenue
    Authority", "National Grid Company" (not "Ana Ruiz")."""
    words = without_article(text).split()
    return len(words) > 1 and raw_key(words[-1]) in lex.ORGANIZATION_NOUNS


def person_name(text: str) -> str:
    """A person's name without its titles, abbreviated ranks and honorifics included: "Maj.
    Gen. Pat Ryder" is "Pat Ryder", "Chief Justice Ana Ruiz" "Ana Ruiz", "Datuk Seri Anwar
    Ibrahim" "Anwar Ibrahim"; two words always stay. A title that is also a given name
    stays before a family particle: "Sultan Al Jaber" ("Sultan Haitham bin Tarik" is
    "Haitham bin Tarik")."""
    if _given_title(text.split()):
        return text.removeprefix("the ").removeprefix("The ")
    words = strip_titles(text).split()
    while len(words) > 2:
        drop = 1 if _abbreviated_title(words[0]) else _honorific_length(words)
        if not drop or len(words) - drop < 2:
            break
        del words[:drop]
    return " ".join(words)


def _given_title(words: list[str]) -> bool:
    """Whether *words* open with a title that is a given name here: "Sultan" before "Al",
    "bin" or "Al-" ("Sultan Al Jaber", "Sultan bin Sulayem"), where no ruler's own name
    stands between them."""
    if len(words) < 3 or words[0].lower() not in _TITLES_AS_NAMES:
        return False
    particle = words[1].lower()
    return particle in _FAMILY_PARTICLES or particle.startswith("al-")


_TITLES_AS_NAMES = frozenset({"sultan"})
_FAMILY_PARTICLES = frozenset({"al", "bin", "ibn", "bint"})


def _honorific_length(words: list[str]) -> int:
    """How many words of an honorific open *words*: "Justice", "Datuk Seri", "Tan Sri"
    (but "Sri" alone is a given name: "Sri Mulyani Indrawati")."""
    first, second = (w.lower().rstrip("'’") for w in words[:2])
    if (first, second) in _HONORIFIC_PAIRS:
        return 2
    if first in _HONORIFICS:
        return 2 if second in _HONORIFIC_SECONDS else 1
    return 0


_HONORIFICS = frozenset(
    {"justice", "judge", "datuk", "dato", "datin", "tun", "pehin", "tunku", "tengku", "haji"}
)
"""Honorifics before a name that no list of titles holds, as they are words of names too."""
_HONORIFIC_SECONDS = frozenset({"seri", "sri", "paduka", "setia"})
_HONORIFIC_PAIRS = frozenset({("tan", "sri"), ("toh", "puan"), ("puan", "sri")})


def _abbreviated_title(word: str) -> bool:
    """A capitalised abbreviation with its dot ("Gen.", "Lt.", "Sgt."); not "U.S." or "J."."""
    body = word[:-1]
    return word.endswith(".") and 2 <= len(body) <= 5 and body.isalpha() and body.istitle()


def person_evidence(text: str) -> bool:
    """Whether a name shows it names a person: a title or a common given name first."""
    bare = without_article(text)
    name = strip_titles(bare)
    if name != bare:
        return True
    first = name.split()[0] if name.split() else ""
    return raw_key(first) in lex.GIVEN_NAMES


def unknown_name_anonymity(
    text: str, *, cue: str = "", before: str = "", after: tuple[str, ...] = ()
) -> Anonymity:
    """Whether a name that no list knows names a person or a body, spoken with *cue*.

    The evidence of `kind_evidence` is summed: above zero the name is a body, else a person.

    Args:
        text: The name as written, with its article and titles ("the Elysée").
        cue: The attributing words it goes with ("reported").
        before: The lower-case word just before the name ("office").
        after: The lower-case words after the name and after the cue ("in", "a", "statement").

    Returns:
        `Anonymity.NAMED_PERSON` or `Anonymity.NAMED_ORGANIZATION`.

    >>> unknown_name_anonymity("Hrabec", cue="reported").value
    'named_organization'

    .. versionadded:: 0.1.0
    """
    score = sum(weight for _, weight in kind_evidence(text, cue=cue, before=before, after=after))
    return Anonymity.NAMED_ORGANIZATION if score > 0 else Anonymity.NAMED_PERSON


def kind_evidence(
    text: str, *, cue: str = "", before: str = "", after: tuple[str, ...] = ()
) -> list[tuple[str, int]]:
    """The evidence that a name no list knows names a body (a positive weight) or a person.

    Each item is the rule that fired, as a short phrase, and its weight from `WEIGHTS`.

    Args:
        text: The name as written, with its article and titles.
        cue: The attributing words it goes with.
        before: The lower-case word just before the name.
        after: The lower-case words after the name and after the cue.

    Returns:
        The rules that fired, in the order of `WEIGHTS`.

    >>> kind_evidence("Jeune Afrique", cue="said")
    [('word of a title', 3), ('plain name', -1)]

    .. versionadded:: 0.1.0
    """
    context = _Context(cue, before, after)
    fired = {*_name_rules(text), *(rule for rule, test in _CONTEXT_RULES if test(context))}
    return [(rule, weight) for rule, weight in WEIGHTS.items() if rule in fired]


@functools.lru_cache(maxsize=4096)
def _name_rules(text: str) -> tuple[str, ...]:
    """The rules of `kind_evidence` that the name itself fires, once per name."""
    name = _Name(text)
    return tuple(rule for rule, test in _NAME_RULES if test(name))


_ACRONYM_WORDS = frozenset(
    {"eu", "un", "who", "imf", "cia", "fbi", "fsb", "sbu", "gur", "isw", "g7", "g20", "mi6"}
)
"""Words of `lex.ORGANIZATION_WORDS` that name a body only in capitals: "UN", not "Kim Jong Un"."""

_BODY_NOUNS = lex.BODY_DESCRIPTORS | lex.ORGANIZATION_NOUNS
"""Nouns that, just before a name, say it names a body: "the statistics office Destatis"."""

_ARABIC_ARTICLES = frozenset({"Al", "El"})
_ARABIC_PREFIXES = ("Al-", "El-", "Ash-", "As-", "Ad-", "Ar-", "An-", "At-", "Az-")
_PERSON_PARTICLES = frozenset({"von", "van", "bin", "ibn", "ben", "bint", "abu", "ould", "zu"})
_TITLE_WORDS = frozenset(
    {
        "jeune", "nouvel", "nouvelle", "nouvelles", "neue", "neues", "neuer", "nuevo",
        "nueva", "nuovo", "nuova", "nova", "novaya", "novoye", "monde", "afrique", "nation",
        "ouest", "journal", "courrier", "diario", "jornal", "giornale", "corriere", "krant",
        "dagblad", "mirror", "express", "standard", "voice", "world", "folha", "gazeta",
    }
)
"""Common words of other languages (and a few of English) that name press titles and bodies:
"Jeune Afrique", "Daily Nation", "Neue Zürcher Zeitung"."""

_ISSUED = frozenset(
    {"statement", "report", "data", "figures", "survey", "bulletin", "communique",
     "communiqué", "release", "estimate", "estimates", "forecast", "filing", "website",
     "surveyed", "polled", "respondents"}
)
"""Words after a cue that a body issues: "said in a statement", "noted in its report"."""

_ORGANIZATION_PREFIXES = ("euro", "inter", "aero", "ukr")
"""Beginnings of one-word names of bodies: "Eurocontrol", "Interpol", "Aeroflot", "Ukrenergo"."""

_APPOSED_BODIES = frozenset(
    {"carmaker", "automaker", "auditor", "miner", "retailer", "broadcaster", "supermarket",
     "chain", "conglomerate", "exchange", "refiner", "shipper", "startup", "start-up", "tank",
     "think-tank", "thinktank", "consultancy", "brewer", "publisher", "distributor",
     "franchise", "nonprofit", "non-profit", "foundation", "university", "club"}
)
"""Nouns of kinds of bodies, besides `_BODY_NOUNS`, that end an apposition after a name:
"Ernst & Young, the auditor, said"."""

_APPOSITION_MARKS = frozenset({",", "—", "–"})
"""Marks that open and close an apposition after a name."""

_RESEARCH_CUES = frozenset({"found", "finds", "estimated", "estimates", "calculated"})
"""Cues of a study's findings, which bodies publish more often than persons."""


_SELF_AUXILIARIES = frozenset(
    (word,) for word in ("had", "has", "have", "will", "would", "could", "did")
)
_PERSON_ROLES = lex.ANONYMOUS_SINGULAR - {"one", "another", "source", "member", "guard"}
"""Roles of persons, which an apposition after a name gives: "..., the foreign minister,"."""
_SURNAME_TITLES = frozenset(
    {"major", "king", "bishop", "marshal", "constable", "sergeant", "prince", "pope", "mayor"}
)
"""Titles that are family names as well, which end a person's name more often than an
office's title: "Dawn Major", "Carole King" (not "Auditor General")."""
_PERSON_WORDS = frozenset({"he", "she", "his", "him", "her", "himself", "herself"})


class _Name:
    """A name split once for the rules of `kind_evidence` that read the name alone."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.bare = without_article(text)
        self.name = strip_titles(self.bare)
        self.written = self.name.split() or [""]
        self.whole = self.bare.split()
        self.keys = [raw_key(w) for w in self.written]

    def organisation_word(self) -> bool:
        words = self.bare.split()
        before = len(words) - len(self.written) - 1
        if before >= 0 and words[before].islower() and is_title(words[before]):
            words = self.written  # "Teachers' Union chair Ana Ruiz": the body is the title's
        return any(
            (key in lex.ORGANIZATION_WORDS or key in bodywords.FOREIGN_BODY_WORDS)
            and (key not in _ACRONYM_WORDS or word.isupper())
            for word in words
            for key in (raw_key(word),)
        )

    def listed(self) -> bool:
        folded = self.bare.lower().removesuffix("'s").removesuffix("’s")
        return folded in lex.COMPANY_NAMES or all(k in lex.PLACES for k in self.keys)

    def known(self) -> bool:
        key = self.bare.lower().replace("’", "'")
        return key in KNOWN_BODIES or key.removesuffix("'s") in KNOWN_BODIES

    def acronym(self) -> bool:
        word = self.written[0]
        return len(self.written) == 1 and len(word) > 1 and word.isupper()

    def first_name(self) -> bool:
        first = self.keys[0]
        if first in lex.GIVEN_NAMES:
            return True
        return 2 <= len(self.keys) <= 3 and first in lex.FAMILY_NAMES_FIRST

    def arabic_article(self) -> bool:
        """ "Al Jazeera", "Asharq Al-Awsat": the article capitalised in a name of two words
        or more, after no given name or particle ("Hamad Al Thani", "Mohammed bin Zayed Al
        Nahyan" are persons)."""
        for at, word in enumerate(self.written):
            if word in _ARABIC_ARTICLES or word.startswith(_ARABIC_PREFIXES):
                before = self.written[:at]
                return len(self.written) > 1 and not any(
                    raw_key(w) in lex.GIVEN_NAMES or w in _PERSON_PARTICLES for w in before
                )
        return False

    def foreign_function_word(self) -> bool:
        """ "Médecins Sans Frontières": a word such as "sans" between two words of a name."""
        return any(raw_key(w) in FUNCTION_WORDS for w in self.whole[1:-1])

    def office_title(self) -> bool:
        """ "Auditor General", "Controller and Auditor General": an office's title alone,
        without the name of a holder ("Kim Jong Un" ends in a name, not a title)."""
        last = self.written[-1]
        if len(self.written) < 2 or raw_key(last) in _ACRONYM_WORDS or self.first_name():
            return False
        return is_title(last) and raw_key(last) not in _SURNAME_TITLES

    def titled(self) -> bool:
        """A title or possessive before the name, but not the "and" that joins two words of
        a body's name ("Disaster and Emergency Management Authority")."""
        if self.name == self.bare or self.foreign_function_word():
            return False
        if self.company_word():
            return False  # "Cardinal Health", "General Dynamics": no title before a common noun
        return self.whole[len(self.whole) - len(self.written) - 1] != "and"

    def company_word(self) -> bool:
        """ "Cardinal Health", "General Dynamics": one word of a company's name after a word
        that is a title elsewhere, which names no person."""
        one = len(self.whole) > 1 and len(self.keys) == 1
        return one and self.keys[0] in bodywords.COMPANY_TAILS

    def particle(self) -> bool:
        """ "von der Leyen", "bin Salman", "al-Sudani": a particle of surnames in lower case."""
        return any(
            w in _PERSON_PARTICLES or w.startswith(("al-", "el-")) for w in self.written[1:]
        )


class _Context(NamedTuple):
    """The words around a name, for the rules of `kind_evidence` that read them."""

    cue: str
    before: str
    after: tuple[str, ...]

    def role_after(self) -> bool:
        """ "X, the foreign minister, said": a person's role set after the name."""
        if not self.after or self.after[0] not in _APPOSITION_MARKS:
            return False
        for word in self.after[1:8]:
            if word in _APPOSITION_MARKS:
                return False
            if word in _PERSON_ROLES:
                return True
        return False

    def body_after(self) -> bool:
        """ "Copernicus, the EU's climate monitoring service, said", "Eskom, South Africa's
        state power utility, said": an apposition that names a kind of body, as `role_after`
        names a person's role."""
        after = self.after
        if len(after) < 3 or after[0] not in _APPOSITION_MARKS or not (
            after[1] in {"the", "a", "an"}
            or any(word.endswith(("'s", "’s")) for word in after[1:3])
        ):
            return False
        for at, word in enumerate(after[1:9], start=1):
            if word in _PERSON_ROLES:
                return False
            if word in _APPOSITION_MARKS:  # "Mercedes-Benz — the carmaker, not ... — said"
                return after[at - 1] in _BODY_NOUNS or after[at - 1] in _APPOSED_BODIES
        return False

    def its_opens(self) -> bool:
        """ "X said its plant would close", "X said that its members voted": "its" opening
        what the speaker said, where it stands for the speaker (not after an apposition)."""
        after = self.after
        if after[:1] == ("that",):
            after = after[1:]
        return after[:1] == ("its",)

    def itself_after(self) -> bool:
        """ "said it had handed over", "said that it would appeal": the speaker as "it",
        the subject of an auxiliary that is not the "it" of "it would be clear"."""
        after = self.after
        return any(
            after[k] == "it"
            and (k == 0 or after[k - 1] == "that")
            and after[k + 1 : k + 2] in _SELF_AUXILIARIES
            and after[k + 2 : k + 3] not in {("be",), ("been",)}
            for k in range(len(after) - 1)
        )


def _inner_capital(word: str) -> bool:
    """ "PetroChina", "YouGov": a capital after a small letter, but for "McCain", "MacLeod"
    or "DeSantis", which begin surnames."""
    core = word.removesuffix("'s").removesuffix("’s")
    if core.startswith(("Mc", "Mac", "De", "Di", "La", "Le", "Van", "O'", "O’")):
        return False
    return any(a.islower() and b.isupper() for a, b in pairwise(core))


WEIGHTS: dict[str, int] = {
    "listed body": 10,
    "listed under a person's name": 6,
    "known body": 10,
    "organisation word": 10,
    "body noun before": 6,
    "acronym": 4,
    "digits": 4,
    "press title": 4,
    "company affix": 3,
    "company tail": 5,
    "club prefix": 5,
    "ampersand": 6,
    "body noun last": 4,
    "article the": 3,
    "arabic article": 3,
    "word of a title": 3,
    "foreign function word": 4,
    "body after": 4,
    "outlet verb": 2,
    "inner capital": 2,
    "name in 's": 3,
    "statement after": 1,
    "research cue": 1,
    "its after": 1,
    "its opens": 2,
    "it after": 1,
    "it and its after": 4,
    "office title": 4,
    "title": -6,
    "given name first": -4,
    "person pronoun after": -2,
    "role after": -3,
    "surname particle": -2,
    "plain name": -1,
}
"""The weight of each rule of `kind_evidence`: positive for a body, negative for a person."""

_NAME_RULES: tuple[tuple[str, Callable[[_Name], bool]], ...] = (
    ("listed body", lambda n: n.listed() and not n.first_name()),
    ("listed under a person's name", lambda n: n.listed() and n.first_name()),
    ("known body", _Name.known),
    ("organisation word", _Name.organisation_word),
    ("acronym", _Name.acronym),
    ("digits", lambda n: any(c.isdigit() for c in n.name)),
    ("press title", lambda n: len(n.whole) > 1 and outlet_head(n.whole) is not None),
    (
        "company affix",
        lambda n: len(n.keys) == 1
        and (
            n.keys[0].endswith(lex.ORGANIZATION_SUFFIXES)
            or n.keys[0].startswith(_ORGANIZATION_PREFIXES)
        ),
    ),
    (
        "company tail",
        lambda n: (len(n.keys) > 1 and n.keys[-1] in bodywords.COMPANY_TAILS) or n.company_word(),
    ),
    ("club prefix", lambda n: len(n.written) > 1 and n.written[0] in bodywords.CLUB_PREFIXES),
    ("ampersand", lambda n: "&" in n.written[1:-1]),
    ("body noun last", lambda n: headed_by_body_noun(n.bare)),
    ("article the", lambda n: n.text[:4].lower() == "the "),
    ("arabic article", _Name.arabic_article),
    ("word of a title", lambda n: not _TITLE_WORDS.isdisjoint(map(raw_key, n.whole))),
    ("foreign function word", _Name.foreign_function_word),
    ("inner capital", lambda n: any(_inner_capital(w) for w in n.written)),
    ("name in 's", lambda n: n.name.endswith(("'s", "’s"))),
    ("office title", _Name.office_title),
    ("title", _Name.titled),
    ("given name first", _Name.first_name),
    ("surname particle", _Name.particle),
    ("plain name", lambda n: len(n.written) <= 3 and all(w.istitle() for w in n.written)),
)
_CONTEXT_RULES: tuple[tuple[str, Callable[[_Context], bool]], ...] = (
    ("body noun before", lambda c: c.before in _BODY_NOUNS),
    ("outlet verb", lambda c: c.cue in lex.OUTLET_CUES),
    ("body after", _Context.body_after),
    ("statement after", lambda c: not _ISSUED.isdisjoint(c.after)),
    ("research cue", lambda c: c.cue in _RESEARCH_CUES),
    ("its after", lambda c: "its" in c.after),
    ("its opens", _Context.its_opens),
    ("it after", _Context.itself_after),
    ("it and its after", lambda c: "its" in c.after and c.itself_after()),
    ("person pronoun after", lambda c: not _PERSON_WORDS.isdisjoint(c.after)),
    ("role after", _Context.role_after),
)
