"""Holidays of other calendars and with other rules: Hebrew, Islamic, Chinese, Parsi, Lent and
the days that move off weekends. Each rule gives, for a Gregorian year, the first day and the
day after the last (``[start, end)``), computed on demand and cached per year.

Hebrew-calendar days begin at sunset: `EVE_HOLIDAYS` names the holidays whose civil start the
scheduling reading (``prefer="future"``) moves to the evening before.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

from claimcheck._dates_calendars import (
    AV,
    IYYAR,
    KISLEV,
    NISAN,
    SHEVAT,
    SIVAN,
    TISHRI,
    chinese_new_year,
    hebrew_in_year,
    islamic_month_span,
    islamic_observed_in_year,
    parsi_new_year,
)

__all__ = ["EVE_HOLIDAYS", "RULE_HOLIDAYS", "rule_holiday"]

Rule = Callable[[int], tuple[date, date]]
_DAY = timedelta(days=1)
_ADAR = 12


def _hebrew(month: int, day: int, days: int = 1) -> Rule:
    def rule(year: int) -> tuple[date, date]:
        first = hebrew_in_year(year, month, day)
        return first, first + days * _DAY

    return rule


def _hebrew_moved(month: int, day: int, moves: dict[int, int]) -> Rule:
    """A Hebrew date moved off some weekdays (``moves``: weekday to days added)."""

    def rule(year: int) -> tuple[date, date]:
        first = hebrew_in_year(year, month, day)
        first += moves.get(first.weekday(), 0) * _DAY
        return first, first + _DAY

    return rule


def _islamic(month: int, day: int) -> Rule:
    def rule(year: int) -> tuple[date, date]:
        first = islamic_observed_in_year(year, month, day)
        return first, first + _DAY

    return rule


def _ramadan(year: int) -> tuple[date, date]:
    return islamic_month_span(year, 9)


def _farewell_friday(year: int) -> tuple[date, date]:
    """Jumu'atul-Wida: the last Friday of Ramadan."""
    eid = islamic_observed_in_year(year, 10, 1)
    friday = eid - ((eid.weekday() - 4) % 7 or 7) * _DAY
    return friday, friday + _DAY


def _one_day(find: Callable[[int], date]) -> Rule:
    def rule(year: int) -> tuple[date, date]:
        first = find(year)
        return first, first + _DAY

    return rule


def _easter_span(offset: int, days: int, *, orthodox: bool = False) -> Rule:
    def rule(year: int) -> tuple[date, date]:
        from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

        first = easter(year, EASTER_ORTHODOX if orthodox else EASTER_WESTERN) + offset * _DAY
        return first, first + days * _DAY

    return rule


def _nearest_weekday(month: int, day: int) -> Rule:
    """A fixed day observed on the Friday before when it falls on a Saturday, and on the
    Monday after when it falls on a Sunday."""

    def rule(year: int) -> tuple[date, date]:
        first = date(year, month, day)
        first += {5: -1, 6: 1}.get(first.weekday(), 0) * _DAY
        return first, first + _DAY

    return rule


def _kings_day(year: int) -> tuple[date, date]:
    """Koningsdag: 27 April, or the 26th when the 27th is a Sunday."""
    first = date(year, 4, 27)
    if first.weekday() == 6:
        first -= _DAY
    return first, first + _DAY


def _fixed(month: int, day: int) -> Rule:
    return _one_day(lambda year: date(year, month, day))


