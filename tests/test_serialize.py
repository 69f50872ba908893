"""Tests for claimcheck.serialize: round-trips lose nothing, and bad case files fail well."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, get_type_hints
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import model, strategies
from claimcheck.errors import CaseFileError
from claimcheck.model import ASSERTION_TYPES, CaseFile
from claimcheck.serialize import (
    dump_case_file,
    dumps_case_file,
    load_case_file,
    loads_case_file,
    make_converter,
)
from claimcheck.timespan import Duration, Granularity, Modifier, Relation, TimeSpan

converter = make_converter()

# -- round-trips ------------------------------------------------------------------------------

ROUND_TRIP_TYPES: list[tuple[st.SearchStrategy[Any], Any]] = [
    (strategies.granularities(), Granularity),
    (strategies.modifiers(), Modifier),
    (strategies.time_spans(), TimeSpan),
    (strategies.durations(), Duration),
    (strategies.actors(), model.Actor),
    (strategies.citations(), model.Citation),
    (strategies.sources(), model.Source),
    (strategies.attributions(), model.Attribution),
    (strategies.spans(), model.Span),
    (strategies.role_helds(), model.RoleHeld),
    (strategies.event_dates(), model.EventDate),
    (strategies.quantities(), model.Quantity),
    (strategies.durations_since(), model.DurationSince),
    (strategies.counts(), model.Count),
    (strategies.ordinals(), model.Ordinal),
    (strategies.statements(), model.Statement),
    (strategies.weekdays(), model.Weekday),
    (strategies.assertions(), model.Assertion),
    (strategies.claims(), model.Claim),
    (strategies.events(), model.Event),
    (strategies.documents(), model.Document),
    (strategies.evidences(), model.Evidence),
    (strategies.findings(), model.Finding),
    (strategies.expectations(), model.Expectation),
    (strategies.case_files(), model.CaseFile),
]


def _instants(value: object) -> Iterator[datetime]:
    """Every datetime inside *value*, depth first in field order."""
    if isinstance(value, datetime):
        yield value
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _instants(item)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from _instants(getattr(value, field.name))


def _zone(value: datetime) -> tuple[object, ...]:
    """What `==` between aware datetimes can ignore: the zone, the local time and the offset.

    The offset tells the two readings of an ambiguous local time apart; a fold that changes
    no offset means nothing and is not compared.
    """
    tz = value.tzinfo
    key = tz.key if isinstance(tz, ZoneInfo) else ("offset", tz.utcoffset(None) if tz else None)
    return (key, value.replace(tzinfo=None, fold=0), value.utcoffset())


def assert_same(result: object, original: object) -> None:
    """*result* equals *original*, and so do the zones and local times of its datetimes."""
    assert result == original
    assert type(result) is type(original)
    assert [_zone(d) for d in _instants(result)] == [_zone(d) for d in _instants(original)]


@pytest.mark.parametrize(
    ("strategy", "cls"),
    ROUND_TRIP_TYPES,
    ids=[getattr(cls, "__name__", "Assertion") for _, cls in ROUND_TRIP_TYPES],
)
def test_converter_round_trips_every_type(strategy: st.SearchStrategy[Any], cls: Any) -> None:
    """structure(unstructure(x)) == x for every type, directly and through JSON text."""

    @settings(max_examples=1000)
    @given(strategy)
    def round_trip(value: Any) -> None:
        data = converter.unstructure(value, cls)
        assert_same(converter.structure(data, cls), value)
        assert_same(converter.structure(json.loads(json.dumps(data)), cls), value)

    round_trip()


@given(strategies.case_files())
def test_case_file_text_round_trips(case: CaseFile) -> None:
    """loads_case_file(dumps_case_file(c)) == c for generated case files."""
    assert_same(loads_case_file(dumps_case_file(case)), case)


@settings(max_examples=50)
@given(case=strategies.case_files())
def test_case_file_round_trips_through_a_file(
    tmp_path_factory: pytest.TempPathFactory, case: CaseFile
) -> None:
    """dump_case_file then load_case_file gives the same case file back."""
    path = tmp_path_factory.mktemp("cases") / f"{case.id}.json"
    dump_case_file(case, path)
    assert_same(load_case_file(path), case)
    assert not [p for p in path.parent.iterdir() if p != path]


@given(strategies.time_spans())
def test_time_span_text_form_is_used_when_it_reads_back(span: TimeSpan) -> None:
    """A span is written as its compact text exactly when that text reads back to the same span."""
    data = converter.unstructure(span, TimeSpan)
    if isinstance(data, str):
        assert data == span.isoformat()
    else:
        assert TimeSpan.from_iso(span.isoformat()) != span or any(
            _zone(a) != _zone(b)
            for a, b in zip(
                _instants(TimeSpan.from_iso(span.isoformat())), _instants(span), strict=True
            )
        )


def test_ambiguous_local_time_keeps_its_fold() -> None:
    """The second 01:30 of a night when clocks go back reads back as the second one."""
    london = ZoneInfo("Europe/London")
    second = datetime(2024, 10, 27, 1, 30, fold=1, tzinfo=london)
    span = TimeSpan.moment(second)
    text = converter.unstructure(span, TimeSpan)
    assert text == "2024-10-27T01:30+00:00[Europe/London]"
    assert_same(converter.structure(text, TimeSpan), span)


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (
            datetime(2024, 10, 16, 13, 40, tzinfo=ZoneInfo("UTC")),
            datetime(2024, 10, 16, 13, 41, tzinfo=timezone.utc),
        ),
        (
            datetime(2024, 10, 16, 13, 40, tzinfo=timezone.utc),
            datetime(2024, 10, 16, 13, 41, tzinfo=ZoneInfo("UTC")),
        ),
        (
            datetime(2000, 1, 1, tzinfo=ZoneInfo("Europe/Berlin")),
            datetime(2000, 1, 1, tzinfo=timezone.utc),
        ),
        (
            datetime(2000, 1, 1, tzinfo=ZoneInfo("Europe/Berlin")),
            datetime(2000, 1, 1, tzinfo=ZoneInfo("UTC")),
        ),
    ],
    ids=[
        "zoneinfo-utc-to-timezone-utc",
        "timezone-utc-to-zoneinfo-utc",
        "berlin-to-utc",
        "berlin-to-zoneinfo-utc",
    ],
)
def test_converter_keeps_the_zone_of_each_bound(start: datetime, end: datetime) -> None:
    """A span whose bounds are in different zones, UTC ones included, reads back with both zones."""
    span = TimeSpan(start, end, Granularity.DATETIME)
    data = converter.unstructure(span, TimeSpan)
    assert_same(converter.structure(data, TimeSpan), span)
    assert_same(converter.structure(json.loads(json.dumps(data)), TimeSpan), span)


def test_local_mean_time_offsets_keep_their_seconds() -> None:
    """An offset with seconds (local mean time before 1900) is written and read in full."""
    kyiv = ZoneInfo("Europe/Kyiv")
    span = TimeSpan.moment(datetime(1880, 1, 1, 12, 0, tzinfo=kyiv))
    text = converter.unstructure(span, TimeSpan)
    assert text == "1880-01-01T12:00+02:02:04[Europe/Kyiv]"
    assert_same(converter.structure(text, TimeSpan), span)


def test_parts_of_a_unit_use_the_structured_form() -> None:
    """START/MID/END spans, which the text cannot tell apart, are written as objects."""
    early = TimeSpan(date(2024, 10, 1), date(2024, 10, 11), Granularity.MONTH, Modifier.START)
    data = converter.unstructure(early, TimeSpan)
    assert data == {
        "start": "2024-10-01",
        "end": "2024-10-11",
        "granularity": "month",
        "modifier": "start",
    }
    assert converter.structure(data, TimeSpan) == early


# -- bad case files -----------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent
SEED_FILES = sorted((ROOT / "seeds").glob("*.json"))
_CASE = object()
"""The type of a whole case file: an object with the keys below."""
_CASE_FIELDS: dict[str, Any] = {
    "source": model.Source,
    "events": tuple[model.Event, ...],
    "claims": tuple[model.Claim, ...],
    "mentions": tuple[model.NameMention, ...],
    "expected": tuple[model.Expectation, ...],
    "quiet": tuple[model.Expectation, ...],
}
_BOUND = object()
"""The type of a bound in the object form of a TimeSpan: a date or a datetime as text."""
_SPAN_FIELDS: dict[str, Any] = {
    "start": _BOUND,
    "end": _BOUND,
    "granularity": Granularity,
    "modifier": Modifier,
}
_DURATION_FIELDS: dict[str, Any] = {"length": Duration, "modifier": Modifier, "relation": Relation}
_TAGS = {re.sub(r"(?<!^)(?=[A-Z])", "_", cls.__name__).lower(): cls for cls in ASSERTION_TYPES}
"""The ``type`` tag of each assertion: its class name in snake_case."""
_BAD_DATES = [
    "2024-13-01",
    "2024-02-30",
    "2024-10-16T25:00+01:00",
    "October 2024",
    "2024-W54",
    "2024-Q5",
]
_BAD_DURATIONS = ["P1Y2", "P", "16 years", "P0D"]


@attrs.frozen
class Site:
    """A place in a case file's JSON, with what the model expects there."""

    path: str
    value: Any
    expected: Any
    fields: dict[str, Any] | None = None
    required: frozenset[str] = frozenset()


