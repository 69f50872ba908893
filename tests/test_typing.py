"""The package and the typing examples pass ``mypy --strict``."""

from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api")

ROOT = Path(__file__).resolve().parent.parent


def test_mypy_strict_passes() -> None:
    """mypy --strict finds no error in src/ or tests/typing/."""
    stdout, stderr, status = mypy_api.run(
        ["--strict", "--config-file", str(ROOT / "pyproject.toml"), str(ROOT / "src"), str(ROOT / "tests" / "typing")]
    )
    assert status == 0, stdout + stderr
