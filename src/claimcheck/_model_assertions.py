"""The model's assertions: what a claim says (a title held, a date, a number, a statement)."""

from __future__ import annotations

import enum
from typing import Any, Literal, TypeAlias, get_args

import attrs
from attrs import validators as v

from claimcheck import _validators as valid
from claimcheck._model_actors import Actor, _instance, _optional
from claimcheck._timespan_units import _DURATION_MODIFIERS
from claimcheck.timespan import Duration, Modifier, TimeSpan

__all__ = [
    "ASSERTION_TYPES",
    "Assertion",
    "Count",
    "DurationSince",
    "EventDate",
    "Ordinal",
    "Quantity",
    "RoleHeld",
    "Statement",
    "TitleTime",
    "WEEKDAYS",
    "Weekday",
    "WeekdayName",
]

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
    role: str = attrs.field(validator=valid.text)
    organization: str | None = attrs.field(default=None, validator=valid.optional_text)
    when: TimeSpan | None = attrs.field(default=None, validator=_TIME)
    title_time: TitleTime = attrs.field(default=TitleTime.PRESENT, validator=_instance(TitleTime))
    acting: bool = attrs.field(default=False, validator=_instance(bool))


@attrs.frozen(kw_only=True)
class EventDate:
    """An event took place at a time: *event* is the id of an `Event` of the same document.

    .. versionadded:: 0.1.0
    """

    event: str = attrs.field(validator=v.matches_re(valid.IDENTIFIER))
    when: TimeSpan = attrs.field(validator=_instance(TimeSpan))


_HEDGES = _DURATION_MODIFIERS
"""The hedges an amount may carry: those of a length ("more than", "about", "at most")."""


def _to_float(value: object) -> object:
    """Widen an int to a float; leave anything else for the validator to refuse."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**53:
        return float(value)
    return value


def _finite_number(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, float)
        or value != value
        or value
        in (
            float("inf"),
            float("-inf"),
        )
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

    subject: str = attrs.field(validator=valid.text)
    measure: str = attrs.field(validator=valid.text)
    value: float = attrs.field(converter=_to_float, validator=_finite_number)
    unit: str | None = attrs.field(default=None, validator=valid.optional_text)
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

    subject: str = attrs.field(validator=valid.text)
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

    subject: str = attrs.field(validator=valid.text)
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

    subject: str = attrs.field(validator=valid.text)
    series: str = attrs.field(validator=valid.text)
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

    content: str = attrs.field(validator=valid.text)
    proposition: str | None = attrs.field(
        default=None, validator=_optional(v.matches_re(valid.IDENTIFIER))
    )


WeekdayName: TypeAlias = Literal[
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
]
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
