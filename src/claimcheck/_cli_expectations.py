"""Comparing findings with what case files expect (``expected``) and forbid (``quiet``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs

from claimcheck.model import CaseFile, Expectation, Finding, Severity

__all__ = ["Comparison", "Miss", "breaks", "compare", "fulfils"]


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


@attrs.frozen(kw_only=True)
class Miss:
    """An expectation of a case file that the findings do not honour."""

    document: str
    expectation: Expectation
    by: tuple[str, ...] = ()
    """For a broken quiet expectation, the codes of the findings that break it."""

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "document": self.document,
            "category": self.expectation.category,
            "claims": list(self.expectation.claims),
        }
        if self.expectation.note is not None:
            data["note"] = self.expectation.note
        if self.by:
            data["by"] = list(self.by)
        return data


@attrs.frozen(kw_only=True)
class Comparison:
    """Expected findings not found, quiet ones broken, and findings no expectation covers.

    ``unexpected`` holds indexes into the findings compared, of those at or above the
    threshold that fulfil no expectation.
    """

    missing: tuple[Miss, ...]
    broken: tuple[Miss, ...]
    unexpected: tuple[int, ...]

    @property
    def ok(self) -> bool:
        """Whether the findings are what the case files expect."""
        return not (self.missing or self.broken or self.unexpected)

    def to_json(self) -> dict[str, Any]:
        return {
            "missing": [m.to_json() for m in self.missing],
            "broken": [m.to_json() for m in self.broken],
            "unexpected": list(self.unexpected),
        }


def compare(
    cases: Sequence[CaseFile], findings: Sequence[Finding], *, threshold: Severity | None
) -> Comparison:
    """Compare *findings* with the expectations of *cases*.

    An expectation that spans documents appears in each of their case files; it is reported
    once. Findings below *threshold* (or every finding, when it is ``None``) are never
    unexpected.
    """
    missing: dict[Expectation, Miss] = {}
    broken: dict[Expectation, Miss] = {}
    for case in cases:
        for expectation in case.expected:
            if expectation not in missing and not any(fulfils(f, expectation) for f in findings):
                missing[expectation] = Miss(document=case.id, expectation=expectation)
        for quiet in case.quiet:
            codes = tuple(dict.fromkeys(f.code for f in findings if breaks(f, quiet)))
            if codes and quiet not in broken:
                broken[quiet] = Miss(document=case.id, expectation=quiet, by=codes)
    expected = [e for case in cases for e in case.expected]
    unexpected = tuple(
        index
        for index, finding in enumerate(findings)
        if threshold is not None
        and finding.severity.at_least(threshold)
        and not any(fulfils(finding, e) for e in expected)
    )
    return Comparison(
        missing=tuple(missing.values()), broken=tuple(broken.values()), unexpected=unexpected
    )
