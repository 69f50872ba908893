"""What resolving a name answers, for `claimcheck.names`: how, to whom and how surely."""

from __future__ import annotations

import enum

import attrs

from claimcheck.model import Actor

__all__: list[str] = []


class Method(enum.Enum):
    """How an `AliasIndex` resolved a mention (or why it did not)."""

    EXACT = "exact"
    """The mention is a name or alias of the actor as written."""
    FOLDED = "folded"
    """The mention folds to a name or alias of the actor ("Zelenskiy" for "Zelenskyy")."""
    SURNAME = "surname"
    """The mention is the surname of exactly one known person ("Mr. Rutte")."""
    INITIAL = "initial"
    """The mention is an initial and the surname of exactly one known person ("M. Rutte")."""
    NEAR_MISS = "near_miss"
    """The mention looks like a misspelling of one known name ("Jerry Connolly")."""
    AMBIGUOUS = "ambiguous"
    """Several actors fit equally well; none is chosen."""
    UNKNOWN = "unknown"
    """No known actor fits."""


@attrs.frozen(kw_only=True)
class Resolution:
    """The answer of `AliasIndex.resolve`: which actor a mention names, and how sure that is.

    Args:
        mention: The mention as given.
        method: How it was resolved.
        actor: The actor, unless the method is `Method.AMBIGUOUS` or `Method.UNKNOWN`.
        score: 1.0 for a sure match, the similarity for a near miss, 0.0 when unresolved.
        suggestion: For a near miss, the known spelling the mention most resembles.
        candidates: For an ambiguous mention, the actors it could name, sorted by name.

    >>> Resolution(mention="Xu", method=Method.UNKNOWN).resolved
    False

    .. versionadded:: 0.1.0
    """

    mention: str = attrs.field(validator=attrs.validators.instance_of(str))
    method: Method = attrs.field(validator=attrs.validators.instance_of(Method))
    actor: Actor | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Actor))
    )
    score: float = attrs.field(default=0.0, validator=attrs.validators.instance_of(float))
    suggestion: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )
    candidates: tuple[Actor, ...] = attrs.field(
        default=(),
        validator=attrs.validators.deep_iterable(
            attrs.validators.instance_of(Actor), attrs.validators.instance_of(tuple)
        ),
    )

    @property
    def resolved(self) -> bool:
        """Whether the mention was resolved to one actor."""
        return self.actor is not None
