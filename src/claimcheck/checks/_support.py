"""What the built-in checks share: reference times, name resolution, evidence and findings."""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime, timedelta
from typing import TypeVar

from claimcheck.checks._registry import spec_of
from claimcheck.kb import (
    AliasRecord,
    Confidence,
    CountAnswer,
    CountRecord,
    EventRecord,
    KnowledgeBase,
    Office,
    Record,
    Tenure,
)
from claimcheck.model import (
    Actor,
    Claim,
    Document,
    Evidence,
    Finding,
    Modality,
    Ordinal,
    RoleHeld,
    Severity,
    Span,
)
from claimcheck.names import Method, fold, near_miss_of
from claimcheck.timespan import Granularity, Modifier, TimeSpan

__all__ = [
    "OFFICE_SERIES",
    "REPORTED_AS_FACT",
    "TAKING_OFFICE_WINDOW",
    "accession",
    "asserted",
    "day_range",
    "describe_span",
    "disjoint_members",
    "emit",
    "ended_tenures",
    "evidence_of",
    "folded",
    "joining",
    "name_span",
    "office_taken",
    "reference_time",
    "resolve",
    "resolve_holder",
    "title_office",
]

REPORTED_AS_FACT = frozenset({Modality.ASSERTED, Modality.REPORTED, Modality.HEDGED})
"""The modalities under which a claim is put forward as true (not denied, not expected)."""

_A = TypeVar("_A")


def asserted(document: Document, kind: type[_A]) -> Iterator[tuple[Claim, _A]]:
    """The claims of *document* that put forward an assertion of *kind* as true, with it."""
    for claim in document.claims:
        assertion = claim.assertion
        if isinstance(assertion, kind) and claim.modality in REPORTED_AS_FACT:
            yield claim, assertion


def reference_time(claim: Claim, when: TimeSpan | None) -> TimeSpan:
    """The time an assertion refers to: its own *when*, else its document's publication."""
    return when if when is not None else claim.source.published


@functools.lru_cache(maxsize=1 << 16)
def folded(text: str) -> str:
    """`claimcheck.names.fold`, remembered: the checks fold the same few names again and again.

    >>> folded("Zelenskyy") == fold("Zelenskyy")
    True
    """
    return fold(text)


def resolve(kb: KnowledgeBase, actor: Actor) -> tuple[Actor, Method | None]:
    """The knowledge base's actor for *actor*, and how its name was matched.

    An unknown name comes back unchanged, with no method.
    """
    resolution = kb.identify(actor.name)
    if resolution.actor is None:
        return actor, None
    return resolution.actor, resolution.method


@functools.lru_cache(maxsize=1 << 14)
def title_office(role: str, organization: str | None) -> Office:
    """The `Office` of a title; remembered, as the same titles recur across documents."""
    return Office(role, organization)


def resolve_holder(kb: KnowledgeBase, role: RoleHeld, when: TimeSpan) -> tuple[Actor, Method | None]:
    """`resolve` for the person a title is given to (at *when*), in the light of the title.

    A name the knowledge base does not know that misspells a recorded holder of the office
    ("NATO Secretary General Mark Rette") names that holder, as a `Method.NEAR_MISS`:
    the title says who is meant, so the slip is a misspelling, not a wrong holder.
    """
    actor, method = resolve(kb, role.actor)
    if method is not None:
        return actor, method
    answer = kb.holder_at(title_office(role.role, role.organization), when)
    if not answer.known:
        return actor, None
    slip = near_miss_of(role.actor.name, [holding.tenure.holder for holding in answer.holdings])
    if slip.method is not Method.NEAR_MISS or slip.actor is None:
        return actor, None
    return slip.actor, Method.NEAR_MISS


def ended_tenures(kb: KnowledgeBase, actor: Actor, office: Office, when: TimeSpan) -> tuple[Tenure, ...]:
    """The tenures of *office* by *actor* that certainly ended by the start of *when*."""
    start = when.first_day()
    if start is None:
        return ()
    ended = []
    for holding in kb.offices_of(actor, when).holdings:
        end = holding.tenure.end
        last = None if end is None else end.last_day()
        if holding.tenure.office == office and last is not None and last <= start:
            ended.append(holding.tenure)
    return tuple(ended)


def name_span(claim: Claim, name: str) -> Span | None:
    """The span of *name* inside the claim's evidence; ``None`` where the evidence lacks it."""
    span = claim.evidence
    at = -1 if span is None else span.text.find(name)
    if span is None or at < 0:
        return None
    return Span(span.document, span.offset + at, name)


def evidence_of(records: Iterable[Record]) -> tuple[Evidence, ...]:
    """One `Evidence` per record, in order, without repeats."""
    seen: dict[str, Evidence] = {}
    for record in records:
        if record.id not in seen:
            seen[record.id] = Evidence(fact=_fact(record), source=record.source, record=record.id)
    return tuple(seen.values())