def _without_none(tp: Any) -> Any:
    args = [a for a in getattr(tp, "__args__", ()) if a is not type(None)]
    if isinstance(tp, type(int | None)) and len(args) == 1:
        return args[0]
    return tp


def _object_fields(value: Any, tp: Any) -> tuple[dict[str, Any], frozenset[str]] | None:
    """The keys the object *value* may have where *tp* is expected, and which are required."""
    if not isinstance(value, dict):
        return None
    if tp is _CASE:
        return _CASE_FIELDS, frozenset({"source"})
    if tp is TimeSpan:
        return _SPAN_FIELDS, frozenset()
    if tp is Duration:
        return _DURATION_FIELDS, frozenset({"length"})
    if tp is model.Assertion:
        cls = _TAGS[value["type"]]
        fields, required = _object_fields(value, cls) or ({}, frozenset())
        return {**fields, "type": "tag"}, required | {"type"}
    if attrs.has(tp):
        hints = get_type_hints(tp)
        required = {f.name for f in attrs.fields(tp) if f.default is attrs.NOTHING}
        if tp is model.Claim:  # a case file's claims take their source from the document
            required.discard("source")
        return hints, frozenset(required)
    return None


def _sites(value: Any, tp: Any, path: str = "$") -> Iterator[Site]:
    """Every place in *value* (the JSON of a *tp*), depth first."""
    tp = _without_none(tp)
    known = _object_fields(value, tp)
    if known is None:
        yield Site(path, value, tp)
        if getattr(tp, "__origin__", None) is tuple and isinstance(value, list):
            for index, item in enumerate(value):
                yield from _sites(item, tp.__args__[0], f"{path}[{index}]")
        return
    fields, required = known
    yield Site(path, value, tp, fields, required)
    for key, item in value.items():
        if fields[key] != "tag":
            yield from _sites(item, fields[key], f"{path}.{key}")


