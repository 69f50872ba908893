"""Word tables and the tokenizer behind `claimcheck.dates`.

Everything here is data that the grammar looks up in constant time: month and weekday names
(English, German, French, Spanish), number words, ordinals, units, time zones, holidays and
the small closed classes of words (hedges, prepositions, tense markers) the grammar and the
sentence-tense reader need. The tokenizer is a regular expression with no nested quantifiers,
so it runs in linear time on any input (its variant for kana and ideographs is compiled the
first time a text has them).
"""

from __future__ import annotations

import re
from datetime import timedelta, timezone, tzinfo
from functools import lru_cache

from claimcheck._dates_holidays import RULE_HOLIDAYS
from claimcheck.timespan import Granularity

__all__ = [
    "ABBREVIATIONS",
    "CJK_DAY",
    "CJK_MONTH",
    "CJK_YEAR",
    "DECADE_WORDS",
    "DURATION_PRESENT",
    "EASTER_HOLIDAYS",
    "FIXED_HOLIDAYS",
    "FUTURE_MARKERS",
    "HEDGES",
    "MONTHS",
    "NTH_WEEKDAY_HOLIDAYS",
    "NUMBER_WORDS",
    "ORDINALS",
    "ORTHODOX_EASTER_HOLIDAYS",
    "PASSIVE_AUXILIARIES",
    "PAST_MARKERS",
    "REPORTING_NOUNS",
    "SCHEDULING_PRESENT",
    "SEASONS",
    "SUPERLATIVE_CUES",
    "TRIGGERS_DAY",
    "UNITS",
    "WEEKDAYS",
    "ZONES",
    "Tokens",
    "tokenize",
]

# fmt: off
# Full names are unambiguous; abbreviations need a date around them (see the grammar).
MONTHS: dict[str, tuple[int, bool]] = {}
"""Lower-case month word (English possessive included: "March's") -> (month number, whether
it is a full name)."""

_MONTH_NAMES = (
    ("january", "jan", "januar", "janvier", "enero", "jänner"),
    ("february", "feb", "februar", "février", "fevrier", "febrero", "febr"),
    ("march", "mar", "märz", "maerz", "mars", "marzo"),
    ("april", "apr", "avril", "abril"),
    ("may", "mai", "mayo"),
    ("june", "jun", "juni", "juin", "junio"),
    ("july", "jul", "juli", "juillet", "julio"),
    ("august", "aug", "août", "aout", "agosto"),
    ("september", "sep", "sept", "septembre", "septiembre", "setiembre"),
    ("october", "oct", "oktober", "octobre", "octubre", "okt"),
    ("november", "nov", "novembre", "noviembre"),
    ("december", "dec", "dezember", "décembre", "decembre", "diciembre", "dez"),
)
_ABBREVIATIONS = frozenset(
    {"jan", "feb", "febr", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "okt",
     "nov", "dec", "dez"}
)
for _number, _names in enumerate(_MONTH_NAMES, start=1):
    for _name in _names:
        MONTHS[_name] = (_number, _name not in _ABBREVIATIONS)
    MONTHS[_names[0] + "'s"] = (_number, True)

WEEKDAYS: dict[str, tuple[int, bool]] = {}
"""Lower-case weekday word -> (Monday = 0, whether it is a full name)."""

_WEEKDAY_NAMES = (
    ("monday", "mon", "montag", "lundi", "lunes"),
    ("tuesday", "tue", "tues", "dienstag", "mardi", "martes"),
    ("wednesday", "wed", "weds", "mittwoch", "mercredi", "miércoles", "miercoles"),
    ("thursday", "thu", "thur", "thurs", "donnerstag", "jeudi", "jueves"),
    ("friday", "fri", "freitag", "vendredi", "viernes"),
    ("saturday", "sat", "samstag", "samedi", "sábado", "sabado"),
    ("sunday", "sun", "sonntag", "dimanche", "domingo"),
)
for _number, _names in enumerate(_WEEKDAY_NAMES):
    for _index, _name in enumerate(_names):
        WEEKDAYS[_name] = (_number, _index == 0 or len(_name) > 5)
    WEEKDAYS[_names[0] + "'s"] = (_number, True)

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "couple": 2,
}

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "last": -1,
}
ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th", "er", "e", "º", "o"})