@functools.lru_cache(maxsize=1 << 12)
def _fact(record: Record) -> str:
    """A reader's sentence for *record*; remembered, as findings cite the same few records."""
    if isinstance(record, Tenure):
        acting = "acting " if record.acting else ""
        start = describe_span(record.start) if record.start is not None else "an unknown date"
        if record.end is None:
            return f"{record.holder.name} has been {acting}{_office(record.office)} since {start}"
        return f"{record.holder.name} was {acting}{_office(record.office)} from {start} to {describe_span(record.end)}"
    if isinstance(record, EventRecord):
        place = f" in {record.place.name}" if record.place is not None else ""
        return f"{record.name} took place{place} on {describe_span(record.when)}"
    if isinstance(record, CountRecord):
        until = f" until {describe_span(record.until)}" if record.until is not None else ""
        return f"{record.what}: {_number(record.value)} from {describe_span(record.since)}{until}"
    if isinstance(record, AliasRecord):
        return _names_fact(record)
    return f"record {record.id}"


def _names_fact(record: AliasRecord) -> str:
    """"X is also written A, B and C; D is a known misspelling." and the record's note."""
    actor = record.actor
    parts = [
        f"{actor.name} is also written {_listed(actor.aliases)}"
        if actor.aliases
        else f"{actor.name} is the usual spelling"
    ]
    if record.misspellings:
        verb = "is a known misspelling" if len(record.misspellings) == 1 else "are known misspellings"
        parts.append(f"{_listed(record.misspellings)} {verb}")
    fact = "; ".join(parts) + "."
    return fact if record.note is None else f"{fact} {record.note}"


