"""Checked by mypy, never run: everyday use of claimcheck.names and claimcheck.attribution."""

from claimcheck.attribution import (
    AttributionMention,
    CitationGraph,
    Root,
    find_attributions,
    parse_attribution,
)
from claimcheck.model import Actor, ActorKind, Attribution
from claimcheck.names import AliasIndex, Method, Resolution, fold

key: str = fold("Zelenskyy")
index = AliasIndex.from_actors([Actor("Mark Rutte"), Actor("Le Monde", ActorKind.OUTLET)])
found: Resolution = index.resolve("Rutte")
method: Method = found.method
actor: Actor | None = found.actor
score: float = found.score

one: Attribution | None = parse_attribution("Rutte said so.", index=index)
mentions: list[AttributionMention] = find_attributions("Rutte said so.", outlets=[Actor("X")])
offset: int = mentions[0].offset if mentions else 0

graph = CitationGraph.build()
roots: tuple[Root, ...] = graph.roots("d#c") if graph.claims else ()
same: bool = graph.independent("a#c", "b#c") if graph.claims else True
