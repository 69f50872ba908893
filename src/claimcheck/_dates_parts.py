"""Productions for parts of periods: "early March", "mid-to-late 2025", "late in 2024", "the
end of the year", "the first half of 2025", "the last three months of 2025", "later in 2026",
"the small hours of Sunday", "first thing tomorrow", "the rest of the week" and spans of named
months ("the April-June quarter").

`PartGrammar` sits between `LengthGrammar` (`_dates_lengths`) and `Parser` (`_dates_phrases`)
in the grammar chain (see `_dates_grammar`).
"""

from __future__ import annotations

from claimcheck._dates_grammar import (
    _COUNTED_UNITS,
    _DETERMINERS,
    _REL_OFFSET,
    _UNIT_NOUNS,
    Match,
)
from claimcheck._dates_lengths import LengthGrammar, is_date
from claimcheck._dates_lexicon import MONTHS, WEEKDAYS
from claimcheck._dates_nodes import CalDate, DayOffset, Decade, Unit, Weekday
from claimcheck._dates_periods import (
    EarlierLater,
    MonthsOf,
    MonthSpan,
    Part,
    RestOf,
    UnitsTo,
    WeekOf,
)
from claimcheck._dates_resolve import Holiday
from claimcheck.timespan import Granularity

__all__ = ["DAY_TIME_STARTS", "HOUR_WORDS", "PARTS", "SPAN_MONTH_SEPARATORS", "PartGrammar"]

PARTS = {
    "early": "early",
    "mid": "mid",
    "late": "late",
    "middle": "mid",
    "end": "end",
    "beginning": "start",
    "start": "start",
    "close": "end",
}
"""Words that name a part of a period, to the part."""
_ORDER = {"early": 0, "mid": 1, "late": 2}
"""The parts that "mid-to-late" joins, in calendar order."""
PART_PHRASES = {
    **dict.fromkeys([("tail", "end"), ("back", "end"), ("fag", "end"), ("very", "end")], "end"),
    **dict.fromkeys([("very", "beginning"), ("very", "start")], "start"),
    ("back", "half"): "h2",
    ("front", "half"): "h1",
    **{
        (first, noun): part
        for part, firsts, nouns in (
            ("late", ("latter", "later", "last", "final", "closing"), ("part", "stages", "months")),
            ("early", ("early", "earlier", "first", "opening"), ("part", "stages", "months")),
            ("mid", ("middle",), ("part", "months")),
            ("end", ("last", "final", "closing", "dying"), ("days", "weeks")),
            ("start", ("first", "opening", "early"), ("days", "weeks")),
        )
        for first in firsts
        for noun in nouns
    },
}
"""Two words after "the" and before "of" that name a part of a period, to the part: "the tail
end of May" is its end, "the back half of 2026" its second half, "the latter part of 2025"
its late part, "the closing days of the year" its end."""
HOUR_WORDS = frozenset({"small", "early", "wee"})
"""The words of "the small hours of", "the early hours of" and "the wee hours of"."""
_DAY_NODES = (CalDate, Weekday, DayOffset)
_UNITS_TO = frozenset({"to", "through", "thru", "until", "till"})
"""The words between counted units and the period they end with ("the three months to
September")."""
_UNIT_END_CUES = frozenset(
    {"at", "by", "before", "after", "until", "till", "around", "toward", "towards", "near", "from"}
)
"""Prepositions that make "year-end" or "year end" a time ("by year-end")."""
_MEALS = ("breakfast", "lunch", "tea", "dinner", "supper")
_MEAL_TIMES = frozenset(meal + "time" for meal in _MEALS)
"""Times of day named by a meal, which need no preposition before a day ("teatime
yesterday")."""
_DAY_HALVES = frozenset({"morning", "afternoon", "evening"})
"""The parts of a day after "in the" ("in the evening yesterday")."""
_DAY_TIMES = frozenset(
    {
        ("dawn",),
        ("daybreak",),
        ("sunrise",),
        ("sunup",),
        ("sunset",),
        ("sundown",),
        ("dusk",),
        ("nightfall",),
        ("dark",),
        ("first", "light"),
        ("close", "of", "business"),
        ("close", "of", "play"),
        ("the", "close", "of", "business"),
        ("end", "of", "day"),
        ("end", "of", "business"),
        ("night",),
        *((meal,) for meal in (*_MEALS, *_MEAL_TIMES)),
        *((meal, "time") for meal in _MEALS),
    }
)
"""Times of day set by custom, not by the clock, after a preposition ("before dawn", "by
close of business", "at teatime")."""
_DAY_TIME_HEADS = frozenset(time[0] for time in _DAY_TIMES)
_DAY_TIME_PREPOSITIONS = frozenset(
    {"at", "before", "after", "by", "around", "until", "till", "toward", "towards", "during",
     "over"}
)  # fmt: skip
_DAY_TIME_IDIOMS = frozenset({("first", "thing"), ("last", "thing")})
"""Times of day that need no preposition ("first thing tomorrow")."""
_NO_DAY_FIRST = frozenset({*_DAY_TIME_PREPOSITIONS, *_MEAL_TIMES, "in"})
"""The words at which a time of day may start but a day may not."""
DAY_TIME_STARTS = (
    *_DAY_TIME_PREPOSITIONS,
    *_MEAL_TIMES,
    "in",
    "first",
    "last",
    "next",
    "this",
    "today",
    "tonight",
    "tomorrow",
    "yesterday",
    *WEEKDAYS,
)
"""The words at which a day with a time of day set by custom can start."""
SPAN_MONTH_SEPARATORS = frozenset({"-", "\u2013", "\u2014", "to", "through"})
_SPAN_NOUNS = {
    "quarter": (Granularity.QUARTER, 3),
    "half": (Granularity.QUARTER, 6),
    "period": (Granularity.MONTH, 0),
    "months": (Granularity.MONTH, 0),
    "season": (Granularity.MONTH, 0),
}
"""Nouns after two months ("the April-June quarter"): the granularity, and the number of
months the span must have (0: any)."""


