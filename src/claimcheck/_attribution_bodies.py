"""The sources a cue's object names, for `claimcheck.attribution`.

What "according to", "citing" and "told" introduce: a report of an outlet ("a Reuters
report"), a statement of a body ("a statement from the ministry"), data and who made them
("figures compiled by the Kiel Institute"). Two families of phrases that a cue alone does not
settle are read here too: the addressee of "told" or "spoke
to", which is an outlet when the lists know it or its name shows it ("told NRC", "spoke to
Czech Radio"); and a body that states something by publishing data, a forecast or an
estimate ("Frontex data show that ...", "the central bank expects growth to slow", "an
official put the cost at €5 billion"). Every rule looks at a bounded number of tokens.
"""

from __future__ import annotations

from collections.abc import Collection

from claimcheck import _attribution_lexicon as lex
from claimcheck._attribution_kinds import (
    person_evidence,
    press_words,
    raw_key,
    told_title,
    without_article,
)
from claimcheck._attribution_outlets import glued_name
from claimcheck._attribution_passives import agent_by
from claimcheck._attribution_phrases import PhraseReader
from claimcheck._attribution_sites import REPORTED_BY, SUBJECT, Site
from claimcheck._attribution_spans import Kind, Phrase, span_text
from claimcheck._attribution_text import Token
from claimcheck.model import Actor, ActorKind, Anonymity

__all__: list[str] = []

# Words that may follow the outlet a speaker told or spoke to: "told NRC on Monday",
# "spoke to NRC on condition of anonymity", "told ERT that".
_AFTER_ADDRESSEE = frozenset(
    {"that", "on", "in", "last", "this", "earlier", "late", "about", "after", "before",
     "during", "when", "while", "at", "by"}
)

# Verbs by which data speak: "Frontex data show that ...".
SHOWING = frozenset(
    {"show", "shows", "showed", "shown", "suggest", "suggests", "suggested", "indicate",
     "indicates", "indicated", "reveal", "reveals", "revealed", "confirm", "confirms",
     "confirmed", "point"}
)

# Words that describe data without naming who made them: "Official data show".
_DATA_QUALIFIERS = frozenset(
    {"official", "preliminary", "new", "recent", "latest", "provisional", "early", "initial",
     "final", "updated", "revised", "separate", "other", "available", "internal", "public",
     "such", "these", "those", "the", "its", "their", "his", "her", "our", "some", "more",
     "monthly", "weekly", "annual", "daily", "quarterly", "historical", "independent"}
)

# Verbs of forecasting, which state a claim when a body makes the forecast: "The Bank of
# Finland expects growth to pick up" (but "Kyiv expects a decision" is a wish).
FORECASTING = frozenset(
    {"expects", "expected", "forecasts", "forecast", "predicts", "predicted", "projects",
     "projected", "estimates", "estimated", "sees"}
)

