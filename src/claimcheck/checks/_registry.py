"""The check machinery: the `check` marker, `CheckSpec`, `Registry` and `run_checks`.

The built-in families import `check` from here, because the package's ``__init__`` imports
them; user code imports it from `claimcheck.checks`.
"""

from __future__ import annotations

import enum
import inspect
import re
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from importlib.metadata import EntryPoint, entry_points
from types import MappingProxyType, ModuleType
from typing import Any, TypeVar

import attrs

from claimcheck.errors import CheckDefinitionError, UnknownCheckError
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Claim, Document, Finding, Severity

__all__ = [
    "CheckSpec",
    "Group",
    "Member",
    "Registry",
    "Status",
    "check",
    "spec_of",
]

_CODE = re.compile(r"^[A-Z]{3}[0-9]{3}$")
_NAME = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
_CATEGORY = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
_FAMILY = re.compile(r"^[A-Z]{3}$")
_ATTRIBUTE = "__claimcheck_check__"
ENTRY_POINT_GROUP = "claimcheck.checks"


class Status(enum.Enum):
    """Where a check stands: run by default, opt-in, or retired for good."""

    STABLE = "stable"
    PREVIEW = "preview"
    """Runs only when selected by its code or family."""
    REMOVED = "removed"
    """Never runs; its code stays taken so that it is never handed out again."""


@attrs.frozen(kw_only=True)
class Member:
    """One claim of a group, with the document it comes from."""

    document: Document
    claim: Claim


@attrs.frozen(kw_only=True)
class Group:
    """The claims, across all documents, that a keyed check's key put together.

    Members are ordered by document id, then claim id.
    """

    key: Hashable
    members: tuple[Member, ...]

    @property
    def documents(self) -> tuple[str, ...]:
        """The ids of the documents with a member in the group, sorted and distinct."""
        return tuple(sorted({m.document.id for m in self.members}))


KeyFunction = Callable[[Claim, Document, KnowledgeBase], Iterable[Hashable]]
DocumentCheck = Callable[[Document, KnowledgeBase], Iterable[Finding]]
GroupCheck = Callable[[Group, KnowledgeBase], Iterable[Finding]]


@attrs.frozen(kw_only=True)
class CheckSpec:
    """What `check` attaches to a function: the check's identity and how to run it.

    Attributes:
        code: Stable code such as ``"ROL001"``: three capitals for the family, three digits.
        name: Kebab-case name of the pattern it flags, such as ``"holder-outside-tenure"``.
        category: The public category of its findings, such as ``"role_tenure"``.
        severity: The default severity of its findings.
        function: The check itself.
        key: For a cross-document check, the function that gives each claim's grouping keys
            (``key(claim, document, kb)``); ``None`` for a document-local check.
        status: Stable, preview or removed.
        since: The version that added it.
    """

    code: str
    name: str
    category: str
    severity: Severity
    function: Callable[..., Iterable[Finding]]
    key: KeyFunction | None = None
    status: Status = Status.STABLE
    since: str = "0.1.0"

    @property
    def family(self) -> str:
        """The code's three-letter prefix, such as ``"ROL"``."""
        return self.code[:3]

    @property
    def summary(self) -> str:
        """The first line of the check's docstring."""
        return self.doc.splitlines()[0] if self.doc else ""

    @property
    def doc(self) -> str:
        """The check's docstring: what it flags, why, an example, references."""
        return inspect.getdoc(self.function) or ""


_F = TypeVar("_F", bound=Callable[..., Iterable[Finding]])


