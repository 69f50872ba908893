"""Checks about when things happened, across sources and against the facts (family ``TIM``)."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator
from datetime import timedelta
from itertools import combinations

import attrs

from claimcheck.checks._registry import Group, check
from claimcheck.checks._support import (
    REPORTED_AS_FACT,
    day_range,
    describe_span,
    disjoint_members,
    emit,
    evidence_of,
    resolve,
)
from claimcheck.kb import EventRecord, KnowledgeBase
from claimcheck.model import Claim, Document, Event, EventDate, Finding, Severity
from claimcheck.names import fold
from claimcheck.timespan import Agreement, Granularity, TimeSpan

__all__ = ["event_date_conflict", "report_out_of_order"]

#: How far apart two datings may lie and still be taken for one event when only the
#: participants tie them together; further apart, they are more likely two events.
SAME_EVENT_WINDOW = timedelta(days=14)
#: How far from a known event a dating may lie and still be matched to it.
KNOWN_EVENT_WINDOW = timedelta(days=62)


def _window(span: TimeSpan, margin: timedelta) -> TimeSpan | None:
    first, last = span.first_day(), span.last_day()
    if first is None or last is None:
        return None
    return TimeSpan(first - margin, last + timedelta(days=1) + margin, Granularity.DAY)


def _participants(event: Event, kb: KnowledgeBase) -> frozenset[str]:
    return frozenset(fold(resolve(kb, actor)[0].name) for actor in event.participants)


def _known_event(event: Event, when: TimeSpan, kb: KnowledgeBase) -> EventRecord | None:
    """The knowledge-base event this dated event is, if exactly one fits best.

    A record fits when it lies within `KNOWN_EVENT_WINDOW` and shares two participants and
    the kind or the place with the event, or one participant, the place and the kind.
    """
    window = _window(when, KNOWN_EVENT_WINDOW)
    if window is None:
        return None
    people = _participants(event, kb)
    place = None if event.place is None else fold(resolve(kb, event.place)[0].name)
    scored: list[tuple[int, EventRecord]] = []
    for record in kb.find_events(during=window):
        shared = len(people & {fold(p.name) for p in record.participants})
        at_place = place is not None and record.place is not None and place in fold(
            " ".join(record.place.names)
        )
        same_kind = fold(record.kind) == fold(event.kind)
        if (shared >= 2 and (same_kind or at_place)) or (shared >= 1 and at_place and same_kind):
            score = 2 * shared + (2 if at_place else 0) + (1 if same_kind else 0)
            scored.append((score, record))
    scored.sort(key=lambda s: (-s[0], s[1].id))
    if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return None
    return scored[0][1]


def _dating(claim: Claim, document: Document) -> tuple[Event, EventDate] | None:
    assertion = claim.assertion
    if not isinstance(assertion, EventDate) or claim.modality not in REPORTED_AS_FACT:
        return None
    return document.event(assertion.event), assertion


def _event_keys(claim: Claim, document: Document, kb: KnowledgeBase) -> Iterable[Hashable]:
    dating = _dating(claim, document)
    if dating is None:
        return ()
    event, assertion = dating
    record = _known_event(event, assertion.when, kb)
    if record is not None:
        return [("known", record.id)]
    people = sorted(_participants(event, kb))
    return [("event", fold(event.kind), a, b) for a, b in combinations(people, 2)]


@attrs.frozen
class _Dating:
    claim: Claim
    event: Event
    when: TimeSpan


@check(
    "TIM001",
    "event-date-conflict",
    category="event_date_conflict",
    severity=Severity.ERROR,
    key=_event_keys,
)
def event_date_conflict(group: Group, kb: KnowledgeBase) -> Iterator[Finding]:
    """Flag one event dated differently by different sources, or against the facts.

    Datings are grouped by event: a knowledge-base event they match (by time, participants,
    place and kind), or else the same kind of event with two of the same participants.
    Dates that cannot overlap conflict; a coarser date ("October") never conflicts with a
    finer one inside it.

    Why it matters:
        When two reports give different dates for one meeting, at least one is wrong, and
        every story built on it inherits the error.

    Example:
        One report dates the Berlin meeting of Biden, Scholz, Starmer and Macron to 16
        October 2024, another to 18 October; the facts say 18 October.

    References:
        The knowledge-base event with its sources, and the conflicting claims.

    .. versionadded:: 0.1.0
    """
    datings = []
    for member in group.members:
        dating = _dating(member.claim, member.document)
        if dating is not None:
            datings.append(_Dating(member.claim, dating[0], dating[1].when))
    record = kb.record(str(group.key[1])) if isinstance(group.key, tuple) and group.key[0] == "known" else None
    known = record if isinstance(record, EventRecord) else None
    gap = None if known is not None else float(SAME_EVENT_WINDOW.days)
    ranges = [day_range(d.when) for d in datings]
    involved = {datings[i] for i in disjoint_members(ranges, max_gap=gap)}
    against_facts = set()
    if known is not None:
        against_facts = {d for d in datings if d.when.compare(known.when).agreement is Agreement.CONFLICT}
        involved |= against_facts
    if not involved:
        return
    ordered = sorted(involved, key=lambda d: d.claim.ref)
    name = known.name if known is not None else (ordered[0].event.name or ordered[0].event.kind.replace("_", " "))
    datings_text = "; ".join(
        f"{d.claim.source.document_id} says {describe_span(d.when)}" for d in ordered
    )
    message = f"{name}: the sources disagree on the date ({datings_text})"
    if known is not None:
        message += f"; the facts say {describe_span(known.when)}"
    yield emit(
        event_date_conflict,
        message=message,
        claims=[d.claim for d in ordered],
        spans=[d.claim.evidence for d in ordered],
        evidence=evidence_of([known] if known is not None else []),
        fix=f"{describe_span(known.when)}" if known is not None and against_facts else None,
    )


@check("TIM003", "report-out-of-order", category="temporal_order", severity=Severity.WARNING)
def report_out_of_order(doc: Document, kb: KnowledgeBase) -> Iterator[Finding]:
    """Flag a past-tense report of something after publication, and a citation of a later report.

    A claim put forward as fact (not as expected) that dates an event entirely after its
    own document's publication reports the future as past; a document that cites a report
    published after itself cites something that did not yet exist.

    Why it matters:
        Such slips point to a wrong date, a wrong year, or a copied story whose dateline was
        changed.

    Example:
        A story published on 3 December 2024 says a meeting "took place" on 10 December.

    References:
        The document's publication time and the dates it gives.

    .. versionadded:: 0.1.0
    """
    published = doc.source.published
    for claim in doc.claims:
        assertion = claim.assertion
        if isinstance(assertion, EventDate) and claim.modality in REPORTED_AS_FACT:
            if assertion.when.is_after(published):
                yield emit(
                    report_out_of_order,
                    message=(
                        f"{doc.event(assertion.event).name or assertion.event} is reported as past but dated "
                        f"{describe_span(assertion.when)}, after the document's publication "
                        f"({describe_span(published)})"
                    ),
                    claims=[claim],
                    spans=[claim.evidence],
                )
    for citation in doc.source.cites:
        if citation.published is not None and citation.published.is_after(published):
            yield emit(
                report_out_of_order,
                message=(
                    f"cites a report of {citation.outlet.name} published {describe_span(citation.published)}, "
                    f"after this document ({describe_span(published)})"
                ),
                documents=[doc.id],
            )
