"""The typed model: who and what a news report speaks of, what it claims, and what is found.

Every type is an attrs class, frozen and slotted, that checks its values when it is built,
so a bad value fails at construction with a message that names the field. Use
`attrs.evolve` to change one.

>>> from claimcheck.model import Actor, ActorKind, RoleHeld
>>> rutte = Actor("Mark Rutte", aliases=("Rutte",))
>>> RoleHeld(actor=rutte, role="Secretary General", organization="NATO").role
'Secretary General'
>>> Actor("")
Traceback (most recent call last):
...
ValueError: 'name' must be a non-blank string (got '')

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, Literal, TypeAlias, get_args

import attrs
from attrs import validators as v

from claimcheck.timespan import Duration, Modifier, TimeSpan

__all__ = [
    "ASSERTION_TYPES",
    "Actor",
    "ActorKind",
    "Anonymity",
    "Assertion",
    "Attribution",
    "CaseFile",
    "Citation",
    "Claim",
    "Count",
    "Document",
    "DurationSince",
    "Event",
    "EventDate",
    "Evidence",
    "Expectation",
    "Finding",
    "Modality",
    "Ordinal",
    "Quantity",
    "RoleHeld",
    "Severity",
    "Source",
    "Span",
    "Statement",
    "TitleTime",
    "WEEKDAYS",
    "Weekday",
    "WeekdayName",
]


# -- validators ---------------------------------------------------------------------------


def _text(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A non-blank string."""
    if not isinstance(value, str) or not value.strip():
        msg = f"'{attribute.name}' must be a non-blank string (got {value!r})"
        raise ValueError(msg)


def _optional_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _text(instance, attribute, value)


def _tuple_of(member: Callable[[Any, attrs.Attribute[Any], Any], None]) -> Any:
    """A tuple (never a list or a string) whose members pass *member*."""
    return v.deep_iterable(member_validator=member, iterable_validator=v.instance_of(tuple))


def _unique(_instance: object, attribute: attrs.Attribute[Any], value: tuple[object, ...]) -> None:
    if len(set(value)) != len(value):
        duplicates = sorted({repr(x) for x in value if value.count(x) > 1})
        msg = f"'{attribute.name}' has duplicates: {', '.join(duplicates)}"
        raise ValueError(msg)


_IDENTIFIER = r"^[A-Za-z0-9][A-Za-z0-9_.:\-]*$"
_CLAIM_REF = r"^[A-Za-z0-9][A-Za-z0-9_.:\-]*#[A-Za-z0-9][A-Za-z0-9_.:\-]*$"
_CODE = r"^[A-Z]{3}[0-9]{3}$"
_KEBAB = r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
_SNAKE = r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$"
_LANGUAGE = r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"


def _optional(validator: Any) -> Any:
    return v.optional(validator)


def _instance(cls: type | tuple[type, ...]) -> Any:
    return v.instance_of(cls)


# -- actors and sources -------------------------------------------------------------------


class ActorKind(enum.Enum):
    """What sort of thing an `Actor` is."""

    PERSON = "person"
    ORGANIZATION = "organization"
    OUTLET = "outlet"
    PLACE = "place"
    OBJECT = "object"
    """A named thing that is neither a person nor a body, such as a weapon system."""


