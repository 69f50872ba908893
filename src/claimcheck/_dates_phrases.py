"""Phrases built from calendar expressions: durations, parts, ranges, signals.

`Parser` extends `Grammar` with the productions that combine or qualify: "more than a year",
"two months before", "mid-2025", "the end of the year", "9-11 July", "from 2014 to 2024",
"since 2008", "around 2014"; and `Parser.parse`, which tries them all at one token.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from claimcheck._dates_grammar import _REL_OFFSET, _UNIT_NOUNS, Match
from claimcheck._dates_named import NamedGrammar
from claimcheck._dates_lexicon import (
    DECADE_WORDS,
    HOLIDAY_HEADS,
    MONTHS,
    NUM,
    NUMBER_WORDS,
    ORDINALS,
    PAST_MARKERS,
    PUNCT,
    SEASONS,
    SUPERLATIVE_CUES,
    UNITS,
    WEEKDAYS,
    WORD,
)
from claimcheck._dates_resolve import (
    Approx,
    CalDate,
    Decade,
    DayOffset,
    EarlierLater,
    Holiday,
    Length,
    Node,
    NthWeekday,
    Offset,
    Open,
    Part,
    Quarter,
    Range,
    Season,
    Shift,
    Unit,
    Weekday,
    Within,
    Year,
)
from claimcheck.timespan import Duration, Granularity, Modifier, Relation

__all__ = ["START_WORDS", "Parser"]

_HEDGE_ONE = {"about": Modifier.APPROX, "around": Modifier.APPROX, "roughly": Modifier.APPROX,
              "approximately": Modifier.APPROX, "nearly": Modifier.APPROX,
              "almost": Modifier.APPROX, "some": Modifier.APPROX, "circa": Modifier.APPROX,
              "over": Modifier.MORE_THAN, "under": Modifier.LESS_THAN,
              "upwards": Modifier.MORE_THAN}
_HEDGE_TWO = {("more", "than"): Modifier.MORE_THAN, ("longer", "than"): Modifier.MORE_THAN,
              ("less", "than"): Modifier.LESS_THAN, ("fewer", "than"): Modifier.LESS_THAN,
              ("shorter", "than"): Modifier.LESS_THAN, ("at", "least"): Modifier.EQUAL_OR_MORE,
              ("at", "most"): Modifier.EQUAL_OR_LESS, ("up", "to"): Modifier.EQUAL_OR_LESS,
              ("upwards", "of"): Modifier.MORE_THAN}
_HEDGE_THREE = {("no", "more", "than"): Modifier.EQUAL_OR_LESS,
                ("no", "less", "than"): Modifier.EQUAL_OR_MORE,
                ("not", "more", "than"): Modifier.EQUAL_OR_LESS}
_DATE_HEDGES = frozenset({"about", "around", "circa", "approximately", "roughly"})
_FREQUENCY = frozenset({"times", "once", "twice", "per", "every", "each", "thrice", "a", "an",
                        "million", "billion", "m", "bn", "k", "%", "percent", "$", "£", "€"})
_LENGTH_CUES = frozenset(
    {"for", "in", "within", "over", "than", "least", "most", "to", "after", "before", "only",
     "just", "barely", "nearly", "almost", "about", "around", "roughly", "some", "under",
     "lasting", "last", "lasts", "take", "takes", "took", "spend", "spent", "spends", "wait",
     "waited", "of", "up", "by", "another", "extra", "additional", "mere", "full", "whole",
     "entire", "past", "next", "first", "last", "nearly", "less", "more", "than"}
)
_RELATION_WORDS = frozenset({"ago", "later", "earlier", "before", "after", "on", "afterwards",
                             "previously", "prior", "hence", "from", "and"})
_PARTS = {"early": "early", "mid": "mid", "late": "late", "middle": "mid", "end": "end",
          "beginning": "start", "start": "start", "close": "end"}
_OPENERS = {"since": Modifier.ON_OR_AFTER, "until": Modifier.ON_OR_BEFORE,
            "till": Modifier.ON_OR_BEFORE, "through": Modifier.ON_OR_BEFORE,
            "thru": Modifier.ON_OR_BEFORE, "before": Modifier.BEFORE, "after": Modifier.AFTER,
            "from": Modifier.ON_OR_AFTER}
_CONNECTORS = frozenset({"-", "–", "—", "to", "through", "thru", "until", "till"})
_DATE_NODES = (CalDate, Year, Quarter, Season, Holiday, DayOffset, Weekday, Decade, NthWeekday)
_EVENT_UNITS = {"day": Duration(days=1), "morning": Duration(days=1), "week": Duration(weeks=1),
                "month": Duration(months=1), "year": Duration(years=1),
                "weekend": Duration(weeks=1), "evening": Duration(days=1),
                "night": Duration(days=1)}


def _is_date(node: Node) -> bool:
    return not isinstance(node, (Length, Within))


class Parser(NamedGrammar):
    """Every production, and the longest match at a token."""

    __slots__ = ()

    def parse(self, i: int) -> Match | None:
        """The longest expression that starts at token *i*, or ``None``."""
        best = self.signal(i)
        found = self.ranged(i)
        if found is not None and (best is None or found[0] > best[0]):
            best = found
        return best

    def core(self, i: int) -> Match | None:
        if i >= self.n:
            return None
        kind = self.kinds[i]
        if (kind == PUNCT and self.low[i] not in ("'", "’")) or (kind == NUM and self.values[i] < 0):
            return None
        best: Match | None = None
        productions = _NUMBER_STARTS if kind == NUM else _WORD_STARTS.get(self.low[i], ())
        for production in productions:
            found = production(self, i)
            if found is not None and (best is None or found[0] > best[0]):
                best = found
        return best

    # -- ranges and signals ---------------------------------------------------------------

    def ranged(self, i: int, *, opened: bool = False) -> Match | None:
        """A core expression, or two joined by a dash, "to" or "through"."""
        strict = self.core(i)
        if strict is not None and not _is_date(strict[1]):
            return strict
        if self.whole:
            first = strict
        else:
            low = self.low
            if not any(low[k] in _CONNECTORS for k in range(i + 1, min(self.n, i + 9))):
                return strict
            self.whole = True
            try:
                first = self.core(i)
            finally:
                self.whole = False
        if first is None:
            return strict
        end, node = first
        if self.w(end) not in _CONNECTORS or not isinstance(node, _DATE_NODES):
            return strict
        joined = self._join(i, end + 1, node, need_strict=strict is None and not opened)
        if joined is None or (strict is not None and joined[0] <= strict[0]):
            return strict
        return joined

    def _join(self, i: int, j: int, first: Node, *, need_strict: bool) -> Match | None:
        second = self.core(j)
        if second is None:
            whole = self.whole
            self.whole = True
            try:
                second = self.core(j)
            finally:
                self.whole = whole
            if second is None or (need_strict and not (isinstance(first, Year)
                                                       and isinstance(second[1], Year))):
                return None
        end, last = second
        if not isinstance(last, _DATE_NODES):
            return None
        if isinstance(first, Year) and isinstance(last, Year) and last.year <= first.year:
            return None
        if isinstance(first, CalDate) and isinstance(last, CalDate):
            first = _borrow(first, last)
        return end, Range(first, last)

    def signal(self, i: int) -> Match | None:
        word = self.w(i)
        if word == "between":
            first = self._loose(i + 1) or self._day_only(i + 1)
            if first is None or self.w(first[0]) != "and":
                return self.day_range(i + 1)
            second = self._loose(first[0] + 1)
            if second is None or not isinstance(second[1], _DATE_NODES):
                return None
            node = first[1]
            if isinstance(node, CalDate) and isinstance(second[1], CalDate):
                node = _borrow(node, second[1])
            return second[0], Range(node, second[1])
        j = i + 1
        modifier = _OPENERS.get(word)
        if word in ("up", "prior") and self.w(i + 1) in ("until", "to"):
            modifier = Modifier.ON_OR_BEFORE if word == "up" else Modifier.BEFORE
            j = i + 2
        if modifier is None:
            return None
        if word == "from":
            ranged = self.ranged(j, opened=True)
            if ranged is not None and isinstance(ranged[1], Range):
                return ranged
        found = self.ranged(j, opened=True) if word != "from" else self.core(j)
        if found is None or not _is_date(found[1]) or isinstance(found[1], (Shift, Open)) \
                and word in ("after", "before"):
            return None
        return found[0], Open(found[1], modifier)

    def _loose(self, i: int) -> Match | None:
        whole = self.whole
        self.whole = True
        try:
            found = self.core(i)
        finally:
            self.whole = whole
        return found if found is not None and _is_date(found[1]) else None

    def _day_only(self, i: int) -> Match | None:
        day = self.day_number(self.skip(i, "the"))
        return (day[0], CalDate(None, None, day[1])) if day else None

    def day_range(self, i: int) -> Match | None:
        """ "9-11 July", "from the 13th to the 15th of July 2024"."""
        first = self.day_number(self.skip(i, "the"))
        if first is None or i >= self.n or self.kinds[i] == WORD and self.low[i] != "the":
            return None
        j = first[0]
        if self.w(j) not in _CONNECTORS and self.w(j) != "and":
            return None
        last = self.day_number(self.skip(j + 1, "the"))
        if last is None or last[1] <= first[1]:
            return None
        k = self.skip(last[0], "of")
        month = self.month(k, dated=True)
        if month is None:
            return None
        end, number = month
        year = self._year_after(end)
        y = None
        if year is not None:
            end, y = year
        return end, Range(CalDate(y, number, first[1]), CalDate(y, number, last[1]))

    # -- parts of periods -----------------------------------------------------------------

    def part(self, i: int) -> Match | None:
        """ "early March", "mid-2025", "the end of the year", "the first half of 2025"."""
        j = self.skip(i, "the")
        word = self.w(j)
        if word in ("earlier", "later"):
            k = self.skip(j + 1, "in")
            k = self.skip(k, "this", "the")
            unit = _UNIT_NOUNS.get(self.w(k))
            if unit is None or k == j + 1 or unit is Granularity.DECADE:
                return None
            return k + 1, EarlierLater(unit, later=word == "later")
        if self.raw[j] in ("EOM", "BOM") if j < self.n else False:
            return j + 1, Part(Unit(Granularity.MONTH, 0), "end" if word == "eom" else "start")
        part = _PARTS.get(word)
        k = j + 1
        if part is None:
            if word in ("first", "second", "latter") and self.w(j + 1) == "half" \
                    and self.w(j + 2) == "of":
                part, k = ("h1" if word == "first" else "h2"), j + 3
            elif word == "h" and self.raw[j] == "H" and self.number(j + 1) in (1, 2) \
                    and self.adjacent(j + 1):
                part = f"h{self.values[j + 1]}"
                k = self.skip(j + 2, "of")
            else:
                return None
        elif word in ("end", "beginning", "start", "middle", "close"):
            if self.w(k) != "of":
                return None
            k += 1
        elif self.w(k) in ("-", "–") and self.adjacent(k):
            k += 1
        elif j > i and word != "late" and word != "early" and word != "mid":
            return None
        target = self._part_target(k)
        if target is None:
            return None
        end, node = target
        if isinstance(node, CalDate) and node.day is not None:
            return None
        if isinstance(node, Decade) and part in ("h1", "h2"):
            return None
        return end, Part(node, part)

    def _part_target(self, k: int) -> Match | None:
        if self.w(k) == "the" and self.w(k + 1) in _UNIT_NOUNS:
            return k + 2, Unit(_UNIT_NOUNS[self.low[k + 1]], 0)
        if self.w(k) in _UNIT_NOUNS and self.w(k - 1) == "of":
            return k + 1, Unit(_UNIT_NOUNS[self.low[k]], 0)
        if self.w(k) in ("this", "last", "next") or self.w(k) in _REL_OFFSET:
            return self.relative(k)
        if self.w(k) in MONTHS:
            return self.month_first(k, None) if self.month(k, dated=True) else None
        return self.season(k) or self.quarter(k) or self.year_or_decade(k)

    def event_relative(self, i: int) -> Match | None:
        """ "the following week", "the next day", "the previous month", "the day before"."""
        if self.w(i) != "the":
            return None
        word, unit = self.w(i + 1), self.w(i + 2)
        if word in ("following", "next", "previous", "preceding") and unit in _EVENT_UNITS:
            if word == "next" and unit not in ("day", "morning", "evening", "night"):
                return None
            relation = Relation.AFTER if word in ("following", "next") else Relation.BEFORE
            return i + 3, Length(_EVENT_UNITS[unit]).related(relation)
        if word in _EVENT_UNITS and self.w(i + 2) in ("before", "after"):
            if self.w(i + 3) in ("yesterday", "tomorrow"):
                return None
            relation = Relation.AFTER if unit == "after" else Relation.BEFORE
            return i + 3, Length(_EVENT_UNITS[word]).related(relation)
        return None

    # -- durations ------------------------------------------------------------------------

    def amount(self, i: int) -> tuple[int, int] | None:
        """A count: digits, a number word ("twenty-five"), "a", "a couple of", "a dozen"."""
        if self.kinds[i] == NUM if i < self.n else False:
            if self.digits(i) > 4 or self.values[i] <= 0:
                return None
            if self.adjacent(i) and self.low[i - 1] in (".", ",", "-", "/", ":"):
                return None
            nxt = self.w(i + 1)
            if nxt in (",", ".") and self.adjacent(i + 1) and self.number(i + 2) >= 0:
                return None
            return i + 1, self.values[i]
        word = self.w(i)
        value = NUMBER_WORDS.get(word)
        if value is None:
            return None
        if word in ("a", "an"):
            if self.w(i + 1) == "couple" and self.w(i + 2) == "of":
                return i + 3, 2
            if self.w(i + 1) == "dozen":
                return i + 2, 12
            if self.w(i + 1) == "few":
                return None
        elif word in ("dozen", "couple", "hundred"):
            return None
        end = i + 1
        if value >= 20 and value % 10 == 0:
            k = end + 1 if self.w(end) == "-" and self.adjacent(end) else end
            extra = NUMBER_WORDS.get(self.w(k))
            if extra is not None and 1 <= extra <= 9 and self.low[k] not in ("a", "an"):
                return k + 1, value + extra
        return end, value

    def length(self, i: int) -> tuple[int, Duration, Granularity | str] | None:
        half = False
        if self.w(i) == "half" and self.w(i + 1) in ("a", "an"):
            j, count, half = i + 2, 0, True
        else:
            found = self.amount(i)
            if found is None:
                return None
            j, count = found
            if self.w(j) == "and" and self.w(j + 1) in ("a", "an") and self.w(j + 2) == "half":
                j, half = j + 3, True
        adjectival = self.w(j) == "-" and self.adjacent(j)
        k = j + 1 if adjectival else j
        unit = UNITS.get(self.w(k))
        if unit is None or self.kinds[k] != WORD:
            return None
        if adjectival and self.low[k].endswith("s") and self.low[k] not in ("hrs", "mins"):
            return None
        if unit is Granularity.QUARTER and (self.w(i) in ("a", "an", "one") or self.w(k + 1) == "of"):
            return None
        if self.w(i) in ("a", "an") and (unit in ("second", "minute") or
                                          self.w(i - 1) in _FREQUENCY or
                                          self.number(i - 1) >= 0):
            return None
        if self.w(i) in ("a", "an", "one") and not self._length_context(i, k + 1):
            return None
        if self.w(i - 1) in ("every", "per", "each") or self.low[i - 1:i] == ["$"]:
            return None
        end = k + 1
        if not half and self.w(end) == "and" and self.w(end + 1) in ("a", "an") \
                and self.w(end + 2) == "half":
            end, half = end + 3, True
        if self.w(end) == "old" or (self.w(end) == "-" and self.w(end + 1) == "old"):
            return None
        duration = _duration(count, unit, half=half)
        if duration is None:
            return None
        if self.w(end) == "and" and self.kinds[end - 1] == WORD:
            more = self.length(end + 1)
            if more is not None:
                total = _add(duration, more[1])
                return more[0], total, more[2]
        return end, duration, unit

    def _length_context(self, i: int, end: int) -> bool:
        """Whether "a year" or "one day" at *i* is a length rather than a rate ("$10 a month")
        or an idiom ("one day" for some day): a preposition, hedge or verb before it, or a
        relation after it."""
        before = self.w(i - 1)
        if i == 0 or self.kinds[i - 1] == PUNCT or before in _LENGTH_CUES or before in _HEDGE_ONE:
            return not (self.low[i] == "one" and end < self.n and self.kinds[end] == PUNCT
                        and before not in _LENGTH_CUES)
        if self.w(end) in _RELATION_WORDS or self.w(end) == "and":
            return True
        if before in PAST_MARKERS or (before.endswith("ed") and len(before) > 3):
            return True
        return before.endswith("s") and self.low[i] != "one" and len(before) > 3

    def duration(self, i: int) -> Match | None:
        """A length with its hedge and its relation, or an offset from the anchor."""
        word = self.w(i)
        if word in ("in", "within"):
            return self._ahead(i)
        j = i
        modifier = None
        for size, table in ((3, _HEDGE_THREE), (2, _HEDGE_TWO)):
            key = tuple(self.low[i:i + size])
            if key in table:
                modifier, j = table[key], i + size  # type: ignore[index]
                break
        else:
            if word in _HEDGE_ONE and self.w(i + 1) != "the":
                modifier, j = _HEDGE_ONE[word], i + 1
        if self.w(j) == "just" or self.w(j) == "well":
            return None
        found = self.length(j)
        if found is None:
            if modifier is Modifier.APPROX and word in _DATE_HEDGES:
                date = self.ranged(j)
                if date is not None and _is_date(date[1]):
                    return date[0], Approx(date[1])
            return None
        end, length, unit = found
        return self._suffix(end, length, unit, modifier)

    def _suffix(self, end: int, length: Duration, unit: Granularity | str,
                modifier: Modifier | None) -> Match:
        word = self.w(end)
        node: Node
        if word == "ago" or (word in ("from", "hence") and self.w(end + 1) in ("now", "today")) \
                or word == "hence":
            sign = -1 if word == "ago" else 1
            stop = end + 1 if word in ("ago", "hence") else end + 2
            node = Shift(length, unit, sign)
            if modifier is Modifier.APPROX:
                return stop, Approx(node)
            if modifier in (Modifier.MORE_THAN, Modifier.EQUAL_OR_MORE):
                return stop, Open(node, Modifier.BEFORE if sign < 0 else Modifier.AFTER)
            if modifier in (Modifier.LESS_THAN, Modifier.EQUAL_OR_LESS):
                return stop, Open(node, Modifier.AFTER if sign < 0 else Modifier.BEFORE)
            return stop, node
        base = Length(length)
        if modifier is not None:
            base = base.hedged(modifier)
        if word in ("before", "after"):
            target = self.ranged(end + 1)
            if target is not None and _is_date(target[1]) and modifier is None:
                return target[0], Offset(target[1], length, -1 if word == "before" else 1)
            relation = Relation.BEFORE if word == "before" else Relation.AFTER
            return end + 1, base.related(relation)
        if word in ("later", "afterwards", "afterward"):
            return end + 1, base.related(Relation.AFTER)
        if word in ("earlier", "previously", "prior", "beforehand"):
            return end + 1, base.related(Relation.BEFORE)
        if word == "on" and (end + 1 >= self.n or self.kinds[end + 1] == PUNCT):
            return end + 1, base.related(Relation.AFTER)
        return end, base

    def _ahead(self, i: int) -> Match | None:
        j = i + 1
        within = self.low[i] == "within"
        if within and self.w(j) == "the" and self.w(j + 1) in ("next", "coming"):
            j += 2
            named = _UNIT_NOUNS.get(self.w(j))
            one = None if named is None else _duration(1, named, half=False)
            if named is not None and one is not None:
                return j + 1, Within(one, named)
        found = self.length(j)
        if found is None:
            return None
        end, length, unit = found
        if within:
            return (end, Within(length, unit)) if isinstance(unit, Granularity) else None
        if self.w(end) in ("of", "'s", "time") or self.w(end) in UNITS:
            return None
        for back in (1, 2, 3):
            before = self.w(i - back)
            if before in SUPERLATIVE_CUES or (before.endswith("est") and len(before) > 4):
                return None
        return end, Shift(length, unit, 1)


def _borrow(first: CalDate, last: CalDate) -> CalDate:
    """Fill the year (and month) of a range's first date from its last."""
    if first.year is not None or first.year_offset is not None:
        return first
    month = first.month if first.month is not None else last.month
    year = last.year
    if year is not None and month is not None and last.month is not None and month > last.month:
        year -= 1
    return CalDate(year, month, first.day, weekday=first.weekday,
                   year_offset=last.year_offset if year is None else None)


