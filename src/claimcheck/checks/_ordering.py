"""The order of publication across documents: what `TIM003` groups, and the citations of
later documents that the claims of documents checked together make."""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Iterator

from claimcheck.checks._citations import links
from claimcheck.checks._registry import Group
from claimcheck.checks._stories import credited_outlets, outlet_key, outlet_keys
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Claim, Document, EventDate, Statement

__all__ = ["dates_a_later_act", "later_citations", "order_key"]


def order_key(claim: Claim, document: Document, kb: KnowledgeBase) -> Iterable[Hashable]:
    """The groups of `TIM003`: the document, for its dates and its own citations; and for a
    statement, the outlets it is credited to and its document's outlet, where a citation of
    another document of the set can be found."""
    keys: list[Hashable] = []
    if isinstance(claim.assertion, EventDate) or document.source.cites:
        keys.append(("document", document.id))
    if isinstance(claim.assertion, Statement):
        names = credited_outlets(claim.attribution)
        outlet = document.source.outlet
        keys.extend(("outlet", key) for key in sorted(outlet_keys(names)))
        if outlet is not None:
            keys.append(("outlet", outlet_key(outlet.name)))
    return keys


def later_citations(group: Group) -> Iterator[tuple[Claim, Document]]:
    """The claims of an outlet's group that cite a document of that outlet published after
    their own document, each with the document it cites."""
    for link in links(group.members):
        if link.cited.source.published.is_after(link.claim.source.published):
            yield link.claim, link.cited


_LATER_ACT = re.compile(
    r"\b(?:due|set|expected|scheduled|slated|planned|poised|meant|intended|supposed|likely|going)"
    r"\s+(?:to|for)\b|\bto\s+be\s+[a-z]+|\b(?:in\s+order|so\s+as)\s+to\b"
)
"""A passive to-infinitive, "due to", "set to", "expected to", "scheduled for" clause: a date
inside it dates the act still to come ("to be delivered by the end of the year"), not the
main verb. A plain infinitive is left alone: in "elected to succeed him on 25 November" the
date is the election's."""


def dates_a_later_act(evidence: str) -> bool:
    """Whether the words of an event's dating put its date inside a clause of a later act
    (an infinitive or "due to"), which leaves the main verb, even in the past tense, undated.

    >>> dates_a_later_act("signed a contract for six ferries to be built by 2027")
    True
    >>> dates_a_later_act("signed a contract for six ferries on 3 May, according to officials in Oslo")
    False
    """
    return _LATER_ACT.search(evidence) is not None
