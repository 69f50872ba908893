"""Reading fact files (JSON or TOML) into knowledge-base records.

The format is described in ``docs/knowledge-base.md``. Every problem raises a
`FactFileError` naming the file, the record (index and id) and the field.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from collections.abc import Callable, Mapping
from typing import Any

from claimcheck._kb_records import (
    ACTING,
    AliasRecord,
    Confidence,
    CountRecord,
    EventRecord,
    Office,
    OfficeRecord,
    Origin,
    Record,
    Tenure,
    slug,
)
from claimcheck.errors import DateError, FactFileError
from claimcheck.model import Actor, ActorKind
from claimcheck.timespan import Granularity, TimeSpan

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = ["parse_fact_text", "parse_facts"]

_PRECISION = {"day": Granularity.DAY, "month": Granularity.MONTH, "year": Granularity.YEAR}


def parse_fact_text(text: str, *, location: str, format: str) -> list[Record]:
    """The records of a fact file's *text* in *format* (``"json"`` or ``"toml"``)."""
    if format == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            msg = f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
            raise FactFileError(msg, location=location) from None
    elif format == "toml":
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise FactFileError(f"not valid TOML: {exc}", location=location) from None
    else:
        raise FactFileError("the format is 'json' or 'toml'", location=location, value=format)
    return parse_facts(data, location=location)


def parse_facts(data: object, *, location: str) -> list[Record]:
    """The records of parsed fact-file *data*: ``{"records": [...]}`` or a bare list."""
    if isinstance(data, Mapping):
        extra = sorted(set(data) - {"records"})
        if extra:
            raise FactFileError("unknown key", location=location, path=f"$.{extra[0]}")
        items, prefix = data.get("records", []), "$.records"
    else:
        items, prefix = data, "$"
    if not isinstance(items, list):
        raise FactFileError("the records are a list of objects", location=location, path=prefix)
    return [_Reader(item, location, f"{prefix}[{i}]").record() for i, item in enumerate(items)]


