"""The citation graph of `claimcheck.attribution`: documents, outlet reports and their roots.

Nodes are a document's statement of a proposition, an outlet's report of a proposition, and
origins (an outlet's anonymous sources, a named speaker). Edges follow a claim's attribution
from the reporting document through ``via`` to its speaker, and a document's ``cites`` to the
documents it rests on. Cycles are found once, with Tarjan's algorithm, and reported as data.
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Iterable, Mapping
from types import MappingProxyType

import attrs

from claimcheck._attribution_issues import (
    CitationIssue,
    IssueKind,
    Node,
    components,
    cycle_issues,
    document_issues,
    outlet_key,
)
from claimcheck.errors import InputError
from claimcheck.model import Actor, ActorKind, Claim, Document, Source, Statement

__all__ = ["CitationGraph", "CitationIssue", "IssueKind", "Root", "RootKind"]


class RootKind(enum.Enum):
    """What an upstream root is."""

    OUTLET = "outlet"
    """An outlet's own reporting, citing nobody further."""
    ANONYMOUS = "anonymous"
    """The unnamed sources of an outlet (or of a document without an outlet): one root."""
    SPEAKER = "speaker"
    """A named person or organization speaking for themselves."""
    DOCUMENT = "document"
    """A document without a known outlet that cites nothing further."""


@attrs.frozen(order=True, cache_hash=True)
class Root:
    """Where a claim comes from, at the end of its chain of citations.

    Args:
        kind: Outlet, anonymous sources, named speaker or document.
        name: The outlet's name (for outlets and anonymous sources), the speaker's name, or
            the document id.

    >>> str(Root(RootKind.ANONYMOUS, "Le Monde"))
    'anonymous sources of Le Monde'

    .. versionadded:: 0.1.0
    """

    kind: RootKind = attrs.field(order=lambda k: k.value)
    name: str

    def __str__(self) -> str:
        if self.kind is RootKind.ANONYMOUS:
            return f"anonymous sources of {self.name}"
        return f"{self.kind.value} {self.name}"


_Condensed = tuple[tuple[int, ...], tuple["Root", ...]]
"""A component of the graph: the components it leads to, and the roots at its own nodes."""


def _proposition(claim: Claim) -> str:
    assertion = claim.assertion
    if isinstance(assertion, Statement) and assertion.proposition:
        return assertion.proposition
    return f"#{claim.ref}"


class _Builder:
    """Collects nodes and edges; `CitationGraph.build` freezes them."""

    def __init__(self, sources: dict[str, Source]) -> None:
        self.sources = sources
        self.edges: dict[Node, list[Node]] = {}
        self.names: dict[str, str] = {}
        self.starts: dict[str, Node] = {}
        self.statements: dict[tuple[str, str], list[str]] = {}  # (outlet key, prop) -> doc ids
        self.keys: dict[str, str] = {}  # outlet name -> its key, each name folded once

    def outlet(self, actor: Actor) -> str:
        name = actor.name
        key = self.keys.get(name)
        if key is None:
            key = self.keys[name] = outlet_key(name)
        self.names.setdefault(key, name)
        return key

    def edge(self, a: Node, b: Node) -> None:
        targets = self.edges.setdefault(a, [])
        if b not in targets and b != a:
            targets.append(b)
        self.edges.setdefault(b, [])

    def claim(self, claim: Claim) -> None:
        source = claim.source
        proposition = _proposition(claim)
        start: Node = ("doc", source.document_id, proposition)
        self.starts[claim.ref] = start
        self.edges.setdefault(start, [])
        if source.outlet is not None:
            key = self.outlet(source.outlet)
            self.statements.setdefault((key, proposition), []).append(source.document_id)
        attribution = claim.attribution
        if attribution is None:
            return
        chain: list[Node] = [start]
        for outlet in attribution.via:
            chain.append(("report", self.outlet(outlet), proposition))
        speaker = attribution.speaker
        if attribution.anonymous:
            if attribution.via:
                owner = self.outlet(attribution.via[-1])
            elif source.outlet is not None:
                owner = self.outlet(source.outlet)
            else:
                owner = source.document_id
            chain.append(("root", RootKind.ANONYMOUS.value, owner))
        elif speaker is not None and speaker.kind is ActorKind.OUTLET:
            chain.append(("report", self.outlet(speaker), proposition))
        else:
            name = speaker.name if speaker is not None else attribution.speaker_name
            chain.append(("root", RootKind.SPEAKER.value, name))
        for a, b in itertools.pairwise(chain):
            self.edge(a, b)

    def link_reports(self) -> None:
        """An outlet's report of a proposition rests on that outlet's documents stating it."""
        for node in list(self.edges):
            if node[0] == "report":
                for document_id in self.statements.get((node[1], node[2]), ()):
                    self.edge(node, ("doc", document_id, node[2]))

    def link_citations(self) -> None:
        """A document's statement rests on the cited documents that state the same thing."""
        for node in list(self.edges):
            if node[0] != "doc" or self.edges[node]:
                continue
            source = self.sources.get(node[1])
            for citation in source.cites if source is not None else ():
                cited = ("doc", citation.document_id or "", node[2])
                if citation.document_id in self.sources and cited in self.edges:
                    self.edge(node, cited)