UNITS: dict[str, Granularity | str] = {
    "day": Granularity.DAY, "days": Granularity.DAY,
    "week": Granularity.WEEK, "weeks": Granularity.WEEK, "wk": Granularity.WEEK,
    "wks": Granularity.WEEK,
    "month": Granularity.MONTH, "months": Granularity.MONTH, "mo": Granularity.MONTH,
    "quarter": Granularity.QUARTER, "quarters": Granularity.QUARTER, "qtr": Granularity.QUARTER,
    "qtrs": Granularity.QUARTER,
    "year": Granularity.YEAR, "years": Granularity.YEAR, "yr": Granularity.YEAR,
    "yrs": Granularity.YEAR,
    "decade": Granularity.DECADE, "decades": Granularity.DECADE,
    "century": "century", "centuries": "century",
    "fortnight": "fortnight", "fortnights": "fortnight",
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour",
    "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
    "second": "second", "seconds": "second", "sec": "second", "secs": "second",
}
"""Unit words: a calendar `Granularity`, or the name of a clock or compound unit."""

SEASONS: dict[str, int] = {
    "spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12,
}
"""Season word -> first month (meteorological, northern hemisphere)."""

DECADE_WORDS: dict[str, int] = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}

CJK_YEAR, CJK_MONTH, CJK_DAY = "年", "月", "日"

HEDGES: dict[str, str] = {
    "about": "approx", "around": "approx", "roughly": "approx", "approximately": "approx",
    "nearly": "approx", "almost": "approx", "some": "approx", "circa": "approx",
    "over": "more_than", "under": "less_than",
}
"""One-word hedges; the two-word ones ("more than", "at least") are in the grammar."""

TRIGGERS_DAY = frozenset({"on", "by", "since", "until", "from", "before", "after", "till"})
"""Words after which "the 12th" reads as a day of the month in running text."""

FUTURE_MARKERS = frozenset(
    {"will", "shall", "'ll", "would", "due", "scheduled", "expires", "expire", "upcoming",
     "planned", "plans", "expected", "set", "going",
     # a present tense that schedules ("takes office on 20 January", "opens on Monday")
     "takes", "begins", "starts", "opens", "resumes", "convenes"}
)
SCHEDULING_PRESENT = frozenset(
    {"meet", "meets", "arrive", "arrives", "gather", "gathers", "hold", "holds", "hosts",
     "convene", "travels", "fly", "flies"}
)
"""Present-simple verbs that, with a date, schedule what they tell ("ministers meet in Brussels
on Tuesday", "the president arrives on Friday"); they point forward unless an auxiliary, "to" or
"not" stands right before them ("did not meet", "agreed to meet"), which leaves the tense to the
words around."""
DURATION_PRESENT: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ("runs", "lasts", "ends"), frozenset({"to", "until", "till", "through", "into", "in", "on", "at"})
    ),
    **dict.fromkeys(("continues", "extends"), frozenset({"until", "till", "through", "into"})),
    **dict.fromkeys(("run", "last", "end", "continue", "extend"), frozenset({"until", "till", "through"})),
}
"""Present-simple verbs of how long something goes on, each with the words that, right after
it, make it tell when that ends: "the term runs to next autumn", "the mandate ends in 2029",
"talks last until Friday" point forward, like "expires"; "runs the ministry" or "the last
week" does not. The plural forms count only before "until", "till" or "through", where they
cannot be an adjective or a noun ("the last of them", "in the end"); "continues" and
"extends" only before words of an end, never "to", which mostly opens an infinitive ("continues
to shell the town")."""
PAST_MARKERS = frozenset(
    {"was", "were", "had", "did", "said", "told", "has", "have", "been", "began", "came", "went",
     "took", "made", "fell", "rose", "met", "held", "left", "won", "lost", "saw", "gave", "got",
     "became", "sent", "spent", "paid", "built", "led", "ran", "broke", "brought", "wrote",
     "spoke", "struck", "fled", "fought", "sold", "bought", "kept", "felt", "found", "knew",
     "thought", "stood", "grew", "drew", "threw", "chose", "flew", "shot", "stole", "swore",
     "woke", "wore", "rode", "sank", "forgot", "hid", "lay", "meant", "sought", "taught", "wept",
     "withdrew", "overtook", "undertook", "sprang", "bore", "tore", "froze", "ate",
     # past participles that do not end in "-ed" ("Jane Doe, sworn in on 21 January, ...")
     "sworn", "chosen", "taken", "given", "written", "spoken", "shown", "drawn", "driven",
     "broken", "stolen", "fallen", "begun", "grown", "thrown", "flown", "withdrawn", "born",
     "beaten", "forgotten", "hidden", "frozen", "risen", "overtaken", "undertaken", "shaken"}
)
PASSIVE_AUXILIARIES = frozenset({"be", "been", "being", "is", "are", "get"})
"""Before a participle these hand the tense to the auxiliary ("will be held")."""
SUPERLATIVE_CUES = frozenset(
    {"time", "first", "highest", "lowest", "biggest", "largest", "smallest", "worst", "best",
     "fastest", "slowest", "strongest", "weakest", "most", "least", "longest", "shortest",
     "sharpest", "steepest", "deadliest", "only", "once", "twice"}
)
"""Before "in three months" these make it a length ("the first time in three months")."""
REPORTING_NOUNS = frozenset(
    {"results", "earnings", "profit", "profits", "revenue", "revenues", "sales", "figures",
     "loss", "losses", "gdp", "growth", "report", "numbers", "output", "data"}
)
"""After a quarter or half without year, these mean a period already over ("third-quarter
results" in a story about reporting them)."""
ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "no", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "prof",
     "jr", "sr", "inc", "corp", "ltd", "co", "vs", "u", "s", "k", "a", "p", "m", "jan", "feb",
     "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
     "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "approx", "est", "fig"}
)
"""Words whose full stop does not end a sentence."""

