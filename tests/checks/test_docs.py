"""docs/checks.md lists exactly the built-in checks, with their registered identities."""

from __future__ import annotations

from pathlib import Path

from claimcheck.checks import BUILTIN

CHECKS_DOC = Path(__file__).resolve().parents[2] / "docs" / "checks.md"


def _rows() -> list[list[str]]:
    rows = []
    for line in CHECKS_DOC.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) == 5 and cells[0] not in ("code", "---"):
            rows.append(cells)
    return rows


def test_table_lists_exactly_the_builtin_codes() -> None:
    """Every built-in code has exactly one row, and no row names another code."""
    codes = [row[0] for row in _rows()]
    assert sorted(codes) == list(BUILTIN.codes)
    assert len(set(codes)) == len(codes)


def test_table_matches_the_registry() -> None:
    """Each row gives its check's registered name, category and default severity."""
    for code, name, category, severity, what in _rows():
        spec = BUILTIN.get(code)
        assert (name, category, severity) == (spec.name, spec.category, spec.severity.value)
        assert what
