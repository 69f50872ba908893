"""The NAM checks: misspelt names (NAM001) and variant spellings (NAM002)."""

from __future__ import annotations

import attrs
import pytest

from claimcheck.checks import run_checks
from claimcheck.extract import extract
from claimcheck.kb import KnowledgeBase
from claimcheck.model import (
    Actor,
    ActorKind,
    Claim,
    Document,
    Event,
    EventDate,
    RoleHeld,
    Source,
    Span,
    Statement,
)
from claimcheck.timespan import TimeSpan

from .support import load_scenario, scenario_report, scenarios


@pytest.mark.parametrize("scenario", scenarios("NAM001", "NAM002"))
def test_scenario(scenario: str) -> None:
    """The check fires on every expected claim of its ``-fires`` case files and stays silent on ``-quiet``."""
    assert scenario_report(scenario) == []


def test_misspelling_gets_the_usual_spelling_as_fix() -> None:
    """"Jerry Connolly" is fixed to "Gerry Connolly", with the person's names as evidence."""
    documents = [c.document for c in load_scenario("NAM001-fires")]
    findings = run_checks(documents, KnowledgeBase.default(), select=["NAM001"])
    by_claim = {f.claims: f for f in findings}
    jerry = by_claim[("nam001-fires#jerry",)]
    assert jerry.fix == "Gerry Connolly"
    assert any("Connolly" in e.fact for e in jerry.evidence)


def test_variants_are_information_only() -> None:
    """Variant spellings are reported at info severity, naming the canonical name."""
    documents = [c.document for c in load_scenario("NAM002-fires")]
    findings = run_checks(documents, KnowledgeBase.default(), select=["NAM002"])
    assert {f.severity.value for f in findings} == {"info"}
    assert any("Volodymyr Zelensky" in f.message for f in findings)


def _participant_document() -> Document:
    """A document whose event claim names "Orechnik" only as a participant, whose dated claim
    evidence is the date phrase, and whose statement elsewhere writes the name."""
    source = Source(document_id="nam-spans", published=TimeSpan.day(2024, 12, 3))
    event = Event(
        id="strike", kind="strike", when=TimeSpan.day(2024, 11, 21), participants=(Actor("Orechnik", ActorKind.OBJECT),)
    )
    dated = Claim(
        id="dated",
        source=source,
        assertion=EventDate(event="strike", when=TimeSpan.day(2024, 11, 21)),
        evidence=Span("nam-spans", 40, "on 21 November"),
    )
    said = Claim(
        id="said",
        source=source,
        assertion=Statement(content="The missile was new."),
        evidence=Span("nam-spans", 200, "the Orechnik missile was new"),
    )
    return Document(source=source, claims=(dated, said), events=(event,))


def test_a_name_span_is_the_name_never_an_unrelated_phrase() -> None:
    """A participant's name is shown where some claim's evidence writes it, not at the date phrase."""
    (finding,) = run_checks([_participant_document()], KnowledgeBase.default(), select=["NAM002"])
    assert finding.claims == ("nam-spans#dated",)
    assert finding.spans == (Span("nam-spans", 204, "Orechnik"),)


def test_a_name_no_evidence_writes_has_no_span() -> None:
    """Where no evidence of the document writes the name, the finding has no span rather than a wrong one."""
    document = _participant_document()
    document = attrs.evolve(document, claims=document.claims[:1])
    (finding,) = run_checks([document], KnowledgeBase.default(), select=["NAM002"])
    assert finding.spans == ()


def test_name_evidence_is_a_sentence_of_the_names() -> None:
    """The evidence of a name finding states the usual name, its variants and misspellings, with the source."""
    documents = [c.document for c in load_scenario("NAM001-fires")]
    findings = run_checks(documents, KnowledgeBase.default(), select=["NAM001"])
    jerry = {f.claims: f for f in findings}[("nam001-fires#jerry",)]
    (names,) = jerry.evidence
    assert names.record == "alias:gerald-e-connolly"
    assert names.fact.startswith("Gerald E. Connolly is also written ")
    assert "Jerry Connolly and Gerry Connelly are known misspellings." in names.fact
    assert names.source.startswith("https://")


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Emanuel Macron", "NAM001"),
        ("Kaja Kalas", "NAM001"),
        ("Olaf Sholz", "NAM001"),
        ("Volodymyr Zelenskyy", "NAM002"),
        ("Andriy Sybiga", "NAM002"),
        ("Radmila Sekerinska", "NAM002"),
    ],
)
def test_a_folded_spelling_is_a_misspelling_unless_the_name_has_variants(written: str, code: str) -> None:
    """A spelling that folds to a name the knowledge base records in one spelling only is a
    misspelling; for a name recorded in several transliterations, or without diacritics, it
    is a variant."""
    source = Source(document_id="n1", published=TimeSpan.day(2024, 12, 5))
    claim = Claim(id="c1", source=source, assertion=RoleHeld(actor=Actor(written), role="Minister"))
    findings = run_checks([Document(source=source, claims=(claim,))], KnowledgeBase.default(), select=["NAM"])
    assert [f.code for f in findings] == [code]


