"""Comparing findings with what case files expect (``expected``) and forbid (``quiet``)."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from claimcheck.model import CaseFile, Expectation, Finding, Severity

__all__ = ["ExpectationMiss", "ExpectationReport", "compare_expectations"]


@attrs.frozen(kw_only=True)
class ExpectationMiss:
    """An expectation of a case file that the findings do not honour.

    Args:
        document: The id of the case file's document that states the expectation.
        expectation: The expectation: an expected finding not found, or a quiet one broken.
        by: For a broken quiet expectation, the codes of the findings that break it, in the
            order they were first found; empty for a missing finding.

    .. versionadded:: 0.1.0
    """

    document: str
    expectation: Expectation
    by: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class ExpectationReport:
    """Expected findings not found, quiet ones broken, and findings no expectation covers.

    Args:
        missing: Expected findings that no finding fulfils.
        broken: Quiet expectations that some finding breaks.
        unexpected: Indexes, into the findings compared, of those at or above the threshold
            that fulfil no expectation.

    .. versionadded:: 0.1.0
    """

    missing: tuple[ExpectationMiss, ...] = ()
    broken: tuple[ExpectationMiss, ...] = ()
    unexpected: tuple[int, ...] = ()

    @property
    def ok(self) -> bool:
        """Whether the findings are exactly what the case files expect."""
        return not (self.missing or self.broken or self.unexpected)


def compare_expectations(
    findings: Sequence[Finding],
    case_files: Sequence[CaseFile],
    *,
    threshold: Severity | None = Severity.WARNING,
) -> ExpectationReport:
    """Compare *findings* with the ``expected`` and ``quiet`` lists of *case_files*.

    A finding fulfils an expectation when it has the expected category and covers every claim
    and document the expectation names; it breaks a quiet expectation when it has the
    forbidden category and touches one of the quiet claims. An expectation that spans
    documents appears in each of their case files; it is reported once.

    Args:
        findings: The findings of a run, such as `run_checks` returns.
        case_files: The case files of the documents the findings are about.
        threshold: The least severity at which a finding that fulfils no expectation is
            unexpected; ``None`` never reports one.

    Returns:
        What does not fit; `ExpectationReport.ok` when nothing.

    >>> from claimcheck.model import (
    ...     Actor, CaseFile, Claim, Document, Expectation, Finding, RoleHeld, Severity, Source)
    >>> from claimcheck.timespan import TimeSpan
    >>> source = Source(document_id="d1", published=TimeSpan.day(2024, 12, 3))
    >>> claim = Claim(id="c1", source=source,
    ...               assertion=RoleHeld(actor=Actor("Jane Roe"), role="mayor"))
    >>> case = CaseFile(document=Document(source=source, claims=(claim,)),
    ...                 expected=(Expectation(category="role_tenure", claims=("d1#c1",)),))
    >>> report = compare_expectations([], [case])
    >>> report.ok, report.missing[0].expectation.category
    (False, 'role_tenure')
    >>> found = Finding(code="ROL001", name="holder-outside-tenure", category="role_tenure",
    ...                 severity=Severity.ERROR, message="Jane Roe was not mayor then.",
    ...                 claims=("d1#c1",))
    >>> compare_expectations([found], [case]).ok
    True

    .. versionadded:: 0.1.0
    """
    missing: dict[Expectation, ExpectationMiss] = {}
    broken: dict[Expectation, ExpectationMiss] = {}
    for case in case_files:
        for expectation in case.expected:
            if expectation not in missing and not any(_fulfils(f, expectation) for f in findings):
                missing[expectation] = ExpectationMiss(document=case.id, expectation=expectation)
        for quiet in case.quiet:
            codes = tuple(dict.fromkeys(f.code for f in findings if _breaks(f, quiet)))
            if codes and quiet not in broken:
                broken[quiet] = ExpectationMiss(document=case.id, expectation=quiet, by=codes)
    expected = [e for case in case_files for e in case.expected]
    unexpected = tuple(
        index
        for index, finding in enumerate(findings)
        if threshold is not None
        and finding.severity.at_least(threshold)
        and not any(_fulfils(finding, e) for e in expected)
    )
    return ExpectationReport(
        missing=tuple(missing.values()), broken=tuple(broken.values()), unexpected=unexpected
    )


def _fulfils(finding: Finding, expectation: Expectation) -> bool:
    """Whether *finding* is of the expected category and covers its claims and documents."""
    return (
        finding.category == expectation.category
        and set(expectation.claims) <= set(finding.claims)
        and set(expectation.documents) <= set(finding.documents)
    )


def _breaks(finding: Finding, quiet: Expectation) -> bool:
    """Whether *finding* is of the forbidden category and touches one of the quiet claims."""
    return finding.category == quiet.category and bool(set(finding.claims) & set(quiet.claims))
