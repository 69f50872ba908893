"""Acceptance: the documents extracted from the raw reference articles give the case files' findings."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.checks import run_checks
from claimcheck.extract import extract
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Document, Finding, Severity
from claimcheck.serialize import load_case_file


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    """The bundled knowledge base."""
    return KnowledgeBase.default()


@pytest.fixture(scope="module")
def hand_encoded(seeds_dir: Path) -> list[Document]:
    """The hand-encoded documents of the reference articles."""
    return [load_case_file(p).document for p in sorted(seeds_dir.glob("*.json"))]


@pytest.fixture(scope="module")
def extracted(shared_dir: Path, hand_encoded: list[Document], kb: KnowledgeBase) -> list[Document]:
    """The documents extracted from the raw articles, with the case files' sources."""
    documents = []
    for document in hand_encoded:
        text = (shared_dir / "seeds" / f"{document.id}.txt").read_text(encoding="utf-8")
        documents.append(extract(text, source=document.source, kb=kb))
    return documents


def _serious(findings: list[Finding]) -> list[tuple[str, str, tuple[str, ...]]]:
    return sorted(
        (f.code, f.category, f.documents) for f in findings if f.severity.at_least(Severity.WARNING)
    )


def test_same_findings_as_the_case_files(
    extracted: list[Document], hand_encoded: list[Document], kb: KnowledgeBase
) -> None:
    """Warnings and errors on the extracted documents are those on the hand-encoded ones."""
    expected = _serious(run_checks(hand_encoded, kb))
    assert expected, "the case files must give findings for this test to mean anything"
    assert _serious(run_checks(extracted, kb)) == expected


def test_extracted_evidence_is_the_article_text(
    shared_dir: Path, extracted: list[Document]
) -> None:
    """Every evidence span of an extracted claim is the article's text at its offset."""
    for document in extracted:
        text = (shared_dir / "seeds" / f"{document.id}.txt").read_text(encoding="utf-8")
        for claim in document.claims:
            assert claim.evidence is not None
            span = claim.evidence
            assert text[span.offset : span.end] == span.text


def test_findings_name_the_claims_they_rest_on(
    extracted: list[Document], kb: KnowledgeBase
) -> None:
    """Each serious finding on the extracted documents points at claims of those documents."""
    refs = {c.ref for d in extracted for c in d.claims}
    for finding in run_checks(extracted, kb):
        if finding.severity.at_least(Severity.WARNING):
            assert finding.claims
            assert set(finding.claims) <= refs


_FURNITURE_MARKERS = (
    "your support",
    "cookie",
    "suggest a correction",
    "ad blocker",
    "©",
    "registering",
)


def test_page_furniture_makes_no_claims(shared_dir: Path, extracted: list[Document]) -> None:
    """No claim's evidence lies on a line of appeals, notices or credits."""
    for document in extracted:
        text = (shared_dir / "seeds" / f"{document.id}.txt").read_text(encoding="utf-8")
        for claim in document.claims:
            assert claim.evidence is not None
            start = text.rfind("\n", 0, claim.evidence.offset) + 1
            stop = text.find("\n", claim.evidence.offset)
            line = text[start : stop if stop >= 0 else len(text)].lower()
            assert not any(marker in line for marker in _FURNITURE_MARKERS), line
