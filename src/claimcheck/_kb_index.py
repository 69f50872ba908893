"""Building a knowledge base's indexes: one actor per person, one office per role, and the checks.

Names that share a folded form are one actor (a union of every record's names). The
canonical name is the alias record's, else the smallest name a record uses as its primary
name, so the result does not depend on the order of the records.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping
from types import MappingProxyType

import attrs

from claimcheck._kb_records import (
    AliasRecord,
    CountRecord,
    EventRecord,
    Interval,
    Office,
    OfficeRecord,
    Record,
    Tenure,
    fold,
    name_key,
)
from claimcheck.errors import FactFileError
from claimcheck.model import Actor, ActorKind

__all__ = [
    "ActorIndex",
    "EventTimeline",
    "check_ids",
    "check_overlaps",
    "counts_by_series",
    "normalize",
    "office_key",
    "office_table",
]

_KIND_ORDER = (
    ActorKind.PERSON,
    ActorKind.ORGANIZATION,
    ActorKind.PLACE,
    ActorKind.OUTLET,
    ActorKind.OBJECT,
)


def _error(
    problem: str, record: Record, field: str | None = None, **value: object
) -> FactFileError:
    origin = record.origin
    path = None if origin is None else origin.path + ("" if field is None else f".{field}")
    location = None if origin is None else origin.location
    return FactFileError(f"record {record.id!r}: {problem}", location=location, path=path, **value)


def _where(record: Record) -> str:
    return f"record {record.id!r}" + ("" if record.origin is None else f" ({record.origin})")


def check_ids(records: Iterable[Record]) -> None:
    """Raise `FactFileError` for two different records with one id."""
    seen: dict[str, Record] = {}
    for record in records:
        other = seen.setdefault(record.id, record)
        if other is not record and other != record:
            raise _error(f"another record has the same id: {_where(other)}", record, "id")


@attrs.frozen
class _Mention:
    names: tuple[str, ...]
    primary: str | None
    kind: ActorKind
    alias: AliasRecord | None = None


def _mentions(records: Iterable[Record]) -> Iterable[_Mention]:
    for record in records:
        if isinstance(record, AliasRecord):
            yield _Mention(record.actor.names, None, record.actor.kind, record)
        elif isinstance(record, Tenure):
            yield _Mention(record.holder.names, record.holder.name, ActorKind.PERSON)
            for other in (record.predecessor, record.successor):
                if other is not None:
                    yield _Mention(other.names, other.name, ActorKind.PERSON)
        elif isinstance(record, EventRecord):
            for actor in (*record.participants, *(() if record.place is None else (record.place,))):
                yield _Mention(actor.names, actor.name, actor.kind)
        if isinstance(record, Tenure | OfficeRecord) and record.office.organization is not None:
            name = record.office.organization
            yield _Mention((name,), name, ActorKind.ORGANIZATION)


class ActorIndex:
    """Every actor of a set of records, found by any folded name or misspelling."""

    def __init__(self, records: tuple[Record, ...]) -> None:
        mentions = list(_mentions(records))
        parent: dict[str, str] = {}

        def find(key: str) -> str:
            while parent.setdefault(key, key) != key:
                parent[key] = parent[parent[key]]
                key = parent[key]
            return key

        for mention in mentions:
            keys = [name_key(n) for n in mention.names]
            for key in keys[1:]:
                a, b = find(keys[0]), find(key)
                if a != b:
                    parent[max(a, b)] = min(a, b)
        groups: dict[str, list[_Mention]] = defaultdict(list)
        for mention in mentions:
            groups[find(name_key(mention.names[0]))].append(mention)
        by_key: dict[str, Actor] = {}
        for group in groups.values():
            actor = _actor_of(group)
            for name in actor.names:
                by_key[name_key(name)] = actor
        misspelt: dict[str, tuple[Actor, AliasRecord]] = {}
        for record in records:
            if isinstance(record, AliasRecord):
                actor = by_key[name_key(record.actor.name)]
                for index, wrong in enumerate(record.misspellings):
                    if name_key(wrong) in by_key and by_key[name_key(wrong)] != actor:
                        msg = f"misspelling {wrong!r} is a name of {by_key[name_key(wrong)].name!r}"
                        raise _error(msg, record, f"misspellings[{index}]", value=wrong)
                    misspelt[name_key(wrong)] = (actor, record)
        self.by_key: Mapping[str, Actor] = MappingProxyType(by_key)
        self.misspelt: Mapping[str, tuple[Actor, AliasRecord]] = MappingProxyType(misspelt)

    def resolve(self, actor: Actor) -> Actor:
        """The canonical actor *actor* names; *actor* itself if none of its names is known."""
        for name in actor.names:
            found = self.by_key.get(name_key(name))
            if found is not None:
                return found
        return actor

    def organization(self, name: str | None) -> str | None:
        """The canonical name of organization *name*."""
        if name is None:
            return None
        found = self.by_key.get(name_key(name))
        return name if found is None else found.name


def _actor_of(group: list[_Mention]) -> Actor:
    aliases = {m.alias.actor.name: m.alias for m in group if m.alias is not None}
    if len(aliases) > 1:
        first, second = sorted(aliases)[:2]
        msg = f"alias records {first!r} and {second!r} share a name, so they would be one actor"
        raise _error(msg, aliases[second], "variants")
    if aliases:
        (alias,) = aliases.values()
        name, kind = alias.actor.name, alias.actor.kind
    else:
        name = min(m.primary for m in group if m.primary is not None)
        kinds = {m.kind for m in group}
        kind = next(k for k in _KIND_ORDER if k in kinds)
    names: dict[str, None] = {}
    for mention in sorted(group, key=lambda m: m.names):
        names.update(dict.fromkeys(mention.names))
    variants = sorted(n for n in names if n != name)
    return Actor(name, kind, tuple(variants))


def normalize(records: tuple[Record, ...], index: ActorIndex) -> tuple[Record, ...]:
    """*records* with every actor, organization and office replaced by its canonical form.

    A tenure whose role is a role alias of an `OfficeRecord` is a tenure of that office.
    """
    offices: dict[tuple[str, str], Office] = {}
    for record in records:
        if isinstance(record, OfficeRecord):
            office = _office(record.office, index)
            for role in record.role_aliases:
                offices[office_key(Office(role, office.organization))] = office

    def canonical(office: Office) -> Office:
        office = _office(office, index)
        return offices.get(office_key(office), office)

    result: list[Record] = []
    for record in records:
        if isinstance(record, Tenure):
            record = attrs.evolve(
                record,
                office=canonical(record.office),
                holder=index.resolve(record.holder),
                predecessor=None
                if record.predecessor is None
                else index.resolve(record.predecessor),
                successor=None if record.successor is None else index.resolve(record.successor),
            )
        elif isinstance(record, OfficeRecord):
            record = attrs.evolve(record, office=_office(record.office, index))
        elif isinstance(record, EventRecord):
            record = attrs.evolve(
                record,
                place=None if record.place is None else index.resolve(record.place),
                participants=tuple(dict.fromkeys(index.resolve(p) for p in record.participants)),
            )
        elif isinstance(record, AliasRecord):
            record = attrs.evolve(record, actor=index.resolve(record.actor))
        result.append(record)
    return tuple(result)


def _office(office: Office, index: ActorIndex) -> Office:
    return Office(office.role, index.organization(office.organization))


def office_key(office: Office) -> tuple[str, str]:
    """The folded (role, organization) an office is matched by."""
    return fold(office.role), fold(office.organization or "")


def office_table(
    records: Iterable[Record],
) -> tuple[dict[tuple[str, str], tuple[Office, bool]], dict[tuple[str, str], bool]]:
    """The offices by every key that finds them (role aliases included), and which are single.

    Returns:
        A map from (folded role, folded organization) to the office and whether it has one
        holder at a time; and the map from each office's own key to that flag, as the
        office records declare it.
    """
    records = tuple(records)
    single = {office_key(r.office): r.single_holder for r in records if isinstance(r, OfficeRecord)}
    offices: dict[tuple[str, str], tuple[Office, bool]] = {}
    for record in records:
        if isinstance(record, Tenure):
            key = office_key(record.office)
            offices.setdefault(key, (record.office, single.get(key, True)))
    for record in records:
        if isinstance(record, OfficeRecord):
            key = office_key(record.office)
            office = offices.setdefault(key, (record.office, record.single_holder))
            for alias in record.role_aliases:
                offices.setdefault((fold(alias), key[1]), office)
    return offices, single


def check_overlaps(tenures: Iterable[Tenure], single: Mapping[tuple[str, str], bool]) -> None:
    """Raise `FactFileError` for tenures of two holders of a single-holder office that overlap.

    Only the days each tenure certainly covers count, so tenures that share a handover day,
    or whose imprecise bounds merely may overlap, pass. Two records of one holder's tenure
    (from two sources, say) are not a contradiction.
    """
    by_office: dict[tuple[str, str], list[tuple[Interval, Tenure]]] = defaultdict(list)
    for tenure in tenures:
        certain = tenure.validity.certain
        key = office_key(tenure.office)
        if tenure.verified and certain is not None and single.get(key, True):
            by_office[key].append((certain, tenure))
    for spans in by_office.values():
        spans.sort(key=lambda pair: (pair[0].sort_key(), pair[1].id))
        for i, (interval, tenure) in enumerate(spans):
            for later, other in spans[i + 1 :]:
                if not interval.meets(later):
                    break
                if other.holder != tenure.holder:
                    msg = (
                        f"its tenure of the single-holder office {str(other.office)!r} overlaps "
                        f"{_where(tenure)} ({tenure.holder.name}, "
                        f"{tenure.start} to {tenure.end or 'open'})"
                    )
                    raise _error(msg, other, "start", value=str(other.start))


def counts_by_series(counts: Iterable[CountRecord]) -> dict[str, list[CountRecord]]:
    """The count records grouped by the folded name of their series (and its aliases)."""
    series: dict[str, list[CountRecord]] = defaultdict(list)
    for record in counts:
        for name in (record.what, *record.aliases):
            series[fold(name)].append(record)
    return series


class EventTimeline:
    """Events by the days they took place, for finding those that share a day with a window.

    Events are kept in order of time (then id); a query looks only at the events whose first
    day lies within the longest event's length of the window, and at those without a first
    or last day, so it costs log n plus what it finds, never a pass over every event.

    >>> from claimcheck.timespan import TimeSpan
    >>> event = EventRecord(id="e1", name="Summit", kind="summit", when=TimeSpan.day(2024, 7, 9),
    ...                     source="https://www.nato.int/")
    >>> [e.id for e in EventTimeline([event]).meeting(Interval.of(TimeSpan.month(2024, 7)))]
    ['e1']
    """

    def __init__(self, events: Iterable[EventRecord]) -> None:
        self.all = tuple(sorted(events, key=lambda e: (e.when.sort_key(), e.id)))
        """Every event, in order of time, then id."""
        spans = [(Interval.of(e.when), position) for position, e in enumerate(self.all)]
        bounded = sorted(
            (s.low.toordinal(), s.high.toordinal(), p) for s, p in spans if s.low is not None and s.high is not None
        )
        self._lows = [low for low, _, _ in bounded]
        self._bounded = bounded
        self._longest = max((high - low for low, high, _ in bounded), default=0)
        self._open = [(s, p) for s, p in spans if s.low is None or s.high is None]

    def meeting(self, window: Interval) -> tuple[EventRecord, ...]:
        """The events that share a day with *window*, in order of time, then id."""
        if window.empty:
            return ()
        low = -math.inf if window.low is None else window.low.toordinal()
        high = math.inf if window.high is None else window.high.toordinal()
        start = 0 if low == -math.inf else bisect_right(self._lows, low - self._longest)
        stop = len(self._lows) if high == math.inf else bisect_left(self._lows, high)
        found = [p for _, end, p in self._bounded[start:stop] if end > low]
        found += [p for span, p in self._open if span.meets(window)]
        return tuple(self.all[p] for p in sorted(found))
