"""The Hindu lunisolar calendar, enough to place its festivals: lunar days (tithis) and
amanta months named by the sidereal sign of the sun, in Indian Standard Time.

A tithi is a 12-degree step of the moon's elongation from the sun (1-15 waxing, 16-30 waning,
30 the new moon); a festival falls on the civil day whose tithi, at the hour its rite is kept
(sunrise, midday, evening or midnight), is the festival's. An amanta month runs from new moon
to new moon and takes its name from the sign the sun is in at the new moon that begins it
(the sun in Pisces begins Chaitra); a month in which the sun changes no sign is intercalary
(adhika) and holds no festivals. Positions follow Meeus, *Astronomical Algorithms* (ch. 25 and
47, the larger terms), and the Lahiri ayanamsa.
"""

from __future__ import annotations

import math
from datetime import date
from functools import lru_cache

from claimcheck._dates_calendars import new_moon_moments

__all__ = ["hindu_festival", "onam", "solar_ingress", "tithi"]

_JD_ORDINAL = 1721424.5
_IST = 5.5
_MOON_TERMS = (
    (0, 0, 1, 0, 6288774), (2, 0, -1, 0, 1274027), (2, 0, 0, 0, 658314),
    (0, 0, 2, 0, 213618), (0, 1, 0, 0, -185116), (0, 0, 0, 2, -114332),
    (2, 0, -2, 0, 58793), (2, -1, -1, 0, 57066), (2, 0, 1, 0, 53322),
    (2, -1, 0, 0, 45758), (0, 1, -1, 0, -40923), (1, 0, 0, 0, -34720),
    (0, 1, 1, 0, -30383), (2, 0, 0, -2, 15327), (0, 0, 1, 2, -12528),
    (0, 0, 1, -2, 10980), (4, 0, -1, 0, 10675), (0, 0, 3, 0, 10034),
    (4, 0, -2, 0, 8548), (2, 1, -1, 0, -7888), (2, 1, 0, 0, -6766),
    (1, 0, -1, 0, -5163), (1, 1, 0, 0, 4987), (2, -1, 1, 0, 4036),
    (2, 0, 2, 0, 3994), (4, 0, 0, 0, 3861), (2, 0, -3, 0, 3665),
    (0, 1, -2, 0, -2689), (2, 0, -1, 2, -2602), (2, -1, -2, 0, 2390),
    (1, 0, 1, 0, -2348), (2, -2, 0, 0, 2236), (0, 1, 2, 0, -2120),
    (0, 2, 0, 0, -2069), (2, -2, -1, 0, 2048), (2, 0, 1, -2, -1773),
    (2, 0, 0, 2, -1595), (4, -1, -1, 0, 1215), (0, 0, 2, 2, -1110),
    (3, 0, -1, 0, -892), (2, 1, 1, 0, -810), (4, -1, -2, 0, 759),
    (0, 2, -1, 0, -713), (2, 2, -1, 0, -700), (2, 1, -2, 0, 691),
    (2, -1, 0, -2, 596), (4, 0, 1, 0, 549), (0, 0, 4, 0, 537),
    (4, -1, 0, 0, 520), (1, 0, -2, 0, -487),
)  # fmt: skip
"""Meeus 47.A, longitude: multiples of D, M, M', F and the coefficient in 1e-6 degrees."""


def _sun(jd: float) -> float:
    """The sun's geometric longitude in degrees (Meeus 25, low accuracy)."""
    t = (jd - 2451545.0) / 36525
    mean = 280.46646 + 36000.76983 * t + 0.0003032 * t * t
    anomaly = math.radians(357.52911 + 35999.05029 * t - 0.0001537 * t * t)
    centre = (
        (1.914602 - 0.004817 * t) * math.sin(anomaly)
        + (0.019993 - 0.000101 * t) * math.sin(2 * anomaly)
        + 0.000289 * math.sin(3 * anomaly)
    )
    return (mean + centre) % 360


def _moon(jd: float) -> float:
    """The moon's geometric longitude in degrees (Meeus 47, the larger terms)."""
    t = (jd - 2451545.0) / 36525
    mean = 218.3164477 + 481267.88123421 * t - 0.0015786 * t * t
    elongation = math.radians(297.8501921 + 445267.1114034 * t - 0.0018819 * t * t)
    sun = math.radians(357.5291092 + 35999.0502909 * t - 0.0001536 * t * t)
    moon = math.radians(134.9633964 + 477198.8675055 * t + 0.0087414 * t * t)
    node = math.radians(93.2720950 + 483202.0175233 * t - 0.0036539 * t * t)
    e = 1 - 0.002516 * t - 0.0000074 * t * t
    total = 0.0
    for d, m, mp, f, coefficient in _MOON_TERMS:
        total += coefficient * e ** abs(m) * math.sin(d * elongation + m * sun + mp * moon + f * node)
    total += 3958 * math.sin(math.radians(119.75 + 131.849 * t))
    total += 1962 * math.sin(math.radians(mean) - node)
    total += 318 * math.sin(math.radians(53.09 + 479264.290 * t))
    return (mean + total / 1e6) % 360


