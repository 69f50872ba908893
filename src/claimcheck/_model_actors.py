"""The model's actors, sources, attributions and spans, and the validators its types share."""

from __future__ import annotations

import enum
from typing import Any

import attrs
from attrs import validators as v

from claimcheck import _validators as valid
from claimcheck.timespan import TimeSpan

__all__ = ["Actor", "ActorKind", "Anonymity", "Attribution", "Citation", "Source", "Span"]

# -- validators ---------------------------------------------------------------------------

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

    name: str = attrs.field(validator=valid.text)
    kind: ActorKind = attrs.field(default=ActorKind.PERSON, validator=_instance(ActorKind))
    aliases: tuple[str, ...] = attrs.field(
        default=(), validator=[valid.tuple_of(valid.text), valid.unique]
    )

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
    document_id: str | None = attrs.field(
        default=None, validator=_optional(v.matches_re(valid.IDENTIFIER))
    )
    published: TimeSpan | None = attrs.field(default=None, validator=_optional(_instance(TimeSpan)))
    description: str | None = attrs.field(default=None, validator=valid.optional_text)


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

    document_id: str = attrs.field(validator=v.matches_re(valid.IDENTIFIER))
    published: TimeSpan = attrs.field(validator=_instance(TimeSpan))
    outlet: Actor | None = attrs.field(default=None, validator=_optional(_instance(Actor)))
    title: str | None = attrs.field(default=None, validator=valid.optional_text)
    url: str | None = attrs.field(default=None, validator=valid.optional_text)
    byline: tuple[str, ...] = attrs.field(default=(), validator=valid.tuple_of(valid.text))
    language: str = attrs.field(default="en", validator=v.matches_re(_LANGUAGE))
    cites: tuple[Citation, ...] = attrs.field(
        default=(), validator=valid.tuple_of(_instance(Citation))
    )


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

    speaker_name: str = attrs.field(validator=valid.text)
    anonymity: Anonymity = attrs.field(validator=_instance(Anonymity))
    speaker: Actor | None = attrs.field(default=None, validator=_optional(_instance(Actor)))
    via: tuple[Actor, ...] = attrs.field(default=(), validator=valid.tuple_of(_instance(Actor)))
    cue: str | None = attrs.field(default=None, validator=valid.optional_text)
    hedges: tuple[str, ...] = attrs.field(default=(), validator=valid.tuple_of(valid.text))

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

    document: str = attrs.field(validator=v.matches_re(valid.IDENTIFIER))
    offset: int = attrs.field(validator=[_instance(int), v.ge(0)])
    text: str = attrs.field(validator=valid.text)

    @property
    def end(self) -> int:
        """The offset just past the span."""
        return self.offset + len(self.text)
