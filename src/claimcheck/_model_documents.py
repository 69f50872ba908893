"""The model's claims, events and documents."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType

import attrs
from attrs import validators as v

from claimcheck import _validators as valid
from claimcheck._model_actors import Actor, Attribution, Source, Span, _instance, _optional
from claimcheck._model_assertions import _TIME, ASSERTION_TYPES, Assertion, EventDate
from claimcheck.timespan import TimeSpan

__all__ = ["Claim", "Document", "Event", "Modality", "NameMention"]

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


@attrs.frozen(kw_only=True, cache_hash=True)
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

    id: str = attrs.field(validator=v.matches_re(valid.IDENTIFIER))
    source: Source = attrs.field(validator=_instance(Source))
    assertion: Assertion = attrs.field(validator=_instance(ASSERTION_TYPES))
    attribution: Attribution | None = attrs.field(
        default=None, validator=_optional(_instance(Attribution))
    )
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
        participant_spans: Where the document names each participant, in the order of
            *participants*; empty when not known (as in most case files).

    .. versionadded:: 0.1.0
    """

    id: str = attrs.field(validator=v.matches_re(valid.IDENTIFIER))
    kind: str = attrs.field(validator=v.matches_re(valid.SNAKE))
    name: str | None = attrs.field(default=None, validator=valid.optional_text)
    when: TimeSpan | None = attrs.field(default=None, validator=_TIME)
    place: Actor | None = attrs.field(default=None, validator=_optional(_instance(Actor)))
    participants: tuple[Actor, ...] = attrs.field(
        default=(), validator=[valid.tuple_of(_instance(Actor)), valid.unique]
    )
    participant_spans: tuple[Span, ...] = attrs.field(
        default=(), validator=valid.tuple_of(_instance(Span))
    )

    def __attrs_post_init__(self) -> None:
        if self.participant_spans and len(self.participant_spans) != len(self.participants):
            msg = (
                f"event {self.id!r}: {len(self.participant_spans)} participant spans for "
                f"{len(self.participants)} participants (give one per participant, or none)"
            )
            raise ValueError(msg)


@attrs.frozen(kw_only=True)
class NameMention:
    """A name of a person or organisation as a document writes it, and who it names.

    Recorded for every name the document writes, whether or not a claim comes of its
    sentence, so that a misspelt name is seen wherever it stands.

    Args:
        span: The name as written ("Gerry Conolly") and where.
        actor: The name of the actor it was resolved to ("Gerry Connolly").

    >>> NameMention(span=Span("a1", 4, "Mark Rute"), actor="Mark Rutte").span.end
    13

    .. versionadded:: 0.1.0
    """

    span: Span = attrs.field(validator=_instance(Span))
    actor: str = attrs.field(validator=valid.text)


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
    `EventDate` names an event of the document; *mentions* (the names the document writes,
    see `NameMention`) lie in the document.

    .. versionadded:: 0.1.0
    """

    source: Source = attrs.field(validator=_instance(Source))
    claims: tuple[Claim, ...] = attrs.field(default=(), validator=valid.tuple_of(_instance(Claim)))
    events: tuple[Event, ...] = attrs.field(default=(), validator=valid.tuple_of(_instance(Event)))
    mentions: tuple[NameMention, ...] = attrs.field(
        default=(), validator=valid.tuple_of(_instance(NameMention))
    )
    _events_by_id: Mapping[str, Event] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        _ids_unique("claims", [c.id for c in self.claims])
        _ids_unique("events", [e.id for e in self.events])
        event_ids = {e.id: e for e in self.events}
        for event in self.events:
            for span in event.participant_spans:
                if span.document != self.id:
                    msg = (
                        f"event {event.id!r} names a participant in document {span.document!r}, "
                        f"not in {self.id!r}"
                    )
                    raise ValueError(msg)
        for mention in self.mentions:
            if mention.span.document != self.id:
                msg = (
                    f"the name {mention.span.text!r} is written in document "
                    f"{mention.span.document!r}, not in {self.id!r}"
                )
                raise ValueError(msg)
        object.__setattr__(self, "_events_by_id", MappingProxyType(event_ids))
        for claim in self.claims:
            if claim.source != self.source:
                msg = f"claim {claim.id!r} has another source than its document {self.id!r}"
                raise ValueError(msg)
            assertion = claim.assertion
            if isinstance(assertion, EventDate) and assertion.event not in event_ids:
                msg = (
                    f"claim {claim.id!r} dates event {assertion.event!r}, which the document lacks"
                )
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
