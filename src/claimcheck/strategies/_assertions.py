"""Strategies for what a claim asserts: one per assertion type, and any of them."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st

from claimcheck.model import (
    WEEKDAYS,
    ActorKind,
    Assertion,
    Count,
    DurationSince,
    EventDate,
    Ordinal,
    Quantity,
    RoleHeld,
    Statement,
    TitleTime,
    Weekday,
    WeekdayName,
)
from claimcheck.strategies._sources import _ACTORS_BY_KIND
from claimcheck.strategies._text import (
    _IDENTIFIER,
    _NAME,
    _ORGANIZATIONS,
    _ROLES,
    _SENTENCE,
    _optional,
    _readable,
)
from claimcheck.strategies._time import _AMOUNT_MODIFIERS, _SPAN, durations, time_spans
from claimcheck.timespan import Granularity, TimeSpan


def role_helds() -> st.SearchStrategy[RoleHeld]:
    """Valid `RoleHeld` values, with every kind of title time.

    Shrinks toward a present, non-acting title with no organization and no time.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(role_helds())
    ... def check(role_held):
    ...     assert role_held.actor.kind is ActorKind.PERSON
    >>> check()

    .. versionadded:: 0.1.0
    """
    return st.builds(
        RoleHeld,
        actor=_ACTORS_BY_KIND[ActorKind.PERSON],
        role=_readable(_ROLES),
        organization=_optional(_readable(_ORGANIZATIONS)),
        when=_optional(_SPAN),
        title_time=st.sampled_from(TitleTime),
        acting=st.booleans(),
    )


def event_dates(*, event_ids: Sequence[str] | None = None) -> st.SearchStrategy[EventDate]:
    """Valid `EventDate` values.

    Shrinks toward the first event id dated by a single day.

    Args:
        event_ids: The event ids to name (for claims of a given document); any identifier
            by default. Must not be empty.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(event_dates(event_ids=["summit", "talks"]))
    ... def check(event_date):
    ...     assert event_date.event in ("summit", "talks")
    >>> check()

    .. versionadded:: 0.1.0
    """
    if event_ids is not None and not event_ids:
        raise ValueError("event_dates() needs at least one event id")
    ids = _IDENTIFIER if event_ids is None else st.sampled_from(list(event_ids))
    return st.builds(EventDate, event=ids, when=_SPAN)


_FINITE = st.one_of(
    st.integers(-(2**53) + 1, 2**53 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
)


def quantities() -> st.SearchStrategy[Quantity]:
    """Valid `Quantity` values: finite numbers (whole or not) with hedges and units.

    Shrinks toward an exact 0.0 with no unit and no time.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(quantities())
    ... def check(quantity):
    ...     assert isinstance(quantity.value, float)
    >>> check()

    .. versionadded:: 0.1.0
    """
    return st.builds(
        Quantity,
        subject=_SENTENCE,
        measure=_readable(("value", "share occupied", "number of troops")),
        value=_FINITE,
        unit=_optional(_readable(("USD", "EUR", "percent", "km²"))),
        when=_optional(_SPAN),
        modifier=_AMOUNT_MODIFIERS,
    )


def durations_since() -> st.SearchStrategy[DurationSince]:
    """Valid `DurationSince` values.

    Shrinks toward a one-year length since a single day, measured at the claim's time.

    >>> from claimcheck.timespan import Duration
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(durations_since())
    ... def check(duration_since):
    ...     assert isinstance(duration_since.length, Duration)
    >>> check()

    .. versionadded:: 0.1.0
    """
    return st.builds(
        DurationSince, subject=_SENTENCE, since=_SPAN, length=durations(), as_of=_optional(_SPAN)
    )


def counts() -> st.SearchStrategy[Count]:
    """Valid `Count` values. Shrinks toward a count of 0 with no time.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(counts())
    ... def check(count):
    ...     assert count.value >= 0
    >>> check()

    .. versionadded:: 0.1.0
    """
    return st.builds(
        Count,
        subject=_SENTENCE,
        value=st.integers(min_value=0),
        when=_optional(_SPAN),
        excluded=st.integers(0, 3),
    )


def ordinals() -> st.SearchStrategy[Ordinal]:
    """Valid `Ordinal` values. Shrinks toward position 1, taken, with no time.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(ordinals())
    ... def check(ordinal):
    ...     assert ordinal.position >= 1
    >>> check()

    .. versionadded:: 0.1.0
    """
    return st.builds(
        Ordinal,
        subject=_NAME,
        series=_readable(("NATO members", "EU member states", "sanctions packages")),
        position=st.integers(min_value=1),
        when=_optional(_SPAN),
        prospective=st.booleans(),
    )


def statements() -> st.SearchStrategy[Statement]:
    """Valid `Statement` values. Shrinks toward a statement with no proposition key.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(statements())
    ... def check(statement):
    ...     assert statement.content.strip()
    >>> check()

    .. versionadded:: 0.1.0
    """
    return st.builds(Statement, content=_SENTENCE, proposition=_optional(_IDENTIFIER))


def assertions(*, event_ids: Sequence[str] | None = None) -> st.SearchStrategy[Assertion]:
    """Any assertion type, in the order of `claimcheck.model.ASSERTION_TYPES`.

    Shrinks toward the first choice, a `RoleHeld`, or the simplest assertion (a `Statement`).

    Args:
        event_ids: The event ids an `EventDate` may name; ``None`` for any identifier, an
            empty sequence for no `EventDate` at all.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(assertions(event_ids=[]))
    ... def check(assertion):
    ...     assert not isinstance(assertion, EventDate)
    >>> check()

    .. versionadded:: 0.1.0
    """
    choices: list[st.SearchStrategy[Assertion]] = [role_helds()]
    if event_ids is None or event_ids:
        choices.append(event_dates(event_ids=event_ids))
    choices += [quantities(), durations_since(), counts(), ordinals(), statements(), weekdays()]
    return st.one_of(choices)


def weekdays() -> st.SearchStrategy[Weekday]:
    """Valid `Weekday` values: a day with its own weekday or, less often, another one.

    A report may give the wrong weekday for a date, which is what checks look for, so both
    occur. Shrinks toward a single day with the weekday it really has.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(weekdays())
    ... def check(weekday):
    ...     assert weekday.weekday in WEEKDAYS
    >>> check()

    .. versionadded:: 0.1.0
    """
    days = time_spans(granularities=[Granularity.DAY], open_ended=False)
    return st.builds(_weekday, days, st.none() | st.sampled_from(WEEKDAYS))


def _weekday(when: TimeSpan, other: WeekdayName | None) -> Weekday:
    day = when.first_day()
    assert day is not None  # closed spans only
    return Weekday(when=when, weekday=WEEKDAYS[day.weekday()] if other is None else other)
