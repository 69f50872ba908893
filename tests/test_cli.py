"""The ``claimcheck`` command line."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings

from claimcheck.checks import run_checks
from claimcheck.cli import main
from claimcheck.kb import KnowledgeBase
from claimcheck.model import CaseFile, Finding, RoleHeld
from claimcheck.serialize import (
    dump_case_file,
    dumps_case_file,
    findings_from_json,
    load_case_file,
    loads_case_file,
)
from claimcheck.strategies import case_files

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "docs" / "findings.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
USER_FACTS = ROOT / "tests" / "data" / "facts" / "military-committee.toml"

SEED_IDS = [
    "000_651f651da2a6e5bd",
    "001_177e5bb7354ccfd6",
    "002_4bd521863b4100d8",
    "003_2ced16fb7bbe558b",
    "004_92f4c088c366d86b",
]

_TOML_CASE = """\
[source]
document_id = "t1"
published = "2024-12-03"
outlet = { name = "Example Wire", kind = "outlet" }

[[claims]]
id = "c1"
[claims.assertion]
type = "role_held"
actor = "Jens Stoltenberg"
role = "Secretary General"
organization = "NATO"

[claims.evidence]
document = "t1"
offset = 12
text = "Jens Stoltenberg"

[[expected]]
category = "role_tenure"
claims = ["t1#c1"]
note = "His term ended two months before."
"""

_PLUGIN = '''\
from claimcheck.checks import check
from claimcheck.model import Finding, Severity


@check("USR001", "document-without-claims", category="completeness", severity=Severity.INFO)
def document_without_claims(doc, kb):
    """Flag a document that makes no claim."""
    if not doc.claims:
        yield Finding(code="USR001", name="document-without-claims", category="completeness",
                      severity=Severity.INFO, message="no claims", documents=(doc.id,))
'''


@pytest.fixture(scope="module")
def seed_findings(seeds_dir: Path) -> list[Finding]:
    """What the built-in checks find on the five seed documents."""
    documents = [load_case_file(p).document for p in sorted(seeds_dir.glob("*.json"))]
    return run_checks(documents, KnowledgeBase.default())


def _run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def _toml_case(folder: Path) -> Path:
    path = folder / "t1.toml"
    path.write_text(_TOML_CASE, encoding="utf-8")
    return path


# -- the text report ----------------------------------------------------------------------


def test_check_reports_seed_findings_by_document(
    seeds_dir: Path, seed_findings: list[Finding], capsys: pytest.CaptureFixture[str]
) -> None:
    """The seeds' findings are printed under their documents with spans, facts, sources and
    fixes, then a summary; warnings make the status 1."""
    status, out, err = _run(capsys, "check", seeds_dir)
    assert (status, err) == (1, "")
    headings = [line for line in out.splitlines() if line and not line.startswith(" ")]
    assert headings[0] == "000_651f651da2a6e5bd (Euromaidan Press, published 2024-10-19/2024-10-20)"
    assert "000_651f651da2a6e5bd + 001_177e5bb7354ccfd6" in headings
    rol001 = next(f for f in seed_findings if f.code == "ROL001")
    block = out.split("  ROL001 holder-outside-tenure [error]\n", 1)[1]
    span = rol001.spans[0]
    assert block.startswith(
        f'    {rol001.message}\n    {span.document}:{span.offset} "{span.text}"\n'
    )
    evidence = rol001.evidence[0]
    assert (
        f"    fact: {evidence.fact}\n      source: {evidence.source} (record {evidence.record})\n"
        in block
    )
    assert f"    fix: {rol001.fix}\n" in block
    counts = Counter(f.severity.value for f in seed_findings)
    assert out.endswith(
        f"\nFound {len(seed_findings)} findings ({counts['error']} errors, "
        f"{counts['warning']} warnings, {counts['info']} info) in 5 documents.\n"
    )
    finding_lines = [line for line in out.splitlines() if re.match(r"  [A-Z]{3}\d{3} ", line)]
    assert len(finding_lines) == len(seed_findings)


def test_fail_on_sets_the_threshold_of_status_1(
    seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--fail-on`` decides which severity makes the status 1; ``never`` always gives 0."""
    assert main(["check", "--fail-on", "never", str(seeds_dir)]) == 0
    assert main(["check", "--select", "NAM", "--fail-on", "error", str(seeds_dir)]) == 0
    assert main(["check", "--select", "NAM002", str(seeds_dir)]) == 0
    assert main(["check", "--select", "NAM002", "--fail-on", "info", str(seeds_dir)]) == 1
    assert main(["check", "--select", "ROL001", "--fail-on", "error", str(seeds_dir)]) == 1
    capsys.readouterr()


