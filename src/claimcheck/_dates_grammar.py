"""The grammar of calendar expressions: tokens in, `Node` trees out.

`Grammar.parse(i)` tries every production at token *i* and keeps the longest match. Each
production looks ahead a bounded number of tokens, so scanning a text is linear in its length.
Productions for signals (since, between), ranges and durations live in `_dates_phrases`.
*whole* is set when the caller says the text is one expression (`normalize`); it relaxes the
checks that keep ambiguous words ("March", "Sat", a bare "2014") out of running text.
"""

from __future__ import annotations

from datetime import timedelta, timezone

from claimcheck._dates_lexicon import (
    CJK_DAY,
    CJK_MONTH,
    CJK_YEAR,
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
    ZONES,
    Tokens,
)
from claimcheck._dates_resolve import (
    CalDate,
    Clock,
    DayOffset,
    Decade,
    MonthRel,
    Node,
    Quarter,
    Range,
    Reported,
    Season,
    Unit,
    Weekday,
    Weekend,
    Year,
)
from claimcheck.timespan import Granularity

__all__ = ["TRIGGERS", "Grammar", "Match"]

Match = tuple[int, Node]

TRIGGERS = frozenset(
    {"in", "on", "since", "until", "till", "by", "before", "after", "from", "during", "of",
     "to", "through", "thru", "between", "and", "early", "late", "mid", "last", "next", "this",
     "end", "beginning", "start", "around", "about", "circa", "throughout", "as", "for",
     "starting", "ending", "in", "at", "middle", "-", "–", "—", "or", "spring", "summer",
     "autumn", "fall", "winter", "year", "de", "le", "el", "am", "im", "vom", "seit"}
)
_REL_OFFSET = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1,
               "coming": 1, "upcoming": 1}
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "noon", "midday"})
_NOUNISH = frozenset({"percent", "per", "people", "points", "votes", "seats", "million",
                      "billion", "thousand", "times", "%", "members", "cases", "deaths"})
_RANGE_DASH = frozenset({"-", "–", "—"})
_UNIT_NOUNS = {"week": Granularity.WEEK, "month": Granularity.MONTH,
               "year": Granularity.YEAR, "quarter": Granularity.QUARTER,
               "decade": Granularity.DECADE, "yr": Granularity.YEAR,
               "qtr": Granularity.QUARTER}


