"""Reports that share one upstream and say so: each credits the one outlet on the record."""

from __future__ import annotations

from claimcheck.attribution import Root, RootKind
from claimcheck.checks._open_roots import credited_openly
from claimcheck.model import (
    Actor,
    ActorKind,
    Anonymity,
    Attribution,
    Claim,
    Source,
    Span,
    Statement,
)
from claimcheck.timespan import TimeSpan

LAMP = Actor("Daily Lamp", ActorKind.OUTLET, aliases=("The Lamp Online",))


def _claim(document: str, *, outlet: Actor | None, credit: str | None) -> Claim:
    named = Anonymity.NAMED_ORGANIZATION
    attribution = None if credit is None else Attribution(speaker_name=credit, anonymity=named)
    return Claim(
        assertion=Statement(content="the port reopened"),
        source=Source(document_id=document, published=TimeSpan.day(2024, 5, 2), outlet=outlet),
        evidence=Span(document, 0, "the port reopened"),
        attribution=attribution,
        id=f"{document}-c1",
    )


def test_the_outlets_own_article_counts_under_any_of_its_names() -> None:
    """The root outlet's own article is the origin itself when the root is written as its alias."""
    own = _claim("d1", outlet=LAMP, credit=None)
    relay = _claim("d2", outlet=None, credit="The Lamp Online")
    assert credited_openly([Root(RootKind.OUTLET, "The Lamp Online")], [own, relay])


def test_an_article_of_another_outlet_without_a_credit_hides_the_root() -> None:
    """A report by another outlet that credits no one does not show the shared origin."""
    other = _claim("d1", outlet=Actor("Harbour Wire", ActorKind.OUTLET), credit=None)
    assert not credited_openly([Root(RootKind.OUTLET, "The Lamp Online")], [other])
