"""Tests for claimcheck.strategies: valid values of every type, registered with Hypothesis."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import datetime, timezone
from importlib.metadata import distribution
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import model, strategies
from claimcheck.model import (
    ASSERTION_TYPES,
    ActorKind,
    CaseFile,
    Claim,
    Document,
    EventDate,
)
from claimcheck.timespan import Duration, Granularity, Modifier, TimeSpan

STRATEGIES: list[tuple[Callable[[], st.SearchStrategy[Any]], type]] = [
    (strategies.granularities, Granularity),
    (strategies.modifiers, Modifier),
    (strategies.time_spans, TimeSpan),
    (strategies.durations, Duration),
    (strategies.actors, model.Actor),
    (strategies.citations, model.Citation),
    (strategies.sources, model.Source),
    (strategies.attributions, model.Attribution),
    (strategies.spans, model.Span),
    (strategies.role_helds, model.RoleHeld),
    (strategies.event_dates, model.EventDate),
    (strategies.quantities, model.Quantity),
    (strategies.durations_since, model.DurationSince),
    (strategies.counts, model.Count),
    (strategies.ordinals, model.Ordinal),
    (strategies.statements, model.Statement),
    (strategies.weekdays, model.Weekday),
    (strategies.assertions, ASSERTION_TYPES),  # type: ignore[list-item]
    (strategies.claims, model.Claim),
    (strategies.events, model.Event),
    (strategies.name_mentions, model.NameMention),
    (strategies.documents, model.Document),
    (strategies.evidences, model.Evidence),
    (strategies.findings, model.Finding),
    (strategies.expectations, model.Expectation),
    (strategies.case_files, model.CaseFile),
]

MODEL_TYPES = [
    getattr(model, name)
    for name in model.__all__
    if attrs.has(getattr(model, name, None)) and isinstance(getattr(model, name), type)
]


def _rebuilt(value: object) -> object:
    """Build *value* again from its fields, which runs every validator and check."""
    return attrs.evolve(value) if attrs.has(type(value)) else value


@pytest.mark.parametrize(("strategy", "cls"), STRATEGIES, ids=lambda x: getattr(x, "__name__", ""))
def test_strategy_yields_valid_instances(
    strategy: Callable[[], st.SearchStrategy[Any]], cls: type
) -> None:
    """Every strategy yields instances of its type that pass the model's checks when rebuilt."""

    @settings(max_examples=50)
    @given(strategy())
    def check(value: object) -> None:
        assert isinstance(value, cls)
        assert _rebuilt(value) == value

    check()


def test_every_strategy_is_exported_and_sorted() -> None:
    """`__all__` lists every public strategy function, sorted, and each is tested here."""
    assert strategies.__all__ == sorted(strategies.__all__)
    tested = {strategy.__name__ for strategy, _ in STRATEGIES}
    assert set(strategies.__all__) == tested


def test_every_model_type_has_a_strategy() -> None:
    """Each attrs class of the model is covered by a strategy in the table above."""
    covered = {cls for _, cls in STRATEGIES if isinstance(cls, type)}
    assert set(MODEL_TYPES) <= covered


def test_hypothesis_entry_point_is_declared() -> None:
    """The installed distribution declares `_register_types` under the hypothesis entry point."""
    points = [ep for ep in distribution("claimcheck").entry_points if ep.group == "hypothesis"]
    assert [(ep.name, ep.value) for ep in points] == [
        ("claimcheck", "claimcheck.strategies:_register_types")
    ]
    assert points[0].load() is strategies._register_types


@pytest.mark.parametrize("cls", [*MODEL_TYPES, TimeSpan, Duration], ids=lambda cls: cls.__name__)
def test_from_type_yields_instances(cls: type) -> None:
    """`st.from_type` gives valid instances of every public type through the registration."""

    @settings(max_examples=10)
    @given(st.from_type(cls))
    def check(value: object) -> None:
        assert isinstance(value, cls)
        assert _rebuilt(value) == value

    check()


def test_from_type_resolves_the_assertion_union() -> None:
    """`st.from_type(Assertion)` draws from the assertion types."""

    @settings(max_examples=20)
    @given(st.from_type(model.Assertion))  # type: ignore[arg-type]
    def check(value: object) -> None:
        assert isinstance(value, ASSERTION_TYPES)

    check()