@attrs.frozen
class Mutation:
    """A change that makes a valid case file invalid, and where the error must point."""

    kind: str
    site: Site
    key: str | None
    new_value: Any

    def apply(self, data: Any) -> Any:
        """A changed deep copy of *data*."""
        data = copy.deepcopy(data)
        steps = re.findall(r"\.(\w+)|\[(\d+)\]", self.site.path)
        parent, last = None, None
        node = data
        for name, index in steps:
            parent, last = node, (name if name else int(index))
            node = node[last]
        if self.kind == "missing":
            del node[self.key]
        elif self.kind in ("unknown key", "wrong tag"):
            node[self.key] = self.new_value
        elif parent is None:
            return self.new_value
        else:
            parent[last] = self.new_value
        return data

    def paths(self) -> set[str]:
        """The paths the error may name."""
        if self.kind == "missing":
            return {self.site.path, f"{self.site.path}.{self.key}"}
        if self.key is not None:
            return {f"{self.site.path}.{self.key}"}
        return {self.site.path}


def _wrong_values(site: Site) -> list[Any]:
    """Values of a JSON kind the model never accepts at *site*."""
    value, tp = site.value, site.expected
    if isinstance(value, bool):
        return [1, "true"]
    if isinstance(value, int) or tp is int:
        return [str(value), True, value + 0.5]
    if isinstance(value, float):
        return ["1.5", True]
    if isinstance(value, str):
        return [3, True, ["x"]]
    if isinstance(value, dict):
        return [["x"], 3]
    return ["abc", {"a": 1}, 3]


