"""The text report of ``claimcheck check``: findings grouped by document, then a summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import groupby
from typing import Any

from claimcheck.checks import ExpectationMiss, ExpectationReport
from claimcheck.model import Document, Finding, Severity

__all__ = ["expectations_to_json", "finding_lines", "report", "short_line", "summary_line"]

_INDENT = "    "


def report(
    findings: Sequence[Finding],
    documents: Sequence[Document],
    *,
    comparison: ExpectationReport | None = None,
    unreadable: int = 0,
) -> str:
    """The full report: a block per document (or group of documents) with findings, each
    finding with its spans, facts and fix, then the expectation misses and the summary."""
    by_id = {d.id: d for d in documents}
    blocks = []
    for ids, group in groupby(findings, key=lambda f: f.documents):
        lines = [_heading(ids, by_id)]
        for finding in group:
            lines.extend(finding_lines(finding))
        blocks.append("\n".join(lines) + "\n")
    if comparison is not None:
        blocks.append(_comparison(comparison, findings))
    blocks.append(summary_line(findings, documents=len(documents), unreadable=unreadable) + "\n")
    return "\n".join(blocks)


def _heading(ids: tuple[str, ...], by_id: dict[str, Document]) -> str:
    if len(ids) != 1:
        return " + ".join(ids) if ids else "(no document)"
    document = by_id.get(ids[0])
    if document is None:
        return ids[0]
    source = document.source
    details = [source.outlet.name] if source.outlet is not None else []
    details.append(f"published {source.published.isoformat()}")
    return f"{ids[0]} ({', '.join(details)})"


def finding_lines(finding: Finding) -> list[str]:
    """The lines of one finding in the report, indented under its document heading."""
    lines = [
        f"  {finding.code} {finding.name} [{finding.severity.value}]",
        f"{_INDENT}{finding.message}",
    ]
    lines.extend(f'{_INDENT}{s.document}:{s.offset} "{s.text}"' for s in finding.spans)
    for evidence in finding.evidence:
        lines.append(f"{_INDENT}fact: {evidence.fact}")
        record = "" if evidence.record is None else f" (record {evidence.record})"
        lines.append(f"{_INDENT}  source: {evidence.source}{record}")
    if finding.fix is not None:
        lines.append(f"{_INDENT}fix: {finding.fix}")
    return lines


def short_line(finding: Finding) -> str:
    """One line for *finding*, as ``document:offset: CODE [severity] message``."""
    where = (
        f"{finding.spans[0].document}:{finding.spans[0].offset}"
        if finding.spans
        else ",".join(finding.documents) or "-"
    )
    return f"{where}: {finding.code} [{finding.severity.value}] {finding.message}"


def _comparison(comparison: ExpectationReport, findings: Sequence[Finding]) -> str:
    lines = ["expectations of the case files:"]
    if comparison.ok:
        lines.append("  every expected finding found, no quiet one broken, nothing unexpected")
    lines.extend(_miss_line("missing", miss) for miss in comparison.missing)
    lines.extend(_miss_line("broken quiet", miss) for miss in comparison.broken)
    for index in comparison.unexpected:
        finding = findings[index]
        lines.append(f"  unexpected: {finding.code} on {', '.join(finding.claims) or '-'}")
    return "\n".join(lines) + "\n"


def _miss_line(kind: str, miss: ExpectationMiss) -> str:
    by = f" by {', '.join(miss.by)}" if miss.by else ""
    claims = ", ".join(miss.expectation.claims) or ", ".join(miss.expectation.documents)
    return f"  {kind}: {miss.expectation.category} on {claims}{by}"


def expectations_to_json(comparison: ExpectationReport) -> dict[str, Any]:
    """The ``expectations`` member of the JSON report (see docs/findings.schema.json)."""
    return {
        "missing": [_miss_to_json(m) for m in comparison.missing],
        "broken": [_miss_to_json(m) for m in comparison.broken],
        "unexpected": list(comparison.unexpected),
    }


def _miss_to_json(miss: ExpectationMiss) -> dict[str, Any]:
    data: dict[str, Any] = {
        "document": miss.document,
        "category": miss.expectation.category,
        "claims": list(miss.expectation.claims),
    }
    if miss.expectation.note is not None:
        data["note"] = miss.expectation.note
    if miss.by:
        data["by"] = list(miss.by)
    return data


def summary_line(findings: Sequence[Finding], *, documents: int, unreadable: int = 0) -> str:
    """``Found 3 findings (1 error, 2 warnings, 0 info) in 5 documents.`` and the like."""
    counts = Counter(f.severity for f in findings)
    checked = f"{documents} document{'' if documents == 1 else 's'}"
    if findings:
        parts = [
            _plural(counts[Severity.ERROR], "error"),
            _plural(counts[Severity.WARNING], "warning"),
            f"{counts[Severity.INFO]} info",
        ]
        line = f"Found {_plural(len(findings), 'finding')} ({', '.join(parts)}) in {checked}"
    else:
        line = f"No findings in {checked}"
    if unreadable:
        line += f"; {_plural(unreadable, 'input')} could not be read"
    return line + "."


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