def _run(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_importing_claimcheck_leaves_hypothesis_unimported() -> None:
    """`import claimcheck` and its non-strategy modules never import Hypothesis."""
    code = (
        "import sys, claimcheck, claimcheck.model, claimcheck.serialize, claimcheck.timespan\n"
        "print('hypothesis' in sys.modules)"
    )
    assert _run(code) == "False"


def test_strategies_can_be_imported_before_hypothesis() -> None:
    """Importing claimcheck.strategies before Hypothesis (entry point loaded mid-import) works."""
    code = (
        "import claimcheck.strategies\n"
        "from hypothesis import given, settings, strategies as st\n"
        "from claimcheck.model import Claim\n"
        "@settings(max_examples=5, database=None)\n"
        "@given(st.from_type(Claim))\n"
        "def check(claim): assert isinstance(claim, Claim)\n"
        "check()\n"
        "print('ok')"
    )
    assert _run(code) == "ok"


# -- what the strategies cover ----------------------------------------------------------------


def _observed(
    strategy: st.SearchStrategy[Any], feature: Callable[[Any], object], examples: int
) -> set[object]:
    seen: set[object] = set()

    @settings(max_examples=examples, derandomize=True, database=None)
    @given(strategy)
    def collect(value: Any) -> None:
        seen.add(feature(value))

    collect()
    return seen


def _zone_kind(span: TimeSpan) -> str:
    bound = span.start if span.start is not None else span.end
    if not isinstance(bound, datetime):
        return "date"
    return "zoneinfo" if isinstance(bound.tzinfo, ZoneInfo) else "offset"


def test_time_spans_cover_every_granularity_and_modifier() -> None:
    """time_spans() draws every granularity and every span modifier, open and closed."""
    spans = strategies.time_spans()
    assert _observed(spans, lambda s: s.granularity, 400) == set(Granularity)
    modifiers = _observed(spans, lambda s: s.modifier, 400)
    assert modifiers == {m for m in Modifier if m.value in _SPAN_MODIFIER_VALUES}


_SPAN_MODIFIER_VALUES = {
    "exact",
    "approx",
    "start",
    "mid",
    "end",
    "before",
    "after",
    "on_or_before",
    "on_or_after",
}


def test_time_spans_cover_zones_and_unaligned_spans() -> None:
    """Datetime spans use fixed offsets and IANA zones; calendar spans include unaligned runs."""
    spans = strategies.time_spans()
    assert _observed(spans, _zone_kind, 300) == {"date", "zoneinfo", "offset"}
    months = strategies.time_spans(granularities=[Granularity.MONTH], open_ended=False)
    aligned = _observed(months, lambda s: s.start.day == 1 and s.end.day == 1, 200)
    assert aligned == {True, False}


@given(
    strategies.time_spans(
        granularities=[Granularity.YEAR, Granularity.WEEK, Granularity.DATETIME],
        min_year=1990,
        max_year=2030,
        open_ended=False,
        with_datetimes=False,
    )
)
def test_time_spans_respect_their_knobs(span: TimeSpan) -> None:
    """Granularities, years, open_ended and with_datetimes all restrict what is drawn."""
    assert span.granularity in (Granularity.YEAR, Granularity.WEEK)
    assert span.start is not None and span.end is not None
    assert span.start.year >= 1989 and span.end.year <= 2031


@given(strategies.time_spans(granularities=[Granularity.DATETIME], min_year=2000, max_year=2030))
def test_datetime_spans_are_aware(span: TimeSpan) -> None:
    """Datetime spans have aware bounds within the years asked for."""
    for bound in (span.start, span.end):
        if bound is not None:
            assert isinstance(bound, datetime) and bound.utcoffset() is not None
            assert 1999 <= bound.astimezone(timezone.utc).year <= 2031


@pytest.mark.parametrize(
    "kwargs",
    [
        {"min_year": 0},
        {"max_year": 9990},
        {"min_year": 2001, "max_year": 2000},
        {"granularities": []},
    ],
)
def test_time_spans_refuses_bad_knobs(kwargs: dict[str, Any]) -> None:
    """Impossible knobs fail at once with a ValueError."""
    with pytest.raises(ValueError, match=r"min_year|granularity"):
        strategies.time_spans(**kwargs)


@pytest.mark.parametrize(
    "make",
    [
        lambda: strategies.event_dates(event_ids=[]),
        lambda: strategies.expectations(claim_refs=[]),
        lambda: strategies.actors(kinds=[]),
    ],
)
def test_empty_choices_are_refused(make: Callable[[], object]) -> None:
    """A knob that leaves nothing to draw from fails with a ValueError."""
    with pytest.raises(ValueError, match="at least one"):
        make()


@given(strategies.documents())
def test_documents_are_consistent(document: Document) -> None:
    """Claims share the source, ids are unique, EventDates name events, evidence is in place."""
    assert len({c.id for c in document.claims}) == len(document.claims)
    assert len({e.id for e in document.events}) == len(document.events)
    events = {e.id for e in document.events}
    for claim in document.claims:
        assert claim.source == document.source
        if isinstance(claim.assertion, EventDate):
            assert claim.assertion.event in events
        if claim.evidence is not None:
            assert claim.evidence.document == document.id


def test_documents_date_their_events() -> None:
    """Some generated documents contain EventDate claims."""
    kinds = _observed(
        strategies.documents(),
        lambda d: any(isinstance(c.assertion, EventDate) for c in d.claims),
        200,
    )
    assert kinds == {True, False}


@given(strategies.claims(event_ids=["summit", "talks"]))
def test_claims_name_only_the_given_events(claim: Claim) -> None:
    """With event_ids, an EventDate names one of them."""
    if isinstance(claim.assertion, EventDate):
        assert claim.assertion.event in ("summit", "talks")


@given(strategies.case_files())
def test_case_file_expectations_name_its_claims(case: CaseFile) -> None:
    """Expectations of a generated case file refer only to claims of its document."""
    refs = {claim.ref for claim in case.document.claims}
    for expectation in (*case.expected, *case.quiet):
        assert set(expectation.claims) <= refs


def test_generated_text_includes_non_ascii() -> None:
    """Names are readable, and some are not ASCII."""
    names = _observed(strategies.actors(kinds=[ActorKind.PERSON]), lambda a: a.name, 200)
    assert any(name.isascii() and " " in name for name in names)
    assert any(not name.isascii() for name in names)