def _mutations(site: Site) -> list[Mutation]:
    """Every mutation of the kinds this suite knows that applies at *site*."""
    found: list[Mutation] = []
    if site.path != "$":
        found += [Mutation("wrong type", site, None, v) for v in _wrong_values(site)]
    if site.fields is not None:
        found += [
            Mutation("missing", site, key, None) for key in sorted(site.required & set(site.value))
        ]
        found.append(Mutation("unknown key", site, "colour", "red"))
        if "type" in site.value and site.expected is model.Assertion:
            found += [
                Mutation("wrong tag", site, "type", tag) for tag in ("role_hold", "RoleHeld", 3)
            ]
    if isinstance(site.value, str) and site.expected in (TimeSpan, _BOUND):
        found += [Mutation("bad date", site, None, text) for text in _BAD_DATES]
    if isinstance(site.value, str) and site.expected is Duration:
        found += [Mutation("bad duration", site, None, text) for text in _BAD_DURATIONS]
    return found


def _all_mutations(data: Any) -> list[Mutation]:
    return [m for site in _sites(data, _CASE) for m in _mutations(site)]


def assert_fails_well(data: Any, mutation: Mutation, location: str) -> None:
    """The mutated case file raises a CaseFileError that names the file, the place and the value."""
    text = json.dumps(mutation.apply(data), ensure_ascii=False)
    with pytest.raises(CaseFileError) as info:
        loads_case_file(text, location=location)
    error = info.value
    assert error.location == location
    assert error.path in mutation.paths(), f"{mutation.kind} at {mutation.site.path}: {error}"
    assert str(error).startswith(f"{location}: {error.path}: ")
    if mutation.kind not in ("missing", "unknown key"):
        assert repr(mutation.new_value) in str(error), str(error)
    if mutation.kind == "unknown key":
        assert "unknown key" in str(error)


@given(case=strategies.case_files(), data=st.data())
def test_mutated_case_files_fail_with_the_path(case: CaseFile, data: st.DataObject) -> None:
    """Any listed mutation of a valid case file raises CaseFileError naming file, path and value."""
    document = converter.unstructure(case, CaseFile)
    mutation = data.draw(st.sampled_from(_all_mutations(document)), label="mutation")
    assert_fails_well(document, mutation, "cases/generated.json")


def test_every_mutation_kind_is_reachable() -> None:
    """A case file with one of everything offers every kind of mutation."""
    kinds = {m.kind for m in _all_mutations(json.loads(RICH_CASE))}
    assert kinds == {
        "wrong type",
        "missing",
        "unknown key",
        "wrong tag",
        "bad date",
        "bad duration",
    }


@pytest.mark.parametrize(
    "seed",
    SEED_FILES
    or [pytest.param(None, marks=pytest.mark.skip(reason="no seed case files in seeds/ yet"))],
    ids=lambda p: getattr(p, "name", "none"),
)
def test_mutated_seed_case_files_fail_with_the_path(seed: Path) -> None:
    """Every listed mutation of a seed case file raises CaseFileError naming file, path, value."""
    data = json.loads(seed.read_text(encoding="utf-8"))
    assert load_case_file(seed) is not None
    location = f"seeds/{seed.name}"

    @settings(max_examples=200)
    @given(st.sampled_from(_all_mutations(data)))
    def check(mutation: Mutation) -> None:
        assert_fails_well(data, mutation, location)

    check()


