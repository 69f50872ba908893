"""Lengths of time: `Duration`."""

from __future__ import annotations

import re

import attrs
from dateutil.relativedelta import relativedelta

from claimcheck._timespan_units import _DURATION_MODIFIERS, Modifier, Relation
from claimcheck.errors import DateError

__all__ = ["Duration"]

# -- durations ----------------------------------------------------------------------------

_NON_NEGATIVE = attrs.validators.and_(attrs.validators.instance_of(int), attrs.validators.ge(0))


def _check_amount(instance: Duration, attribute: attrs.Attribute[int], value: int) -> None:
    """`_NON_NEGATIVE`, with the usual case (a whole number, not negative) checked inline."""
    if not (isinstance(value, int) and value >= 0):
        _NON_NEGATIVE(instance, attribute, value)


@attrs.frozen(kw_only=True)
class Duration:
    """A length of time, such as "16 years", with an optional hedge and relation.

    Args:
        years, months, weeks, days, hours, minutes, seconds: Whole, non-negative amounts;
            at least one is positive. ("two and a half years" is 2 years and 6 months.)
        modifier: A hedge: `Modifier.MORE_THAN` for "more than a year", `Modifier.APPROX` for
            "nearly a decade", and so on; `Modifier.EXACT` by default.
        relation: For an offset from an event ("two months before the election"), whether
            it points before or after the event; ``None`` for a plain length.

    >>> Duration(years=16).isoformat()
    'P16Y'
    >>> Duration.from_iso("PT48H").hours
    48

    .. versionadded:: 0.1.0
    """

    years: int = attrs.field(default=0, validator=_check_amount)
    months: int = attrs.field(default=0, validator=_check_amount)
    weeks: int = attrs.field(default=0, validator=_check_amount)
    days: int = attrs.field(default=0, validator=_check_amount)
    hours: int = attrs.field(default=0, validator=_check_amount)
    minutes: int = attrs.field(default=0, validator=_check_amount)
    seconds: int = attrs.field(default=0, validator=_check_amount)
    modifier: Modifier = attrs.field(
        default=Modifier.EXACT, validator=attrs.validators.in_(_DURATION_MODIFIERS)
    )
    relation: Relation | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Relation))
    )

    def __attrs_post_init__(self) -> None:
        if not (
            self.years
            or self.months
            or self.weeks
            or self.days
            or self.hours
            or self.minutes
            or self.seconds
        ):
            raise DateError("a Duration needs a positive length", value=self.isoformat())

    @classmethod
    def from_iso(cls, text: str) -> Duration:
        """Read an ISO 8601 duration such as ``P16Y``, ``P2Y6M``, ``P3W`` or ``PT1H30M``.

        Raises:
            DateError: Text that is not such a duration, or a zero length.

        >>> Duration.from_iso("P2Y6M").months
        6
        """
        match = _ISO_DURATION.fullmatch(text) if isinstance(text, str) else None
        if match is None or text in ("P", "PT") or text.endswith("T"):
            raise DateError("not an ISO 8601 duration such as 'P16Y' or 'PT48H'", value=text)
        amounts = {name: int(v or 0) for name, v in match.groupdict().items()}
        if not any(amounts.values()):
            raise DateError("a Duration needs a positive length", value=text)
        return cls(
            years=amounts["years"],
            months=amounts["months"],
            weeks=amounts["weeks"],
            days=amounts["days"],
            hours=amounts["hours"],
            minutes=amounts["minutes"],
            seconds=amounts["seconds"],
        )

    def isoformat(self) -> str:
        """The ISO 8601 text of the length (hedge and relation are not part of it).

        >>> Duration(years=1, months=6, hours=12).isoformat()
        'P1Y6MT12H'
        """
        date_part = "".join(
            f"{getattr(self, name)}{letter}"
            for name, letter in (("years", "Y"), ("months", "M"), ("weeks", "W"), ("days", "D"))
            if getattr(self, name)
        )
        time_part = "".join(
            f"{getattr(self, name)}{letter}"
            for name, letter in (("hours", "H"), ("minutes", "M"), ("seconds", "S"))
            if getattr(self, name)
        )
        if not date_part and not time_part:
            return "P0D"
        return "P" + date_part + ("T" + time_part if time_part else "")

    def __str__(self) -> str:
        return self.isoformat()

    def to_relativedelta(self) -> relativedelta:
        """The length as a `dateutil.relativedelta.relativedelta`, for calendar arithmetic.

        >>> from datetime import date
        >>> date(2008, 4, 3) + Duration(years=16).to_relativedelta()
        datetime.date(2024, 4, 3)
        """
        return relativedelta(
            years=self.years,
            months=self.months,
            days=self.days + 7 * self.weeks,
            hours=self.hours,
            minutes=self.minutes,
            seconds=self.seconds,
        )


_ISO_DURATION = re.compile(
    r"P(?:(?P<years>\d+)Y)?(?:(?P<months>\d+)M)?(?:(?P<weeks>\d+)W)?(?:(?P<days>\d+)D)?"
    r"(?:T(?:(?P<hours>\d+)H)?(?:(?P<minutes>\d+)M)?(?:(?P<seconds>\d+)S)?)?",
    re.ASCII,
)
