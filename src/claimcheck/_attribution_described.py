"""Descriptions that hold a body's or a place's name, for `claimcheck.attribution`.

"A spokesperson for Nigeria's National Agency for Food and Drug Administration and Control
said": the long name after "for", "of", "at" or "on" belongs to the description of the
speaker, who is anonymous; its last words ("Control") name nobody.
"""

from __future__ import annotations

from claimcheck import _attribution_lexicon as lex
from claimcheck._attribution_bodies import BodyReader
from claimcheck._attribution_spans import Kind, Phrase, possessive, span_text
from claimcheck._attribution_text import Token
from claimcheck.names import is_title

__all__: list[str] = []

_LINKS = frozenset({"for", "of", "at", "on", "in", "from", "with"})
"""Words that tie a description of a person to the body or place it belongs to."""

_INSIDE_NAMES = frozenset({"of", "for", "the", "and", "&", "de", "du", "des", "la", "le"})
"""Lower-case words that stand inside the name of a body."""

_MAX_DESCRIPTION = 24
_MAX_QUALIFIERS = 3
_QUANTIFIERS = frozenset(
    {"several", "many", "some", "two", "three", "four", "five", "six", "seven", "eight",
     "nine", "ten", "dozens", "hundreds", "thousands"}
)
_COUNTS = frozenset({"dozens", "hundreds", "thousands", "scores"})
"""Counts that take "of" before the people counted: "dozens of commuters"."""
_COLLECTIVES = frozenset({"group", "handful", "number", "couple", "team", "delegation"})
"""Nouns of groups that take "a" and "of" before the people in them: "a group of nurses"."""
_ONE = frozenset({"a", "an", "one"})


class DescribedReader(BodyReader):
    """Reads an anonymous description whose tail is a name too long to read as one."""

    def described_name(self, tokens: list[Token], lo: int, start: int, stop: int) -> Phrase | None:
        """The anonymous description from before token *start* to *stop* whose tail holds
        the name that starts at *start*, or ``None``: "a spokesperson for the Agency for
        Food and Drug Administration and Control" (read to its end, not as "Control")."""
        for first in range(max(lo, stop - _MAX_DESCRIPTION), start):
            found = self._anonymous(tokens, first, stop)
            if found is None:
                continue
            heads = (k for k in range(first, found.stop) if tokens[k].lower == found.head)
            head = next(heads, stop)
            if head + 1 >= stop or tokens[head + 1].lower not in _LINKS:
                return None
            if found.stop > start or not _name_to(tokens, found.stop, stop):
                return None
            text = span_text(self.text, tokens, first, stop)
            return found._replace(stop=stop, text=text)
        return None

    def quantified_group(self, tokens: list[Token], lo: int, stop: int) -> Phrase | None:
        """A counted group of people placed by a name, from token *lo* to *stop*, whose noun
        no list holds: "Several stallholders at Borough Market", "Dozens of commuters at
        Waterloo Station" (the name places them; it does not speak)."""
        first = tokens[lo].lower
        if first in _QUANTIFIERS:
            k = lo + 1
        elif first in _COUNTS and lo + 2 < stop and tokens[lo + 1].lower == "of":
            k = lo + 2
        else:
            return None
        noun = k
        while noun + 1 < min(stop, k + _MAX_QUALIFIERS) and _lower_word(tokens[noun + 1]):
            noun += 1  # "Several small-business owners"
        plural = tokens[noun].lower
        if not (_lower_word(tokens[noun]) and plural.endswith("s")) or noun + 2 >= stop:
            return None
        if tokens[noun + 1].lower not in _LINKS or not _name_to(tokens, noun + 2, stop):
            return None
        text = span_text(self.text, tokens, lo, stop)
        return Phrase(lo, stop, Kind.ANONYMOUS, text, plural=True, head=plural)


def counted(text: str, tokens: list[Token], floor: int, phrase: Phrase) -> Phrase:
    """*phrase* with the count before it, if one stands there from token *floor* on: "Dozens
    of nurses" rather than "nurses"."""
    start = phrase.start
    if phrase.kind is not Kind.ANONYMOUS or start - 2 < floor or tokens[start - 1].lower != "of":
        return phrase
    count = start - 2
    if tokens[count].lower in _COLLECTIVES and count > floor and tokens[count - 1].lower in _ONE:
        count -= 1  # "A group of doctors", "a handful of residents"
    elif tokens[count].lower not in _COUNTS:
        return phrase
    words = span_text(text, tokens, count, phrase.stop)
    return phrase._replace(start=count, text=words, plural=True)


def _lower_word(token: Token) -> bool:
    """A lower-case word that may describe people, which no link word is."""
    if not token.is_word or token.capitalized or token.quoted:
        return False
    return token.lower not in _LINKS


def _name_to(tokens: list[Token], at: int, stop: int) -> bool:
    """Whether tokens *at* to *stop* continue a body's name and end it: "and Control"."""
    for k in range(at, stop):
        token = tokens[k]
        if token.quoted:
            return False
        lower = token.lower
        if lower in _INSIDE_NAMES:
            if k + 1 >= stop or (lower == "and" and _person_next(tokens[k + 1])):
                return False
        elif not (token.is_word and (token.capitalized or possessive(token))):
            return False
    return tokens[stop - 1].capitalized


def _person_next(token: Token) -> bool:
    """Whether a word after "and" starts a second speaker: a title or a given name."""
    return is_title(token.text) or token.lower in lex.GIVEN_NAMES
