"""Datings of one event in the documents checked together, as `TIM001` weighs them: stated
datings, which may conflict, and scheduled ones, which only witness the day."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

import attrs

from claimcheck.checks._support import REPORTED_AS_FACT
from claimcheck.model import Claim, Document, Event, EventDate, Modality
from claimcheck.timespan import Agreement, Granularity, Modifier, TimeSpan

__all__ = ["SCHEDULED", "Dating", "against", "dating_of", "witnesses"]


@attrs.frozen
class Dating:
    """One claim's dating of an event."""

    claim: Claim
    event: Event
    when: TimeSpan


def against(claimed: TimeSpan, known: TimeSpan) -> bool:
    """Whether a dating contradicts the known date: they cannot overlap, or an exact dating
    to the day names a day outside the known days ("23 and 24 June" for 24-25 June)."""
    if claimed.compare(known).agreement is Agreement.CONFLICT:
        return True
    first, last = claimed.first_day(), claimed.last_day()
    known_first, known_last = known.first_day(), known.last_day()
    return (
        claimed.granularity is Granularity.DAY
        and claimed.modifier is Modifier.EXACT
        and None not in (first, last, known_first, known_last)
        and (first < known_first or last > known_last)  # type: ignore[operator]
    )


SCHEDULED = frozenset({Modality.EXPECTED})
"""The modality of a dating as expected ("the declaration will be issued on 25 June"): never
in conflict itself, but a witness of the day where it agrees with the facts."""


def dating_of(
    claim: Claim, document: Document, *, modalities: AbstractSet[Modality] = REPORTED_AS_FACT
) -> tuple[Event, EventDate] | None:
    """The event a claim dates under one of *modalities*, with its dating: by default as a
    fact (stated, reported or hedged); with `SCHEDULED`, as expected."""
    assertion = claim.assertion
    if not isinstance(assertion, EventDate) or claim.modality not in modalities:
        return None
    return document.event(assertion.event), assertion


def witnesses(datings: list[Dating], documents: set[str], known: TimeSpan) -> list[Dating]:
    """The datings to the day, as stated or as scheduled, of documents outside *documents*
    that agree with the *known* date: one per document, the first by claim."""
    found: dict[str, Dating] = {}
    for dating in sorted(datings, key=lambda d: d.claim.ref):
        document = dating.claim.source.document_id
        if document in documents or dating.when.granularity is not Granularity.DAY or against(dating.when, known):
            continue
        found.setdefault(document, dating)
    return list(found.values())
