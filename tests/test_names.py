"""Tests for claimcheck.names: folding name variants and resolving mentions to actors."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.names import fold, transliterate

LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
ACCENTED = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿčćďěňřšťůžźżąęłńśőűğışÀÁÂÄÇÉÈÊËÎÏÑÖÓÔÜÚŠŽČŁŻ"
# Latin letters and the Cyrillic letters that look like them.
CYRILLIC_LOOKALIKES = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і"}

names_text = st.text(alphabet=LATIN_LETTERS + ACCENTED + " -.'", max_size=40)


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))


def load_people(shared_dir: Path) -> dict[str, set[str]]:
    """Every canonical name in facts.json with the set of its variants (the name included)."""
    records = json.loads((shared_dir / "facts.json").read_text(encoding="utf-8"))
    people: dict[str, set[str]] = {}
    for record in records:
        if record["kind"] == "tenure":
            people.setdefault(record["holder"], {record["holder"]}).update(record["aliases"])
        elif record["kind"] == "alias":
            people.setdefault(record["canonical"], {record["canonical"]}).update(record["variants"])
    return people


# -- fold: invariants ---------------------------------------------------------------------


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    """Folding a folded key changes nothing, whatever the input."""
    assert fold(fold(text)) == fold(text)


@given(names_text)
def test_fold_ignores_case(text: str) -> None:
    """Upper, lower and mixed case fold alike."""
    assert fold(text.upper()) == fold(text) == fold(text.lower())


@given(names_text)
def test_fold_ignores_diacritics(text: str) -> None:
    """A name with its diacritics removed folds like the name."""
    assert fold(_strip_marks(text)) == fold(text)


@given(
    st.text(alphabet=LATIN_LETTERS, min_size=2, max_size=12),
    st.lists(st.booleans(), min_size=12, max_size=12),
)
def test_fold_maps_cyrillic_lookalikes_to_latin(word: str, swaps: list[bool]) -> None:
    """Replacing some Latin letters of a word by Cyrillic look-alikes does not change its key."""
    disguised = [
        CYRILLIC_LOOKALIKES.get(c, c) if swap and i > 0 else c
        for i, (c, swap) in enumerate(zip(word, swaps))
    ]
    assert fold("".join(disguised)) == fold(word)


@given(st.text())
def test_fold_returns_single_spaced_lower_case_words(text: str) -> None:
    """A key has no leading, trailing or doubled spaces and no upper-case letter."""
    key = fold(text)
    assert key == " ".join(key.split())
    assert key == key.lower()


# -- fold: the variants news uses --------------------------------------------------------


@pytest.mark.parametrize(
    "variants",
    [
        ("Zaluzhnyi", "Zaluzhny", "Zaluzhnyy", "ZALUZHNYI"),
        ("Andrii", "Andriy", "Andrey", "Andriï", "Andrij"),
        ("Oleksii", "Oleksiy", "Olexiy"),
        ("Sergey", "Sergei", "Serhii", "Serhiy"),
        ("Zelenskyy", "Zelenskiy", "Zelensky", "Zelenskyi", "Zelenskij"),
        ("Sybiha", "Sybiga", "Sibiga"),
        ("Shmyhal", "Shmygal", "Schmyhal"),
        ("Oreshnik", "Orechnik", "Орешник"),
        ("Mykhailo", "Myhailo"),
        ("Kharkiv", "Harkiv"),
        ("Joëlle Garriaud-Maylam", "Joelle Garriaud Maylam", "joelle garriaud-maylam"),
        ("Michał Szczerba", "Michal Szczerba"),
        ("Le Monde", "LE MONDE", "le  monde."),
        ("Mark Rutte", "Mаrk Rutte", "ΜΑRK RUTTE"),
    ],
)
def test_fold_unites_spelling_variants(variants: tuple[str, ...]) -> None:
    """The common spellings of one name share a key."""
    keys = {fold(v) for v in variants}
    assert len(keys) == 1, keys


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Mark Rutte", "Mark Ruth"),
        ("Julianne Smith", "Julian Smith"),
        ("Jan Smith", "Ian Smith"),
        ("Sergey Lavrov", "Sergei Shoigu"),
        ("Andrii Sybiha", "Andrei Belousov"),
        ("Li", "Lee"),
    ],
)
def test_fold_keeps_different_names_apart(first: str, second: str) -> None:
    """Names that are not spellings of each other keep different keys."""
    assert fold(first) != fold(second)


def test_fold_of_punctuation_only_is_empty() -> None:
    """A string without letters or digits folds to the empty key."""
    assert fold(" -- '' .. ") == ""


def test_fold_people_in_facts_do_not_collide(shared_dir: Path) -> None:
    """No key of one person, place or thing in facts.json is a key of another."""
    owner: dict[str, str] = {}
    for canonical, variants in load_people(shared_dir).items():
        for variant in variants:
            key = fold(variant)
            assert owner.setdefault(key, canonical) == canonical, (variant, owner[key])


# -- transliterate ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [("Орешник", "Oreshnik"), ("Київ", "Kiyiv"), ("ЩУКА", "SHCHUKA"), ("Mixed Слово 1", "Mixed Slovo 1")],
)
def test_transliterate_writes_cyrillic_in_latin(cyrillic: str, latin: str) -> None:
    """Cyrillic letters become Latin ones, keeping case; other characters are kept."""
    assert transliterate(cyrillic) == latin


@given(st.text(alphabet=LATIN_LETTERS + " .,-0123456789"))
def test_transliterate_leaves_latin_text_alone(text: str) -> None:
    """Text without Cyrillic letters comes back unchanged."""
    assert transliterate(text) == text