def check(
    code: str,
    name: str,
    *,
    category: str,
    severity: Severity = Severity.WARNING,
    key: KeyFunction | None = None,
    status: Status = Status.STABLE,
    since: str = "0.1.0",
) -> Callable[[_F], _F]:
    """Mark a function as a check; it is returned unchanged, with a `CheckSpec` attached.

    A document-local check takes ``(document, kb)``; a check with a *key* takes
    ``(group, kb)`` and is given every `Group` of claims that share a key. Marking registers
    nothing: add the function to a `Registry` with `Registry.with_checks`.

    Raises:
        CheckDefinitionError: A code, name or category of the wrong shape, or a function
            whose signature does not fit.

    >>> from claimcheck.model import Finding, Severity
    >>> @check("USR001", "empty-document", category="completeness", severity=Severity.INFO)
    ... def empty_document(doc, kb):
    ...     '''Flag a document without claims.'''
    ...     if not doc.claims:
    ...         yield Finding(code="USR001", name="empty-document", category="completeness",
    ...                       severity=Severity.INFO, message="no claims", documents=(doc.id,))
    >>> spec_of(empty_document).code
    'USR001'

    .. versionadded:: 0.1.0
    """

    def mark(function: _F) -> _F:
        where = _describe(function)
        if not isinstance(code, str) or not _CODE.match(code):
            raise CheckDefinitionError(f"{where}: code {code!r} is not three capitals and three digits")
        if not isinstance(name, str) or not _NAME.match(name):
            raise CheckDefinitionError(f"{where}: name {name!r} is not kebab-case")
        if not isinstance(category, str) or not _CATEGORY.match(category):
            raise CheckDefinitionError(f"{where}: category {category!r} is not snake_case")
        if not isinstance(severity, Severity):
            raise CheckDefinitionError(f"{where}: severity must be a Severity, not {severity!r}")
        _require_positional(function, 2, "(group, kb)" if key is not None else "(doc, kb)")
        if key is not None:
            _require_positional(key, 3, "key(claim, document, kb)")
        spec = CheckSpec(
            code=code,
            name=name,
            category=category,
            severity=severity,
            function=function,
            key=key,
            status=status,
            since=since,
        )
        setattr(function, _ATTRIBUTE, spec)
        return function

    return mark


def spec_of(function: Callable[..., object]) -> CheckSpec:
    """The `CheckSpec` that `check` attached to *function*.

    Raises:
        CheckDefinitionError: *function* is not marked with `check`.
    """
    spec = getattr(function, _ATTRIBUTE, None)
    if not isinstance(spec, CheckSpec):
        raise CheckDefinitionError(f"{_describe(function)} is not marked with @check")
    return spec


def _describe(function: object) -> str:
    module = getattr(function, "__module__", None) or "?"
    qualname = getattr(function, "__qualname__", None) or repr(function)
    return f"{module}.{qualname}"


def _require_positional(function: Callable[..., object], count: int, shape: str) -> None:
    try:
        signature = inspect.signature(function)
    except (TypeError, ValueError):
        raise CheckDefinitionError(f"{_describe(function)}: cannot read its signature") from None
    kinds = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    params = list(signature.parameters.values())
    positional = [p for p in params if p.kind in kinds]
    required_other = [
        p for p in params if p.kind not in kinds and p.default is p.empty and p.kind is p.KEYWORD_ONLY
    ]
    if len(positional) != count or any(p.default is not p.empty for p in positional) or required_other:
        raise CheckDefinitionError(f"{_describe(function)}: signature must be {shape}, not {signature}")


