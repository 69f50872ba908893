"""Acceptance: the built-in checks on the five reference documents give exactly what their case files expect."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

from claimcheck.checks import compare_expectations, run_checks
from claimcheck.kb import KnowledgeBase
from claimcheck.model import CaseFile, Expectation, Finding
from claimcheck.serialize import load_case_file

from .support import problems


@pytest.fixture(scope="module")
def seed_cases(seeds_dir: Path) -> list[CaseFile]:
    """The five seed case files."""
    return [load_case_file(p) for p in sorted(seeds_dir.glob("*.json"))]


@pytest.fixture(scope="module")
def seed_findings(seed_cases: list[CaseFile]) -> list[Finding]:
    """The findings of every built-in check on all five seed documents at once."""
    return run_checks([c.document for c in seed_cases], KnowledgeBase.default())


def test_there_are_five_seeds(seed_cases: list[CaseFile]) -> None:
    """The acceptance material is the five seed documents, each with expectations."""
    assert len(seed_cases) == 5
    assert sum(len(c.expected) for c in seed_cases) >= 7


def test_every_expected_finding_is_produced(seed_cases: list[CaseFile], seed_findings: list[Finding]) -> None:
    """Each expected finding of every case file is found with its claims and documents."""
    report = compare_expectations(seed_findings, seed_cases)
    assert report.missing == (), [(m.document, m.expectation) for m in report.missing]


def test_no_quiet_expectation_is_broken(seed_cases: list[CaseFile], seed_findings: list[Finding]) -> None:
    """No finding of a forbidden category touches a claim a case file keeps quiet."""
    report = compare_expectations(seed_findings, seed_cases)
    assert report.broken == (), [(m.document, m.expectation.category, m.by) for m in report.broken]


def test_nothing_unexpected_at_warning_or_above(
    seed_cases: list[CaseFile], seed_findings: list[Finding]
) -> None:
    """Every warning and error the checks raise on the seeds is one a case file expects."""
    assert problems(seed_cases, seed_findings) == []


def test_the_matcher_sees_a_missing_finding(seed_cases: list[CaseFile], seed_findings: list[Finding]) -> None:
    """An expectation nobody fulfils is reported, so the acceptance test can fail."""
    invented = Expectation(category="numeric_conflict", claims=("003_2ced16fb7bbe558b#aid-package-value",))
    tampered = [attrs.evolve(seed_cases[0], expected=(*seed_cases[0].expected, invented)), *seed_cases[1:]]
    assert problems(tampered, seed_findings) == ["missing numeric_conflict on 003_2ced16fb7bbe558b#aid-package-value"]


def test_the_seed_findings_do_not_depend_on_document_order(seed_cases: list[CaseFile], seed_findings: list[Finding]) -> None:
    """Running the documents in reverse order gives the same findings."""
    reversed_run = run_checks([c.document for c in reversed(seed_cases)], KnowledgeBase.default())
    assert reversed_run == seed_findings
