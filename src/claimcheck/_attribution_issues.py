"""What can be wrong in the way documents cite each other, for `claimcheck.attribution`: the
issue types, and the searches that find self-citations, citations of missing or later
documents, and rings (strongly connected components, by Tarjan's algorithm, iteratively).
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Iterable, Mapping

import attrs

from claimcheck.model import Source
from claimcheck.names import fold

__all__ = [
    "CitationIssue",
    "IssueKind",
    "Node",
    "components",
    "cycle_issues",
    "document_issues",
    "outlet_key",
]

Node = tuple[str, str, str]
"""A node of the citation graph: ("doc", document id, proposition), ("report", outlet key,
proposition) or ("root", root kind value, name)."""


def outlet_key(name: str) -> str:
    """An outlet's name as the graph keys it: folded, or as written if it folds to nothing."""
    return fold(name) or name


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


def components(edges: Mapping[Node, Iterable[Node]]) -> dict[Node, int]:
    """Tarjan's strongly connected components, iteratively: node -> component number."""
    index: dict[Node, int] = {}
    low: dict[Node, int] = {}
    component: dict[Node, int] = {}
    stack: list[Node] = []
    on_stack: set[Node] = set()
    numbers = itertools.count()
    counter = 0
    for root in edges:
        if root in index:
            continue
        work: list[tuple[Node, Iterable[Node]]] = [(root, iter(edges[root]))]
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


def document_issues(sources: Mapping[str, Source]) -> tuple[CitationIssue, ...]:
    """The self-citations, citations of missing documents and of later ones among *sources*."""
    issues: list[CitationIssue] = []
    for source in sources.values():
        for citation in source.cites:
            cited_id = citation.document_id
            if cited_id == source.document_id or (
                source.outlet is not None
                and outlet_key(citation.outlet.name) == outlet_key(source.outlet.name)
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


def cycle_issues(
    component: Mapping[Node, int], names: Mapping[str, str]
) -> tuple[CitationIssue, ...]:
    """An `IssueKind.CIRCULAR` issue for each strongly connected *component* of two or more nodes."""
    members: dict[int, list[Node]] = {}
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
