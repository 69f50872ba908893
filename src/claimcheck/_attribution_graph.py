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

from claimcheck.errors import InputError
from claimcheck.model import Actor, ActorKind, Claim, Document, Source, Statement
from claimcheck.names import fold

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


class IssueKind(enum.Enum):
    """A problem in the way documents cite each other."""

    CIRCULAR = "circular"
    """Reports that cite each other in a ring."""
    CITES_LATER = "cites_later"
    """A document cites one published after it."""
    SELF_CITATION = "self_citation"
    """A document cites itself, or another report of its own outlet."""
    MISSING_DOCUMENT = "missing_document"
    """A document cites a document id the graph does not hold."""


@attrs.frozen(kw_only=True)
class CitationIssue:
    """A problem found while building a `CitationGraph`, as data.

    Args:
        kind: What sort of problem.
        documents: The ids of the documents involved, citing document first.
        message: The problem in a sentence.

    >>> issue = CitationIssue(kind=IssueKind.CIRCULAR, documents=("a", "b"), message="...")
    >>> issue.kind.value
    'circular'

    .. versionadded:: 0.1.0
    """

    kind: IssueKind
    documents: tuple[str, ...]
    message: str


# A node: ("doc", document id, proposition), ("report", outlet key, proposition) or
# ("root", root kind value, name).
_Node = tuple[str, str, str]
_Condensed = tuple[tuple[int, ...], tuple["Root", ...]]
"""A component of the graph: the components it leads to, and the roots at its own nodes."""


def _key(name: str) -> str:
    return fold(name) or name


def _proposition(claim: Claim) -> str:
    assertion = claim.assertion
    if isinstance(assertion, Statement) and assertion.proposition:
        return assertion.proposition
    return f"#{claim.ref}"


class _Builder:
    """Collects nodes and edges; `CitationGraph.build` freezes them."""

    def __init__(self, sources: dict[str, Source]) -> None:
        self.sources = sources
        self.edges: dict[_Node, list[_Node]] = {}
        self.names: dict[str, str] = {}
        self.starts: dict[str, _Node] = {}
        self.statements: dict[tuple[str, str], list[str]] = {}  # (outlet key, prop) -> doc ids
        self.keys: dict[str, str] = {}  # outlet name -> its key, each name folded once

    def outlet(self, actor: Actor) -> str:
        name = actor.name
        key = self.keys.get(name)
        if key is None:
            key = self.keys[name] = _key(name)
        self.names.setdefault(key, name)
        return key

    def edge(self, a: _Node, b: _Node) -> None:
        targets = self.edges.setdefault(a, [])
        if b not in targets and b != a:
            targets.append(b)
        self.edges.setdefault(b, [])

    def claim(self, claim: Claim) -> None:
        source = claim.source
        proposition = _proposition(claim)
        start: _Node = ("doc", source.document_id, proposition)
        self.starts[claim.ref] = start
        self.edges.setdefault(start, [])
        if source.outlet is not None:
            key = self.outlet(source.outlet)
            self.statements.setdefault((key, proposition), []).append(source.document_id)
        attribution = claim.attribution
        if attribution is None:
            return
        chain: list[_Node] = [start]
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


def _components(edges: Mapping[_Node, Iterable[_Node]]) -> dict[_Node, int]:
    """Tarjan's strongly connected components, iteratively: node -> component number."""
    index: dict[_Node, int] = {}
    low: dict[_Node, int] = {}
    component: dict[_Node, int] = {}
    stack: list[_Node] = []
    on_stack: set[_Node] = set()
    numbers = itertools.count()
    counter = 0
    for root in edges:
        if root in index:
            continue
        work: list[tuple[_Node, Iterable[_Node]]] = [(root, iter(edges[root]))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(edges.get(child, ()))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                number = next(numbers)
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component[member] = number
                    if member == node:
                        break
    return component


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
    _starts: Mapping[str, _Node]
    _component: Mapping[_Node, int]
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
        component = _components(edges)
        terminal = _terminal_roots(edges, component, builder.names, by_id)
        citations: dict[_Node, tuple[_Node, ...]] = {
            ("doc", s.document_id, ""): tuple(
                ("doc", c.document_id, "") for c in s.cites if c.document_id in by_id
            )
            for s in by_id.values()
        }
        issues = (
            _document_issues(by_id)
            + _cycle_issues(citations, builder.names)
            + _cycle_issues(edges, builder.names)
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


def _root_of(node: _Node, names: Mapping[str, str], sources: Mapping[str, Source]) -> Root:
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
    edges: Mapping[_Node, tuple[_Node, ...]],
    component: Mapping[_Node, int],
    names: Mapping[str, str],
    sources: Mapping[str, Source],
) -> dict[_Node, tuple[Root, ...]]:
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
    edges: Mapping[_Node, tuple[_Node, ...]],
    component: Mapping[_Node, int],
    terminal: Mapping[_Node, tuple[Root, ...]],
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


def _document_issues(sources: Mapping[str, Source]) -> tuple[CitationIssue, ...]:
    issues: list[CitationIssue] = []
    for source in sources.values():
        for citation in source.cites:
            cited_id = citation.document_id
            if cited_id == source.document_id or (
                source.outlet is not None and _key(citation.outlet.name) == _key(source.outlet.name)
            ):
                issues.append(
                    CitationIssue(
                        kind=IssueKind.SELF_CITATION,
                        documents=(source.document_id,)
                        + ((cited_id,) if cited_id and cited_id != source.document_id else ()),
                        message=f"{source.document_id} cites its own outlet {citation.outlet.name}"
                        if cited_id != source.document_id
                        else f"{source.document_id} cites itself",
                    )
                )
            if cited_id is None:
                continue
            cited = sources.get(cited_id)
            if cited is None:
                issues.append(
                    CitationIssue(
                        kind=IssueKind.MISSING_DOCUMENT,
                        documents=(source.document_id, cited_id),
                        message=f"{source.document_id} cites {cited_id}, which is not in the graph",
                    )
                )
            published = cited.published if cited is not None else citation.published
            if published is not None and published.is_after(source.published):
                issues.append(
                    CitationIssue(
                        kind=IssueKind.CITES_LATER,
                        documents=(source.document_id, cited_id),
                        message=(
                            f"{source.document_id} (published {source.published}) cites "
                            f"{cited_id}, published later ({published})"
                        ),
                    )
                )
    return tuple(issues)


def _cycle_issues(
    edges: Mapping[_Node, tuple[_Node, ...]], names: Mapping[str, str]
) -> tuple[CitationIssue, ...]:
    component = _components(edges)
    members: dict[int, list[_Node]] = {}
    for node, number in component.items():
        members.setdefault(number, []).append(node)
    issues: list[CitationIssue] = []
    for nodes in members.values():
        if len(nodes) < 2:
            continue
        documents = tuple(sorted({n[1] for n in nodes if n[0] == "doc"}))
        outlets = sorted({names.get(n[1], n[1]) for n in nodes if n[0] == "report"})
        ring = ", ".join([*documents, *outlets])
        issues.append(
            CitationIssue(
                kind=IssueKind.CIRCULAR,
                documents=documents,
                message=f"circular citation among {ring}",
            )
        )
    issues.sort(key=lambda issue: issue.message)
    return tuple(issues)
