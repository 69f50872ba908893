"""Metamorphic properties of the checks: what a change to the input may and may not do to the findings.

The inputs are small variations of the seed documents (and the sourcing fixtures), drawn
with hypothesis, and documents built by `claimcheck.strategies`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import attrs
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from claimcheck import strategies
from claimcheck.attribution import CitationGraph
from claimcheck.checks import BUILTIN, run_checks
from claimcheck.kb import KnowledgeBase
from claimcheck.model import (
    WEEKDAYS,
    ActorKind,
    Attribution,
    Claim,
    Document,
    EventDate,
    Finding,
    Modality,
    Source,
    Statement,
    Weekday,
)
from claimcheck.serialize import load_case_file, make_converter
from claimcheck.timespan import Granularity, TimeSpan

from .support import load_scenario

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
KB = KnowledgeBase.default()
CONVERTER = make_converter()
KB_FREE = [spec.code for spec in BUILTIN if spec.code in {"TIM002", "TIM003", "CNT001", "CNT004"} or spec.family == "SRC"]
"""The checks that never consult the knowledge base: renaming an actor cannot matter to them."""


@cache
def seed_documents() -> tuple[Document, ...]:
    """The five seed documents, by id."""
    return tuple(load_case_file(p).document for p in sorted(SEEDS.glob("*.json")))


@cache
def corpus() -> tuple[Document, ...]:
    """The seed documents and the sourcing fixtures: documents with chains of attribution."""
    fixtures = [c.document for name in ("SRC001-fires", "SRC004-fires", "SRC004-quiet") for c in load_scenario(name)]
    return (*seed_documents(), *fixtures)


def _replace_claim(documents: tuple[Document, ...], ref: str, change: Callable[[Claim], Claim]) -> list[Document]:
    result = []
    for document in documents:
        claims = tuple(change(c) if c.ref == ref else c for c in document.claims)
        result.append(attrs.evolve(document, claims=claims))
    return result


def _summary(findings: list[Finding]) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((f.code, f.category, f.claims, f.documents) for f in findings)


# -- coarser dates never make a conflict ----------------------------------------------------


def _datings() -> list[str]:
    return [c.ref for d in seed_documents() for c in d.claims if isinstance(c.assertion, EventDate)]


@given(
    ref=st.sampled_from(_datings()),
    granularity=st.sampled_from([Granularity.WEEK, Granularity.MONTH, Granularity.QUARTER, Granularity.YEAR, Granularity.DECADE]),
)
def test_coarser_date_never_creates_a_conflict(ref: str, granularity: Granularity) -> None:
    """Making one event date less precise never puts a claim into a TIM001 conflict it was not in."""

    def coarsen(claim: Claim) -> Claim:
        assert isinstance(claim.assertion, EventDate)
        return attrs.evolve(claim, assertion=attrs.evolve(claim.assertion, when=claim.assertion.when.coarsen(granularity)))

    before = run_checks(seed_documents(), KB, select=["TIM001"])
    after = run_checks(_replace_claim(seed_documents(), ref, coarsen), KB, select=["TIM001"])
    flagged_before = {c for f in before for c in f.claims}
    assert {c for f in after for c in f.claims} <= flagged_before


# -- re-reports never add an independent root ----------------------------------------------


def _chained() -> list[str]:
    """Claims of a proposition whose attribution names at least one outlet in its chain."""
    return [
        c.ref
        for d in corpus()
        for c in d.claims
        if isinstance(c.assertion, Statement) and c.assertion.proposition and c.attribution and c.attribution.via
    ]


def _proposition_roots(documents: list[Document], proposition: str) -> set[object]:
    claims = [c for d in documents for c in d.claims if isinstance(c.assertion, Statement) and c.assertion.proposition == proposition]
    graph = CitationGraph.build([d.source for d in documents], claims)
    return {root for c in claims for root in graph.roots(c)}


def _flagged_pairs(findings: list[Finding]) -> set[tuple[str, str]]:
    return {(a, b) for f in findings for a in f.documents for b in f.documents if a < b}


@given(ref=st.sampled_from(_chained()), start=st.integers(min_value=0, max_value=3), day=st.integers(min_value=0, max_value=30))
def test_re_report_adds_no_independent_root(ref: str, start: int, day: int) -> None:
    """A new report that passes a claim on through an outlet of its chain adds no root and keeps every SRC004 finding."""
    documents = list(corpus())
    original = next(c for d in documents for c in d.claims if c.ref == ref)
    assert original.attribution is not None and isinstance(original.assertion, Statement)
    via = original.attribution.via[min(start, len(original.attribution.via) - 1) :]
    source = Source(
        document_id="re-report",
        published=TimeSpan.day(2024, 12, 1 + day),
        outlet=attrs.evolve(via[0], name=f"Echo of {via[0].name}", kind=ActorKind.OUTLET, aliases=()),
    )
    attribution: Attribution = attrs.evolve(original.attribution, via=via)
    echo = Claim(id="echo", source=source, assertion=original.assertion, attribution=attribution, modality=Modality.REPORTED)
    grown = [*documents, Document(source=source, claims=(echo,))]
    proposition = original.assertion.proposition
    assert proposition is not None
    assert _proposition_roots(grown, proposition) <= _proposition_roots(documents, proposition)
    before = run_checks(documents, KB, select=["SRC004"])
    after = run_checks(grown, KB, select=["SRC004"])
    assert _flagged_pairs(before) <= _flagged_pairs(after)


# -- renaming an actor changes nothing the knowledge base does not see ----------------------


def _rename(value: Any, old: str, new: str) -> Any:
    if isinstance(value, str):
        return new if value == old else value
    if isinstance(value, list):
        return [_rename(v, old, new) for v in value]
    if isinstance(value, dict):
        return {k: _rename(v, old, new) for k, v in value.items()}
    return value


def _actor_names() -> list[str]:
    names: set[str] = set()

    def collect(value: Any, key: str | None = None) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                collect(v, k)
        elif isinstance(value, list):
            for v in value:
                collect(v, key)
        elif isinstance(value, str) and key in {"name", "actor", "participants", "speaker_name"}:
            names.add(value)

    for document in corpus():
        collect(CONVERTER.unstructure(document))
    return sorted(names)


@given(
    old=st.sampled_from(_actor_names()),
    new=st.from_regex(r"\AQ[a-z]{3,8} Z[a-z]{3,8}\Z"),
)
@settings(max_examples=50)  # each example runs eight checks over nine documents
def test_renaming_an_actor_keeps_kb_free_findings(old: str, new: str) -> None:
    """Renaming an actor everywhere, to a name the knowledge base does not know, changes no KB-free finding."""
    assume(KB.identify(new).actor is None and new not in _actor_names())
    renamed = [CONVERTER.structure(_rename(CONVERTER.unstructure(d), old, new), Document) for d in corpus()]
    assert renamed != list(corpus())
    before = run_checks(corpus(), KB, select=KB_FREE)
    after = run_checks(renamed, KB, select=KB_FREE)
    assert _summary(after) == _summary(before)


# -- the order of documents does not matter -------------------------------------------------


@given(order=st.permutations(range(len(seed_documents()))))
@settings(max_examples=40)  # five documents have 120 orders; each run takes every check
def test_findings_do_not_depend_on_document_order(order: list[int]) -> None:
    """Any order of the seed documents gives exactly the same findings."""
    documents = seed_documents()
    assert run_checks([documents[i] for i in order], KB) == run_checks(documents, KB)


# -- generated documents (claimcheck.strategies) ---------------------------------------------


def _distinct_ids(documents: list[Document]) -> list[Document]:
    return list({d.id: d for d in documents}.values())


@given(documents=st.lists(strategies.documents(), min_size=1, max_size=3).map(_distinct_ids))
@settings(max_examples=100)  # each example runs every built-in check
def test_no_check_fails_on_generated_documents(documents: list[Document]) -> None:
    """No built-in check raises on any valid documents: no finding reports a failed check."""
    failures = [f.message for f in run_checks(documents, KB) if " failed on " in f.message]
    assert failures == []


@given(documents=st.lists(strategies.documents(), min_size=2, max_size=3).map(_distinct_ids), seed=st.randoms())
@settings(max_examples=50)  # each example runs every built-in check twice
def test_generated_findings_do_not_depend_on_order(documents: list[Document], seed: Any) -> None:
    """Shuffling generated documents leaves the findings unchanged."""
    shuffled = list(documents)
    seed.shuffle(shuffled)
    assert run_checks(shuffled, KB) == run_checks(documents, KB)


@given(day=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)), shift=st.integers(min_value=0, max_value=6))
def test_weekday_check_agrees_with_the_calendar(day: date, shift: int) -> None:
    """A day's own weekday never fires TIM002; each of the six others does."""
    source = Source(document_id="calendar", published=TimeSpan.day(2024, 12, 3))
    named = WEEKDAYS[(day.weekday() + shift) % 7]
    claim = Claim(id="day", source=source, assertion=Weekday(when=TimeSpan.day(day.year, day.month, day.day), weekday=named))
    findings = run_checks([Document(source=source, claims=(claim,))], KB, select=["TIM002"])
    assert bool(findings) is (shift != 0)
