"""One claim against the knowledge base: `verify` and its FEVER-style `Verdict`."""

from __future__ import annotations

import enum

import attrs
from attrs import validators as v

from claimcheck.checks._support import (
    accession,
    describe_span,
    ended_tenures,
    evidence_of,
    reference_time,
    resolve_holder,
)
from claimcheck.checks.counts import duration_fits
from claimcheck.checks.timing import known_event, weekdays_in
from claimcheck.kb import KnowledgeBase, Office, Record, Truth
from claimcheck.model import (
    WEEKDAYS,
    Claim,
    Count,
    Document,
    DurationSince,
    EventDate,
    Evidence,
    Modality,
    Ordinal,
    RoleHeld,
    TitleTime,
    Weekday,
)
from claimcheck.timespan import Agreement

__all__ = ["Label", "Verdict", "verify"]


class Label(enum.Enum):
    """The three FEVER labels; the values are FEVER's own strings."""

    SUPPORTED = "SUPPORTS"
    REFUTED = "REFUTES"
    NOT_ENOUGH_INFO = "NOT ENOUGH INFO"


_BY_TRUTH = {Truth.TRUE: Label.SUPPORTED, Truth.FALSE: Label.REFUTED, Truth.UNDETERMINED: Label.NOT_ENOUGH_INFO}


@attrs.frozen(kw_only=True)
class Verdict:
    """Whether the knowledge base supports a claim, refutes it, or cannot tell.

    Args:
        label: Supported, refuted or not enough info.
        evidence: The facts the label rests on, with their sources; empty when there are none.
        message: The reason, in a sentence.

    .. versionadded:: 0.1.0
    """

    label: Label = attrs.field(validator=v.instance_of(Label))
    evidence: tuple[Evidence, ...] = attrs.field(default=(), validator=v.deep_iterable(v.instance_of(Evidence), v.instance_of(tuple)))
    message: str = attrs.field(validator=v.instance_of(str))


def verify(claim: Claim, kb: KnowledgeBase, *, document: Document | None = None) -> Verdict:
    """Label one claim SUPPORTED, REFUTED or NOT_ENOUGH_INFO against *kb*, with the evidence.

    A title (`RoleHeld`) is checked against the tenures of the office at the time it refers
    to; a count (`Count`) and an ordinal (`Ordinal`) against the counts of their series; an
    event's date (`EventDate`) against the knowledge-base event it matches (the claim's
    *document* holds the event; without it there is not enough info); a length of time
    (`DurationSince`) and a weekday (`Weekday`) by calendar arithmetic. Anything the
    knowledge base does not cover (an unknown office, series or event, a `Quantity`, a
    `Statement`) is NOT_ENOUGH_INFO, never an error. A denied claim asserts the opposite of
    its assertion, so its label is swapped.

    Args:
        claim: The claim to verify.
        kb: The knowledge base to verify it against.
        document: The claim's document, needed for an `EventDate`.

    Returns:
        The `Verdict`: a label, the evidence records as `Evidence`, and a message.

    >>> from claimcheck.model import Actor, Source
    >>> from claimcheck.timespan import TimeSpan
    >>> source = Source(document_id="d1", published=TimeSpan.day(2024, 10, 19))
    >>> title = RoleHeld(actor=Actor("Jens Stoltenberg"), role="Secretary General", organization="NATO")
    >>> verdict = verify(Claim(id="c1", source=source, assertion=title), KnowledgeBase.default())
    >>> verdict.label
    <Label.REFUTED: 'REFUTES'>

    .. versionadded:: 0.1.0
    """
    assertion = claim.assertion
    if isinstance(assertion, RoleHeld):
        verdict = _role(claim, assertion, kb)
    elif isinstance(assertion, EventDate):
        verdict = _event_date(assertion, kb, document)
    elif isinstance(assertion, Count):
        verdict = _count(claim, assertion, kb)
    elif isinstance(assertion, Ordinal):
        verdict = _ordinal(claim, assertion, kb)
    elif isinstance(assertion, DurationSince):
        verdict = _duration(claim, assertion)
    elif isinstance(assertion, Weekday):
        verdict = _weekday(assertion)
    else:
        verdict = _unknown(f"the knowledge base holds no facts to check a {type(assertion).__name__}")
    if claim.modality is Modality.DENIED and verdict.label is not Label.NOT_ENOUGH_INFO:
        flipped = Label.REFUTED if verdict.label is Label.SUPPORTED else Label.SUPPORTED
        return attrs.evolve(verdict, label=flipped, message=f"the claim denies that {verdict.message}")
    return verdict


def _unknown(message: str) -> Verdict:
    return Verdict(label=Label.NOT_ENOUGH_INFO, message=message)


def _labelled(truth: Truth, records: tuple[Record, ...], message: str) -> Verdict:
    return Verdict(label=_BY_TRUTH[truth], evidence=evidence_of(records), message=message)


