# ruff: noqa: RUF001
"""Whether a name missing from every list names a person or a body, for `claimcheck.attribution`.

A name nobody gave us is read from general evidence. A body: a major company
(data/companies.tsv), a head noun or a suffix of
organisations ("Ministry", "Times", "Post", "Gazprom"), the article "the" ("the Kremlin",
"the Elysée"), an article of another language ("Der Standard", "La Stampa"), or a verb that
selects an outlet ("X reported", "X published"). A person: a title ("Mr", "Minister"), a
common given name, or simply two or more capitalised words without any of the above.
"""

from __future__ import annotations

from claimcheck import _attribution_lexicon as lex
from claimcheck import _attribution_outlets as titles
from claimcheck.model import Anonymity
from claimcheck.names import strip_titles

__all__: list[str] = []


def raw_key(word: str) -> str:
    """A word in lower case without dots and a possessive: "U.S." is "us", "NATO's" "nato"."""
    return word.lower().replace(".", "").removesuffix("'s").removesuffix("’s")


def without_article(text: str) -> str:
    return text[4:] if text[:4].lower() == "the " else text


def outlet_head(words: list[str]) -> str | None:
    """The kind of outlet a capitalised name's words say it is ("" for any), or ``None``.

    "Kyiv Weekly Observer" and "Baltic Times" end in the head noun of a title of the press;
    "Radio Svoboda" begins with one; "Der Standard" begins with the article of another
    language and names no person.
    """
    keys = [raw_key(w) for w in words]
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


def person_name(text: str) -> str:
    """A person's name without its titles, abbreviated ranks included: "Maj. Gen. Pat Ryder"
    is "Pat Ryder", "Lt. Col. Anna Berg" is "Anna Berg"."""
    words = strip_titles(text).split()
    while len(words) > 2 and _abbreviated_title(words[0]):
        words.pop(0)
    return " ".join(words)


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


def unknown_name_anonymity(text: str, *, cue: str = "") -> Anonymity:
    """Whether a name that no list knows names a person or a body, spoken with *cue*.

    Args:
        text: The name as written, with its article and titles ("the Elysée").
        cue: The attributing words it goes with ("reported").

    Returns:
        `Anonymity.NAMED_PERSON` or `Anonymity.NAMED_ORGANIZATION`.
    """
    name = strip_titles(text)
    plain = name.split()
    words = [raw_key(w) for w in plain]
    if not words:
        return Anonymity.NAMED_PERSON
    if without_article(name).lower().removesuffix("'s").removesuffix("’s") in lex.COMPANY_NAMES:
        return Anonymity.NAMED_ORGANIZATION  # "Rheinmetall", "Lockheed Martin"
    if any(w in lex.ORGANIZATION_WORDS for w in words) or all(w in lex.PLACES for w in words):
        return Anonymity.NAMED_ORGANIZATION
    whole = [raw_key(w) for w in without_article(text).split()]
    if whole[0] in lex.ORGANIZATION_WORDS and any(w in {"of", "for", "on"} for w in whole):
        return Anonymity.NAMED_ORGANIZATION  # "Centre for Eastern Studies"
    if len(plain) == 1 and plain[0].isupper() and len(plain[0]) > 1:
        return Anonymity.NAMED_ORGANIZATION
    if person_evidence(text):
        return Anonymity.NAMED_PERSON
    if outlet_head(without_article(text).split()) is not None:
        return Anonymity.NAMED_ORGANIZATION
    if len(words) == 1 and words[0].endswith(lex.ORGANIZATION_SUFFIXES):
        return Anonymity.NAMED_ORGANIZATION  # "Gazprom", "Naftogaz", "Energoatom"
    if text[:4].lower() == "the ":
        return Anonymity.NAMED_ORGANIZATION  # "the Elysée", "the Bundestag"
    if cue in lex.OUTLET_CUES:
        return Anonymity.NAMED_ORGANIZATION  # "Mediazona reported"
    return Anonymity.NAMED_PERSON
