"""The bundled case files for the reference articles: complete, exact, and in our own words."""

from __future__ import annotations

import re
from pathlib import Path

import attrs
import pytest

from claimcheck.model import CaseFile, Expectation
from claimcheck.serialize import dumps_case_file, load_case_file, loads_case_file

CATEGORIES = frozenset(
    {
        "role_tenure",
        "role_exclusivity",
        "event_date_conflict",
        "weekday_mismatch",
        "temporal_order",
        "arithmetic",
        "numeric_conflict",
        "name_error",
        "name_variant",
        "attribution",
        "corroboration",
    }
)
"""The finding categories an expectation may name."""

COPY_RUN = 10
"""A run of this many words shared with an article counts as copied text."""

_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _runs(words: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


@pytest.fixture(scope="module")
def articles(shared_dir: Path) -> dict[str, str]:
    """The raw reference articles by document id."""
    return {
        p.stem: p.read_text(encoding="utf-8") for p in sorted((shared_dir / "seeds").glob("*.txt"))
    }


@pytest.fixture(scope="module")
def cases(seeds_dir: Path) -> dict[str, CaseFile]:
    """The bundled case files by document id."""
    return {p.stem: load_case_file(p) for p in sorted(seeds_dir.glob("*.json"))}


def _expectations(case: CaseFile) -> list[tuple[str, Expectation]]:
    return [("expected", e) for e in case.expected] + [("quiet", e) for e in case.quiet]


def test_one_case_file_per_article(articles: dict[str, str], cases: dict[str, CaseFile]) -> None:
    """Every reference article has a case file named after it, and every case file an article."""
    assert len(articles) == 5
    assert sorted(cases) == sorted(articles)


def test_document_id_is_the_file_stem(cases: dict[str, CaseFile]) -> None:
    """Each case file's document id is its own file name without the extension."""
    for stem, case in cases.items():
        assert case.id == stem


def test_evidence_is_exact_article_text(
    articles: dict[str, str], cases: dict[str, CaseFile]
) -> None:
    """Every evidence span is the article's own text at the span's offset, and short."""
    checked = 0
    for doc_id, case in cases.items():
        text = articles[doc_id]
        for claim in case.document.claims:
            span = claim.evidence
            assert span is not None, f"{claim.ref} has no evidence"
            assert text[span.offset : span.end] == span.text, f"{claim.ref}: {span!r}"
            assert len(_words(span.text)) < COPY_RUN, f"{claim.ref}: evidence too long"
            checked += 1
    assert checked > 50


def test_expectation_refs_resolve(cases: dict[str, CaseFile]) -> None:
    """Every claim an expectation names exists, in its own case file or in another one."""
    refs = {claim.ref for case in cases.values() for claim in case.document.claims}
    for case in cases.values():
        for kind, expectation in _expectations(case):
            assert expectation.claims, f"{case.id}: a {kind} {expectation.category} names no claim"
            for ref in expectation.claims:
                assert ref in refs, f"{case.id}: {kind} {expectation.category} names unknown {ref}"


def test_expectations_are_well_formed(cases: dict[str, CaseFile]) -> None:
    """Expectations use the known categories, explain themselves, and list their documents."""
    for case in cases.values():
        for kind, expectation in _expectations(case):
            assert expectation.category in CATEGORIES, f"{case.id}: {expectation.category}"
            assert expectation.note, f"{case.id}: a {kind} {expectation.category} has no note"
            documents = {ref.partition("#")[0] for ref in expectation.claims}
            assert case.id in documents, (
                f"{case.id}: {expectation.category} is about other documents only"
            )
            if len(documents) > 1:
                assert set(expectation.documents) == documents, f"{case.id}: {expectation.category}"


def test_cross_document_expectations_are_mirrored(cases: dict[str, CaseFile]) -> None:
    """An expectation spanning two documents appears, the same, in each of their case files."""
    for case in cases.values():
        for kind, expectation in _expectations(case):
            for other in expectation.documents:
                assert expectation in getattr(cases[other], kind), f"{other} lacks {expectation!r}"


def test_expected_and_quiet_never_overlap(cases: dict[str, CaseFile]) -> None:
    """No claim is both expected and forbidden to carry the same category of finding."""
    for case in cases.values():
        expected = {(e.category, ref) for e in case.expected for ref in e.claims}
        quiet = {(e.category, ref) for e in case.quiet for ref in e.claims}
        assert not expected & quiet, case.id


def test_no_article_text_is_copied(articles: dict[str, str], seeds_dir: Path) -> None:
    """The case files share no run of ten words with any reference article."""
    article_runs = set().union(*(_runs(_words(text), COPY_RUN) for text in articles.values()))
    for path in sorted(seeds_dir.glob("*.json")):
        copied = _runs(_words(path.read_text(encoding="utf-8")), COPY_RUN) & article_runs
        assert not copied, f"{path.name} copies: {' '.join(min(copied))}"


def test_copy_detector_sees_a_copied_sentence(
    articles: dict[str, str], cases: dict[str, CaseFile]
) -> None:
    """A case file whose note repeats an article's sentence is caught, quotes and all."""
    text = articles["004_92f4c088c366d86b"]
    sentence = max(text.splitlines(), key=len)
    case = cases["004_92f4c088c366d86b"]
    tampered = attrs.evolve(
        case, quiet=(attrs.evolve(case.quiet[0], note=sentence), *case.quiet[1:])
    )
    assert _runs(_words(dumps_case_file(tampered)), COPY_RUN) & _runs(_words(text), COPY_RUN)


@pytest.mark.parametrize(
    "stem",
    [
        "000_651f651da2a6e5bd",
        "001_177e5bb7354ccfd6",
        "002_4bd521863b4100d8",
        "003_2ced16fb7bbe558b",
        "004_92f4c088c366d86b",
    ],
)
def test_case_file_is_canonical(seeds_dir: Path, stem: str) -> None:
    """Dumping a loaded case file gives its exact text; reading that gives the same object."""
    path = seeds_dir / f"{stem}.json"
    text = path.read_text(encoding="utf-8")
    case = load_case_file(path)
    assert dumps_case_file(case) == text
    assert loads_case_file(dumps_case_file(case), location=str(path)) == case


def test_seed_expectations_cover_the_known_findings(cases: dict[str, CaseFile]) -> None:
    """The case files expect the five known slips and guard the known traps."""
    expected = {(doc_id, e.category) for doc_id, case in cases.items() for e in case.expected}
    assert expected == {
        ("000_651f651da2a6e5bd", "role_tenure"),
        ("000_651f651da2a6e5bd", "role_exclusivity"),
        ("000_651f651da2a6e5bd", "event_date_conflict"),
        ("000_651f651da2a6e5bd", "corroboration"),
        ("001_177e5bb7354ccfd6", "event_date_conflict"),
        ("001_177e5bb7354ccfd6", "name_error"),
        ("001_177e5bb7354ccfd6", "corroboration"),
    }
    quiet = {(doc_id, e.category) for doc_id, case in cases.items() for e in case.quiet}
    assert {
        ("001_177e5bb7354ccfd6", "role_tenure"),
        ("001_177e5bb7354ccfd6", "arithmetic"),
        ("002_4bd521863b4100d8", "role_tenure"),
        ("002_4bd521863b4100d8", "event_date_conflict"),
        ("003_2ced16fb7bbe558b", "name_error"),
        ("003_2ced16fb7bbe558b", "weekday_mismatch"),
        ("003_2ced16fb7bbe558b", "event_date_conflict"),
        ("004_92f4c088c366d86b", "arithmetic"),
        ("004_92f4c088c366d86b", "event_date_conflict"),
        ("000_651f651da2a6e5bd", "role_tenure"),
    } <= quiet
