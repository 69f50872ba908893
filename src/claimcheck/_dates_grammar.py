"""The base of the date grammar: token helpers, numbers, years, days, months, clock times and
numeric dates.

The grammar is a chain of classes, one module each: `Grammar` (here), `CalendarGrammar`
(`_dates_calendar`: month names, weekdays, relative units, seasons, quarters, years),
`NamedGrammar` (`_dates_named`: holidays, ordinal and counted days), `LengthGrammar`
(`_dates_lengths`: durations and offsets), `PartGrammar` (`_dates_parts`: parts of periods and
spans of months) and `Parser` (`_dates_phrases`: ranges, signals, cues, and the longest match
at a token). Every production looks ahead a bounded number
of tokens, so scanning a text is linear in its length. *whole* is set when the caller says
the text is one expression (`normalize`); it relaxes the checks that keep ambiguous words
("March", "Sat", a bare "2014") out of running text.
"""

from __future__ import annotations

from datetime import timedelta, timezone

from claimcheck._dates_lexicon import (
    CJK_DAY,
    CJK_MONTH,
    CJK_YEAR,
    MONTHS,
    NUM,
    NUMBER_WORDS,
    ORDINAL_SUFFIXES,
    ORDINALS,
    PUNCT,
    UNITS,
    WORD,
    ZONES,
    Tokens,
)
from claimcheck._dates_nodes import (
    CalDate,
    Node,
)
from claimcheck._dates_resolve import (
    Clock,
)
from claimcheck.timespan import Granularity

__all__ = ["TRIGGERS", "Grammar", "Match"]

Match = tuple[int, Node]