@attrs.frozen
class Actor:
    """A person, organization, news outlet, place or named object.

    Args:
        name: The canonical name.
        kind: What it is; a person by default.
        aliases: Other names it goes by (variants, short forms), without the canonical name.

    >>> Actor("Le Monde", ActorKind.OUTLET).kind.value
    'outlet'

    .. versionadded:: 0.1.0
    """

    name: str = attrs.field(validator=_text)
    kind: ActorKind = attrs.field(default=ActorKind.PERSON, validator=_instance(ActorKind))
    aliases: tuple[str, ...] = attrs.field(default=(), validator=[_tuple_of(_text), _unique])

    def __attrs_post_init__(self) -> None:
        if self.name in self.aliases:
            msg = f"'aliases' repeats the canonical name {self.name!r}"
            raise ValueError(msg)

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by the aliases."""
        return (self.name, *self.aliases)


@attrs.frozen(kw_only=True)
class Citation:
    """A report that a document cites: the outlet and, where known, which document.

    Args:
        outlet: Who published the cited report.
        document_id: Its id, when the cited document is known.
        published: When it was published, when known.
        description: How the citing document describes it ("a report citing diplomats").

    .. versionadded:: 0.1.0
    """

    outlet: Actor = attrs.field(validator=_instance(Actor))
    document_id: str | None = attrs.field(default=None, validator=_optional(v.matches_re(_IDENTIFIER)))
    published: TimeSpan | None = attrs.field(default=None, validator=_optional(_instance(TimeSpan)))
    description: str | None = attrs.field(default=None, validator=_optional_text)


@attrs.frozen(kw_only=True)
class Source:
    """The document a claim comes from, and its outlet.

    Args:
        document_id: A stable id, such as the file name without its extension.
        outlet: Who published it, if known.
        published: When, as a span: often known only to the day, or within a few days.
        title, url: Where to find it.
        byline: The authors, in order.
        language: A BCP 47 tag; ``"en"`` by default.
        cites: The reports it rests on, in the order it names them.

    >>> from claimcheck.timespan import TimeSpan
    >>> Source(document_id="a1", published=TimeSpan.day(2024, 12, 3)).language
    'en'

    .. versionadded:: 0.1.0
    """

    document_id: str = attrs.field(validator=v.matches_re(_IDENTIFIER))
    published: TimeSpan = attrs.field(validator=_instance(TimeSpan))
    outlet: Actor | None = attrs.field(default=None, validator=_optional(_instance(Actor)))
    title: str | None = attrs.field(default=None, validator=_optional_text)
    url: str | None = attrs.field(default=None, validator=_optional_text)
    byline: tuple[str, ...] = attrs.field(default=(), validator=_tuple_of(_text))
    language: str = attrs.field(default="en", validator=v.matches_re(_LANGUAGE))
    cites: tuple[Citation, ...] = attrs.field(default=(), validator=_tuple_of(_instance(Citation)))


class Anonymity(enum.Enum):
    """Who stands behind an attributed statement, by how much the text names them."""

    NAMED_PERSON = "named_person"
    NAMED_ORGANIZATION = "named_organization"
    """A named organization or outlet ("according to Le Monde", "the Kremlin said")."""
    ANONYMOUS_PERSON = "anonymous_person"
    ANONYMOUS_GROUP = "anonymous_group"


_ANONYMOUS = frozenset({Anonymity.ANONYMOUS_PERSON, Anonymity.ANONYMOUS_GROUP})


@attrs.frozen(kw_only=True)
class Attribution:
    """Who a statement is credited to, and through whom it reached the reporting document.

    Args:
        speaker_name: The speaker as written: a name ("Mark Rutte") or the anonymous
            description ("an unnamed European diplomat").
        anonymity: Named person, named organization or outlet, anonymous person or group.
        speaker: The resolved actor, for a named speaker that is known.
        via: The outlets the statement passed through, ordered from the reporting document
            towards the speaker: "X, citing Le Monde, reports that diplomats said" is
            ``via=(X, Le Monde)``.
        cue: The attributing words ("said", "according to", "citing", "per").
        hedges: Words that weaken it ("reportedly", "privately", "allegedly").

    >>> a = Attribution(speaker_name="unnamed sources", anonymity=Anonymity.ANONYMOUS_GROUP)
    >>> a.anonymous
    True

    .. versionadded:: 0.1.0
    """

    speaker_name: str = attrs.field(validator=_text)
    anonymity: Anonymity = attrs.field(validator=_instance(Anonymity))
    speaker: Actor | None = attrs.field(default=None, validator=_optional(_instance(Actor)))
    via: tuple[Actor, ...] = attrs.field(default=(), validator=_tuple_of(_instance(Actor)))
    cue: str | None = attrs.field(default=None, validator=_optional_text)
    hedges: tuple[str, ...] = attrs.field(default=(), validator=_tuple_of(_text))

    def __attrs_post_init__(self) -> None:
        if self.speaker is not None and self.anonymity in _ANONYMOUS:
            msg = f"an anonymous speaker ({self.anonymity.value}) cannot have a resolved 'speaker'"
            raise ValueError(msg)

    @property
    def anonymous(self) -> bool:
        """Whether the speaker is not named."""
        return self.anonymity in _ANONYMOUS


@attrs.frozen
class Span:
    """A piece of a document's text: where it starts and what it says.

    >>> Span("a1", 10, "Jerry Connolly").end
    24

    .. versionadded:: 0.1.0
    """

    document: str = attrs.field(validator=v.matches_re(_IDENTIFIER))
    offset: int = attrs.field(validator=[_instance(int), v.ge(0)])
    text: str = attrs.field(validator=_text)

    @property
    def end(self) -> int:
        """The offset just past the span."""
        return self.offset + len(self.text)


# -- assertions ---------------------------------------------------------------------------


class TitleTime(enum.Enum):
    """Which time a title refers to."""

    PRESENT = "present"
    """A plain title ("NATO Secretary General X"): the time of the claim, by default publication."""
    FORMER = "former"
    """"former X": held before the claim's time, not at it."""
    THEN = "then"
    """"then-X": held at the time of the statement's own dated context."""
    FUTURE = "future"
    """"incoming X", "X-designate": held after the claim's time."""