def test_select_and_ignore_take_codes_and_families(
    seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--select`` and ``--ignore`` take comma-separated codes and families, in any case."""
    status, out, _ = _run(
        capsys, "check", "-q", "--select", "rol, NAM001", "--ignore", "ROL002", seeds_dir
    )
    codes = {line.split(": ")[1].split()[0] for line in out.splitlines()}
    assert (status, codes) == (1, {"ROL001", "NAM001"})


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_unknown_code_is_a_usage_error(
    option: str, seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A code or family that no check has stops the run with status 2 and says which."""
    status, out, err = _run(capsys, "check", option, "ROL001,XYZ999", seeds_dir)
    assert (status, out) == (2, "")
    assert err == f"claimcheck: {option}: 'XYZ999' is neither a known check code nor a family\n"


def test_quiet_prints_one_line_per_finding(
    seeds_dir: Path, seed_findings: list[Finding], capsys: pytest.CaptureFixture[str]
) -> None:
    """``-q`` prints ``document:offset: CODE [severity] message`` for each finding (its documents
    where it has no span), nothing else."""
    status, out, _ = _run(capsys, "check", "-q", seeds_dir)
    lines = out.splitlines()
    assert status == 1
    assert len(lines) == len(seed_findings)
    for line, finding in zip(lines, seed_findings, strict=True):
        where = (
            f"{finding.spans[0].document}:{finding.spans[0].offset}"
            if finding.spans
            else ",".join(finding.documents)
        )
        assert line == f"{where}: {finding.code} [{finding.severity.value}] {finding.message}"


def test_expected_compares_with_the_case_files(
    seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With ``--expected`` the seeds pass: every expected finding is there, no trap fires."""
    status, out, _ = _run(capsys, "check", "--expected", seeds_dir)
    assert status == 0
    assert (
        "expectations of the case files:\n"
        "  every expected finding found, no quiet one broken, nothing unexpected\n"
    ) in out


def test_expected_reports_a_miss(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An expected finding that is not found, and a finding no expectation covers, give status 1."""
    case = json.loads((ROOT / "seeds" / f"{SEED_IDS[2]}.json").read_text(encoding="utf-8"))
    case["expected"] = [
        {"category": "numeric_conflict", "claims": [f"{SEED_IDS[2]}#zelenskyy-president"]}
    ]
    (tmp_path / f"{SEED_IDS[2]}.json").write_text(json.dumps(case), encoding="utf-8")
    status, out, _ = _run(capsys, "check", "--expected", "--fail-on", "info", tmp_path)
    assert status == 1
    assert f"  missing: numeric_conflict on {SEED_IDS[2]}#zelenskyy-president\n" in out
    assert "  unexpected: NAM002 on " in out


def test_expected_reports_a_broken_trap(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A finding of a category a case file keeps quiet on its claim is reported, status 1."""
    text = _TOML_CASE.replace("[[expected]]", "[[quiet]]")
    (tmp_path / "t1.toml").write_text(text, encoding="utf-8")
    status, out, _ = _run(capsys, "check", "--expected", "--format", "json", tmp_path)
    data = json.loads(out)
    VALIDATOR.validate(data)
    assert status == 1
    assert data["expectations"]["broken"] == [
        {
            "document": "t1",
            "category": "role_tenure",
            "claims": ["t1#c1"],
            "note": "His term ended two months before.",
            "by": ["ROL001"],
        }
    ]


# -- JSON and ClaimReview -----------------------------------------------------------------


def test_json_output_fits_the_schema_and_reads_back(
    seeds_dir: Path, seed_findings: list[Finding], capsys: pytest.CaptureFixture[str]
) -> None:
    """``--format json`` prints data valid under docs/findings.schema.json holding every finding."""
    status, out, _ = _run(capsys, "check", "--format", "json", "--expected", seeds_dir)
    data = json.loads(out)
    VALIDATOR.validate(data)
    assert status == 0
    assert findings_from_json(data) == seed_findings
    assert data["summary"]["documents"] == SEED_IDS
    assert data["summary"]["findings"] == len(seed_findings)
    assert data["expectations"] == {"missing": [], "broken": [], "unexpected": []}


def test_json_output_for_a_clean_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A document without findings still appears in the summary, with status 0."""
    text = _TOML_CASE.replace("Jens Stoltenberg", "Mark Rutte").replace("[[expected]]", "[[quiet]]")
    (tmp_path / "t1.toml").write_text(text, encoding="utf-8")
    status, out, _ = _run(capsys, "check", "--format", "json", tmp_path)
    data = json.loads(out)
    VALIDATOR.validate(data)
    assert status == 0
    assert data["findings"] == []
    assert data["summary"] == {
        "findings": 0,
        "by_severity": {"error": 0, "warning": 0, "info": 0},
        "documents": ["t1"],
    }


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=case_files())
def test_any_case_file_gives_valid_json(case: CaseFile, capsys: pytest.CaptureFixture[str]) -> None:
    """Any valid case file is read and checked, and the JSON fits the schema and names it.

    Forty examples: each one runs every check, which is slower than a round trip.
    """
    capsys.readouterr()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "case.json"
        dump_case_file(case, path)
        status, out, err = _run(capsys, "check", "--format", "json", "--fail-on", "never", path)
    assert (status, err) == (0, "")
    data = json.loads(out)
    VALIDATOR.validate(data)
    assert data["summary"]["documents"] == sorted(
        {case.id, *(d for f in data["findings"] for d in f["documents"])}
    )


def test_claimreview_needs_a_review_date(
    seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--format claimreview`` needs ``--review-date``: the clock is never read."""
    status, out, err = _run(capsys, "check", "--format", "claimreview", seeds_dir)
    assert (status, out) == (2, "")
    assert err.startswith("claimcheck: --format claimreview needs --review-date YYYY-MM-DD")


def test_claimreview_output(
    seeds_dir: Path, seed_findings: list[Finding], capsys: pytest.CaptureFixture[str]
) -> None:
    """Each finding gives a ClaimReview per document it names, with schema.org's required fields."""
    status, out, _ = _run(
        capsys,
        "check",
        "--format",
        "claimreview",
        "--review-date",
        "2024-12-10",
        "--reviewer",
        "Example Desk",
        "--review-url",
        "https://desk.example/reviews",
        seeds_dir,
    )
    reviews = json.loads(out)
    assert status == 1
    assert len(reviews) == sum(len(f.documents) for f in seed_findings)
    for review in reviews:
        assert review["@context"] == "https://schema.org"
        assert review["@type"] == "ClaimReview"
        assert isinstance(review["claimReviewed"], str) and review["claimReviewed"]
        assert review["author"] == {"@type": "Organization", "name": "Example Desk"}
        assert review["datePublished"] == "2024-12-10"
        assert review["url"] == "https://desk.example/reviews"
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating"
        assert rating["worstRating"] <= rating["ratingValue"] < rating["bestRating"]
        assert isinstance(rating["alternateName"], str)
        claim = review["itemReviewed"]
        assert claim["@type"] == "Claim"
        assert claim["appearance"]["identifier"] in SEED_IDS


# -- inputs -------------------------------------------------------------------------------


def test_broken_case_file_among_good_ones(
    tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A malformed case file is named on stderr, the good ones are still checked; status 2."""
    bad = tmp_path / "bad.json"
    bad.write_text('{"source": {"document_id": "b1", "published": "2024-13"}}', encoding="utf-8")
    shutil.copy(seeds_dir / f"{SEED_IDS[1]}.json", tmp_path / "good.json")
    status, out, err = _run(capsys, "check", tmp_path)
    assert status == 2
    assert err == (
        f"claimcheck: {bad}: $.source.published: no such date (month must be in 1..12)"
        " (got '2024-13')\n"
    )
    assert out.startswith(f"{SEED_IDS[1]} (")
    assert "NAM001 misspelled-name [warning]" in out
    assert out.endswith(" in 1 document; 1 input could not be read.\n")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("latin1.json", "café".encode("latin-1"), "not UTF-8 text (byte 3 is b'\\xe9')"),
        ("empty.json", b"", "the file is empty"),
        ("blank.txt", b" \n\t\n", "the file is empty"),
        (
            "image.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00",
            "line 3: the file is binary (it holds NUL bytes), not an article",
        ),
        ("latin1.txt", "déjà".encode("latin-1"), "line 1: the file is not UTF-8 text"),
        ("binary.toml", b"\x00\x01\x02", "not valid TOML: "),
        ("truncated.json", b'{"source": ', "not valid JSON at line 1, column 12: Expecting value"),
        ("notes.md", b"# notes", "not a case file (.json, .toml) or an article (.txt) (got '.md')"),
    ],
)
def test_unreadable_files(
    name: str, content: bytes, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bytes that are not UTF-8, empty or binary files and wrong suffixes are input errors."""
    path = tmp_path / name
    path.write_bytes(content)
    status, out, err = _run(capsys, "check", path)
    assert status == 2
    assert err.startswith(f"claimcheck: {path}: {message}")
    assert err.count("\n") == 1
    assert out == "No findings in 0 documents; 1 input could not be read.\n"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\n \n", "the article holds no text"),
        (b"GIF89a\x00\x01", "a binary file, not article text (it holds NUL bytes)"),
        ("d\u00e9j\u00e0".encode("latin-1"), "not UTF-8 text (byte 1 is b'\\xe9')"),
    ],
)
def test_unreadable_text_without_header(
    content: bytes, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With ``--published``, a text without a header is still refused when it is not text."""
    path = tmp_path / "a1.txt"
    path.write_bytes(content)
    status, _, err = _run(capsys, "check", "--published", "2024-12-03", path)
    assert (status, err) == (2, f"claimcheck: {path}: {message}\n")


def test_missing_path_and_empty_folder_are_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing path and a folder without inputs each give an error line; status 2."""
    missing = tmp_path / "missing.json"
    lost = tmp_path / "lost.txt"
    gone = tmp_path / "gone"
    empty = tmp_path / "empty"
    empty.mkdir()
    status, _, err = _run(capsys, "check", missing, lost, gone, empty)
    assert status == 2
    assert err.splitlines() == [
        f"claimcheck: {empty}: no case file (*.json, *.toml) or article (*.txt) in this folder",
        f"claimcheck: {missing}: cannot read the file (No such file or directory)",
        f"claimcheck: {lost}: cannot read the file (No such file or directory)",
        f"claimcheck: {gone}: no such file or folder",
    ]


def test_folders_are_searched_recursively_skipping_hidden_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A TOML case file in a nested folder is read; other and hidden files are skipped."""
    nested = tmp_path / "cases"
    nested.mkdir()
    _toml_case(nested)
    (nested / "notes.md").write_text("not a case file", encoding="utf-8")
    (nested / ".t1.json.tmp.json").write_text("{", encoding="utf-8")
    (tmp_path / ".venv").mkdir()
    (tmp_path / ".venv" / "package.json").write_text("{", encoding="utf-8")
    status, out, err = _run(capsys, "check", tmp_path)
    assert (status, err) == (1, "")
    assert out.splitlines()[:2] == [
        "t1 (Example Wire, published 2024-12-03)",
        "  ROL001 holder-outside-tenure [error]",
    ]


def test_one_document_read_twice_is_an_error(
    tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two inputs with one document id: the second is refused and the first is checked once."""
    first = seeds_dir / f"{SEED_IDS[3]}.json"
    second = tmp_path / "copy.json"
    shutil.copy(first, second)
    status, out, err = _run(capsys, "check", first, second)
    assert status == 2
    assert err == f"claimcheck: {second}: document '{SEED_IDS[3]}' was already read from {first}\n"
    assert " in 1 document; 1 input could not be read.\n" in out


_ARTICLE_BODY = (
    "NATO Secretary General Jens Stoltenberg opened the meeting of foreign ministers in "
    "Brussels on Tuesday.\n"
)


def test_article_with_a_header_is_extracted_and_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An article text with a header goes through the extractor; its findings quote the file."""
    article = tmp_path / "wire-1.txt"
    text = f"published: 2024-12-03\noutlet: Example Wire\n\n{_ARTICLE_BODY}"
    article.write_text(text, encoding="utf-8")
    status, out, err = _run(capsys, "check", "-q", article)
    assert (status, err) == (1, "")
    offset = text.index("Jens Stoltenberg")
    assert out.startswith(f"wire-1:{offset}: ROL001 [error] Jens Stoltenberg is called")


def test_article_without_a_header_needs_published(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A text without a header is refused unless ``--published`` says when it came out."""
    article = tmp_path / "wire-2.txt"
    article.write_text(_ARTICLE_BODY, encoding="utf-8")
    status, _, err = _run(capsys, "check", article)
    assert status == 2
    assert err.startswith(f"claimcheck: {article}: line 1: the file has no header")
    status, out, _ = _run(
        capsys, "check", "--published", "2024-12-03", "--outlet", "Example Wire", article
    )
    assert status == 1
    assert out.startswith("wire-2 (Example Wire, published 2024-12-03)\n  ROL001 ")


def test_extract_prints_a_case_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``extract`` prints the extracted document as a JSON case file that reads back the same."""
    article = tmp_path / "wire-3.txt"
    article.write_text(_ARTICLE_BODY, encoding="utf-8")
    status, out, _ = _run(capsys, "extract", "--published", "2024-12-03", article)
    case = loads_case_file(out)
    assert status == 0
    assert case.id == "wire-3"
    assert case.document.source.published.isoformat() == "2024-12-03"
    assert any(isinstance(c.assertion, RoleHeld) for c in case.document.claims)
    assert dumps_case_file(case) == out


def test_reference_article_spans_quote_the_text(
    shared_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Checking a raw reference article prints spans whose text is the article's at the offset."""
    article = shared_dir / "seeds" / f"{SEED_IDS[1]}.txt"
    status, out, _ = _run(capsys, "check", "--format", "json", "--published", "2024-11-23", article)
    text = article.read_text(encoding="utf-8")
    spans = [s for f in json.loads(out)["findings"] for s in f["spans"]]
    assert status in (0, 1)
    assert spans
    for span in spans:
        assert text[span["offset"] : span["offset"] + len(span["text"])] == span["text"]


def test_bad_published_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """``--published`` takes a time span; anything else stops with the usage and status 2."""
    status, _, err = _run(capsys, "check", "--published", "last Tuesday", "a.txt")
    assert status == 2
    assert "argument --published: " in err
    assert err.endswith("(got 'last Tuesday')\n")


class _Terminal(io.StringIO):
    """A standard error that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_progress_on_a_terminal(
    seeds_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a terminal, progress rewrites one line and ends with a newline, without ``--progress``."""
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["check", "-q", "--fail-on", "never", str(seeds_dir)]) == 0
    shown = terminal.getvalue()
    assert shown.count("\r\x1b[K") == 6
    assert shown.endswith("\r\x1b[Kclaimcheck: running the checks on 5 documents\n")
    capsys.readouterr()


def test_progress_on_request(seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--progress`` reports each input on stderr; without it a non-terminal stderr stays empty."""
    _, _, err = _run(capsys, "check", "--progress", "-q", seeds_dir)
    lines = err.splitlines()
    assert lines[0] == f"claimcheck: reading 1/5: {seeds_dir / SEED_IDS[0]}.json"
    assert lines[-1] == "claimcheck: running the checks on 5 documents"
    assert _run(capsys, "check", "-q", seeds_dir)[2] == ""


# -- knowledge base -----------------------------------------------------------------------


def test_user_fact_files_are_merged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--kb FILE`` adds a user's facts to the bundled ones, for checks and for ``kb show``."""
    status, out, _ = _run(capsys, "kb", "show", "Rob Baur", "--kb", USER_FACTS)
    assert status == 0
    assert out.splitlines()[:2] == ["Rob Bauer (person)", "  found by near miss: 'Rob Baur'"]
    assert (
        "    Chair of the Military Committee, NATO: from 2021-06 to 2025-01-17 "
        "(start medium confidence)"
    ) in out
    case = (
        _TOML_CASE.replace("Jens Stoltenberg", "Rob Bauer")
        .replace('role = "Secretary General"', 'role = "Chair of the Military Committee"')
        .replace("2024-12-03", "2025-03-01")
    )
    (tmp_path / "t1.toml").write_text(case, encoding="utf-8")
    assert main(["check", "-q", str(tmp_path)]) == 0
    assert main(["check", "-q", "--kb", str(USER_FACTS), str(tmp_path)]) == 1
    assert "t1:12: ROL001 [error] Rob Bauer" in capsys.readouterr().out


def test_bad_fact_file_stops_the_run(
    tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A fact file that cannot be read stops the command before any check, with status 2."""
    facts = tmp_path / "facts.json"
    facts.write_text('{"records": [{"kind": "tenure"}]}', encoding="utf-8")
    status, out, err = _run(capsys, "check", "--kb", facts, seeds_dir)
    assert (status, out) == (2, "")
    assert err.startswith(f"claimcheck: {facts}: ")


def test_kb_show_an_actor(capsys: pytest.CaptureFixture[str]) -> None:
    """``kb show`` of a misspelt name finds the actor and lists names, offices and events."""
    status, out, _ = _run(capsys, "kb", "show", "Jerry Connolly")
    lines = out.splitlines()
    assert status == 0
    assert lines[:2] == ["Gerald E. Connolly (person)", "  found by near miss: 'Jerry Connolly'"]
    assert "  misspelt: Jerry Connolly" in out
    offices = lines.index("  offices:")
    assert lines[offices + 1].startswith(
        "    President, NATO Parliamentary Assembly: from 2020-11-23 to 2022-11-21 [tenure:"
    )
    assert lines[offices + 2].startswith("      source: https://")
    events = lines.index("  events:")
    assert lines[events + 1].startswith("    2025-05-21: ")


def test_kb_show_an_office(capsys: pytest.CaptureFixture[str]) -> None:
    """``kb show`` of an office lists its other names and its holders with dates and sources."""
    status, out, _ = _run(capsys, "kb", "show", "NATO Secretary General")
    lines = out.splitlines()
    assert status == 0
    assert lines[0] == "Secretary General, NATO (office)"
    holders = [line for line in lines if line.startswith("    ") and not line.startswith("     ")]
    assert holders[-2].startswith("    Jens Stoltenberg: from 2014-10-01 to 2024-10-01 [tenure:")
    assert holders[-1].startswith("    Mark Rutte: from 2024-10-01, in office [tenure:")


def test_kb_show_unknown_name(capsys: pytest.CaptureFixture[str]) -> None:
    """A name the knowledge base does not know gives status 1 and a line on stderr."""
    status, out, err = _run(capsys, "kb", "show", "Nobody At All")
    assert (status, out) == (1, "")
    assert err == "claimcheck: kb show: the knowledge base knows nothing of 'Nobody At All'\n"


def test_kb_list(capsys: pytest.CaptureFixture[str]) -> None:
    """``kb list`` names every actor and office of the knowledge base."""
    status, out, _ = _run(capsys, "kb", "list")
    kb = KnowledgeBase.default()
    assert status == 0
    assert f"actors ({len(kb.actors)}):" in out
    assert "  Mark Rutte (person)\n" in out
    assert "  Secretary General, NATO\n" in out


# -- explain ------------------------------------------------------------------------------


def test_explain_prints_the_check(capsys: pytest.CaptureFixture[str]) -> None:
    """``explain`` takes a code or a name and prints the check's fields and its docstring."""
    from claimcheck.checks import BUILTIN

    spec = BUILTIN.get("ROL001")
    status, out, _ = _run(capsys, "explain", "rol001")
    assert status == 0
    assert out == (
        f"ROL001 holder-outside-tenure\n  category: {spec.category}\n  severity: error\n"
        f"  status: stable (since {spec.since})\n  scope: one document at a time\n\n{spec.doc}\n"
    )
    assert _run(capsys, "explain", "holder-outside-tenure")[1] == out


def test_explain_lists_every_check(capsys: pytest.CaptureFixture[str]) -> None:
    """``explain`` without a code prints one line per check with its summary."""
    from claimcheck.checks import BUILTIN

    status, out, _ = _run(capsys, "explain", "--no-entry-points")
    assert status == 0
    assert out.splitlines() == [f"{s.code} {s.name}: {s.summary}" for s in BUILTIN]


def test_explain_unknown_code(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown code is an error with status 2."""
    status, _, err = _run(capsys, "explain", "XYZ001")
    assert status == 2
    assert err == "claimcheck: explain: no check has the code or name 'XYZ001'\n"


def test_entry_point_checks_are_opt_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Checks declared by installed packages run by default and not with ``--no-entry-points``."""
    (tmp_path / "emptycheck.py").write_text(_PLUGIN, encoding="utf-8")
    info = tmp_path / "emptycheck-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: emptycheck\nVersion: 1.0\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        "[claimcheck.checks]\nempty = emptycheck:document_without_claims\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    case = tmp_path / "cases" / "e1.json"
    case.parent.mkdir()
    case.write_text(
        '{"source": {"document_id": "e1", "published": "2024-12-03"}}', encoding="utf-8"
    )
    status, out, _ = _run(capsys, "check", "-q", "--fail-on", "info", case)
    assert (status, out) == (1, "e1: USR001 [info] no claims\n")
    assert _run(capsys, "check", "-q", "--no-entry-points", "--fail-on", "info", case)[:2] == (
        0,
        "",
    )
    assert _run(capsys, "explain", "USR001")[1].startswith("USR001 document-without-claims\n")


def test_broken_plugin_stops_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An entry point that names no check stops the command with status 2, naming the package."""
    (tmp_path / "notacheck.py").write_text(
        "def helper(doc, kb):\n    return []\n", encoding="utf-8"
    )
    info = tmp_path / "notacheck-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: notacheck\nVersion: 1.0\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        "[claimcheck.checks]\nhelper = notacheck:helper\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    status, out, err = _run(capsys, "check", ROOT / "docs" / "examples" / "stale-title.toml")
    assert (status, out) == (2, "")
    assert err.startswith("claimcheck: entry point 'helper' of notacheck: ")
    assert _run(capsys, "check", "-q", "--no-entry-points", ROOT / "docs" / "examples")[0] == 1


# -- the command itself -------------------------------------------------------------------


def test_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    """No command, or an unknown option, prints usage to stderr and returns 2; --help returns 0."""
    assert main([]) == 2
    assert "check" in capsys.readouterr().err
    assert main(["check", "--format", "yaml", "seeds"]) == 2
    assert "invalid choice: 'yaml'" in capsys.readouterr().err
    assert main(["kb"]) == 2
    assert "show" in capsys.readouterr().err
    assert main(["--help"]) == 0
    assert "usage: claimcheck" in capsys.readouterr().out
    assert main(["--version"]) == 0
    assert re.fullmatch(r"claimcheck \S+\n", capsys.readouterr().out)


def test_installed_script_matches_main(seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The installed ``claimcheck`` script prints what main() prints, with the same status."""
    script = shutil.which("claimcheck", path=str(Path(sys.executable).parent))
    if script is None:
        pytest.skip("the claimcheck script is not installed beside this Python")
    result = subprocess.run(
        [script, "check", str(seeds_dir)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    status = main(["check", str(seeds_dir)])
    assert (result.returncode, result.stderr) == (status, "")
    assert status == 1
    assert result.stdout == capsys.readouterr().out