def _jd(day: date, hour: float) -> float:
    return day.toordinal() + _JD_ORDINAL + (hour - _IST) / 24


def tithi(day: date, hour: float = 6.0) -> int:
    """The lunar day (1-30) at *hour* (Indian Standard Time) of the civil *day*.

    >>> tithi(date(2019, 10, 27), 19.0)  # Diwali evening: the new moon's tithi
    30
    """
    jd = _jd(day, hour)
    return int(((_moon(jd) - _sun(jd)) % 360) // 12) + 1


def _sign(jd: float) -> int:
    """The sidereal (Lahiri) zodiac sign of the sun, 0 for Aries."""
    ayanamsa = 23.853 + 0.013968 * (jd - 2451545.0) / 365.25
    return int(((_sun(jd) - ayanamsa) % 360) // 30)


def hindu_festival(year: int, month: int, lunar_day: int, hour: float) -> date | None:
    """The civil day in *year* of lunar day *lunar_day* (1-30) of the amanta *month*
    (Chaitra = 1 ... Phalguna = 12), kept at *hour* IST; when that lunar day covers no such
    hour (a skipped tithi), the day of the next one.

    >>> hindu_festival(2019, 7, 30, 19.0)  # Diwali, the new moon of Ashvin
    datetime.date(2019, 10, 27)
    """
    for begin, end, name in _months(year):
        if name != month:
            continue
        found = _first_day(begin, end, lunar_day, hour)
        if found is not None and found.year == year:
            return found
    return None


@lru_cache(maxsize=16)
def _months(year: int) -> tuple[tuple[float, float, int], ...]:
    """The regular (not intercalary) amanta months from December before *year* to the
    February after it: first and last new moon (IST day ordinals) and number (Chaitra = 1)."""
    moments = new_moon_moments(date(year - 1, 12, 1), 15, utc_offset_hours=_IST)
    signs = [_sign(moment + _JD_ORDINAL - _IST / 24) for moment in moments]
    return tuple(
        (moments[n], moments[n + 1], (signs[n] + 1) % 12 + 1)
        for n in range(len(moments) - 1)
        if signs[n] != signs[n + 1]
    )


def _first_day(begin: float, end: float, lunar_day: int, hour: float) -> date | None:
    """The first civil day of the lunation [begin, end) whose tithi at *hour* is *lunar_day*
    or later."""
    last = None
    # the moon gains at most 15.4 degrees a day on the sun: tithi t is never reached sooner
    start = math.floor(begin) + max(0, int(0.75 * (lunar_day - 1)) - 1)
    for ordinal in range(start, math.floor(end) + 1):
        if not begin <= ordinal + hour / 24 < end:
            continue
        last = date.fromordinal(ordinal)
        if tithi(last, hour) >= lunar_day:
            return last
    return last if lunar_day == 30 else None


def solar_ingress(year: int, sign: int) -> float:
    """When the sun enters the sidereal *sign* (0 = Aries) in *year*, as a fractional day
    ordinal in Indian Standard Time.

    >>> date.fromordinal(math.floor(solar_ingress(2018, 0)))
    datetime.date(2018, 4, 14)
    """
    low = date(year, 1, 1).toordinal() + (103 + 30.44 * sign) % 365.25 - 20
    high = low + 45
    before = _sign(low + _JD_ORDINAL - _IST / 24)
    while high - low > 1 / 1440:
        middle = (low + high) / 2
        if _sign(middle + _JD_ORDINAL - _IST / 24) == before:
            low = middle
        else:
            high = middle
    return high


def onam(year: int) -> date:
    """Thiru Onam: the day of the solar month Chingam (the sun in sidereal Leo) on whose
    morning (09:00 IST) the moon stands in the lunar mansion Thiruvonam (Shravana, the 22nd),
    skipping a Thiruvonam in the first three days of the month, which belongs to the month
    before in Kerala's reckoning (2024: 19 August is passed over for 15 September).

    >>> onam(2018), onam(2024)
    (datetime.date(2018, 8, 24), datetime.date(2024, 9, 15))
    """
    moment = solar_ingress(year, 4)
    first = math.floor(moment) + (moment % 1 >= 0.75)
    before = None
    for ordinal in range(first + 3, first + 45):
        jd = _jd(date.fromordinal(ordinal), 9.0)
        ayanamsa = 23.853 + 0.013968 * (jd - 2451545.0) / 365.25
        mansion = int(((_moon(jd) - ayanamsa) % 360) // (360 / 27))
        if mansion == 21 or (before is not None and before < 21 < mansion <= before + 2):
            return date.fromordinal(ordinal)  # in it, or passed through it since yesterday
        before = mansion
    raise ValueError(f"no Thiruvonam in Chingam {year}")  # pragma: no cover
