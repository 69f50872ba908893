"""What the queries of a `KnowledgeBase` return: three-valued answers with their records.

Every answer keeps the records it rests on, so a check can cite them (``records``) and their
sources (``sources``) as the evidence of a finding.
"""

from __future__ import annotations

import functools

import attrs
from attrs import validators as v

from claimcheck._kb_records import CountRecord, Interval, Office, Record, Tenure, Truth, name_key
from claimcheck.model import Actor
from claimcheck.timespan import TimeSpan

__all__ = ["ActorMatch", "Assessment", "CountAnswer", "HolderAnswer", "Holding", "OfficesAnswer"]


@functools.lru_cache(maxsize=1 << 14)
def _same_actor(a: Actor, b: Actor) -> bool:
    """Whether two actors share a name, once folded by `name_key`; remembered, as a check
    compares the same few people again and again."""
    return bool({name_key(n) for n in a.names} & {name_key(n) for n in b.names})


def _sources(records: tuple[Record, ...]) -> tuple[str, ...]:
    """Each distinct source of *records*, in order of first appearance."""
    return tuple(dict.fromkeys(r.source for r in records))


@attrs.frozen
class Assessment:
    """A three-valued answer to one yes-or-no question, with the records it rests on.

    >>> Assessment(Truth.UNDETERMINED).records
    ()

    .. versionadded:: 0.1.0
    """

    truth: Truth = attrs.field(validator=v.instance_of(Truth))
    records: tuple[Record, ...] = ()

    @property
    def sources(self) -> tuple[str, ...]:
        """The distinct sources of the records, in order."""
        return _sources(self.records)


@attrs.frozen
class Holding:
    """One tenure and whether it covers the queried time: true, false or undetermined.

    .. versionadded:: 0.1.0
    """

    tenure: Tenure
    truth: Truth

    @property
    def holder(self) -> Actor:
        """Who held the tenure."""
        return self.tenure.holder


@attrs.frozen(kw_only=True)
class HolderAnswer:
    """Who held an office at a time: every tenure of the office, with its truth at that time.

    Args:
        office: The office as the knowledge base names it (the query's office if unknown).
        when: The time asked about.
        known: Whether the knowledge base has tenures of the office at all.
        single_holder: Whether one person holds the office at a time.
        holdings: Each tenure of the office, in order of start, with its truth at *when*.

    .. versionadded:: 0.1.0
    """

    office: Office
    when: TimeSpan
    known: bool
    single_holder: bool
    holdings: tuple[Holding, ...] = ()

    @property
    def holders(self) -> tuple[Actor, ...]:
        """Who certainly held the office throughout the time asked about."""
        return tuple(dict.fromkeys(h.holder for h in self.holdings if h.truth is Truth.TRUE))

    @property
    def candidates(self) -> tuple[Actor, ...]:
        """Who may have held it at some time of it (certain holders included)."""
        return tuple(dict.fromkeys(h.holder for h in self.holdings if h.truth is not Truth.FALSE))

    @property
    def records(self) -> tuple[Tenure, ...]:
        """The tenures that bear on the answer: those not false at the time asked about."""
        return tuple(h.tenure for h in self.holdings if h.truth is not Truth.FALSE)

    @property
    def sources(self) -> tuple[str, ...]:
        """The distinct sources of `records`."""
        return _sources(self.records)

    def assess(self, actor: Actor) -> Assessment:
        """Whether *actor* held the office throughout the time asked about.

        *actor* is matched by any of its names, folded, so ``Actor("Gerry Connolly")`` finds
        the tenures of "Gerald E. Connolly" when the knowledge base knows both names.

        True when one of the actor's tenures covers the time. False when another holder of
        a single-holder office certainly held it throughout that time, even if a bound of
        the actor's own tenure is uncertain (the certain holder settles it); or when other
        holders held it on every day of that time one after another ("in 2023", when two
        others shared the year) and no tenure of the actor may meet it (the actor's own
        tenures are then part of the evidence). Otherwise undetermined: the time falls in an uncertain
        bound, or in a gap the knowledge base cannot fill. The knowledge base never says
        no merely because it lacks a record.

        .. versionadded:: 0.1.0
        """
        own = tuple(h for h in self.holdings if _same_actor(h.holder, actor))
        held = tuple(h.tenure for h in own if h.truth is Truth.TRUE)
        if held:
            return Assessment(Truth.TRUE, held)
        maybe = tuple(h.tenure for h in own if h.truth is Truth.UNDETERMINED)
        others = tuple(
            h.tenure
            for h in self.holdings
            if h.truth is Truth.TRUE and not _same_actor(h.holder, actor)
        )
        if self.single_holder and others:
            return Assessment(Truth.FALSE, others + tuple(h.tenure for h in own))
        if self.single_holder and not maybe:
            rest = [
                h.tenure
                for h in self.holdings
                if h.truth is Truth.UNDETERMINED and not _same_actor(h.holder, actor)
            ]
            relay = _relay(Interval.of(self.when), rest)
            if relay:
                return Assessment(Truth.FALSE, relay + tuple(h.tenure for h in own))
            before = _awaited(Interval.of(self.when), [h.tenure for h in own], self.holdings)
            if before:
                return Assessment(Truth.FALSE, before + tuple(h.tenure for h in own))
        return Assessment(Truth.UNDETERMINED, maybe)


