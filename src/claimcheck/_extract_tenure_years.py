"""The year of a tenure counted by an ordinal: "X, now in the seventh year of his presidency"
says X has held the office for at least six full years (and less than seven)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck._dates_lexicon import ORDINALS
from claimcheck._extract_actors import Mention
from claimcheck._extract_tenures import fits_tense, person_before, role_words, tenure_length
from claimcheck._extract_tokens import Token
from claimcheck.kb import KnowledgeBase, Tenure
from claimcheck.model import DurationSince
from claimcheck.timespan import Duration, Modifier, TimeSpan

__all__ = ["year_of_tenure"]

_YEAR_OF = re.compile(
    r"\b(?:now\s+|already\s+)?in\s+(?:the\s+|(?:his|her|their)\s+)"
    r"(?P<ordinal>[a-z]+|\d{1,2}(?:st|nd|rd|th))\s+year\s+(?:of|in)\s+(?P<owner>his|her|their)\s+"
    r"(?P<office>presidency|premiership|chancellorship|tenure|term|mandate|rule|time\s+in\s+office)\b",
    re.IGNORECASE,
)
"""An ordinal year of the tenure of the person named before ("in the seventh year of his presidency")."""
_ROLE_OF_OFFICE = {"presidency": "president", "premiership": "prime minister", "chancellorship": "chancellor"}
"""The role word an office noun names; the others ("tenure", "term") leave the office open."""


def year_of_tenure(
    sentence: str,
    offset: int,
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    *,
    kb: KnowledgeBase,
    published: TimeSpan,
) -> tuple[DurationSince, int, int] | None:
    """The length in office an ordinal year of a tenure gives, held at the time of writing.

    "in the Nth year of his presidency" after a person's name says that person has held the
    office at least N - 1 full years by the time of writing: a length of N - 1 years or more
    since the start of the recorded tenure. The tenure is the person's one recorded tenure
    of that kind (a presidency, a premiership; for "tenure" or "term", the person's one
    tenure), held at the time of writing, not acting, its start known with more than low
    confidence. A person with two tenures of the kind may count an earlier one: no claim.

    Args:
        sentence: The sentence's text, which starts at *offset* in the document.
        offset: Where the sentence starts in the document.
        tokens: The sentence's tokens.
        mentions: The names of the sentence.
        kb: The knowledge base of tenures.
        published: The time of writing.

    Returns:
        The claim and its characters in the document, or ``None``.

    >>> from claimcheck._extract_actors import Mention
    >>> from claimcheck._extract_tokens import tokenize
    >>> from claimcheck.model import Actor
    >>> text = "Volodymyr Zelensky, now in the sixth year of his presidency, spoke."
    >>> tokens = tokenize(text, 0)
    >>> named = [Mention(0, 2, "Volodymyr Zelensky", Actor("Volodymyr Zelensky"), False)]
    >>> found = year_of_tenure(text, 0, tokens, named, kb=KnowledgeBase.default(),
    ...                        published=TimeSpan.day(2025, 2, 14))
    >>> found[0].length.years, found[0].since.isoformat()
    (5, '2019-05-20')
    """
    if "year" not in sentence:
        return None
    for found in _YEAR_OF.finditer(sentence):
        number = _ordinal(found.group("ordinal"))
        person = person_before(mentions, tokens, offset + found.start())
        if number is None or person is None:
            continue
        office = " ".join(found.group("office").lower().split())
        tenure = _tenure(kb, person, _ROLE_OF_OFFICE.get(office), published)
        if tenure is None or tenure.start is None:
            continue
        length = Duration(years=number - 1, modifier=Modifier.EQUAL_OR_MORE)
        return tenure_length(tenure, length), offset + found.start(), offset + found.end()
    return None


def _ordinal(word: str) -> int | None:
    lowered = word.lower()
    number = int(lowered[:-2]) if lowered[:1].isdigit() else ORDINALS.get(lowered)
    return number if number is not None and number >= 2 else None


def _tenure(kb: KnowledgeBase, person: str, role: str | None, published: TimeSpan) -> Tenure | None:
    holdings = [
        h
        for h in kb.offices_of(person, published).holdings
        if role is None or role in role_words(h.tenure)
    ]
    if len(holdings) != 1:
        return None
    (holding,) = holdings
    return holding.tenure if fits_tense(holding, True, published) else None
