"""Moving the model to and from files without losing anything.

`make_converter` returns a new cattrs converter configured by `configure_converter`; cattrs'
global converter is never touched. Encoding decisions:

- Enums are their values (``"month"``, ``"named_person"``).
- A `TimeSpan` is its compact text (``"2024-10"``, ``"2024-10-19/2024-10-20"``,
  ``"2024-10-16T13:40+01:00[Europe/London]"``) whenever that text reads back to the same
  span; otherwise an object ``{"start", "end", "granularity", "modifier"}`` whose bounds are
  ISO dates or ISO datetimes with offset (and RFC 9557 zone, when the zone is an IANA zone).
- A `Duration` is its ISO 8601 text (``"P16Y"``) when it has no hedge and no relation;
  otherwise ``{"length": "P1Y", "modifier": "more_than", "relation": "before"}``.
- An `Actor` that is a person without aliases is just its name; any other actor is an object.
- An assertion is an object with a ``"type"`` tag: ``role_held``, ``event_date``,
  ``quantity``, ``duration_since``, ``count``, ``ordinal``, ``statement``.
- Fields at their default value are left out; unknown keys are errors.
- Scalars are never coerced: ``"32"`` is not an int, ``true`` is not 1, ``3`` is not text.
  An int is accepted where a float is expected.
- In a `Document` (and so in a case file) claims leave out their ``source``: it is the
  document's.

A case file is one JSON (or TOML) object with the keys ``source``, ``events``, ``claims``,
``mentions`` (left out when empty), ``expected`` and ``quiet``; see ``docs/case-files.md``.

Findings leave as data in two shapes: `findings_to_json` writes the stable schema of
``docs/findings.schema.json`` (read back by `findings_from_json`), and
`findings_to_claimreview` writes schema.org ``ClaimReview`` JSON-LD for publishing.

>>> from claimcheck.serialize import make_converter
>>> from claimcheck.timespan import TimeSpan
>>> converter = make_converter()
>>> converter.unstructure(TimeSpan.month(2024, 10))
'2024-10'
>>> converter.structure("2024-10-19/2024-10-20", TimeSpan).end
datetime.date(2024, 10, 21)

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any

import attrs
import cattrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError
from cattrs.strategies import configure_tagged_union

from claimcheck._serialize_claimreview import CLAIMREVIEW_RATINGS, findings_to_claimreview
from claimcheck._serialize_findings import (
    FINDINGS_SCHEMA_VERSION,
    findings_from_json,
    findings_to_json,
)
from claimcheck._serialize_time import (
    attribute_note,
    structure_date,
    structure_duration,
    structure_span,
    unstructure_duration,
    unstructure_span,
)
from claimcheck.errors import CaseFileError, DateError
from claimcheck.model import (
    ASSERTION_TYPES,
    Actor,
    ActorKind,
    Assertion,
    CaseFile,
    Document,
    Expectation,
)
from claimcheck.timespan import Duration, TimeSpan

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = [
    "CLAIMREVIEW_RATINGS",
    "FINDINGS_SCHEMA_VERSION",
    "configure_converter",
    "dump_case_file",
    "dumps_case_file",
    "findings_from_json",
    "findings_to_claimreview",
    "findings_to_json",
    "load_case_file",
    "loads_case_file",
    "make_converter",
]

_CASE_KEYS = ("source", "events", "claims", "mentions", "expected", "quiet")


def make_converter() -> cattrs.Converter:
    """A new converter for every claimcheck type, configured by `configure_converter`.

    >>> make_converter() is make_converter()
    False
    """
    converter = cattrs.Converter(omit_if_default=True, forbid_extra_keys=True)
    configure_converter(converter)
    return converter


def configure_converter(converter: cattrs.Converter) -> None:
    """Register claimcheck's hooks on *converter*; see the module docstring for the encoding.

    .. versionadded:: 0.1.0
    """
    for scalar in (str, int, float, bool):
        converter.register_structure_hook(scalar, _strict_scalar)
    converter.register_structure_hook_factory(
        _is_homogeneous_tuple, lambda cl: _array_hook(converter, cl)
    )
    converter.register_structure_hook_factory(attrs.has, lambda cl: _object_hook(converter, cl))
    converter.register_unstructure_hook(TimeSpan, unstructure_span)
    converter.register_structure_hook(TimeSpan, structure_span)
    converter.register_unstructure_hook(Duration, unstructure_duration)
    converter.register_structure_hook(Duration, structure_duration)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, structure_date)

    actor_to_dict = converter.get_unstructure_hook(Actor)
    actor_from_dict = converter.get_structure_hook(Actor)

    def unstructure_actor(actor: Actor) -> Any:
        if actor.kind is ActorKind.PERSON and not actor.aliases:
            return actor.name
        return actor_to_dict(actor)

    def structure_actor(value: Any, _: type) -> Actor:
        if isinstance(value, str):
            return Actor(value)
        actor: Actor = actor_from_dict(value, Actor)
        return actor

    converter.register_unstructure_hook(Actor, unstructure_actor)
    converter.register_structure_hook(Actor, structure_actor)

    configure_tagged_union(Assertion, converter, tag_generator=_tag, tag_name="type")
    tagged = converter.get_structure_hook(Assertion)
    tags = sorted(_tag(cls) for cls in ASSERTION_TYPES)

    def structure_assertion(value: Any, _: Any) -> Assertion:
        if not isinstance(value, Mapping):
            msg = f"expected an object with a 'type' (one of {', '.join(tags)}), not {_kind(value)}"
            raise TypeError(msg, value)
        if value.get("type") not in tags:
            raise _TagError(f"unknown assertion type (expected one of {', '.join(tags)})", value.get("type"))
        result: Assertion = tagged(value, Assertion)
        return result

    converter.register_structure_hook(Assertion, structure_assertion)

    document_to_dict = converter.get_unstructure_hook(Document)
    document_from_dict = converter.get_structure_hook(Document)

    def unstructure_document(document: Document) -> dict[str, Any]:
        data: dict[str, Any] = document_to_dict(document)
        for claim in data.get("claims", ()):
            claim.pop("source", None)
        return data

    def structure_document(value: Any, _: type) -> Document:
        if isinstance(value, Mapping) and isinstance(value.get("claims"), list):
            source = value.get("source")
            claims = [
                {"source": source, **claim} if isinstance(claim, Mapping) else claim
                for claim in value["claims"]
            ]
            value = {**value, "claims": claims}
        document: Document = document_from_dict(value, Document)
        return document

    converter.register_unstructure_hook(Document, unstructure_document)
    converter.register_structure_hook(Document, structure_document)

    def unstructure_case(case: CaseFile) -> dict[str, Any]:
        data: dict[str, Any] = unstructure_document(case.document)
        for key in ("expected", "quiet"):
            items = getattr(case, key)
            if items:
                data[key] = converter.unstructure(items, tuple[Expectation, ...])
        return data

    def structure_case(value: Any, _: type) -> CaseFile:
        if not isinstance(value, Mapping):
            raise TypeError(f"a case file is an object with the keys {', '.join(_CASE_KEYS)}")
        extra = sorted(set(value) - set(_CASE_KEYS))
        if extra:
            raise ForbiddenExtraKeysError("", CaseFile, set(extra))
        errors: list[Exception] = []
        document = expected = quiet = None
        try:
            document = structure_document({k: v for k, v in value.items() if k in _CASE_KEYS[:4]}, Document)
        except Exception as exc:  # collected with the others below
            errors.extend(exc.exceptions if isinstance(exc, ClassValidationError) else [exc])
        lists: dict[str, Any] = {}
        for key in ("expected", "quiet"):
            try:
                lists[key] = converter.structure(value.get(key, []), tuple[Expectation, ...])
            except Exception as exc:  # collected with the others below
                exc.__notes__ = [*getattr(exc, "__notes__", []), attribute_note(key)]
                errors.append(exc)
        if errors:
            raise ClassValidationError("case file", errors, CaseFile)
        assert document is not None
        expected, quiet = lists["expected"], lists["quiet"]
        return CaseFile(document=document, expected=expected, quiet=quiet)

    converter.register_unstructure_hook(CaseFile, unstructure_case)
    converter.register_structure_hook(CaseFile, structure_case)


class _TagError(ValueError):
    """An assertion whose ``type`` names no assertion type."""


def _strict_scalar(value: Any, cls: type) -> Any:
    if cls is float and isinstance(value, int) and not isinstance(value, bool):
        if abs(value) >= _EXACT_FLOAT_LIMIT:
            raise TypeError("expected a number, not a whole number too large to keep exactly", value)
        return float(value)
    if type(value) is not cls:
        names = {str: "text", int: "a whole number", float: "a number", bool: "true or false"}
        raise TypeError(f"expected {names[cls]}, not {_kind(value)}", value)
    return value


_EXACT_FLOAT_LIMIT = 2**53
"""Whole numbers below this in size become floats without loss."""


def _kind(value: object) -> str:
    """The JSON name of *value*'s type, for messages."""
    names = {dict: "an object", list: "a list", str: "text", bool: "true or false"}
    names.update({int: "a whole number", float: "a number", type(None): "null"})
    return names.get(type(value), type(value).__name__)


