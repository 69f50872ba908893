"""Productions for calendar words: dates with month names, weekdays, deictic days,
relative units, seasons, quarters, years and decades, and clock times on a day.
"""

from __future__ import annotations

from claimcheck._dates_grammar import (
    _COUNTED_UNITS,
    _DAY_PARTS,
    _NOUNISH,
    _POSTPOSED,
    _RANGE_DASH,
    _REL_OFFSET,
    _SPAN_NOUNS,
    _UNIT_NOUNS,
    TRIGGERS,
    Grammar,
    Match,
)
from claimcheck._dates_lexicon import (
    DECADE_WORDS,
    MONTHS,
    NUM,
    NUMBER_WORDS,
    ORDINAL_SUFFIXES,
    ORDINALS,
    PUNCT,
    REPORTING_NOUNS,
    SEASONS,
    UNITS,
    WEEKDAYS,
    WORD,
)
from claimcheck._dates_nodes import (
    CalDate,
    DayOffset,
    Decade,
    MonthRel,
    Node,
    Unit,
    Upcoming,
    Weekday,
    Weekend,
    Year,
)
from claimcheck._dates_periods import Fortnights, Quarter, Season
from claimcheck._dates_resolve import Approx, Clock, Directed, Range, Within

__all__ = ["CalendarGrammar"]

_CALENDAR_NEIGHBOURS = frozenset(
    {
        *MONTHS,
        *WEEKDAYS,
        *_DAY_PARTS,
        *TRIGGERS,
        "last",
        "next",
        "this",
        "every",
        "each",
        "early",
        "late",
        "mid",
        "said",
        "says",
        "night",
        "evening",
    }
)
_DECADE_CUES = frozenset({"early", "mid", "late", "-", "in", "since", "from", "to", "until"})
_YEAR_KINDS = frozenset({"financial", "fiscal", "academic", "school", "tax", "budget", "crop"})
"""The words of "financial year", "academic year" and their kin."""
_NAMED_AFTER = tuple(_POSTPOSED)
"""The bare words that may follow a weekday, month or holiday to say which ("Tuesday last")."""
_TWO_AWAY = {("after", "next"): 2, ("before", "last"): -2}
"""The words after a day or period that name the one two ahead or two back."""
_DAY_NOUNS = frozenset({"day", "night", "evening", "morning", "afternoon"})
"""A day and the parts of one that "the ... before last" counts in days."""
_NAMED_BY_LAST = frozenset(
    {*WEEKDAYS, *MONTHS, *SEASONS, *_COUNTED_UNITS, *_DAY_NOUNS, "weekend", "fortnight"}
)
"""Words after "last" or "next" that it names itself ("before last Tuesday")."""
_CLOCK_CUES = frozenset({"at", "by", "from", "until", "around", "till", "before", "after"})


