"""Importing office tenures from Wikidata: entity JSON and SPARQL JSON results.

Only P39 (position held) is read, with its qualifiers P580 (start time), P582 (end time),
P1365 (replaces), P1366 (replaced by) and P642 (of). Wikidata time precision 9 is a year,
10 a month and 11 a day; anything coarser is refused. An end whose value is "unknown"
(``somevalue``) becomes an open end of low confidence: the holder left at a time nobody
recorded.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from claimcheck._kb_records import Confidence, Office, Origin, Record, Tenure, slug
from claimcheck.errors import DateError, FactFileError
from claimcheck.model import Actor, ActorKind
from claimcheck.timespan import TimeSpan

__all__ = ["parse_entities", "parse_sparql"]

_TIME = re.compile(r"^\+?(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})T")
_ORGANIZATION_PROPERTIES = ("P2389", "P1001", "P361")
_ENTITY_URI = re.compile(
    r"^https?://www\.wikidata\.org/entity/(?:statement/)?(?P<id>[A-Za-z0-9$-]+)$"
)


def _load(text: str, location: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        msg = f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        raise FactFileError(msg, location=location) from None


def time_span(value: object, precision: object, *, location: str, path: str) -> TimeSpan:
    """The day, month or year a Wikidata time value of *precision* names."""
    match = _TIME.match(value) if isinstance(value, str) else None
    if match is None:
        raise FactFileError(
            "not a Wikidata time such as '+2024-10-01T00:00:00Z'",
            location=location,
            path=path,
            value=value,
        )
    year, month, day = (int(match[k]) for k in ("year", "month", "day"))
    try:
        if precision == 11:
            return TimeSpan.day(year, month, day)
        if precision == 10:
            return TimeSpan.month(year, month)
        if precision == 9:
            return TimeSpan.year(year)
    except DateError as exc:
        raise FactFileError(exc.problem, location=location, path=path, value=value) from None
    msg = "a Wikidata time precision is 9 (year), 10 (month) or 11 (day)"
    raise FactFileError(msg, location=location, path=path, value=precision)


# -- entity JSON --------------------------------------------------------------------------


def parse_entities(text: str, *, location: str, confidence: Confidence) -> list[Record]:
    """The P39 tenures of the entities in *text* (``{"entities": {id: entity}}``)."""
    data = _load(text, location)
    entities = data.get("entities") if isinstance(data, Mapping) else None
    if not isinstance(entities, Mapping):
        raise FactFileError(
            "Wikidata entity JSON is an object with 'entities'", location=location, path="$"
        )
    labels = {
        key: _label(entity, key) for key, entity in entities.items() if isinstance(entity, Mapping)
    }
    records: list[Record] = []
    for key, entity in entities.items():
        path = f"$.entities.{key}"
        if not isinstance(entity, Mapping):
            raise FactFileError(
                "an entity is an object", location=location, path=path, value=entity
            )
        statements = entity.get("claims", {}).get("P39", [])
        holder = Actor(labels[key], ActorKind.PERSON, _aliases(entity, labels[key]))
        for index, statement in enumerate(statements):
            reader = _Statement(statement, location, f"{path}.claims.P39[{index}]", labels)
            tenure = reader.tenure(key, holder, entities, confidence)
            if tenure is not None:
                records.append(tenure)
    return records


def _label(entity: Mapping[str, Any], key: str) -> str:
    labels = entity.get("labels", {})
    chosen = labels.get("en") or next(iter(labels.values()), None)
    value = chosen.get("value") if isinstance(chosen, Mapping) else None
    return value if isinstance(value, str) and value.strip() else key


def _aliases(entity: Mapping[str, Any], name: str) -> tuple[str, ...]:
    values = [
        a.get("value") for a in entity.get("aliases", {}).get("en", []) if isinstance(a, Mapping)
    ]
    return tuple(dict.fromkeys(v for v in values if isinstance(v, str) and v.strip() and v != name))


class _Statement:
    """One P39 statement of an entity."""

    def __init__(
        self, statement: object, location: str, path: str, labels: Mapping[str, str]
    ) -> None:
        if not isinstance(statement, Mapping):
            raise FactFileError(
                "a statement is an object", location=location, path=path, value=statement
            )
        self.statement: Mapping[str, Any] = statement
        self.location = location
        self.path = path
        self.labels = labels

    def fail(self, problem: str, where: str, value: object) -> FactFileError:
        return FactFileError(
            problem, location=self.location, path=f"{self.path}.{where}", value=value
        )

    def item(self, snak: Mapping[str, Any], where: str) -> str | None:
        if snak.get("snaktype", "value") != "value":
            return None
        value = snak.get("datavalue", {}).get("value")
        if not isinstance(value, Mapping) or not isinstance(value.get("id"), str):
            raise self.fail("expected an item value", where, value)
        item: str = value["id"]
        return item

    def qualifier(self, prop: str) -> Mapping[str, Any] | None:
        snaks = self.statement.get("qualifiers", {}).get(prop, [])
        return snaks[0] if snaks else None

    def time(self, prop: str) -> tuple[TimeSpan | None, bool]:
        """The qualifier's span, and whether it is an unknown value."""
        snak = self.qualifier(prop)
        if snak is None:
            return None, False
        if snak.get("snaktype") == "somevalue":
            return None, True
        if snak.get("snaktype") == "novalue":
            return None, False
        value = snak.get("datavalue", {}).get("value", {})
        where = f"qualifiers.{prop}[0].datavalue.value"
        if not isinstance(value, Mapping):
            raise self.fail("expected a time value", where, value)
        return time_span(
            value.get("time"),
            value.get("precision"),
            location=self.location,
            path=f"{self.path}.{where}",
        ), False

    def person(self, prop: str) -> Actor | None:
        snak = self.qualifier(prop)
        item = None if snak is None else self.item(snak, f"qualifiers.{prop}[0]")
        return None if item is None else Actor(self.labels.get(item, item))

    def tenure(
        self, key: str, holder: Actor, entities: Mapping[str, Any], confidence: Confidence
    ) -> Tenure | None:
        if self.statement.get("rank") == "deprecated":
            return None
        position = self.item(self.statement.get("mainsnak", {}), "mainsnak")
        if position is None:
            return None
        start, _ = self.time("P580")
        end, end_unknown = self.time("P582")
        statement_id = self.statement.get("id")
        ident = "wikidata:" + (
            statement_id.replace("$", ":")
            if isinstance(statement_id, str)
            else slug(key, position, str(start))
        )
        if start is not None and end is not None and not start.first_day() < end.last_day():  # type: ignore[operator]
            raise self.fail(
                f"the end ({end}) is not after the start ({start})", "qualifiers.P582", str(end)
            )
        return Tenure(
            id=ident,
            office=Office(
                self.labels.get(position, position), self._organization(position, entities)
            ),
            holder=holder,
            start=start,
            end=end,
            start_confidence=confidence,
            end_confidence=Confidence.LOW if end_unknown else confidence,
            source=f"https://www.wikidata.org/wiki/{key}#P39",
            predecessor=self.person("P1365"),
            successor=self.person("P1366"),
            origin=Origin(self.location, self.path),
        )

    def _organization(self, position: str, entities: Mapping[str, Any]) -> str | None:
        snak = self.qualifier("P642")
        item = None if snak is None else self.item(snak, "qualifiers.P642[0]")
        if item is None:
            claims = entities.get(position, {}).get("claims", {})
            for prop in _ORGANIZATION_PROPERTIES:
                for index, snak in enumerate(s.get("mainsnak", {}) for s in claims.get(prop, [])):
                    item = item or self.item(snak, f"(entity {position}).claims.{prop}[{index}]")
        return None if item is None else self.labels.get(item, item)


