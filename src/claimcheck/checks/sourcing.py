"""Checks of who a claim rests on: attribution and corroboration (family ``SRC``)."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Hashable, Iterable, Iterator, Sequence

import attrs

from claimcheck.attribution import CitationGraph, IssueKind, Root, RootKind
from claimcheck.checks._citations import Upstreams, cited_sources, counted_sets, credited_name, links
from claimcheck.checks._open_roots import credited_openly
from claimcheck.checks._propositions import clusters, proposition_group, same_proposition
from claimcheck.checks._registry import Group, Member, check
from claimcheck.checks._relay_chains import RelayOrigins, ToldRelays
from claimcheck.checks._stories import (
    StoryIndex,
    credited_outlets,
    names_outlet_called,
    outlet_key,
    outlet_keys,
    speaks_for_itself,
)
from claimcheck.checks._support import emit, folded
from claimcheck.kb import KnowledgeBase
from claimcheck.model import ActorKind, Anonymity, Claim, Document, Finding, Severity, Statement

__all__ = [
    "circular_citation",
    "relay_credited_as_origin",
    "single_upstream_corroboration",
    "unsourced_anonymous_claim",
]


def _key(claim: Claim) -> str | None:
    assertion = claim.assertion
    return assertion.proposition if isinstance(assertion, Statement) else None


def _keyed(claim: Claim, key: str) -> Claim:
    assertion = claim.assertion
    if not isinstance(assertion, Statement) or assertion.proposition == key:
        return claim
    return attrs.evolve(claim, assertion=attrs.evolve(assertion, proposition=key))


def _proposition(claim: Claim, document: Document, kb: KnowledgeBase) -> Iterable[Hashable]:
    key = _key(claim)
    keys: list[Hashable] = [("proposition", proposition_group(key))] if key else []
    if isinstance(claim.assertion, Statement) and credited_outlets(claim.attribution):
        keys.append(("relays",))
    return keys


def _propositions(group: Group) -> Iterator[tuple[list[Member], CitationGraph]]:
    """The members of *group* that state one proposition, set by set, each with the citation
    graph of its claims; the claims of a set carry one key, so the graph links them."""
    keys = [_key(m.claim) or "" for m in group.members]
    for indexes in clusters(keys):
        members = [group.members[i] for i in indexes]
        key = min(keys[i] for i in indexes)
        members = [attrs.evolve(m, claim=_keyed(m.claim, key)) for m in members]
        documents = {m.document.id: m.document for m in members}
        yield (
            members,
            CitationGraph.build([d.source for d in documents.values()], [m.claim for m in members]),
        )


@check(
    "SRC004",
    "single-upstream-corroboration",
    category="corroboration",
    severity=Severity.WARNING,
    key=_proposition,
)
def single_upstream_corroboration(group: Group, kb: KnowledgeBase) -> Iterator[Finding]:
    """Flag reports of one proposition in several documents that all rest on one upstream.

    Claims are grouped by their proposition (keys that state one proposition in other words
    are matched, see `claimcheck.checks._propositions`); each claim's chain of attribution
    (through the outlets it passed) and its document's citations lead to roots. Reports from
    two or more documents that share a root are one confirmation, not several: one finding
    is made for each widest set of claims that share a root, so a third, independent report
    does not hide the two that are one. A document that credits the proposition to several
    sources ("confirmed by both A and B") is named as counting them as separate
    confirmations; where those sources' own articles, checked with it, tell the story in
    other words, they are followed up relay by relay (`claimcheck.checks._citations.Upstreams`)
    and flagged when all end at one outlet. A named person's words on the record are not a
    shared upstream, unless a document counts their reports as several confirmations.
    Reports that each credit the same outlet openly, directly and by name, show their one
    origin themselves: with no document counting them as several, that is information, not
    a warning (a root of unnamed sources, or a report that hides it, stays a warning).

    Why it matters:
        Re-reports look like corroboration; counting them as independent confirmation is how
        a single anonymous claim becomes "widely reported".

    Example:
        Two aggregator stories carry the US shift on a NATO invitation for Ukraine; both rest on
        Le Monde's unnamed sources.

    References:
        The claims and the shared root.

    .. versionadded:: 0.1.0
    """
    if len(group.documents) < 2:
        return
    if group.key == ("relays",):
        yield from _relayed_confirmations(group.members)
        return
    for members, graph in _propositions(group):
        yield from _one_upstream(members, graph)


def _relayed_confirmations(members: Sequence[Member]) -> Iterator[Finding]:
    """The documents that count several outlets as confirmations of one story, where the
    articles of those outlets, followed up relay by relay (`Upstreams`), all end at one
    outlet; only where no relay states the story by the same proposition key, which the
    grouping by proposition already compares."""
    upstreams = Upstreams(members)
    for counted in counted_sets(m.claim for m in members):
        traced = upstreams.follow(counted)
        common = set.intersection(*(set(ends) for ends, _ in traced))
        relays = {d.id: d for _, met in traced for d in met}
        keys = [k for c in relays.values() for k in map(_key, c.claims) if k]
        own = _key(counted[0])
        if not common or (own and any(same_proposition(own, k) for k in keys)):
            continue
        names = " and ".join(dict.fromkeys(credited_name(c) for c in counted))
        upstream = ", ".join(sorted(traced[0][0][k] for k in common))
        yield emit(
            single_upstream_corroboration,
            message=(
                f"{counted[0].source.document_id} counts {names} as separate confirmations of "
                f"{_gist(counted[0])}, but their reports relay one upstream: {upstream}"
            ),
            claims=counted,
            spans=[c.evidence for c in counted],
            documents=sorted(relays),
        )


def _one_upstream(members: list[Member], graph: CitationGraph) -> Iterator[Finding]:
    outlets = sorted({m.document.source.outlet.name for m in members if m.document.source.outlet})
    articles: dict[str, list[Claim]] = defaultdict(list)
    for member in members:
        outlet = member.document.source.outlet
        if outlet is not None:
            articles[outlet_key(outlet.name)].append(member.claim)
    own_roots = _OwnRoots(articles, graph)
    carried: dict[Root, set[Claim]] = defaultdict(set)
    for member in members:
        for root in own_roots(member.claim):
            carried[root].add(member.claim)
    shared: dict[frozenset[Claim], list[Root]] = defaultdict(list)
    for root, carriers in carried.items():
        if len({c.source.document_id for c in carriers}) < 2:
            continue
        if _on_record(root, carriers) and not _counted(carriers):
            continue
        if len({_voice(c, outlets) for c in carriers}) < 2:
            continue
        shared[frozenset(carriers)].append(root)
    widest = [claims for claims in shared if not any(claims < other for other in shared)]
    for claim_set in widest:
        claims = sorted(claim_set, key=lambda c: c.ref)
        documents = sorted({c.source.document_id for c in claims})
        upstream = ", ".join(str(r) for r in sorted(shared[claim_set]))
        counted = _counted(claims)
        open_root = not counted and credited_openly(shared[claim_set], claims)
        if counted:
            names = " and ".join(credited_name(c) for c in counted)
            message = (
                f"{counted[0].source.document_id} counts {names} as separate confirmations of "
                f"{_gist(counted[0])}, but they rest on one upstream: {upstream}"
            )
        else:
            message = (
                f"{len(documents)} documents report {_gist(claims[0])}, but all rest on one "
                f"upstream: {upstream}; they are one confirmation, not {len(documents)}"
            )
        yield emit(
            single_upstream_corroboration,
            message=message + ("; each credits it openly" if open_root else ""),
            claims=claims,
            spans=[c.evidence for c in claims],
            severity=Severity.INFO if open_root else None,
        )


class _OwnRoots:
    """The roots of claims by their own attribution: for a claim credited to an outlet whose
    articles (*articles*, by outlet key) are checked with it, the roots of those articles; a
    document that credits several outlets with one statement reaches them all from that
    statement, but each credit reaches one. Remembered per outlet named."""

    def __init__(self, articles: dict[str, list[Claim]], graph: CitationGraph) -> None:
        self.articles = articles
        self.graph = graph
        self._named: dict[str, tuple[Root, ...]] = {}

    def __call__(self, claim: Claim) -> tuple[Root, ...]:
        attribution = claim.attribution
        own = claim.source.outlet
        if (
            attribution is None
            or attribution.via
            or attribution.anonymity is not Anonymity.NAMED_ORGANIZATION
            or (own is not None and names_outlet_called(attribution.speaker_name, own.name))
        ):
            return self.graph.roots(claim)
        name = attribution.speaker_name
        if name not in self._named:
            found = [
                article
                for article in self.articles.get(outlet_key(name), ())
                if article.source.outlet is not None and names_outlet_called(name, article.source.outlet.name)
            ]
            roots = {root for article in found for root in self.graph.roots(article)}
            self._named[name] = tuple(sorted(roots))
        return self._named[name] or self.graph.roots(claim)


def _voice(claim: Claim, outlets: Sequence[str]) -> str:
    """Whose report a claim repeats: the outlet it credits, when that outlet's article is
    among *outlets*' documents, else its own document's outlet (or the document). A document
    crediting an outlet and that outlet's own article are one report, not two."""
    attribution = claim.attribution
    if (
        attribution is not None
        and not attribution.via
        and attribution.anonymity is Anonymity.NAMED_ORGANIZATION
    ):
        for outlet in outlets:
            if names_outlet_called(attribution.speaker_name, outlet):
                return folded(outlet)
    own = claim.source.outlet
    return folded(own.name) if own is not None else f"#{claim.source.document_id}"


