"""The order of publication across documents: what `TIM003` groups, and the citations of
later documents that the claims of documents checked together make."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator

from claimcheck.checks._citations import links
from claimcheck.checks._registry import Group
from claimcheck.checks._stories import credited_outlets, outlet_key, outlet_keys
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Claim, Document, EventDate, Statement

__all__ = ["later_citations", "order_key"]


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
