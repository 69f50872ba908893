"""How many of a thing a report states in passing: "seven Kh-101 cruise missiles", "17
Patriot-class batteries", and the part of them an act touched ("six of which were shot
down"). Such a number is compared only with the same number in the report a relay credits
(`claimcheck.checks._relays`): the measure ``"number"`` keeps it out of the counts of acts
and of bodies' members, which other readers take."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck._extract_countwords import count_value, count_words
from claimcheck._extract_numbers import NumberMention
from claimcheck.checks._quantities import NUMBER_MEASURE
from claimcheck.model import Quantity

__all__ = ["things_counted"]

_WORDS = count_words(2, 99)
_AMOUNT = rf"(?P<num>\d{{1,3}}(?:,\d{{3}})*|(?i:{_WORDS}))"
_ANY_NUMBER = re.compile(rf"\d|\b(?:{_WORDS})\b", re.IGNORECASE)
_MODIFIER = r"(?:[A-Z][\w]*(?:-[\w-]+)?|[a-z]+-[a-z]+|[a-z]{4,})"
"""A word that says which kind of thing is counted: "Kh-101", "Patriot-class", "cruise"."""
_THING = re.compile(rf"(?<![\w.,$€£-]){_AMOUNT}\s+(?P<kind>(?:{_MODIFIER}\s+){{0,2}})(?P<noun>[a-z]{{3,}}s)\b(?![-'’])")
_PART = re.compile(
    rf"(?<![\w.,-]){_AMOUNT}\s+of\s+(?:which|them|the\s+\w+(?:\s+[\w-]+)?)\s+(?:were|was|had\s+been|have\s+been)\s+"
    r"(?P<act>[a-z]+ed|shot|hit|downed|destroyed)(?P<particle>\s+(?:down|out|off))?\b"
)
_NOT_THINGS = frozenset(
    """years months weeks days hours minutes seconds times decades centuries members allies
    countries states nations cents percent points pages words others ones ways
    this thus does hers ours yours theirs less unless across plus always perhaps towards
    whereas besides sometimes afterwards""".split()  # noqa: SIM905
)
"""Plurals that are no things a report counts in passing: lengths of time, a body's members
(counted by their own reader), words of no kind, and the words that only end like a plural
("32 across the alliance", "7 March this year")."""
_FUNCTION = frozenset("were have more than less were with from into over under that this their".split())  # noqa: SIM905


def things_counted(
    sentence: str, taken: Sequence[NumberMention] = (), *, dated: Sequence[tuple[int, int]] = ()
) -> list[NumberMention]:
    """The numbers of things *sentence* states, outside the figures already *taken* and the
    dates *dated* (``[start, stop)`` offsets in *sentence*: the day of "on 7 March this year"
    counts nothing): a `Quantity` of measure ``"number"`` whose unit is the thing's plural
    ("missiles") and whose subject names its kind ("kh-101 cruise missiles"); a part an act
    touched ("six of which were shot down") is of the thing counted before it, with the act
    in its unit.

    >>> [(q.assertion.subject, q.assertion.unit, q.assertion.value) for q in things_counted(
    ...     "It fired nine Zircon cruise missiles, four of which were shot down.")]
    [('zircon cruise missiles', 'missiles', 9.0), ('zircon cruise missiles', 'missiles shot down', 4.0)]
    """
    if not _ANY_NUMBER.search(sentence):
        return []
    spans = [(t.start, t.stop) for t in taken]
    found: list[NumberMention] = []
    for m in _THING.finditer(sentence):
        noun = m.group("noun")
        kind = [w for w in m.group("kind").split() if w.lower() not in _FUNCTION]
        if noun in _NOT_THINGS or any(a < m.end() and m.start() < b for a, b in spans):
            continue
        if any(a < m.end("num") and m.start("num") < b for a, b in dated):
            continue
        subject = " ".join([*kind, noun]).lower()
        value = float(count_value(m.group("num")))
        quantity = Quantity(subject=subject, measure=NUMBER_MEASURE, value=value, unit=noun)
        found.append(NumberMention(quantity, m.start(), m.end()))
    for m in _PART.finditer(sentence):
        before = [f for f in found if f.stop <= m.start()]
        if not before:
            continue
        whole = before[-1].assertion
        assert isinstance(whole, Quantity)
        act = " ".join((m.group("act") + (m.group("particle") or "")).split())
        value = float(count_value(m.group("num")))
        unit = f"{whole.unit} {act}"
        quantity = Quantity(subject=whole.subject, measure=NUMBER_MEASURE, value=value, unit=unit)
        found.append(NumberMention(quantity, m.start(), m.end()))
    return found