def _counted(claims: Iterable[Claim]) -> list[Claim]:
    """The claims of the first statement that its document credits to several speakers
    ("confirmed by both A and B"), one per speaker, or none; two statements of one
    proposition credited to two speakers are two reports, not one counted twice."""
    for found in counted_sets(claims):
        by_speaker: dict[str, Claim] = {}
        for claim in found:
            by_speaker.setdefault(folded(credited_name(claim)), claim)
        return list(by_speaker.values())
    return []


def _on_record(root: Root, carriers: Iterable[Claim]) -> bool:
    """Whether *root* is a named person, or a public body (`speaks_for_itself`: "the air force
    said"), quoted by the claims: a statement on the record, which every
    report may repeat without counting it as confirmed."""
    if root.kind is not RootKind.SPEAKER:
        return False
    return any(
        c.attribution is not None
        and (c.attribution.anonymity is Anonymity.NAMED_PERSON or speaks_for_itself(c))
        and folded(
            c.attribution.speaker.name if c.attribution.speaker else c.attribution.speaker_name
        )
        == folded(root.name)
        for c in carriers
    )


def _gist(claim: Claim) -> str:
    assertion = claim.assertion
    return f"\u201c{assertion.content}\u201d" if isinstance(assertion, Statement) else claim.ref