def _role(claim: Claim, role: RoleHeld, kb: KnowledgeBase) -> Verdict:
    when = reference_time(claim, role.when)
    answer = kb.holder_at(Office(role.role, role.organization), when)
    title = f"{role.role} of {role.organization}" if role.organization else role.role
    if not answer.known:
        return _unknown(f"the knowledge base does not know the office {title}")
    actor, _ = resolve_holder(kb, role, when)
    held = answer.assess(actor)
    at = f"{role.actor.name} held the office {title} at {describe_span(when)}"
    if role.title_time in (TitleTime.PRESENT, TitleTime.THEN):
        return _labelled(held.truth, held.records, at)
    if held.truth is Truth.TRUE:
        return _labelled(Truth.FALSE, held.records, f"{at}, so it was not yet over nor still to come")
    if role.title_time is TitleTime.FORMER:
        ended = ended_tenures(kb, actor, answer.office, when)
        if ended and held.truth is Truth.FALSE:
            return _labelled(Truth.TRUE, ended, f"{role.actor.name} had left the office {title} by {describe_span(when)}")
        return _labelled(Truth.UNDETERMINED, held.records, f"whether {role.actor.name} had left the office {title} by then")
    return _unknown(f"the knowledge base does not record future holders of {title}")


def _event_date(assertion: EventDate, kb: KnowledgeBase, document: Document | None) -> Verdict:
    if document is None:
        return _unknown("an event's date is verified with the document that describes the event")
    try:
        event = document.event(assertion.event)
    except KeyError:
        return _unknown(f"the document has no event {assertion.event!r}")
    record = known_event(event, assertion.when, kb)
    if record is None:
        return _unknown(f"no single knowledge-base event matches {event.name or event.kind}")
    said = describe_span(assertion.when)
    facts = describe_span(record.when)
    if assertion.when.compare(record.when).agreement is Agreement.CONFLICT:
        return _labelled(Truth.FALSE, (record,), f"{record.name} took place on {facts}, not {said}")
    if assertion.when.widened().contains(record.when):
        return _labelled(Truth.TRUE, (record,), f"{record.name} took place on {facts}, within {said}")
    return _labelled(Truth.UNDETERMINED, (record,), f"{record.name} took place on {facts}, which only partly meets {said}")


def _count(claim: Claim, count: Count, kb: KnowledgeBase) -> Verdict:
    answer = kb.count_at(count.subject, reference_time(claim, count.when))
    if not answer.known:
        return _unknown(f"the knowledge base has no count of {count.subject}")
    assessed = answer.assess(count.implied)
    return _labelled(assessed.truth, assessed.records, f"{answer.what} numbered {count.implied} at {describe_span(answer.when)}")


def _ordinal(claim: Claim, ordinal: Ordinal, kb: KnowledgeBase) -> Verdict:
    joined = accession(kb, ordinal, reference_time(claim, ordinal.when))
    if joined is not None:
        event, at_accession = joined
        truth = Truth.TRUE if at_accession.value == ordinal.position else Truth.FALSE
        return _labelled(
            truth,
            (event, *at_accession.records),
            f"{ordinal.subject} joined as number {at_accession.value:g} of {at_accession.what}",
        )
    answer = kb.count_at(ordinal.series, reference_time(claim, ordinal.when))
    value = answer.value
    if value is None:
        return _unknown(f"the knowledge base does not know the count of {ordinal.series} then")
    records = answer.records
    if ordinal.prospective:
        truth = Truth.TRUE if value == ordinal.position - 1 else Truth.FALSE
        return _labelled(truth, records, f"{answer.what} numbered {value:g}, so the next is number {value + 1:g}")
    if value < ordinal.position:
        return _labelled(Truth.FALSE, records, f"{answer.what} numbered only {value:g}")
    return _labelled(Truth.UNDETERMINED, records, f"the count of {answer.what} does not say who holds position {ordinal.position}")


def _duration(claim: Claim, duration: DurationSince) -> Verdict:
    until = reference_time(claim, duration.as_of)
    fits = duration_fits(duration.since, until, duration.length)
    span = f"{describe_span(duration.since)} to {describe_span(until)}"
    evidence = Evidence(fact=f"the time from {span}, by the calendar", source=f"claim {claim.ref}")
    if fits:
        return Verdict(label=Label.SUPPORTED, evidence=(evidence,), message=f"{duration.length.isoformat()} fits {span}")
    return Verdict(label=Label.REFUTED, evidence=(evidence,), message=f"{duration.length.isoformat()} does not fit {span}")


def _weekday(weekday: Weekday) -> Verdict:
    days = weekdays_in(weekday.when)
    if days is None:
        return _unknown(f"{weekday.when.isoformat()} is too vague to have a weekday")
    actual = " or ".join(WEEKDAYS[d] for d in sorted(days))
    truth = Truth.TRUE if WEEKDAYS.index(weekday.weekday) in days else Truth.FALSE
    return _labelled(truth, (), f"{describe_span(weekday.when)} falls on a {actual}")
