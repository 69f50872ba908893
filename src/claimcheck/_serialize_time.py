"""How time spans, dates and durations are written in case files, and read back.

A span is written as its ISO text when that text reads back to the same span, else as an
object of start, end, granularity and modifier; a duration as its ISO text, or an object with
its length, modifier and relation. Reading raises `DateError` placed at the field it came from.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError

from claimcheck._isotext import format_instant, parse_instant, parse_span
from claimcheck.errors import DateError
from claimcheck.timespan import Duration, Granularity, Modifier, Relation, TimeSpan

__all__ = [
    "attribute_note",
    "structure_date",
    "structure_duration",
    "structure_span",
    "unstructure_duration",
    "unstructure_span",
]

_T = TypeVar("_T")
_E = TypeVar("_E", bound=enum.Enum)


def attribute_note(name: str) -> cattrs.AttributeValidationNote:
    """The note that places an error at the field *name* of the object being read."""
    return cattrs.AttributeValidationNote(f"Structuring field {name}", name, list)


def unstructure_span(span: TimeSpan) -> Any:
    text = span.isoformat()
    if parse_span(text) == span:
        return text
    data: dict[str, str] = {}
    if span.start is not None:
        data["start"] = _bound_text(span.start)
    if span.end is not None:
        data["end"] = _bound_text(span.end)
    data["granularity"] = span.granularity.value
    if span.modifier is not Modifier.EXACT:
        data["modifier"] = span.modifier.value
    return data


def _bound_text(value: date) -> str:
    return format_instant(value) if isinstance(value, datetime) else value.isoformat()


def structure_span(value: Any, _: type) -> TimeSpan:
    if isinstance(value, str):
        return parse_span(value)
    if not isinstance(value, Mapping):
        raise DateError("a time span is text such as '2024-10' or an object with start and end", value=value)
    extra = set(value) - {"start", "end", "granularity", "modifier"}
    if extra:
        raise ForbiddenExtraKeysError("", TimeSpan, extra)
    granularity = _member(value, "granularity", Granularity.DAY, TimeSpan)
    modifier = _member(value, "modifier", Modifier.EXACT, TimeSpan)
    start = _field(TimeSpan, "start", lambda: _bound(value.get("start")))
    end = _field(TimeSpan, "end", lambda: _bound(value.get("end")))
    return TimeSpan(start, end, granularity, modifier)


def _field(cls: type, name: str, read: Callable[[], _T]) -> _T:
    """*read()*, with a `DateError` it raises placed at the key *name* of a *cls* object."""
    try:
        return read()
    except DateError as exc:
        exc.__notes__ = [*getattr(exc, "__notes__", []), attribute_note(name)]
        raise ClassValidationError(f"While structuring {cls.__name__}", [exc], cls) from None


def _member(value: Mapping[str, Any], name: str, default: _E, cls: type) -> _E:
    """The enum member named by *value[name]*, or *default* when the key is absent."""
    enum_type = type(default)

    def read() -> _E:
        try:
            return enum_type(value.get(name, default.value))
        except ValueError:
            choices = ", ".join(repr(m.value) for m in enum_type)
            raise DateError(f"expected one of {choices}", value=value[name]) from None

    return _field(cls, name, read)


def _bound(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, str) and "T" in value:
        return parse_instant(value)
    return structure_date(value, date)


def structure_date(value: Any, _: type) -> date:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise DateError("a date is written YYYY-MM-DD", value=value)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise DateError("no such date", value=value) from None


def unstructure_duration(duration: Duration) -> Any:
    if duration.modifier is Modifier.EXACT and duration.relation is None:
        return duration.isoformat()
    data = {"length": duration.isoformat()}
    if duration.modifier is not Modifier.EXACT:
        data["modifier"] = duration.modifier.value
    if duration.relation is not None:
        data["relation"] = duration.relation.value
    return data


def structure_duration(value: Any, _: type) -> Duration:
    if isinstance(value, str):
        return Duration.from_iso(value)
    if not isinstance(value, Mapping) or "length" not in value:
        raise DateError("a duration is text such as 'P16Y' or an object with a 'length'", value=value)
    extra = set(value) - {"length", "modifier", "relation"}
    if extra:
        raise ForbiddenExtraKeysError("", Duration, extra)
    length = _field(Duration, "length", lambda: Duration.from_iso(value["length"]))
    modifier = _member(value, "modifier", Modifier.EXACT, Duration)
    relation = None
    if "relation" in value:
        relation = _member(value, "relation", Relation.BEFORE, Duration)
    return attrs.evolve(length, modifier=modifier, relation=relation)