def _duration(count: int, unit: Granularity | str, *, half: bool) -> Duration | None:
    if count == 0 and not half:
        return None
    h = 1 if half else 0
    if unit is Granularity.YEAR:
        return Duration(years=count, months=6 * h)
    if unit is Granularity.DECADE:
        return Duration(years=10 * count + 5 * h)
    if unit == "century":
        return Duration(years=100 * count + 50 * h)
    if unit is Granularity.QUARTER:
        return Duration(months=3 * count + h, days=15 * h)
    if unit is Granularity.MONTH:
        return Duration(months=count, days=15 * h)
    if unit is Granularity.WEEK:
        return Duration(weeks=count, days=3 * h, hours=12 * h)
    if unit == "fortnight":
        return Duration(weeks=2 * count + h)
    if unit is Granularity.DAY:
        return Duration(days=count, hours=12 * h)
    if unit == "hour":
        return Duration(hours=count, minutes=30 * h)
    if unit == "minute":
        return Duration(minutes=count, seconds=30 * h)
    return Duration(seconds=count) if not half else None


def _add(a: Duration, b: Duration) -> Duration:
    return Duration(years=a.years + b.years, months=a.months + b.months,
                    weeks=a.weeks + b.weeks, days=a.days + b.days, hours=a.hours + b.hours,
                    minutes=a.minutes + b.minutes, seconds=a.seconds + b.seconds)



