"""Helpers for the check tests: reading case-file scenarios and saying how findings miss them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from claimcheck.checks import compare_expectations, run_checks
from claimcheck.kb import KnowledgeBase
from claimcheck.model import CaseFile, Finding, Severity
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


def problems(
    cases: Sequence[CaseFile], findings: Iterable[Finding], *, threshold: Severity = Severity.WARNING
) -> list[str]:
    """What does not fit, one line each: missing expected findings, broken quiet ones, and
    findings at or above *threshold* that no expectation covers."""
    found = list(findings)
    report = compare_expectations(found, cases, threshold=threshold)
    issues = [
        f"missing {miss.expectation.category} on {', '.join(miss.expectation.claims)}"
        for miss in report.missing
    ]
    issues += [
        f"{', '.join(miss.by)} broke the quiet {miss.expectation.category} on "
        f"{', '.join(miss.expectation.claims)}"
        for miss in report.broken
    ]
    issues += [
        f"unexpected {found[i].code} ({found[i].severity.value}): {found[i].message}"
        for i in report.unexpected
    ]
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
    if kind == "fires":
        assert any(case.expected for case in cases), f"{name} expects nothing"
        issues = problems(cases, found, threshold=Severity.INFO)
    else:
        issues = problems(cases, found)
        issues += [f"{f.code} in a quiet scenario: {f.message}" for f in found]
    return sorted(set(issues))