# Fixed-date holidays: (month, day). Easter-based and weekday-based ones are computed.
FIXED_HOLIDAYS: dict[tuple[str, ...], tuple[int, int]] = {
    ("christmas",): (12, 25), ("christmas", "day"): (12, 25), ("xmas",): (12, 25),
    ("christmas", "eve"): (12, 24), ("boxing", "day"): (12, 26),
    ("new", "year's", "day"): (1, 1), ("new", "years", "day"): (1, 1),
    ("new", "year's", "eve"): (12, 31), ("new", "years", "eve"): (12, 31),
    ("halloween",): (10, 31), ("valentine's", "day"): (2, 14), ("valentines", "day"): (2, 14),
    ("valentine's",): (2, 14), ("valentine", "day"): (2, 14), ("st", "patrick's", "day"): (3, 17),
    ("st", "patricks", "day"): (3, 17), ("saint", "patrick's", "day"): (3, 17),
    ("saint", "patricks", "day"): (3, 17), ("st", "paddy's", "day"): (3, 17),
    ("saint", "paddy's", "day"): (3, 17), ("new", "year's"): (1, 1),
    ("independence", "day"): (7, 4), ("bastille", "day"): (7, 14),
    ("veterans", "day"): (11, 11), ("veteran's", "day"): (11, 11),
    ("armistice", "day"): (11, 11), ("remembrance", "day"): (11, 11),
    ("may", "day"): (5, 1), ("all", "saints", "day"): (11, 1),
    ("all", "saints'", "day"): (11, 1), ("epiphany",): (1, 6),
    ("juneteenth",): (6, 19), ("earth", "day"): (4, 22), ("april", "fools"): (4, 1),
    ("april", "fools'"): (4, 1), ("april", "fools'", "day"): (4, 1),
    ("april", "fool's", "day"): (4, 1), ("ides", "of", "march"): (3, 15),
    # UK, Irish and Commonwealth days
    ("guy", "fawkes", "night"): (11, 5), ("guy", "fawkes", "day"): (11, 5),
    ("bonfire", "night"): (11, 5), ("burns", "night"): (1, 25), ("hogmanay",): (12, 31),
    ("st", "andrew's", "day"): (11, 30), ("st", "andrews", "day"): (11, 30),
    ("saint", "andrew's", "day"): (11, 30), ("st", "david's", "day"): (3, 1),
    ("saint", "david's", "day"): (3, 1), ("st", "george's", "day"): (4, 23),
    ("saint", "george's", "day"): (4, 23), ("st", "stephen's", "day"): (12, 26),
    ("saint", "stephen's", "day"): (12, 26), ("canada", "day"): (7, 1),
    ("australia", "day"): (1, 26), ("anzac", "day"): (4, 25), ("waitangi", "day"): (2, 6),
    ("holocaust", "memorial", "day"): (1, 27),
}
# Weekday-based: (month, weekday with Monday = 0, nth with -1 = last, days to add after it).
NTH_WEEKDAY_HOLIDAYS: dict[tuple[str, ...], tuple[int, int, int, int]] = {
    ("thanksgiving",): (11, 3, 4, 0), ("thanksgiving", "day"): (11, 3, 4, 0),
    ("black", "friday"): (11, 3, 4, 1), ("cyber", "monday"): (11, 3, 4, 4),
    ("memorial", "day"): (5, 0, -1, 0), ("labor", "day"): (9, 0, 1, 0),
    ("mlk", "day"): (1, 0, 3, 0), ("martin", "luther", "king", "day"): (1, 0, 3, 0),
    ("martin", "luther", "king", "jr", "day"): (1, 0, 3, 0), ("mlk", "jr", "day"): (1, 0, 3, 0),
    ("martin", "luther", "king's", "day"): (1, 0, 3, 0),
    ("martin", "luther", "kings", "day"): (1, 0, 3, 0), ("civil", "rights", "day"): (1, 0, 3, 0),
    ("presidents", "day"): (2, 0, 3, 0), ("president's", "day"): (2, 0, 3, 0),
    ("presidents'", "day"): (2, 0, 3, 0), ("columbus", "day"): (10, 0, 2, 0),
    ("mother's", "day"): (5, 6, 2, 0), ("mothers", "day"): (5, 6, 2, 0),
    ("father's", "day"): (6, 6, 3, 0), ("fathers", "day"): (6, 6, 3, 0),
    # UK and Commonwealth days
    ("remembrance", "sunday"): (11, 6, 2, 0), ("commonwealth", "day"): (3, 0, 2, 0),
    ("early", "may", "bank", "holiday"): (5, 0, 1, 0),
    ("spring", "bank", "holiday"): (5, 0, -1, 0),
    ("august", "bank", "holiday"): (8, 0, -1, 0), ("summer", "bank", "holiday"): (8, 0, -1, 0),
}
# Easter-based: days after Easter Sunday (Western).
EASTER_HOLIDAYS: dict[tuple[str, ...], int] = {
    ("easter",): 0, ("easter", "sunday"): 0, ("easter", "monday"): 1, ("easter", "mon"): 1,
    ("good", "friday"): -2,
    ("holy", "saturday"): -1, ("palm", "sunday"): -7, ("maundy", "thursday"): -3,
    ("ash", "wednesday"): -46, ("pentecost",): 49, ("whit", "monday"): 50,
    ("whit", "sunday"): 49, ("whitsun",): 49, ("trinity", "sunday"): 56,
    ("ascension", "day"): 39, ("shrove", "tuesday"): -47, ("pancake", "day"): -47,
    ("mardi", "gras"): -47, ("corpus", "christi"): 60,
    ("mothering", "sunday"): -21,
}
"""Days after Western Easter Sunday."""
ORTHODOX_EASTER_HOLIDAYS: dict[tuple[str, ...], int] = {
    ("orthodox", "easter"): 0, ("orthodox", "easter", "sunday"): 0,
    ("orthodox", "good", "friday"): -2, ("orthodox", "great", "friday"): -2,
    ("orthodox", "easter", "monday"): 1, ("clean", "monday"): -48,
    ("orthodox", "shrove", "monday"): -48, ("lazarus", "saturday"): -8,
}
"""Days after Orthodox Easter Sunday (Julian computus, in Gregorian dates)."""
HOLIDAY_HEADS = frozenset(
    key[0]
    for key in (
        *FIXED_HOLIDAYS,
        *NTH_WEEKDAY_HOLIDAYS,
        *EASTER_HOLIDAYS,
        *ORTHODOX_EASTER_HOLIDAYS,
        *RULE_HOLIDAYS,
    )
)


