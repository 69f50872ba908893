"""The package's modules import only the layers below them (see docs/architecture.md)."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "claimcheck"

# Bottom to top. A module may import modules of lower layers, and the other members of its own
# family (a public module and its private helpers); never a module of its own or a higher layer.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("errors",),
    ("timespan", "_isotext"),
    ("model", "_validators"),
    ("dates", "names"),
    ("attribution",),
    ("kb",),
    ("checks",),
    ("extract",),
    ("serialize",),
    ("strategies",),
    ("cli",),
)
FAMILIES = {"_isotext": "timespan", "_validators": "model"}


def _family(module: str) -> str:
    """The public module a private helper belongs to: `_dates_lexicon` belongs to `dates`."""
    head = module.split(".")[0]
    if head in FAMILIES:
        return FAMILIES[head]
    for layer in LAYERS:
        for name in layer:
            if head == name or head.startswith(f"_{name}_") or head == f"_{name}":
                return name
    return head


def _layer(module: str) -> int:
    family = _family(module)
    for index, layer in enumerate(LAYERS):
        if family in layer:
            return index
    raise AssertionError(f"claimcheck.{module} belongs to no layer: add it to LAYERS")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found.update(n.removeprefix("claimcheck.") for n in names if n.startswith("claimcheck."))
    return found


def _modules() -> list[tuple[str, Path]]:
    modules = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).with_suffix("")
        parts = [p for p in relative.parts if p != "__init__"]
        if parts:
            modules.append((".".join(parts), path))
    return modules


def test_every_module_has_a_layer() -> None:
    """Each module of the package is placed in the layer table."""
    for module, _ in _modules():
        _layer(module)


def test_imports_point_down() -> None:
    """No module imports a module of its own layer (outside its family) or of a higher one."""
    wrong = []
    for module, path in _modules():
        for imported in _imports(path):
            same_family = _family(imported) == _family(module)
            if not same_family and _layer(imported) >= _layer(module):
                wrong.append(f"claimcheck.{module} imports claimcheck.{imported}")
    assert not wrong, "\n".join(wrong)


def test_facade_imports_no_leaf() -> None:
    """`claimcheck/__init__.py` imports neither `strategies` nor `cli`."""
    imported = {_family(m) for m in _imports(PACKAGE / "__init__.py")}
    assert not imported & {"strategies", "cli"}
