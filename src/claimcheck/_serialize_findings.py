"""Findings as JSON data, in the schema of ``docs/findings.schema.json``, and back."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

from claimcheck.errors import InputError
from claimcheck.model import Evidence, Finding, Severity, Span

__all__ = ["FINDINGS_SCHEMA_VERSION", "findings_from_json", "findings_to_json"]

FINDINGS_SCHEMA_VERSION = 1
"""The version of the findings JSON schema; it changes only when a key changes meaning or goes."""

_T = TypeVar("_T")
_FINDING_KEYS = (
    "code",
    "name",
    "category",
    "severity",
    "message",
    "documents",
    "claims",
    "spans",
    "evidence",
    "fix",
)


_WORST_FIRST = sorted(Severity, key=lambda s: -s.rank)


def findings_to_json(
    findings: Iterable[Finding], *, documents: Iterable[str] = ()
) -> dict[str, Any]:
    """*findings* as JSON-ready data: ``{"version", "findings", "summary"}``.

    Every finding is an object with every key of the schema (``docs/findings.schema.json``),
    ``null`` or empty where there is nothing to say, in the order given; spans are
    ``{"document", "offset", "text"}`` and evidence ``{"fact", "source", "record"}``. The
    summary counts the findings by severity and lists the documents checked: *documents*
    together with every document a finding names, sorted.

    Args:
        findings: The findings, as `claimcheck.checks.run_checks` returns them.
        documents: The ids of the documents checked, including those without findings.

    Returns:
        A dict that `json.dumps` writes as is and `findings_from_json` reads back.

    >>> from claimcheck.model import Finding, Severity, Span
    >>> finding = Finding(code="NAM001", name="misspelled-name", category="name_error",
    ...                   severity=Severity.WARNING, message="'Jerry' looks misspelt",
    ...                   documents=("a1",), spans=(Span("a1", 4, "Jerry"),))
    >>> data = findings_to_json([finding], documents=["a1", "a2"])
    >>> data["findings"][0]["spans"]
    [{'document': 'a1', 'offset': 4, 'text': 'Jerry'}]
    >>> data["summary"]
    {'findings': 1, 'by_severity': {'error': 0, 'warning': 1, 'info': 0}, 'documents': ['a1', 'a2']}

    .. versionadded:: 0.1.0
    """
    items = [_finding_to_json(f) for f in findings]
    counts = Counter(item["severity"] for item in items)
    checked = sorted({*documents, *(d for item in items for d in item["documents"])})
    return {
        "version": FINDINGS_SCHEMA_VERSION,
        "findings": items,
        "summary": {
            "findings": len(items),
            "by_severity": {s.value: counts[s.value] for s in _WORST_FIRST},
            "documents": checked,
        },
    }


def findings_from_json(data: Mapping[str, Any], *, location: str = "<data>") -> list[Finding]:
    """The findings of *data*, as `findings_to_json` writes it; the summary is not read.

    Args:
        data: The parsed JSON object.
        location: Where *data* comes from, for error messages.

    Returns:
        The findings, in the order of the data.

    Raises:
        InputError: *data* does not fit the schema; the message names *location*, the path
            (``$.findings[2].severity``) and the value.

    >>> from claimcheck.model import Finding, Severity
    >>> finding = Finding(code="TIM001", name="event-date-conflict", category="event_date_conflict",
    ...                   severity=Severity.ERROR, message="two dates", documents=("a1", "a2"))
    >>> findings_from_json(findings_to_json([finding])) == [finding]
    True
    >>> findings_from_json({"version": 1, "findings": [{"code": "TIM001"}]})
    Traceback (most recent call last):
    ...
    claimcheck.errors.InputError: <data>: $.findings[0]: missing keys: name, category, severity, ...

    .. versionadded:: 0.1.0
    """
    reader = _Reader(location)
    if not isinstance(data, Mapping):
        raise reader.error("$", "the findings JSON is an object", data)
    version = data.get("version")
    if version != FINDINGS_SCHEMA_VERSION:
        raise reader.error("$.version", f"expected version {FINDINGS_SCHEMA_VERSION}", version)
    items = reader.array(data, "findings", "$")
    return [reader.finding(item, f"$.findings[{i}]") for i, item in enumerate(items)]


def _finding_to_json(finding: Finding) -> dict[str, Any]:
    return {
        "code": finding.code,
        "name": finding.name,
        "category": finding.category,
        "severity": finding.severity.value,
        "message": finding.message,
        "documents": list(finding.documents),
        "claims": list(finding.claims),
        "spans": [
            {"document": s.document, "offset": s.offset, "text": s.text} for s in finding.spans
        ],
        "evidence": [
            {"fact": e.fact, "source": e.source, "record": e.record} for e in finding.evidence
        ],
        "fix": finding.fix,
    }


class _Reader:
    """Reads findings JSON strictly, naming the path of the first problem."""

    def __init__(self, location: str) -> None:
        self.location = location

    def error(self, path: str, problem: str, value: object) -> InputError:
        return InputError(problem, location=self.location, path=path, value=value)

    def mapping(self, value: Any, path: str, keys: Sequence[str]) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise self.error(path, "expected an object", value)
        missing = [k for k in keys if k not in value]
        if missing:
            problem = f"missing keys: {', '.join(missing)}"
            raise InputError(problem, location=self.location, path=path)
        unknown = sorted(set(value) - set(keys))
        if unknown:
            raise self.error(f"{path}.{unknown[0]}", "unknown key", unknown[0])
        return value

    def array(self, data: Mapping[str, Any], key: str, path: str) -> list[Any]:
        value = data.get(key)
        if not isinstance(value, list):
            raise self.error(f"{path}.{key}", "expected an array", value)
        return value

    def finding(self, value: object, path: str) -> Finding:
        item = self.mapping(value, path, _FINDING_KEYS)
        try:
            severity = Severity(item["severity"])
        except ValueError:
            problem = "expected error, warning or info"
            raise self.error(f"{path}.severity", problem, item["severity"]) from None
        spans = [
            self.part(Span, s, f"{path}.spans[{i}]", ("document", "offset", "text"))
            for i, s in enumerate(self.array(item, "spans", path))
        ]
        evidence = [
            self.part(Evidence, e, f"{path}.evidence[{i}]", ("fact", "source", "record"))
            for i, e in enumerate(self.array(item, "evidence", path))
        ]
        fields = {k: item[k] for k in ("code", "name", "category", "message", "fix")}
        lists = {k: tuple(self.array(item, k, path)) for k in ("documents", "claims")}
        parts = {"severity": severity, "spans": tuple(spans), "evidence": tuple(evidence)}
        return self.build(Finding, {**fields, **lists, **parts}, path)

    def part(self, cls: Callable[..., _T], value: object, path: str, keys: Sequence[str]) -> _T:
        return self.build(cls, self.mapping(value, path, keys), path)

    def build(self, cls: Callable[..., _T], fields: Mapping[str, Any], path: str) -> _T:
        try:
            return cls(**fields)
        except (TypeError, ValueError) as exc:
            first = exc.args[0] if exc.args else None
            problem = first if isinstance(first, str) else str(exc)  # attrs adds more arguments
            raise InputError(problem, location=self.location, path=path) from None