@attrs.frozen
class CitationGraph:
    """Documents, outlet reports and the roots that claims rest on; immutable.

    Build it with `CitationGraph.build` (sources and claims) or `CitationGraph.from_documents`.
    Problems (circular citations, citations of later documents, self-citations, citations
    of documents it does not hold) are in `issues`, never raised.

    >>> from claimcheck.model import Actor, ActorKind, Anonymity, Attribution, Claim, Source
    >>> from claimcheck.model import Statement
    >>> from claimcheck.timespan import TimeSpan
    >>> lemonde = Actor("Le Monde", ActorKind.OUTLET)
    >>> src = Source(document_id="d1", published=TimeSpan.day(2024, 10, 20))
    >>> said = Attribution(
    ...     speaker_name="sources", anonymity=Anonymity.ANONYMOUS_GROUP, via=(lemonde,)
    ... )
    >>> claim = Claim(id="c1", source=src, assertion=Statement(content="x"), attribution=said)
    >>> [str(r) for r in CitationGraph.build(claims=[claim]).roots(claim)]
    ['anonymous sources of Le Monde']

    .. versionadded:: 0.1.0
    """

    sources: tuple[Source, ...]
    claims: tuple[Claim, ...]
    issues: tuple[CitationIssue, ...]
    _starts: Mapping[str, Node]
    _component: Mapping[Node, int]
    _condensed: Mapping[int, _Condensed]
    _found: dict[int, frozenset[Root]] = attrs.field(factory=dict, init=False, eq=False, repr=False)
    """The roots reached from each component already asked for: a memo of `roots`, which
    the graph's immutability makes safe."""

    @classmethod
    def build(cls, sources: Iterable[Source] = (), claims: Iterable[Claim] = ()) -> CitationGraph:
        """The graph of *sources* (with their citations) and *claims* (with their attributions).

        Args:
            sources: Documents' sources; a claim's source is added if missing.
            claims: Claims whose attributions link documents to outlets and speakers.

        Returns:
            The graph, with its issues found.

        Raises:
            InputError: Two different sources share a document id.

        >>> from claimcheck.model import Actor, ActorKind, Citation, Source
        >>> from claimcheck.timespan import TimeSpan
        >>> cited = Citation(outlet=Actor("AP", ActorKind.OUTLET), document_id="ap-1")
        >>> a = Source(document_id="a", published=TimeSpan.day(2024, 10, 1), cites=(cited,))
        >>> [issue.kind.value for issue in CitationGraph.build(sources=[a]).issues]
        ['missing_document']

        .. versionadded:: 0.1.0
        """
        claims = tuple(claims)
        by_id: dict[str, Source] = {}
        for source in [*sources, *(c.source for c in claims)]:
            known = by_id.setdefault(source.document_id, source)
            if known != source:
                msg = "two different sources share this document id"
                raise InputError(msg, path="document_id", value=source.document_id)
        builder = _Builder(by_id)
        for claim in claims:
            builder.claim(claim)
        builder.link_reports()
        builder.link_citations()
        edges = {node: tuple(targets) for node, targets in builder.edges.items()}
        component = components(edges)
        terminal = _terminal_roots(edges, component, builder.names, by_id)
        citations: dict[Node, tuple[Node, ...]] = {
            ("doc", s.document_id, ""): tuple(
                ("doc", c.document_id, "") for c in s.cites if c.document_id in by_id
            )
            for s in by_id.values()
        }
        issues = (
            document_issues(by_id)
            + cycle_issues(components(citations), builder.names)
            + cycle_issues(component, builder.names)
        )
        return cls(
            tuple(by_id.values()),
            claims,
            issues,
            MappingProxyType(dict(builder.starts)),
            MappingProxyType(component),
            MappingProxyType(_condense(edges, component, terminal)),
        )

    @classmethod
    def from_documents(cls, documents: Iterable[Document]) -> CitationGraph:
        """The graph of *documents*: their sources and all their claims.

        Args:
            documents: The documents.

        Returns:
            The graph, as `CitationGraph.build` makes it.

        >>> from claimcheck.model import Document, Source
        >>> from claimcheck.timespan import TimeSpan
        >>> doc = Document(source=Source(document_id="d", published=TimeSpan.day(2024, 1, 2)))
        >>> CitationGraph.from_documents([doc]).issues
        ()

        .. versionadded:: 0.1.0
        """
        documents = tuple(documents)
        return cls.build([d.source for d in documents], [c for d in documents for c in d.claims])

    def roots(self, claim: Claim | str) -> tuple[Root, ...]:
        """The upstream roots of *claim* (a claim or its ``"<document>#<id>"`` ref), sorted.

        Follows the claim's attribution through ``via`` to its speaker, an outlet's report
        to the documents of that outlet stating the same proposition, and a document's
        citations, to the end. A ring of citations with no way out is its own root.

        Args:
            claim: The claim, or its ref.

        Returns:
            The roots, sorted by kind and name.

        Raises:
            InputError: The graph holds no such claim.

        >>> from claimcheck.model import Anonymity, Attribution, Claim, Source, Statement
        >>> from claimcheck.timespan import TimeSpan
        >>> said = Attribution(speaker_name="Mark Rutte", anonymity=Anonymity.NAMED_PERSON)
        >>> src = Source(document_id="d", published=TimeSpan.day(2024, 12, 3))
        >>> claim = Claim(id="c", source=src, assertion=Statement(content="x"), attribution=said)
        >>> CitationGraph.build(claims=[claim]).roots("d#c")
        (Root(kind=<RootKind.SPEAKER: 'speaker'>, name='Mark Rutte'),)

        .. versionadded:: 0.1.0
        """
        ref = claim.ref if isinstance(claim, Claim) else claim
        start = self._starts.get(ref)
        if start is None:
            raise InputError("the citation graph holds no such claim", path="claim", value=ref)
        number = self._component.get(start)
        if number is None:  # a claim that links to nothing
            return ()
        return tuple(sorted(self._reach(number), key=_root_order))

    def _reach(self, first: int) -> frozenset[Root]:
        """The roots reachable from component *first*: its own and those of the components
        after it, each worked out once (Tarjan numbers a component after all it leads to)."""
        found, condensed = self._found, self._condensed
        todo = [first]
        while todo:
            number = todo[-1]
            if number in found:
                todo.pop()
                continue
            after, own = condensed[number]
            waiting = [c for c in after if c not in found]
            if waiting:
                todo.extend(waiting)
                continue
            todo.pop()
            found[number] = frozenset(own).union(*(found[c] for c in after))
        return found[first]

    def independent(self, first: Claim | str, second: Claim | str) -> bool:
        """Whether two claims rest on disjoint roots: neither repeats the other's origin.

        Args:
            first, second: The claims, or their refs.

        Returns:
            ``True`` when no root is shared.

        Raises:
            InputError: The graph holds no such claim.

        >>> from claimcheck.model import Anonymity, Attribution, Claim, Source, Statement
        >>> from claimcheck.timespan import TimeSpan
        >>> said = Attribution(speaker_name="Mark Rutte", anonymity=Anonymity.NAMED_PERSON)
        >>> def claim(doc):
        ...     src = Source(document_id=doc, published=TimeSpan.day(2024, 12, 3))
        ...     return Claim(id="c", source=src, assertion=Statement(content="x"), attribution=said)
        >>> CitationGraph.build(claims=[claim("a"), claim("b")]).independent("a#c", "b#c")
        False

        .. versionadded:: 0.1.0
        """
        return not set(self.roots(first)) & set(self.roots(second))