class CalendarGrammar(Grammar):
    """Dates, weekdays, deictic days, relative units, seasons, quarters, years, decades."""

    __slots__ = ()

    def calendar(self, i: int) -> Match | None:
        """Dates with month names or numbers, with an optional weekday and time of day."""
        weekday = None
        entry = WEEKDAYS.get(self.w(i))
        if entry is not None:
            weekday = entry[0]
            i = self.skip(i + 1 if entry[1] else self.dot(i + 1), ",")
            i = self.skip(i, "the")
        found = self.month_first(i, weekday) or self.day_first(i, weekday)
        if found is None and weekday is not None:
            day = self.day_number(i)
            if (
                day is not None
                and (day[2] or self.whole)
                and MONTHS.get(self.w(day[0])) is None
                and (self.kinds[i] == NUM or day[0] >= self.n or self.kinds[day[0]] != WORD)
            ):
                found = day[0], CalDate(None, None, day[1])
        if found is None:
            return None
        end, node = found
        if weekday is not None and isinstance(node, CalDate) and node.year is None:
            node.weekday = weekday
        return self.with_clock(end, node)

    def month_first(self, i: int, weekday: int | None) -> Match | None:
        month = self.month(i, dated=True)
        if month is None:
            return None
        if not self.whole and self.digits(i - 1) in (1, 2) and self.day_number(i - 1):
            return None  # the month of "30 February 2024", a day that does not exist
        j, number = month
        j2 = self.skip(j, ",")
        j2 = self.skip(j2, "the")
        day = self.day_number(j2)
        if day is not None and MONTHS.get(self.w(day[0])) is None:
            k, d, _ = day
            if self.w(k) in _RANGE_DASH or self.w(k) in (
                "to",
                "through",
                "thru",
                "until",
                "till",
                "and",
            ):
                last = self.day_number(k + 1)
                if last is not None and last[1] > d and MONTHS.get(self.w(last[0])) is None:
                    year = self._year_after(last[0])
                    end, y = year if year else (last[0], None)
                    return end, Range(CalDate(y, number, d), CalDate(y, number, last[1]))
            year = self._year_after(k)
            if year is not None:
                return year[0], CalDate(year[1], number, d)
            relative = self._relative_year(k)
            if relative is not None:
                return relative[0], CalDate(None, number, d, year_offset=relative[1])
            if j2 != j and self.w(j) == "," and self.w(k) in _NOUNISH | {"of"}:
                return None
            if self.w(k) in _NOUNISH or self.w(k) in UNITS:
                return None
            after = WEEKDAYS.get(self.w(k + 1)) if self.w(k) == "," else None
            if after is not None:
                k = self.dot(k + 2)  # "December 4, Tuesday"
                weekday = after[0]
            return k, CalDate(None, number, d, weekday=weekday)
        year = self._year_after(j, month_year=True)
        if year is not None:
            return year[0], CalDate(year[1], number, None)
        if weekday is not None:
            return None
        relative = self._relative_year(j2)
        if relative is not None:
            return relative[0], CalDate(None, number, None, year_offset=relative[1])
        bare = self.month(i, dated=False)
        if bare is None or (not self.whole and self.in_name(i, bare[0])):
            return None
        end = bare[0]
        marked = self.postposed(end, _NAMED_AFTER)
        if marked is not None:
            return marked[0], MonthRel(number, marked[1])  # "June last"
        closed = end + 2 >= self.n or self.kinds[end + 2] != WORD
        if self.w(end) == "after" and self.w(end + 1) == "next" and closed:
            return end + 2, MonthRel(number, "after_next")  # "March after next"
        if self.whole and self.w(end) == "in" and self.w(end + 2) in ("year", "years"):
            count = 1 if self.w(end + 1) in ("a", "one") else self.number(end + 1)
            if 0 < count < 100:
                return end + 3, CalDate(None, number, None, year_offset=count)  # "March in a year"
        return end, CalDate(None, number, None)

    def in_name(self, i: int, end: int) -> bool:
        """Whether the calendar word at *i* (ending before *end*) belongs to a name: unless a
        preposition such as "on" or "in" precedes it, a capitalized word right before it that
        starts no sentence ("Sue Monday"), or one right after it ("the Sunday Times")."""
        if self.w(i - 1) in TRIGGERS:
            return False
        after = end < self.n and self.kinds[end] == WORD and self.capitalized(end)
        if after and self.low[end] not in _CALENDAR_NEIGHBOURS:
            return True
        before = i - 1
        if before < 1 or self.kinds[before] != WORD or not self.capitalized(before):
            return False
        if self.low[before] in _CALENDAR_NEIGHBOURS or self.low[before] in TRIGGERS:
            return False
        return self.kinds[before - 1] != PUNCT or self.low[before - 1] in (",", "(", '"', "'")

    def day_first(self, i: int, weekday: int | None) -> Match | None:
        day = self.day_number(self.skip(i, "the"))
        if day is None:
            return None
        k, d, _ = day
        sep = self.w(k) if self.w(k) in ("-", "/") and self.adjacent(k) else ""
        k = self.skip(k, ".", "-", "/") if self.w(k) in (".", "-", "/") and self.adjacent(k) else k
        k = self.skip(k, "of", "de")
        month = self.month(k, dated=True)
        if month is None:
            return None
        m_end, number = month
        if sep:
            if self.w(m_end) != sep or self.digits(m_end + 1) not in (2, 4):
                return None
            short = self.values[m_end + 1]
            full = short if self.digits(m_end + 1) == 4 else short + (2000 if short < 50 else 1900)
            return m_end + 2, CalDate(full, number, d)
        year = self._year_after(m_end)
        if year is not None:
            return year[0], CalDate(year[1], number, d)
        if self.whole and day[2] and self.digits(m_end) == 2 and m_end + 1 == self.n:
            short = self.values[m_end]  # "14th April 15": a two-digit year
            return m_end + 1, CalDate(short + (2000 if short < 50 else 1900), number, d)
        relative = self._relative_year(m_end)
        if relative is not None:
            return relative[0], CalDate(None, number, d, year_offset=relative[1])
        if self.w(m_end) in _NOUNISH:
            return None
        return m_end, CalDate(None, number, d)

    def _relative_year(self, i: int) -> tuple[int, int] | None:
        """The year named relative to the anchor's at *i*, right after a day and month ("7
        March last year", "March 7 of next year"): where it ends, and its offset in years."""
        j = self.skip(i, "of")
        offset = _REL_OFFSET.get(self.w(j))
        if offset is None or self.w(j + 1) not in ("year", "yr"):
            return None
        return j + 2, offset

    def deictic(self, i: int) -> Match | None:
        word = self.w(i)
        offsets = {
            "today": 0,
            "tonight": 0,
            "tomorrow": 1,
            "yesterday": -1,
            "tomorrows": 1,
            "today's": 0,
            "tomorrow's": 1,
            "yesterday's": -1,
            "tonight's": 0,
        }
        if word in offsets:
            end = i + 1
            if self.w(end) in _DAY_PARTS:
                end += 1
            return self.with_clock(end, DayOffset(offsets[word]))
        if (
            word == "the"
            and self.w(i + 1) == "day"
            and self.w(i + 2) in ("before", "after")
            and self.w(i + 3) in ("yesterday", "tomorrow")
        ):
            sign = -1 if self.low[i + 3] == "yesterday" else 1
            return i + 4, DayOffset(sign * 2)
        if word == "the" and self.w(i + 1) in _DAY_PARTS and self.w(i + 2) == "of":
            found = self.calendar(i + 3) or self.weekday(i + 3)
            if found is not None and not isinstance(found[1], Range):
                return found
        if word == "this" and self.w(i + 1) in ("morning", "afternoon", "evening"):
            return i + 2, DayOffset(0)
        if word == "last" and self.w(i + 1) in ("night", "evening"):
            return i + 2, DayOffset(-1)
        return None

    def weekday(self, i: int) -> Match | None:
        rel = ""
        j = i
        if self.w(i) == "this" and self.w(i + 1) in ("coming", "past"):
            # "this coming Friday" is the first one after the anchor, "this past Friday" the last
            rel, j = ("this" if self.low[i + 1] == "coming" else "last"), i + 2
        elif self.w(i) in _REL_OFFSET and self.w(i) not in ("current", "upcoming"):
            rel = {"past": "last", "previous": "last", "coming": "next"}.get(
                self.low[i], self.low[i]
            )
            j = i + 1
        entry = WEEKDAYS.get(self.w(j))
        if entry is None or self.kinds[j] != WORD:
            return None
        number, full = entry
        end = j + 1 if full else self.dot(j + 1)
        if not self.whole and not rel:
            if not full and end == j + 1:
                return None
            if not full and not self.capitalized(j):
                return None
            if self.in_name(j, end):
                return None
        if not rel:
            k = self.skip(end, "of", "from")
            k = self.skip(k, "the")
            offset = _REL_OFFSET.get(self.w(k))
            if offset is not None and self.w(k + 1) == "week":
                return k + 2, Weekday(number, week_offset=offset)
            if self.w(end) == "after" and self.w(end + 1) == "next":
                return end + 2, Weekday(number, "after_next")
            if self.w(end) == "before" and self.w(end + 1) == "last":
                return end + 2, Weekday(number, "before_last")
            marked = self.postposed(end, _NAMED_AFTER)
            if marked is not None:
                return marked[0], Weekday(number, marked[1])
        if self.w(end) in _DAY_PARTS:
            end += 1
        return self.with_clock(end, Weekday(number, rel))

    def _counted_back(self, j: int) -> Match | None:
        """ "the week after next" (two ahead) and "the year before last" (two back), after
        "the"; so for a day or a part of one ("the night before last" is two days back), a
        weekend, a season or a month. Not where "last" or "next" names what follows ("the
        day before last Tuesday", "the week before last year's vote")."""
        offset = _TWO_AWAY.get((self.w(j + 1), self.w(j + 2)))
        end = j + 3
        if offset is None or self.w(end).removesuffix("'s") in _NAMED_BY_LAST:
            return None
        word = self.w(j)
        rel = "after_next" if offset > 0 else "before_last"
        unit = _UNIT_NOUNS.get(word)
        month = MONTHS.get(word)
        if unit is not None:
            return end, Unit(unit, offset)
        if word in _DAY_NOUNS:
            return end, DayOffset(offset)
        if word == "weekend":
            return end, Weekend(rel)
        if word in SEASONS:
            return end, Season(SEASONS[word], None, rel)
        if month is not None and month[1] and (word not in ("may", "march") or self.capitalized(j)):
            return end, MonthRel(month[0], rel)
        return None

    def gone_by(self, i: int) -> Match | None:
        """ "the Tuesday just gone", "the March just past", "the summer just passed", "the
        quarter just ended", "the week past": "the", a day or period, and a marker after it
        (see `postposed`) name the latest one before the anchor; without the marker "the
        Tuesday" names none."""
        j = i + 1
        marked = self.postposed(j + 1, ("past", "gone"))
        if marked is None and self.w(j + 1) == "ahead" and self.w(j + 2) != "of":
            marked = j + 2, "next"  # "the summer ahead", but not "the week ahead of the vote"
        if marked is None:
            return None
        end, rel = marked
        way = -1 if rel == "last" else 1
        word = self.w(j)
        day = WEEKDAYS.get(word)
        month = MONTHS.get(word)
        unit = _UNIT_NOUNS.get(word)
        node: Node | None = None
        if self.w(j + 1) == "ahead" and (unit is not None or word in SEASONS or word == "weekend"):
            # "the summer ahead" is the current or the coming one; "the year ahead" the year
            # from the anchor date, as "within the next year" is
            if unit is not None:
                return end, Within.one(unit)
            if word == "weekend":
                return end, Weekend("this")
            return end, Season(SEASONS[word], None, "this")
        if day is not None and day[1]:
            node = Weekday(day[0], rel)
        elif month is not None and month[1]:
            if word in ("may", "march") and not self.capitalized(j):
                return None  # "the march just past the square"
            node = MonthRel(month[0], rel)
        elif word in SEASONS:
            node = Season(SEASONS[word], None, rel)
        elif unit is not None:
            node = Unit(unit, way)
        elif word == "weekend":
            node = Weekend(rel)
        elif word == "fortnight":
            node = Fortnights(1, way)
        return None if node is None else (end, node)

    def relative(self, i: int) -> Match | None:
        """ "last week", "next month", "this year", "the past two weeks", "next March"."""
        j = self.skip(i, "the")
        if self.w(j) == "this" and self.w(j + 1) in ("past", "coming"):
            j += 1
        offset = _REL_OFFSET.get(self.w(j))
        if offset is None and j > i:
            counted = self._counted_back(j)
            if counted is not None:
                return counted
        if offset is None:
            if j > i and self.w(j) == "weekend":
                return j + 1, Weekend("")
            return None
        if (
            j > i
            and self.low[j] in ("previous", "next")
            and self.w(j + 1) in ("day", "week", "month", "year")
        ):
            return None
        word = self.w(j + 1)
        day = WEEKDAYS.get(self.w(j + 2))
        if word == "week's" and day is not None and day[1]:
            return j + 3, Weekday(day[0], week_offset=offset)
        if word.endswith("'s") and word[:-2] in _UNIT_NOUNS:
            word = word[:-2]
        rel = "next" if offset > 0 else ("last" if offset < 0 else "this")
        if word == "fortnight" and offset != 0:
            return j + 2, Fortnights(1, offset)
        unit = _UNIT_NOUNS.get(word)
        if unit is not None:
            return j + 2, Unit(unit, offset)
        if word == "weekend":
            return j + 2, Weekend(rel)
        if word in SEASONS:
            return j + 2, Season(SEASONS[word], None, rel)
        month = MONTHS.get(word)
        if (
            month is not None
            and month[1]
            and (word not in ("may", "march") or self.capitalized(j + 1))
        ):
            return j + 2, MonthRel(month[0], rel)
        if word == "few" and offset != 0:
            unit = _COUNTED_UNITS.get(self.w(j + 2).rstrip("s"))
            if unit is not None and self.low[j + 2].endswith("s"):
                start = -3 if offset < 0 else 1
                return j + 3, Approx(Unit(unit, start, 3))  # "the next few days": about three
        count = self.count(j + 1)
        if count is not None and offset != 0:
            k, n = count
            if self.w(k) == "fortnights" and n > 1:
                return k + 1, Fortnights(n, offset)
            unit = _COUNTED_UNITS.get(self.w(k).rstrip("s"))
            if unit is not None and n > 1:
                if self.low[j] == "upcoming":
                    return k + 1, Upcoming(unit, n)
                start = -n if offset < 0 else 1
                return k + 1, Unit(unit, start, n)
        return None

    def count(self, i: int) -> tuple[int, int] | None:
        if self.digits(i) in (1, 2, 3) and self.values[i] > 0:
            return i + 1, self.values[i]
        value = NUMBER_WORDS.get(self.w(i))
        if value is not None and self.low[i] not in ("a", "an", "hundred", "dozen", "couple"):
            return i + 1, value
        return None

    def season(self, i: int) -> Match | None:
        j = self.skip(i, "the")
        word = self.w(j)
        if word not in SEASONS:
            return None
        k = self.skip(self.skip(j + 1, "of"), ",")
        year = self.year(k)
        if year is not None:
            end, first = year
            if self.w(end) in ("-", "\u2013", "/") and self.number(end + 1) == (first + 1) % 100:
                end += 2  # "the winter of 2023-24" starts in the first year
            return end, Season(SEASONS[word], first)
        the_fall = word == "fall" and j > i and self.w(i - 1) in ("in", "during", "by")
        if (word == "fall" or (not self.whole and self.w(i - 1) not in TRIGGERS)) and not the_fall:
            return None
        return j + 1, Season(SEASONS[word], None)

    def quarter(self, i: int) -> Match | None:
        j = self.skip(i, "the")
        number = None
        k = j
        word = self.w(j)
        if word in ORDINALS and 1 <= ORDINALS[word] <= 4:
            number, k = ORDINALS[word], j + 1
        elif word == "last" and j > i and self.w(j + 1) == "quarter" and self.w(j + 2) == "of":
            number, k = 4, j + 1  # "the last quarter of 2023"
        elif self.digits(j) == 1 and 1 <= self.values[j] <= 4 and self.w(j + 1) in ORDINAL_SUFFIXES:
            number, k = self.values[j], j + 2
        if number is not None:
            k = self.skip(k, "-")
            if self.w(k) not in ("quarter", "qtr"):
                return None
            return self._quarter_year(k + 1, number)
        if (
            word == "q"
            and self.digits(j + 1) == 1
            and self.adjacent(j + 1)
            and 1 <= self.values[j + 1] <= 4
            and self.capitalized(j)
        ):
            return self._quarter_year(j + 2, self.values[j + 1])
        if (
            self.digits(j) in (2, 4)
            and self.w(j + 1) == "q"
            and self.adjacent(j + 1)
            and self.digits(j + 2) == 1
            and self.adjacent(j + 2)
            and 1 <= self.values[j + 2] <= 4
        ):
            year = self.values[j] + (2000 if self.digits(j) == 2 else 0)
            return j + 3, Quarter(self.values[j + 2], year)
        return None

    def _quarter_year(self, i: int, number: int) -> Match:
        year = self._year_after(self.skip(i, "of"))
        if year is not None:
            return year[0], Quarter(number, year[1])
        j = self.skip(self.skip(i, "of"), "the")
        offset = _REL_OFFSET.get(self.w(j))
        if offset is not None and self.w(j + 1) in ("year", "yr"):
            return j + 2, Quarter(number, None, year_offset=offset)
        if self.w(i) in REPORTING_NOUNS:
            return i, Directed(Quarter(number, None), future=False)
        return i, Quarter(number, None)

    def year_or_decade(self, i: int) -> Match | None:
        j = self.skip(i, "the")
        if j > i and self.w(j) == "year":
            found = self.year(j + 1)
            return (found[0], Year(found[1])) if found else None
        if j > i and self.w(j) == "years":
            return self._years(j + 1)
        if self.w(j) in DECADE_WORDS and (j > i or self.whole):
            return j + 1, Decade(DECADE_WORDS[self.low[j]])
        k = j + 1 if self.w(j) in ("'", "\u2019") else j
        if (
            self.digits(k) in (2, 4)
            and self.values[k] % 10 == 0
            and self.adjacent(k + 1)
            and self.w(k + 1) in ("s", "'s")
            and (k > j or j > i or self.digits(k) == 4 or self.w(i - 1) in _DECADE_CUES)
        ):
            value = self.values[k]
            if self.digits(k) == 4 and value < 1000:
                return None
            return k + 2, Decade(value)
        if j > i:
            return None
        found = self.year(j, loose=False)
        if found is None:
            return None
        end, value = found
        if self.w(end) in _RANGE_DASH | {"/"} and self.adjacent(end) and self.digits(end + 1) == 2:
            short = self.values[end + 1]
            last = value // 100 * 100 + short
            if last > value and not (self.adjacent(end + 2) and self.kinds[end + 2] != PUNCT):
                return self.span_noun(end + 2), Range(Year(value), Year(last))
        if (
            self.w(end) == "/"  # a dash joins two years in `Parser.ranged`
            and self.adjacent(end)
            and self.number(end + 1) == value + 1
            and self.span_noun(end + 2) > end + 2
        ):
            return self.span_noun(end + 2), Range(Year(value), Year(value + 1))
        return end, Year(value)

    def _years(self, k: int) -> Match | None:
        """The span after "the years": "the years 2021 to 2024", "the years 2019-22", "the
        years between 2010 and 2015"."""
        first = self.year(self.skip(k, "from", "between"))
        if first is None:
            return None
        end, start = first
        last: tuple[int, int] | None = None
        if self.w(end) in ("to", "through", "until", "and", *_RANGE_DASH):
            if self.digits(end + 1) == 2 and self.w(end) in _RANGE_DASH:
                last = end + 2, start // 100 * 100 + self.values[end + 1]
            else:
                last = self.year(end + 1)
        if last is None or last[1] <= start:
            return None
        return last[0], Range(Year(start), Year(last[1]))

    def span_noun(self, i: int) -> int:
        """Where a noun after two years ends ("the 2023-24 season", "the 2019-2022 period",
        "the 2024/2025 financial year") in an expression, or *i* if none is there; in running
        text the mention is the years alone, as it is a length alone ("five-year")."""
        if not self.whole:
            return i
        word = self.w(i)
        if word in _SPAN_NOUNS:
            return i + 1
        if word in _YEAR_KINDS and self.w(i + 1) == "year":
            return i + 2
        return i

    def time_alone(self, i: int) -> Match | None:
        clock = self.clock(i)
        if clock is None:
            return None
        end, hour, minute, zone = clock
        marked = zone is not None or self.w(i + 1) in ("am", "pm", "a", "p", "o'clock")
        if not self.whole and not marked and self.w(i - 1) not in _CLOCK_CUES:
            return None
        day: Node = DayOffset(0)
        if self.w(end) == "local" and self.w(end + 1) == "time":
            end += 2
        if self.w(end) in WEEKDAYS or self.w(end) in ("today", "yesterday", "tomorrow"):
            found = self.weekday(end) or self.deictic(end)
            if found is not None and not isinstance(found[1], Clock):
                end, day = found
        elif self.w(end) in ("on", ","):
            k = end + 1
            if self.low[end] == "," and self.w(k) == "on":
                k += 1
            found = self.calendar(k) or self.weekday(k) or self.deictic(k)
            if found is not None and not isinstance(found[1], (Clock, Range)):
                end, day = found
            elif self.low[end] == "on" or self.w(k) == "on":
                return None
        return end, Clock(day, hour, minute, zone)  # type: ignore[arg-type]