_COUNTED_UNITS = {**_UNIT_NOUNS, "day": Granularity.DAY}


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
        self.n = len(tokens)
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

    # -- small pieces -------------------------------------------------------------------

    def year(self, i: int, *, loose: bool = True) -> tuple[int, int] | None:
        """A four-digit year, or "'24"; *loose* False applies the running-text checks."""
        if i < self.n and self.low[i] in ("'", "’") and self.digits(i + 1) == 2 and self.adjacent(i + 1):
            end = i + 2
            if self.w(end) == "s" and self.adjacent(end):
                return None
            return end, 2000 + self.values[i + 1]
        if self.digits(i) != 4 or self.adjacent(i) and self.kinds[i - 1] != PUNCT:
            return None
        value = self.values[i]
        if not 1000 <= value <= 9989:
            return None
        nxt = self.w(i + 1)
        if nxt in ("%", "s", "'s") and self.adjacent(i + 1):
            return None
        if self.adjacent(i + 1) and self.kinds[i + 1] != PUNCT:
            return None
        if i + 2 < self.n and nxt in (",", ".") and self.adjacent(i + 1) and self.adjacent(i + 2) \
                and self.kinds[i + 2] == NUM:
            return None
        if self.w(i - 1) in ("$", "£", "€", "#", "no", "number", "article", "section", "model",
                             "room", "flight", "page", "route", "chapter", "rule") or (
                self.w(i - 1) == "." and self.w(i - 2) == "no"):
            return None
        if not loose and not self.whole:
            if not self.prev_is_trigger(i):
                return None
            if not 1900 <= value <= 2100 and nxt.endswith("s") and self.kinds[i + 1] == WORD:
                return None
        end = i + 1
        if self.w(end) in ("ad", "ce"):
            end += 1
        elif self.w(end) == "a" and self.w(end + 1) == "." and self.w(end + 2) == "d":
            end = self.dot(end + 3)
        return end, value

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
        if self.w(end) in (":", ".", ",") and self.adjacent(end) and self.number(end + 1) >= 0 \
                and self.adjacent(end + 1):
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
        if word in ("may", "march", "mar", "mai", "mars"):
            if not self.capitalized(i) and not (self.whole and dated):
                return None
            if not dated and not self.prev_is_trigger(i) and (word == "may" or not self.whole):
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
        if self.w(end) in (":", ".") and self.digits(end + 1) == 2 \
                and (self.low[end] == ":" or self.w(end + 2) in ("am", "pm", "a", "p")) and self.adjacent(end) \
                and self.adjacent(end + 1) and self.values[end + 1] < 60:
            minute = self.values[end + 1]
            end += 2
            if self.w(end) == ":" and self.digits(end + 1) == 2 and self.adjacent(end):
                end += 2
        marker = self.w(end)
        if marker in ("am", "pm") or (marker in ("a", "p") and self.w(end + 1) == "."
                                      and self.w(end + 2) == "m"):
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
        if zone is not None and self.raw[i].isupper():
            return i + 1, hour, minute, zone
        return i, hour, minute, None

    # -- productions ---------------------------------------------------------------------

    def calendar(self, i: int) -> Match | None:
        """Dates with month names or numbers, with an optional weekday and time of day."""
        weekday = None
        start = i
        entry = WEEKDAYS.get(self.w(i))
        if entry is not None:
            weekday = entry[0]
            i = self.skip(i + 1 if entry[1] else self.dot(i + 1), ",")
            i = self.skip(i, "the")
        found = self.month_first(i, weekday) or self.day_first(i, weekday)
        if found is None and weekday is not None:
            day = self.day_number(i)
            if day is not None and (day[2] or self.whole) and MONTHS.get(self.w(day[0])) is None \
                    and (self.kinds[i] == NUM or day[0] >= self.n or self.kinds[day[0]] != WORD):
                found = day[0], CalDate(None, None, day[1], weekday=weekday)
        if found is None:
            return None
        end, node = found
        return self.with_clock(end, node)

    def month_first(self, i: int, weekday: int | None) -> Match | None:
        month = self.month(i, dated=True)
        if month is None:
            return None
        j, number = month
        j2 = self.skip(j, ",")
        j2 = self.skip(j2, "the")
        day = self.day_number(j2)
        if day is not None and MONTHS.get(self.w(day[0])) is None:
            k, d, _ = day
            if self.w(k) in _RANGE_DASH or self.w(k) in ("to", "through", "thru", "until", "till"):
                last = self.day_number(k + 1)
                if last is not None and last[1] > d and MONTHS.get(self.w(last[0])) is None:
                    year = self._year_after(last[0])
                    end, y = year if year else (last[0], None)
                    return end, Range(CalDate(y, number, d), CalDate(y, number, last[1]))
            year = self._year_after(k)
            if year is not None:
                return year[0], CalDate(year[1], number, d, weekday=weekday)
            if j2 != j and self.w(j) == "," and self.w(k) in _NOUNISH | {"of"}:
                return None
            if self.w(k) in _NOUNISH or self.w(k) in UNITS:
                return None
            if self.w(k) == "," and WEEKDAYS.get(self.w(k + 1)) is not None:
                weekday = WEEKDAYS[self.low[k + 1]][0]
                k = self.dot(k + 2)
            return k, CalDate(None, number, d, weekday=weekday)
        year = self._year_after(j, month_year=True)
        if year is not None:
            return year[0], CalDate(year[1], number, None)
        if weekday is not None:
            return None
        if self.w(j2) == "of":
            j2 += 1
        rel = _REL_OFFSET.get(self.w(j2))
        if rel is not None and self.w(j2 + 1) in ("year", "yr"):
            return j2 + 2, CalDate(None, number, None, year_offset=rel)
        bare = self.month(i, dated=False)
        if bare is None:
            return None
        return bare[0], CalDate(None, number, None)

    def _year_after(self, i: int, *, month_year: bool = False) -> tuple[int, int] | None:
        j = self.skip(i, ",")
        j = self.skip(j, "of", "de", "del")
        found = self.year(j)
        if found is None and month_year and self.w(j) in ("'", "’"):
            found = self.year(j)
        if found is None:
            return None
        if self.w(found[0]) in _RANGE_DASH and self.digits(found[0] + 1) in (2, 4):
            return None
        return found

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
            return m_end + 2, CalDate(full, number, d, weekday=weekday)
        year = self._year_after(m_end)
        if year is not None:
            return year[0], CalDate(year[1], number, d, weekday=weekday)
        if self.w(m_end) in _NOUNISH:
            return None
        return m_end, CalDate(None, number, d, weekday=weekday)

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
            if self.adjacent(i + 5) and self.w(i + 5) in (".", "-", "/") and self.number(i + 6) >= 0:
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
        if self.adjacent(i + 3) and self.w(i + 3) in ("-", "/", ".", ":") and self.number(i + 4) >= 0:
            return None
        if self.digits(i) == 4 and 1 <= b <= 12 and self.digits(i + 2) == 2 and sep != ".":
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
        elif self.w(end) in ("+", "-") and self.digits(end + 1) == 2 and self.w(end + 2) == ":" \
                and self.digits(end + 3) == 2:
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

    def deictic(self, i: int) -> Match | None:
        word = self.w(i)
        offsets = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1, "tomorrows": 1,
                   "today's": 0, "tomorrow's": 1, "yesterday's": -1, "tonight's": 0}
        if word in offsets:
            end = i + 1
            if self.w(end) in _DAY_PARTS:
                end += 1
            return self.with_clock(end, DayOffset(offsets[word]))
        if word == "the" and self.w(i + 1) == "day" and self.w(i + 2) in ("before", "after") \
                and self.w(i + 3) in ("yesterday", "tomorrow"):
            sign = -1 if self.low[i + 3] == "yesterday" else 1
            return i + 4, DayOffset(sign * 2)
        if word == "this" and self.w(i + 1) in ("morning", "afternoon", "evening"):
            return i + 2, DayOffset(0)
        if word == "last" and self.w(i + 1) in ("night", "evening"):
            return i + 2, DayOffset(-1)
        return None

    def weekday(self, i: int) -> Match | None:
        rel = ""
        j = i
        if self.w(i) in _REL_OFFSET and self.w(i) not in ("current", "upcoming"):
            rel = {"past": "last", "previous": "last", "coming": "next"}.get(self.low[i], self.low[i])
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
            nxt = end
            if nxt < self.n and self.kinds[nxt] == WORD and self.capitalized(nxt) \
                    and self.low[nxt] not in MONTHS and self.low[nxt] not in _DAY_PARTS \
                    and self.adjacent(nxt) is False and self.low[nxt] not in TRIGGERS:
                return None
        if not rel:
            k = self.skip(end, "of", "from")
            k = self.skip(k, "the")
            offset = _REL_OFFSET.get(self.w(k))
            if offset is not None and self.w(k + 1) == "week":
                return k + 2, Weekday(number, week_offset=offset)
            if self.w(end) == "after" and self.w(end + 1) == "next":
                return end + 2, Weekday(number, "after_next")
        if self.w(end) in _DAY_PARTS:
            end += 1
        return self.with_clock(end, Weekday(number, rel))

    def relative(self, i: int) -> Match | None:
        """ "last week", "next month", "this year", "the past two weeks", "next March"."""
        j = self.skip(i, "the")
        if self.w(j) == "this" and self.w(j + 1) == "past":
            j += 1
        offset = _REL_OFFSET.get(self.w(j))
        if offset is None:
            if j > i and self.w(j) == "weekend":
                return j + 1, Weekend("")
            return None
        if j > i and self.low[j] in ("previous", "next") and self.w(j + 1) in ("day", "week",
                                                                               "month", "year"):
            return None
        word = self.w(j + 1)
        if word.endswith("'s") and word[:-2] in _UNIT_NOUNS:
            word = word[:-2]
        rel = "next" if offset > 0 else ("last" if offset < 0 else "this")
        unit = _UNIT_NOUNS.get(word)
        if unit is not None:
            return j + 2, Unit(unit, offset)
        if word == "weekend":
            return j + 2, Weekend(rel)
        if word in SEASONS:
            return j + 2, Season(SEASONS[word], None, rel)
        month = MONTHS.get(word)
        if month is not None and month[1]:
            return j + 2, MonthRel(month[0], rel)
        if word == "week's" and self.w(j + 2) in WEEKDAYS and WEEKDAYS[self.low[j + 2]][1]:
            return j + 3, Weekday(WEEKDAYS[self.low[j + 2]][0], week_offset=offset)
        count = self.count(j + 1)
        if count is not None and offset != 0:
            k, n = count
            unit = _COUNTED_UNITS.get(self.w(k).rstrip("s"))
            if unit is not None and n > 1:
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
        year = self._year_after(self.skip(j + 1, "of"))
        if year is None and self.w(j + 1) == "of":
            year = None
        if year is not None:
            return year[0], Season(SEASONS[word], year[1])
        if word == "fall" or (not self.whole and self.w(i - 1) not in TRIGGERS):
            if not (word == "fall" and j > i and self.w(i - 1) in ("in", "during", "by")):
                return None
        return j + 1, Season(SEASONS[word], None)

    def quarter(self, i: int) -> Match | None:
        j = self.skip(i, "the")
        number = None
        k = j
        word = self.w(j)
        if word in ORDINALS and 1 <= ORDINALS[word] <= 4:
            number, k = ORDINALS[word], j + 1
        elif self.digits(j) == 1 and 1 <= self.values[j] <= 4 and self.w(j + 1) in ORDINAL_SUFFIXES:
            number, k = self.values[j], j + 2
        if number is not None:
            k = self.skip(k, "-")
            if self.w(k) not in ("quarter", "qtr"):
                return None
            return self._quarter_year(k + 1, number)
        if word == "q" and self.digits(j + 1) == 1 and self.adjacent(j + 1) \
                and 1 <= self.values[j + 1] <= 4 and self.capitalized(j):
            return self._quarter_year(j + 2, self.values[j + 1])
        if self.digits(j) in (2, 4) and self.w(j + 1) == "q" and self.adjacent(j + 1) \
                and self.digits(j + 2) == 1 and self.adjacent(j + 2) and 1 <= self.values[j + 2] <= 4:
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
            return i, Reported(Quarter(number, None))
        return i, Quarter(number, None)

    def year_or_decade(self, i: int) -> Match | None:
        j = self.skip(i, "the")
        if j > i and self.w(j) == "year":
            found = self.year(j + 1)
            return (found[0], Year(found[1])) if found else None
        if self.w(j) in DECADE_WORDS and (j > i or self.whole):
            return j + 1, Decade(DECADE_WORDS[self.low[j]])
        k = j + 1 if self.w(j) in ("'", "’") else j
        if self.digits(k) in (2, 4) and self.values[k] % 10 == 0 and self.adjacent(k + 1) \
                and self.w(k + 1) in ("s", "'s") and (k > j or j > i or self.digits(k) == 4):
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
                return end + 2, Range(Year(value), Year(last))
        return end, Year(value)

    def time_alone(self, i: int) -> Match | None:
        if not self.whole and self.w(i - 1) not in ("at", "by", "from", "until", "around"):
            return None
        clock = self.clock(i)
        if clock is None:
            return None
        end, hour, minute, zone = clock
        day: Node = DayOffset(0)
        if self.w(end) == "local" and self.w(end + 1) == "time":
            end += 2
        if self.w(end) == "on" or (self.w(end) == "," and self.w(end + 1) == "on"):
            k = end + 1 if self.low[end] == "on" else end + 2
            found = self.calendar(k) or self.weekday(k) or self.deictic(k)
            if found is None:
                return None
            end, day = found
            if isinstance(day, Clock):
                return None
        return end, Clock(day, hour, minute, zone)  # type: ignore[arg-type]
