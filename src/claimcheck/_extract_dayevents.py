"""Events named by their weekday ("Wednesday's meeting"): one document that names the same
one twice means one day by both, whatever the tense of the second mention."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from claimcheck.dates import DateMention
from claimcheck.model import WEEKDAYS

__all__ = ["one_day_per_dayevent"]

_DAY_POSSESSIVE = re.compile(r"(?i:" + "|".join(WEEKDAYS) + r")['’]s$")
_NOUN_AFTER = re.compile(r"\s+([a-z][a-z-]+)")


def one_day_per_dayevent(text: str, dates: Sequence[DateMention]) -> list[DateMention]:
    """*dates*, with each later mention of an event named by its weekday ("Wednesday's
    meeting", "Friday's vote") given the day of the first mention of that weekday and noun in
    *text*.

    A reader of the dates of one sentence takes a weekday in a past-tense sentence as the last
    one, and in a future one as the next; but a story that first announces "Wednesday's
    meeting" and later tells what was said "at Wednesday's meeting" names one meeting, and a
    past tense the second time tells it as past before it took place. Only the weekday's
    possessive followed by the same noun is tied; the tense of each mention is kept.

    Args:
        text: The text the offsets of *dates* count in.
        dates: Its dates, in order.

    Returns:
        The dates, in the same order.

    >>> from datetime import date
    >>> from claimcheck.dates import find_dates
    >>> text = "Ames will attend Friday's vote. Ames spoke at Friday's vote."
    >>> [m.value.isoformat() for m in one_day_per_dayevent(text, find_dates(text, anchor=date(2031, 5, 6)))]
    ['2031-05-09', '2031-05-09']

    .. versionadded:: 0.1.0
    """
    first: dict[tuple[str, str], DateMention] = {}
    out = []
    for mention in dates:
        if _DAY_POSSESSIVE.search(mention.text):
            noun = _NOUN_AFTER.match(text, mention.offset + len(mention.text))
            if noun is not None:
                key = (mention.text[:-2].lower(), noun.group(1))
                named = first.setdefault(key, mention)
                if named.value != mention.value:
                    mention = attrs.evolve(mention, value=named.value)
        out.append(mention)
    return out