@attrs.frozen
class Registry:
    """An immutable map from check codes to `CheckSpec`, in code order.

    >>> Registry().with_checks().codes
    ()

    .. versionadded:: 0.1.0
    """

    _specs: Mapping[str, CheckSpec] = attrs.field(factory=lambda: MappingProxyType({}))

    @property
    def codes(self) -> tuple[str, ...]:
        """Every code, sorted, removed ones included."""
        return tuple(self._specs)

    def __iter__(self) -> Iterator[CheckSpec]:
        return iter(self._specs.values())

    def __len__(self) -> int:
        return len(self._specs)

    def __contains__(self, code: object) -> bool:
        return code in self._specs

    def get(self, code: str) -> CheckSpec:
        """The spec of *code*.

        Raises:
            UnknownCheckError: No check has that code.
        """
        try:
            return self._specs[code]
        except KeyError:
            raise UnknownCheckError(f"no check has the code {code!r}") from None

    def with_checks(self, *functions: Callable[..., Iterable[Finding]]) -> Registry:
        """A new registry that also holds *functions*, each marked with `check`.

        Raises:
            CheckDefinitionError: A function is not marked, or its code or name is taken.
        """
        specs = dict(self._specs)
        names = {spec.name: spec for spec in specs.values()}
        for function in functions:
            spec = spec_of(function)
            taken = specs.get(spec.code) or names.get(spec.name)
            if taken is not None and taken.function is not function:
                what = "code" if taken.code == spec.code else "name"
                msg = (
                    f"{_describe(function)}: {what} {getattr(spec, what)!r} is already taken by "
                    f"{_describe(taken.function)}"
                )
                raise CheckDefinitionError(msg)
            specs[spec.code] = spec
            names[spec.name] = spec
        return Registry(MappingProxyType(dict(sorted(specs.items()))))

    def with_entry_points(self, group: str = ENTRY_POINT_GROUP) -> Registry:
        """A new registry that also holds the checks installed packages declare under *group*.

        An entry point names a check function, or a module whose marked functions are all
        taken (those it defines, not those it imports). Entry points are loaded in name
        order, and each is validated as it is added.

        Raises:
            CheckDefinitionError: An entry point fails to load or names no check; the message
                names the distribution.
        """
        registry = self
        for point in sorted(entry_points(group=group), key=lambda p: (p.name, p.value)):
            registry = registry.with_checks(*_load(point))
        return registry

    def selected(self, *, select: Sequence[str] = (), ignore: Sequence[str] = ()) -> tuple[CheckSpec, ...]:
        """The specs a run uses: *select* (codes or families; empty means every stable
        check) minus *ignore*, without removed checks, in code order.

        Raises:
            UnknownCheckError: A code or family in *select* or *ignore* matches nothing, or
                *select* names a removed check by its code.
        """
        for entry in (*select, *ignore):
            if not any(_matches(spec, entry) for spec in self):
                raise UnknownCheckError(f"{entry!r} is neither a known check code nor a family")
        for entry in select:
            spec = self._specs.get(entry)
            if spec is not None and spec.status is Status.REMOVED:
                raise UnknownCheckError(f"check {entry} ({spec.name}) was removed; its code is never reused")
        chosen = []
        for spec in self:
            if spec.status is Status.REMOVED:
                continue
            if select:
                if not any(_matches(spec, s) for s in select):
                    continue
            elif spec.status is Status.PREVIEW:
                continue
            if any(_matches(spec, i) for i in ignore):
                continue
            chosen.append(spec)
        return tuple(chosen)


def _matches(spec: CheckSpec, entry: str) -> bool:
    return spec.code == entry or (bool(_FAMILY.match(entry)) and spec.family == entry)


def _load(point: EntryPoint) -> list[Callable[..., Iterable[Finding]]]:
    where = f"entry point {point.name!r} of {getattr(point.dist, 'name', '?')}"
    try:
        loaded: Any = point.load()
    except Exception as exc:
        raise CheckDefinitionError(f"{where}: cannot load {point.value!r} ({exc})") from exc
    if isinstance(loaded, ModuleType):
        functions = [
            f
            for f in vars(loaded).values()
            if callable(f) and hasattr(f, _ATTRIBUTE) and getattr(f, "__module__", None) == loaded.__name__
        ]
        functions.sort(key=lambda f: spec_of(f).code)
        if not functions:
            raise CheckDefinitionError(f"{where}: module {loaded.__name__} has no check")
        return functions
    if not hasattr(loaded, _ATTRIBUTE):
        raise CheckDefinitionError(f"{where}: {point.value!r} is not marked with @check")
    return [loaded]
