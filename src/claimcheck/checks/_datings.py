"""Datings of one event in the documents checked together, as `TIM001` weighs them: stated
datings, which may conflict, and scheduled ones, which only witness the day."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

import attrs

from claimcheck._dates_readings import fair_readings
from claimcheck.checks._support import REPORTED_AS_FACT, day_range, disjoint_members
from claimcheck.model import Claim, Document, Event, EventDate, Modality
from claimcheck.timespan import Agreement, Granularity, Modifier, TimeSpan

__all__ = ["SCHEDULED", "Dating", "against", "dating_of", "settled", "witnesses"]


@attrs.frozen
class Dating:
    """One claim's dating of an event."""

    claim: Claim
    event: Event
    when: TimeSpan


def _readings(dating: Dating) -> tuple[TimeSpan, ...]:
    """Every fair reading of a dating's words, its own first (`fair_readings`): "this week"
    in a Sunday story with a present verb may mean the coming week."""
    evidence, anchor = dating.claim.evidence, dating.claim.source.published.first_day()
    if evidence is None or anchor is None:
        return (dating.when,)
    return fair_readings(evidence.text, dating.when, anchor)


def _agreeing(dating: Dating, known: TimeSpan) -> Dating:
    """*dating* at its first fair reading that does not contradict the *known* date, if any."""
    if not against(dating.when, known):
        return dating
    reading = next((r for r in _readings(dating)[1:] if not against(r, known)), None)
    return dating if reading is None else attrs.evolve(dating, when=reading)


def settled(datings: list[Dating], known: TimeSpan | None, *, max_gap: float | None) -> list[Dating]:
    """*datings*, each at the fair reading of its words that agrees where its own does not:
    with the *known* date, or else, for a dating disjoint from another (`disjoint_members`,
    with *max_gap*), with every other dating. A dating is never called wrong when one of its
    fair readings agrees."""
    if known is not None:
        return [_agreeing(d, known) for d in datings]
    found = list(datings)
    ranges = [day_range(d.when) for d in found]
    for i in sorted(disjoint_members(ranges, max_gap=max_gap)):
        others = [r for j, r in enumerate(ranges) if j != i]
        for reading in _readings(found[i])[1:]:
            low, high = day_range(reading)
            if all(low < other_high and other_low < high for other_low, other_high in others):
                found[i], ranges[i] = attrs.evolve(found[i], when=reading), (low, high)
                break
    return found


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
