"""Citations between documents checked together, read from their claims.

A document that credits an outlet with a story cites that outlet's report; when the
documents checked together hold an article of that outlet (its header names it) telling the
same story, the citation is of that article. The citation graph and the order of
publication can then be checked across documents the way hand-written ``cites`` are.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

import attrs

from claimcheck.checks._registry import Member
from claimcheck.checks._support import folded
from claimcheck.checks._stories import (
    StoryIndex,
    credited_outlets,
    names_outlet,
    outlet_key,
    same_story,
    speaks_for_itself,
)
from claimcheck.model import Citation, Claim, Document, Source, Statement

__all__ = ["Link", "Upstreams", "cited_sources", "counted_sets", "credited_name", "links"]


@attrs.frozen
class Link:
    """A claim of one document that cites another document: the claim credits the cited
    document's outlet with a story that document tells."""

    claim: Claim
    cited: Document


def links(members: Iterable[Member]) -> list[Link]:
    """The citations that *members*' statements make of the documents of *members*.

    A statement credited to an outlet, or passed on through it, cites an article of that
    outlet (named in full, or by its first words) that has a statement of the same story:
    the last such published by the time of the statement's document, or else the first
    after it (`claimcheck.checks._stories.same_story`, looked up in a
    `claimcheck.checks._stories.StoryIndex`, never by comparing every pair). A document
    never cites its own outlet this way.
    """
    members = list(members)
    documents = {m.document.id: m.document for m in members}
    index: StoryIndex[Document] = StoryIndex()
    for member in members:
        outlet = member.document.source.outlet
        if outlet is not None and isinstance(member.claim.assertion, Statement):
            index.add(member.claim, member.document, scope=outlet_key(outlet.name))
    found: dict[tuple[str, str], Link] = {}
    for member in members:
        claim, own = member.claim, member.document.source.outlet
        for name in credited_outlets(claim.attribution):
            candidates = [
                cited
                for cited in index.matches(claim, scope=outlet_key(name))
                if cited.source.outlet is not None
                and cited.id != member.document.id
                and not (own is not None and names_outlet(own.name, cited.source.outlet))
                and names_outlet(name, cited.source.outlet)
            ]
            cited = _the_cited(claim, candidates)
            if cited is not None:
                found.setdefault((claim.ref, cited.id), Link(claim, documents[cited.id]))
    return sorted(found.values(), key=lambda link: (link.claim.ref, link.cited.id))


def _the_cited(claim: Claim, candidates: list[Document]) -> Document | None:
    """The one article of *candidates* (one outlet's, telling the story) that *claim* cites:
    the last published by the time of the claim's document, or else the first after it."""
    published = claim.source.published
    before = [d for d in candidates if not d.source.published.is_after(published)]
    pool = before or candidates
    best = None
    for document in pool:
        if best is None:
            best = document
            continue
        later = document.source.published.is_after(best.source.published)
        if later == bool(before):
            best = document
    return best


def cited_sources(documents: Iterable[Document], found: Iterable[Link]) -> list[Source]:
    """The sources of *documents*, with the citations *found* added to their ``cites``."""
    added: dict[str, dict[Citation, None]] = defaultdict(dict)
    for link in found:
        cited = link.cited.source
        if cited.outlet is not None:
            citation = Citation(
                outlet=cited.outlet, document_id=cited.document_id, published=cited.published
            )
            added[link.claim.source.document_id][citation] = None
    sources = []
    for document in documents:
        source = document.source
        new = [c for c in added.get(source.document_id, ()) if c not in source.cites]
        sources.append(attrs.evolve(source, cites=(*source.cites, *new)) if new else source)
    return sources