def _is_homogeneous_tuple(cl: Any) -> bool:
    args: tuple[Any, ...] = getattr(cl, "__args__", ())
    return getattr(cl, "__origin__", None) is tuple and len(args) == 2 and args[1] is Ellipsis


def _array_hook(converter: cattrs.Converter, cl: Any) -> Any:
    """Structure ``tuple[X, ...]`` from a JSON array only: never from text or an object."""
    item_type = cl.__args__[0]

    def structure_array(value: Any, _: Any) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            raise TypeError(f"expected a list, not {_kind(value)}", value)
        items: list[Any] = []
        errors: list[Exception] = []
        for index, item in enumerate(value):
            try:
                items.append(converter.structure(item, item_type))
            except Exception as exc:  # collected, as cattrs does, and raised together below
                note = cattrs.IterableValidationNote(
                    f"Structuring {cl} @ index {index}", index, item_type
                )
                exc.__notes__ = [*getattr(exc, "__notes__", []), note]
                errors.append(exc)
        if errors:
            raise IterableValidationError(f"While structuring {cl!r}", errors, cl)
        return tuple(items)

    return structure_array


def _object_hook(converter: cattrs.Converter, cl: type) -> Any:
    """Structure an attrs class from a JSON object only, saying what came instead."""
    structure: Callable[[Mapping[str, Any], Any], Any] = converter.gen_structure_attrs_fromdict(cl)

    def structure_object(value: Any, _: Any) -> Any:
        if not isinstance(value, Mapping):
            raise TypeError(f"expected an object, not {_kind(value)}", value)
        return structure(value, cl)

    return structure_object


