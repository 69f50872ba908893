"""The ``claimcheck`` command line."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck.cli import main

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
actor = "Mark Rutte"
role = "Secretary General"
organization = "NATO"

[[quiet]]
category = "role_tenure"
claims = ["t1#c1"]
"""


def test_check_describes_every_seed_document(
    seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Checking the seeds folder prints each document's source, claims, chains and expectations."""
    assert main(["check", str(seeds_dir)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    headers = [line for line in out.splitlines() if line and not line.startswith(" ")]
    assert headers == SEED_IDS
    assert (
        "  source: The Independent; published 2024-10-16T13:40+01:00[Europe/London]; by Lorne Cook"
        in out
    )
    assert "  source: outlet unknown; published 2024-11-23/2024-11-24; no byline" in out
    assert "  claims: 14 (event_date 2, role_held 8, statement 4); events: 2" in out
    assert (
        "us-no-objection: Euromaidan Press -> Le Monde -> unnamed sources (anonymous group" in out
    )
    assert "    role_tenure: stoltenberg-secretary-general (" in out
    assert "    name_error: connolly-head-of-assembly (" in out
    assert "  must not flag:\n    role_tenure: connolly-head-of-assembly (" in out


def test_check_json_output(seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--format json`` prints one object with a summary per document and no errors."""
    assert main(["check", "--format", "json", str(seeds_dir / f"{SEED_IDS[2]}.json")]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["errors"] == []
    (doc,) = data["documents"]
    assert doc["document"] == SEED_IDS[2]
    assert doc["source"] == {
        "outlet": "Caliber.Az",
        "published": "2024-12-03",
        "byline": ["Tamilla Hasanova"],
        "title": "WSJ: Washington and Berlin resist Ukraine's NATO membership",
        "cites": ["The Wall Street Journal"],
    }
    assert doc["claims"] == {
        "total": 11,
        "by_type": {"event_date": 4, "role_held": 3, "statement": 4},
    }
    assert doc["attributions"][0]["chain"] == [
        "Caliber.Az",
        "The Wall Street Journal",
        "sources in both Kyiv and Brussels",
    ]
    assert doc["expected"] == []
    assert {e["category"] for e in doc["quiet"]} >= {"role_tenure", "event_date_conflict"}


def test_bad_file_is_reported_and_the_rest_processed(
    tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A malformed case file is named on stderr, the good ones still described, status 2."""
    bad = tmp_path / "bad.json"
    bad.write_text('{"source": {"document_id": "b1", "published": "2024-13"}}', encoding="utf-8")
    shutil.copy(seeds_dir / f"{SEED_IDS[4]}.json", tmp_path / "good.json")
    assert main(["check", str(tmp_path)]) == 2
    out, err = capsys.readouterr()
    assert (
        err == f"claimcheck: {bad}: $.source.published: no such date (month must be in 1..12)"
        " (got '2024-13')\n"
    )
    assert out.startswith(f"{SEED_IDS[4]}\n")


def test_missing_path_and_empty_folder_are_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing path and a folder without case files each give an error line; status 2."""
    missing = tmp_path / "missing.json"
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["check", str(missing), str(empty)]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert lines == [
        f"claimcheck: {missing}: cannot read the file (No such file or directory)",
        f"claimcheck: {empty}: no *.json or *.toml case file in this folder",
    ]


def test_folders_are_searched_for_toml_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A TOML case file in a nested folder is read; other and hidden files are skipped."""
    nested = tmp_path / "cases"
    nested.mkdir()
    (nested / "t1.toml").write_text(_TOML_CASE, encoding="utf-8")
    (nested / "notes.txt").write_text("not a case file", encoding="utf-8")
    (nested / ".t1.json.tmp.json").write_text("{", encoding="utf-8")
    (tmp_path / ".venv").mkdir()
    (tmp_path / ".venv" / "package.json").write_text("{", encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[:3] == [
        "t1",
        "  source: Example Wire; published 2024-12-03; no byline",
        "  claims: 1 (role_held 1); events: 0",
    ]


def test_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    """No command, or an unknown option, prints usage to stderr and returns 2; --help returns 0."""
    assert main([]) == 2
    assert "check" in capsys.readouterr().err
    assert main(["check", "--format", "yaml", "seeds"]) == 2
    assert "invalid choice: 'yaml'" in capsys.readouterr().err
    assert main(["--help"]) == 0
    assert "usage: claimcheck" in capsys.readouterr().out


def test_installed_script_matches_main(seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The installed ``claimcheck`` script prints what main() prints and exits 0."""
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
    main(["check", str(seeds_dir)])
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == capsys.readouterr().out