# -- SPARQL results -----------------------------------------------------------------------


def parse_sparql(text: str, *, location: str, confidence: Confidence) -> list[Record]:
    """The tenures of SPARQL JSON results with the variables named in the module docs."""
    data = _load(text, location)
    bindings = data.get("results", {}).get("bindings") if isinstance(data, Mapping) else None
    if not isinstance(bindings, list):
        raise FactFileError(
            "SPARQL JSON results have 'results.bindings'", location=location, path="$"
        )
    records: list[Record] = []
    for index, row in enumerate(bindings):
        path = f"$.results.bindings[{index}]"
        if not isinstance(row, Mapping):
            raise FactFileError("a binding is an object", location=location, path=path, value=row)
        records.append(_row_tenure(row, location, path, confidence))
    return records


def _value(
    row: Mapping[str, Any], name: str, location: str, path: str, *, required: bool
) -> str | None:
    cell = row.get(name)
    if cell is None:
        if required:
            raise FactFileError(
                "required variable missing", location=location, path=f"{path}.{name}"
            )
        return None
    value = cell.get("value") if isinstance(cell, Mapping) else None
    if not isinstance(value, str) or not value.strip():
        raise FactFileError(
            "expected a binding with a 'value'",
            location=location,
            path=f"{path}.{name}",
            value=cell,
        )
    match = _ENTITY_URI.match(value)
    return match["id"] if match else value


def _row_tenure(row: Mapping[str, Any], location: str, path: str, confidence: Confidence) -> Tenure:
    def get(name: str, *, required: bool = False) -> str | None:
        return _value(row, name, location, path, required=required)

    def bound(name: str) -> TimeSpan | None:
        value = get(name)
        if value is None:
            return None
        precision_text = get(f"{name}Precision") or "11"
        if not precision_text.isdigit():
            msg = "a precision is a whole number"
            raise FactFileError(
                msg, location=location, path=f"{path}.{name}Precision", value=precision_text
            )
        return time_span(value, int(precision_text), location=location, path=f"{path}.{name}")

    person = get("person", required=True)
    position = get("position", required=True)
    assert person is not None and position is not None
    name = get("personLabel") or person
    role = get("positionLabel") or position
    organization = get("organizationLabel") or get("organization")
    start, end = bound("start"), bound("end")
    if start is not None and end is not None and not start.first_day() < end.last_day():  # type: ignore[operator]
        msg = f"the end ({end}) is not after the start ({start})"
        raise FactFileError(msg, location=location, path=f"{path}.end", value=str(end))
    statement = get("statement")
    ident = "wikidata:" + (
        statement.replace("$", ":") if statement else slug(person, position, str(start))
    )
    return Tenure(
        id=ident,
        office=Office(role, organization),
        holder=Actor(name),
        start=start,
        end=end,
        start_confidence=confidence,
        end_confidence=confidence,
        source=f"https://www.wikidata.org/wiki/{person}#P39",
        origin=Origin(location, path),
    )
