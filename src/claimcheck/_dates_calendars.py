"""Other calendars as pure functions on Gregorian dates: Hebrew, Islamic (tabular), Chinese
New Year (from computed new moons) and the Parsi (Shahenshahi) year.

The algorithms follow Reingold and Dershowitz, *Calendrical Calculations* (Hebrew and
arithmetical Islamic calendars), and Meeus, *Astronomical Algorithms*, ch. 49 (true new moon,
without the small planetary terms: good to a few minutes, which the tests check against the
published Chinese New Year dates 1990-2030). Fixed day numbers are Python's
`date.toordinal` (Rata Die: 1 January of year 1 is day 1).
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from functools import lru_cache

__all__ = [
    "chinese_new_year",
    "hebrew_date",
    "hebrew_in_year",
    "islamic_date",
    "islamic_month_span",
    "islamic_observed_in_year",
    "new_moon_after",
    "new_moon_moments",
    "parsi_new_year",
]

NISAN, IYYAR, SIVAN, TAMMUZ, AV, ELUL, TISHRI, MARHESHVAN, KISLEV, TEVET, SHEVAT, ADAR = range(
    1, 13
)
ADAR_II = 13
_HEBREW_EPOCH = -1373427  # 7 October 3761 BCE (Julian)
_ISLAMIC_EPOCH = 227015  # 16 July 622 (Julian)


def _hebrew_leap(year: int) -> bool:
    return (7 * year + 1) % 19 < 7


def _hebrew_elapsed(year: int) -> int:
    months = (235 * year - 234) // 19
    parts = 12084 + 13753 * months
    days = 29 * months + parts // 25920
    return days + 1 if (3 * (days + 1)) % 7 < 3 else days


@lru_cache(maxsize=64)
def _hebrew_new_year(year: int) -> int:
    before, this, after = (_hebrew_elapsed(y) for y in (year - 1, year, year + 1))
    delay = 2 if after - this == 356 else 1 if this - before == 382 else 0
    return _HEBREW_EPOCH + this + delay


def _hebrew_month_length(month: int, year: int) -> int:
    length = _hebrew_new_year(year + 1) - _hebrew_new_year(year)
    if month in (IYYAR, TAMMUZ, ELUL, TEVET, ADAR_II):
        return 29
    if month == ADAR and not _hebrew_leap(year):
        return 29
    if month == MARHESHVAN and length % 10 != 5:
        return 29
    if month == KISLEV and length % 10 == 3:
        return 29
    return 30


def hebrew_date(year: int, month: int, day: int) -> date:
    """The Gregorian date of a Hebrew date (months from Nisan = 1; Adar II = 13; in a common
    year Adar is 12, in a leap year Adar I is 12 and Adar II 13).

    >>> hebrew_date(5779, TISHRI, 1)
    datetime.date(2018, 9, 10)
    """
    last = 13 if _hebrew_leap(year) else 12
    if month < TISHRI:
        months = [*range(TISHRI, last + 1), *range(NISAN, month)]
    else:
        months = list(range(TISHRI, month))
    days = sum(_hebrew_month_length(m, year) for m in months)
    return date.fromordinal(_hebrew_new_year(year) + days + day - 1)


def hebrew_in_year(gregorian: int, month: int, day: int) -> date:
    """The Gregorian date in *gregorian* of a Hebrew month and day (Tishri to Kislev count in
    the Hebrew year that begins in autumn; Adar means Adar II in a leap year, where Purim
    falls).

    >>> hebrew_in_year(2018, NISAN, 15)
    datetime.date(2018, 3, 31)
    """
    year = gregorian + (3761 if month in (TISHRI, MARHESHVAN, KISLEV) else 3760)
    if month == ADAR and _hebrew_leap(year):
        month = ADAR_II
    return hebrew_date(year, month, day)


def islamic_date(year: int, month: int, day: int) -> date:
    """The Gregorian date of a date of the arithmetical (tabular, civil) Islamic calendar.

    >>> islamic_date(1439, 10, 1)
    datetime.date(2018, 6, 15)
    """
    ordinal = (
        day
        + 29 * (month - 1)
        + (6 * month - 1) // 11
        + (year - 1) * 354
        + (3 + 11 * year) // 30
        + _ISLAMIC_EPOCH
        - 1
    )
    return date.fromordinal(ordinal)


_NEW_MOON_TERMS = (
    (-0.40720, 0, 0, 1, 0),
    (0.17241, 1, 1, 0, 0),
    (0.01608, 0, 0, 2, 0),
    (0.01039, 0, 0, 0, 2),
    (0.00739, 1, -1, 1, 0),
    (-0.00514, 1, 1, 1, 0),
    (0.00208, 2, 2, 0, 0),
    (-0.00111, 0, 0, 1, -2),
    (-0.00057, 0, 0, 1, 2),
    (0.00056, 1, 1, 2, 0),
    (-0.00042, 0, 0, 3, 0),
    (0.00042, 1, 1, 0, 2),
    (0.00038, 1, 1, 0, -2),
    (-0.00024, 1, -1, 2, 0),
    (-0.00007, 0, 2, 1, 0),
    (0.00004, 0, 0, 2, -2),
    (0.00004, 0, 3, 0, 0),
    (0.00003, 0, 1, 1, -2),
    (0.00003, 0, 0, 2, 2),
    (-0.00003, 0, 1, 1, 2),
    (0.00003, 0, -1, 1, 2),
    (-0.00002, 0, -1, 1, -2),
    (-0.00002, 0, 1, 3, 0),
    (0.00002, 0, 0, 4, 0),
)
"""Meeus 49.A for the new moon: (coefficient, power of E, multiples of M, M' and F)."""
_JD_ORDINAL = 1721424.5  # Julian Day of 0001-01-01T00:00 minus one day


def _new_moon(k: int) -> float:
    """The *k*-th new moon after January 2000, as a Julian Ephemeris Day (Meeus 49.1)."""
    t = k / 1236.85
    jde = (
        2451550.09766
        + 29.530588861 * k
        + 0.00015437 * t**2
        - 0.000000150 * t**3
        + 0.00000000073 * t**4
    )
    e = 1 - 0.002516 * t - 0.0000074 * t**2
    sun = math.radians(2.5534 + 29.10535670 * k - 0.0000014 * t**2)
    moon = math.radians(201.5643 + 385.81693528 * k + 0.0107582 * t**2 + 0.00001238 * t**3)
    node = math.radians(160.7108 + 390.67050284 * k - 0.0016118 * t**2 - 0.00000227 * t**3)
    omega = math.radians(124.7746 - 1.56375588 * k + 0.0020672 * t**2)
    for coefficient, power, m, mp, f in _NEW_MOON_TERMS:
        jde += coefficient * e**power * math.sin(m * sun + mp * moon + f * node)
    return jde - 0.00017 * math.sin(omega)


def _new_moon_moment(day: date, utc_offset_hours: float) -> float:
    """The first new moon on or after the local date *day*, as a fractional day ordinal."""
    k = math.floor((day.year + (day.timetuple().tm_yday - 1) / 365.25 - 2000) * 12.3685) - 1
    while True:
        local = _new_moon(k) + utc_offset_hours / 24 - _JD_ORDINAL
        if math.floor(local) >= day.toordinal():
            return local
        k += 1


def new_moon_moments(day: date, count: int, *, utc_offset_hours: float = 0.0) -> list[float]:
    """The first *count* new moons on or after the local date *day*, as fractional day
    ordinals in a fixed UTC offset (``2.5`` is noon of day 2).

    >>> [math.floor(m) for m in new_moon_moments(date(2024, 1, 21), 2)] == [
    ...     date(2024, 2, 9).toordinal(), date(2024, 3, 10).toordinal()]
    True
    """
    first = _new_moon_moment(day, utc_offset_hours)
    k = round((first + _JD_ORDINAL - utc_offset_hours / 24 - 2451550.09766) / 29.530588861)
    return [_new_moon(k + n) + utc_offset_hours / 24 - _JD_ORDINAL for n in range(count)]


def new_moon_after(day: date, *, utc_offset_hours: float = 0.0) -> date:
    """The local date of the first new moon on or after *day* (dates in a fixed UTC offset).

    >>> new_moon_after(date(2024, 1, 21), utc_offset_hours=8)
    datetime.date(2024, 2, 10)
    """
    return date.fromordinal(math.floor(_new_moon_moment(day, utc_offset_hours)))


_MECCA_SUNSET = 0.77
"""About 18:30, the local time of sunset in Mecca, as a fraction of the day."""


def _islamic_month_start(year: int, month: int) -> date:
    """The first day of an Islamic month, begun as the Umm al-Qura calendar begins it."""
    tabular = islamic_date(year, month, 1)
    moment = _new_moon_moment(tabular - timedelta(days=4), 3)
    day = math.floor(moment)
    return date.fromordinal(day + (1 if moment - day < _MECCA_SUNSET else 2))


def islamic_observed_in_year(gregorian: int, month: int, day: int) -> date:
    """The first Gregorian date in *gregorian* of an Islamic month and day, with months that
    begin as the Umm al-Qura calendar of Saudi Arabia begins them, approximately: on the day
    after the conjunction (new moon) when it falls before sunset in Mecca, else a day later.

    This agrees with the announced dates more often than the tabular calendar (which runs a
    day late about half the time); a sighting-based date may still differ by a day.

    >>> islamic_observed_in_year(2018, 12, 10)
    datetime.date(2018, 8, 21)
    """
    return islamic_month_span(gregorian, month, day)[0]


def islamic_month_span(gregorian: int, month: int, day: int = 1) -> tuple[date, date]:
    """Day *day* of the first Islamic *month* whose day *day* falls in *gregorian*, and the first
    day of the month after it (see `islamic_observed_in_year`).

    >>> islamic_month_span(2018, 9)
    (datetime.date(2018, 5, 16), datetime.date(2018, 6, 15))
    """
    guess = (gregorian - 622) * 33 // 32
    for year in range(guess - 1, guess + 3):
        found = _islamic_month_start(year, month) + timedelta(days=day - 1)
        if found.year == gregorian:
            after = (year, month + 1) if month < 12 else (year + 1, 1)
            return found, _islamic_month_start(*after)
    raise ValueError(f"no Islamic {month}/{day} in {gregorian}")  # pragma: no cover


def chinese_new_year(year: int) -> date:
    """The first day of the Chinese lunar year that begins in *year*: the first new moon, in
    Beijing time, on or after 21 January (the second new moon after the winter solstice).

    >>> chinese_new_year(2014)
    datetime.date(2014, 1, 31)
    """
    return new_moon_after(date(year, 1, 21), utc_offset_hours=8)


def parsi_new_year(year: int) -> date:
    """Nowruz of the Shahenshahi Parsi calendar: a 365-day year with no leap day, so it falls a
    day earlier every four years (17 August 2018).

    >>> parsi_new_year(2022)
    datetime.date(2022, 8, 16)
    """
    day = date(2018, 8, 17) + timedelta(days=365 * (year - 2018))
    while day.year > year:
        day -= timedelta(days=365)
    while day.year < year:
        day += timedelta(days=365)
    return day
