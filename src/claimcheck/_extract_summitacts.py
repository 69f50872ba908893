"""Deals a sentence reports as struck at a summit's city, without a date ("at Vilnius, the
allies agreed to ...", "who won the pledge at Madrid").

Such a report says the summit in that city had already met when the text was written. The
event is a summit at that place, dated on or before publication, so that
`claimcheck.checks.timing.report_out_of_order` can set it against the date the facts record
for the first summit there.
"""

from __future__ import annotations

import re

from claimcheck._extract_acts import before_publication
from claimcheck._extract_events import EventMention
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Actor, ActorKind
from claimcheck.timespan import TimeSpan

__all__ = ["deal_at_summit"]

_DEAL_WORDS = frozenset({"agreed", "secured", "pledged", "adopted", "endorsed", "clinched", "sealed", "won"})
"""Past verbs of striking a deal: the cheap test a sentence passes before it is read further."""
_DEAL = re.compile(r"\b(?:" + "|".join(sorted(_DEAL_WORDS)) + r")\b")
_AT_PLACE = re.compile(r"\b[Aa]t\s+((?:The\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
"""A place after "at", as a summit's city is written ("at Vilnius", "at The Hague"); "in
Washington" is as often the seat of a government as of a summit."""
_NOT_YET = re.compile(
    r"\b(?:will|would|could|might|may|should|shall|expected|hopes?|if|once|ahead|before|next|"
    r"set\s+to|due|planned|aims?|wants?)\b",
    re.IGNORECASE,
)
"""Words that leave the deal to come, or only possible, in the clause of the verb."""
_NEAR = 60
"""How many characters may lie between the verb and the place."""


def deal_at_summit(sentence: str, offset: int, published: TimeSpan, *, kb: KnowledgeBase) -> EventMention | None:
    """The summit that *sentence* reports, without a date, as the past scene of a deal: a
    past verb of agreeing ("agreed", "secured", "pledged") within ``_NEAR`` characters of a
    city after "at" where the facts record a summit; dated on or before *published*.

    Args:
        sentence: The sentence's text.
        offset: Where the sentence starts in its document.
        published: When the document was published.
        kb: The knowledge base whose summits tell a summit's city from any other place.

    Returns:
        The event, with the characters that report it; ``None`` when the sentence reports
        no such deal, dates it, or leaves it to come.

    >>> found = deal_at_summit("At Vilnius, the allies agreed a new plan.", 0, TimeSpan.day(2024, 2, 1),
    ...                        kb=KnowledgeBase.default())
    >>> found.kind, found.place.name, found.when.isoformat()
    ('summit', 'Vilnius', '../2024-02-01')

    .. versionadded:: 0.1.0
    """
    if not any(word in sentence for word in _DEAL_WORDS):
        return None
    for deal in _DEAL.finditer(sentence):
        for at in _AT_PLACE.finditer(sentence):
            gap = at.start() - deal.end() if at.start() >= deal.end() else deal.start() - at.end()
            first, last = min(deal.start(), at.start()), max(deal.end(), at.end())
            if gap > _NEAR or any(mark in sentence[first:last] for mark in ".;:") or _NOT_YET.search(sentence[first:last]):
                continue
            if _NOT_YET.search(sentence, max(0, first - 30), first):
                continue
            name = at.group(1)
            if not kb.find_events(kind="summit", place=name):
                continue
            place = Actor(name, ActorKind.PLACE)
            when = before_publication(published)
            return EventMention("summit", f"summit in {name}", when, place, (), False, offset + first, offset + last)
    return None
