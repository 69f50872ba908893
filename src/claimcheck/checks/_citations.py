"""Citations between documents checked together, read from their claims.

A document that credits an outlet with a story cites that outlet's report; when the
documents checked together hold an article of that outlet (its header names it) telling the
same story, the citation is of that article. The citation graph and the order of
publication can then be checked across documents the way hand-written ``cites`` are.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import attrs

from claimcheck.checks._registry import Member
from claimcheck.checks._stories import credited_outlets, names_outlet, outlet_key, same_story
from claimcheck.model import Citation, Claim, Document, Source, Statement

__all__ = ["Link", "cited_sources", "links"]


@attrs.frozen
class Link:
    """A claim of one document that cites another document: the claim credits the cited
    document's outlet with a story that document tells."""

    claim: Claim
    cited: Document


def links(members: Iterable[Member]) -> list[Link]:
    """The citations that *members*' statements make of the documents of *members*.

    A statement credited to an outlet, or passed on through it, cites each other document
    whose outlet that is (by name, or its first words), when that document has a statement
    of the same story (`claimcheck.checks._stories.same_story`). A document never cites
    its own outlet this way. Linear in the members but for the documents of one outlet.
    """
    members = list(members)
    documents = {m.document.id: m.document for m in members}
    by_outlet: dict[str, list[Document]] = defaultdict(list)
    for document in documents.values():
        if document.source.outlet is not None:
            by_outlet[outlet_key(document.source.outlet.name)].append(document)
    statements: dict[str, list[Claim]] = defaultdict(list)
    for member in members:
        if isinstance(member.claim.assertion, Statement):
            statements[member.document.id].append(member.claim)
    found: dict[tuple[str, str], Link] = {}
    for member in members:
        claim, own = member.claim, member.document.source.outlet
        for name in credited_outlets(claim.attribution):
            for cited in by_outlet.get(outlet_key(name), ()):
                outlet = cited.source.outlet
                if (
                    outlet is None
                    or cited.id == member.document.id
                    or (own is not None and names_outlet(own.name, outlet))
                    or not names_outlet(name, outlet)
                    or (claim.ref, cited.id) in found
                ):
                    continue
                if any(same_story(claim, other) for other in statements[cited.id]):
                    found[(claim.ref, cited.id)] = Link(claim, cited)
    return sorted(found.values(), key=lambda link: (link.claim.ref, link.cited.id))


def cited_sources(documents: Iterable[Document], found: Iterable[Link]) -> list[Source]:
    """The sources of *documents*, with the citations *found* added to their ``cites``."""
    added: dict[str, list[Citation]] = defaultdict(list)
    for link in found:
        cited = link.cited.source
        citation = Citation(
            outlet=cited.outlet, document_id=cited.document_id, published=cited.published
        ) if cited.outlet is not None else None
        citing = link.claim.source.document_id
        if citation is not None and citation not in added[citing]:
            added[citing].append(citation)
    sources = []
    for document in documents:
        source = document.source
        new = [c for c in added.get(source.document_id, ()) if c not in source.cites]
        sources.append(attrs.evolve(source, cites=(*source.cites, *new)) if new else source)
    return sources
