"""Read the dates, periods and durations that news text states, against a publication anchor.

`normalize` reads one temporal expression ("last Friday", "mid-2025", "more than a year");
`find_dates` finds every such expression in a text, with its offset and the tense of its
sentence. Both resolve against the **local calendar date** of an anchor (the story's
publication time) under the conventions of ``docs/time.md``: intervals are ``[start, end)``,
the granularity is the unit the text names, incomplete dates point back in time unless the
sentence points forward, and durations stay lengths (`Duration`), never dates.

This is the lenient reader for running text; `TimeSpan.from_iso` is the strict one for
machine-written values.

>>> from datetime import date
>>> from claimcheck.dates import normalize
>>> normalize("last Friday", anchor=date(2024, 10, 16)).isoformat()
'2024-10-11'

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import Literal

import attrs

from claimcheck._dates_lexicon import (
    ABBREVIATIONS,
    DURATION_PRESENT,
    FUTURE_MARKERS,
    NUM,
    PASSIVE_AUXILIARIES,
    PAST_MARKERS,
    PUNCT,
    SCHEDULING_PRESENT,
    WORD,
    Tokens,
    tokenize,
)
from claimcheck._dates_nodes import (
    Context,
    Node,
)
from claimcheck._dates_phrases import START_WORDS, Parser
from claimcheck.errors import DateError
from claimcheck.timespan import Duration, TimeSpan

__all__ = ["DateMention", "Direction", "Tense", "find_dates", "normalize"]

Tense = Literal["past", "future"]
"""The tense of a sentence, as far as it decides the direction of incomplete dates."""

Direction = Literal["past", "future"]
"""Where incomplete dates point when the sentence does not say: news looks back ("past");
a scheduling assistant looks ahead ("future", as Duckling does)."""

_LEADING = frozenset(
    {
        "at",
        "on",
        "in",
        "during",
        "for",
        "by",
        "of",
        "the",
        "le",
        "el",
        "am",
        "over",
        "towards",
        "toward",
        "throughout",
        "anytime",
        "sometime",
        "sometimes",
        "early",
        "late",
        "as",
        "just",
        "shortly",
        "soon",
        "starting",
        "beginning",
        "effective",
    }
)
_PART_NOUNS = frozenset({"beginning", "start", "end", "middle", "rest", "close"})
_TRAILING = frozenset({".", ",", "?", "!", ";", ":", ")", "(", '"', "'"})
_ISO_UNIT = (
    r"(?:\d{4}(?:-\d{2}(?:-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})(?:\[[\w/+-]+\])?)?)?"
    r"|-W\d{2}|-Q\d)?|\d{3}X|\.\.)"
)
_ISO_FIRST = frozenset("0123456789.")
"""The characters the strict form (`_iso_shape`) starts with; other text skips the pattern."""
_SENTENCE_ENDS = frozenset({".", "!", "?", ";", "\n"})
_WINDOW = 40


@lru_cache(maxsize=1)
def _iso_shape() -> re.Pattern[str]:
    """The strict text form that `TimeSpan.isoformat` writes, read back by `TimeSpan.from_iso`
    (compiled on first use)."""
    return re.compile(rf"{_ISO_UNIT}(?:/{_ISO_UNIT})?~?\Z", re.ASCII)


@attrs.frozen
class DateMention:
    """A temporal expression found in a text.

    Attributes:
        text: The matched text, exactly as it appears.
        offset: Where it starts in the text (a character index), so that
            ``text[offset:offset + len(mention.text)] == mention.text``.
        value: What it means: a `TimeSpan`, or a `Duration` for a length or an event-relative
            offset.
        tense: The tense of its sentence, as inferred from markers such as "will", "is due
            to", "expires" or a reported "would" (``"future"``) and past-tense verbs
            (``"past"``); ``None`` where the sentence gives neither.

    .. versionadded:: 0.1.0
    """

    text: str
    offset: int
    value: TimeSpan | Duration
    tense: Tense | None


def _context(anchor: object, tense: Tense | None, prefer: Direction) -> Context:
    if isinstance(anchor, datetime):
        if anchor.utcoffset() is None:
            msg = (
                "anchor is a naive datetime: pass an aware datetime (with a tzinfo, e.g. "
                "ZoneInfo('Europe/London')) or a date"
            )
            raise DateError(msg, value=anchor)
        return Context(
            anchor.date(),
            anchor,
            future=(tense or prefer) == "future",
            tense=tense,
            scheduling=prefer == "future",
        )
    if isinstance(anchor, date):
        return Context(
            anchor,
            None,
            future=(tense or prefer) == "future",
            tense=tense,
            scheduling=prefer == "future",
        )
    raise DateError("anchor must be an aware datetime or a date", value=anchor)


def _check_direction(tense: object, prefer: object) -> None:
    if tense not in (None, "past", "future"):
        raise DateError("tense must be 'past', 'future' or None", value=tense)
    if prefer not in ("past", "future"):
        raise DateError("prefer must be 'past' or 'future'", value=prefer)


def _resolve(node: Node, ctx: Context) -> TimeSpan | Duration | None:
    try:
        return node.resolve(ctx)
    except (DateError, ValueError, OverflowError):
        return None


def normalize(
    text: str,
    *,
    anchor: datetime | date,
    tense: Tense | None = None,
    prefer: Direction = "past",
) -> TimeSpan | Duration | None:
    """Read one temporal expression as an interval with granularity and modifier, or a length.

    The whole text must be the expression (a leading preposition such as "on" or "in" and
    trailing punctuation are allowed); anything else, including non-dates such as "May" the
    name or "2,014", gives ``None``.

    Args:
        text: The expression, such as ``"Dec. 3"``, ``"two years ago"`` or
            ``"more than a year"``.
        anchor: The publication time: an aware datetime (its own local date is used) or a
            date.
        tense: The tense of the sentence the expression comes from; ``"future"`` points
            incomplete dates ("Friday", "18 October", "in January") forward.
        prefer: The direction when *tense* is ``None``: ``"past"`` (news, the default) or
            ``"future"`` (scheduling, as Duckling resolves).

    Returns:
        A `TimeSpan`, a `Duration` (lengths, and offsets from an event with their
        `Relation`), or ``None`` if the text is not one temporal expression.

    Raises:
        DateError: The anchor is a naive datetime or not a date, or *tense*/*prefer* is not
            one of the allowed values.

    >>> from datetime import date
    >>> normalize("Friday", anchor=date(2024, 10, 16), tense="future").isoformat()
    '2024-10-18'

    .. versionadded:: 0.1.0
    """
    _check_direction(tense, prefer)
    ctx = _context(anchor, tense, prefer)
    if not isinstance(text, str):
        return None
    if text[:1] in _ISO_FIRST and _iso_shape().match(text):
        try:
            return TimeSpan.from_iso(text)
        except DateError:
            pass
    tokens = tokenize(text)
    n = len(tokens.kinds)
    while n and tokens.low[n - 1] in _TRAILING:
        n -= 1
    if n == 0 or n > 60:
        return None
    parser = Parser(tokens, whole=True)
    parser.n = n
    for start in range(4):
        if start >= n:
            break
        if start and tokens.low[start - 1] not in _LEADING:
            break
        if start > 1 and tokens.low[start - 1] == "of" and tokens.low[start - 2] in _PART_NOUNS:
            break  # "beginning of the following week" is not "the following week"
        found = parser.parse(start)
        if found is not None and found[0] == n:
            return _resolve(found[1], ctx)
    return None


def find_dates(
    text: str,
    *,
    anchor: datetime | date,
    prefer: Direction = "past",
) -> list[DateMention]:
    """Every temporal expression in *text*, in order, with its value under its sentence's tense.

    Expressions never overlap; the longest one wins where two could start at the same word.
    Each is resolved with the tense inferred from its sentence, else with *prefer*.

    Args:
        text: Any text; runs in time linear in its length.
        anchor: The publication time: an aware datetime or a date.
        prefer: The direction of incomplete dates where the sentence has no tense marker.

    Returns:
        The mentions, by offset.

    Raises:
        DateError: The anchor is a naive datetime or not a date, or *prefer* is not allowed.

    >>> from datetime import date
    >>> [(m.text, str(m.value)) for m in find_dates(
    ...     "The law passed on 3 March and takes effect next year.", anchor=date(2024, 10, 16))]
    [('3 March', '2024-03-03'), ('next year', '2025')]

    .. versionadded:: 0.1.0
    """
    _check_direction(None, prefer)
    _context(anchor, None, prefer)
    if not isinstance(text, str):
        return []
    tokens = tokenize(text)
    parser = Parser(tokens, whole=False)
    kinds, low = tokens.kinds, tokens.low
    mentions: list[DateMention] = []
    i, n = 0, len(tokens)
    while i < n:
        kind = kinds[i]
        if (kind == PUNCT and low[i] not in _QUOTES) or (
            kind == WORD and low[i] not in START_WORDS
        ):
            i += 1
            continue
        found = parser.parse(i)
        if found is None:
            i += 1
            continue
        end, node = found
        tense = _tense(tokens, i, end, text)
        value = _resolve(node, _context(anchor, tense, prefer))
        if value is not None:
            start = tokens.starts[i]
            stop = tokens.ends[end - 1]
            mentions.append(DateMention(text[start:stop], start, value, tense))
            i = end
        else:
            i += 1
    return mentions


def _tense(tokens: Tokens, start: int, end: int, text: str) -> Tense | None:
    """The tense of the sentence around tokens [start, end) of *text*.

    The nearest tense marker on each side is found, within the paragraph; one in the same
    clause (no comma or parenthesis between) beats one across a comma ("will be held on 14
    September, the commission said") or after a coordinating "and", "but" or "or" (the tense of
    the next verb phrase: "won the vote on 5 November and will take office in January"), and
    then the nearer one wins.
    """
    low, kinds = tokens.low, tokens.kinds
    best: Tense | None = None
    rank = (2, _WINDOW + 1)
    for step, first in ((-1, start - 1), (1, end)):
        k = first
        commas = 0
        while 0 <= k < len(low) and abs(k - first) < _WINDOW:
            if _PARAGRAPH_BREAK.search(text, tokens.ends[min(k, k - step)], tokens.starts[max(k, k - step)]):
                break
            if kinds[k] == PUNCT:
                if _ends_sentence(tokens, k):
                    break
                commas += low[k] in (",", "(", ")", "\u2014", "\u2013")
            elif step == 1 and low[k] in _COORDINATORS:
                commas += 1  # "won the election on 5 November and will be sworn in": another verb's tense
            marker = _marker(low, kinds, k)
            if marker is not None:
                here = (min(commas, 1), abs(k - first))
                if here < rank:
                    best, rank = marker, here
                break
            k += step
    return best


def _ends_sentence(tokens: Tokens, k: int) -> bool:
    """Whether the punctuation token *k* ends a sentence ("2.4" and "Oct." do not)."""
    mark = tokens.low[k]
    if mark not in _SENTENCE_ENDS:
        return False
    if mark != ".":
        return True
    low, kinds, starts, ends = tokens.low, tokens.kinds, tokens.starts, tokens.ends
    if k > 0 and ends[k - 1] == starts[k] and low[k - 1] in ABBREVIATIONS:
        return False
    if k + 1 < len(low):
        if kinds[k + 1] == NUM and starts[k + 1] == ends[k]:
            return False
        if kinds[k + 1] == WORD and not tokens.raw[k + 1][:1].isupper():
            return False
    return True


def _marker(low: list[str], kinds: list[int], k: int) -> Tense | None:
    word = low[k]
    if kinds[k] != WORD:
        return None
    if word == "set" and (k + 1 >= len(low) or low[k + 1] not in ("to", "for")):
        return None  # "set out the plan", "set up a fund": no schedule ("set to", "set for")
    if word in FUTURE_MARKERS or word.endswith("'ll") or word in ("won't", "'d"):
        return "future"
    if word in SCHEDULING_PRESENT:
        return "future" if k == 0 or low[k - 1] not in _BEFORE_A_BARE_VERB else None
    if word in DURATION_PRESENT:
        ahead = low[k + 1] if k + 1 < len(low) else ""
        bare = k > 0 and low[k - 1] in _BEFORE_A_BARE_VERB
        return "future" if ahead in DURATION_PRESENT[word] and not bare else None
    if word in PAST_MARKERS or (len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST):
        if k > 0 and low[k - 1] in PASSIVE_AUXILIARIES and word not in _AUXILIARIES:
            return None
        return "past"
    return None


_AUXILIARIES = frozenset({"was", "were", "had", "did", "has", "have", "been"})
_COORDINATORS = frozenset({"and", "but", "or"})
"""Words after which a tense marker that follows a date may belong to the next verb phrase."""
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
"""A blank line: a heading or list above it lends no tense to the text below."""
_BEFORE_A_BARE_VERB = frozenset(
    {"to", "not", "never", "did", "didn't", "do", "does", "don't", "doesn't", "could", "would",
     "should", "might", "must", "can", "cannot", "may"}
)
"""Words after which a scheduling verb ("meet") is an infinitive or takes another's tense."""


_NOT_PAST = frozenset(
    {
        "scheduled",
        "expected",
        "planned",
        "need",
        "indeed",
        "speed",
        "proceed",
        "embed",
        "breed",
        "bed",
        "hundred",
    }
)


_QUOTES = frozenset({"'", "\u2019"})