Production = Callable[[Parser, int], "Match | None"]
_NUMBER_STARTS: tuple[Production, ...] = (
    Parser.numeric, Parser.calendar, Parser.year_or_decade, Parser.quarter, Parser.duration,
    Parser.day_range, Parser.time_alone, Parser.day_of_month, Parser.counted_weekday,
    Parser.nth_weekday,
)


def _word_starts() -> dict[str, tuple[Production, ...]]:
    """Which productions can start at each word: the table that makes scanning cheap."""
    table: dict[str, list[Production]] = {}

    def add(production: Production, words: Iterable[str]) -> None:
        for word in words:
            entries = table.setdefault(word, [])
            if production not in entries:
                entries.append(production)

    relatives = set(_REL_OFFSET)
    add(Parser.calendar, [*WEEKDAYS, *MONTHS, "the", *ORDINALS])
    add(Parser.deictic, ["today", "tonight", "tomorrow", "yesterday", "tomorrows", "today's",
                         "tomorrow's", "yesterday's", "tonight's", "the", "this", "last"])
    add(Parser.weekday, [*WEEKDAYS, *relatives])
    add(Parser.relative, ["the", *relatives])
    add(Parser.part, ["the", *_PARTS, "earlier", "later", "first", "second", "latter", "h", "eom",
                      "bom"])
    add(Parser.season, ["the", *SEASONS])
    add(Parser.quarter, ["the", *ORDINALS, "q"])
    add(Parser.year_or_decade, ["the", "'", "’", *DECADE_WORDS])
    add(Parser.holiday, [*HOLIDAY_HEADS, "this", "next", "last", "past", "coming"])
    add(Parser.nth_weekday, ["the", *ORDINALS])
    add(Parser.counted_weekday, NUMBER_WORDS)
    add(Parser.event_relative, ["the"])
    add(Parser.duration, [*NUMBER_WORDS, "half", "in", "within", *_HEDGE_ONE,
                          *(key[0] for key in (*_HEDGE_TWO, *_HEDGE_THREE))])
    add(Parser.day_range, ["the", *ORDINALS])
    add(Parser.day_of_month, ["the", *ORDINALS])
    add(Parser.time_alone, ["noon", "midnight", "midday"])
    return {word: tuple(entries) for word, entries in table.items()}


_WORD_STARTS = _word_starts()
START_WORDS = frozenset(_WORD_STARTS) | frozenset(_OPENERS) | {"between", "up", "prior"}
"""Words at which an expression can start; `find_dates` skips every other word."""
