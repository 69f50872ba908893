"""Phrases built from other expressions: ranges, signals and cues; and the parser itself.

`Parser` completes the grammar chain (see `_dates_grammar`) with the productions that combine
or qualify: "9-11 July", "from 2014 to 2024", "since 2008", "2027 onwards", "come September",
"back in November"; and `Parser.parse`, which tries every production that can start at a token
(looked up in tables keyed by the token's word) and keeps the longest match.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from claimcheck._dates_calendar import _DAY_NOUNS
from claimcheck._dates_grammar import _NOUNISH, _REL_OFFSET, _UNIT_NOUNS, Match
from claimcheck._dates_length_words import EVENT_UNITS, HEDGE_FOUR, HEDGE_STARTS
from claimcheck._dates_lengths import is_date
from claimcheck._dates_lexicon import (
    CJK_MONTH,
    CJK_YEAR,
    DECADE_WORDS,
    FUTURE_MARKERS,
    HOLIDAY_HEADS,
    MONTHS,
    NUM,
    NUMBER_WORDS,
    ORDINAL_SUFFIXES,
    ORDINALS,
    PUNCT,
    SEASONS,
    UNITS,
    WEEKDAYS,
    WORD,
)
from claimcheck._dates_nodes import (
    CalDate,
    DayOffset,
    Decade,
    Node,
    Unit,
    Weekday,
    Year,
)
from claimcheck._dates_parts import (
    DAY_TIME_STARTS,
    HOUR_WORDS,
    PART_PHRASES,
    PARTS,
    PartGrammar,
)
from claimcheck._dates_periods import Part, Quarter, Season
from claimcheck._dates_resolve import (
    Directed,
    Holiday,
    NthWeekday,
    Open,
    Range,
    Shift,
)
from claimcheck.timespan import Modifier

__all__ = ["START_WORDS", "Parser"]

_OPENERS = {
    "since": Modifier.ON_OR_AFTER,
    "until": Modifier.ON_OR_BEFORE,
    "till": Modifier.ON_OR_BEFORE,
    "through": Modifier.ON_OR_BEFORE,
    "thru": Modifier.ON_OR_BEFORE,
    "before": Modifier.BEFORE,
    "after": Modifier.AFTER,
    "from": Modifier.ON_OR_AFTER,
}
_ONWARD_PAIRS = {
    ("or", "later"): Modifier.ON_OR_AFTER,
    ("and", "later"): Modifier.ON_OR_AFTER,
    ("or", "after"): Modifier.ON_OR_AFTER,
    ("and", "after"): Modifier.ON_OR_AFTER,
    ("and", "beyond"): Modifier.ON_OR_AFTER,
    ("or", "earlier"): Modifier.ON_OR_BEFORE,
    ("and", "earlier"): Modifier.ON_OR_BEFORE,
    ("or", "before"): Modifier.ON_OR_BEFORE,
    ("and", "before"): Modifier.ON_OR_BEFORE,
}
"""Pairs of words after a date that leave it open ("2030 or later")."""
_ONWARD_HEADS = frozenset({"onwards", "onward", *(first for first, _ in _ONWARD_PAIRS)})
_RETURN_WORDS = frozenset(
    {
        "be", "is", "are", "am", "was", "were", "been", "being", "'s", "'re", "'ll",
        "come", "comes", "came", "coming", "go", "goes", "went", "going", "gone",
        "get", "gets", "got", "getting", "bring", "brings", "brought", "put", "set",
        "head", "heads", "headed", "move", "moved", "send", "sent", "call", "called",
        "step", "stepped", "fall", "fell", "fallen", "look", "looked", "hit", "fight",
        "fought", "write", "wrote", "pay", "paid", "plough", "ploughed", "plow", "plowed",
        "right", "straight", *FUTURE_MARKERS,
    }
)  # fmt: skip
"""Words before "back in" that make it a return ("will be back in March", "due back in
June"), not a look back."""
_BOUND_LEADS = {"any": "time", "some": "time", "with": "effect"}
"""Two words before "after", "before", "from" and their kin that add nothing to the bound
("any time after June 2024", "some time before 2020", "with effect from 1 July")."""
_SIGNAL_WORDS = frozenset(
    {*_OPENERS, *_BOUND_LEADS, "between", "up", "prior", "no", "not", "ever", "by"}
)
"""The words `Parser.signal` can start at."""
_CONNECTORS = frozenset({"-", "\u2013", "\u2014", "to", "through", "thru", "until", "till"})
_DATE_NODES = (
    CalDate,
    Year,
    Quarter,
    Season,
    Holiday,
    DayOffset,
    Weekday,
    Decade,
    NthWeekday,
    Part,
    Unit,
)


class Parser(PartGrammar):
    """Every production, and the longest match at a token."""

    __slots__ = ()

    def parse(self, i: int) -> Match | None:
        """The longest expression that starts at token *i*, or ``None``."""
        best = self.signal(i) if self.w(i) in _SIGNAL_WORDS else None
        found = self.ranged(i)
        if found is not None and (best is None or found[0] > best[0]):
            best = found
        if best is not None and self.w(best[0]) in _ONWARD_HEADS:
            return self._onward(best)
        return best

    def _onward(self, found: Match) -> Match:
        """A date left open by the words after it: "1 January 2027 onwards", "2030 or later",
        "March and before"; "and after" and its kin only where the sentence or clause ends."""
        end, node = found
        word = self.w(end)
        if word in ("onwards", "onward"):
            stop, modifier = end + 1, Modifier.ON_OR_AFTER
        else:
            pair = _ONWARD_PAIRS.get((word, self.w(end + 1)))
            stop = end + 2
            if pair is None or (stop < self.n and self.kinds[stop] != PUNCT):
                return found
            modifier = pair
        if isinstance(node, Open):
            return (stop, node) if node.modifier is modifier else found  # "from 2027 onwards"
        if not is_date(node) or isinstance(node, (Range, Shift)):
            return found
        return stop, Open(node, modifier)

    def directed(self, i: int) -> Match | None:
        """ "come September", "come spring", "come Monday" (forward) and "back in November"
        (back): the words set the direction of an incomplete date."""
        if self.low[i] == "back":
            if self.w(i + 1) != "in" or self.w(i - 1) in _RETURN_WORDS:
                return None  # "will be back in March" is a return, not a look back
            found = self.ranged(i + 2)
            if found is None or not is_date(found[1]) or isinstance(found[1], Open):
                return None
            return found[0], Directed(found[1], future=False)
        found = self._loose(i + 1)
        if found is None and self.capitalized(i + 1):
            month = MONTHS.get(self.w(i + 1))
            if month is not None and month[1]:
                found = i + 2, CalDate(None, month[0], None)  # "come May"
        if found is None:
            return None
        node = found[1]
        if not (
            (isinstance(node, CalDate) and node.year is None and node.year_offset is None)
            or (isinstance(node, (Season, Holiday)) and node.year is None and not node.rel)
            or (isinstance(node, Weekday) and not node.rel and node.week_offset is None)
        ):
            return None
        return found[0], Directed(node, future=True)

    def core(self, i: int) -> Match | None:
        if i >= self.n:
            return None
        kind = self.kinds[i]
        if (kind == PUNCT and self.low[i] not in ("'", "\u2019")) or (
            kind == NUM and self.values[i] < 0
        ):
            return None
        best: Match | None = None
        if kind == NUM:
            if len(self.raw[i]) == 4:
                productions = _AFTER_YEAR.get(self.w(i + 1), _YEAR_ALONE)
            else:
                productions = _AFTER_NUMBER.get(self.w(i + 1), ())
        elif self.low[i] == "the":
            following = self.w(i + 1)
            if i + 1 < self.n and self.kinds[i + 1] == NUM:
                productions = _THE_NUMBER
            else:
                productions = _AFTER_THE.get(following, ())
        else:
            productions = _WORD_STARTS.get(self.low[i], ())
        for production in productions:
            found = production(self, i)
            if found is not None and (best is None or found[0] > best[0]):
                best = found
        return best

    # -- ranges and signals ---------------------------------------------------------------

    def ranged(self, i: int, *, opened: bool = False) -> Match | None:
        """A core expression, or two joined by a dash, "to" or "through"."""
        strict = self.core(i)
        if strict is not None and not is_date(strict[1]):
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
            if second is None or (
                need_strict and not (isinstance(first, Year) and isinstance(second[1], Year))
            ):
                return None
        end, last = second
        if not isinstance(last, _DATE_NODES):
            return None
        if isinstance(first, Year) and isinstance(last, Year):
            if last.year <= first.year or self.w(end) in _NOUNISH:
                return None  # "1999-2001 votes" is a count
            end = self.span_noun(end)  # "the 2019-2022 period"
        if isinstance(first, CalDate) and isinstance(last, CalDate):
            first = _borrow(first, last)
        return end, Range(first, last)

    def signal(self, i: int) -> Match | None:
        word = self.w(i)
        if word in _BOUND_LEADS:
            # "any time after June 2024", "with effect from 1 July": what the bound says
            if self.w(i + 1) != _BOUND_LEADS[word] or self.w(i + 2) not in _OPENERS:
                return None
            if word == "with" and self.low[i + 2] != "from":
                return None
            return self.signal(i + 2)
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
        if word == "ever" and self.w(i + 1) == "since":
            modifier, j = Modifier.ON_OR_AFTER, i + 2  # "ever since 2016"

        elif word == "by":
            modifier = Modifier.ON_OR_BEFORE  # a deadline: "by 31 March 2027"
        elif word in ("up", "prior") and self.w(i + 1) in ("until", "to"):
            modifier = Modifier.ON_OR_BEFORE if word == "up" else Modifier.BEFORE
            j = i + 2
        elif (
            word in ("no", "not")
            and self.w(i + 1) in ("later", "earlier")
            and self.w(i + 2) == "than"
        ):
            later = self.low[i + 1] == "later"
            modifier = Modifier.ON_OR_BEFORE if later else Modifier.ON_OR_AFTER
            j = i + 3
        if modifier is None:
            return None
        if word == "from":
            ranged = self.ranged(j, opened=True)
            if ranged is not None and isinstance(ranged[1], Range):
                return ranged
        found = self.ranged(j, opened=True) if word != "from" else self.core(j)
        if (
            found is None
            or not is_date(found[1])
            or (isinstance(found[1], (Shift, Open)) and word in ("after", "before"))
            or (word == "by" and isinstance(found[1], (Part, Open)))  # "by the end of 2026"
        ):
            return None
        return found[0], Open(found[1], modifier)

    def _loose(self, i: int) -> Match | None:
        whole = self.whole
        self.whole = True
        try:
            found = self.core(i)
        finally:
            self.whole = whole
        return found if found is not None and is_date(found[1]) else None

    def _day_only(self, i: int) -> Match | None:
        day = self.day_number(self.skip(i, "the"))
        return (day[0], CalDate(None, None, day[1])) if day else None

    def day_range(self, i: int) -> Match | None:
        """ "9-11 July", "from the 13th to the 15th of July 2024"."""
        first = self.day_number(self.skip(i, "the"))
        if first is None or i >= self.n or (self.kinds[i] == WORD and self.low[i] != "the"):
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


def _borrow(first: CalDate, last: CalDate) -> CalDate:
    """Fill the year (and month) of a range's first date from its last."""
    if first.year is not None or first.year_offset is not None:
        return first
    month = first.month if first.month is not None else last.month
    year = last.year
    if year is not None and month is not None and last.month is not None and month > last.month:
        year -= 1
    return CalDate(
        year,
        month,
        first.day,
        year_offset=last.year_offset if year is None else None,
    )


Production = Callable[[Parser, int], "Match | None"]
Productions = tuple[Production, ...]
_COUNTING = [word for word, value in ORDINALS.items() if value > 0]
_NUMBER_STARTS: tuple[Production, ...] = (
    Parser.numeric,
    Parser.calendar,
    Parser.year_or_decade,
    Parser.quarter,
    Parser.duration,
    Parser.day_range,
    Parser.time_alone,
    Parser.day_of_month,
    Parser.counted_weekday,
    Parser.nth_weekday,
)


def _after_number() -> tuple[dict[str, Productions], dict[str, Productions]]:
    """Which productions can start at a number, by the word after it: for numbers of other
    lengths, and for four-digit ones (which may be years whatever follows).

    Each production below succeeds at a number only when the next word is one of those
    listed (read off its first checks); four-digit numbers may always be years.
    """
    suffixes = set(ORDINAL_SUFFIXES)
    needs: dict[Production, set[str]] = {
        Parser.numeric: {"-", "/", ".", CJK_YEAR, CJK_MONTH},  # 2024-10-16, 2024年
        Parser.calendar: {*MONTHS, *suffixes, ".", "-", "/", "of", "de"},  # 3rd of March
        Parser.year_or_decade: {"s", "'s", "ad", "ce", "a"},  # the 90s, 14 AD, 14 a.d.
        Parser.quarter: {*suffixes, "q"},  # 3rd quarter, 24Q3
        Parser.duration: {  # 3 years, 2-year, 2 and a half years, 3 upcoming weeks
            "upcoming",
            "and",
            ",",  # 1,000 days
            "\u00bd",
            "1",
            "-",
            *UNITS,
            *(unit + "'" for unit in UNITS),
        },
        Parser.day_range: {*_CONNECTORS, "and", *suffixes},  # 9-11 July
        Parser.time_alone: {":", ".", "am", "pm", "a", "p", "o'clock"},  # 3pm, 14:30
        Parser.day_of_month: {"of", "day", *suffixes},  # 20 of this month
        Parser.counted_weekday: {day + "s" for day in WEEKDAYS},  # 3 Fridays ago
        Parser.nth_weekday: suffixes,  # 1st Monday of May
    }
    words = set().union(*needs.values())
    plain: dict[str, list[Production]] = {}
    year: dict[str, list[Production]] = {}
    for production in _NUMBER_STARTS:
        for word in needs[production]:
            plain.setdefault(word, []).append(production)
        for word in words if production is Parser.year_or_decade else needs[production]:
            year.setdefault(word, []).append(production)
    return (
        {word: tuple(found) for word, found in plain.items()},
        {word: tuple(found) for word, found in year.items()},
    )


_AFTER_NUMBER, _AFTER_YEAR = _after_number()
_YEAR_ALONE: Productions = (Parser.year_or_decade,)


def _word_starts() -> dict[str, tuple[Production, ...]]:
    """Which productions can start at each word: the table that makes scanning cheap."""
    table: dict[str, list[Production]] = {}

    def add(production: Production, words: Iterable[str]) -> None:
        for word in words:
            entries = table.setdefault(word, [])
            if production not in entries:
                entries.append(production)

    relatives = set(_REL_OFFSET)
    add(Parser.calendar, [*WEEKDAYS, *MONTHS, "the", *_COUNTING])
    add(
        Parser.deictic,
        [
            "today",
            "tonight",
            "tomorrow",
            "yesterday",
            "tomorrows",
            "today's",
            "tomorrow's",
            "yesterday's",
            "tonight's",
            "the",
            "this",
            "last",
        ],
    )
    add(Parser.weekday, [*WEEKDAYS, *relatives])
    add(Parser.relative, ["the", *relatives])
    add(
        Parser.part,
        [
            "the", *PARTS, "earlier", "later", "first", "second", "latter", "h", "eom", "bom",
            "eoy", "boy", *_UNIT_NOUNS, *(unit + "'s" for unit in _UNIT_NOUNS),
        ],
    )  # fmt: skip
    add(Parser.months_of, ["the", "first", "last", "final"])
    add(Parser.day_time, DAY_TIME_STARTS)
    add(Parser.season, ["the", *SEASONS])
    add(Parser.whole_or_rest, ["the", "all", "rest"])
    add(Parser.quarter, ["the", *_COUNTING, "q"])
    add(Parser.year_or_decade, ["the", "'", "\u2019", "ad", *DECADE_WORDS])
    add(Parser.holiday, [*HOLIDAY_HEADS, "this", "next", "last", "past", "coming"])
    add(Parser.nth_weekday, ["the", *ORDINALS])
    add(Parser.counted_weekday, NUMBER_WORDS)
    add(Parser.weekday_after, ["the", *_COUNTING])
    add(Parser.event_relative, ["the"])
    add(Parser.duration, [*NUMBER_WORDS, "half", "in", "within", "on", *HEDGE_STARTS])
    add(Parser.units_to, ["the"])
    add(Parser.day_range, ["the", *_COUNTING])
    add(Parser.day_of_month, ["the", *_COUNTING])
    add(Parser.time_alone, ["noon", "midnight", "midday"])
    add(Parser.month_span, MONTHS)
    add(Parser.directed, ["come", "back"])
    return {word: tuple(entries) for word, entries in table.items()}


_WORD_STARTS = _word_starts()


def _after_the() -> dict[str, tuple[Production, ...]]:
    """Which productions can start at "the", by the word after it."""
    table: dict[str, list[Production]] = {}

    def add(production: Production, words: Iterable[str]) -> None:
        for word in words:
            entries = table.setdefault(word, [])
            if production not in entries:
                entries.append(production)

    add(Parser.calendar, _COUNTING)
    add(Parser.deictic, ["day", "morning", "afternoon", "evening", "night", "noon", "midday"])
    add(
        Parser.relative,
        [*_REL_OFFSET, *_UNIT_NOUNS, *_DAY_NOUNS, *SEASONS, *MONTHS, "weekend"],
    )
    add(
        Parser.part,
        [
            *PARTS, "earlier", "later", "first", "second", "latter", "h", "eom", "bom", "eoy",
            "boy", *(first for first, _ in PART_PHRASES), *(unit + "'s" for unit in _UNIT_NOUNS),
        ],
    )  # fmt: skip
    add(Parser.units_to, [*NUMBER_WORDS, *_UNIT_NOUNS])
    add(Parser.duration, [second for first, second, *_ in HEDGE_FOUR if first == "the"])
    add(Parser.months_of, ["first", "last", "final"])
    add(Parser.season, SEASONS)
    add(Parser.whole_or_rest, ["rest", "week", "month"])
    add(Parser.quarter, [*_COUNTING, "last"])
    add(Parser.year_or_decade, ["year", "years", "'", "\u2019", *DECADE_WORDS])
    add(Parser.nth_weekday, [*ORDINALS, "closest"])
    add(Parser.event_relative, ["following", "next", "previous", "preceding", *EVENT_UNITS])
    add(Parser.day_range, _COUNTING)
    add(Parser.day_of_month, _COUNTING)
    add(Parser.hours, HOUR_WORDS)
    add(Parser.month_span, MONTHS)
    add(Parser.event_relative, ["eve"])
    add(Parser.gone_by, [*WEEKDAYS, *MONTHS, *SEASONS, *_UNIT_NOUNS, "weekend", "fortnight"])
    add(Parser.holiday, HOLIDAY_HEADS)
    add(Parser.weekday_after, [*WEEKDAYS, *_COUNTING])
    return {word: tuple(entries) for word, entries in table.items()}


_AFTER_THE = _after_the()
_THE_NUMBER: tuple[Production, ...] = (
    Parser.calendar,
    Parser.units_to,
    Parser.quarter,
    Parser.year_or_decade,
    Parser.nth_weekday,
    Parser.day_range,
    Parser.day_of_month,
)
START_WORDS = frozenset(_WORD_STARTS) | _SIGNAL_WORDS
"""Words at which an expression can start; `find_dates` skips every other word."""