class Upstreams:
    """Where the reports that statements credit come from, followed through the documents
    checked together: an outlet's article that relays another outlet's report leads on to
    that report, however many relays lie between (relays of relays are one source).

    Args:
        members: The statements of the documents checked together, with their documents.
    """

    def __init__(self, members: Iterable[Member]) -> None:
        members = list(members)
        self.cited: dict[str, list[Document]] = defaultdict(list)
        for link in links(members):
            self.cited[link.claim.ref].append(link.cited)
        self.statements: dict[str, list[Claim]] = defaultdict(list)
        for member in members:
            if isinstance(member.claim.assertion, Statement):
                self.statements[member.document.id].append(member.claim)

    def follow(self, claims: Sequence[Claim]) -> list[tuple[dict[str, str], list[Document]]]:
        """Where the story of each of *claims* ends when followed up through the outlets it
        credits (by `outlet_key`, each with a name as written: an outlet whose article is not
        checked with it, or whose article credits no outlet with the story), and the
        documents it passes through on the way, in the order met.

        Each step goes on through the statements of the cited article that tell the story of
        the statement citing it, so a chain of relays is followed to its root even where
        each retells it in new words; an article that has the story from a body speaking for
        itself ("the air force said") is its first report, and the chain ends at its outlet.
        An outlet one claim ends at whose article another claim's chain passes through is
        followed on through that article: "A and B confirmed it", where B's report relays
        A's and A's relays C's, ends at C for both, even where A's article tells the story
        in words too far from the claim's to be found from it.

        Args:
            claims: Statements of one document that credit one story to several outlets.

        Returns:
            For each claim in order, its ends and the documents it passes through.
        """
        beyond: dict[str, _Beyond] = {}
        traced = []
        for claim in claims:
            ends: dict[str, str] = {}
            met: dict[str, Document] = {}
            self._follow(claim, claim, ends, met, beyond)
            traced.append((ends, met))
        passed = {
            outlet_key(d.source.outlet.name): d
            for _, met in traced
            for d in met.values()
            if d.source.outlet is not None and beyond[d.id].ends
        }
        for ends, met in traced:
            for key in [k for k in ends if k in passed and passed[k].id not in met]:
                document = passed[key]
                del ends[key]
                for further, name in beyond[document.id].ends.items():
                    ends.setdefault(further, name)
                met.update((d.id, d) for d in (document, *beyond[document.id].met))
        return [(ends, list(met.values())) for ends, met in traced]

    def _follow(
        self,
        claim: Claim,
        story: Claim,
        ends: dict[str, str],
        met: dict[str, Document],
        beyond: dict[str, _Beyond],
    ) -> None:
        cited = self.cited.get(claim.ref, [])
        for name in credited_outlets(claim.attribution):
            if not any(d.source.outlet is not None and names_outlet(name, d.source.outlet) for d in cited):
                ends.setdefault(outlet_key(name), name)
        for document in cited:
            if document.id in met:
                continue
            met[document.id] = document
            further = [
                c
                for c in self.statements.get(document.id, ())
                if credited_outlets(c.attribution)
                and (same_story(story, c) or (same_story(claim, c) and not speaks_for_itself(c)))
            ]
            outlet = document.source.outlet
            if not further and outlet is not None:
                ends.setdefault(outlet_key(outlet.name), outlet.name)
            reached: dict[str, str] = {}
            before = len(met)
            for other in further:
                self._follow(other, story, reached, met, beyond)
            beyond[document.id] = _Beyond(reached, list(met.values())[before:])
            for key, name in reached.items():
                ends.setdefault(key, name)


@attrs.frozen
class _Beyond:
    """Where following a story on from one article led: the outlets it ended at and the
    documents met on the way; no ends for an article that relays no one."""

    ends: dict[str, str]
    met: list[Document]


def credited_name(claim: Claim) -> str:
    """Whom *claim* is credited to, as written (its reference when it is not credited)."""
    return claim.attribution.speaker_name if claim.attribution is not None else claim.ref


def counted_sets(claims: Iterable[Claim]) -> list[list[Claim]]:
    """The claims of each statement that its document credits to several speakers ("confirmed
    by both A and B"), set by set, in the order of their references."""
    sets: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in sorted(claims, key=lambda c: c.ref):
        assertion = claim.assertion
        if claim.attribution is not None and isinstance(assertion, Statement):
            sets[(claim.source.document_id, assertion.content)].append(claim)
    return [found for found in sets.values() if len({folded(credited_name(c)) for c in found}) > 1]