def _fixed(hours: int) -> tzinfo:
    return timezone(timedelta(hours=hours))


ZONES: dict[str, tzinfo | str] = {
    "utc": timezone.utc, "gmt": timezone.utc, "z": timezone.utc,
    "bst": _fixed(1), "cet": _fixed(1), "cest": _fixed(2), "eet": _fixed(2), "eest": _fixed(3),
    "msk": _fixed(3), "ist": timezone(timedelta(hours=5, minutes=30)),
    "jst": _fixed(9), "kst": _fixed(9), "aest": _fixed(10), "aedt": _fixed(11),
    "est": _fixed(-5), "edt": _fixed(-4), "cst": _fixed(-6), "cdt": _fixed(-5),
    "mst": _fixed(-7), "mdt": _fixed(-6), "pst": _fixed(-8), "pdt": _fixed(-7),
    "et": "America/New_York", "ct": "America/Chicago", "mt": "America/Denver",
    "pt": "America/Los_Angeles",
}
"""Zone abbreviations news uses: a fixed offset, or the IANA name of a zone with daylight saving
time for the bare US ones (ET, PT), loaded when first read."""

# fmt: on

# -- tokens -------------------------------------------------------------------------------

NUM, WORD, PUNCT = 0, 1, 2

_CJK = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff"
"""Kana and CJK ideographs: each is a token of its own (no spaces between words)."""
_WORD = r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?(?:(?<=s)['\u2019])?"
_TOKEN = re.compile(rf"(\s*)(?:(\d+)|({_WORD})|(\S))")
"""Tokens of a text without kana or ideographs (nearly all), whose pattern compiles fast."""


@lru_cache(maxsize=1)
def _cjk_token() -> re.Pattern[str]:
    """The tokenizer pattern with a kana or ideograph as a token of its own; compiling its
    large character class takes a millisecond or two, so only texts that need it pay."""
    return re.compile(rf"(\s*)(?:(\d+)|([{_CJK}]|{_WORD})|(\S))")


class Tokens:
    """A text cut into numbers, words and single punctuation marks, with offsets.

    Attributes:
        kinds: `NUM`, `WORD` or `PUNCT` per token.
        low: The lower-cased text (curly apostrophes made straight).
        raw: The text as written.
        starts, ends: Character offsets of each token in the text.
        values: The integer of a number token of at most four digits, else -1.
    """

    __slots__ = ("ends", "kinds", "low", "raw", "starts", "values")

    def __init__(self, text: str) -> None:
        kinds: list[int] = []
        low: list[str] = []
        raw: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        values: list[int] = []
        self.kinds, self.low, self.raw = kinds, low, raw
        self.starts, self.ends, self.values = starts, ends, values
        lowered = text.lower().replace("\u2019", "'")
        same = len(lowered) == len(text)
        pattern = _TOKEN if text.isascii() or max(text) < _CJK[0] else _cjk_token()
        end = 0
        for space, number, word, mark in pattern.findall(text):
            start = end + len(space)
            if number:
                end = start + len(number)
                kinds.append(NUM)
                values.append(int(number) if len(number) <= 4 else -1)
                low.append(number)
                raw.append(number)
            else:
                piece = word or mark
                end = start + len(piece)
                kinds.append(WORD if word else PUNCT)
                values.append(-1)
                low.append(lowered[start:end] if same else piece.lower().replace("\u2019", "'"))
                raw.append(piece)
            starts.append(start)
            ends.append(end)

    def __len__(self) -> int:
        return len(self.kinds)


def tokenize(text: str) -> Tokens:
    """Cut *text* into tokens; linear in its length."""
    return Tokens(text)
