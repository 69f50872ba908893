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


def _victoria_day(year: int) -> tuple[date, date]:
    """Victoria Day (Canada): the last Monday before 25 May."""
    first = date(year, 5, 24)
    first -= first.weekday() * _DAY
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

def _hindu(month: int, lunar_day: int, hour: float, *, shift: int = 0) -> Rule:
    """A festival of the Hindu lunisolar calendar (`hindu_festival`), *shift* days after."""

    def rule(year: int) -> tuple[date, date]:
        from claimcheck._dates_hindu import hindu_festival

        first = hindu_festival(year, month, lunar_day, hour)
        if first is None:
            raise ValueError(f"no lunar day {lunar_day} of month {month} in {year}")
        first += shift * _DAY
        return first, first + _DAY

    return rule


def _navaratri(year: int) -> tuple[date, date]:
    """The nine nights from the first lunar day of Ashvin to Vijayadashami."""
    return _hindu(7, 1, 6.0)(year)[0], _VIJAYADASHAMI(year)[0]


def _sankranti(sign: int, *, shift: int = 0) -> Rule:
    """The day the sun enters a sidereal sign (the next day when it enters after sunset)."""

    def rule(year: int) -> tuple[date, date]:
        from claimcheck._dates_hindu import solar_ingress

        moment = solar_ingress(year, sign)
        first = date.fromordinal(int(moment) + (moment % 1 >= 0.75) + shift)
        return first, first + _DAY

    return rule


def _rabindra_jayanti(year: int) -> tuple[date, date]:
    """25 Boishakh of the Bengali solar year, whose first day follows the sun's entry into
    sidereal Aries."""
    from claimcheck._dates_hindu import solar_ingress

    first = date.fromordinal(int(solar_ingress(year, 0)) + 25)
    return first, first + _DAY


def _onam(year: int) -> tuple[date, date]:
    from claimcheck._dates_hindu import onam

    first = onam(year)
    return first, first + _DAY


