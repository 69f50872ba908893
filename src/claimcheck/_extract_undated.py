"""Events a sentence reports as past without dating them: a person's confirmation,
swearing-in or resignation ("Hegseth, whose confirmation needed a tie-break", "Rubio was
sworn in", "Barnier resigned").

Such a report still says something about time: the act took place before the text was
written. The event is given that open time (on or before publication), so that
`claimcheck.checks.timing.report_out_of_order` can set it against the date the facts record
for that person's act.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck._extract_acts import before_publication, person_act
from claimcheck._extract_events import EventMention, Participant
from claimcheck._extract_eventwords import EVENT_PHRASES
from claimcheck.checks._ordering import PERSONAL_ACTS
from claimcheck.timespan import TimeSpan

__all__ = ["undated_act"]

_NOUN = re.compile(r"\bconfirmation\b(?!\s+(?:hearings?|process|fight|battle|bid|prospects)\b)", re.IGNORECASE)
"""The noun of the act ("his confirmation"), not the hearings or the fight before it."""
_ACTS: tuple[tuple[re.Pattern[str], str], ...] = (
    *((pattern, kind) for pattern, kind in EVENT_PHRASES if kind in PERSONAL_ACTS),
    (_NOUN, "confirmation"),
)
"""The words that report one of the `PERSONAL_ACTS`: the event phrases of those kinds ("was
confirmed", "sworn in", "took office"), and the noun when a past verb follows it."""
_PRESENT = re.compile(r"(?i:takes?|taking|resigns|steps)\b")
"""The present of "took office" or "resigned", which reads as a headline's or a plan's, not
as a past act."""
_NOUN_PAST = re.compile(
    r"(?:\s+(?:\w+|\S+))?\s+(?:was|came|needed|required|passed|went|took|drew|followed|cleared|ended)\b"
)
"""A past verb just after the noun, which puts the act itself in the past ("confirmation
needed a tie-breaking vote", "confirmation came late on Friday")."""
_NOT_YET = re.compile(
    r"\b(?:will|would|could|might|may|should|shall|expected|awaits?|awaiting|pending|ahead\s+of|"
    r"before|until|unless|if|once|yet|likely|due|set\s+to|scheduled|nominee|nominated|hopes?)\b",
    re.IGNORECASE,
)
"""Words that leave the act to come, or only possible ("before his confirmation", "if
confirmed", "awaiting confirmation", "the nominee"): the report does not say it took place."""
_CLAUSE = 60
"""How many characters before the act's words are read for `_NOT_YET` words and for the person."""


def undated_act(
    sentence: str, offset: int, people: Sequence[Participant], published: TimeSpan
) -> EventMention | None:
    """The one person's confirmation, swearing-in or resignation that *sentence* reports as past without a
    date, dated on or before *published*; ``None`` when the sentence reports none, or leaves
    it to come.

    The person is the one named nearest before the act's words, within the clause
    (``_CLAUSE`` characters).

    Args:
        sentence: The sentence's text.
        offset: Where the sentence starts in its document.
        people: The people and things the sentence names, with their offsets in the document.
        published: When the document was published.

    Returns:
        The event, with the characters that report it.

    .. versionadded:: 0.1.0
    """
    for pattern, kind in _ACTS:
        for m in pattern.finditer(sentence):
            past = _NOUN_PAST.match(sentence, m.end()) if pattern is _NOUN else m
            if past is None or _PRESENT.match(m.group()):
                continue
            lead = sentence[max(0, m.start() - _CLAUSE) : m.start()]
            if _NOT_YET.search(lead) or _NOT_YET.search(sentence, m.end(), m.end() + 30):
                continue
            start, stop = offset + m.start(), offset + max(m.end(), past.end())
            when = before_publication(published)
            event = person_act(kind, when, people, start, stop, reach=_CLAUSE)
            if event is not None:
                return event
    return None
