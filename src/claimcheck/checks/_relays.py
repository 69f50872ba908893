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
from claimcheck.checks._quantities import (
    EXACT_SLACK,
    NUMBER_MEASURE,
    bare_sum,
    quantity_of,
    sum_noun,
)
from claimcheck.checks._registry import Member
from claimcheck.checks._stories import credited_outlets, names_outlet, same_story
from claimcheck.checks._support import folded
from claimcheck.model import Claim, Quantity, Span, Statement

__all__ = ["RELAY_KEY", "changed", "relay_keys", "relayed_figures", "relays_among"]

RELAY_KEY = ("relay",)
"""The one group of the statements and the figures of the documents checked together."""


_RELAYED_MEASURES = frozenset({"value", NUMBER_MEASURE})
"""Sums, and numbers of things stated in passing ("seven cruise missiles"), which meet another
report's only where one relays the other."""


def relay_keys(claim: Claim) -> list[Hashable]:
    """`RELAY_KEY` for a statement, which may credit another report or be credited, and for
    a sum or a number of things stated in passing, which a relay may take from its source (a
    sum named by its noun alone, `claimcheck.checks._quantities.bare_sum`, and a number of
    things meet another report's only so); nothing for other claims."""
    assertion = claim.assertion
    relayed = isinstance(assertion, Statement) or (
        isinstance(assertion, Quantity) and assertion.measure in _RELAYED_MEASURES
    )
    return [RELAY_KEY] if relayed else []


def relayed_figures(members: Iterable[Member]) -> Iterator[tuple[Claim, Claim]]:
    """The pairs of figures, the relay's and its source's, that speak of one thing.

    Only statements with a figure inside their words are read. For each such statement that
    cites another document of *members* (`claimcheck.checks._citations.links`), the figure
    inside its words is paired with the one figure of the cited document that stands inside
    a statement of the same story and is of the same kind (`_comparable`), or else with the
    one sum of the cited document of the same noun, unit and hedge (`_same_sum`: the source's
    own words, a "$725 million package" for a "$725 million package for Ukraine"); a relay
    with several such figures, or a source whose candidates give different values, is left
    alone. A relay that repeats the
    figure its source's own source gave is not set against a source that changed it: that
    source is the one that changed the story.
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
    said = [m for m in members if isinstance(m.claim.assertion, Statement)]
    found: dict[tuple[str, str], tuple[Claim, Claim]] = {}
    for link in links(said):
        own = _inside(figures[link.claim.source.document_id], [link.claim.evidence])
        if not own:
            continue
        told = [s.evidence for s in statements[link.cited.id] if same_story(link.claim, s)]
        theirs = _inside(figures[link.cited.id], told)
        for figure in own:
            matching = [f for f in theirs if _comparable(figure, f)] or [
                f for f in figures[link.cited.id] if _same_sum(figure, f)
            ]
            mine = [f for f in own if _comparable(f, figure)]
            if matching and len(mine) == 1 and not any(changed(matching[0], f) for f in matching):
                found.setdefault((figure.ref, matching[0].ref), (figure, matching[0]))
    source_of = {relay.ref: source for relay, source in found.values()}
    paired: set[frozenset[str]] = set()
    for relay, source in found.values():
        root = source_of.get(source.ref)
        restored = root is not None and root.ref != relay.ref and changed(source, root) and not changed(relay, root)
        if restored or frozenset((relay.ref, source.ref)) in paired:
            continue  # a relay that restores the first figure, or a ring met the other way round
        paired.add(frozenset((relay.ref, source.ref)))
        yield relay, source


def changed(relay: Claim, source: Claim) -> bool:
    """Whether a relay's figure differs from its source's by more than rounding (both bear
    the same hedge, so the numbers themselves are compared)."""
    a, b = quantity_of(relay), quantity_of(source)
    return abs(a.value - b.value) > EXACT_SLACK * max(abs(a.value), abs(b.value))


def relays_among(claims: Iterable[Claim]) -> set[str]:
    """The references of the sums of *claims* credited to the outlet of another claim's
    document: relays, which `relayed_figures` sets against their own source rather than
    against every report of the subject (a later relay that repeats the right figure is
    not wrong because its source changed it).

    >>> from claimcheck.model import Actor, ActorKind, Anonymity, Attribution, Source
    >>> from claimcheck.timespan import TimeSpan
    >>> def sum_in(doc, outlet, credit=None):
    ...     source = Source(document_id=doc, outlet=Actor(outlet, ActorKind.OUTLET),
    ...                     published=TimeSpan.day(2031, 5, 7))
    ...     by = None if credit is None else Attribution(
    ...         speaker_name=credit, anonymity=Anonymity.NAMED_ORGANIZATION)
    ...     value = Quantity(subject="loan to Chad", measure="value", value=5e6, unit="USD")
    ...     return Claim(id="q", source=source, assertion=value, attribution=by)
    >>> sorted(relays_among([sum_in("a", "Harbour Post"), sum_in("b", "Tide Wire", "Harbour Post")]))
    ['b#q']
    """
    claims = list(claims)
    outlets = {c.source.document_id: c.source.outlet for c in claims if c.source.outlet is not None}
    found = set()
    for claim in claims:
        names = credited_outlets(claim.attribution)
        if names and quantity_of(claim).measure == "value" and any(
            document != claim.source.document_id and any(names_outlet(name, outlet) for name in names)
            for document, outlet in outlets.items()
        ):
            found.add(claim.ref)
    return found


def _same_sum(one: Claim, other: Claim) -> bool:
    """Whether two sums are of one thing by their noun: the same noun, unit and hedge, a
    recipient named on at most one side or the same on both, and days that overlap where
    both are dated."""
    a, b = quantity_of(one), quantity_of(other)
    noun = sum_noun(a)
    if noun is None or noun != sum_noun(b) or (a.unit, a.modifier) != (b.unit, b.modifier):
        return False
    if not (bare_sum(a) or bare_sum(b) or folded(a.subject) == folded(b.subject)):
        return False
    return a.when is None or b.when is None or a.when.overlaps(b.when)


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
    """Whether two figures of statements of one story are of one thing: the same measure,
    unit and hedge, subjects that share a word (the noun of a sum, its recipient, the act of a
    count: "fresh military aid" and "package of military aid"), and, where both are dated,
    days that overlap."""
    a, b = quantity_of(one), quantity_of(other)
    if (a.measure, a.unit, a.modifier) != (b.measure, b.unit, b.modifier):
        return False
    if not _subject_words(a.subject) & _subject_words(b.subject):
        return False
    return a.when is None or b.when is None or a.when.overlaps(b.when)


def _subject_words(subject: str) -> frozenset[str]:
    """The words of a figure's subject that say what it is of, without joining words."""
    return frozenset(w for w in folded(subject).split() if len(w) > 3 and w not in _LINKING_WORDS)


_LINKING_WORDS = frozenset("from into with over under than that this their about".split())
"""The prepositions, determiners and conjunctions of four letters or more that link the
words of a figure's subject ("package of aid from Germany") without saying what it is of;
shorter ones ("of", "for", "the") fall to the length test of `_subject_words`. Narrower than
a story's stop words (`claimcheck.checks._stories`): "more", "last" or "first" still tell
one figure from another."""