def _root_order(root: Root) -> tuple[str, str]:
    """The order of `Root` (kind, then name) as a plain key, cheaper to sort by."""
    return root.kind.value, root.name


def _root_of(node: Node, names: Mapping[str, str], sources: Mapping[str, Source]) -> Root:
    kind, name = node[0], node[1]
    if kind == "root":
        return Root(RootKind(name), names.get(node[2], node[2]))
    if kind == "report":
        return Root(RootKind.OUTLET, names.get(name, name))
    source = sources.get(name)
    if source is not None and source.outlet is not None:
        return Root(RootKind.OUTLET, source.outlet.name)
    return Root(RootKind.DOCUMENT, name)


def _terminal_roots(
    edges: Mapping[Node, tuple[Node, ...]],
    component: Mapping[Node, int],
    names: Mapping[str, str],
    sources: Mapping[str, Source],
) -> dict[Node, tuple[Root, ...]]:
    """The roots at each node of a component that has no way out (a sink or a closed ring)."""
    leaving = {
        component[n]
        for n, targets in edges.items()
        if any(component[t] != component[n] for t in targets)
    }
    return {
        node: (_root_of(node, names, sources),) for node in edges if component[node] not in leaving
    }


def _condense(
    edges: Mapping[Node, tuple[Node, ...]],
    component: Mapping[Node, int],
    terminal: Mapping[Node, tuple[Root, ...]],
) -> dict[int, _Condensed]:
    """Each component's successor components and the roots at its own nodes."""
    after: dict[int, dict[int, None]] = {number: {} for number in component.values()}
    own: dict[int, list[Root]] = {number: [] for number in component.values()}
    for node, targets in edges.items():
        number = component[node]
        for target in targets:
            if component[target] != number:
                after[number][component[target]] = None
    for node, roots in terminal.items():
        own[component[node]].extend(roots)
    return {number: (tuple(after[number]), tuple(own[number])) for number in after}