RICH_CASE = """
{
  "source": {
    "document_id": "a1",
    "published": "2024-12-03",
    "outlet": {"name": "Le Monde", "kind": "outlet"},
    "byline": ["Anne Dupont"]
  },
  "events": [{"id": "berlin-meeting", "kind": "meeting", "when": "2024-10-18"}],
  "claims": [
    {
      "id": "c1",
      "assertion": {"type": "role_held", "actor": "Mark Rutte", "role": "Secretary General",
                    "organization": "NATO", "acting": false}
    },
    {"id": "c2", "assertion": {"type": "event_date", "event": "berlin-meeting",
                               "when": {"start": "2024-10-01", "end": "2024-10-11",
                                        "granularity": "month", "modifier": "start"}}},
    {"id": "c3", "assertion": {"type": "duration_since", "subject": "the dispute", "since": "2008",
                               "length": {"length": "P16Y", "modifier": "more_than"}}},
    {"id": "c4", "assertion": {"type": "count", "subject": "member countries", "value": 32},
     "evidence": {"document": "a1", "offset": 120, "text": "all 32 members"}},
    {"id": "c5", "assertion": {"type": "quantity", "subject": "aid", "measure": "value",
                               "value": 725000000.0, "unit": "USD"}}
  ],
  "expected": [{"category": "role_tenure", "claims": ["a1#c1"]}]
}
"""


def test_rich_case_is_valid() -> None:
    """The hand-written case file used above is itself valid."""
    case = loads_case_file(RICH_CASE, location="rich.json")
    assert case.document.claims[1].assertion.when.modifier is Modifier.START


# -- reading files --------------------------------------------------------------------------------

SMALL_CASE = '{"source": {"document_id": "a1", "published": "2024-12-03"}}'


def test_non_utf8_bytes_are_refused(tmp_path: Path) -> None:
    """A file that is not UTF-8 fails with CaseFileError naming the file and the byte."""
    path = tmp_path / "latin.json"
    path.write_bytes(SMALL_CASE.replace("a1", "caf\xe9").encode("latin-1"))
    with pytest.raises(CaseFileError, match=r"not UTF-8 text \(byte \d+ is b'\\xe9'\)") as info:
        load_case_file(path)
    assert info.value.location == str(path)


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ('{"source": }', 1, 12),
        ('{\n  "source": {\n    "document_id": "a1",\n  }\n}', 4, 3),
        ("", 1, 1),
    ],
)
def test_invalid_json_names_line_and_column(text: str, line: int, column: int) -> None:
    """Text that is not JSON fails with the line and column of the problem."""
    with pytest.raises(CaseFileError, match=rf"at line {line}, column {column}") as info:
        loads_case_file(text, location="broken.json")
    assert info.value.location == "broken.json"
    assert str(info.value).startswith("broken.json: not valid JSON")


def test_toml_case_files_load(tmp_path: Path) -> None:
    """A .toml case file reads to the same case file as its JSON twin."""
    toml = """
[source]
document_id = "a1"
published = "2024-12-03"
outlet = { name = "Le Monde", kind = "outlet" }

[[claims]]
id = "c1"
assertion = { type = "count", subject = "member countries", value = 32 }
"""
    path = tmp_path / "a1.toml"
    path.write_text(toml, encoding="utf-8")
    case = load_case_file(path)
    assert case.document.claims[0].assertion == model.Count(subject="member countries", value=32)
    assert case == loads_case_file(json.dumps(converter.unstructure(case, CaseFile)))


def test_invalid_toml_is_refused() -> None:
    """Text that is not TOML fails with CaseFileError naming the file."""
    with pytest.raises(CaseFileError, match=r"^a1\.toml: not valid TOML"):
        loads_case_file("[source\n", location="a1.toml", format="toml")


@pytest.mark.parametrize("name", ["a1.txt", "a1", "a1.json.bak"])
def test_other_extensions_are_refused(tmp_path: Path, name: str) -> None:
    """Only .json and .toml files are read or written."""
    path = tmp_path / name
    path.write_text(SMALL_CASE, encoding="utf-8")
    with pytest.raises(CaseFileError, match=r"ends in \.json or \.toml"):
        load_case_file(path)
    with pytest.raises(CaseFileError, match=r"\.json or \.toml"):
        dump_case_file(loads_case_file(SMALL_CASE), path)


def test_unreadable_paths_are_refused(tmp_path: Path) -> None:
    """A missing file or a folder fails with CaseFileError naming it, never an OSError."""
    for path in (tmp_path / "missing.json", tmp_path / "folder.json"):
        if path.name == "folder.json":
            path.mkdir()
        with pytest.raises(CaseFileError, match="cannot read the file") as info:
            load_case_file(path)
        assert info.value.location == str(path)


