"""Productions for lengths of time: durations with their hedges ("more than a year"), offsets
from an event ("three days later", "the following week") and from the anchor ("two years ago",
"in 24 hours", "within the next decade").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck import _dates_length_words as words
from claimcheck._dates_grammar import _COUNTED_UNITS, _REL_OFFSET, _UNIT_NOUNS, Match
from claimcheck._dates_lexicon import (
    NUM,
    NUMBER_WORDS,
    PAST_MARKERS,
    PUNCT,
    SUPERLATIVE_CUES,
    UNITS,
    WORD,
)
from claimcheck._dates_named import NamedGrammar
from claimcheck._dates_nodes import DayOffset, Node, Upcoming
from claimcheck._dates_resolve import (
    Amount,
    Approx,
    Following,
    Length,
    Offset,
    Open,
    Shift,
    Within,
)
from claimcheck.timespan import Granularity, Modifier, Relation

__all__ = ["LengthGrammar", "is_date"]

_RELATION_HEADS = frozenset(phrase[0] for phrase in words.RELATION_PHRASES)
_PLANS = frozenset({"schedule", "time", "plan", "target", "expectations", "forecasts"})
_OR_BOUNDS = {"before": Modifier.ON_OR_BEFORE, "after": Modifier.ON_OR_AFTER}
"""The bounds of "on or before" and "on or after", by their last word."""
_EVENT_SIDES = frozenset({"before", "after", "prior", "earlier", "later"})
_RELATIVE_AFTER = frozenset({"later", "earlier", "after", "before", "ago", "afterwards", "prior"})
"""Words after a length that make it a length from an event or a time ago, so that an "in"
before it is a verb's particle ("moved in three days later"), not "in three days" ahead."""
_NOT_BACK = frozenset({"to", "into", "from", "home", "in", "on", "then", "up"})
"""Words after "back" that make it a return or a direction ("two years back to", "a week back
home"), not "ago"."""


def is_date(node: Node) -> bool:
    """Whether *node* places a time on the calendar (not a bare length)."""
    return not isinstance(node, (Length, Within))