_DIWALI = _hindu(7, 30, 19.0)
_DHANTERAS = _hindu(7, 28, 20.0)
_NARAKA = _hindu(7, 29, 19.0)
_BHAI_DOOJ = _hindu(8, 2, 13.0)
_CHHATH = _hindu(8, 6, 6.0)
_VIJAYADASHAMI = _hindu(7, 10, 14.0)
_KARVA_CHAUTH = _hindu(7, 19, 20.0)
_RATHA_YATRA = _hindu(4, 2, 6.0)
_RAKSHA_BANDHAN = _hindu(5, 15, 6.0)
_MAHAVIR = _hindu(1, 13, 6.0)
_SHIVARATRI = _hindu(11, 29, 23.9)
_DAYANANDA = _hindu(11, 25, 6.0)
_VASANT = _hindu(11, 5, 6.0)
_HOLIKA = _hindu(12, 15, 19.0)
_HOLI = _hindu(12, 15, 19.0, shift=1)
_JANMASHTAMI = _hindu(5, 23, 23.9)
_GANESH = _hindu(6, 4, 12.0)
_RAMA_NAVAMI = _hindu(1, 9, 12.0)
_UGADI = _hindu(1, 1, 6.0)
_GOBIND_SINGH = _hindu(10, 7, 6.0)
_RAVIDASS = _hindu(11, 15, 6.0)
_VALMIKI = _hindu(7, 15, 6.0)
_VESAK = _hindu(2, 15, 6.0)
_PONGAL = _sankranti(9)
_VAISAKHI = _sankranti(0)
_INDIAN: dict[tuple[str, ...], Rule] = {
    ("diwali",): _DIWALI, ("deepavali",): _DIWALI, ("divali",): _DIWALI,
    ("lakshmi", "puja"): _DIWALI,
    ("dhanteras",): _DHANTERAS, ("dhanatrayodashi",): _DHANTERAS,
    ("dhantrayodashi",): _DHANTERAS,
    ("naraka", "chaturdashi"): _NARAKA, ("narak", "chaturdashi"): _NARAKA,
    ("kali", "chaudas"): _NARAKA, ("choti", "diwali"): _NARAKA, ("chhoti", "diwali"): _NARAKA,
    ("bhai", "dooj"): _BHAI_DOOJ, ("bhau", "beej"): _BHAI_DOOJ, ("bhai", "tika"): _BHAI_DOOJ,
    ("chhath",): _CHHATH, ("chhath", "puja"): _CHHATH, ("dala", "puja"): _CHHATH,
    ("surya", "shashthi"): _CHHATH,
    ("maha", "saptami"): _hindu(7, 7, 6.0),
    ("vijayadashami",): _VIJAYADASHAMI, ("dussehra",): _VIJAYADASHAMI,
    ("dasara",): _VIJAYADASHAMI, ("dussera",): _VIJAYADASHAMI,
    ("navaratri",): _navaratri, ("navratri",): _navaratri, ("durga", "puja"): _navaratri,
    ("karva", "chauth"): _KARVA_CHAUTH, ("karwa", "chauth"): _KARVA_CHAUTH,
    ("ratha", "yatra"): _RATHA_YATRA, ("rath", "yatra"): _RATHA_YATRA,
    ("raksha", "bandhan"): _RAKSHA_BANDHAN, ("rakhi",): _RAKSHA_BANDHAN,
    ("mahavir", "jayanti"): _MAHAVIR, ("mahaveer", "jayanti"): _MAHAVIR,
    ("mahavir", "janma", "kalyanak"): _MAHAVIR, ("mahaveer", "janma", "kalyanak"): _MAHAVIR,
    ("maha", "shivaratri"): _SHIVARATRI, ("maha", "shivratri"): _SHIVARATRI,
    ("mahashivratri",): _SHIVARATRI,
    ("dayananda", "saraswati", "jayanti"): _DAYANANDA, ("saraswati", "jayanti"): _DAYANANDA,
    ("vasant", "panchami"): _VASANT, ("basant", "panchami"): _VASANT,
    ("holika", "dahan"): _HOLIKA, ("chhoti", "holi"): _HOLIKA, ("choti", "holi"): _HOLIKA,
    ("kamudu", "pyre"): _HOLIKA,
    ("holi",): _HOLI, ("dhulandi",): _HOLI, ("phagwah",): _HOLI, ("dhuleti",): _HOLI,
    ("krishna", "janmashtami"): _JANMASHTAMI, ("janmashtami",): _JANMASHTAMI,
    ("gokulashtami",): _JANMASHTAMI,
    ("ganesh", "chaturthi"): _GANESH, ("vinayaka", "chaturthi"): _GANESH,
    ("rama", "navami"): _RAMA_NAVAMI, ("ram", "navami"): _RAMA_NAVAMI,
    ("ugadi",): _UGADI, ("yugadi",): _UGADI, ("samvatsaradi",): _UGADI,
    ("chaitra", "sukladi"): _UGADI, ("chaitra", "sukhladi"): _UGADI, ("gudi", "padwa"): _UGADI,
    ("guru", "gobind", "singh", "jayanti"): _GOBIND_SINGH,
    ("guru", "govind", "singh", "jayanti"): _GOBIND_SINGH,
    ("guru", "gobind", "singh", "birthday"): _GOBIND_SINGH,
    ("guru", "ravidass", "jayanti"): _RAVIDASS, ("guru", "ravidas", "jayanti"): _RAVIDASS,
    ("guru", "ravidass", "birthday"): _RAVIDASS, ("guru", "ravidas", "birthday"): _RAVIDASS,
    ("valmiki", "jayanti"): _VALMIKI, ("maharishi", "valmiki", "jayanti"): _VALMIKI,
    ("pargat", "diwas"): _VALMIKI,
    ("vesak",): _VESAK, ("vaisakha",): _VESAK, ("buddha", "day"): _VESAK,
    ("buddha", "purnima"): _VESAK, ("buddha", "jayanti"): _VESAK,
    ("thai", "pongal"): _PONGAL, ("pongal",): _PONGAL, ("makar", "sankranti"): _PONGAL,
    ("makara", "sankranti"): _PONGAL, ("makara", "sankranthi"): _PONGAL, ("maghi",): _PONGAL,
    ("boghi",): _sankranti(9, shift=-1), ("bhogi",): _sankranti(9, shift=-1),
    ("bogi", "pandigai"): _sankranti(9, shift=-1),
    ("mattu", "pongal"): _sankranti(9, shift=1), ("maattu", "pongal"): _sankranti(9, shift=1),
    ("kaanum", "pongal"): _sankranti(9, shift=2), ("kanni", "pongal"): _sankranti(9, shift=2),
    ("vaisakhi",): _VAISAKHI, ("baisakhi",): _VAISAKHI, ("vasakhi",): _VAISAKHI,
    ("vaishakhi",): _VAISAKHI,
    ("onam",): _onam, ("thiru", "onam"): _onam, ("thiruvonam",): _onam,
    ("rabindra", "jayanti"): _rabindra_jayanti, ("rabindranath", "jayanti"): _rabindra_jayanti,
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
    ("victoria", "day"): _victoria_day,
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

RULE_HOLIDAYS: dict[tuple[str, ...], Rule] = {**_HEBREW, **_ISLAMIC, **_INDIAN, **_OTHER}
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
