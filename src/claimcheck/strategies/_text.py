"""The words and readable strings every strategy draws, and the small combinators they share.

Strings are mostly taken from short lists of names, places, outlets and words (some of them
non-ASCII), sometimes arbitrary Unicode text, so that examples look like news data and still
reach the odd cases.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from hypothesis import strategies as st

from claimcheck.model import ActorKind

T = TypeVar("T")

_NAMES = (
    "Mark Rutte",
    "Jens Stoltenberg",
    "Olaf Scholz",
    "Emmanuel Macron",
    "Volodymyr Zelensky",
    "Keir Starmer",
    "Kaja Kallas",
    "Jerry Connolly",
    "Ursula von der Leyen",
    "Gabriel Attal",
    "Jürgen Hardt",
    "Łukasz Kowalski",
    "Ana Luísa Gonçalves",
    "Олена Зеленська",
    "Ἀριστοτέλης",
    "佐藤 健",
)
_ORGANIZATIONS = ("NATO", "European Union", "Bundestag", "Élysée", "Kremlin", "Verkhovna Rada")
_OUTLETS = ("Le Monde", "Reuters", "Der Spiegel", "The Guardian", "Kyiv Independent", "Ukrinform")
_PLACES = ("Berlin", "Kyiv", "Brussels", "Washington", "Zürich", "Kraków", "Москва")
_OBJECTS = ("HIMARS", "ATACMS", "Storm Shadow", "Taurus")
_NAMES_BY_KIND = {
    ActorKind.PERSON: _NAMES,
    ActorKind.ORGANIZATION: _ORGANIZATIONS,
    ActorKind.OUTLET: _OUTLETS,
    ActorKind.PLACE: _PLACES,
    ActorKind.OBJECT: _OBJECTS,
}
_SENTENCES = (
    "The alliance met in Brussels.",
    "Aid was announced after the talks.",
    "Le chancelier a parlé aux journalistes.",
    "Die Minister trafen sich in Kyjiw.",
)
_WORDS = (
    "aid",
    "summit",
    "meeting",
    "talks",
    "package",
    "ceasefire",
    "members",
    "membership",
    "invitation",
    "troops",
    "strike",
    "minister",
    "secretary",
    "general",
    "chancellor",
    "president",
    "réunion",
    "Gipfel",
    "année",
    "für",
    "допомога",
)
_ROLES = ("Secretary General", "Chancellor", "President", "Prime Minister", "Foreign Minister")
_CUES = ("said", "according to", "citing", "per", "told", "écrit")
_HEDGES = ("reportedly", "privately", "allegedly", "apparently")
_ANONYMOUS = ("an unnamed European diplomat", "officials", "two people familiar with the talks")
_IDENTIFIERS = ("a1", "a2", "kyiv-independent-2024-12-03", "lemonde.1203", "doc:7")
_LANGUAGES = ("en", "fr", "de", "uk", "en-GB", "pt-BR")

_UNICODE_TEXT = st.text(st.characters(codec="utf-8"), min_size=1, max_size=20).filter(str.strip)
_PHRASES = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4).map(" ".join)


def _readable(samples: Sequence[str]) -> st.SearchStrategy[str]:
    """Mostly *samples* and phrases of known words, sometimes arbitrary Unicode text."""
    return st.one_of(st.sampled_from(samples), _PHRASES, _UNICODE_TEXT)


def _matching(pattern: str, samples: Sequence[str]) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(samples), st.from_regex(pattern, fullmatch=True))


def _optional(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | strategy


def _tuples(
    strategy: st.SearchStrategy[T], *, max_size: int = 3, unique: bool = False
) -> st.SearchStrategy[tuple[T, ...]]:
    return st.lists(strategy, max_size=max_size, unique=unique).map(tuple)


_NAME = _readable(_NAMES + _ORGANIZATIONS + _OUTLETS + _PLACES)
_SENTENCE = st.one_of(
    st.sampled_from(_SENTENCES),
    st.lists(st.sampled_from(_WORDS + _NAMES), min_size=2, max_size=8).map(
        lambda words: " ".join(words).capitalize() + "."
    ),
    _UNICODE_TEXT,
)
_IDENTIFIER = _matching(r"[A-Za-z0-9][A-Za-z0-9_.:\-]{0,12}", _IDENTIFIERS)
_SNAKE_CASE = r"[a-z][a-z0-9]{0,5}(_[a-z0-9]{1,5}){0,2}"
_CATEGORY = _matching(_SNAKE_CASE, ("role_tenure", "event_date", "count", "sourcing"))
_CLAIM_REF = st.builds(lambda document, claim: f"{document}#{claim}", _IDENTIFIER, _IDENTIFIER)
