"""The README: its commands are the ones CI runs, and its examples run."""

from __future__ import annotations

import doctest
import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
_FENCE = re.compile(r"^```(?P<lang>\w*)\n(?P<body>.*?)^```$", re.MULTILINE | re.DOTALL)


def _blocks(lang: str) -> list[str]:
    return [m["body"] for m in _FENCE.finditer(README) if m["lang"] == lang]


def test_readme_test_command_is_what_ci_runs() -> None:
    """The README's test command is a line of .ci/run; its first command runs the seeds."""
    commands = [line for block in _blocks("sh") for line in block.splitlines() if line]
    quick_start, test_command = commands[0], commands[1]
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_command in ci_lines
    assert quick_start.endswith(".venv/bin/claimcheck check seeds/")
    assert quick_start.startswith("python3 -m venv .venv && .venv/bin/pip install -q . && ")


def test_readme_examples_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every ``>>>`` example in the README shows its real output, run from the repository root."""
    monkeypatch.chdir(ROOT)
    source = "\n".join(_blocks("python"))
    test = doctest.DocTestParser().get_doctest(
        source, {}, "README.md", os.fspath(ROOT / "README.md"), 0
    )
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    report: list[str] = []
    result = runner.run(test, out=report.append)
    assert result.attempted > 5
    assert result.failed == 0, "".join(report)
