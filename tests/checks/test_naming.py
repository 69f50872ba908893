"""The NAM checks: misspelt names (NAM001) and variant spellings (NAM002)."""

from __future__ import annotations

import pytest

from claimcheck.checks import run_checks
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Actor, Claim, Document, RoleHeld, Source
from claimcheck.timespan import TimeSpan

from .support import load_scenario, scenario_report, scenarios


@pytest.mark.parametrize("scenario", scenarios("NAM001", "NAM002"))
def test_scenario(scenario: str) -> None:
    """The check fires on every expected claim of its ``-fires`` case files and stays silent on ``-quiet``."""
    assert scenario_report(scenario) == []


def test_misspelling_gets_the_usual_spelling_as_fix() -> None:
    """"Jerry Connolly" is fixed to "Gerry Connolly", with the person's records as evidence."""
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
