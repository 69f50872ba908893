"""The public API is what the `__all__` lists say, and docs/api.md documents all of it."""

import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import claimcheck

ROOT = Path(__file__).resolve().parent.parent
API_DOC = ROOT / "docs" / "api.md"


def _public_modules() -> list[ModuleType]:
    """Every public submodule of claimcheck (no leading underscore anywhere in its name)."""
    modules = []
    for info in pkgutil.walk_packages(claimcheck.__path__, "claimcheck."):
        if any(part.startswith("_") for part in info.name.split(".")):
            continue
        modules.append(importlib.import_module(info.name))
    return modules


MODULES = _public_modules()


@pytest.mark.parametrize("module", [claimcheck, *MODULES], ids=lambda m: m.__name__)
def test_all_is_sorted_and_exists(module: ModuleType) -> None:
    """Each public module has a sorted `__all__` whose names all exist."""
    names = module.__all__
    assert names == sorted(names)
    missing = [n for n in names if not hasattr(module, n)]
    assert not missing


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_all_lists_every_public_definition(module: ModuleType) -> None:
    """Every public class or function defined in a module is in its `__all__`."""
    defined = {
        name
        for name, value in vars(module).items()
        if not name.startswith("_")
        and getattr(value, "__module__", None) == module.__name__
        and (isinstance(value, type) or callable(value))
    }
    assert defined <= set(module.__all__), sorted(defined - set(module.__all__))


def test_facade_only_reexports() -> None:
    """Each name of `claimcheck.__all__` is a public name of some submodule, or the version."""
    documented = {name for m in MODULES for name in m.__all__}
    assert set(claimcheck.__all__) - {"__version__"} <= documented


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_api_doc_lists_every_name(module: ModuleType) -> None:
    """docs/api.md names every public name by its qualified name."""
    text = API_DOC.read_text(encoding="utf-8")
    missing = [n for n in module.__all__ if f"`{module.__name__}.{n}`" not in text]
    assert not missing


def test_import_leaves_hypothesis_alone() -> None:
    """`import claimcheck` does not import hypothesis."""
    code = "import sys, claimcheck; print('hypothesis' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