def _on_a_chain(claim: Claim, document: Document, kb: KnowledgeBase) -> Iterable[Hashable]:
    """One group for the statements that passed through or are credited to an outlet: a
    relay is followed up its chain of outlets, however long, to see a ring close (the
    lookups inside go through a `claimcheck.checks._stories.StoryIndex` by outlet)."""
    if not isinstance(claim.assertion, Statement) or not outlet_keys(_chain(claim)):
        return ()
    return [("chains",)]


@check(
    "SRC001",
    "relay-credited-as-origin",
    category="attribution",
    severity=Severity.WARNING,
    key=_on_a_chain,
)
def relay_credited_as_origin(group: Group, kb: KnowledgeBase) -> Iterator[Finding]:
    """Flag a claim credited to an outlet that, by another report of it, only relayed it.

    Where one claim credits outlet X with a story (as its source or its origin: "first
    reported by X") and another claim of the same story says X passed it on from someone
    else (a further outlet or organization in its chain, starting from the outlet of the
    claim's document: "X, citing Y, reported", or X's own article crediting Y), the first
    credits a relay as the origin; an outlet that reports a body's own statement ("the air
    force said") is its first reporter, not a relay. Claims meet through the outlets on their chains, and
    tell one story when their proposition keys or enough of their words agree
    (`claimcheck.checks._stories.same_story`). An outlet citing its own report, quoting a
    named person, or relaying a story whose relays lead back to the crediting document's
    own outlet (a ring of any length, for `SRC002`) is not a relay. The finding names the
    origin's own article beside the relay's where the documents checked together hold one
    telling the story. A document that credits one relay several times (the story "as first
    reported by X", then a figure "according to the report") gets one finding, at its first
    credit. A document that counts several sources as confirmations is left to `SRC004`.

    Why it matters:
        Crediting the relay hides the original source and its standing; readers cannot
        weigh a claim whose origin they do not see.

    Example:
        "according to Caliber.Az" for a report Caliber.Az took from The Wall Street Journal.

    References:
        The claim that shows the relay.

    .. versionadded:: 0.1.0
    """
    yield from _relays_credited(group.members)


