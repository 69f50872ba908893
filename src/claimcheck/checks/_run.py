"""Running checks over documents: document-local checks per document, keyed checks per group."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence

from claimcheck.checks._builtin import BUILTIN
from claimcheck.checks._registry import CheckSpec, Group, KeyFunction, Member, Registry
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Document, Finding, Severity

__all__ = ["run_checks"]


def run_checks(
    documents: Iterable[Document],
    kb: KnowledgeBase,
    *,
    registry: Registry = BUILTIN,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
) -> list[Finding]:
    """Run the selected checks over *documents* and return the findings, sorted.

    Document-local checks see one document at a time; keyed checks see one `Group` at a
    time. The result does not depend on the order of *documents*; identical findings are
    reported once. A check (or its key) that raises becomes an error finding for that check,
    naming the document, group or claim it failed on, and the run goes on.

    Args:
        documents: The documents to check.
        kb: The knowledge base the checks consult.
        registry: The checks to choose from; the built-in ones by default.
        select: Codes or families to run (empty: every stable check).
        ignore: Codes or families to leave out.

    Raises:
        UnknownCheckError: *select* or *ignore* names no known check.

    .. versionadded:: 0.1.0
    """
    specs = registry.selected(select=select, ignore=ignore)
    ordered = sorted(documents, key=lambda d: d.id)
    members = [
        Member(document=document, claim=claim)
        for document in ordered
        for claim in sorted(document.claims, key=lambda c: c.id)
    ]
    findings: set[Finding] = set()
    for spec in specs:
        if spec.key is None:
            for document in ordered:
                findings.update(_run_one(spec, document, kb, where=f"document {document.id!r}"))
        else:
            groups, failures = _groups(spec, spec.key, members, kb)
            findings.update(failures)
            for group in groups:
                findings.update(_run_one(spec, group, kb, where=f"group {group.key!r}"))
    return sorted(findings, key=Finding.sort_key)


def _groups(
    spec: CheckSpec, key: KeyFunction, members: Sequence[Member], kb: KnowledgeBase
) -> tuple[list[Group], list[Finding]]:
    """The groups *key* makes of the claims, and an error finding for each claim it fails on.

    *members* (one for each claim, shared by every keyed check) come in order of document
    id, then claim id, and so do the members of each group.
    """
    buckets: dict[Hashable, list[Member]] = defaultdict(list)
    failures = []
    for member in members:
        document, claim = member.document, member.claim
        try:
            values = key(claim, document, kb)
            if not values:
                continue
            distinct = dict.fromkeys(values)
        except Exception as exc:  # a failing key is reported, and the run goes on
            failures.append(_failure(spec, exc, f"the key of claim {claim.ref!r}", (document.id,)))
            continue
        for value in distinct:
            buckets[value].append(member)
    groups = [Group(key=value, members=tuple(found)) for value, found in buckets.items()]
    return groups, failures


def _run_one(spec: CheckSpec, subject: Document | Group, kb: KnowledgeBase, *, where: str) -> list[Finding]:
    documents = (subject.id,) if isinstance(subject, Document) else subject.documents
    try:
        produced = list(spec.function(subject, kb))
        for finding in produced:
            if not isinstance(finding, Finding) or finding.code != spec.code:
                shown = finding.code if isinstance(finding, Finding) else type(finding).__name__
                msg = f"produced {shown!r}, which is not a Finding with code {spec.code}"
                raise TypeError(msg)
    except Exception as exc:  # a failing check is reported, and the run goes on
        return [_failure(spec, exc, where, documents)]
    return produced


def _failure(spec: CheckSpec, exc: Exception, where: str, documents: tuple[str, ...]) -> Finding:
    """The error finding that reports *spec* failing on *where*."""
    return Finding(
        code=spec.code,
        name=spec.name,
        category=spec.category,
        severity=Severity.ERROR,
        message=f"check {spec.code} ({spec.name}) failed on {where}: {type(exc).__name__}: {exc}",
        documents=documents,
    )
