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


def test_an_outlet_relaying_another_report_is_its_relay() -> None:
    """"X, relaying Y's report, wrote that ..." credits Y, through X."""
    (credit,) = _credits(
        "The Upland Courier, relaying Radio Sorrento's report of 2 May, wrote that the mayor "
        "had cancelled the festival."
    )
    assert credit.speaker_name == "Radio Sorrento"
    assert [a.name for a in credit.via] == ["Upland Courier"]


def test_an_outlet_citing_a_person_in_its_own_words_is_not_a_relay() -> None:
    """An outlet whose credit names no report behind it stays the speaker."""
    (credit,) = _credits("The Upland Courier wrote that the mayor had cancelled the festival.")
    assert credit.speaker_name == "Upland Courier"
    assert credit.via == ()


def test_an_outlet_described_by_its_city_is_the_one_named_before() -> None:
    """"According to the Geneva outlet" refers to the outlet the text named last."""
    credits = _credits(
        "The airline is cutting 300 jobs, the Lakeshore Gazette reported, citing two managers. "
        "According to the Geneva outlet, the cuts will begin in the autumn."
    )
    assert credits[-1].speaker_name == "Lakeshore Gazette"
    assert credits[-1].anonymity is Anonymity.NAMED_ORGANIZATION


def test_a_report_confirmed_by_others_is_what_they_confirm() -> None:
    """In "The X report that S has since been confirmed by A and B", A and B confirm S."""
    doc = extract(
        "The Lakeshore Gazette report that the airline is cutting 300 jobs has since been "
        "confirmed by the Harbour Times and the Alpine Wire.",
        source=SOURCE,
        kb=KB,
    )
    said = {(c.attribution.speaker_name, c.assertion.content) for c in doc.claims if isinstance(c.assertion, Statement) and c.attribution}
    assert said == {
        (name, "the airline is cutting 300 jobs") for name in ("Lakeshore Gazette", "Harbour Times", "Alpine Wire")
    }


def test_an_outlet_summarising_a_person_is_not_a_relay() -> None:
    """Words that pass on a person's remarks, not a report, leave the outlet the speaker."""
    (credit,) = _credits(
        "The Upland Courier, summarising Mayor Rossi's remarks, wrote that the festival was off."
    )
    assert credit.speaker_name == "Upland Courier"


def test_a_person_the_outlet_quotes_next_does_not_make_it_a_relay() -> None:
    """A next sentence in which the outlet quotes a named person ("Y said ..., the paper
    added") is the outlet's own reporting: its credit before stays the outlet's alone."""
    first, *_ = _credits(
        "Fares will rise in April, according to the Upland Courier. "
        "Mayor Lena Voss said the city had no choice, the paper added."
    )
    assert first.speaker_name == "Upland Courier"
    assert first.via == ()
    assert first.anonymity is Anonymity.NAMED_ORGANIZATION