def _tag(cls: type) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", cls.__name__).lower()


# -- case files ---------------------------------------------------------------------------


def loads_case_file(text: str, *, location: str = "<string>", format: str = "json") -> CaseFile:
    """Read a case file from *text* in *format* (``"json"`` or ``"toml"``).

    Raises:
        CaseFileError: The text is not valid JSON or TOML, or does not fit the model; the
            message names *location*, the path inside the file and the offending value.

    >>> case = loads_case_file('{"source": {"document_id": "a1", "published": "2024-12-03"}}')
    >>> case.document.source.published.isoformat()
    '2024-12-03'
    >>> loads_case_file('{"source": {"document_id": "a1", "published": "2024-13"}}', location="a1.json")
    Traceback (most recent call last):
    ...
    claimcheck.errors.CaseFileError: a1.json: $.source.published: no such date (month must be in 1..12) (got '2024-13')

    .. versionadded:: 0.1.0
    """
    data = _parse(text, location, format)
    try:
        return _CONVERTER.structure(data, CaseFile)
    except Exception as exc:
        problems = list(_problems(exc, "$"))
        path, problem, value = problems[0]
        if value is not _NO_VALUE and repr(value) not in problem:
            problem += f" (got {value!r})"
        if len(problems) > 1:
            more = "; ".join(
                f"{p}: {m}" + ("" if v is _NO_VALUE or repr(v) in m else f" (got {v!r})")
                for p, m, v in problems[1:4]
            )
            problem += f" [and {len(problems) - 1} more: {more}]"
        if value is _NO_VALUE:
            raise CaseFileError(problem, location=location, path=path) from None
        raise CaseFileError(problem, location=location, path=path, value=value) from None


def load_case_file(path: str | os.PathLike[str]) -> CaseFile:
    """Read the case file at *path*: ``.json`` or ``.toml``.

    Raises:
        CaseFileError: The file cannot be read, is not UTF-8, JSON or TOML, or does not fit
            the model; nothing is half-loaded.

    .. versionadded:: 0.1.0
    """
    location = os.fspath(path)
    format = _format_of(location)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise CaseFileError(f"cannot read the file ({exc.strerror})", location=location) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        msg = f"not UTF-8 text (byte {exc.start} is {raw[exc.start:exc.start + 1]!r})"
        raise CaseFileError(msg, location=location) from None
    return loads_case_file(text, location=location, format=format)