def test_unwritable_path_is_refused(tmp_path: Path) -> None:
    """Writing into a missing folder fails with CaseFileError and leaves nothing behind."""
    path = tmp_path / "nowhere" / "a1.json"
    with pytest.raises(CaseFileError, match="cannot write the file"):
        dump_case_file(loads_case_file(SMALL_CASE), path)
    assert not path.parent.exists()


def test_text_utf8_cannot_hold_is_refused_when_writing(tmp_path: Path) -> None:
    """A lone surrogate (JSON's \\ud800 escape can bring one in) fails to write: CaseFileError."""
    case = loads_case_file(
        '{"source": {"document_id": "a1", "published": "2024", "title": "\\ud800"}}'
    )
    path = tmp_path / "a1.json"
    with pytest.raises(CaseFileError, match="UTF-8 cannot hold") as info:
        dump_case_file(case, path)
    assert info.value.location == str(path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("value", ["[]", "3", '"a1"', "null"])
def test_a_case_file_is_an_object(value: str) -> None:
    """JSON that is not an object fails at the root path."""
    with pytest.raises(CaseFileError) as info:
        loads_case_file(value, location="a.json")
    assert info.value.path == "$"


def test_several_problems_are_reported_together() -> None:
    """When several fields are wrong, the first is named and the others are counted."""
    text = '{"source": {"document_id": "a1", "published": "2024-13"}, "claims": 3, "quiet": [{}]}'
    with pytest.raises(CaseFileError) as info:
        loads_case_file(text, location="a.json")
    assert info.value.path == "$.source.published"
    assert info.value.value == "2024-13"
    assert str(info.value) == (
        "a.json: $.source.published: no such date (month must be in 1..12) (got '2024-13') "
        "[and 2 more: $.claims: expected a list, not a whole number (got 3); "
        "$.quiet[0].category: required field missing]"
    )


def test_a_repeated_key_is_refused() -> None:
    """A JSON object with a key twice fails, instead of keeping only the last value."""
    text = '{"source": {"document_id": "a1", "published": "2024", "published": "2025"}}'
    with pytest.raises(CaseFileError, match="key twice") as info:
        loads_case_file(text, location="a.json")
    assert info.value.value == "published"
    assert info.value.location == "a.json"


@pytest.mark.parametrize("value", [2**53, -(2**53) - 1, 10**400])
def test_whole_numbers_a_float_cannot_hold_are_refused(value: int) -> None:
    """A whole number where a float is expected is accepted only if no digit is lost."""
    claim = {"id": "c1", "assertion": {"type": "quantity", "subject": "s", "measure": "m"}}
    claim["assertion"]["value"] = value  # type: ignore[index]
    text = json.dumps({"source": {"document_id": "a1", "published": "2024"}, "claims": [claim]})
    with pytest.raises(CaseFileError, match="too large to keep exactly") as info:
        loads_case_file(text)
    assert info.value.path == "$.claims[0].assertion.value"
    assert info.value.value == value
    exact = json.dumps({"source": {"document_id": "a1", "published": "2024"}, "claims": [claim]})
    assert loads_case_file(exact.replace(str(value), str(2**53 - 1)))


def test_names_written_are_left_out_when_none_and_kept_when_some() -> None:
    """A document without recorded names has no "mentions" key (older case files stay as they
    were); one with names writes them and reads them back unchanged."""
    converter = make_converter()
    source = model.Source(document_id="a1", published=TimeSpan.day(2024, 10, 1))
    bare = model.Document(source=source)
    assert "mentions" not in converter.unstructure(bare)
    named = attrs.evolve(
        bare, mentions=(model.NameMention(span=model.Span("a1", 3, "Mark Rute"), actor="Mark Rutte"),)
    )
    data = converter.unstructure(named)
    assert data["mentions"] == [{"span": {"document": "a1", "offset": 3, "text": "Mark Rute"}, "actor": "Mark Rutte"}]
    assert converter.structure(data, model.Document) == named
    case = loads_case_file(dumps_case_file(CaseFile(document=named)))
    assert case.document == named