def _awaited(
    window: Interval, own: list[Tenure], holdings: tuple[Holding, ...]
) -> tuple[Tenure, ...]:
    """The tenures of earlier holders when *window* falls before the certain start of the
    actor's first tenure of the office and after another holder's recorded start: a nominee
    or designate, not yet the holder.

    None when the actor has no tenure of the office or one that may have begun by the end of
    *window*, or when the records of the office begin only after *window* (an earlier
    term of the actor may then be missing).
    """
    if not own or window.low is None or window.high is None:
        return ()
    if any(t.validity.possible.low is None or t.validity.possible.low < window.high for t in own):
        return ()
    return tuple(
        h.tenure
        for h in holdings
        if h.tenure not in own
        and (low := h.tenure.validity.possible.low) is not None
        and low < window.low
    )[-1:]


def _relay(window: Interval, tenures: list[Tenure]) -> tuple[Tenure, ...]:
    """The tenures whose certain days, one after another, cover every day of *window*, in
    order; none when some day of it is not certainly covered."""
    if window.low is None or window.high is None:
        return ()
    spans = sorted(
        (
            (certain, t)
            for t in tenures
            if (certain := t.validity.certain) is not None and certain.meets(window)
        ),
        key=lambda item: item[0].sort_key(),
    )
    reached, used = window.low, []
    for certain, tenure in spans:
        if certain.low is not None and certain.low > reached:
            return ()
        used.append(tenure)
        if certain.high is None or certain.high >= window.high:
            return tuple(used)
        reached = max(reached, certain.high)
    return ()


@attrs.frozen(kw_only=True)
class OfficesAnswer:
    """The offices someone held: every tenure of theirs, with its truth at the time asked about.

    .. versionadded:: 0.1.0
    """

    actor: Actor
    when: TimeSpan
    holdings: tuple[Holding, ...] = ()

    @property
    def held(self) -> tuple[Holding, ...]:
        """The tenures that certainly cover the time asked about."""
        return tuple(h for h in self.holdings if h.truth is Truth.TRUE)

    @property
    def possible(self) -> tuple[Holding, ...]:
        """The tenures that may cover part of it but are not certain to."""
        return tuple(h for h in self.holdings if h.truth is Truth.UNDETERMINED)

    @property
    def offices(self) -> tuple[Office, ...]:
        """The offices of `held`, in order."""
        return tuple(dict.fromkeys(h.tenure.office for h in self.held))

    @property
    def records(self) -> tuple[Tenure, ...]:
        """The tenures not false at the time asked about."""
        return tuple(h.tenure for h in self.holdings if h.truth is not Truth.FALSE)

    @property
    def sources(self) -> tuple[str, ...]:
        """The distinct sources of `records`."""
        return _sources(self.records)


@attrs.frozen(kw_only=True)
class CountAnswer:
    """What a count stood at: the records of the series that meet the time asked about.

    Args:
        what: The series as the knowledge base names it (the query's text if unknown).
        when: The time asked about.
        known: Whether the knowledge base has the series.
        values: Each record of the series with its truth at *when*, in order of *since*.

    .. versionadded:: 0.1.0
    """

    what: str
    when: TimeSpan
    known: bool
    values: tuple[tuple[CountRecord, Truth], ...] = ()

    @property
    def value(self) -> int | float | None:
        """The value that certainly held throughout the time asked about, or ``None``."""
        for record, truth in self.values:
            if truth is Truth.TRUE:
                return record.value
        return None

    @property
    def records(self) -> tuple[CountRecord, ...]:
        """The records not false at the time asked about."""
        return tuple(r for r, truth in self.values if truth is not Truth.FALSE)

    @property
    def sources(self) -> tuple[str, ...]:
        """The distinct sources of `records`."""
        return _sources(self.records)

    def assess(self, value: float) -> Assessment:
        """Whether the count stood at *value* throughout the time asked about.

        False when a record with another value certainly held throughout that time;
        undetermined when the time straddles a change, falls outside the records, or rests
        on an uncertain record.

        .. versionadded:: 0.1.0
        """
        certain = tuple(r for r, truth in self.values if truth is Truth.TRUE)
        if any(r.value == value for r in certain):
            return Assessment(Truth.TRUE, tuple(r for r in certain if r.value == value))
        if certain:
            return Assessment(Truth.FALSE, certain)
        return Assessment(Truth.UNDETERMINED, self.records)


@attrs.frozen(kw_only=True)
class ActorMatch:
    """An actor found by one of its names.

    Args:
        actor: The actor, with its canonical name and every known variant.
        name: The name looked up.
        misspelling: Whether *name* is a recorded misspelling rather than a variant.
        records: The records that name the actor.

    .. versionadded:: 0.1.0
    """

    actor: Actor
    name: str
    misspelling: bool = False
    records: tuple[Record, ...] = ()

    @property
    def sources(self) -> tuple[str, ...]:
        """The distinct sources of `records`."""
        return _sources(self.records)
