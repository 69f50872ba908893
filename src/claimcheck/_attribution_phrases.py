# ruff: noqa: RUF001
"""Noun phrases for `claimcheck.attribution`: anonymous descriptions, bodies, names, pronouns.

Outlets are read first, by `_attribution_press`; the readers here come after them.

Each reader starts at one token and reads forward a bounded number of tokens, so trying
every start near a cue costs a constant per cue.
"""

from __future__ import annotations

from collections.abc import Callable

from claimcheck import _attribution_lexicon as lex
from claimcheck._attribution_kinds import unknown_name_anonymity
from claimcheck._attribution_names import (
    affiliated,
    inner_title,
    joined_particle,
    listed_field,
    medium_follows,
    name_token,
    named_so,
    only_titles,
    ordinal,
)
from claimcheck._attribution_outlets import Outlets, quoted_span
from claimcheck._attribution_press import MAX_TITLE, PressReader
from claimcheck._attribution_relayed import (
    names_someone,
    owner_modifier,
    relayed_clause,
    to_outlet,
)
from claimcheck._attribution_spans import (
    NOT_BEFORE_VERB,
    Kind,
    Phrase,
    possessive,
    span_text,
    starts_name,
)
from claimcheck._attribution_text import Token
from claimcheck.model import Actor, ActorKind, Anonymity
from claimcheck.names import AliasIndex, is_title, strip_titles

__all__: list[str] = []

MAX_NAME = 14
"""The most tokens a name or a title with a name may have."""
_MAX_BODY_TAIL = 10  # "of Experts on the Democratic Republic of the Congo"
_MAX_BODY_WORDS = 6  # lower-case words of a body's tail: "of the prosecutor general"


