"""Hypothesis strategies for every claimcheck type, for your own property tests.

Install with ``pip install claimcheck[strategies]``. Each function returns a strategy for
one type, takes only keyword arguments, and says in its docstring what its examples shrink
toward. The generated values are valid (they pass the model's own checks) and look like
news data: readable names and words most of the time, with some non-ASCII text and some
arbitrary Unicode mixed in.

The package registers these strategies with Hypothesis through the ``hypothesis`` entry
point, so ``st.from_type(Claim)`` works in your tests once claimcheck is installed. Nothing
else in claimcheck imports this package, and only this package imports Hypothesis.

>>> from hypothesis import given
>>> from claimcheck.strategies import time_spans
>>> @given(time_spans())
... def test_a_span_contains_itself(span):
...     assert span.contains(span)
>>> test_a_span_contains_itself()

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from claimcheck.model import (
    Actor,
    Attribution,
    CaseFile,
    Citation,
    Claim,
    Count,
    Document,
    DurationSince,
    Event,
    EventDate,
    Evidence,
    Expectation,
    Finding,
    NameMention,
    Ordinal,
    Quantity,
    RoleHeld,
    Source,
    Span,
    Statement,
    Weekday,
)
from claimcheck.timespan import Duration, Granularity, Modifier, TimeSpan

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

# -- registration -----------------------------------------------------------------------------
# Hypothesis calls `_register_types` through its entry point while it is being imported. When
# this package is imported first, that happens in the middle of the Hypothesis import that the
# first strategy module below starts, so the hook must already exist and must not need the
# strategy functions yet: it registers a callable per type that looks its strategy up in this
# module when `st.from_type` first asks for it.

_STRATEGY_NAMES: dict[type, str] = {
    Granularity: "granularities",
    Modifier: "modifiers",
    TimeSpan: "time_spans",
    Duration: "durations",
    Actor: "actors",
    Citation: "citations",
    Source: "sources",
    Attribution: "attributions",
    Span: "spans",
    RoleHeld: "role_helds",
    EventDate: "event_dates",
    Quantity: "quantities",
    DurationSince: "durations_since",
    Count: "counts",
    Ordinal: "ordinals",
    Statement: "statements",
    Weekday: "weekdays",
    Claim: "claims",
    Event: "events",
    NameMention: "name_mentions",
    Document: "documents",
    Evidence: "evidences",
    Finding: "findings",
    Expectation: "expectations",
    CaseFile: "case_files",
}


def _register_types() -> None:
    """Make ``st.from_type`` use these strategies for every claimcheck type."""
    from hypothesis import strategies

    for cls, name in _STRATEGY_NAMES.items():
        strategies.register_type_strategy(cls, _deferred(name))


def _deferred(name: str) -> Callable[[type], SearchStrategy[Any]]:
    def strategy(_cls: type) -> SearchStrategy[Any]:
        factory: Callable[[], SearchStrategy[Any]] = globals()[name]
        return factory()

    return strategy


# After the hook; see above.
from claimcheck.strategies._assertions import (  # noqa: E402
    assertions,
    counts,
    durations_since,
    event_dates,
    ordinals,
    quantities,
    role_helds,
    statements,
    weekdays,
)
from claimcheck.strategies._documents import (  # noqa: E402
    case_files,
    claims,
    documents,
    events,
    evidences,
    expectations,
    findings,
    name_mentions,
)
from claimcheck.strategies._sources import (  # noqa: E402
    actors,
    attributions,
    citations,
    sources,
    spans,
)
from claimcheck.strategies._time import (  # noqa: E402
    durations,
    granularities,
    modifiers,
    time_spans,
)

__all__ = [
    "actors",
    "assertions",
    "attributions",
    "case_files",
    "citations",
    "claims",
    "counts",
    "documents",
    "durations",
    "durations_since",
    "event_dates",
    "events",
    "evidences",
    "expectations",
    "findings",
    "granularities",
    "modifiers",
    "name_mentions",
    "ordinals",
    "quantities",
    "role_helds",
    "sources",
    "spans",
    "statements",
    "time_spans",
    "weekdays",
]