def _chain(claim: Claim) -> list[str]:
    """The outlets a claim passed through, from its document's outlet to the last outlet or
    organization that spoke (a named person is a source of original reporting, not a report
    relayed); an outlet that cites its own report appears once."""
    attribution = claim.attribution
    if attribution is None:
        return []
    outlets = [*([claim.source.outlet] if claim.source.outlet else []), *attribution.via]
    names = [outlet.name for outlet in outlets]
    speaker = attribution.speaker
    if (speaker is not None and speaker.kind is ActorKind.OUTLET) or (
        attribution.anonymity is Anonymity.NAMED_ORGANIZATION
    ):
        names.append(attribution.speaker_name)
    chain: list[str] = []
    for name in names:
        if not chain or folded(chain[-1]) != folded(name):
            chain.append(name)
    return chain


def _relays_credited(members: Sequence[Member]) -> Iterator[Finding]:
    relays: StoryIndex[tuple[Claim, str, str]] = StoryIndex()
    for member in members:
        chain = _chain(member.claim)
        if speaks_for_itself(member.claim):
            chain = chain[:-1]  # an outlet reporting a body's own statement relays no report
        for relay, upstream in itertools.pairwise(chain):
            relays.add(member.claim, (member.claim, relay, upstream), scope=outlet_key(relay))
    documents = {m.document.id: m.document for m in members}
    claims = (c for d in documents.values() for c in d.claims)
    counted = {c.ref for found in counted_sets(claims) for c in found}
    origins = RelayOrigins(documents.values())
    shown_by: dict[tuple[str, str], list[tuple[Claim, Claim, str]]] = {}
    for member in members:
        claim = member.claim
        attribution = claim.attribution
        if (
            attribution is None
            or attribution.via
            or attribution.anonymity is not Anonymity.NAMED_ORGANIZATION
            or claim.ref in counted
        ):
            continue
        own = claim.source.outlet
        told = ToldRelays(claim, relays)
        shown = next(
            (
                (witness, upstream)
                for witness, relay, upstream in told.relays(outlet_key(attribution.speaker_name))
                if witness != claim
                and names_outlet_called(attribution.speaker_name, relay)
                and not (own is not None and told.leads_back(upstream, own.name, witness))
            ),
            None,
        )
        if shown is not None:
            key = (claim.source.document_id, outlet_key(attribution.speaker_name))
            shown_by.setdefault(key, []).append((claim, *shown))
    for credits in shown_by.values():
        yield _relay_credited(credits, origins)