# Nouns of an amount that "X put the ... at" sets: "put the cost of the scheme at".
_AMOUNT_NOUNS = frozenset(
    {"cost", "costs", "figure", "number", "toll", "death", "losses", "loss", "price", "bill",
     "damage", "value", "total", "size", "share", "rate", "count", "casualties", "budget",
     "shortfall", "deficit", "debt", "need", "needs", "gap", "amount", "sum", "growth",
     "inflation", "estimate", "tally", "strength", "turnout", "output", "volume", "target",
     "forecast", "projection", "revenue", "revenues", "spending", "investment"}
)
MAX_GAP = 4
"""The most words read between a speaker and its verb, or between data and "compiled by"."""
_COUNTS = frozenset(
    {"a", "an", "one", "two", "three", "four", "five", "six", "several", "some", "many"}
)
_CLAUSE_WORDS = frozenset({"that", "who", "which", "about", "and", "or", "on", "in", "after"})
_MAX_AMOUNT = 10
_MAX_OWNER = 5
_MAX_DATA_OWNER = 10
_QUOTED = frozenset({"quoted", "cited"})
_PART_ENDS = frozenset({",", ".", ";", ")", ":"})
_GIVEN_WORDS = frozenset({"interview", "interviews", "remarks", "comments", "speech", "address"})
_GIVING = frozenset({"gave", "had", "granted", "made", "delivered"})
_PEOPLE_ENDINGS = ("men", "ers", "ists", "ians", "ants", "families", "people", "folk")
_NOT_PEOPLE = frozenset(
    {"papers", "letters", "numbers", "orders", "matters", "registers", "ledgers", "chapters",
     "waters", "powers", "borders", "centers", "headquarters", "quarters", "documents",
     "plants", "grants", "warrants", "covenants", "statements", "comments", "others"}
)
"""Plural nouns with the ending of a noun of people that name things: "court papers"."""
_CURRENCIES = frozenset({"€", "$", "£", "¥", "₴", "₽"})
_MAGNITUDES = frozenset(
    {"tens", "dozens", "hundreds", "thousands", "millions", "billions", "trillions", "two",
     "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "half"}
)
"""Amounts written in words: "put the cost at tens of billions", "at five million"."""
_APPROXIMATE = frozenset(
    {"about", "around", "roughly", "some", "nearly", "almost", "over", "up", "least", "more"}
)


def _owned_outlet(tokens: list[Token], k: int) -> bool:
    """Whether the verb at token *k* says who owns an outlet described between commas, not
    who relays a report: "The Global Times, a tabloid published by the People's Daily,"."""
    if k == 0 or tokens[k - 1].lower not in lex.DESCRIPTOR_KINDS:
        return False
    for at in range(k - 2, max(0, k - 6), -1):  # "a Chinese state tabloid published by"
        if tokens[at].lower in {"a", "an", "the"}:
            return tokens[at - 1].text == ","
        if not tokens[at].is_word:
            return False
    return False


def _capital_article(text: str) -> bool:
    """Whether a name told something opens with a capital "The" inside a sentence, as titles
    of the press do and bodies and places do not: "told The National", "told The Atlantic"."""
    words = text.split()
    if len(words) < 2 or words[0] != "The":
        return False
    keys = [raw_key(word) for word in words[1:]]
    return not any(key in lex.ORGANIZATION_WORDS or key in lex.PLACES for key in keys)


def _granting_anonymity(tokens: list[Token], k: int, hi: int) -> bool:
    """Whether "on condition of anonymity" stands at token *k*: only a reporter is granted it,
    so whoever was told or spoken to before it is an outlet."""
    words = tuple(t.lower for t in tokens[k : min(hi, k + 4)])
    return words == ("on", "condition", "of", "anonymity")


class BodyReader(PhraseReader):
    """Reads the sources a cue's object names, the outlets told something, and bodies that
    state something through data, forecasts and amounts."""

    def report_of(self, tokens: list[Token], i: int, hi: int) -> Phrase | None:
        """The outlet of "a Reuters report" or "a report in the Financial Times"."""
        j = i + 1 if i < hi and tokens[i].lower in {"a", "an", "the"} else i
        outlet = self.outlet(tokens, j, hi) if j < hi else None
        if (
            outlet is not None
            and outlet.stop < hi
            and tokens[outlet.stop].lower in lex.REPORT_NOUNS
        ):
            return outlet._replace(stop=outlet.stop + 1)
        if _noun_then_link(tokens, j, hi, lex.REPORT_NOUNS, lex.REPORT_LINKS):
            return self.outlet(tokens, j + 2, hi)
        return None

    def compiled_by(self, tokens: list[Token], i: int, hi: int) -> Phrase | None:
        """The source of data in "figures compiled by the Kiel Institute", "the latest data
        published by Eurostat": data cannot speak, but whoever compiled it can."""
        for j in range(i, min(hi - 2, i + MAX_GAP + 1)):
            if tokens[j].lower in lex.COMPILING and tokens[j + 1].lower == "by":
                nouns = [t.lower for t in tokens[i:j]]
                if any(noun in lex.DATA_NOUNS for noun in nouns):
                    return self.object_phrase(tokens, j + 2, hi)
                return None
            if not tokens[j].is_word or tokens[j].quoted:
                return None
        return None

    def statement_of(self, tokens: list[Token], i: int, hi: int) -> Phrase | None:
        """The speaker of "a statement from the ministry", "a post by the governor"."""
        j = i + 1 if i < hi and tokens[i].lower in {"a", "an", "the", "its", "his", "her"} else i
        if _noun_then_link(tokens, j, hi, lex.STATEMENT_NOUNS, lex.STATEMENT_LINKS):
            return self.object_phrase(tokens, j + 2, hi)
        return None

    def interview_given(
        self, tokens: list[Token], i: int, hi: int
    ) -> tuple[Phrase, Phrase | None] | None:
        """Who gave the interview named at token *i*, and the outlet it was given to:
        "an interview the mayor gave to Radio Kraków", "remarks Olaf Berg made on TV5"."""
        j = i + 1 if i < hi and tokens[i].lower in {"a", "an", "the"} else i
        if j + 2 >= hi or tokens[j].lower not in _GIVEN_WORDS:
            return None
        speaker = self.phrase(tokens, j + 1, hi)
        if speaker is None or speaker.kind in {Kind.PRONOUN, Kind.REPORTERS}:
            return None
        at = speaker.stop
        if at >= hi or tokens[at].lower not in _GIVING:
            return None
        told = None
        if at + 2 < hi and tokens[at + 1].lower in {"to", "on"}:
            told = self.told_outlet(tokens, at + 2, hi)
        return speaker, told

    def object_phrase(self, tokens: list[Token], i: int, hi: int) -> Phrase | None:
        phrase = self.phrase(tokens, i, hi)
        if phrase is None:
            return None
        if phrase.kind is Kind.PRONOUN and phrase.head == "it":
            return None
        if phrase.stop < hi and tokens[phrase.stop].lower in lex.NOT_SPEAKERS:
            return None
        return phrase

    def source_description(self, tokens: list[Token], i: int, hi: int) -> Phrase | None:
        """An indefinite description of people that ends its clause part, read where only a
        source can stand ("PAP, which spoke to a retired planner, said"), even if no list
        holds its noun."""
        first = tokens[i].lower
        if first not in _COUNTS and not first.isdigit():
            return None
        stop = i + 1
        while stop < min(hi, i + _MAX_OWNER + 1) and tokens[stop].is_word:
            if tokens[stop].quoted:
                return None
            if tokens[stop].lower in _CLAUSE_WORDS:
                break  # "a planner on Monday", "a planner who asked not to be named"
            stop += 1
        head = tokens[stop - 1]
        ends = stop >= hi or not tokens[stop].is_word or tokens[stop].lower in _CLAUSE_WORDS
        if stop == i + 1 or not ends or head.capitalized:
            return None
        plural = first not in {"a", "an", "one"}
        text = span_text(self.text, tokens, i, stop)
        return Phrase(i, stop, Kind.ANONYMOUS, text, plural=plural, head=head.lower)

    def people(self, tokens: list[Token], i: int, hi: int) -> Phrase | None:
        """A bare plural description of people that ends its clause part, read where only a
        source can stand ("citing local fishermen", "quoting displaced families"), even if
        no list holds its noun: lower-case words ending in a noun of people ("-men",
        "-ers", "-ists", "-ians", "families")."""
        stop = i
        while stop < min(hi, i + _MAX_OWNER) and tokens[stop].is_word:
            token = tokens[stop]
            if token.quoted or (token.capitalized and stop > i) or token.lower in lex.PREPOSITIONS:
                return None  # "citing rising costs for farmers": a reason, not a source
            stop += 1
        if stop == i or (stop < hi and tokens[stop].text not in _PART_ENDS):
            return None  # "citing local fishermen as saying", "the fishermen's union"
        head = tokens[stop - 1].lower
        if head in _NOT_PEOPLE or not head.endswith(_PEOPLE_ENDINGS):
            return None
        if tokens[i].capitalized and (tokens[i].lower not in _COUNTS or stop == i + 1):
            return None  # "citing Rights Watchers": a name, read elsewhere
        text = span_text(self.text, tokens, i, stop)
        return Phrase(i, stop, Kind.ANONYMOUS, text, plural=True, head=head)

    def coordinated(self, tokens: list[Token], i: int, hi: int) -> Phrase | None:
        """The speaker after "and" in "citing internal documents and two officials"."""
        for j in range(i, min(hi, i + 5)):
            if tokens[j].lower == "and":
                return self.object_phrase(tokens, j + 1, hi)
            if not tokens[j].is_word:
                break
        return None

    def by_phrase(self, tokens: list[Token], k: int, hi: int) -> list[Site] | None:
        """ "reported by X", "reported first by X", "confirmed on Friday by X", "expressed by
        sources", "the instruction issued by X"; "interviewed separately by X" only of an
        outlet, which relays what the interviewed said."""
        at = k + 2 if k + 1 < hi and tokens[k + 1].lower in lex.BY_ADVERBS else k + 1
        if at < hi and tokens[at].lower != "by" and tokens[k - 1].lower not in lex.DATA_NOUNS:
            at = agent_by(tokens, k + 1, hi) or hi  # "confirmed on Friday by X"
        if at >= hi or tokens[at].lower != "by" or _owned_outlet(tokens, k):
            return None
        phrase = self.object_phrase(tokens, at + 1, hi)
        if tokens[k].lower in lex.INTERVIEWED and (phrase is None or phrase.kind is not Kind.OUTLET):
            return None  # "interviewed by police": no relay
        if phrase is None or (tokens[k].lower in lex.CARRYING and phrase.kind is not Kind.OUTLET):
            return None  # "comments carried by RIA Novosti"; not "aid carried by trucks"
        if tokens[k].lower in _QUOTED and self._relaying_name(phrase):
            actor = Actor(without_article(phrase.text), ActorKind.OUTLET)
            phrase = phrase._replace(kind=Kind.OUTLET, outlet=actor, text=actor.name)
        rank = REPORTED_BY if phrase.kind in {Kind.OUTLET, Kind.ANAPHOR} else SUBJECT
        if rank == SUBJECT:
            phrase = self.apposed_name(tokens, phrase, hi)  # "by the agency, IBGE, showed"
        return [Site(rank, phrase, f"{tokens[k].lower} by", k, at + 1)]

    def apposed_name(self, tokens: list[Token], phrase: Phrase, hi: int) -> Phrase:
        """Of a description and a name set beside it between commas, the name: "Brazil's
        statistics institute, IBGE," is IBGE; a name or anything else stays *phrase*."""
        comma = phrase.stop
        if comma + 2 >= hi or tokens[comma].text != "," or _proper(phrase.text):
            return phrase
        for end in range(comma + 2, min(hi, comma + _MAX_APPOSED)):
            if tokens[end].text == ",":
                named = self.phrase(tokens, comma + 1, end, exact=True)
                return named if named is not None and _proper(named.text) else phrase
        return phrase

    def told_outlet(self, tokens: list[Token], i: int, hi: int) -> Phrase | None:
        """The outlet at token *i* after "told" or "spoke to": a known or evident outlet,
        "the newspaper", a name of letters with digits or dots ("told nos.nl"), or an
        acronym that names no body the lists know ("told NRC"), before a clause or a date."""
        found = self.outlet(tokens, i, hi) or self._anaphor(tokens, i, hi)
        if found is not None:
            return None if found.kind is Kind.REPORTERS else found
        stop = glued_name(tokens, i, hi)  # "told nos.nl", "spoke to 24tv"
        text = span_text(self.text, tokens, i, stop)
        named = self._named(tokens, i, hi) if stop == i else None
        if named is not None and (
            _granting_anonymity(tokens, named.stop, hi)
            or press_words(named.text.split())
            or told_title(named.text)
            or _capital_article(named.text)
        ):
            stop, text = named.stop, without_article(named.text)  # "spoke to Lidovky on ..."
        elif stop == i:
            stop = i + 1
            text = tokens[i].text
            if not (2 <= len(text) <= 6 and text.isalpha() and text.isupper()):
                return None
            key = raw_key(text)
            if key in lex.ORGANIZATION_WORDS or key in lex.PLACES:
                return None  # "told NATO", "told the EU"
        if tokens[i].quoted or (self.index is not None and self.resolve(text) is not None):
            return None  # a body or person the caller knows
        following = tokens[stop] if stop < hi else None
        if following is not None and following.is_word and following.lower not in _AFTER_ADDRESSEE:
            return None  # "told EU leaders", "told F-16 pilots"
        return Phrase(i, stop, Kind.OUTLET, text, outlet=Actor(text, ActorKind.OUTLET))

    def addressed_outlet(self, tokens: list[Token], i: int, hi: int) -> Phrase | None:
        """The outlet that an unnamed source told, at token *i*: an unknown capitalised name
        with no sign of a person or a body, before the end of the clause ("a person who has
        seen the draft told The Information."); the caller has the description as subject."""
        named = self._named(tokens, i, hi)
        if named is None or named.kind is not Kind.NAMED or tokens[i].quoted:
            return None
        following = tokens[named.stop] if named.stop < hi else None
        if following is not None and following.is_word and following.lower not in _AFTER_ADDRESSEE:
            return None  # "told Western diplomats"
        text = without_article(named.text)
        if person_evidence(text) or self._person(text) or self.resolve(text) is not None:
            return None  # "told Ana Ruiz", "told Zelensky"
        if any(raw_key(word) in lex.ORGANIZATION_WORDS for word in text.split()):
            return None  # "told Parliament", "told the Senate committee"
        if any(raw_key(word) in lex.PLACES for word in text.split()):
            return None  # "told Kyiv"
        if any(word[:-1].isupper() and word.endswith("s") for word in text.split()):
            return None  # "told MPs", "told CEOs": people
        return Phrase(i, named.stop, Kind.OUTLET, text, outlet=Actor(text, ActorKind.OUTLET))

    def published_in(self, tokens: list[Token], i: int, hi: int) -> Phrase | None:
        """The outlet or journal at token *i* that a verb's "in" names before its clause:
        "reported in Nature that", "wrote in the Guardian that" (not "said in Kyiv that")."""
        found = self.outlet(tokens, i, hi)
        if found is None or found.stop >= hi or tokens[found.stop].lower not in {"that", ","}:
            return None
        return found

    def data_source(self, tokens: list[Token], i: int, hi: int) -> Phrase | None:
        """The body whose data a phrase at token *i* names: "Frontex data", "Eurostat's
        figures", "figures from the defence ministry"; ``None`` for data nobody made."""
        j = i
        while j < hi and tokens[j].lower in _DATA_QUALIFIERS:
            j += 1
        if j + 2 < hi and tokens[j].lower in lex.DATA_NOUNS and tokens[j + 1].lower in {
            "from", "of", "by"
        }:
            return self._body(tokens, j + 2, hi, exact=False)
        last = hi - 1
        if last <= j or tokens[last].lower not in lex.DATA_NOUNS or last - j > _MAX_DATA_OWNER:
            return None
        owner = last
        while owner > j + 1 and tokens[owner - 1].lower in _DATA_QUALIFIERS:
            owner -= 1  # "Eurostat's latest figures"
        if owner < last and not tokens[owner - 1].lower.endswith(("'s", "’s")):
            owner = last
        body = self._body(tokens, j, owner, exact=True)  # "Frontex data", "UN figures"
        if body is None or not body.text.endswith(("'s", "’s")):
            return body
        return body._replace(text=body.text[:-2])  # "the Bank of Canada's data": the bank

    def data_after(self, tokens: list[Token], i: int, hi: int) -> Phrase | None:
        """The body whose data "according to" credits at token *i*: "according to Eurostat
        figures", "according to data from the ministry"."""
        for d in range(i, min(hi, i + _MAX_OWNER + 2)):
            if not tokens[d].is_word:
                return None
            if tokens[d].lower in lex.DATA_NOUNS:
                if d + 1 < hi and tokens[d + 1].lower in {"from", "of", "by"}:
                    return self.data_source(tokens, i, hi)
                if d + 1 >= hi or not tokens[d + 1].is_word:
                    return self.data_source(tokens, i, d + 1)
                return None
        return None

    def _body(self, tokens: list[Token], i: int, hi: int, *, exact: bool) -> Phrase | None:
        """A phrase from token *i* that names a body or an outlet, not a person or a group."""
        if i >= hi:
            return None
        phrase: Phrase | None
        owned = tokens[hi - 1].lower.endswith(("'s", "’s"))
        if not exact:
            phrase = self.phrase(tokens, i, hi)
        elif owned and all(t.capitalized for t in tokens[i:hi]):
            phrase = Phrase(i, hi, Kind.NAMED, span_text(self.text, tokens, i, hi)[:-2])
        else:  # read within the phrase alone: no data noun after it makes it "no speaker"
            alone = self.phrase(tokens[i:hi], 0, hi - i, exact=True)
            phrase = None if alone is None else alone._replace(start=i, stop=hi)
        if phrase is None:
            return None
        if phrase.kind in {Kind.OUTLET, Kind.ORGANIZATION}:
            return phrase
        if phrase.kind is not Kind.NAMED or tokens[i].lower in _DATA_QUALIFIERS:
            return None
        name = phrase.text.removesuffix("'s").removesuffix("’s")
        words = name.split()
        if raw_key(words[0]) in lex.GIVEN_NAMES or (len(words) > 1 and self._person(name)):
            return None  # "John Smith's figures": a person's numbers, no body's data
        return phrase._replace(kind=Kind.ORGANIZATION, text=name)

    def _relaying_name(self, phrase: Phrase) -> bool:
        """Whether a name that quotes or cites others ("quoted by Asharq Al-Awsat") is an
        outlet no list holds: one that its own words read as a body, unknown to the index."""
        if phrase.kind is not Kind.NAMED:
            return False
        actor, anonymity = self._classify(phrase.text)
        return actor is None and anonymity is Anonymity.NAMED_ORGANIZATION

    def _person(self, name: str) -> bool:
        actor, anonymity = self._classify(name)
        return anonymity is Anonymity.NAMED_PERSON and (actor is not None or person_evidence(name))

    def is_body(self, phrase: Phrase) -> bool:
        """Whether a subject names a body that publishes forecasts: a ministry, a central
        bank, an outlet, a company; not a person, a group, a state or a city."""
        if phrase.kind in {Kind.ORGANIZATION, Kind.OUTLET}:
            return True
        if phrase.kind is not Kind.NAMED:
            return False
        words = [raw_key(w) for w in phrase.text.split() if w.lower() != "the"]
        if all(w in lex.PLACES for w in words):
            return False  # "Kyiv expects a decision": a capital's wish
        return self._classify(phrase.text)[1] is Anonymity.NAMED_ORGANIZATION

    def amount_set(self, tokens: list[Token], v: int, hi: int) -> bool:
        """Whether "put" at token *v* sets an amount: "put the cost of the scheme at €150
        billion", "puts losses at 5,000" (not "put the blame on", "put the plan at risk")."""
        k = v + 1
        if k < hi and tokens[k].lower in {"the", "its", "their", "his", "her"}:
            k += 1
        for _ in range(2):  # "put headline inflation at", "put the annual cost at"
            if k + 1 < hi and tokens[k].lower not in _AMOUNT_NOUNS and _qualifier(tokens[k]):
                k += 1
        if k >= hi or tokens[k].lower not in _AMOUNT_NOUNS:
            return False
        for at in range(k + 1, min(hi - 1, k + _MAX_AMOUNT)):
            if tokens[at].lower == "at":
                following = tokens[at + 1]
                written = following.text
                number = written[0].isdigit() or written in _CURRENCIES or _priced(tokens, at + 1)
                return number or following.lower in _APPROXIMATE or following.lower in _MAGNITUDES
            if tokens[at].quoted or tokens[at].text in {".", ";", ":"}:
                return False
        return False


def _qualifier(token: Token) -> bool:
    """A lower-case word that may qualify an amount's noun: "headline", "annual"."""
    return token.is_word and token.text.islower() and not token.quoted and token.lower != "at"


def _priced(tokens: list[Token], k: int) -> bool:
    """Whether a currency's country letters and its sign open an amount at token *k*:
    "NZ$100", "US$2bn"."""
    letters = tokens[k].text
    following = tokens[k + 1].text if k + 1 < len(tokens) else ""
    return 1 <= len(letters) <= 3 and letters.isupper() and following in _CURRENCIES


def _proper(text: str) -> bool:
    """Whether a phrase is a proper name: no lower-case word but a joining one."""
    return all(w[0].isupper() or w in _JOINING for w in text.split() if w)


_JOINING = frozenset({"of", "the", "and", "for", "de", "du", "des"})
_MAX_APPOSED = 7


def _noun_then_link(
    tokens: list[Token], j: int, hi: int, nouns: Collection[str], links: Collection[str]
) -> bool:
    """Whether a noun of *nouns* and a link word of *links* ("report in", "statement from")
    start at *j*, with room for the phrase they introduce before *hi*."""
    return j + 2 < hi and tokens[j].lower in nouns and tokens[j + 1].lower in links