class _Reader:
    """Reads one record, remembering where it is for the messages."""

    def __init__(self, item: object, location: str, path: str) -> None:
        self.location = location
        self.path = path
        self.id: str | None = None
        if not isinstance(item, Mapping):
            raise FactFileError(
                "a record is an object with a 'kind'", location=location, path=path, value=item
            )
        self.item: Mapping[str, Any] = item

    # -- messages -------------------------------------------------------------------------

    def fail(self, problem: str, field: str | None = None, **value: object) -> FactFileError:
        path = self.path if field is None else f"{self.path}.{field}"
        if self.id is not None:
            problem = f"record {self.id!r}: {problem}"
        return FactFileError(problem, location=self.location, path=path, **value)

    # -- fields ---------------------------------------------------------------------------

    def text(self, field: str, *, required: bool = True) -> str | None:
        value = self.item.get(field)
        if value is None or value == "":
            if required:
                raise self.fail("required field missing", field)
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail("expected non-blank text", field, value=value)
        return value.strip()

    def required(self, field: str) -> str:
        value = self.text(field)
        assert value is not None
        return value

    def texts(self, field: str) -> tuple[str, ...]:
        value = self.item.get(field, [])
        if not isinstance(value, list) or not all(isinstance(x, str) and x.strip() for x in value):
            raise self.fail("expected a list of non-blank texts", field, value=value)
        return tuple(dict.fromkeys(x.strip() for x in value))

    def flag(self, field: str, default: bool) -> bool:
        value = self.item.get(field, default)
        if not isinstance(value, bool):
            raise self.fail("expected true or false", field, value=value)
        return value

    def bound(self, field: str, precision: Mapping[str, Any], *, required: bool) -> TimeSpan | None:
        value = self.item.get(field)
        if type(value) is date:  # a TOML date written without quotes
            return TimeSpan.day(value.year, value.month, value.day)
        text = self.text(field, required=required)
        if text is None:
            return None
        try:
            span = TimeSpan.from_iso(text)
        except DateError as exc:
            raise self.fail(exc.problem, field, value=text) from None
        if span.granularity not in _PRECISION.values():
            raise self.fail("a date is written YYYY-MM-DD, YYYY-MM or YYYY", field, value=text)
        stated = precision.get(field)
        if stated is not None and _PRECISION.get(stated) is not span.granularity:
            msg = f"precision {stated!r} does not fit {text!r}"
            raise self.fail(msg, f"precision.{field}", value=stated)
        return span

    def precision(self) -> Mapping[str, Any]:
        value = self.item.get("precision", {})
        if not isinstance(value, Mapping):
            raise self.fail(
                'expected an object such as {"start": "month"}', "precision", value=value
            )
        for key, stated in value.items():
            if stated not in _PRECISION:
                raise self.fail(
                    "a precision is 'day', 'month' or 'year'", f"precision.{key}", value=stated
                )
        return value

    def confidence(self, *, required: bool) -> tuple[Confidence, Confidence]:
        """The (start, end) confidence: one value for both, or an object with both."""
        value = self.item.get("confidence")
        if value is None:
            if required:
                raise self.fail("required field missing", "confidence")
            return Confidence.HIGH, Confidence.HIGH
        if isinstance(value, Mapping):
            extra = sorted(set(value) - {"start", "end"})
            if extra or set(value) != {"start", "end"}:
                raise self.fail(
                    "a split confidence has the keys 'start' and 'end'",
                    "confidence",
                    value=dict(value),
                )
            return self._confidence(value["start"], "confidence.start"), self._confidence(
                value["end"], "confidence.end"
            )
        single = self._confidence(value, "confidence")
        return single, single

    def _confidence(self, value: object, field: str) -> Confidence:
        try:
            return Confidence(value)
        except ValueError:
            names = ", ".join(repr(c.value) for c in Confidence)
            raise self.fail(f"a confidence is one of {names}", field, value=value) from None

    def actor(self, value: object, field: str, default: ActorKind) -> Actor:
        if isinstance(value, str) and value.strip():
            return Actor(value.strip(), default)
        if (
            isinstance(value, Mapping)
            and set(value) <= {"name", "kind"}
            and isinstance(value.get("name"), str)
        ):
            try:
                return Actor(value["name"].strip(), ActorKind(value.get("kind", default.value)))
            except ValueError as exc:
                raise self.fail(str(exc), field, value=dict(value)) from None
        raise self.fail(
            "an actor is a name or an object with 'name' and 'kind'", field, value=value
        )

    def check_keys(self, allowed: set[str]) -> None:
        extra = sorted(set(self.item) - allowed - {"kind", "id", "source", "note"})
        if extra:
            raise self.fail("unknown key", extra[0])

    def origin(self) -> Origin:
        return Origin(self.location, self.path)

    # -- records --------------------------------------------------------------------------

    def record(self) -> Record:
        kind = self.item.get("kind")
        reader = _KINDS.get(kind) if isinstance(kind, str) else None
        if reader is None:
            raise self.fail(
                f"unknown kind (expected one of {', '.join(sorted(_KINDS))})", "kind", value=kind
            )
        given = self.item.get("id")
        if given is not None:
            if not isinstance(given, str) or not given.strip():
                raise self.fail("expected non-blank text", "id", value=given)
            self.id = given
        try:
            return reader(self)
        except (ValueError, TypeError) as exc:
            if isinstance(exc, FactFileError):
                raise
            raise self.fail(str(exc)) from None

    def with_id(self, derived: str) -> str:
        if self.id is None:
            self.id = derived
        return self.id


def _tenure(r: _Reader) -> Tenure:
    r.check_keys(
        {
            "role",
            "organization",
            "holder",
            "aliases",
            "start",
            "end",
            "precision",
            "acting",
            "confidence",
            "predecessor",
            "successor",
        }
    )
    written_role = r.required("role")
    role = ACTING.sub("", written_role).strip()
    acting = r.flag("acting", False) or role != written_role
    organization = r.text("organization", required=False)
    holder = r.required("holder")
    aliases = tuple(a for a in r.texts("aliases") if a != holder)
    precision = r.precision()
    start = r.bound("start", precision, required=True)
    ident = r.with_id(
        "tenure:" + slug(organization or "", role, holder, start.isoformat() if start else "")
    )
    end = r.bound("end", precision, required=False)
    start_confidence, end_confidence = r.confidence(required=True)
    if start is not None and end is not None and not start.first_day() < end.last_day():  # type: ignore[operator]
        raise r.fail(f"the end ({end}) is not after the start ({start})", "end", value=str(end))
    return Tenure(
        id=ident,
        office=Office(role, organization),
        holder=Actor(holder, ActorKind.PERSON, aliases),
        start=start,
        end=end,
        acting=acting,
        start_confidence=start_confidence,
        end_confidence=end_confidence,
        source=r.required("source"),
        note=r.text("note", required=False),
        predecessor=_optional_person(r, "predecessor"),
        successor=_optional_person(r, "successor"),
        origin=r.origin(),
    )