def _relay_credited(credits: list[tuple[Claim, Claim, str]], origins: RelayOrigins) -> Finding:
    """The one finding for the statements of one document credited to one relay, each with
    the claim that shows the relay and the name of the relay's source: it points at the
    first of them, where the document first credits the relay (often as the origin, "first
    reported by X"); the later ones ("according to the report") add nothing new."""
    claim, witness, source_name = min(credits, key=lambda credit: _order(credit[0]))
    assert claim.attribution is not None
    speaker = claim.attribution.speaker_name
    origin = origins.of(claim, source_name)
    more = sorted({c for c, _, _ in credits} - {claim}, key=_order)
    return emit(
        relay_credited_as_origin,
        message=(
            f"credited to {speaker}, which relayed it from {source_name} (as {witness.ref} shows)"
            + _later(len(more))
        ),
        claims=[claim, witness, *more],
        documents=[origin.id] if origin is not None else [],
        spans=[claim.evidence],
        fix=f"according to {source_name}, as relayed by {speaker}",
    )


def _later(count: int) -> str:
    """The words that tell how many later statements credit the relay too."""
    if count == 0:
        return ""
    return "; so does a later statement" if count == 1 else f"; so do {count} later statements"


def _order(claim: Claim) -> tuple[int, str]:
    """Where *claim* stands in its document: by its evidence's offset, then its id."""
    return (claim.evidence.offset if claim.evidence is not None else -1, claim.id)


def _citing_documents(claim: Claim, document: Document, kb: KnowledgeBase) -> Iterable[Hashable]:
    cites = document.source.cites or isinstance(claim.assertion, Statement)
    return [("citations",)] if cites else ()


@check(
    "SRC002",
    "circular-citation",
    category="attribution",
    severity=Severity.WARNING,
    key=_citing_documents,
)
def circular_citation(group: Group, kb: KnowledgeBase) -> Iterator[Finding]:
    """Flag documents that cite each other in a ring, or cite themselves.

    The citations of every document that cites something are followed across the corpus,
    with those its statements make of the other documents (`claimcheck.checks._citations`:
    crediting an outlet with a story that outlet's article in the corpus tells); a ring means
    none of them rests on anything outside it. The finding quotes the words that credit
    each document of the ring.

    Why it matters:
        Circular sourcing manufactures confirmation out of nothing.

    Example:
        Outlet A cites outlet B's report, which cites A's.

    References:
        The documents in the ring.

    .. versionadded:: 0.1.0
    """
    documents = {m.document.id: m.document for m in group.members}
    found = links(group.members)
    graph = CitationGraph.build(cited_sources(documents.values(), found))
    for issue in graph.issues:
        if issue.kind in (IssueKind.CIRCULAR, IssueKind.SELF_CITATION):
            ring = set(issue.documents)
            quoted = [
                link.claim
                for link in found
                if link.claim.source.document_id in ring and link.cited.id in ring
            ]
            yield emit(
                circular_citation,
                message=issue.message,
                documents=issue.documents,
                spans=[c.evidence for c in quoted],
            )


_VAGUE_WORDS = "sources source reports some unnamed anonymous people observers media rumours rumors"
_VAGUE = frozenset(folded(word) for word in _VAGUE_WORDS.split())
"""The words of a source that says nothing of who it is, folded as the speaker's words are."""


@check("SRC003", "unsourced-anonymous-claim", category="attribution", severity=Severity.INFO)
def unsourced_anonymous_claim(doc: Document, kb: KnowledgeBase) -> Iterator[Finding]:
    """Note a claim credited only to "sources", with no outlet, place or affiliation behind them.

    "a diplomat in Brussels" or "U.S. officials" say who the sources are; "sources say" alone
    says nothing, unless an outlet stands behind it.

    Why it matters:
        A reader cannot weigh a claim whose source is no one in particular.

    Example:
        "Sources say the talks have stalled", with no outlet cited.

    References:
        The claim's attribution.

    .. versionadded:: 0.1.0
    """
    for claim in doc.claims:
        attribution = claim.attribution
        if (
            attribution is None
            or attribution.anonymity is not Anonymity.ANONYMOUS_GROUP
            or attribution.via
        ):
            continue
        if not set(folded(attribution.speaker_name).split()) <= _VAGUE:
            continue
        yield emit(
            unsourced_anonymous_claim,
            message=f"credited only to {attribution.speaker_name!r}, with nothing to say who they are",
            claims=[claim],
            spans=[claim.evidence],
        )
