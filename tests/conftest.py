"""Shared fixtures (the hypothesis profiles live in the root ``conftest.py``)."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The shared folder beside the checkout (reference articles, facts, benchmarks)."""
    if not SHARED.is_dir():
        pytest.fail(f"the shared folder is missing: expected it at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The project's own case files for the reference articles."""
    return ROOT / "seeds"