def dumps_case_file(case: CaseFile) -> str:
    """The JSON text of *case*, which `loads_case_file` reads back unchanged.

    >>> from claimcheck.model import Source
    >>> from claimcheck.timespan import TimeSpan
    >>> case = CaseFile(document=Document(source=Source(document_id="a1", published=TimeSpan.day(2024, 12, 3))))
    >>> print(dumps_case_file(case))
    {
      "source": {
        "document_id": "a1",
        "published": "2024-12-03"
      }
    }
    <BLANKLINE>

    .. versionadded:: 0.1.0
    """
    if not isinstance(case, CaseFile):
        raise TypeError(f"dumps_case_file needs a CaseFile (got {type(case).__name__})")
    return json.dumps(_CONVERTER.unstructure(case, CaseFile), indent=2, ensure_ascii=False) + "\n"


def dump_case_file(case: CaseFile, path: str | os.PathLike[str]) -> None:
    """Write *case* to *path* as JSON, replacing the file in one step.

    Raises:
        CaseFileError: *path* does not end in ``.json``, or cannot be written.

    .. versionadded:: 0.1.0
    """
    location = os.fspath(path)
    if _format_of(location) != "json":
        raise CaseFileError("case files are written as JSON; name the file *.json", location=location)
    text = dumps_case_file(case)
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        msg = "text that UTF-8 cannot hold (a lone surrogate)"
        raise CaseFileError(msg, location=location, value=exc.object[exc.start : exc.end]) from None
    target = Path(path)
    try:
        with tempfile.NamedTemporaryFile(
            dir=target.parent, prefix=f".{target.name}.", delete=False
        ) as handle:
            try:
                handle.write(data)
            except OSError:
                os.unlink(handle.name)
                raise
        os.replace(handle.name, target)
    except OSError as exc:
        raise CaseFileError(f"cannot write the file ({exc.strerror})", location=location) from None


def _format_of(location: str) -> str:
    suffix = Path(location).suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix == ".toml":
        return "toml"
    raise CaseFileError("a case file ends in .json or .toml", location=location, value=suffix)


def _parse(text: str, location: str, format: str) -> Any:
    if format == "json":
        try:
            return json.loads(text, object_pairs_hook=_object_without_repeats)
        except json.JSONDecodeError as exc:
            msg = f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
            raise CaseFileError(msg, location=location) from None
        except _RepeatedKeyError as exc:
            msg = "an object has this key twice, and JSON would keep only the last"
            raise CaseFileError(msg, location=location, value=exc.args[0]) from None
    if format == "toml":
        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise CaseFileError(f"not valid TOML: {exc}", location=location) from None
    raise CaseFileError("the format is 'json' or 'toml'", location=location, value=format)


class _RepeatedKeyError(ValueError):
    """A JSON object that has one key twice."""


def _object_without_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise _RepeatedKeyError(key)
        data[key] = value
    return data


_FIELD_IN_MESSAGE = re.compile(r"^'(?P<field>\w+)' ")
_NO_VALUE = object()


def _problems(exc: BaseException, path: str) -> Iterator[tuple[str, str, Any]]:
    """(path, problem, value) for every leaf error under *exc*, in order."""
    if isinstance(exc, ClassValidationError | IterableValidationError):
        for inner in exc.exceptions:
            yield from _problems(inner, path + _step(inner))
        return
    if isinstance(exc, ForbiddenExtraKeysError):
        for key in sorted(exc.extra_fields):
            yield f"{path}.{key}", "unknown key", _NO_VALUE
        return
    if isinstance(exc, KeyError):
        yield path, "required field missing", _NO_VALUE
        return
    if isinstance(exc, DateError):
        yield path, exc.problem, exc.value
        return
    if isinstance(exc, TypeError) and len(exc.args) == 2 and str(exc.args[0]).startswith("expected "):
        yield path, str(exc.args[0]), exc.args[1]
        return
    if isinstance(exc, _TagError):
        yield f"{path}.type", str(exc.args[0]), exc.args[1]
        return
    message = str(exc.args[0]) if exc.args else type(exc).__name__
    value: Any = _NO_VALUE
    match = _FIELD_IN_MESSAGE.match(message)
    if match and len(exc.args) >= 2:
        attribute = exc.args[1]
        name = attribute.name if isinstance(attribute, attrs.Attribute) else match["field"]
        path = f"{path}.{name}"
        value = exc.args[-1]
    elif match:
        path = f"{path}.{match['field']}"
    yield path, message, value


def _step(exc: BaseException) -> str:
    for note in getattr(exc, "__notes__", ()):
        if isinstance(note, cattrs.AttributeValidationNote):
            return f".{note.name}"
        if isinstance(note, cattrs.IterableValidationNote):
            return f"[{note.index}]"
    return ""


_CONVERTER = make_converter()