class PhraseReader(PressReader):
    """Reads the phrases that cues introduce, knowing the outlets and, if given, the actors."""

    def __init__(self, text: str, outlets: Outlets, index: AliasIndex | None) -> None:
        super().__init__(text, outlets)
        self.index = index
        self._classified: dict[str, tuple[Actor | None, Anonymity]] = {}
        self._resolved: dict[str, Actor | None] = {}

    def phrase(self, tokens: list[Token], i: int, hi: int, *, exact: bool = False) -> Phrase | None:
        """The phrase that starts at token *i* and ends before *hi*, if any.

        The readers are tried in order (outlet, reference to an outlet, anonymous
        description, body, pronoun, name); with *exact*, only a phrase ending at *hi* counts.
        """
        if i >= hi or tokens[i].quoted:
            return None
        if not tokens[i].is_word:  # only an outlet begins with a figure: "15min", "24tv"
            digits = tokens[i].text.isdigit()
            glued = self.outlet(tokens, i, hi, described=False) if digits else None
            if glued is None and digits and i + 1 < hi:  # "12 stranded drivers": a count
                group = self._anonymous(tokens, i + 1, hi)
                if group is not None and group.plural:
                    text = span_text(self.text, tokens, i, group.stop)
                    glued = group._replace(start=i, text=text)
            return glued if glued is not None and (not exact or glued.stop == hi) else None
        owned = i + 1 if tokens[i].lower == "the" and i + 2 < hi else i  # "the Saudi-owned X"
        if owner_modifier(tokens[owned]) and owned + 1 < hi and tokens[owned + 1].capitalized:
            return self.phrase(tokens, owned + 1, hi, exact=exact)  # "Houthi-run Al Masirah TV"
        for reader in self._phrase_readers():
            found = reader(tokens, i, hi)
            if found is not None and (not exact or found.stop == hi):
                return found
        return None

    def _phrase_readers(self) -> tuple[Callable[[list[Token], int, int], Phrase | None], ...]:
        """The readers `phrase` tries, in order; bound on each call, not kept on the reader,
        since a reader holding its own methods is a reference cycle."""
        return (
            self.outlet,
            self._anaphor,
            self._titled,
            self._anonymous,
            self._organization,
            self._pronoun,
            self._named,
        )

    def _anaphor(self, tokens: list[Token], i: int, hi: int) -> Phrase | None:
        first = tokens[i].lower
        if first in {"the", "this", "that"} and i + 1 < hi:
            noun = tokens[i + 1].lower
            if noun in lex.ANAPHORIC_OUTLETS and not (i + 2 < hi and tokens[i + 2].capitalized):
                stop = i + 3 if i + 2 < hi and tokens[i + 2].lower == "service" else i + 2  # "the wire service"
                text = span_text(self.text, tokens, i, stop)
                return Phrase(i, stop, Kind.ANAPHOR, text, anaphor_kind=lex.ANAPHORIC_OUTLETS[noun])
        j = i + 1 if first in {"the", "its", "their"} else i
        if (
            j < hi
            and tokens[j].lower in lex.REPORTERS
            and not (j + 1 < hi and tokens[j + 1].lower in lex.ANONYMOUS_TAILS)
        ):
            return Phrase(
                i, j + 1, Kind.REPORTERS, span_text(self.text, tokens, i, j + 1), plural=True
            )
        return None

    def _titled(self, tokens: list[Token], i: int, hi: int) -> Phrase | None:
        """A name after a lower-case description of its bearer that ends in a title: "the
        regional governor Ivan Fedorov", "Ukraine's human rights commissioner Dmytro Lubinets"."""
        first = tokens[i]
        opening = first.lower in _ORGANIZATION_DETERMINERS or possessive(first)
        if first.capitalized and not opening:
            return None  # a name itself, read by `_named`
        j = i + 1 if opening else i
        k = j
        while k < min(hi, j + MAX_TITLE) and tokens[k].is_word and not tokens[k].capitalized:
            k += 1
        if k == j or k >= hi or not starts_name(tokens[k]) or quoted_span(tokens, i, k):
            return None
        title = tokens[k - 1].lower
        if title in {"one", "another"} or not (title in lex.ANONYMOUS_SINGULAR or is_title(title)):
            return None
        if not all(_descriptive(t) or is_title(t.lower) for t in tokens[j : k - 1]):
            return None
        name = self._named(tokens, k, hi)
        if name is None or name.kind is not Kind.NAMED:
            return None
        return Phrase(i, name.stop, Kind.NAMED, name.text)

    def _anonymous(self, tokens: list[Token], i: int, hi: int) -> Phrase | None:
        head = -1
        j = i
        limit = min(hi, i + 8)
        while j < limit:
            token = tokens[j]
            lower = token.lower
            if lower in lex.ANONYMOUS_SINGULAR or lower in lex.ANONYMOUS_PLURAL:
                head = j
            elif lower == "and" and head < 0 and _joins_qualifiers(tokens, j, i, limit):
                pass  # "US and European officials": one group described twice
            elif lower in _ARTICLES and j > i:
                break  # "Ruiz thanked the farmers": an article opens the object of a verb
            elif token.text in _APOSTROPHES and j > i and tokens[j - 1].lower.endswith("s"):
                pass  # "the victims' families": a plural owner inside the description
            elif not (lower in lex.ANONYMOUS_MODIFIERS or _qualifier(token) or _descriptive(token)):
                break
            j += 1
        if head < 0:
            return None
        before = tokens[head - 1] if head > i else None
        if (
            tokens[head].capitalized
            and before is not None
            and before.capitalized
            and before.lower not in lex.ANONYMOUS_MODIFIERS
            and not is_title(before.lower)
        ):
            return None  # a capitalised head inside a proper name: "the Joint Chiefs of Staff"
        if head > i and starts_name(tokens[head]) and not is_title(tokens[head].text):
            return None  # "the Finnish Border Guard": a body's name, read by `_organization`
        stop = head + 1
        following = tokens[stop] if stop < hi else None
        if following is not None and starts_name(following):
            return None  # a title before a name: "Foreign Minister Sybiha"
        word = tokens[head].lower
        plural = word in lex.ANONYMOUS_PLURAL
        owner = possessive(tokens[i]) and head > i  # "Zelensky's spokesperson"
        if not plural and tokens[i].lower not in _DETERMINERS and word not in _UNARTICLED and not owner:
            return None  # a singular without an article is a title: "US Ambassador Smith"
        has_tail = stop < hi and tokens[stop].lower in lex.ANONYMOUS_TAILS
        compound = head > i and _descriptive(tokens[head - 1])  # "a crew member"
        if word in lex.HEADS_NEEDING_TAIL and not (
            has_tail or (compound and word not in lex.STAFF_HEADS)
        ):
            return None
        if stop < hi and tokens[stop].lower in lex.ANONYMOUS_TAILS:
            stop = self._tail(tokens, stop, hi)
        text = span_text(self.text, tokens, i, stop)
        definite = tokens[i].lower in {"the", "this", "these", "that", "those", "another", "such"}
        return Phrase(i, stop, Kind.ANONYMOUS, text, plural=plural, definite=definite, head=word)

    @staticmethod
    def _tail(tokens: list[Token], j: int, hi: int) -> int:
        """The end of "familiar with the matter", "in Kyiv and Brussels" after a head."""
        first = j
        limit = min(hi, j + 14)  # "for the Office of the UN High Commissioner for Human Rights"
        while j < limit:
            token = tokens[j]
            if ordinal(tokens, j, limit):
                j += 2  # "a commander in the 47th Brigade"
                continue
            if token.text == "," and listed_field(tokens, j, hi):
                j += 1  # "officials at the Ministry of Land, Infrastructure and Transport"
                continue
            if not token.is_word or token.quoted or token.lower in {"that", "as"}:
                break  # "a source in the ministry as saying"
            if token.lower == "who" and (
                anonymity_clause(tokens, j + 1, hi) or relayed_clause(tokens, j, hi)
            ):
                break  # "an aide who asked not to be named", "... who was quoted by X"
            if token.lower == "to" and j + 1 < hi and tokens[j + 1].lower in _INFINITIVES:
                break  # "said by witnesses to be flying low"
            if medium_follows(tokens, j, hi) or to_outlet(tokens, j, hi):
                break  # "a blogger in Lviv in a post", "an aide to the Yonhap news agency"
            if token.lower == "and" and names_someone(tokens, j + 1, hi):
                break  # "a spokeswoman for the agency and Minister Ruth Okafor": two speakers
            verb = token.lower in lex.SPEECH_VERBS and tokens[j - 1].lower not in _NOUN_CONTEXT
            if j > first and (verb or token.lower in lex.HEDGES):
                break
            j += 1
        while j > first and tokens[j - 1].lower in {"and", "or"}:
            j -= 1  # "the visitors for more aid and said": the "and" joins the verbs
        return j

    def _organization(self, tokens: list[Token], i: int, hi: int) -> Phrase | None:
        """A body named by its kind: "the defence ministry", "Ukraine's Foreign Ministry"."""
        j = i + 1 if tokens[i].lower in _ORGANIZATION_DETERMINERS or possessive(tokens[i]) else i
        head = -1
        limit = min(hi, j + 6)
        while j < limit:
            token = tokens[j]
            if token.lower in lex.ORGANIZATION_NOUNS:
                head = j
            elif token.quoted or not (
                _qualifier(token)
                or _descriptive(token)
                or token.lower in lex.ORGANIZATION_MODIFIERS  # "the Kremlin's press service"
            ):
                break
            j += 1
        if head < 0 or (
            head + 1 < hi and tokens[head + 1].capitalized and tokens[head + 1].is_word
        ):
            return None
        if head + 1 < hi and (
            tokens[head + 1].lower in lex.ANONYMOUS_SINGULAR or is_title(tokens[head + 1].lower)
        ):
            return None  # "Kremlin spokesman Dmitry Peskov": the body qualifies a person
        stop = head + 1
        if stop < hi and tokens[stop].lower in {"of", "for", "on"}:
            after = stop + 1
            while after < min(hi, stop + _MAX_BODY_TAIL) and (
                (after < stop + _MAX_BODY_WORDS and _descriptive(tokens[after]))
                or _qualifier(tokens[after])
                or name_token(tokens, after, hi)
                or (after == stop + 1 and tokens[after].lower == "the")
                or _on_the_field(tokens, after, hi)
            ):
                after += 1  # "the office of the prosecutor general"
            if after > stop + 1:
                stop = after  # "the ministry of defence", "the Institute for the Study of War"
        elif stop + 1 < hi and tokens[stop].lower == "in" and starts_name(tokens[stop + 1]):
            after = stop + 1
            while after < min(hi, stop + 4) and name_token(tokens, after, hi):
                after += 1
            stop = after  # "the foreign ministry in Tallinn"
        return Phrase(i, stop, Kind.ORGANIZATION, span_text(self.text, tokens, i, stop))

    @staticmethod
    def _pronoun(tokens: list[Token], i: int, _hi: int = 0) -> Phrase | None:
        lower = tokens[i].lower
        if lower in {"him", "her"}:
            lower = "he"
        elif lower == "them":
            lower = "they"
        if (
            lower in lex.PERSON_PRONOUNS
            or lower in lex.GROUP_PRONOUNS
            or lower in lex.ORGANIZATION_PRONOUNS
        ):
            return Phrase(i, i + 1, Kind.PRONOUN, tokens[i].text, head=lower)
        return None

    def _named(self, tokens: list[Token], i: int, hi: int) -> Phrase | None:
        start = i
        if tokens[i].lower == "the" and i + 1 < hi and tokens[i + 1].capitalized:
            i += 1
        if tokens[i].lower in lex.CAPITAL_STOPWORDS or not tokens[i].capitalized:
            return None
        j = i
        limit = min(hi, i + MAX_NAME)
        while j < limit and (name_token(tokens, j, hi) or inner_title(tokens, j, hi)):
            j += 1
        while j > i and (
            (possessive(tokens[j - 1]) and not named_so(tokens, j, hi))
            or not (tokens[j - 1].capitalized or joined_particle(tokens[j - 1]))
        ):
            j -= 1
        if j <= i or only_titles(tokens[i:j]):
            return None
        acronym = j - i == 1 and (tokens[i].text.isupper() or named_so(tokens, j, hi))
        if not acronym and all(possessive(t) or is_title(t.text) for t in tokens[i:j]):
            # "Germany's Chancellor": a title that names nobody
            text = span_text(self.text, tokens, start, j)
            return Phrase(start, j, Kind.ANONYMOUS, text, head=tokens[j - 1].lower)
        if j < len(tokens) and tokens[j].lower in lex.NOT_SPEAKERS:
            return None
        person = affiliated(tokens, i, j)  # "Prof. Kim of Seoul National University"
        return Phrase(start, j, Kind.NAMED, span_text(self.text, tokens, start, person or j))

    def resolve(self, name: str) -> Actor | None:
        """The known actor *name* names, if an index was given and it knows one (cached)."""
        if self.index is None:
            return None
        if name not in self._resolved:
            self._resolved[name] = self.index.resolve(name).actor
        return self._resolved[name]

    def _classify(self, text: str) -> tuple[Actor | None, Anonymity]:
        """Whether a named phrase is a person or an organization, and which actor it is."""
        known = self._classified.get(text)
        if known is None:
            known = self._classified[text] = self._classify_anew(text)
        return known

    def _classify_anew(self, text: str) -> tuple[Actor | None, Anonymity]:
        actor = self.resolve(strip_titles(text))
        if actor is None:
            return None, unknown_name_anonymity(text)
        person = actor.kind is ActorKind.PERSON
        return actor, Anonymity.NAMED_PERSON if person else Anonymity.NAMED_ORGANIZATION


