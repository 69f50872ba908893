"""Sources read across sentences: a relay named in the sentence after a claim, and outlets
whose names the attribution reader took for people's."""

from __future__ import annotations

from claimcheck.extract import extract
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Anonymity, Attribution, Source, Statement
from claimcheck.timespan import TimeSpan

KB = KnowledgeBase.default()
SOURCE = Source(document_id="t5", published=TimeSpan.day(2024, 12, 12))


def _credits(text: str) -> list[Attribution]:
    doc = extract(text, source=SOURCE, kb=KB)
    return [c.attribution for c in doc.claims if isinstance(c.assertion, Statement) and c.attribution]


def test_a_report_cited_in_the_next_sentence_becomes_the_source_behind_the_outlet() -> None:
    """"The report cited two diplomats." makes the outlet a relay of anonymous diplomats."""
    first, *_ = _credits("The ministers will postpone the vote until March, the Evening Ledger reported. The report cited two diplomats.")
    assert [a.name for a in first.via] == ["Evening Ledger"]
    assert first.speaker_name == "two diplomats"
    assert first.anonymity is Anonymity.ANONYMOUS_GROUP


def test_an_outlet_citing_another_in_the_next_sentence_relays_it() -> None:
    """"The Evening Ledger, citing Reuters, said ..." makes the claim before it Reuters' too."""
    first, *_ = _credits(
        "The ministers will postpone the vote until March, the Evening Ledger reported. "
        "The Evening Ledger, citing Reuters, said the decision was close."
    )
    assert [a.name for a in first.via] == ["Evening Ledger"]
    assert first.speaker_name == "Reuters"


def test_someone_else_citing_something_does_not_relink_the_claim() -> None:
    """A next sentence about another speaker's citation leaves the outlet's credit alone."""
    first, *_ = _credits("The ministers will postpone the vote until March, the Evening Ledger reported. The minister cited the weather.")
    assert first.via == ()


def test_a_speaker_named_like_a_newspaper_is_an_organization() -> None:
    """An unknown speaker whose name ends as an outlet's ("the Northern Gazette") is no person."""
    (credit,) = _credits("The plan was dropped in the spring, the Northern Gazette wrote on Sunday.")
    assert credit.anonymity is Anonymity.NAMED_ORGANIZATION
