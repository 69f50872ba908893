"""Figures a report takes from the report it relays: how `quantity_conflict` (CNT004) pairs
two sums named by their noun alone, which it otherwise keeps apart.

Two bare "package" sums in two unrelated reports may be two packages. Where one report
credits the other's outlet with a story, though, and the figure stands in the very statement
that tells that story, the relay speaks of its source's figure: the same noun, the same
unit and hedge, in statements of one story (`claimcheck.checks._stories.same_story`), so the
same actor and act. A relay that changes its source's figure has changed the story.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Iterator

from claimcheck.checks._citations import links
from claimcheck.checks._quantities import bare_sum, quantity_of
from claimcheck.checks._registry import Member
from claimcheck.checks._stories import same_story
from claimcheck.checks._support import folded
from claimcheck.model import Claim, Quantity, Statement, Span

__all__ = ["RELAY_KEY", "relay_keys", "relayed_figures"]

RELAY_KEY = ("relay",)
"""The one group of the statements and the figures of the documents checked together."""


def relay_keys(claim: Claim) -> list[Hashable]:
    """`RELAY_KEY` for a statement, which may credit another report or be credited, and for
    a sum named by its noun alone (`claimcheck.checks._quantities.bare_sum`), which only a
    relay ties to another report's sum (figures with a recipient or of an act meet by their
    subject anyway); nothing for other claims."""
    assertion = claim.assertion
    relayed = isinstance(assertion, Statement) or (isinstance(assertion, Quantity) and bare_sum(assertion))
    return [RELAY_KEY] if relayed else []


def relayed_figures(members: Iterable[Member]) -> Iterator[tuple[Claim, Claim]]:
    """The pairs of figures, the relay's and its source's, that speak of one thing.

    Only statements with a figure inside their words are read. For each such statement that
    cites another document of *members* (`claimcheck.checks._citations.links`), the figure inside its words is paired with the
    one figure of the cited document that stands inside a statement of the same story and
    is of the same kind (`_comparable`); a figure with several such candidates on either side
    is left alone.
    """
    members = list(members)
    figures: dict[str, list[Claim]] = defaultdict(list)
    statements: dict[str, list[Claim]] = defaultdict(list)
    for member in members:
        claim = member.claim
        if isinstance(claim.assertion, Quantity) and claim.evidence is not None:
            figures[member.document.id].append(claim)
        elif isinstance(claim.assertion, Statement):
            statements[member.document.id].append(claim)
    with_figures = [
        m
        for m in members
        if isinstance(m.claim.assertion, Statement) and _inside(figures[m.document.id], [m.claim.evidence])
    ]
    seen: set[tuple[str, str]] = set()
    for link in links(with_figures):
        own = _inside(figures[link.claim.source.document_id], [link.claim.evidence])
        if not own:
            continue
        told = [s.evidence for s in statements[link.cited.id] if same_story(link.claim, s)]
        theirs = _inside(figures[link.cited.id], told)
        for figure in own:
            matching = [f for f in theirs if _comparable(figure, f)]
            mine = [f for f in own if _comparable(f, figure)]
            if len(matching) != 1 or len(mine) != 1 or (figure.ref, matching[0].ref) in seen:
                continue
            seen.add((figure.ref, matching[0].ref))
            yield figure, matching[0]


def _inside(figures: list[Claim], spans: Iterable[Span | None]) -> list[Claim]:
    """The figures of *figures* whose evidence lies within one of *spans*."""
    bounds = [(s.offset, s.offset + len(s.text)) for s in spans if s is not None]
    found = []
    for figure in figures:
        evidence = figure.evidence
        assert evidence is not None
        if any(low <= evidence.offset and evidence.offset + len(evidence.text) <= high for low, high in bounds):
            found.append(figure)
    return found


def _comparable(one: Claim, other: Claim) -> bool:
    """Whether two figures are of one thing: the same subject (the noun of a sum, the act of
    a count), measure, unit and hedge, and, where both are dated, days that overlap."""
    a, b = quantity_of(one), quantity_of(other)
    same = (folded(a.subject), a.measure, a.unit, a.modifier) == (folded(b.subject), b.measure, b.unit, b.modifier)
    if not same:
        return False
    return a.when is None or b.when is None or a.when.overlaps(b.when)