def _optional_person(r: _Reader, field: str) -> Actor | None:
    name = r.text(field, required=False)
    return None if name is None else Actor(name)


def _event(r: _Reader) -> EventRecord:
    r.check_keys(
        {
            "name",
            "event_kind",
            "start",
            "end",
            "precision",
            "location",
            "participants",
            "confidence",
        }
    )
    name = r.required("name")
    precision = r.precision()
    start = r.bound("start", precision, required=True)
    assert start is not None
    ident = r.with_id("event:" + start.isoformat() + ":" + slug(name))
    end = r.bound("end", precision, required=False) or start
    if end.last_day() < start.first_day():  # type: ignore[operator]
        raise r.fail(f"the last day ({end}) is before the first ({start})", "end", value=str(end))
    participants = r.item.get("participants", [])
    if not isinstance(participants, list):
        raise r.fail("expected a list of actors", "participants", value=participants)
    actors = tuple(
        r.actor(p, f"participants[{i}]", ActorKind.PERSON) for i, p in enumerate(participants)
    )
    place = r.item.get("location")
    confidence, _ = r.confidence(required=True)
    return EventRecord(
        id=ident,
        name=name,
        kind=r.text("event_kind", required=False) or "event",
        when=TimeSpan(start.start, end.end, Granularity.DAY),
        place=None if place in (None, "") else r.actor(place, "location", ActorKind.PLACE),
        participants=tuple(dict.fromkeys(actors)),
        confidence=confidence,
        source=r.required("source"),
        note=r.text("note", required=False),
        origin=r.origin(),
    )


def _count(r: _Reader) -> CountRecord:
    r.check_keys({"what", "value", "since", "until", "precision", "aliases", "confidence"})
    what = r.required("what")
    precision = r.precision()
    since = r.bound("since", precision, required=True)
    assert since is not None
    ident = r.with_id("count:" + slug(what) + ":" + since.isoformat())
    until = r.bound("until", precision, required=False)
    if until is not None and not since.first_day() < until.last_day():  # type: ignore[operator]
        raise r.fail(f"'until' ({until}) is not after 'since' ({since})", "until", value=str(until))
    value = r.item.get("value")
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise r.fail("expected a number", "value", value=value)
    confidence, _ = r.confidence(required=True)
    return CountRecord(
        id=ident,
        what=what,
        value=value,
        since=since,
        until=until,
        aliases=r.texts("aliases"),
        confidence=confidence,
        source=r.required("source"),
        note=r.text("note", required=False),
        origin=r.origin(),
    )


def _alias(r: _Reader) -> AliasRecord:
    r.check_keys({"canonical", "variants", "misspellings", "actor_kind"})
    canonical = r.required("canonical")
    ident = r.with_id("alias:" + slug(canonical))
    kind_text = r.text("actor_kind", required=False) or ActorKind.PERSON.value
    try:
        kind = ActorKind(kind_text)
    except ValueError:
        names = ", ".join(repr(k.value) for k in ActorKind)
        raise r.fail(f"an actor kind is one of {names}", "actor_kind", value=kind_text) from None
    variants = tuple(x for x in r.texts("variants") if x != canonical)
    return AliasRecord(
        id=ident,
        actor=Actor(canonical, kind, variants),
        misspellings=r.texts("misspellings"),
        source=r.required("source"),
        note=r.text("note", required=False),
        origin=r.origin(),
    )


def _office(r: _Reader) -> OfficeRecord:
    r.check_keys({"role", "organization", "role_aliases", "single_holder"})
    role = r.required("role")
    organization = r.text("organization", required=False)
    ident = r.with_id("office:" + slug(organization or "", role))
    return OfficeRecord(
        id=ident,
        office=Office(role, organization),
        role_aliases=r.texts("role_aliases"),
        single_holder=r.flag("single_holder", True),
        source=r.required("source"),
        note=r.text("note", required=False),
        origin=r.origin(),
    )


_KINDS: dict[str, Callable[[_Reader], Record]] = {
    "alias": _alias,
    "count": _count,
    "event": _event,
    "office": _office,
    "tenure": _tenure,
}