_TIME = _optional(_instance(TimeSpan))


@attrs.frozen(kw_only=True)
class RoleHeld:
    """Someone holds (or held) an office.

    Args:
        actor: Who.
        role: The office, as the knowledge base names it ("Secretary General").
        organization: Whose office ("NATO"), if the role needs it.
        when: The time the title refers to; ``None`` means the claim's own time (the
            publication, for a plain present title).
        title_time: Present, former, then- or future title.
        acting: Whether the text calls the holder acting.

    .. versionadded:: 0.1.0
    """

    actor: Actor = attrs.field(validator=_instance(Actor))
    role: str = attrs.field(validator=_text)
    organization: str | None = attrs.field(default=None, validator=_optional_text)
    when: TimeSpan | None = attrs.field(default=None, validator=_TIME)
    title_time: TitleTime = attrs.field(default=TitleTime.PRESENT, validator=_instance(TitleTime))
    acting: bool = attrs.field(default=False, validator=_instance(bool))


@attrs.frozen(kw_only=True)
class EventDate:
    """An event took place at a time: *event* is the id of an `Event` of the same document.

    .. versionadded:: 0.1.0
    """

    event: str = attrs.field(validator=v.matches_re(_IDENTIFIER))
    when: TimeSpan = attrs.field(validator=_instance(TimeSpan))


_HEDGES = frozenset(
    {
        Modifier.EXACT,
        Modifier.APPROX,
        Modifier.LESS_THAN,
        Modifier.MORE_THAN,
        Modifier.EQUAL_OR_LESS,
        Modifier.EQUAL_OR_MORE,
    }
)


