"""Productions for named and counted days: holidays, "the first Monday of October",
"the second last week of 2018", "the 20th of next month", "three Fridays from now".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck._dates_calendar import _NAMED_AFTER, CalendarGrammar
from claimcheck._dates_grammar import _DAY_PARTS, _REL_OFFSET, _UNIT_NOUNS, Match
from claimcheck._dates_holidays import RULE_HOLIDAYS
from claimcheck._dates_lexicon import (
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    HOLIDAY_HEADS,
    MONTHS,
    NTH_WEEKDAY_HOLIDAYS,
    ORDINAL_SUFFIXES,
    ORDINALS,
    ORTHODOX_EASTER_HOLIDAYS,
    TRIGGERS_DAY,
    WEEKDAYS,
    WORD,
)
from claimcheck._dates_nodes import (
    CalDate,
    MonthRel,
    Unit,
    Weekday,
    Year,
)
from claimcheck._dates_resolve import (
    Closest,
    CountedWeekday,
    Holiday,
    NthWeek,
    NthWeekday,
    Shift,
)

__all__ = ["NamedGrammar"]

_ALL_HOLIDAYS = frozenset(
    {
        *FIXED_HOLIDAYS,
        *EASTER_HOLIDAYS,
        *ORTHODOX_EASTER_HOLIDAYS,
        *NTH_WEEKDAY_HOLIDAYS,
        *RULE_HOLIDAYS,
    }
)


class NamedGrammar(CalendarGrammar):
    """Holidays, ordinal days and weeks, and counted weekdays."""

    __slots__ = ()

    if TYPE_CHECKING:

        def duration(self, i: int) -> Match | None:
            """A length or an offset from the anchor at *i* (defined by `LengthGrammar`)."""

        def ranged(self, i: int, *, opened: bool = False) -> Match | None:
            """A date or a range of dates at *i* (defined by `Parser`)."""

    def holiday(self, i: int) -> Match | None:
        """ "Christmas", "Easter Monday 2023", "next Thanksgiving", "MLK Day of last year",
        "Easter last", "the Christmas just gone"."""
        rel = ""
        the = self.w(i) == "the"
        j = i + 1 if the else self.skip(i, "this") if self.w(i + 1) in ("coming", "past") else i
        if self.w(j) in ("this", "next", "last", "past", "coming"):
            rel = {"past": "last", "coming": "next"}.get(self.low[j], self.low[j])
            j += 1
        if self.w(j) not in HOLIDAY_HEADS or not (self.whole or self.capitalized(j)):
            return None
        best: tuple[int, tuple[str, ...]] | None = None
        key: list[str] = []
        k = j
        while k < self.n and len(key) < 5:
            if self.low[k] in (".", "-") and self.adjacent(k):
                k += 1
                continue
            key.append(self.low[k])
            k += 1
            name = tuple(key)
            if name in _ALL_HOLIDAYS:
                best = k, name
        if best is None:
            return None
        end, name = best
        if not self.whole and name in RULE_HOLIDAYS and not self._title_case(j, end):
            return None  # "Great fast growth" at a sentence start is not Great Lent
        marked = None if rel else self.postposed(end, ("past", "gone") if the else _NAMED_AFTER)
        if marked is not None:
            return marked[0], Holiday(name, None, rel=marked[1])
        if the:
            return None  # "the Christmas" alone names no particular one
        if not rel:
            year = self._year_after(self.skip(end, "in") if self.is_year_in(end) else end)
            if year is not None:
                return year[0], Holiday(name, year[1])
            moved = self.duration(end) if self.w(end) != "in" or self.whole else None
            if moved is not None and isinstance(moved[1], Shift):
                return moved[0], Holiday(name, None, moved=moved[1])
            of = self.skip(self.skip(end, "of"), "the")
            offset = _REL_OFFSET.get(self.w(of))
            if of > end and offset is not None and self.w(of + 1) in ("year", "yr"):
                return of + 2, Holiday(name, None, year_offset=offset)
        if self.w(end) in _DAY_PARTS:
            end += 1  # "Christmas morning", "Easter Sunday evening": a part of a day is the day
        return end, Holiday(name, None, rel=rel)

    def _title_case(self, start: int, end: int) -> bool:
        """Whether every word of four or more letters in [start, end) is capitalized."""
        return all(
            self.capitalized(k)
            for k in range(start, end)
            if self.kinds[k] == WORD and len(self.low[k]) > 3
        )

    def is_year_in(self, i: int) -> bool:
        """Whether "in" at *i* introduces a four-digit year ("Diwali in 2019")."""
        return self.w(i) == "in" and self.digits(i + 1) == 4

    def nth_weekday(self, i: int) -> Match | None:
        """ "the first Monday of October", "the fifth last day of May", "the last week of 2018"."""
        j = self.skip(i, "the")
        nth = ORDINALS.get(self.w(j))
        k = j + 1
        if (
            nth is None
            and self.digits(j) == 1
            and self.w(j + 1) in ORDINAL_SUFFIXES
            and self.adjacent(j + 1)
        ):
            nth, k = self.values[j], j + 2
        if nth is None and self.w(j) == "closest":
            nth, k = 1, j
        if nth is None or nth == 0:
            return None
        if nth > 0 and self.w(k) == "closest":
            return self._closest(k + 1, nth)
        if nth > 0 and self.w(k) == "last":
            nth, k = -nth, k + 1
        word = self.w(k)
        weekday = WEEKDAYS[word][0] if word in WEEKDAYS and WEEKDAYS[word][1] else None
        if weekday is None and word not in ("day", "week"):
            return None
        if self.w(k + 1) not in ("of", "in"):
            return None
        target = self._period(k + 2, years=word == "week")
        if target is None:
            return None
        end, node = target
        if word == "week":
            return end, NthWeek(nth, node)
        if isinstance(node, Year):
            return None
        return end, NthWeekday(nth, weekday, node)

    def _closest(self, k: int, nth: int) -> Match | None:
        """ "the closest Monday to Oct 5th", "the second closest Christmas to today"."""
        found = self.holiday(k) if self.w(k) not in WEEKDAYS else self.weekday(k)
        if found is None or self.w(found[0]) != "to":
            return None
        target = self.ranged(found[0] + 1)
        if target is None or not isinstance(found[1], (Holiday, Weekday)):
            return None
        return target[0], Closest(found[1], target[1], nth)

    def _period(self, m: int, *, years: bool) -> Match | None:
        """The month (or, for weeks, year) that an ordinal day or week counts in."""
        if MONTHS.get(self.w(m)):
            found = self.month_first(m, None)
            if found is None or (isinstance(found[1], CalDate) and found[1].day is not None):
                return None
            return found
        if self.w(m) == "the" and self.w(m + 1) in _UNIT_NOUNS:
            unit = _UNIT_NOUNS[self.low[m + 1]]
            return m + 2, Unit(unit, 0)
        found = self.relative(m)
        if found is not None and isinstance(found[1], (Unit, MonthRel)):
            return found
        if years:
            year = self.year(m)
            if year is not None:
                return year[0], Year(year[1])
        return None

    def day_of_month(self, i: int) -> Match | None:
        """ "on the 12th", "the 20th of next month", "20 of this month"."""
        j = self.skip(i, "the")
        day = self.day_number(j)
        if day is None:
            return None
        end, number, ordinal = day
        k = self.skip(end, "day")
        if self.w(k) == "of":
            found = self.relative(self.skip(k + 1, "the"))
            if found is not None and isinstance(found[1], Unit) and found[1].count == 1:
                return found[0], NthWeekday(number, None, found[1])
            return None
        if j == i or not (ordinal or self.whole):
            return None
        if not self.whole:
            if self.w(i - 1) not in TRIGGERS_DAY:
                return None
            nxt = self.w(end)
            if (
                end < self.n
                and self.kinds[end] == WORD
                and nxt not in ("and", "to", "at", "in", "or", "when")
            ):
                return None
        return end, CalDate(None, None, number)

    def weekday_after(self, i: int) -> Match | None:
        """ "the Monday after Easter", "the Friday before 3 March", "the third Tuesday after
        Christmas 2014": a weekday counted from a day the text names (after "the" or an
        ordinal, so that "on Monday after Christmas talks" stays Monday)."""
        j = self.skip(i, "the")
        nth = ORDINALS.get(self.w(j), 0)
        if nth > 0:
            j += 1
        elif j == i:
            return None
        entry = WEEKDAYS.get(self.w(j))
        side = self.w(j + 1)
        if entry is None or not entry[1] or side not in ("after", "before"):
            return None
        target = self.calendar(j + 2) or self.holiday(j + 2) or self.nth_weekday(j + 2)
        if target is None:
            return None
        end, node = target
        if not isinstance(node, (Holiday, NthWeekday)) and not (
            isinstance(node, CalDate) and node.day
        ):
            return None
        count = max(nth, 1) * (1 if side == "after" else -1)
        return end, CountedWeekday(entry[0], count, base=node)

    def counted_weekday(self, i: int) -> Match | None:
        """ "three Fridays from now", "2 Thursdays ago"."""
        count = self.count(i)
        if count is None:
            return None
        j, n = count
        word = self.w(j)
        entry = WEEKDAYS.get(word[:-1]) if word.endswith("s") else None
        if entry is None or not entry[1]:
            return None
        suffix = self.w(j + 1)
        if suffix in ("ago", "back"):
            return j + 2, CountedWeekday(entry[0], -n)
        if suffix == "hence" or (suffix == "from" and self.w(j + 2) in ("now", "today")):
            return (j + 2 if suffix == "hence" else j + 3), CountedWeekday(entry[0], n)
        return None
