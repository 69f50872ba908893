"""Run the examples in docs/*.md and in the package's docstrings as tests, under one set of
hypothesis profiles.

The "ci" profile is the default; set ``HYPOTHESIS_PROFILE=dev`` for quicker local runs.

Examples run from the repository root, whatever folder pytest was started from, so that they
can name bundled files such as ``seeds/002_4bd521863b4100d8.json`` by relative path.
"""

import os
from doctest import ELLIPSIS, NORMALIZE_WHITESPACE
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from sybil import Sybil
from sybil.parsers.markdown import PythonCodeBlockParser
from sybil.parsers.rest import DocTestParser

settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=30, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

_FLAGS = ELLIPSIS | NORMALIZE_WHITESPACE
_ROOT = Path(__file__).resolve().parent


def _enter_root(namespace: dict[str, Any]) -> None:
    namespace["_cwd_before_examples"] = os.getcwd()
    os.chdir(_ROOT)


def _leave_root(namespace: dict[str, Any]) -> None:
    os.chdir(namespace.pop("_cwd_before_examples"))


_markdown = Sybil(
    parsers=[PythonCodeBlockParser(doctest_optionflags=_FLAGS)],
    patterns=["*.md"],
    path="docs",
    setup=_enter_root,
    teardown=_leave_root,
)
_docstrings = Sybil(
    parsers=[DocTestParser(optionflags=_FLAGS)],
    patterns=["*.py"],
    path="src/claimcheck",
    setup=_enter_root,
    teardown=_leave_root,
)

pytest_collect_file = (_markdown + _docstrings).pytest()