_PASSOVER = _hebrew(NISAN, 15, 8)
_ROSH_HASHANAH = _hebrew(TISHRI, 1, 2)
_SUKKOT = _hebrew(TISHRI, 15, 8)
_HANUKKAH = _hebrew(KISLEV, 25, 8)
_SHAVUOT = _hebrew(SIVAN, 6, 2)
_PURIM = _hebrew(_ADAR, 14)
_TISHA_BAV = _hebrew_moved(AV, 9, {5: 1})
_LAG_BAOMER = _hebrew(IYYAR, 18)
_YOM_HASHOAH = _hebrew_moved(NISAN, 27, {4: -1, 6: 1})
_YOM_HAATZMAUT = _hebrew_moved(IYYAR, 5, {4: -1, 5: -2, 0: 1})
_HEBREW: dict[tuple[str, ...], Rule] = {
    ("passover",): _PASSOVER, ("pesach",): _PASSOVER, ("pesah",): _PASSOVER,
    ("rosh", "hashanah"): _ROSH_HASHANAH, ("rosh", "hashana"): _ROSH_HASHANAH,
    ("rosh", "hashanna"): _ROSH_HASHANAH, ("rosh", "hashonah"): _ROSH_HASHANAH,
    ("yom", "kippur"): _hebrew(TISHRI, 10),
    ("sukkot",): _SUKKOT, ("succos",): _SUKKOT, ("sukkos",): _SUKKOT, ("succot",): _SUKKOT,
    ("feast", "of", "tabernacles"): _SUKKOT, ("feast", "of", "booths"): _SUKKOT,
    ("feast", "of", "the", "ingathering"): _SUKKOT, ("feast", "of", "ingathering"): _SUKKOT,
    ("shemini", "atzeret"): _hebrew(TISHRI, 22), ("simchat", "torah"): _hebrew(TISHRI, 23),
    ("hanukkah",): _HANUKKAH, ("chanukah",): _HANUKKAH, ("hanukah",): _HANUKKAH,
    ("hannukkah",): _HANUKKAH, ("chanukkah",): _HANUKKAH, ("hannukah",): _HANUKKAH,
    ("shavuot",): _SHAVUOT, ("shavuos",): _SHAVUOT,
    ("purim",): _PURIM, ("shushan", "purim"): _hebrew(_ADAR, 15),
    ("tu", "bishvat"): _hebrew(SHEVAT, 15), ("tu", "b'shvat"): _hebrew(SHEVAT, 15),
    ("tisha", "b'av"): _TISHA_BAV, ("tisha", "bav"): _TISHA_BAV, ("tisha", "beav"): _TISHA_BAV,
    ("lag", "baomer"): _LAG_BAOMER, ("lag", "b'omer"): _LAG_BAOMER,
    ("yom", "hashoah"): _YOM_HASHOAH, ("holocaust", "day"): _YOM_HASHOAH,
    ("holocaust", "remembrance", "day"): _YOM_HASHOAH,
    ("yom", "haatzmaut"): _YOM_HAATZMAUT, ("yom", "ha'atzmaut"): _YOM_HAATZMAUT,
}  # fmt: skip

_EID_AL_FITR = _islamic(10, 1)
_EID_AL_ADHA = _islamic(12, 10)
_QADR = _islamic(9, 27)
_HIJRI_NEW_YEAR = _islamic(1, 1)
_ISRA_MIRAJ = _islamic(7, 27)
_MAWLID = _islamic(3, 12)
_ISLAMIC: dict[tuple[str, ...], Rule] = {
    ("ramadan",): _ramadan, ("ramadhan",): _ramadan,
    ("eid", "al", "fitr"): _EID_AL_FITR, ("eid", "ul", "fitr"): _EID_AL_FITR,
    ("id", "ul", "fitr"): _EID_AL_FITR, ("eid", "el", "fitr"): _EID_AL_FITR,
    ("eid", "al", "adha"): _EID_AL_ADHA, ("eid", "ul", "adha"): _EID_AL_ADHA,
    ("id", "ul", "adha"): _EID_AL_ADHA, ("eid", "el", "adha"): _EID_AL_ADHA,
    ("bakr", "id"): _EID_AL_ADHA, ("bakrid",): _EID_AL_ADHA, ("sacrifice", "feast"): _EID_AL_ADHA,
    ("feast", "of", "the", "sacrifice"): _EID_AL_ADHA, ("feast", "of", "sacrifice"): _EID_AL_ADHA,
    ("laylat", "al", "qadr"): _QADR, ("laylat", "al", "kadr"): _QADR,
    ("lailat", "al", "qadr"): _QADR, ("night", "of", "power"): _QADR,
    ("night", "of", "measures"): _QADR, ("night", "of", "destiny"): _QADR,
    ("islamic", "new", "year"): _HIJRI_NEW_YEAR, ("hijri", "new", "year"): _HIJRI_NEW_YEAR,
    ("amun", "jadid"): _HIJRI_NEW_YEAR,
    ("ashura",): _islamic(1, 10), ("day", "of", "ashura"): _islamic(1, 10),
    ("jumu'atul", "wida"): _farewell_friday, ("jamat", "ul", "vida"): _farewell_friday,
    ("isra", "and", "mi'raj"): _ISRA_MIRAJ, ("isra", "and", "miraj"): _ISRA_MIRAJ,
    ("prophet's", "ascension"): _ISRA_MIRAJ, ("night", "journey"): _ISRA_MIRAJ,
    ("ascension", "to", "heaven"): _ISRA_MIRAJ,
    ("mawlid",): _MAWLID, ("mawlid", "al", "nabawi"): _MAWLID, ("mawlid", "an", "nabi"): _MAWLID,
    ("milad", "un", "nabi"): _MAWLID, ("prophet's", "birthday"): _MAWLID,
}  # fmt: skip