class LengthGrammar(NamedGrammar):
    """Durations, event-relative offsets and offsets from the anchor."""

    __slots__ = ()

    if TYPE_CHECKING:

        def ranged(self, i: int, *, opened: bool = False) -> Match | None:
            """A date or a range of dates at *i* (defined by `Parser`)."""

    def event_relative(self, i: int) -> Match | None:
        """ "the following week", "the next day", "the previous month", "the day before"."""
        if self.w(i) != "the":
            return None
        word, unit = self.w(i + 1), self.w(i + 2)
        if word in ("following", "next", "previous", "preceding") and unit in words.EVENT_AMOUNTS:
            if word == "next" and unit not in ("day", "morning", "evening", "night"):
                return None
            relation = Relation.AFTER if word in ("following", "next") else Relation.BEFORE
            length = Length(words.EVENT_AMOUNTS[unit]).related(relation)
            named = _UNIT_NOUNS.get(unit)
            if word == "following" and named is not None:
                return i + 3, Following(length, named)
            return i + 3, length
        if word in words.EVENT_AMOUNTS and unit in _EVENT_SIDES:
            if self.w(i + 3) in ("yesterday", "tomorrow"):
                return None
            relation = Relation.AFTER if unit in ("after", "later") else Relation.BEFORE
            amount = words.EVENT_AMOUNTS[word]
            if unit in ("before", "after") or self.w(i + 3) == "to":  # "the day prior to"
                return self._from_event(i + 3 + (unit == "prior"), amount, relation)
            if unit == "prior" or self.w(i + 3) not in ("than", "that", "this"):
                # "the day prior", "the year earlier": from an event the text named before
                return i + 3, Length(amount).related(relation)
            return None
        if word == "eve" and unit == "of":
            return self._from_event(i + 3, words.DAY, Relation.BEFORE)  # "the eve of the vote"
        return None

    def _from_event(self, k: int, amount: Amount, relation: Relation) -> Match:
        """*amount* before or after what starts at *k*: a date ("the day before Thanksgiving
        2024", "the eve of Christmas") gives the day counted from it; an event, the length
        with its relation."""
        event = self._event(k)
        target = self.ranged(k)
        if (
            target is not None
            and is_date(target[1])
            and (target[0] == self.n or event == k)
            and not self.low[target[0] - 1].endswith("'s")  # "before last year's vote"
        ):
            sign = 1 if relation is Relation.AFTER else -1
            return target[0], Offset(target[1], amount, sign)
        return event, Length(amount).related(relation)

    def amount(self, i: int) -> tuple[int, int] | None:
        """A count: digits, a number word ("twenty-five"), "a", "a couple of", "a dozen"."""
        if self.kinds[i] == NUM if i < self.n else False:
            if self.digits(i) > 4 or self.values[i] <= 0:
                return None
            if self.adjacent(i) and self.low[i - 1] in (".", ",", "-", "/", ":"):
                return None
            grouped = self._thousands(i)
            if grouped is not None:
                return grouped
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

    def _thousands(self, i: int) -> tuple[int, int] | None:
        """A count written with thousands separators at *i* ("1,000", "12,500"), where it
        ends and its value; None when the number at *i* is not one."""
        if self.digits(i) > 3 or self.w(i + 1) != ",":
            return None
        value, j = self.values[i], i + 1
        while (
            self.w(j) == ","
            and self.adjacent(j)
            and self.adjacent(j + 1)
            and self.digits(j + 1) == 3
        ):
            value, j = value * 1000 + self.values[j + 1], j + 2
        if j == i + 1 or (self.w(j) in (",", ".") and self.adjacent(j) and self.number(j + 1) >= 0):
            return None
        return j, value

    def length(self, i: int) -> tuple[int, Amount, Granularity | str] | None:
        half = False
        if self.w(i) == "half" and self.w(i + 1) in ("a", "an"):
            j, count, half = i + 2, 0, True
        else:
            found = self.amount(i)
            if found is None:
                if not self.whole or self.w(i + 1) != "-" or self.w(i + 2) != "long":
                    return None
                found = i, 1  # "a year-long inquiry": one unit
            j, count = found
            if self.w(j) == "and" and self.w(j + 1) in ("a", "an") and self.w(j + 2) == "half":
                j, half = j + 3, True
            elif self.w(j) == "½" and self.adjacent(j):
                j, half = j + 1, True
            elif (
                self.w(j) == "1"
                and self.w(j + 1) == "/"
                and self.w(j + 2) == "2"
                and self.kinds[i] == NUM
            ):
                j, half = j + 3, True
        adjectival = self.w(j) == "-" and self.adjacent(j)
        k = j + 1 if adjectival else j
        unit = UNITS.get(self.w(k).rstrip("'"))
        if unit is None or self.kinds[k] != WORD:
            return None
        long = self.w(k + 1) == "-" and self.w(k + 2) == "long" and self.adjacent(k + 1)
        adjectival = adjectival or long
        if adjectival and self.low[k].endswith("s") and self.low[k] not in ("hrs", "mins"):
            return None
        if unit is Granularity.QUARTER and (
            self.w(i) in ("a", "an", "one") or self.w(k + 1) == "of"
        ):
            return None
        if self.w(i) in ("a", "an") and (
            unit in ("second", "minute")
            or self.w(i - 1) in words.FREQUENCY
            or self.number(i - 1) >= 0
        ):
            return None
        if (
            self.w(i) in ("a", "an", "one")
            and not adjectival
            and not self._length_context(i, k + 1)
        ):
            return None
        if self.w(i - 1) in ("every", "per", "each") or self.low[i - 1 : i] == ["$"]:
            return None
        end = k + 1
        if (
            not half
            and self.w(end) == "and"
            and self.w(end + 1) in ("a", "an")
            and self.w(end + 2) == "half"
        ):
            end, half = end + 3, True
        if self.w(end) == "old" or (self.w(end) == "-" and self.w(end + 1) == "old"):
            return None
        if long:
            end += 2  # "a three-month-long inquiry"
        if adjectival:
            end = self._described(end)
        duration = _duration(count, unit, half=half)
        if duration is None:
            return None
        if self.w(end) == "and" and self.kinds[end - 1] == WORD:
            more = self.length(end + 1)
            if more is not None:
                total = _add(duration, more[1])
                return more[0], total, more[2]
        return end, duration, unit

    def _described(self, end: int) -> int:
        """Where a noun that a length describes ends ("five-year term", "30-day truce"): in
        expression mode, the end of the text when one to three words, none a unit, follow."""
        if not self.whole or not 1 <= self.n - end <= 3:
            return end
        for k in range(end, self.n):
            if self.kinds[k] != WORD or self.low[k] in UNITS:
                return end
        return self.n

    def _event(self, i: int) -> int:
        """Where the event that an offset counts from ends ("the election", "his second
        term", "the 2022 invasion"): in expression mode, the end of the text when a short
        phrase of words follows; else *i*, since running text keeps the event out of the
        mention. "last" or "next" there counts from the anchor ("the week before last"), not
        from an event."""
        if not self.whole or i >= self.n or self.kinds[i] != WORD or self.n - i > 8:
            return i
        if self.low[i] in _REL_OFFSET or self.low[i] in ("yesterday", "today", "tomorrow"):
            return i
        for k in range(i, self.n):
            if self.kinds[k] == PUNCT and self.low[k] not in ("-", "'", "\u2019"):
                return i
        return self.n

    def _length_context(self, i: int, end: int) -> bool:
        """Whether "a year" or "one day" at *i* is a length rather than a rate ("$10 a month")
        or an idiom ("one day" for some day): a preposition, hedge or verb before it, or a
        relation after it."""
        before = self.w(i - 1)
        if before in UNITS and self.low[i] in ("a", "an"):
            return False  # "24 hours a day"
        if self.low[i] == "one" and self.low[end - 1] == "day":
            # "One day he will return", "said one day she would": the idiom opens its sentence
            # or its clause, unless a relation follows
            if self.w(end) in words.SUBJECTS:
                return False
            opens = i == 0 or self.kinds[i - 1] == PUNCT
            if opens and self.w(end) not in words.RELATION_WORDS and self.w(end) != "of":
                return False
        if (
            i == 0
            or self.kinds[i - 1] == PUNCT
            or before in words.LENGTH_CUES
            or before in words.HEDGE_ONE
        ):
            return not (
                self.low[i] == "one"
                and before not in words.LENGTH_CUES
                and (
                    (end < self.n and self.kinds[end] == PUNCT)
                    or (end >= self.n and self.low[end - 1] == "day")
                )
            )
        if self.w(end) in words.RELATION_WORDS or self.w(end) == "and":
            return True
        if before in PAST_MARKERS or (before.endswith("ed") and len(before) > 3):
            return True
        return before.endswith("s") and self.low[i] != "one" and len(before) > 3

    def duration(self, i: int) -> Match | None:
        """A length with its hedge and its relation, or an offset from the anchor."""
        word = self.w(i)
        count = self.count(i)
        if count is not None and self.w(count[0]) == "upcoming":
            counted = _COUNTED_UNITS.get(self.w(count[0] + 1).rstrip("s"))
            if counted is not None:
                return count[0] + 2, Upcoming(counted, count[1])
        if word in ("in", "at", "on") and self.w(i + 1) == "or":
            bound = _OR_BOUNDS.get(self.w(i + 2))
            if bound is None and self.w(i + 2) not in words.DATE_HEDGES:
                return None
            # "in or around 2003", "on or about 5 March", "on or before 30 September 2026"
            date = self.ranged(i + 3)
            if date is None or not is_date(date[1]):
                return None
            if bound is None:
                return date[0], Approx(date[1])
            return None if isinstance(date[1], Open) else (date[0], Open(date[1], bound))
        modifier, j = self._hedge(i, word)
        if modifier is None and word in ("in", "within"):
            return self._ahead(i)
        if word in ("a", "an") and self.whole:
            described = self.length(i + 1)  # "a five-year term"
            if described and described[0] == self.n and self.w(self.n - 1) not in UNITS:
                return self.n, Length(described[1])
        if self.w(j) == "just" or self.w(j) == "well":
            return None
        found = self.length(j)
        if found is None:
            if modifier is Modifier.APPROX and word in words.DATE_HEDGES:
                date = self.ranged(j)
                if date is not None and is_date(date[1]):
                    return date[0], Approx(date[1])
            return None
        end, length, unit = found
        return self._suffix(end, length, unit, modifier, lead=self.w(i - 1))

    def _hedge(self, i: int, word: str) -> tuple[Modifier | None, int]:
        """The hedge that starts at *i* ("more than", "about") and where it ends."""
        if word in words.HEDGE_PHRASE_HEADS:
            for size, table in (
                (4, words.HEDGE_FOUR),
                (3, words.HEDGE_THREE),
                (2, words.HEDGE_TWO),
            ):
                key = tuple(self.low[i : i + size])
                if key in table:
                    return table[key], i + size  # type: ignore[index]
        if word in words.HEDGE_ONE and self.w(i + 1) != "the":
            return words.HEDGE_ONE[word], i + 1
        return None, i

    def _suffix(
        self,
        end: int,
        length: Amount,
        unit: Granularity | str,
        modifier: Modifier | None,
        *,
        lead: str,
    ) -> Match:
        node: Node
        if self._to_the_day(end) and self.w(end + 3) in _RELATION_HEADS:
            end += 3  # "five years to the day after the invasion": the offset from the day
        word = self.w(end)
        if word == "back" and self.w(end + 1) not in _NOT_BACK:
            word = "ago"  # "three years back"
        if (
            word == "ago"
            or (word in ("from", "hence") and self.w(end + 1) in ("now", "today"))
            or word == "hence"
        ):
            sign = -1 if word == "ago" else 1
            stop = end + 1 if word in ("ago", "hence") else end + 2
            node = Shift(length, unit, sign)
            if self.w(end + 1) == "today" and word == "from":
                node = Offset(DayOffset(0), length, 1)  # "three years from today": that day
            elif word == "ago" and self._to_the_day(stop):
                node = Offset(DayOffset(0), length, -1)  # "ten years ago to the day"
                stop += 3
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
        tie = self._relation(end) if word in _RELATION_HEADS else None
        if tie is not None:  # "before", "prior to", "ahead of", "on from", "in the run-up to"
            after, relation = tie
            target = self.ranged(after)
            event = self._event(after)
            sign = -1 if relation is Relation.BEFORE else 1
            if (
                target is not None
                and is_date(target[1])
                and modifier is None
                and (target[0] == self.n or event == after)
            ):
                return target[0], Offset(target[1], length, sign)
            if lead == "for":
                return end, base  # "held for 72 hours before fighting resumed": a length
            return max(event, after), base.related(relation)
        if word in ("later", "afterwards", "afterward"):
            return end + 1, base.related(Relation.AFTER)
        if word == "into" and self._event(end + 1) > end + 1:
            return self.n, base.related(Relation.AFTER)  # "eight months into the war"
        if word in ("earlier", "previously", "prior", "beforehand"):
            return end + 1, base.related(Relation.BEFORE)
        if word == "on" and (end + 1 >= self.n or self.kinds[end + 1] == PUNCT):
            return end + 1, base.related(Relation.AFTER)
        return end, base

    def _to_the_day(self, k: int) -> bool:
        """Whether "to the day" ("ten years to the day after", "a year ago to the day") is at
        *k*."""
        return self.w(k) == "to" and self.w(k + 1) == "the" and self.w(k + 2) == "day"

    def _relation(self, k: int) -> tuple[int, Relation] | None:
        """The words at *k* that tie a length to an event ("ahead of", "on from"): where they
        end and the relation they state, or None."""
        found = None
        for phrase, relation in words.RELATION_PHRASES.items():
            if tuple(self.low[k : k + len(phrase)]) == phrase and (
                found is None or k + len(phrase) > found[0]
            ):
                found = k + len(phrase), relation
        if found is not None and self.w(found[0]) in _PLANS:
            return None  # "three months ahead of schedule": a plan, not an event
        return found

    def _ahead(self, i: int) -> Match | None:
        j = i + 1
        within = self.low[i] == "within"
        if within and self.w(j) == "the" and self.w(j + 1) in ("next", "coming"):
            j += 2
            named = _UNIT_NOUNS.get(self.w(j))
            if named is not None:
                return j + 1, Within.one(named)
        found = self.length(j)
        if found is None:
            return None
        end, length, unit = found
        if within and self.w(end) == "of":
            # "within a month of taking office": at most a month after an event
            event = self._event(end + 1)
            stop = event if event > end + 1 else end
            return stop, Length(length, Modifier.EQUAL_OR_LESS, Relation.AFTER)
        if within:
            return (end, Within(length, unit)) if isinstance(unit, Granularity) else None
        if self.w(end) == "time" and self.low[end - 1].endswith("'"):
            end += 1
        elif self.w(end) in ("of", "'s", "time", *_RELATIVE_AFTER) or self.w(end) in UNITS:
            return None  # "sworn in four days later": a particle before a length from an event
        for back in (1, 2, 3):
            before = self.w(i - back)
            if before in SUPERLATIVE_CUES or (before.endswith("est") and len(before) > 4):
                return None
        return end, Shift(length, unit, 1)


