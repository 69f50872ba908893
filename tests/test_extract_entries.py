"""The person a glossary or profile entry is about."""

from __future__ import annotations

from claimcheck._extract_entries import entry_name
from claimcheck.kb import KnowledgeBase
from claimcheck.model import NameMention, Span

KB = KnowledgeBase.default()


def test_a_name_line_right_before_the_sentence_names_its_person() -> None:
    """A person's name ending right before the sentence is whom the entry is about."""
    named = [NameMention(span=Span("g", 0, "Andrii Sybiha"), actor="Andrii Sybiha")]
    assert entry_name(named, 15, kb=KB) == "Andrii Sybiha"


def test_a_name_further_back_or_of_a_body_names_no_one() -> None:
    """A name with words between it and the sentence, or a body's name, makes no entry."""
    far = [NameMention(span=Span("g", 0, "Andrii Sybiha"), actor="Andrii Sybiha")]
    assert entry_name(far, 40, kb=KB) is None
    body = [NameMention(span=Span("g", 0, "NATO"), actor="NATO")]
    assert entry_name(body, 6, kb=KB) is None