_CHINESE_NEW_YEAR = _one_day(chinese_new_year)
_PARSI_NEW_YEAR = _one_day(parsi_new_year)
_BOSSES_DAY = _nearest_weekday(10, 16)
_OTHER: dict[tuple[str, ...], Rule] = {
    ("chinese", "new", "year"): _CHINESE_NEW_YEAR, ("chinese", "new", "years"): _CHINESE_NEW_YEAR,
    ("chinese", "new", "year's"): _CHINESE_NEW_YEAR,
    ("chinese", "new", "year's", "day"): _CHINESE_NEW_YEAR,
    ("chinese", "lunar", "new", "year"): _CHINESE_NEW_YEAR,
    ("chinese", "lunar", "new", "year's", "day"): _CHINESE_NEW_YEAR,
    ("lunar", "new", "year"): _CHINESE_NEW_YEAR,
    ("parsi", "new", "year"): _PARSI_NEW_YEAR, ("jamshedi", "navroz"): _PARSI_NEW_YEAR,
    ("boss's", "day"): _BOSSES_DAY, ("bosses", "day"): _BOSSES_DAY, ("boss", "day"): _BOSSES_DAY,
    ("boss's",): _BOSSES_DAY,
    ("king's", "day"): _kings_day, ("kings", "day"): _kings_day, ("koningsdag",): _kings_day,
    ("world", "vegan", "day"): _fixed(11, 1),
    ("lent",): _easter_span(-46, 46), ("great", "lent"): _easter_span(-48, 40, orthodox=True),
    ("great", "fast"): _easter_span(-48, 40, orthodox=True),
    ("white", "sunday"): _easter_span(49, 1), ("branch", "sunday"): _easter_span(-7, 1),
    ("covenant", "thu"): _easter_span(-3, 1), ("covenant", "thursday"): _easter_span(-3, 1),
    ("thu", "of", "mysteries"): _easter_span(-3, 1),
    ("thursday", "of", "mysteries"): _easter_span(-3, 1),
    ("monday", "of", "the", "holy", "spirit"): _easter_span(50, 1),
}  # fmt: skip

RULE_HOLIDAYS: dict[tuple[str, ...], Rule] = {**_HEBREW, **_ISLAMIC, **_OTHER}
"""Holiday names (lower-case words) to the rule that places them in a Gregorian year."""
EVE_HOLIDAYS = frozenset(_HEBREW)
"""The holidays that begin at sunset on the civil day before their first full day."""


@lru_cache(maxsize=256)
def rule_holiday(key: tuple[str, ...], year: int) -> tuple[date, date]:
    """The days ``[start, end)`` of the holiday *key* in the Gregorian *year*.

    >>> rule_holiday(("yom", "kippur"), 2018)
    (datetime.date(2018, 9, 19), datetime.date(2018, 9, 20))
    """
    return RULE_HOLIDAYS[key](year)