def _duration(count: int, unit: Granularity | str, *, half: bool) -> Amount | None:
    if count == 0 and not half:
        return None
    h = 1 if half else 0
    if unit is Granularity.YEAR:
        return (count, 6 * h, 0, 0, 0, 0, 0)
    if unit is Granularity.DECADE:
        return (10 * count + 5 * h, 0, 0, 0, 0, 0, 0)
    if unit == "century":
        return (100 * count + 50 * h, 0, 0, 0, 0, 0, 0)
    if unit is Granularity.QUARTER:
        return (0, 3 * count + h, 0, 15 * h, 0, 0, 0)
    if unit is Granularity.MONTH:
        return (0, count, 0, 15 * h, 0, 0, 0)
    if unit is Granularity.WEEK:
        return (0, 0, count, 3 * h, 12 * h, 0, 0)
    if unit == "fortnight":
        return (0, 0, 2 * count + h, 0, 0, 0, 0)
    if unit is Granularity.DAY:
        return (0, 0, 0, count, 12 * h, 0, 0)
    if unit == "hour":
        return (0, 0, 0, 0, count, 30 * h, 0)
    if unit == "minute":
        return (0, 0, 0, 0, 0, count, 30 * h)
    return (0, 0, 0, 0, 0, 0, count) if not half else None


def _add(a: Amount, b: Amount) -> Amount:
    return (
        a[0] + b[0],
        a[1] + b[1],
        a[2] + b[2],
        a[3] + b[3],
        a[4] + b[4],
        a[5] + b[5],
        a[6] + b[6],
    )
