"""When reports that share one upstream say so themselves: every report credits the same
outlet, by name and on the record, for the story.

Such reports do not pass one outlet's story off as two confirmations: a reader of either
sees where it comes from. The shared root is still worth knowing (the reports are one
confirmation), but as information. A root of unnamed sources, a chain of relays, or a
report that tells the story in its own voice keeps the warning: there the single origin is
hidden or cannot be weighed.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimcheck.attribution import Root, RootKind
from claimcheck.checks._stories import names_outlet, names_outlet_called
from claimcheck.model import Anonymity, Claim

__all__: list[str] = []


def credited_openly(roots: Iterable[Root], claims: Iterable[Claim]) -> bool:
    """Whether every one of *claims* names the one outlet of *roots* as its source on the
    record, directly (not through a relay): the reports show their shared origin.

    >>> from claimcheck.model import Attribution, Source, Span, Statement
    >>> from claimcheck.timespan import TimeSpan
    >>> credit = Attribution(speaker_name="Daily Lamp", anonymity=Anonymity.NAMED_ORGANIZATION)
    >>> claim = Claim(
    ...     assertion=Statement(content="the port reopened"),
    ...     source=Source(document_id="d1", published=TimeSpan.day(2024, 5, 2)),
    ...     evidence=Span("d1", 0, "the port reopened"),
    ...     attribution=credit,
    ...     id="c1",
    ... )
    >>> credited_openly([Root(RootKind.OUTLET, "Daily Lamp")], [claim])
    True
    >>> credited_openly([Root(RootKind.ANONYMOUS, "Daily Lamp")], [claim])
    False
    """
    found = list(roots)
    if len(found) != 1 or found[0].kind is not RootKind.OUTLET:
        return False
    outlet = found[0].name
    return all(_credits(claim, outlet) for claim in claims)


def _credits(claim: Claim, outlet: str) -> bool:
    own = claim.source.outlet
    if own is not None and names_outlet(outlet, own):
        return True  # the outlet's own article: the origin itself
    attribution = claim.attribution
    return (
        attribution is not None
        and not attribution.via
        and attribution.anonymity is Anonymity.NAMED_ORGANIZATION
        and names_outlet_called(attribution.speaker_name, outlet)
    )
