"""`compare_expectations`: findings against the expected and quiet lists of case files."""

from __future__ import annotations

from claimcheck.checks import ExpectationMiss, ExpectationReport, compare_expectations
from claimcheck.model import (
    Actor,
    CaseFile,
    Claim,
    Document,
    Expectation,
    Finding,
    RoleHeld,
    Severity,
    Source,
)
from claimcheck.timespan import TimeSpan


def _document(doc_id: str) -> Document:
    source = Source(document_id=doc_id, published=TimeSpan.day(2024, 12, 3))
    claim = Claim(id="c1", source=source, assertion=RoleHeld(actor=Actor("Ana Ruiz"), role="mayor"))
    return Document(source=source, claims=(claim,))


def _finding(
    code: str, category: str, *claims: str, severity: Severity = Severity.WARNING
) -> Finding:
    return Finding(
        code=code,
        name="some-check",
        category=category,
        severity=severity,
        message="Something does not add up.",
        documents=tuple(sorted({c.split("#")[0] for c in claims})),
        claims=claims,
    )


TENURE = Expectation(category="role_tenure", claims=("a#c1",))
QUIET_NAMES = Expectation(category="name_error", claims=("a#c1",))
CASE = CaseFile(document=_document("a"), expected=(TENURE,), quiet=(QUIET_NAMES,))


def test_findings_that_fulfil_every_expectation_are_ok() -> None:
    """A finding of the expected category on the expected claims leaves nothing to report."""
    report = compare_expectations([_finding("ROL001", "role_tenure", "a#c1")], [CASE])
    assert report == ExpectationReport()
    assert report.ok


def test_a_finding_on_other_claims_does_not_fulfil() -> None:
    """The expected category on another claim leaves the expectation missing and is unexpected."""
    report = compare_expectations([_finding("ROL001", "role_tenure", "b#c1")], [CASE])
    assert report.missing == (ExpectationMiss(document="a", expectation=TENURE),)
    assert report.unexpected == (0,)
    assert not report.ok


def test_a_quiet_expectation_names_the_codes_that_break_it() -> None:
    """Findings of a forbidden category on a quiet claim are reported once, with their codes."""
    findings = [
        _finding("ROL001", "role_tenure", "a#c1"),
        _finding("NAM001", "name_error", "a#c1"),
        _finding("NAM001", "name_error", "a#c1", "b#c1"),
    ]
    report = compare_expectations(findings, [CASE])
    assert report.broken == (
        ExpectationMiss(document="a", expectation=QUIET_NAMES, by=("NAM001",)),
    )
    assert report.missing == ()


def test_the_threshold_decides_what_is_unexpected() -> None:
    """An info finding nobody expects is unexpected only at an info threshold, never with None."""
    findings = [
        _finding("ROL001", "role_tenure", "a#c1"),
        _finding("NAM002", "name_variant", "a#c1", severity=Severity.INFO),
    ]
    assert compare_expectations(findings, [CASE]).unexpected == ()
    assert compare_expectations(findings, [CASE], threshold=Severity.INFO).unexpected == (1,)
    stray = [
        _finding("ROL001", "role_tenure", "a#c1"),
        _finding("CNT004", "numeric_conflict", "a#c1"),
    ]
    assert compare_expectations(stray, [CASE], threshold=None).unexpected == ()


def test_a_cross_document_expectation_is_reported_once() -> None:
    """An expectation mirrored in two case files is missing once, under the first case file."""
    shared = Expectation(category="attribution", claims=("a#c1", "b#c1"), documents=("a", "b"))
    cases = [
        CaseFile(document=_document("a"), expected=(shared,)),
        CaseFile(document=_document("b"), expected=(shared,)),
    ]
    report = compare_expectations([], cases)
    assert report.missing == (ExpectationMiss(document="a", expectation=shared),)
    found = _finding("SRC001", "attribution", "a#c1", "b#c1")
    assert compare_expectations([found], cases).ok