TRIGGERS = frozenset(
    {
        "in",
        "on",
        "since",
        "until",
        "till",
        "by",
        "before",
        "after",
        "from",
        "during",
        "of",
        "to",
        "through",
        "thru",
        "between",
        "and",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
        "end",
        "beginning",
        "start",
        "around",
        "about",
        "circa",
        "throughout",
        "as",
        "for",
        "starting",
        "ending",
        "at",
        "middle",
        "-",
        "\u2013",
        "\u2014",
        "or",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "year",
        "de",
        "le",
        "el",
        "am",
        "im",
        "vom",
        "seit",
    }
)
_REL_OFFSET = {
    "last": -1,
    "past": -1,
    "previous": -1,
    "this": 0,
    "current": 0,
    "next": 1,
    "coming": 1,
    "upcoming": 1,
}
_NUMBERED = frozenset(
    {
        "$", "£", "€", "#", "no", "nos", "number", "numbers", "article", "articles", "section",
        "sections", "model", "room", "flight", "page", "pages", "pp", "p", "route", "chapter",
        "chapters", "rule", "paragraph", "paragraphs", "line", "lines",
    }
)  # fmt: skip
"""Words before a number that make it a page, price or label, never a year ("pages 2019-22",
"pp. 2019", "No. 1984")."""
_NOT_YEAR_WORDS = frozenset({"a", "an", "couple", "dozen", "few", "half"})
_DAY_PARTS = frozenset(
    {"morning", "afternoon", "evening", "night", "noon", "midday", "lunchtime", "teatime"}
)
_NOUNISH = frozenset(
    {
        "percent",
        "per",
        "people",
        "points",
        "votes",
        "seats",
        "million",
        "billion",
        "thousand",
        "times",
        "%",
        "members",
        "cases",
        "deaths",
    }
)
_RANGE_DASH = frozenset({"-", "\u2013", "\u2014"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that"})
_UNIT_NOUNS = {
    "week": Granularity.WEEK,
    "month": Granularity.MONTH,
    "year": Granularity.YEAR,
    "quarter": Granularity.QUARTER,
    "decade": Granularity.DECADE,
    "yr": Granularity.YEAR,
    "qtr": Granularity.QUARTER,
}


_COUNTED_UNITS = {**_UNIT_NOUNS, "day": Granularity.DAY}
_SPAN_NOUNS = frozenset(
    {
        "season", "seasons", "campaign", "session", "term", "period", "stretch", "span",
        "window", "era", "interval", "timeframe", "phase", "spell", "cycle", "tenure", "mandate",
    }
)  # fmt: skip
"""Nouns after two years that make them one stretch of time ("the 2019-2022 period", "the
2023-24 season"), never a month ("the 2008-12 period" is not December 2008)."""
_GONE_WORDS = frozenset({"gone", "past", "passed", "ended", "finished", "completed"})
"""The words after "just" that put a day or period behind the anchor ("the week just ended")."""
_POSTPOSED = {"last": "last", "past": "last", "gone": "last", "next": "next", "coming": "next"}
"""Words after a day or period that say which one ("Tuesday last", "June next")."""
_JOINING = frozenset({"-", "/", "'", "\u2019"})
"""Punctuation that carries a word on ("last-minute"), so that no clause ends there."""
_PAST_WHAT = frozenset({"noon", "midnight", "midday", "dawn", "dusk"})
"""Times after "just past" or "just gone" that make it a time of day ("just gone midnight")."""


class Grammar:
    """The productions over one `Tokens` sequence."""

    __slots__ = ("ends", "kinds", "low", "n", "raw", "starts", "values", "whole")

    def __init__(self, tokens: Tokens, *, whole: bool) -> None:
        self.kinds = tokens.kinds
        self.low = tokens.low
        self.raw = tokens.raw
        self.starts = tokens.starts
        self.ends = tokens.ends
        self.values = tokens.values
        self.n = len(tokens.kinds)
        self.whole = whole

    # -- token helpers ------------------------------------------------------------------

    def w(self, i: int) -> str:
        return self.low[i] if 0 <= i < self.n else ""

    def adjacent(self, i: int) -> bool:
        return 0 < i < self.n and self.starts[i] == self.ends[i - 1]

    def number(self, i: int) -> int:
        if 0 <= i < self.n and self.kinds[i] == NUM:
            return self.values[i]
        return -1

    def digits(self, i: int) -> int:
        return len(self.raw[i]) if 0 <= i < self.n and self.kinds[i] == NUM else 0

    def skip(self, i: int, *words: str) -> int:
        return i + 1 if i < self.n and self.low[i] in words else i

    def dot(self, i: int) -> int:
        return i + 1 if i < self.n and self.low[i] == "." and self.adjacent(i) else i

    def capitalized(self, i: int) -> bool:
        return i < self.n and self.raw[i][:1].isupper()

    def prev_is_trigger(self, i: int) -> bool:
        return self.w(i - 1) in TRIGGERS

    def postposed(self, i: int, bare: tuple[str, ...]) -> tuple[int, str] | None:
        """A marker at *i* after a day or period that says which one it is: (end, "last") for
        the latest before the anchor, (end, "next") for the first after it.

        "just gone", "just past", "just ended" and their kin may be followed by anything but a
        time ("just gone midnight"); a bare word of *bare* ("Tuesday last", "June next", "the
        week past") only where the clause ends after it ("on Tuesday last year" is not one).
        """
        word = self.w(i)
        if word == "just":
            if self.w(i + 1) not in _GONE_WORDS:
                return None
            after = i + 2
            if after < self.n and (self.kinds[after] == NUM or self.low[after] in _PAST_WHAT):
                return None
            return after, "last"
        if word not in bare:
            return None
        after = i + 1
        if after < self.n and (self.kinds[after] != PUNCT or self.low[after] in _JOINING):
            return None
        return after, _POSTPOSED[word]

    # -- small pieces -------------------------------------------------------------------

    def _year_in_words(self, j: int) -> tuple[int, int] | None:
        """The rest of "two thousand (and) nineteen" from *j*: 2001 to 2099."""
        j = self.skip(j, "and")
        value = NUMBER_WORDS.get(self.w(j)) if self.w(j) not in _NOT_YEAR_WORDS else None
        if value is None or not 1 <= value <= 99:
            return None
        unit = NUMBER_WORDS.get(self.w(j + 1)) if self.w(j + 1) != "-" else None
        if value % 10 == 0 and value >= 20 and unit is not None and 1 <= unit <= 9:
            return j + 2, 2000 + value + unit
        return j + 1, 2000 + value

    def year(self, i: int, *, loose: bool = True) -> tuple[int, int] | None:
        """A four-digit year, "'24", or (in expression mode) a year in words, "two thousand
        ten"; *loose* False applies the running-text checks."""
        if self.whole and self.w(i) == "two" and self.w(i + 1) == "thousand":
            return self._year_in_words(i + 2)
        if (
            i < self.n
            and self.low[i] in ("'", "\u2019")
            and self.digits(i + 1) == 2
            and self.adjacent(i + 1)
        ):
            end = i + 2
            if self.w(end) == "s" and self.adjacent(end):
                return None
            return end, 2000 + self.values[i + 1]
        if self.w(i) == "ad" and self.raw[i] == "AD" and self.number(i + 1) > 0:
            return i + 2, self.values[i + 1]  # "AD 79"
        if self.adjacent(i) and self.kinds[i - 1] != PUNCT:
            return None
        if self.digits(i) in (1, 2, 3) and self.values[i]:
            era = self._era(i + 1)  # "14 A.D.": a year before 1000 needs its era
            return (era, self.values[i]) if era > i + 1 else None
        if self.digits(i) != 4:
            return None
        value = self.values[i]
        if not 1000 <= value <= 9989:
            return None
        nxt = self.w(i + 1)
        if nxt in ("%", "s", "'s") and self.adjacent(i + 1):
            return None
        if self.adjacent(i + 1) and self.kinds[i + 1] != PUNCT:
            return None
        if (
            i + 2 < self.n
            and nxt in (",", ".")
            and self.adjacent(i + 1)
            and self.adjacent(i + 2)
            and self.kinds[i + 2] == NUM
        ):
            return None
        if self.w(i - 1) in _NUMBERED or (self.w(i - 1) == "." and self.w(i - 2) in _NUMBERED):
            return None
        if not loose and not self.whole:
            season = (
                nxt in ("-", "\u2013", "/") and self.adjacent(i + 1) and self.digits(i + 2) == 2
            )
            if (
                self.w(i - 1) in _DETERMINERS
                and ((1950 <= value <= 2049 and value % 100) or (season and 1900 <= value < 2100))
                and i + 1 < self.n
                and (season or (self.kinds[i + 1] == WORD and not self.capitalized(i + 1)))
                and nxt not in _NOUNISH
                and nxt not in UNITS
            ):
                return i + 1, value
            if not self.prev_is_trigger(i):
                return None
            if self.w(i - 1) in _RANGE_DASH and self.number(i - 2) >= 0:
                return None  # the end of a range of numbers that are no years ("pp. 2019-2022")
            if not 1900 <= value <= 2100 and nxt.endswith("s") and self.kinds[i + 1] == WORD:
                return None
        return self._era(i + 1), value

    def _era(self, i: int) -> int:
        """Where an era marker at *i* ("AD", "CE", "A.D.") ends, or *i* if none is there."""
        if self.w(i) in ("ad", "ce") and (self.whole or self.raw[i].isupper()):
            return i + 1
        if self.w(i) == "a" and self.w(i + 1) == "." and self.w(i + 2) == "d":
            return self.dot(i + 3)
        return i

    def day_number(self, i: int) -> tuple[int, int, bool] | None:
        """A day of the month 1-31, with an optional ordinal suffix: (end, day, ordinal)."""
        word = self.w(i)
        if word in ORDINALS and ORDINALS[word] > 0:
            return i + 1, ORDINALS[word], True
        if self.digits(i) not in (1, 2) or not 1 <= self.values[i] <= 31:
            return None
        if self.adjacent(i) and self.kinds[i - 1] == WORD and self.low[i - 1] not in MONTHS:
            return None
        end = i + 1
        ordinal = False
        if self.w(end) in ORDINAL_SUFFIXES and self.adjacent(end):
            end += 1
            ordinal = True
        elif self.adjacent(end) and self.kinds[end] == WORD and self.low[end] not in MONTHS:
            return None
        if (
            self.w(end) in (":", ".", ",")
            and self.adjacent(end)
            and self.number(end + 1) >= 0
            and self.adjacent(end + 1)
        ):
            return None
        return end, self.values[i], ordinal

    def month(self, i: int, *, dated: bool) -> tuple[int, int] | None:
        """A month name; *dated* says a day or year goes with it (abbreviations need one)."""
        entry = MONTHS.get(self.w(i))
        if entry is None:
            return None
        number, full = entry
        word = self.low[i]
        end = i + 1 if full else self.dot(i + 1)
        if not full and not dated and not self.whole:
            return None
        stem = word.removesuffix("'s")
        if stem in ("may", "march", "mar", "mai", "mars"):
            if not self.capitalized(i) and not (self.whole and dated):
                return None
            if not dated and not self.prev_is_trigger(i) and (stem == "may" or not self.whole):
                return None
        if self.kinds[i] != WORD:
            return None
        return end, number

    def clock(self, i: int) -> tuple[int, int, int | None, object] | None:
        """A time of day: (end, hour, minute or None, zone or None)."""
        word = self.w(i)
        if word in ("noon", "midday"):
            return self._zone(i + 1, 12, 0)
        if word == "midnight":
            return self._zone(i + 1, 0, 0)
        if self.digits(i) not in (1, 2) or self.values[i] > 24:
            return None
        hour = self.values[i]
        end = i + 1
        minute: int | None = None
        if (
            self.w(end) in (":", ".")
            and self.digits(end + 1) == 2
            and (self.low[end] == ":" or self.w(end + 2) in ("am", "pm", "a", "p"))
            and self.adjacent(end)
            and self.adjacent(end + 1)
            and self.values[end + 1] < 60
        ):
            minute = self.values[end + 1]
            end += 2
            if self.w(end) == ":" and self.digits(end + 1) == 2 and self.adjacent(end):
                end += 2
        marker = self.w(end)
        if marker in ("am", "pm") or (
            marker in ("a", "p") and self.w(end + 1) == "." and self.w(end + 2) == "m"
        ):
            if not 1 <= hour <= 12:
                return None
            pm = marker.startswith("p")
            end = end + 1 if len(marker) == 2 else self.dot(end + 3)
            hour = hour % 12 + (12 if pm else 0)
        elif marker == "o'clock":
            end += 1
        elif minute is None:
            return None
        if hour == 24:
            return None
        return self._zone(end, hour, minute)

    def _zone(self, i: int, hour: int, minute: int | None) -> tuple[int, int, int | None, object]:
        zone = ZONES.get(self.w(i))
        if zone is None or not self.raw[i].isupper():
            return i, hour, minute, None
        if isinstance(zone, str):
            from zoneinfo import ZoneInfo

            zone = ZoneInfo(zone)
        return i + 1, hour, minute, zone

    def _year_after(self, i: int, *, month_year: bool = False) -> tuple[int, int] | None:
        j = self.skip(i, ",")
        j = self.skip(j, "of", "de", "del")
        if month_year and self.w(j) in ("-", "/") and self.adjacent(j) and self.adjacent(j + 1):
            j += 1  # "Dec-2024"
        found = self.year(j)
        if found is None:
            return None
        if self.w(found[0]) in _RANGE_DASH and self.digits(found[0] + 1) in (2, 4):
            return None
        return found

    def with_clock(self, end: int, node: Node) -> Match:
        """Attach "at 3pm", ", 14:30 GMT" or "T13:40" after a day."""
        j = self.skip(end, ",")
        j = self.skip(j, "at", "around", "about", "by")
        clock = self.clock(j)
        if clock is None:
            if self.w(end) in _DAY_PARTS:
                return end + 1, node
            return end, node
        stop, hour, minute, zone = clock
        if self.w(stop) == "local" and self.w(stop + 1) == "time":
            stop += 2
        return stop, Clock(node, hour, minute, zone)  # type: ignore[arg-type]

    def numeric(self, i: int) -> Match | None:
        """Numeric dates: 2024-10-16, 16.10.2024, 10/16/2024, 2014-10, 2/2013, CJK."""
        if self.kinds[i] != NUM or (self.adjacent(i) and self.low[i - 1] in ".-/:"):
            return None
        a = self.values[i]
        if i + 1 < self.n and self.low[i + 1] in (CJK_YEAR, CJK_MONTH):
            return self.cjk(i)
        sep = self.w(i + 1)
        if sep not in ("-", "/", ".") or (not self.adjacent(i + 1) and not self.whole):
            return None
        tight = self.adjacent(i + 1) and self.adjacent(i + 2)
        if self.number(i + 2) < 0 or not (tight or self.whole):
            return None
        b = self.values[i + 2]
        third = i + 3 < self.n and self.low[i + 3] == sep and self.number(i + 4) >= 0
        if third:
            if (
                self.adjacent(i + 5)
                and self.w(i + 5) in (".", "-", "/")
                and self.number(i + 6) >= 0
            ):
                return None
            c_len, c = self.digits(i + 4), self.values[i + 4]
            if self.digits(i) == 4:
                y, m, d = a, b, c
                if c_len != 2 and c_len != 1:
                    return None
            else:
                if c_len == 2:
                    c += 2000 if c < 50 else 1900
                elif c_len != 4:
                    return None
                if sep == ".":
                    m, d = (a, b) if b > 12 >= a else (b, a)
                else:
                    m, d = (b, a) if a > 12 else (a, b)
                y = c
            if not (1 <= m <= 12 and 1 <= d <= 31):
                return None
            return self.iso_clock(i + 5, CalDate(y, m, d))
        if (
            self.adjacent(i + 3)
            and self.w(i + 3) in ("-", "/", ".", ":")
            and self.number(i + 4) >= 0
        ):
            return None
        season = not self.whole and b == (a + 1) % 100  # "the 2000-01 season"
        if self.w(i + 3) in _SPAN_NOUNS:
            return None  # "the 2008-12 period": two years
        if (
            self.digits(i) == 4
            and 1 <= b <= 12
            and self.digits(i + 2) == 2
            and sep != "."
            and not season
        ):
            return i + 3, CalDate(a, b, None)
        if self.digits(i + 2) == 4 and 1 <= a <= 12 and sep == "/":
            return i + 3, CalDate(b, a, None)
        if self.whole and sep == "/" and 1 <= a <= 12 and 13 <= b <= 31 and self.digits(i + 2) <= 2:
            return i + 3, CalDate(None, a, b)
        return None

    def iso_clock(self, i: int, node: CalDate) -> Match:
        if self.w(i) != "t" or not self.adjacent(i):
            return self.with_clock(i, node)
        clock = self.clock(i + 1)
        if clock is None:
            return i, node
        end, hour, minute, zone = clock
        if self.w(end) == "z" and self.adjacent(end):
            zone, end = ZONES["utc"], end + 1
        elif (
            self.w(end) in ("+", "-")
            and self.digits(end + 1) == 2
            and self.w(end + 2) == ":"
            and self.digits(end + 3) == 2
        ):
            sign = -1 if self.low[end] == "-" else 1
            offset = timedelta(hours=self.values[end + 1], minutes=self.values[end + 3])
            if offset < timedelta(hours=24):
                zone = timezone(sign * offset)
            end += 4
        return end, Clock(node, hour, minute, zone)  # type: ignore[arg-type]

    def cjk(self, i: int) -> Match | None:
        values: dict[str, int] = {}
        j = i
        for mark in (CJK_YEAR, CJK_MONTH, CJK_DAY):
            if self.number(j) >= 0 and self.w(j + 1) == mark:
                values[mark] = self.values[j]
                j += 2
        month = values.get(CJK_MONTH)
        if month is None or not 1 <= month <= 12:
            return None
        day = values.get(CJK_DAY)
        if day is not None and not 1 <= day <= 31:
            return None
        if CJK_YEAR not in values and day is None:
            return None
        return j, CalDate(values.get(CJK_YEAR), month, day)
