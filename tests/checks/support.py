"""Helpers for the check tests: reading case-file scenarios and matching findings to expectations."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from claimcheck.checks import run_checks
from claimcheck.kb import KnowledgeBase
from claimcheck.model import CaseFile, Expectation, Finding, Severity
from claimcheck.serialize import load_case_file

CASES = Path(__file__).resolve().parent / "cases"
"""The fixture case files: ``<CODE>-fires.json`` and ``<CODE>-quiet.json``, with companion
documents named ``<CODE>-<variant>.<anything>.json``."""


def scenario_names(code: str) -> list[str]:
    """The scenarios of *code* (``"TIM001-fires"``, ``"TIM001-quiet"``), sorted."""
    return sorted({p.name.split(".")[0] for p in CASES.glob(f"{code}-*.json")})


def load_scenario(name: str) -> list[CaseFile]:
    """The case files of the scenario *name*: its main file and its companions."""
    paths = sorted(CASES.glob(f"{name}.json")) + sorted(CASES.glob(f"{name}.*.json"))
    assert paths, f"no case file for {name}"
    return [load_case_file(p) for p in paths]


def fulfils(finding: Finding, expectation: Expectation) -> bool:
    """Whether *finding* is of the expected category and covers its claims and documents."""
    return (
        finding.category == expectation.category
        and set(expectation.claims) <= set(finding.claims)
        and set(expectation.documents) <= set(finding.documents)
    )


def breaks(finding: Finding, quiet: Expectation) -> bool:
    """Whether *finding* is of the forbidden category and touches one of the quiet claims."""
    return finding.category == quiet.category and bool(set(finding.claims) & set(quiet.claims))


def problems(cases: Sequence[CaseFile], findings: Iterable[Finding]) -> list[str]:
    """What does not fit: missing expected findings, broken quiet ones, unexpected warnings."""
    found = list(findings)
    expected = [e for case in cases for e in case.expected]
    quiet = [q for case in cases for q in case.quiet]
    issues = []
    for expectation in expected:
        if not any(fulfils(f, expectation) for f in found):
            issues.append(f"missing {expectation.category} on {', '.join(expectation.claims)}")
    for expectation in quiet:
        for finding in found:
            if breaks(finding, expectation):
                issues.append(f"{finding.code} breaks the quiet {expectation.category}: {finding.message}")
    for finding in found:
        if finding.severity.at_least(Severity.WARNING) and not any(fulfils(finding, e) for e in expected):
            issues.append(f"unexpected {finding.code} ({finding.severity.value}): {finding.message}")
    return issues


def scenarios(*codes: str) -> list[str]:
    """Every fixture scenario of *codes*, for parametrizing."""
    return [name for code in codes for name in scenario_names(code)]


def scenario_report(name: str, kb: KnowledgeBase | None = None) -> list[str]:
    """Run the scenario's own check on its documents and say what does not fit.

    A ``-fires`` scenario must produce findings, each of them expected, and every expected
    one; a ``-quiet`` scenario must produce none.
    """
    code, _, kind = name.partition("-")
    cases = load_scenario(name)
    found = run_checks([c.document for c in cases], kb or KnowledgeBase.default(), select=[code])
    issues = problems(cases, found)
    if kind == "fires":
        expected = [e for case in cases for e in case.expected]
        assert expected, f"{name} expects nothing"
        issues += [f"{f.code} not expected: {f.message}" for f in found if not any(fulfils(f, e) for e in expected)]
    else:
        issues += [f"{f.code} in a quiet scenario: {f.message}" for f in found]
    return sorted(set(issues))