@pytest.mark.parametrize(
    ("sentence", "misspelt", "fix"),
    [
        ("Congressman Gerry Conolly said the vote was close.", "Gerry Conolly", "Gerry Connolly"),
        (
            "Gerry Conolly, the head of the NATO Parliamentary Assembly, praised the talks.",
            "Gerry Conolly",
            "Gerry Connolly",
        ),
        (
            "Ukraine's foreign minister, Andrii Sybhia, said the plan was ready.",
            "Andrii Sybhia",
            "Andrii Sybiha",
        ),
        (
            "President Volodymyr Zelenksy said on Monday that the plan was ready.",
            "Volodymyr Zelenksy",
            "Volodymyr Zelensky",
        ),
    ],
)
def test_a_misspelt_name_in_running_text_is_flagged_where_it_is_written(
    sentence: str, misspelt: str, fix: str
) -> None:
    """A known person's name misspelt in an article (a doubled letter, two letters swapped)
    is flagged with the span that writes it and the usual spelling as fix."""
    from claimcheck.extract import extract

    source = Source(document_id="own-n", published=TimeSpan.day(2024, 11, 20))
    text = f"The assembly met in Montreal. {sentence}"
    (finding,) = run_checks([extract(text, source=source)], KnowledgeBase.default(), select=["NAM001"])
    (span,) = finding.spans
    assert text[span.offset : span.offset + len(span.text)] == span.text == misspelt
    assert finding.fix == fix


KB = KnowledgeBase.default()


def _extracted(text: str) -> Document:
    return extract(text, source=Source(document_id="m1", published=TimeSpan.day(2024, 11, 20)), kb=KB)


def test_a_misspelt_name_in_a_sentence_without_claims_is_flagged() -> None:
    """A misspelt known name that yields no claim is still recorded where it is written and
    flagged by NAM001, with the document named in the finding."""
    text = "Old friends remember Gerry Conolly as a patient listener."
    doc = _extracted(text)
    assert not doc.claims
    assert [(m.span.text, m.actor) for m in doc.mentions] == [("Gerry Conolly", "Gerald E. Connolly")]
    (finding,) = run_checks([doc], KB, select=["NAM001"])
    assert finding.documents == ("m1",)
    (span,) = finding.spans
    assert text[span.offset : span.end] == "Gerry Conolly"


def test_a_variant_in_a_sentence_without_claims_stays_information() -> None:
    """A transliteration written in passing is a NAM002 note, never a NAM001 warning, and a
    short form of a body ("EU") gives no note at all."""
    doc = _extracted("Students in Lviv admire Andriy Sybiga, and the EU funds their exchange.")
    codes = sorted(f.code for f in run_checks([doc], KB, select=["NAM001", "NAM002"]))
    assert codes == ["NAM002"]


@pytest.mark.parametrize(
    ("sentence", "written", "holder", "office"),
    [
        ("NATO Secretary General Mark Rette opened the meeting.", "Mark Rette", "Mark Rutte", "Secretary General"),
        ("Marco Rubiu, the US secretary of state, arrived later.", "Marco Rubiu", "Marco Rubio", "Secretary of State"),
        ("German Chancellor Olaf Schulz spoke first.", "Olaf Schulz", "Olaf Scholz", "Chancellor"),
    ],
)
def test_a_titled_slip_of_the_holder_is_a_misspelling_not_a_wrong_holder(
    sentence: str, written: str, holder: str, office: str
) -> None:
    """A name one letter off the holder of the title it is given, with a short given name
    that alone would not say who is meant, is flagged by NAM001 with the holder as fix and
    their tenure as evidence, and not by ROL001 as someone else holding the office."""
    doc = extract(sentence, source=Source(document_id="t1", published=TimeSpan.day(2025, 3, 5)), kb=KB)
    findings = run_checks([doc], KB, select=["NAM001", "ROL001", "ROL002"])
    assert [(f.code, f.fix) for f in findings] == [("NAM001", holder)]
    (span,) = findings[0].spans
    assert span.text == written
    assert any(holder in e.fact and office in e.fact for e in findings[0].evidence)


def test_a_titled_slip_of_a_former_holder_is_a_misspelling_and_a_stale_title() -> None:
    """A slip of a past holder's name under a present title is both: misspelt (NAM001) and
    given an office the holder had left (ROL001, about the person the slip names)."""
    doc = _extracted("NATO Secretary General Jens Stoltenbreg opened the meeting.")
    findings = run_checks([doc], KB, select=["NAM001", "ROL001"])
    assert sorted((f.code, f.fix) for f in findings) == [
        ("NAM001", "Jens Stoltenberg"),
        ("ROL001", "former Secretary General of NATO Jens Stoltenbreg"),
    ]


def test_a_far_name_under_a_title_stays_a_wrong_holder() -> None:
    """A name that no holder of the title is one slip from is not taken for a misspelling."""
    doc = _extracted("NATO Secretary General Mark Rubens opened the meeting.")
    assert [f.code for f in run_checks([doc], KB, select=["NAM001", "ROL001"])] == ["ROL001"]


@pytest.mark.parametrize("question", ["Has Mark Rutte found his footing?", "Did Olaf Scholz know?", "Should Kaja Kallas resign?"])
def test_a_question_word_before_a_name_is_not_part_of_it(question: str) -> None:
    """An auxiliary that opens a question is not read into the name after it, so a correctly
    spelt name is not taken for a misspelling."""
    assert run_checks([_extracted(question)], KB, select=["NAM001"]) == []