def _listed(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _office(office: Office) -> str:
    """"Secretary General of NATO", "Chancellor"."""
    return office.role if office.organization is None else f"{office.role} of {office.organization}"


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


@functools.lru_cache(maxsize=1 << 14)
def describe_span(span: TimeSpan) -> str:
    """A reader's text for *span*: "18 October 2024", "19–20 October 2024", "October 2024",
    "2024", an instant as "24 May 2025, 08:00 UTC+01:00", else ISO.

    >>> describe_span(TimeSpan.day(2024, 10, 18)), describe_span(TimeSpan.from_iso("2024-10-19/2024-10-20"))
    ('18 October 2024', '19–20 October 2024')
    >>> describe_span(TimeSpan.from_iso("2025-05-24T08:00+01:00"))
    '24 May 2025, 08:00 UTC+01:00'
    """
    start = span.start
    if span.modifier is Modifier.EXACT and isinstance(start, datetime) and span.granularity is Granularity.DATETIME:
        return f"{_day(start, '%B %Y')}, {start:%H:%M} {_utc_offset(start)}"
    if span.modifier is Modifier.EXACT and isinstance(start, date) and not isinstance(start, datetime):
        if span.granularity in _READABLE and TimeSpan.unit(span.granularity, start) == span:
            return start.strftime(_READABLE[span.granularity]).lstrip("0")
        last = span.last_day()
        if span.granularity is Granularity.DAY and last is not None:
            return _days(start, last)
    return span.isoformat()


def _days(first: date, last: date) -> str:
    """"19–20 October 2024", "30 October – 2 November 2024", "30 December 2024 – 2 January 2025"."""
    if first.year != last.year:
        return f"{_day(first, '%B %Y')} – {_day(last, '%B %Y')}"
    if first.month != last.month:
        return f"{_day(first, '%B')} – {_day(last, '%B %Y')}"
    return f"{first.day}–{_day(last, '%B %Y')}"


def _day(day: date, rest: str) -> str:
    return f"{day.day} {day.strftime(rest)}"


def _utc_offset(moment: datetime) -> str:
    """"UTC", "UTC+01:00", "UTC-05:30": the offset of an aware *moment* from UTC."""
    offset = moment.utcoffset()
    if not offset:
        return "UTC"
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes > 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


_READABLE = {Granularity.DAY: "%d %B %Y", Granularity.MONTH: "%B %Y", Granularity.YEAR: "%Y"}


def emit(
    check_function: Callable[..., object],
    *,
    message: str,
    claims: Iterable[Claim] = (),
    spans: Iterable[Span | None] = (),
    evidence: Iterable[Evidence] = (),
    documents: Iterable[str] = (),
    fix: str | None = None,
    severity: Severity | None = None,
) -> Finding:
    """A finding of *check_function*, with its code, name, category and default severity."""
    spec = spec_of(check_function)
    claim_list = list(claims)
    docs = sorted({*documents, *(c.source.document_id for c in claim_list)})
    return Finding(
        code=spec.code,
        name=spec.name,
        category=spec.category,
        severity=severity or spec.severity,
        message=message,
        documents=tuple(docs),
        claims=tuple(sorted({c.ref for c in claim_list})),
        spans=tuple(sorted({s for s in spans if s is not None}, key=lambda s: (s.document, s.offset))),
        evidence=tuple(evidence),
        fix=fix,
    )


def day_range(span: TimeSpan) -> tuple[float, float]:
    """The days *span* allows (widened if approximate), as ordinals ``[low, high)``.

    Open bounds are infinite.
    """
    widened = span.widened()
    first, last = widened.first_day(), widened.last_day()
    low = float("-inf") if first is None else float(first.toordinal())
    high = float("inf") if last is None else float(last.toordinal() + 1)
    return low, high


def disjoint_members(
    ranges: Sequence[tuple[float, float]], *, closed: bool = False, max_gap: float | None = None
) -> set[int]:
    """The indices of the ranges that are disjoint from at least one other range.

    Ranges are ``[low, high)``, or ``[low, high]`` when *closed*. With *max_gap*, two ranges
    further apart than that are not compared (they are likely about different things). Sorts
    once and searches, so a group of n ranges costs n log n, never n squared.

    >>> sorted(disjoint_members([(16, 17), (18, 19), (1, 32)]))
    [0, 1]
    """
    order = sorted(range(len(ranges)), key=lambda i: ranges[i][0])
    lows = [ranges[i][0] for i in order]
    marks = [0] * (len(order) + 1)
    found: set[int] = set()
    for i, (_, high) in enumerate(ranges):
        start = bisect_right(lows, high) if closed else bisect_left(lows, high)
        stop = len(lows) if max_gap is None else bisect_right(lows, high + max_gap)
        if start < stop:
            found.add(i)
            marks[start] += 1
            marks[stop] -= 1
    running = 0
    for position, index in enumerate(order):
        running += marks[position]
        if running > 0:
            found.add(index)
    return found


_MEMBER_NOUNS = frozenset(["members", "member", "states", "countries", "nations", "allies"])


def joining(kb: KnowledgeBase, ordinal: Ordinal) -> EventRecord | None:
    """The one accession of the ordinal's subject to the body of its series that the facts
    record with more than low confidence ("Finland" and "NATO members": Finland's accession
    to NATO), or ``None`` when they record none or several.

    >>> event = joining(KnowledgeBase.default(), Ordinal(subject="Finland", series="NATO members", position=31))
    >>> event is not None and event.when.isoformat()
    '2023-04-04'
    """
    words = ordinal.series.split()
    while words and words[-1].lower() in _MEMBER_NOUNS:
        words.pop()
    if not words:
        return None
    events = [
        e
        for e in kb.find_events(" ".join(words), kind="accession", participant=ordinal.subject)
        if e.confidence is not Confidence.LOW
    ]
    return events[0] if len(events) == 1 else None


OFFICE_SERIES = {"presidents": "President", "secretaries general": "Secretary General"}
"""The offices whose holders are counted in series ("the 47th president"), by the series'
noun, with the office's title in the facts; an ordinal names the office by its title in
lower case. Such a series grows while a holder serves: a position in it belongs to a person
and is measured on the holder's taking office."""


#: How long before the time an ordinal speaks of a tenure may have begun for "becomes the
#: 47th president" to be that taking of office.
TAKING_OFFICE_WINDOW = timedelta(days=31)


def office_taken(kb: KnowledgeBase, ordinal: Ordinal, when: TimeSpan) -> tuple[Tenure, CountAnswer] | None:
    """The tenure a prospective ordinal of an office ("becomes the 47th president") is the
    start of: the one tenure of its subject, in an office of the series' body, that began
    within `TAKING_OFFICE_WINDOW` before *when* (or on it); with the count of the series on
    its first day, the position it was taken at. ``None`` where no one such tenure or count
    is known.

    >>> from claimcheck.timespan import TimeSpan
    >>> ordinal = Ordinal(subject="Donald Trump", series="United States presidents", position=46, prospective=True)
    >>> tenure, answer = office_taken(KnowledgeBase.default(), ordinal, TimeSpan.day(2025, 2, 3))
    >>> tenure.start.isoformat(), answer.value
    ('2025-01-20', 47)
    """
    last = when.last_day()
    if not ordinal.prospective or last is None:
        return None
    person = folded(ordinal.subject)
    found = [
        t
        for t in kb.tenures
        if not t.acting
        and t.start is not None
        and (first := t.start.first_day()) is not None
        and last - TAKING_OFFICE_WINDOW <= first <= last
        and folded(t.holder.name) == person
        and folded(ordinal.series).startswith(folded(t.office.organization))
    ]
    if len(found) != 1 or found[0].start is None:
        return None
    answer = kb.count_at(ordinal.series, found[0].start)
    return None if answer.value is None else (found[0], answer)


def accession(kb: KnowledgeBase, ordinal: Ordinal, when: TimeSpan) -> tuple[EventRecord, CountAnswer] | None:
    """The `joining` of the ordinal's subject, with the count of the series on that day (the
    position it joined at), or ``None`` when the facts record no such accession or no single
    count for its day. A prospective ordinal ("would become the 32nd", "becomes the 30th") is
    measured on it only when the accession did not come before *when*, the time the ordinal
    speaks of: a timeline's "27 March 2020: North Macedonia becomes the 30th member" is the
    accession itself."""
    event = joining(kb, ordinal)
    if event is None or (ordinal.prospective and event.when.is_before(when)):
        return None
    answer = kb.count_at(ordinal.series, event.when)
    return None if answer.value is None else (event, answer)
