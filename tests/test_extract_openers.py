"""Words capitalised only by their place at the head of a sentence, fragment or numbered item."""

from __future__ import annotations

import pytest

from claimcheck._extract_openers import OPENING_WORDS, opening_word
from claimcheck._extract_tokens import tokenize
from claimcheck.checks import run_checks
from claimcheck.extract import extract
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Source
from claimcheck.timespan import TimeSpan

KB = KnowledgeBase.default()
SOURCE = Source(document_id="o1", published=TimeSpan.day(2025, 2, 3))

WITH_OPENER = KnowledgeBase.loads(
    """
[[records]]
kind = "tenure"
role = "Minister of Trade"
organization = "Freedonia"
holder = "Amid Karimi"
start = 2021-03-01
confidence = "high"
source = "https://example.org/freedonia/cabinet"
""",
    location="opener.toml",
    format="toml",
)
"""A person whose given name is also a preposition."""


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Between Olaf Scholz and the chancellery, little was settled.", "Olaf Scholz"),
        ("3. Talks resume. Despite Andrii Sybiha's visit, the deal stalled.", "Andrii Sybiha"),
        ("Even Mark Rutte kept the meeting short.", "Mark Rutte"),
        ("Although Kaja Kallas objected, the text passed.", "Kaja Kallas"),
        ("About Mark Rutte, little was said.", "Mark Rutte"),
        ("Still Olaf Scholz said the text would pass.", "Olaf Scholz"),
        ("Currently Kaja Kallas chairs the talks.", "Kaja Kallas"),
        ("Wherever Mark Rutte went, reporters followed.", "Mark Rutte"),
    ],
)
def test_an_opening_function_word_is_not_a_first_name(text: str, name: str) -> None:
    """A preposition, conjunction, adverb or verb that opens a sentence stays out of the name after it."""
    doc = extract(text, source=SOURCE, kb=KB)
    assert [m.span.text for m in doc.mentions][0] == name


def test_no_misspelling_is_reported_for_an_opening_word() -> None:
    """A known name after a capitalised opening preposition is not taken for a misspelling."""
    doc = extract("Under Joe Biden the programme doubled.", source=SOURCE, kb=KB)
    assert [f.code for f in run_checks([doc], KB) if f.code == "NAM001"] == []


def test_a_known_name_that_starts_with_an_opening_word_is_kept() -> None:
    """When the knowledge base knows the whole written name, its first word stays in it."""
    doc = extract("Amid Karimi signed the accord in March.", source=SOURCE, kb=WITH_OPENER)
    assert [m.span.text for m in doc.mentions][0] == "Amid Karimi"


def test_an_opening_word_inside_a_sentence_is_not_an_opener() -> None:
    """Only the first word of a sentence, fragment or numbered item counts as an opener."""
    tokens = tokenize("Officials met Under Secretary Jo Ma. Since then nothing.", 0)
    places = [i for i, t in enumerate(tokens) if t.lower in OPENING_WORDS and opening_word(tokens, i)]
    assert [tokens[i].text for i in places] == ["Since"]


@pytest.mark.parametrize(
    ("text", "opener"),
    [
        ("About Jane Roe.", "About"),
        ("Still Ann Lee said", "Still"),
        ("Currently Ann Lee leads.", "Currently"),
        ("Without Jane Roe, nothing moved.", "Without"),
        ("And Ann Lee agreed.", "And"),
        ("Wherever Jane Roe went, crowds followed.", "Wherever"),
    ],
)
def test_every_listed_word_opens_a_sentence(text: str, opener: str) -> None:
    """Each word of the tables, first or last in its list, opens a sentence without joining a name."""
    tokens = tokenize(text, 0)
    assert tokens[0].text == opener
    assert opening_word(tokens, 0)
    assert not opening_word(tokens, 1)