_NOUN_CONTEXT = frozenset(
    {"on", "in", "at", "of", "for", "from", "with", "the", "a", "an", "to", "by", "state",
     "formerly", "previously", "currently"}
)
_ORGANIZATION_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our"})


def _on_the_field(tokens: list[Token], j: int, hi: int) -> bool:
    """Whether "on the" and a capitalised word start at token *j* inside a body's name:
    "Group of Experts on the Central African Republic"."""
    return (
        j + 2 < hi
        and tokens[j].lower == "on"
        and tokens[j + 1].lower == "the"
        and starts_name(tokens[j + 2])
    )


_ARTICLES = frozenset({"the", "a", "an"})
_APOSTROPHES = frozenset({"'", "’"})
_UNARTICLED = frozenset({"another", "someone", "somebody"})
"""Heads of anonymous descriptions that take no article: "someone close to the talks"."""
_DETERMINERS = frozenset(
    {
        "a", "an", "the", "this", "that", "one", "another", "its", "their", "his", "her",
        "our", "each", "any", "same",
    }
)
_INFINITIVES = frozenset({"be", "have", "do", "make", "take", "know", "believe"})


def anonymity_clause(tokens: list[Token], j: int, hi: int) -> bool:
    """Whether the relative clause from token *j* says why its speaker is not named:
    "(who) asked not to be named", "spoke on condition of anonymity", "were not authorised
    to speak publicly"."""
    for token in tokens[j : min(hi, j + 8)]:
        if not token.is_word:
            return False
        if token.lower in lex.ANONYMITY_CLAUSE_WORDS:
            return True
    return False


def _joins_qualifiers(tokens: list[Token], j: int, i: int, limit: int) -> bool:
    """Whether "and" at token *j* joins two qualifiers of one description: capitalised
    ("US and European officials") or modifiers ("current and former officials")."""
    if j <= i or j + 1 >= limit:
        return False
    before, after = tokens[j - 1], tokens[j + 1]
    if before.lower in lex.ANONYMOUS_MODIFIERS and after.lower in lex.ANONYMOUS_MODIFIERS:
        return True
    return _qualifier(before) and _qualifier(after)


def _descriptive(token: Token) -> bool:
    """A lower-case word that may describe a body: "nuclear" in "the UN nuclear watchdog"."""
    lower = token.lower
    return (
        token.is_word
        and not token.capitalized
        and lower not in lex.CAPITAL_STOPWORDS
        and lower not in lex.SPEECH_VERBS
        and lower not in lex.GAP_WORDS
        and lower not in NOT_BEFORE_VERB
    )


def _qualifier(token: Token) -> bool:
    """A capitalised qualifier inside a description: "European", "NATO", "Whitehall"."""
    return token.is_word and token.capitalized and token.lower not in lex.CAPITAL_STOPWORDS
