"""A time-aware knowledge base: who held which office when, events, counts and names.

A `KnowledgeBase` is an immutable set of records: office tenures (`Tenure`), events
(`EventRecord`), counts over time (`CountRecord`), the names of actors (`AliasRecord`) and
what is known of offices (`OfficeRecord`). Every bound keeps its precision and confidence,
and every answer is three-valued (`Truth`): a tenure that began some day in June 2024 neither
covers nor misses 15 June 2024; the answer is undetermined. Answers carry the records they
rest on and their sources, so a check can cite them.

`KnowledgeBase.default()` is the bundled knowledge base; `KnowledgeBase.load()` reads a
fact file (JSON or TOML, see ``docs/knowledge-base.md``); `KnowledgeBase.from_wikidata()`
and `KnowledgeBase.from_sparql()` import Wikidata; `KnowledgeBase.merge()` combines them.

>>> from claimcheck.kb import KnowledgeBase, Office
>>> from claimcheck.timespan import TimeSpan
>>> kb = KnowledgeBase.default()
>>> answer = kb.holder_at(Office("Secretary-General", "NATO"), TimeSpan.day(2024, 12, 3))
>>> [actor.name for actor in answer.holders]
['Mark Rutte']

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Mapping
from importlib.resources import files
from pathlib import Path
from types import MappingProxyType

import attrs

from claimcheck._kb_answers import (
    ActorMatch,
    CountAnswer,
    HolderAnswer,
    Holding,
    OfficesAnswer,
    Assessment,
)
from claimcheck._kb_factfile import parse_fact_text
from claimcheck._kb_index import (
    ActorIndex,
    EventTimeline,
    check_ids,
    check_overlaps,
    counts_by_series,
    normalize,
    office_key,
    office_table,
)
from claimcheck._kb_records import (
    AliasRecord,
    Confidence,
    CountRecord,
    EventRecord,
    Interval,
    Office,
    OfficeRecord,
    Origin,
    Record,
    Tenure,
    Truth,
    Validity,
    fold,
    name_key,
)
from claimcheck._kb_wikidata import parse_entities, parse_sparql
from claimcheck.errors import FactFileError
from claimcheck.model import Actor
from claimcheck.names import AliasIndex, Method, Resolution
from claimcheck.timespan import TimeSpan

__all__ = [
    "ActorMatch",
    "AliasRecord",
    "Assessment",
    "Confidence",
    "CountAnswer",
    "CountRecord",
    "EventRecord",
    "HolderAnswer",
    "Holding",
    "Interval",
    "KnowledgeBase",
    "Office",
    "OfficeRecord",
    "OfficesAnswer",
    "Origin",
    "Record",
    "Tenure",
    "Truth",
    "Validity",
]


def _by_id(records: Iterable[Record]) -> tuple[Record, ...]:
    return tuple(sorted(records, key=lambda r: r.id))


@attrs.frozen
class KnowledgeBase:
    """An immutable set of facts with their sources, and the queries checks ask of it.

    Building one resolves every name to one canonical `Actor` per person or body (names
    that fold to the same text are one actor) and checks the facts: two different records
    with one id, or two tenures of a single-holder office that overlap beyond a handover,
    raise `FactFileError` naming where each record was read. Records are kept sorted by id,
    so the knowledge base does not depend on their order.

    Args:
        records: The facts.

    Raises:
        FactFileError: Contradictory or duplicate records.

    >>> KnowledgeBase().records
    ()

    .. versionadded:: 0.1.0
    """

    records: tuple[Record, ...] = attrs.field(default=(), converter=_by_id)
    _actors: ActorIndex = attrs.field(init=False, eq=False, repr=False)
    _offices: Mapping[tuple[str, str], tuple[Office, bool]] = attrs.field(
        init=False, eq=False, repr=False
    )
    _alias_index: list[AliasIndex] = attrs.field(init=False, eq=False, repr=False, factory=list)
    _named_in: Mapping[str, tuple[Record, ...]] = attrs.field(init=False, eq=False, repr=False)
    _tenures_of: Mapping[tuple[str, str], tuple[tuple[Tenure, Validity], ...]] = attrs.field(
        init=False, eq=False, repr=False
    )
    _identified: dict[str, Resolution] = attrs.field(init=False, eq=False, repr=False, factory=dict)
    _series: Mapping[str, tuple[tuple[CountRecord, Validity], ...]] = attrs.field(
        init=False, eq=False, repr=False
    )
    _timeline: EventTimeline = attrs.field(init=False, eq=False, repr=False)
    _holder_answers: dict[tuple[Office, TimeSpan], HolderAnswer] = attrs.field(
        init=False, eq=False, repr=False, factory=dict
    )

    def __attrs_post_init__(self) -> None:
        actors = ActorIndex(self.records)
        records = normalize(self.records, actors)
        check_ids(records)
        records = tuple({r.id: r for r in records}.values())
        object.__setattr__(self, "records", records)
        object.__setattr__(self, "_actors", actors)
        offices, single = office_table(records)
        object.__setattr__(self, "_offices", MappingProxyType(offices))
        check_overlaps(self.tenures, single)
        named_in: dict[str, list[Record]] = {}
        for record in records:
            for key in dict.fromkeys(name_key(n) for n in _names_in(record)):
                named_in.setdefault(key, []).append(record)
        object.__setattr__(
            self, "_named_in", MappingProxyType({k: tuple(v) for k, v in named_in.items()})
        )
        tenures_of: dict[tuple[str, str], list[Tenure]] = {}
        for tenure in self.tenures:
            tenures_of.setdefault(office_key(tenure.office), []).append(tenure)
        object.__setattr__(
            self,
            "_tenures_of",
            MappingProxyType(
                {k: tuple((t, t.validity) for t in self._sorted(v)) for k, v in tenures_of.items()}
            ),
        )
        series = counts_by_series(c for c in self.counts if c.confidence is not Confidence.UNVERIFIED)
        object.__setattr__(
            self,
            "_series",
            MappingProxyType(
                {
                    key: tuple(
                        (r, r.validity)
                        for r in sorted(found, key=lambda r: (r.validity.possible.sort_key(), r.id))
                    )
                    for key, found in series.items()
                }
            ),
        )
        verified = (e for e in self.events if e.confidence is not Confidence.UNVERIFIED)
        object.__setattr__(self, "_timeline", EventTimeline(verified))

    # -- construction ---------------------------------------------------------------------

    @classmethod
    def default(cls) -> KnowledgeBase:
        """The bundled knowledge base: the project's verified facts (``data/facts.json``).

        >>> len(KnowledgeBase.default().tenures) > 40
        True

        .. versionadded:: 0.1.0
        """
        return _bundled()

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> KnowledgeBase:
        """Read the fact file at *path*: ``.json`` or ``.toml``.

        Raises:
            FactFileError: The file cannot be read, or does not fit the format; nothing is
                half-loaded.

        .. versionadded:: 0.1.0
        """
        location = os.fspath(path)
        suffix = Path(location).suffix.lower()
        if suffix not in (".json", ".toml"):
            raise FactFileError(
                "a fact file ends in .json or .toml", location=location, value=suffix
            )
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise FactFileError(f"cannot read the file ({exc})", location=location) from None
        return cls.loads(text, location=location, format=suffix[1:])

    @classmethod
    def loads(cls, text: str, *, location: str = "<string>", format: str = "json") -> KnowledgeBase:
        """Read a fact file from *text* in *format* (``"json"`` or ``"toml"``).

        Raises:
            FactFileError: Text that is not a fact file, naming *location*, the record (index
                and id) and the field.

        >>> kb = KnowledgeBase.loads('{"records": [{"kind": "count", "what": "NATO members", '
        ...     '"value": 32, "since": "2024-03-07", "confidence": "high", "source": "https://www.nato.int/"}]}')
        >>> kb.count_at("NATO members", TimeSpan.day(2024, 10, 16)).value
        32

        .. versionadded:: 0.1.0
        """
        return cls(parse_fact_text(text, location=location, format=format))

    @classmethod
    def from_wikidata(
        cls, text: str, *, location: str = "<string>", confidence: Confidence = Confidence.MEDIUM
    ) -> KnowledgeBase:
        """Import the tenures (P39, position held) of Wikidata entity JSON.

        *text* is the JSON of ``Special:EntityData`` or ``wbgetentities``: ``{"entities":
        {...}}``. Each P39 statement with a start (P580) becomes a `Tenure`; its end is P582,
        its predecessor P1365 and its successor P1366, at the precision Wikidata gives (9 =
        year, 10 = month, 11 = day). Item ids become names through the labels in the file
        (English first), and a position's organization is its P2389, P1001 or P361 when the
        position's own entity is in the file. Deprecated statements are skipped.

        Raises:
            FactFileError: JSON that is not entity data, or a statement that cannot be read.

        .. versionadded:: 0.1.0
        """
        return cls(parse_entities(text, location=location, confidence=confidence))

    @classmethod
    def from_sparql(
        cls, text: str, *, location: str = "<string>", confidence: Confidence = Confidence.MEDIUM
    ) -> KnowledgeBase:
        """Import tenures from the JSON results of a Wikidata SPARQL query.

        The query selects ``?person ?personLabel ?position ?positionLabel ?start`` and,
        optionally, ``?end ?startPrecision ?endPrecision ?organization ?organizationLabel
        ?statement``; ``docs/knowledge-base.md`` gives such a query. A missing precision is
        read as a day.

        Raises:
            FactFileError: JSON that is not SPARQL results of that shape.

        .. versionadded:: 0.1.0
        """
        return cls(parse_sparql(text, location=location, confidence=confidence))

    def merge(self, other: KnowledgeBase, *, replace: bool = False) -> KnowledgeBase:
        """The facts of both knowledge bases.

        A record of *other* with the same id as a record here is the same fact if it is
        equal, and otherwise a conflict: `FactFileError`, unless *replace* is true, when the
        record of *other* wins (the way to correct a bundled fact). Tenures from both must
        still not overlap.

        Raises:
            FactFileError: Conflicting records.

        >>> KnowledgeBase().merge(KnowledgeBase.default()) == KnowledgeBase.default()
        True

        .. versionadded:: 0.1.0
        """
        if replace:
            replaced = {r.id for r in other.records}
            return KnowledgeBase(
                (*(r for r in self.records if r.id not in replaced), *other.records)
            )
        return KnowledgeBase((*self.records, *other.records))

    # -- records --------------------------------------------------------------------------

    @property
    def tenures(self) -> tuple[Tenure, ...]:
        """Every tenure, by id."""
        return tuple(r for r in self.records if isinstance(r, Tenure))

    @property
    def events(self) -> tuple[EventRecord, ...]:
        """Every event, by id."""
        return tuple(r for r in self.records if isinstance(r, EventRecord))

    @property
    def counts(self) -> tuple[CountRecord, ...]:
        """Every count, by id."""
        return tuple(r for r in self.records if isinstance(r, CountRecord))

    @property
    def aliases(self) -> tuple[AliasRecord, ...]:
        """Every alias record, by id."""
        return tuple(r for r in self.records if isinstance(r, AliasRecord))

    @property
    def actors(self) -> tuple[Actor, ...]:
        """Every actor the records name, each once with all its names, sorted by name.

        Hand them to `claimcheck.names.AliasIndex.from_actors` to resolve mentions by surname
        or near miss as well.
        """
        unique = set(self._actors.by_key.values())
        return tuple(sorted(unique, key=lambda a: (a.name, a.kind.value)))

    @property
    def alias_index(self) -> AliasIndex:
        """An `claimcheck.names.AliasIndex` of `actors`, built on first use and kept.

        >>> KnowledgeBase.default().alias_index.resolve("Jerry Connolly").suggestion
        'Gerry Connolly'
        """
        if not self._alias_index:
            self._alias_index.append(AliasIndex.from_actors(self.actors))
        return self._alias_index[0]

    def record(self, record_id: str) -> Record:
        """The record with id *record_id*.

        Raises:
            KeyError: No record has that id.

        .. versionadded:: 0.1.0
        """
        for record in self.records:
            if record.id == record_id:
                return record
        raise KeyError(record_id)

    # -- queries --------------------------------------------------------------------------

    def find_actor(self, name: str) -> ActorMatch | None:
        """The actor *name* names (canonical name, variant or misspelling), or ``None``.

        Names match when they fold to the same text: case, accents, hyphens and dots do
        not count. A recorded misspelling ("Jerry Connolly") finds the actor with
        ``misspelling=True``.

        >>> KnowledgeBase.default().find_actor("Zelenskyy").actor.name
        'Volodymyr Zelensky'

        .. versionadded:: 0.1.0
        """
        key = name_key(name)
        actor = self._actors.by_key.get(key)
        misspelling = False
        if actor is None and key in self._actors.misspelt:
            actor, _ = self._actors.misspelt[key]
            misspelling = True
        if actor is None:
            return None
        keys = dict.fromkeys(name_key(n) for n in actor.names)
        found = {r.id: r for k in keys for r in self._named_in.get(k, ())}
        records = tuple(r for r in self.records if r.id in found)
        return ActorMatch(actor=actor, name=name, misspelling=misspelling, records=records)

    def identify(self, name: str) -> Resolution:
        """Which known actor *name* names, and how: the names the records give (variants and
        recorded misspellings) first, then the `alias_index` (surnames, near misses). A name
        that folds to a recorded one but that the `alias_index` takes for a misspelling (a
        doubled letter: "Gerry Conolly") is a near miss.

        Answers are remembered, so asking again about a name costs nothing.

        >>> found = KnowledgeBase.default().identify("Jerry Connolly")
        >>> found.method.value, found.actor.name
        ('near_miss', 'Gerald E. Connolly')

        .. versionadded:: 0.1.0
        """
        known = self._identified.get(name)
        if known is not None:
            return known
        match = self.find_actor(name)
        if match is None:
            resolution = self.alias_index.resolve(name)
        elif match.misspelling:
            suggestion = self.alias_index.resolve(name).suggestion or match.actor.name
            resolution = Resolution(
                mention=name, method=Method.NEAR_MISS, actor=match.actor, score=1.0, suggestion=suggestion
            )
        elif name in match.actor.names:
            resolution = Resolution(mention=name, method=Method.EXACT, actor=match.actor, score=1.0)
        else:
            resolution = self.alias_index.resolve(name)
            if resolution.method is not Method.NEAR_MISS or resolution.actor != match.actor:
                resolution = Resolution(
                    mention=name, method=Method.FOLDED, actor=match.actor, score=1.0
                )
        self._identified[name] = resolution
        return resolution

    def holder_at(self, office: Office, when: TimeSpan) -> HolderAnswer:
        """Who held *office* at *when*: each tenure of the office with its `Truth` at *when*.

        The office matches when its role folds to the role of a tenure, or to one of the
        role aliases of an `OfficeRecord`, and its organization names the same actor as
        the tenure's (so "Secretary-General" of "North Atlantic Treaty Organization" is
        NATO's Secretary General). A tenure is true when it certainly covers all of
        *when*, false when it certainly misses all of it, and undetermined otherwise.

        >>> kb = KnowledgeBase.default()
        >>> answer = kb.holder_at(Office("Secretary General", "NATO"), TimeSpan.day(2024, 10, 19))
        >>> answer.assess(Actor("Jens Stoltenberg")).truth
        <Truth.FALSE: 'false'>

        Answers are remembered (the last few tens of thousands), as checks ask about one
        office at one time again and again.

        .. versionadded:: 0.1.0
        """
        known = self._holder_answers.get((office, when))
        if known is not None:
            return known
        answer = self._holder_at(office, when)
        if len(self._holder_answers) >= _REMEMBERED:
            self._holder_answers.clear()
        self._holder_answers[office, when] = answer
        return answer

    def _holder_at(self, office: Office, when: TimeSpan) -> HolderAnswer:
        organization = self._actors.organization(office.organization)
        found = self._offices.get((fold(office.role), fold(organization or "")))
        if found is None:
            return HolderAnswer(office=office, when=when, known=False, single_holder=True)
        canonical, single = found
        window = Interval.of(when)
        tenures = self._tenures_of.get(office_key(canonical), ())
        holdings = tuple(Holding(t, valid.truth_in(window)) for t, valid in tenures)
        return HolderAnswer(
            office=canonical, when=when, known=True, single_holder=single, holdings=holdings
        )

    def offices_of(self, actor: Actor | str, when: TimeSpan) -> OfficesAnswer:
        """The tenures of *actor* (an `Actor` or any of its names), each with its truth at *when*.

        >>> kb = KnowledgeBase.default()
        >>> november = TimeSpan.from_iso("2024-11-01/2024-11-24")
        >>> [str(o) for o in kb.offices_of("Gerry Connolly", november).offices]
        ['President, NATO Parliamentary Assembly']

        .. versionadded:: 0.1.0
        """
        wanted = self._actors.resolve(Actor(actor) if isinstance(actor, str) else actor)
        names = {name_key(n) for n in wanted.names}
        tenures = (t for t in self.tenures if names & {name_key(n) for n in t.holder.names})
        holdings = tuple(Holding(t, t.truth_at(when)) for t in self._sorted(tenures))
        return OfficesAnswer(actor=wanted, when=when, holdings=holdings)

    def count_at(self, what: str, when: TimeSpan) -> CountAnswer:
        """What the count *what* stood at during *when*: the records of the series that meet it.

        >>> KnowledgeBase.default().count_at("NATO members", TimeSpan.day(2023, 6, 1)).value
        31

        .. versionadded:: 0.1.0
        """
        ordered = self._series.get(fold(what), ())
        if not ordered:
            return CountAnswer(what=what, when=when, known=False)
        window = Interval.of(when)
        values = tuple((r, valid.truth_in(window)) for r, valid in ordered)
        relevant = tuple((r, t) for r, t in values if t is not Truth.FALSE)
        return CountAnswer(what=ordered[0][0].what, when=when, known=True, values=relevant)

    def find_events(
        self,
        name: str | None = None,
        *,
        kind: str | None = None,
        participant: str | None = None,
        place: str | None = None,
        during: TimeSpan | None = None,
    ) -> tuple[EventRecord, ...]:
        """The events that fit every filter given, in order of time.

        *name* and *place* match when each of their folded words occurs in the event's name
        or place (after resolving aliases: "Kiev" finds events in Kyiv); *participant* is
        any name of a participant; *during* keeps events that share a day with it.

        >>> [e.when.isoformat() for e in KnowledgeBase.default().find_events("Berlin meeting")]
        ['2024-10-18']

        .. versionadded:: 0.1.0
        """
        who = None if participant is None else self._actors.resolve(Actor(participant))
        candidates = self._timeline.all if during is None else self._timeline.meeting(Interval.of(during))
        found = []
        for event in candidates:
            if name is not None and not _words_in(name, [event.name]):
                continue
            if kind is not None and fold(kind) != fold(event.kind):
                continue
            if place is not None and (
                event.place is None or not self._place_fits(place, event.place)
            ):
                continue
            if who is not None and who not in event.participants:
                continue
            found.append(event)
        return tuple(found)

    # -- helpers --------------------------------------------------------------------------

    def _place_fits(self, query: str, place: Actor) -> bool:
        names = self._actors.resolve(Actor(query)).names
        return any(_words_in(n, place.names, name_key) for n in names)

    @staticmethod
    def _sorted(tenures: Iterable[Tenure]) -> list[Tenure]:
        verified = (t for t in tenures if t.verified)
        return sorted(verified, key=lambda t: (t.validity.possible.sort_key(), t.id))


_REMEMBERED = 1 << 16
"""How many answers of `KnowledgeBase.holder_at` a knowledge base keeps at most."""


@functools.cache
def _bundled() -> KnowledgeBase:
    """The bundled knowledge base, read once: it is immutable."""
    text = files("claimcheck").joinpath("data", "facts.json").read_text(encoding="utf-8")
    return KnowledgeBase.loads(text, location="claimcheck/data/facts.json")


def _words_in(query: str, texts: Iterable[str], key: Callable[[str], str] = fold) -> bool:
    """Whether every word of *query*, folded by *key*, is a word of one of *texts*."""
    wanted = set(key(query).split())
    return any(wanted <= set(key(t).split()) for t in texts)


def _names_in(record: Record) -> tuple[str, ...]:
    if isinstance(record, Tenure):
        return record.holder.names
    if isinstance(record, EventRecord):
        return tuple(n for a in record.participants for n in a.names)
    if isinstance(record, AliasRecord):
        return (*record.actor.names, *record.misspellings)
    return ()
