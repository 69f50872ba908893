"""The records a `KnowledgeBase` holds, and the arithmetic of their uncertain bounds.

Every record is a frozen attrs class with an ``id`` and a ``source``. Bounds are `TimeSpan`
values whose granularity is the precision of the fact: a start of ``2024-06`` says that the
handover happened on some day of June 2024.
"""

from __future__ import annotations

import enum
import functools
import re
import unicodedata
from datetime import date
from typing import Any, TypeAlias

import attrs
from attrs import validators as v

from claimcheck import _validators as valid
from claimcheck.model import Actor
from claimcheck.names import fold as fold_name
from claimcheck.timespan import Granularity, TimeSpan

__all__ = [
    "AliasRecord",
    "Confidence",
    "CountRecord",
    "EventRecord",
    "Office",
    "OfficeRecord",
    "Origin",
    "Record",
    "Tenure",
    "Truth",
]

_PRECISIONS = frozenset({Granularity.DAY, Granularity.MONTH, Granularity.YEAR})


def _bound(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A bound: ``None`` or a whole day, month or year."""
    if value is None:
        return
    if (
        not isinstance(value, TimeSpan)
        or value.granularity not in _PRECISIONS
        or value != TimeSpan.unit(value.granularity, value.start)  # type: ignore[arg-type]
    ):
        msg = f"'{attribute.name}' must be a whole day, month or year (got {value!r})"
        raise ValueError(msg)


# -- folding ------------------------------------------------------------------------------

_NOT_WORD = re.compile(r"[\W_]+")


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """The key a role, a series or a word is matched by: case, accents and punctuation removed.

    Remembered: the queries of a knowledge base fold the same few roles and series again and
    again.

    Names of actors are matched by `name_key` instead, which also folds transliterations.

    >>> fold("Secretary-General") == fold("secretary general")
    True
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NOT_WORD.sub(" ", stripped).split())


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The key the names of actors are matched by: `claimcheck.names.fold`.

    Every match of an actor's name goes through this one function.

    >>> name_key("Zelenskyy") == name_key("Zelensky")
    True
    """
    return fold_name(name)


def slug(*parts: str) -> str:
    """An id-safe slug of *parts*, joined by colons.

    >>> slug("NATO", "Secretary General")
    'nato:secretary-general'
    """
    words = [fold(p).encode("ascii", "ignore").decode().replace(" ", "-") for p in parts]
    return ":".join(w or "x" for w in words)


# -- confidence and truth -----------------------------------------------------------------


class Confidence(enum.Enum):
    """How well a fact is sourced, after the conventions of the shared facts.

    `HIGH` and `MEDIUM` facts are used as stated. A `LOW` bound is never used to decide: an
    answer that would rest on it is undetermined. `UNVERIFIED` records are kept but no query
    uses them.

    .. versionadded:: 0.1.0
    """

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    UNVERIFIED = "unverified"


class Truth(enum.Enum):
    """A three-valued answer: true, false, or left open by the facts or the query's precision.

    .. versionadded:: 0.1.0
    """

    TRUE = "true"
    FALSE = "false"
    UNDETERMINED = "undetermined"


@attrs.frozen
class Origin:
    """Where a record was read: a file (or other origin) and the JSON path of the record.

    >>> str(Origin("facts.json", "$.records[3]"))
    'facts.json: $.records[3]'

    .. versionadded:: 0.1.0
    """

    location: str = attrs.field(validator=valid.text)
    path: str = attrs.field(validator=valid.text)

    def __str__(self) -> str:
        return f"{self.location}: {self.path}"


# -- day intervals ------------------------------------------------------------------------


@attrs.frozen
class Interval:
    """Whole days ``[low, high)`` on the calendar; ``None`` is unbounded on that side.

    >>> Interval.of(TimeSpan.month(2024, 6)).contains(Interval.of(TimeSpan.day(2024, 6, 15)))
    True

    .. versionadded:: 0.1.0
    """

    low: date | None
    high: date | None

    @classmethod
    def of(cls, span: TimeSpan) -> Interval:
        """The days *span* touches; an approximate span is first widened."""
        span = span.widened()
        last = span.last_day()
        high = None if last is None else date.fromordinal(last.toordinal() + 1)
        return cls(span.first_day(), high)

    @property
    def empty(self) -> bool:
        """Whether no day lies inside."""
        return self.low is not None and self.high is not None and self.low >= self.high

    def contains(self, other: Interval) -> bool:
        """Whether every day of *other* (not empty) lies inside."""
        low_ok = self.low is None or (other.low is not None and self.low <= other.low)
        high_ok = self.high is None or (other.high is not None and other.high <= self.high)
        return not self.empty and low_ok and high_ok

    def meets(self, other: Interval) -> bool:
        """Whether the two share a day."""
        if self.empty or other.empty:
            return False
        below = self.high is not None and other.low is not None and self.high <= other.low
        above = other.high is not None and self.low is not None and other.high <= self.low
        return not below and not above

    def sort_key(self) -> tuple[int, date, int, date]:
        """Open lows first, open highs last."""
        return (
            0 if self.low is None else 1,
            self.low or date.min,
            1 if self.high is None else 0,
            self.high or date.max,
        )


@attrs.frozen
class Validity:
    """When a fact holds for certain, and when it may hold: ``certain`` lies inside ``possible``.

    ``certain`` is ``None`` when no day is certain (a low-confidence bound, an unknown start).

    >>> june = validity(TimeSpan.month(2024, 6), None, start_confidence=Confidence.MEDIUM,
    ...                 end_confidence=Confidence.MEDIUM)
    >>> june.truth_at(TimeSpan.day(2024, 6, 15)), june.truth_at(TimeSpan.day(2024, 7, 1))
    (<Truth.UNDETERMINED: 'undetermined'>, <Truth.TRUE: 'true'>)

    .. versionadded:: 0.1.0
    """

    certain: Interval | None
    possible: Interval

    def truth_at(self, when: TimeSpan) -> Truth:
        """True if the fact holds throughout *when*, false if at no time of it, else open."""
        return self.truth_in(Interval.of(when))

    def truth_in(self, window: Interval) -> Truth:
        """`truth_at` for the days of *window*: for asking about one time of many facts."""
        if self.certain is not None and self.certain.contains(window):
            return Truth.TRUE
        if not self.possible.meets(window):
            return Truth.FALSE
        return Truth.UNDETERMINED


def validity(
    start: TimeSpan | None,
    end: TimeSpan | None,
    *,
    start_confidence: Confidence,
    end_confidence: Confidence,
) -> Validity:
    """The validity of a fact that begins on some day of *start* and ends on some day of *end*.

    The fact holds from its start day (inclusive) to its end day (exclusive). A ``None`` start
    is unknown; a ``None`` end is open (the fact still holds). A low-confidence bound opens its
    side of ``possible`` and leaves nothing certain.
    """
    low_start = start is None or start_confidence is Confidence.LOW
    low_end = end_confidence is Confidence.LOW
    possible_low = None if low_start or start is None else start.first_day()
    possible_high = None if low_end or end is None else end.last_day()
    certain: Interval | None = None
    if not (low_start or low_end) and start is not None:
        certain_high = None if end is None else end.first_day()
        candidate = Interval(start.last_day(), certain_high)
        certain = None if candidate.empty else candidate
    return Validity(certain, Interval(possible_low, possible_high))


# -- records ------------------------------------------------------------------------------


def _acting_free(_instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if ACTING.search(value):
        msg = f"'{attribute.name}' names the office without '(acting)'; set acting=True instead"
        raise ValueError(msg)


ACTING = re.compile(r"^\s*acting\s+|\s*\(\s*acting\s*\)\s*$", re.IGNORECASE)


@attrs.frozen
class Office:
    """An office: a role and, where the role needs it, the organization it belongs to.

    >>> Office("Secretary General", "NATO")
    Office(role='Secretary General', organization='NATO')

    .. versionadded:: 0.1.0
    """

    role: str = attrs.field(validator=[valid.text, _acting_free])
    organization: str | None = attrs.field(default=None, validator=valid.optional_text)

    def __str__(self) -> str:
        return self.role if self.organization is None else f"{self.role}, {self.organization}"


_CONFIDENCE = v.instance_of(Confidence)
_ORIGIN = attrs.field(
    default=None, eq=False, repr=False, validator=v.optional(v.instance_of(Origin))
)


@attrs.frozen(kw_only=True)
class Tenure:
    """Someone held an office from *start* to *end*.

    Args:
        id: Unique in its knowledge base.
        office: The office held (its role without "(acting)").
        holder: Who held it.
        start: The day, month or year the holder took office.
        end: The handover: the first day the holder no longer held it (exclusive), to its
            precision; ``None`` while the holder is in office.
        acting: Whether the holder held it as acting holder.
        start_confidence, end_confidence: How well each bound is sourced.
        source: Where the fact comes from (URLs).
        note: Anything a reader should know.
        predecessor, successor: Who the holder replaced, and who replaced them, if known.
        origin: Where the record was read; not part of its value.

    >>> from claimcheck.timespan import TimeSpan
    >>> t = Tenure(id="t1", office=Office("Secretary General", "NATO"), holder=Actor("Mark Rutte"),
    ...            start=TimeSpan.day(2024, 10, 1), source="https://www.nato.int/")
    >>> t.truth_at(TimeSpan.day(2024, 12, 3))
    <Truth.TRUE: 'true'>

    .. versionadded:: 0.1.0
    """

    id: str = attrs.field(validator=v.matches_re(valid.IDENTIFIER))
    office: Office = attrs.field(validator=v.instance_of(Office))
    holder: Actor = attrs.field(validator=v.instance_of(Actor))
    start: TimeSpan | None = attrs.field(validator=_bound)
    end: TimeSpan | None = attrs.field(default=None, validator=_bound)
    acting: bool = attrs.field(default=False, validator=v.instance_of(bool))
    start_confidence: Confidence = attrs.field(default=Confidence.HIGH, validator=_CONFIDENCE)
    end_confidence: Confidence = attrs.field(default=Confidence.HIGH, validator=_CONFIDENCE)
    source: str = attrs.field(validator=valid.text)
    note: str | None = attrs.field(default=None, validator=valid.optional_text)
    predecessor: Actor | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Actor))
    )
    successor: Actor | None = attrs.field(default=None, validator=v.optional(v.instance_of(Actor)))
    origin: Origin | None = _ORIGIN

    @property
    def verified(self) -> bool:
        """Whether queries use the record (neither bound is unverified)."""
        return Confidence.UNVERIFIED not in (self.start_confidence, self.end_confidence)

    @property
    def validity(self) -> Validity:
        """When the holder held the office for certain, and when they may have."""
        return validity(
            self.start,
            self.end,
            start_confidence=self.start_confidence,
            end_confidence=self.end_confidence,
        )

    def truth_at(self, when: TimeSpan) -> Truth:
        """Whether the holder held the office throughout *when* (see `Validity.truth_at`)."""
        return self.validity.truth_at(when)


@attrs.frozen(kw_only=True)
class EventRecord:
    """Something that happened: a meeting, a summit, a strike.

    Args:
        id: Unique in its knowledge base.
        name: A short description.
        kind: What sort of event, in snake_case ("meeting", "summit").
        when: The days it took place (a `TimeSpan`; the last day is included).
        place: Where, if known.
        participants: Who took part.
        confidence: How well it is sourced.
        source, note, origin: As for `Tenure`.

    .. versionadded:: 0.1.0
    """

    id: str = attrs.field(validator=v.matches_re(valid.IDENTIFIER))
    name: str = attrs.field(validator=valid.text)
    kind: str = attrs.field(validator=v.matches_re(valid.SNAKE))
    when: TimeSpan = attrs.field(validator=v.instance_of(TimeSpan))
    place: Actor | None = attrs.field(default=None, validator=v.optional(v.instance_of(Actor)))
    participants: tuple[Actor, ...] = attrs.field(
        default=(), validator=v.deep_iterable(v.instance_of(Actor), v.instance_of(tuple))
    )
    confidence: Confidence = attrs.field(default=Confidence.HIGH, validator=_CONFIDENCE)
    source: str = attrs.field(validator=valid.text)
    note: str | None = attrs.field(default=None, validator=valid.optional_text)
    origin: Origin | None = _ORIGIN


def _number(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        msg = f"'{attribute.name}' must be a number (got {value!r})"
        raise ValueError(msg)


@attrs.frozen(kw_only=True)
class CountRecord:
    """How many there were from *since* until *until*: "NATO members: 32 since 2024-03-07".

    Args:
        id: Unique in its knowledge base.
        what: The series counted ("NATO members").
        value: The count (or measure) in that period.
        since: The day, month or year it began.
        until: The day the next value began (exclusive); ``None`` while it is current.
        aliases: Other names of the series ("NATO member states").
        confidence: How well it is sourced.
        source, note, origin: As for `Tenure`.

    .. versionadded:: 0.1.0
    """

    id: str = attrs.field(validator=v.matches_re(valid.IDENTIFIER))
    what: str = attrs.field(validator=valid.text)
    value: int | float = attrs.field(validator=_number)
    since: TimeSpan = attrs.field(validator=[v.instance_of(TimeSpan), _bound])
    until: TimeSpan | None = attrs.field(default=None, validator=_bound)
    aliases: tuple[str, ...] = attrs.field(default=(), validator=valid.texts)
    confidence: Confidence = attrs.field(default=Confidence.HIGH, validator=_CONFIDENCE)
    source: str = attrs.field(validator=valid.text)
    note: str | None = attrs.field(default=None, validator=valid.optional_text)
    origin: Origin | None = _ORIGIN

    @property
    def validity(self) -> Validity:
        """When the value held for certain, and when it may have."""
        return validity(
            self.since,
            self.until,
            start_confidence=self.confidence,
            end_confidence=self.confidence,
        )


@attrs.frozen(kw_only=True)
class AliasRecord:
    """The names of one actor: the canonical name, its variants, and known misspellings.

    .. versionadded:: 0.1.0
    """

    id: str = attrs.field(validator=v.matches_re(valid.IDENTIFIER))
    actor: Actor = attrs.field(validator=v.instance_of(Actor))
    misspellings: tuple[str, ...] = attrs.field(default=(), validator=valid.texts)
    source: str = attrs.field(validator=valid.text)
    note: str | None = attrs.field(default=None, validator=valid.optional_text)
    origin: Origin | None = _ORIGIN


@attrs.frozen(kw_only=True)
class OfficeRecord:
    """What a knowledge base knows of an office beyond its tenures: other names, and holders.

    Args:
        id: Unique in its knowledge base.
        office: The office, as the tenures name it.
        role_aliases: Other names of the role that match it ("Ambassador to NATO").
        single_holder: Whether one person holds it at a time (the default for every office);
            tenures of a single-holder office may not overlap beyond a handover day.
        source, note, origin: As for `Tenure`.

    .. versionadded:: 0.1.0
    """

    id: str = attrs.field(validator=v.matches_re(valid.IDENTIFIER))
    office: Office = attrs.field(validator=v.instance_of(Office))
    role_aliases: tuple[str, ...] = attrs.field(default=(), validator=valid.texts)
    single_holder: bool = attrs.field(default=True, validator=v.instance_of(bool))
    source: str = attrs.field(validator=valid.text)
    note: str | None = attrs.field(default=None, validator=valid.optional_text)
    origin: Origin | None = _ORIGIN


Record: TypeAlias = Tenure | EventRecord | CountRecord | AliasRecord | OfficeRecord
"""Any record of a knowledge base."""

RECORD_TYPES: tuple[type[Record], ...] = (
    Tenure,
    EventRecord,
    CountRecord,
    AliasRecord,
    OfficeRecord,
)