class PartGrammar(LengthGrammar):
    """Parts of periods, the rest or the week of a date, and spans of named months."""

    __slots__ = ()

    def part(self, i: int) -> Match | None:
        """ "early March", "mid-2025", "the end of the year", "the first half of 2025"."""
        j = self.skip(i, "the")
        word = self.w(j)
        phrase = PART_PHRASES.get((word, self.w(j + 1))) if j > i else None
        if phrase is not None and self.w(j + 2) == "of":
            return self._part_of(j + 3, phrase)  # "the tail end of May"
        if word.removesuffix("'s") in _UNIT_NOUNS:
            return self._unit_end(i, j)
        if word in ("earlier", "later") and self.w(j + 1) in (
            "today",
            "tonight",
            "yesterday",
            "tomorrow",
        ):
            return self.deictic(j + 1) if j == i else None
        if word in ("earlier", "later"):
            return self._earlier_later(i, j, later=word == "later")
        if self.raw[j] in ("EOM", "BOM", "EOY", "BOY") if j < self.n else False:
            unit = Granularity.MONTH if word[-1] == "m" else Granularity.YEAR
            return j + 1, Part(Unit(unit, 0), "end" if word[0] == "e" else "start")
        part = PARTS.get(word)
        until = None
        k = j + 1
        if part is None:
            if (
                word in ("first", "second", "latter")
                and self.w(j + 1) == "half"
                and self.w(j + 2) == "of"
            ):
                part, k = ("h1" if word == "first" else "h2"), j + 3
            elif (
                word == "h"
                and self.raw[j] == "H"
                and self.number(j + 1) in (1, 2)
                and self.adjacent(j + 1)
            ):
                part = f"h{self.values[j + 1]}"
                k = self.skip(j + 2, "of")
            else:
                return None
        elif word in ("end", "beginning", "start", "middle", "close"):
            if self.w(k) != "of":
                return None
            k += 1
        else:
            k, until = self._part_until(k, word)
            if self.w(k) in ("-", "\u2013") and self.adjacent(k):
                k += 1
            elif self.w(k) == "in":
                k += 1  # "late in 2024", "early in the year"
            elif j > i and word != "late" and word != "early" and word != "mid":
                return None
        if word in ("early", "late") and j == i and until is None:
            day = self._day_target(k)
            if day is not None:
                return day
        return self._part_of(k, part, until=until)

    def _part_of(self, k: int, part: str, *, until: str | None = None) -> Match | None:
        """The *part* (to *until*) of the period at *k*; a day or a decade's half is none."""
        target = self._part_target(k)
        if target is None:
            return None
        end, node = target
        if isinstance(node, CalDate) and node.day is not None:
            return None
        if isinstance(node, Decade) and part in ("h1", "h2"):
            return None
        return end, Part(node, part, until=until)

    def units_to(self, i: int) -> Match | None:
        """ "the three months to September", "the 12 months ended 30 June 2025", "the year to
        March", "the four weeks through 5 October": the units that end with a period."""
        if self.w(i) != "the":
            return None
        j = i + 1
        found = (j, 1) if self.w(j) in _UNIT_NOUNS else self.amount(j)
        if found is None:
            return None
        k, count = found
        word = self.w(k)
        unit = _COUNTED_UNITS.get(word.removesuffix("s"))
        if unit is None or word.endswith("s") != (count > 1):
            return None
        m = k + 1
        if self.w(m) == "up" and self.w(m + 1) == "to":
            m += 2
        elif self.w(m) in ("ending", "ended"):
            m = self.skip(m + 1, "in", "on")
        elif self.w(m) in _UNITS_TO:
            m += 1
        else:
            return None
        target = self.ranged(m)
        if target is None or not is_date(target[1]):
            return None
        return target[0], UnitsTo(target[1], count, unit)

    def _unit_end(self, i: int, j: int) -> Match | None:
        """ "year's end", "the month's start" and, after a preposition, "year-end" and "year
        end" ("by year-end"): that part of the current unit."""
        word = self.low[j]
        k = j + 1
        if not word.endswith("'s"):
            if j > i or self.w(i - 1) not in _UNIT_END_CUES:
                return None  # "year-end results" is no date
            k = k + 1 if self.w(k) == "-" and self.adjacent(k) and self.adjacent(k + 1) else k
            if self.w(k) != "end":
                return None
        part = PARTS.get(self.w(k))
        if part is None or self.w(k) in ("early", "mid", "late"):
            return None
        return k + 1, Part(Unit(_UNIT_NOUNS[word.removesuffix("'s")], 0), part)

    def months_of(self, i: int) -> Match | None:
        """ "the first six months of 2026", "the last three months of the year", "the first
        three quarters of 2025": the leading or trailing months of a year or a quarter."""
        j = self.skip(i, "the")
        word = self.w(j)
        if word not in ("first", "last", "final"):
            return None
        found = self.amount(j + 1)
        if found is None or self.w(found[0]) not in ("months", "quarters"):
            return None
        k, count = found
        if self.w(k + 1) != "of":
            return None
        target = self._part_target(k + 2)
        if target is None:
            return None
        months = 3 * count if self.low[k] == "quarters" else count
        return target[0], MonthsOf(target[1], months, last=word != "first")

    def _part_until(self, k: int, first: str) -> tuple[int, str | None]:
        """The second part of "mid-to-late", "early to mid" or "mid-late" from *k* (after the
        first part word): where it ends and the part, or (*k*, None)."""
        m = k + 1 if self.w(k) in ("-", "\u2013") else k
        if self.w(m) == "to":
            m += 1
        elif m == k:
            return k, None
        m = self.skip(m, "-")
        second = self.w(m)
        if second in _ORDER and _ORDER[second] > _ORDER[first]:
            return m + 1, second
        return k, None

    def _earlier_later(self, i: int, j: int, *, later: bool) -> Match | None:
        """ "earlier this month", "later in the week", "later in 2026", "earlier in March"."""
        k = self.skip(j + 1, "in")
        m = self.skip(k, "this", "the")
        unit = _UNIT_NOUNS.get(self.w(m))
        if unit is not None:
            if m == j + 1 or unit is Granularity.DECADE:
                return None
            return m + 1, EarlierLater(Unit(unit, 0), later=later)
        if k == j + 1 or j > i:
            return None
        target = self._part_target(k)
        if target is None or (isinstance(target[1], CalDate) and target[1].day is not None):
            return None
        return target[0], EarlierLater(target[1], later=later)

    def hours(self, i: int) -> Match | None:
        """ "the small hours of Sunday", "the early hours of 5 June": the start of that day."""
        if self.w(i + 2) != "hours" or self.w(i + 3) not in ("of", "on"):
            return None
        k = i + 4
        found = self.calendar(k) or self.weekday(k) or self.deictic(k)
        if found is None or not isinstance(found[1], _DAY_NODES):
            return None
        return found[0], Part(found[1], "start")

    def day_time(self, i: int) -> Match | None:
        """ "first thing tomorrow", "before dawn today", "at daybreak on Monday", "by close of
        business on 3 March", "yesterday at dusk": a time of day set by custom, before or after
        the day it falls on, is that day, since a part of a day is not narrowed below it."""
        k = self._day_time_end(i)
        if k is None:
            if self.low[i] in _NO_DAY_FIRST:
                return None
            day = self.deictic(i) or self.weekday(i)
            if day is None or not isinstance(day[1], (Weekday, DayOffset)):
                return None
            end = self._day_time_end(day[0])
            return None if end is None else (end, day[1])
        if self.low[i] == "in" and self.w(k) not in ("on", "today", "yesterday", "tomorrow"):
            return None  # "in the evening Monday was quiet": the evening is no part of Monday
        k = self.skip(k, "on")
        found = self.deictic(k) or self.weekday(k) or self.calendar(k) or self.holiday(k)
        if found is None or not isinstance(found[1], (*_DAY_NODES, Holiday)):
            return None
        if isinstance(found[1], CalDate) and found[1].day is None:
            return None
        return found

    def _day_time_end(self, i: int) -> int | None:
        """Where a time of day set by custom that starts at *i* ends, or None."""
        if tuple(self.low[i : i + 2]) in _DAY_TIME_IDIOMS:
            # "the first thing Monday voters see" is a noun phrase, not the idiom
            return None if self.w(i - 1) in _DETERMINERS else i + 2
        if self.w(i) in _MEAL_TIMES:
            return i + 1  # "teatime yesterday", "lunchtime on Friday"
        if self.w(i) == "in" and self.w(i + 1) == "the" and self.w(i + 2) in _DAY_HALVES:
            return i + 3  # "in the evening yesterday", "on Monday in the morning"
        if self.w(i) not in _DAY_TIME_PREPOSITIONS or self.w(i + 1) not in _DAY_TIME_HEADS:
            return None
        ends = [
            i + 1 + len(time)
            for time in _DAY_TIMES
            if tuple(self.low[i + 1 : i + 1 + len(time)]) == time
        ]
        return max(ends, default=None)

    def month_span(self, i: int) -> Match | None:
        """ "the April-June quarter", "the July to December half", "the November-January
        period", "the April-June 2025 quarter"."""
        j = self.skip(i, "the")
        first = self.month(j, dated=True)
        if first is None or self.w(first[0]) not in SPAN_MONTH_SEPARATORS:
            return None
        k = first[0] + 1
        second = self.month(k, dated=True)
        if second is None:
            return None
        m = second[0]
        year = self.year(m)
        if year is not None:
            m = year[0]
        entry = _SPAN_NOUNS.get(self.w(m))
        months = (second[1] - first[1]) % 12 + 1
        if entry is None or (entry[1] and months != entry[1]):
            return None
        end = m + 1
        if year is None:
            year = self._year_after(end)  # "the April-June quarter of 2025"
            if year is not None:
                end = year[0]
        return end, MonthSpan(first[1], months, entry[0], year[1] if year else None)

    def whole_or_rest(self, i: int) -> Match | None:
        """ "all week" (the unit that contains the anchor), "the rest of the month", "the
        week of 7 October" and "the month of March"."""
        j = self.skip(i, "the")
        if j > i and self.w(j) == "week" and self.w(j + 1) == "of":
            day = self.calendar(j + 2)
            if day is not None and isinstance(day[1], CalDate) and day[1].day is not None:
                return day[0], WeekOf(day[1])
            return None
        if j > i and self.w(j) == "month" and self.w(j + 1) == "of":
            month = self.calendar(j + 2)  # "the month of March, 2024"
            if month is None or not isinstance(month[1], CalDate):
                return None
            return month if month[1].month is not None and month[1].day is None else None
        if j == i and self.w(j) == "all" and self.w(j + 1) in ("week", "month", "year"):
            end = j + 2 if self.w(j + 2) != "long" else j + 3
            return end, Unit(_UNIT_NOUNS[self.low[j + 1]], 0)
        if self.w(j) == "rest" and self.w(j + 1) == "of":
            k = self.skip(self.skip(j + 2, "the"), "this")
            unit = _UNIT_NOUNS.get(self.w(k))
            if unit in (Granularity.WEEK, Granularity.MONTH, Granularity.YEAR):
                return k + 1, RestOf(unit)
        return None

    def _day_target(self, k: int) -> Match | None:
        """A day after "early" or "late" ("late Tuesday", "early on Monday"): the day itself,
        since a part of a day is not narrowed below the day."""
        k = self.skip(k, "on")
        found = self.weekday(k) if self.w(k) in WEEKDAYS else self.deictic(k)
        if found is None or not isinstance(found[1], (Weekday, DayOffset)):
            return None
        return found

    def _part_target(self, k: int) -> Match | None:
        if self.w(k) == "the" and self.w(k + 1) == "following":
            return self.event_relative(k)
        if self.w(k) == "the" and self.w(k + 1) in _UNIT_NOUNS:
            return k + 2, Unit(_UNIT_NOUNS[self.low[k + 1]], 0)
        if self.w(k) in _UNIT_NOUNS and self.w(k - 1) == "of":
            return k + 1, Unit(_UNIT_NOUNS[self.low[k]], 0)
        if self.w(k) in ("this", "last", "next") or self.w(k) in _REL_OFFSET:
            return self.relative(k)
        if self.w(k) in MONTHS:
            return self.month_first(k, None) if self.month(k, dated=True) else None
        return self.season(k) or self.quarter(k) or self.year_or_decade(k)