def _to_float(value: object) -> object:
    """Widen an int to a float; leave anything else for the validator to refuse."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**53:
        return float(value)
    return value


def _finite_number(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, float) or value != value or value in (
        float("inf"),
        float("-inf"),
    ):
        msg = f"'{attribute.name}' must be a finite float (got {value!r})"
        raise ValueError(msg)


@attrs.frozen(kw_only=True)
class Quantity:
    """A measured amount: "$725 million in military aid", "about 20% of the country".

    Args:
        subject: What is measured ("US military aid package of 2 December").
        measure: Which measure ("value", "share occupied").
        value: The number, in *unit*.
        unit: The unit ("USD", "percent"), if any.
        when: The time the amount refers to, if the text gives one.
        modifier: A hedge ("about", "more than").

    .. versionadded:: 0.1.0
    """

    subject: str = attrs.field(validator=_text)
    measure: str = attrs.field(validator=_text)
    value: float = attrs.field(converter=_to_float, validator=_finite_number)
    unit: str | None = attrs.field(default=None, validator=_optional_text)
    when: TimeSpan | None = attrs.field(default=None, validator=_TIME)
    modifier: Modifier = attrs.field(default=Modifier.EXACT, validator=v.in_(_HEDGES))


@attrs.frozen(kw_only=True)
class DurationSince:
    """A length of time since a starting point: "weighed for 16 years" since 2008.

    Args:
        subject: What has lasted.
        since: When it started.
        length: How long the text says it has lasted.
        as_of: When the length is measured to; ``None`` means the claim's own time.

    .. versionadded:: 0.1.0
    """

    subject: str = attrs.field(validator=_text)
    since: TimeSpan = attrs.field(validator=_instance(TimeSpan))
    length: Duration = attrs.field(validator=_instance(Duration))
    as_of: TimeSpan | None = attrs.field(default=None, validator=_TIME)


@attrs.frozen(kw_only=True)
class Count:
    """How many there are: "all 32 member countries", "his 31 counterparts".

    Args:
        subject: The series counted ("NATO members").
        value: The number the text gives.
        when: The time it refers to; ``None`` means the claim's own time.
        excluded: How many members of the series the text leaves out of *value*: "his 31
            counterparts" counts the other members, so the series has ``value + excluded``.

    >>> Count(subject="NATO members", value=31, excluded=1).implied
    32

    .. versionadded:: 0.1.0
    """

    subject: str = attrs.field(validator=_text)
    value: int = attrs.field(validator=[_instance(int), v.ge(0)])
    when: TimeSpan | None = attrs.field(default=None, validator=_TIME)
    excluded: int = attrs.field(default=0, validator=[_instance(int), v.ge(0)])

    @property
    def implied(self) -> int:
        """The size of the whole series the count implies: *value* plus *excluded*."""
        return self.value + self.excluded


@attrs.frozen(kw_only=True)
class Ordinal:
    """A position in a series: "the 33rd member".

    Args:
        subject: Who or what holds (or would hold) the position ("Ukraine").
        series: The series ("NATO members").
        position: The position, from 1.
        when: The time it refers to; ``None`` means the claim's own time.
        prospective: Whether the position is the next one, not yet taken ("the spot for the
            33rd member").

    .. versionadded:: 0.1.0
    """

    subject: str = attrs.field(validator=_text)
    series: str = attrs.field(validator=_text)
    position: int = attrs.field(validator=[_instance(int), v.ge(1)])
    when: TimeSpan | None = attrs.field(default=None, validator=_TIME)
    prospective: bool = attrs.field(default=False, validator=_instance(bool))


@attrs.frozen(kw_only=True)
class Statement:
    """A reported statement: its content in a few words, and a key for the proposition.

    Args:
        content: What was said, paraphrased.
        proposition: A stable key for the proposition, shared by every claim that asserts
            the same thing in other words ("us-drops-objection-to-ukraine-invitation"), so
            that reports of it can be grouped across documents.

    .. versionadded:: 0.1.0
    """

    content: str = attrs.field(validator=_text)
    proposition: str | None = attrs.field(default=None, validator=_optional(v.matches_re(_IDENTIFIER)))


WeekdayName: TypeAlias = Literal["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
"""An English weekday name, capitalised."""

WEEKDAYS: tuple[WeekdayName, ...] = get_args(WeekdayName)
"""The English weekday names, capitalised, Monday first (index = `datetime.date.weekday`)."""


@attrs.frozen(kw_only=True)
class Weekday:
    """A day named together with its weekday: "Monday, 2 December 2024".

    Args:
        when: The day (or days) the text names.
        weekday: The weekday it gives, an English name in `WEEKDAYS` ("Monday").

    >>> from claimcheck.timespan import TimeSpan
    >>> Weekday(when=TimeSpan.day(2024, 12, 2), weekday="Monday").weekday
    'Monday'
    >>> Weekday(when=TimeSpan.day(2024, 12, 2), weekday="monday")
    Traceback (most recent call last):
    ...
    ValueError: ("'weekday' must be in ('Monday', 'Tuesday', ...) (got 'monday')", ...)

    .. versionadded:: 0.1.0
    """

    when: TimeSpan = attrs.field(validator=_instance(TimeSpan))
    weekday: WeekdayName = attrs.field(validator=v.in_(WEEKDAYS))


Assertion: TypeAlias = (
    RoleHeld | EventDate | Quantity | DurationSince | Count | Ordinal | Statement | Weekday
)
"""What a claim asserts: one of the assertion types."""

ASSERTION_TYPES: tuple[type[Assertion], ...] = (
    RoleHeld,
    EventDate,
    Quantity,
    DurationSince,
    Count,
    Ordinal,
    Statement,
    Weekday,
)


# -- claims, events, documents ------------------------------------------------------------


class Modality(enum.Enum):
    """How firmly the document puts a claim forward."""

    ASSERTED = "asserted"
    """Stated by the document in its own voice."""
    REPORTED = "reported"
    """Credited to someone else."""
    HEDGED = "hedged"
    """Weakened: "reportedly", "may have"."""
    DENIED = "denied"
    """Put forward in order to deny it."""
    EXPECTED = "expected"
    """About the future: "is due to", "will"."""


@attrs.frozen(kw_only=True)
class Claim:
    """One assertion of a document, with who it is credited to and where it stands.

    Args:
        id: Unique within its document.
        source: The document that makes it.
        assertion: What is asserted (`RoleHeld`, `EventDate`, `Quantity`, ...).
        attribution: Who the document credits it to; ``None`` when the document asserts it
            in its own voice.
        evidence: The text that makes the claim.
        modality: How firmly it is made.

    .. versionadded:: 0.1.0
    """

    id: str = attrs.field(validator=v.matches_re(_IDENTIFIER))
    source: Source = attrs.field(validator=_instance(Source))
    assertion: Assertion = attrs.field(validator=_instance(ASSERTION_TYPES))
    attribution: Attribution | None = attrs.field(default=None, validator=_optional(_instance(Attribution)))
    evidence: Span | None = attrs.field(default=None, validator=_optional(_instance(Span)))
    modality: Modality = attrs.field(default=Modality.ASSERTED, validator=_instance(Modality))

    def __attrs_post_init__(self) -> None:
        if self.evidence is not None and self.evidence.document != self.source.document_id:
            msg = (
                f"claim {self.id!r}: its evidence is in document {self.evidence.document!r}, "
                f"not in its source {self.source.document_id!r}"
            )
            raise ValueError(msg)

    @property
    def ref(self) -> str:
        """The claim's id qualified by its document: ``"<document id>#<claim id>"``."""
        return f"{self.source.document_id}#{self.id}"


@attrs.frozen(kw_only=True)
class Event:
    """Something that happened (or is to happen), as a document describes it.

    Args:
        id: Unique within its document; `EventDate` claims refer to it.
        kind: What sort of event ("meeting", "summit", "press_conference", "strike").
        name: A short description ("Berlin meeting of four leaders").
        when: The time the document gives for it, if any.
        place: Where.
        participants: Who took part.

    .. versionadded:: 0.1.0
    """

    id: str = attrs.field(validator=v.matches_re(_IDENTIFIER))
    kind: str = attrs.field(validator=v.matches_re(_SNAKE))
    name: str | None = attrs.field(default=None, validator=_optional_text)
    when: TimeSpan | None = attrs.field(default=None, validator=_TIME)
    place: Actor | None = attrs.field(default=None, validator=_optional(_instance(Actor)))
    participants: tuple[Actor, ...] = attrs.field(
        default=(), validator=[_tuple_of(_instance(Actor)), _unique]
    )


def _ids_unique(kind: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            msg = f"two {kind} have the id {item!r}"
            raise ValueError(msg)
        seen.add(item)


@attrs.frozen(kw_only=True)
class Document:
    """A source with the claims it makes and the events it describes.

    Every claim's source is the document's source; claim ids and event ids are unique; an
    `EventDate` names an event of the document.

    .. versionadded:: 0.1.0
    """

    source: Source = attrs.field(validator=_instance(Source))
    claims: tuple[Claim, ...] = attrs.field(default=(), validator=_tuple_of(_instance(Claim)))
    events: tuple[Event, ...] = attrs.field(default=(), validator=_tuple_of(_instance(Event)))
    _events_by_id: Mapping[str, Event] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        _ids_unique("claims", [c.id for c in self.claims])
        _ids_unique("events", [e.id for e in self.events])
        event_ids = {e.id: e for e in self.events}
        object.__setattr__(self, "_events_by_id", MappingProxyType(event_ids))
        for claim in self.claims:
            if claim.source != self.source:
                msg = f"claim {claim.id!r} has another source than its document {self.id!r}"
                raise ValueError(msg)
            assertion = claim.assertion
            if isinstance(assertion, EventDate) and assertion.event not in event_ids:
                msg = f"claim {claim.id!r} dates event {assertion.event!r}, which the document lacks"
                raise ValueError(msg)

    @property
    def id(self) -> str:
        """The source's document id."""
        return self.source.document_id

    def event(self, event_id: str) -> Event:
        """The event with id *event_id*.

        Raises:
            KeyError: No event of the document has that id.
        """
        return self._events_by_id[event_id]


# -- findings -----------------------------------------------------------------------------


class Severity(enum.Enum):
    """How much a finding matters, from `INFO` to `ERROR`."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """0 for info, 1 for warning, 2 for error."""
        return _SEVERITY_RANK[self]

    def at_least(self, other: Severity) -> bool:
        """Whether this severity is *other* or worse.

        >>> Severity.ERROR.at_least(Severity.WARNING)
        True
        """
        return self.rank >= other.rank


_SEVERITY_RANK = {s: i for i, s in enumerate(Severity)}


@attrs.frozen(kw_only=True)
class Evidence:
    """A fact a finding rests on, and where that fact comes from.

    Args:
        fact: The fact in a sentence ("Mark Rutte has been NATO Secretary General since
            2024-10-01").
        source: Where it comes from: URLs, a knowledge-base file, a document id.
        record: The id of the knowledge-base record, if it comes from one.

    .. versionadded:: 0.1.0
    """

    fact: str = attrs.field(validator=_text)
    source: str = attrs.field(validator=_text)
    record: str | None = attrs.field(default=None, validator=_optional_text)


@attrs.frozen(kw_only=True)
class Finding:
    """Something that does not add up, with the evidence a person needs to check it.

    Args:
        code: The check's stable code, such as ``"ROL001"``.
        name: The check's kebab-case name, such as ``"holder-outside-tenure"``.
        category: The public category, such as ``"role_tenure"``.
        severity: Info, warning or error.
        message: What is wrong, in a sentence.
        documents: The ids of the documents involved.
        claims: The claims involved, as ``"<document id>#<claim id>"``.
        spans: The text that shows it.
        evidence: The facts used, with their sources.
        fix: A suggested correction, if there is one.

    .. versionadded:: 0.1.0
    """

    code: str = attrs.field(validator=v.matches_re(_CODE))
    name: str = attrs.field(validator=v.matches_re(_KEBAB))
    category: str = attrs.field(validator=v.matches_re(_SNAKE))
    severity: Severity = attrs.field(validator=_instance(Severity))
    message: str = attrs.field(validator=_text)
    documents: tuple[str, ...] = attrs.field(default=(), validator=_tuple_of(v.matches_re(_IDENTIFIER)))
    claims: tuple[str, ...] = attrs.field(default=(), validator=_tuple_of(v.matches_re(_CLAIM_REF)))
    spans: tuple[Span, ...] = attrs.field(default=(), validator=_tuple_of(_instance(Span)))
    evidence: tuple[Evidence, ...] = attrs.field(default=(), validator=_tuple_of(_instance(Evidence)))
    fix: str | None = attrs.field(default=None, validator=_optional_text)

    def sort_key(self) -> tuple[tuple[str, ...], str, tuple[int, ...], tuple[str, ...], str]:
        """Documents, code, span offsets, claims, message: the order reports use."""
        return (
            self.documents,
            self.code,
            tuple(s.offset for s in self.spans),
            self.claims,
            self.message,
        )


# -- case files ---------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Expectation:
    """A finding a case file expects (or forbids) on some claims.

    Args:
        category: The finding's category, such as ``"role_tenure"``.
        claims: The claims it is about, as ``"<document id>#<claim id>"``.
        documents: The documents it is about.
        note: Why, in a sentence.

    .. versionadded:: 0.1.0
    """

    category: str = attrs.field(validator=v.matches_re(_SNAKE))
    claims: tuple[str, ...] = attrs.field(default=(), validator=_tuple_of(v.matches_re(_CLAIM_REF)))
    documents: tuple[str, ...] = attrs.field(default=(), validator=_tuple_of(v.matches_re(_IDENTIFIER)))
    note: str | None = attrs.field(default=None, validator=_optional_text)


@attrs.frozen(kw_only=True)
class CaseFile:
    """One document with the findings a correct run produces on it and the traps it must pass.

    Args:
        document: The document.
        expected: Findings that must appear.
        quiet: Findings that must not appear: a category on the named claims.

    .. versionadded:: 0.1.0
    """

    document: Document = attrs.field(validator=_instance(Document))
    expected: tuple[Expectation, ...] = attrs.field(default=(), validator=_tuple_of(_instance(Expectation)))
    quiet: tuple[Expectation, ...] = attrs.field(default=(), validator=_tuple_of(_instance(Expectation)))

    @property
    def id(self) -> str:
        """The document's id."""
        return self.document.id

