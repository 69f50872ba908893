"""Checks about when things happened, across sources and against the facts (family ``TIM``)."""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Iterator
from datetime import date, timedelta
from itertools import combinations

from claimcheck.checks._datings import SCHEDULED, Dating, against, dating_of, settled, witnesses
from claimcheck.checks._ordering import dates_a_later_act, later_citations, order_key, recorded_later
from claimcheck.checks._registry import Group, check
from claimcheck.checks._reports_recorded import reports_recorded_later
from claimcheck.checks._support import (
    asserted,
    day_range,
    describe_span,
    disjoint_members,
    emit,
    evidence_of,
    folded,
    resolve,
)
from claimcheck.kb import Confidence, EventRecord, KnowledgeBase, Tenure
from claimcheck.model import WEEKDAYS, Actor, ActorKind, Claim, Document, Event, EventDate, Finding, Modality, Severity, Weekday
from claimcheck.timespan import Granularity, Modifier, TimeSpan

__all__ = [
    "event_date_conflict",
    "known_event",
    "report_out_of_order",
    "weekday_date_mismatch",
    "weekdays_in",
]

#: How far apart two datings may lie and still be taken for one event when only the
#: participants tie them together; further apart, they are more likely two events.
SAME_EVENT_WINDOW = timedelta(days=14)
#: How far from a known event a dating may lie and still be matched to it.
KNOWN_EVENT_WINDOW = timedelta(days=62)
#: Kinds of event that a place and a time identify without their participants: a summit
#: in The Hague within weeks of the known one is that summit, whoever the text names.
GATHERINGS = frozenset({"summit", "conference"})
#: Kinds of event that are a text a gathering issues (a summit's declaration): like the
#: `GATHERINGS`, the place and the kind identify them, dated to the day of issue.
ISSUED_KINDS = frozenset({"declaration"})
#: Kinds of event that befall one person once (a death, a resignation, the censure of the
#: government a person heads): the one participant and the kind
#: identify it, within `SAME_EVENT_WINDOW` between reports, or as the known event.
PERSONAL_KINDS = frozenset({"death", "resignation", "censure"})
#: Kinds of event by which one person takes an office (a swearing-in): where no recorded
#: event fits, it is the start of the one tenure the facts record beginning near it.
TAKING_OFFICE_KINDS = frozenset({"inauguration"})
#: Kinds of event that recur with the same people and place (a meeting of one body's ministers
#: of one portfolio): they are the known event only where the event's name gives the record's
#: portfolio, and the body, where it names one, agrees too.
QUALIFIED_KINDS = frozenset({"ministerial_meeting"})
#: Kinds of event that news names by their venue ("the Oval Office meeting", "the Geneva
#: talks"), a meeting and a confrontation at it being one event (`_named_by_venue`).
VENUE_KINDS = frozenset({"meeting", "confrontation"})
#: The words that name a minister's portfolio, each with the portfolio it names.
PORTFOLIOS = {
    "foreign": "foreign",
    "defence": "defence",
    "defense": "defence",
    "finance": "finance",
    "economy": "economy",
    "economic": "economy",
    "interior": "interior",
    "home": "interior",
    "justice": "justice",
    "trade": "trade",
    "energy": "energy",
    "health": "health",
    "agriculture": "agriculture",
    "environment": "environment",
    "transport": "transport",
}
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}")


def _qualifiers(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """The portfolios and the bodies (written as acronyms: "NATO", "EU", "G7") a name gives.

    >>> _qualifiers("meeting of NATO defense ministers")
    (frozenset({'defence'}), frozenset({'NATO'}))
    """
    words = re.findall(r"[A-Za-z0-9]+", name)
    portfolios = frozenset(PORTFOLIOS[w.lower()] for w in words if w.lower() in PORTFOLIOS)
    return portfolios, frozenset(w for w in words if _ACRONYM.fullmatch(w))


def _qualifiers_agree(event: Event, record: EventRecord) -> bool:
    """Whether a recurring event's name gives the record's portfolio and no other body."""
    if event.kind not in QUALIFIED_KINDS:
        return True
    portfolios, bodies = _qualifiers(event.name or "")
    known_portfolios, known_bodies = _qualifiers(record.name)
    if not portfolios or portfolios != known_portfolios:
        return False
    return not bodies or not known_bodies or bool(bodies & known_bodies)


def _window(span: TimeSpan, margin: timedelta) -> TimeSpan | None:
    """The days of *span* widened by *margin* on each side, within the calendar; ``None`` if open."""
    first, last = span.first_day(), span.last_day()
    if first is None or last is None:
        return None
    low = first - min(margin, first - date.min)
    high = last + min(margin + timedelta(days=1), date.max - last)
    if high <= low:  # a span on the calendar's last day, with no margin
        return None
    return TimeSpan(low, high, Granularity.DAY)


def _named_by_venue(event: Event) -> bool:
    """Whether *event* is named by its venue ("the Oval Office meeting"): one of the
    `VENUE_KINDS` whose name opens with its place, as extraction names such events.

    >>> from claimcheck.model import Actor
    >>> _named_by_venue(Event(id="e", kind="meeting", name="Villa Borghese meeting", place=Actor("Villa Borghese")))
    True
    """
    return (
        event.kind in VENUE_KINDS
        and event.place is not None
        and (event.name or "").startswith(f"{event.place.name} ")
    )


def _participants(event: Event, kb: KnowledgeBase) -> frozenset[str]:
    return frozenset(folded(resolve(kb, actor)[0].name) for actor in event.participants)


def _body_like(actor: Actor, kb: KnowledgeBase) -> bool:
    """Whether a participant may be a body a record's name names: an organisation, or a name
    of two words or more that the knowledge base does not know ("European Council")."""
    if actor.kind is ActorKind.ORGANIZATION:
        return True
    return actor.kind is ActorKind.PERSON and len(actor.name.split()) >= 2 and resolve(kb, actor)[1] is None


def known_event(event: Event, when: TimeSpan, kb: KnowledgeBase) -> EventRecord | None:
    """The knowledge-base event that *event*, dated *when*, is: the one record that fits best.

    A record fits when it lies within `KNOWN_EVENT_WINDOW` of *when* and shares two
    participants and the kind or the place with the event, or one participant, the place
    and the kind, or, for one of the `GATHERINGS`, `ISSUED_KINDS` or `QUALIFIED_KINDS`, the place and
    the kind, or the kind and a
    thing the record's name names ("Oreshnik" for the Oreshnik strike), or the kind, the
    place and a body the record's name names (a presentation "to the European Council" in
    Brussels); never where both
    name a place and the places differ. Participants and
    places are compared after resolving their names, so "Zelenskyy" is Zelensky. ``None``
    when nothing fits, or two records fit equally well.

    >>> from claimcheck.model import Actor
    >>> meeting = Event(id="m", kind="meeting", place=Actor("Berlin"),
    ...                 participants=(Actor("Joe Biden"), Actor("Olaf Scholz")))
    >>> known_event(meeting, TimeSpan.day(2024, 10, 16), KnowledgeBase.default()).when.isoformat()
    '2024-10-18'

    .. versionadded:: 0.1.0
    """
    window = _window(when, KNOWN_EVENT_WINDOW)
    if window is None:
        return None
    people = _participants(event, kb)
    things = {folded(a.name) for a in event.participants if a.kind is ActorKind.OBJECT}
    bodies = [set(folded(a.name).split()) for a in event.participants if _body_like(a, kb)]
    place = None if event.place is None else set(folded(resolve(kb, event.place)[0].name).split())
    scored: list[tuple[int, EventRecord]] = []
    for record in kb.find_events(during=window):
        shared = len(people & {folded(p.name) for p in record.participants})
        at_place = (
            place is not None
            and record.place is not None
            and any(place <= set(folded(name).split()) for name in record.place.names)
        )
        if place is not None and record.place is not None and not at_place:
            continue  # a meeting in Paris is not the Berlin meeting, whoever attends
        same_kind = folded(record.kind) == folded(event.kind)
        if same_kind and not _qualifiers_agree(event, record):
            continue  # the defence ministers' meeting is not the foreign ministers' one
        gathering = same_kind and at_place and event.kind in GATHERINGS | ISSUED_KINDS | QUALIFIED_KINDS
        named = same_kind and bool(things & set(folded(record.name).split()))
        personal = same_kind and shared >= 1 and event.kind in PERSONAL_KINDS
        addressed = same_kind and at_place and any(b <= set(folded(record.name).split()) for b in bodies)
        if (
            (shared >= 2 and (same_kind or at_place))
            or (shared >= 1 and at_place and same_kind)
            or addressed
            or gathering
            or named
            or personal
        ):
            score = 2 * shared + (2 if at_place else 0) + (1 if same_kind else 0)
            scored.append((score, record))
    scored.sort(key=lambda s: (-s[0], s[1].id))
    if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return None
    return scored[0][1]


def _tenure_taken(event: Event, when: TimeSpan, kb: KnowledgeBase) -> Tenure | None:
    """The tenure whose start *event*, one person's taking office dated *when*, is: the one
    tenure of that person, not acting, whose start the facts know to the day with more than
    low confidence and put within `SAME_EVENT_WINDOW` of *when*; ``None`` otherwise.

    >>> from claimcheck.model import Actor
    >>> oath = Event(id="o", kind="inauguration", participants=(Actor("Pete Hegseth"),))
    >>> _tenure_taken(oath, TimeSpan.day(2025, 1, 24), KnowledgeBase.default()).start.isoformat()
    '2025-01-25'

    .. versionadded:: 0.1.0
    """
    window = _window(when, SAME_EVENT_WINDOW)
    if event.kind not in TAKING_OFFICE_KINDS or len(event.participants) != 1 or window is None:
        return None
    (actor,) = event.participants
    if actor.kind is not ActorKind.PERSON:
        return None
    person = folded(resolve(kb, actor)[0].name)
    found = [
        tenure
        for tenure in kb.tenures
        if not tenure.acting
        and tenure.start is not None
        and tenure.start.granularity is Granularity.DAY
        and tenure.start_confidence is not Confidence.LOW
        and window.contains(tenure.start)
        and folded(resolve(kb, tenure.holder)[0].name) == person
    ]
    return found[0] if len(found) == 1 else None


def _event_keys(claim: Claim, document: Document, kb: KnowledgeBase) -> Iterable[Hashable]:
    dating = dating_of(claim, document)
    if dating is None:
        scheduled = dating_of(claim, document, modalities=SCHEDULED)
        record = None if scheduled is None else known_event(scheduled[0], scheduled[1].when, kb)
        return [] if record is None else [("known", record.id)]
    event, assertion = dating
    record = known_event(event, assertion.when, kb)
    if record is not None:
        return [("known", record.id)]
    tenure = _tenure_taken(event, assertion.when, kb)
    if tenure is not None:
        return [("known", tenure.id)]
    if _named_by_venue(event):
        assert event.place is not None
        return [("venue", folded(resolve(kb, event.place)[0].name))]
    people = sorted(_participants(event, kb))
    if event.kind in PERSONAL_KINDS and len(people) == 1:
        return [("event", folded(event.kind), people[0])]
    return [("event", folded(event.kind), a, b) for a, b in combinations(people, 2)]


def _known_date(record: object) -> tuple[str, TimeSpan] | None:
    """The name and date of a recorded event, or of the taking of a recorded office."""
    if isinstance(record, EventRecord):
        return record.name, record.when
    if isinstance(record, Tenure) and record.start is not None:
        return f"{record.holder.name} taking office as {record.office}", record.start
    return None


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
    datings, scheduled = [], []
    for member in group.members:
        dating = dating_of(member.claim, member.document)
        if dating is not None:
            datings.append(Dating(member.claim, dating[0], dating[1].when))
        elif (planned := dating_of(member.claim, member.document, modalities=SCHEDULED)) is not None:
            scheduled.append(Dating(member.claim, planned[0], planned[1].when))
    if isinstance(group.key, tuple) and group.key[0] == "venue" and not _one_company(datings, kb):
        return
    record = kb.record(str(group.key[1])) if isinstance(group.key, tuple) and group.key[0] == "known" else None
    known = _known_date(record)
    gap = None if known is not None else float(SAME_EVENT_WINDOW.days)
    datings = settled(datings, None if known is None else known[1], max_gap=gap)
    ranges = [day_range(d.when) for d in datings]
    involved = {datings[i] for i in disjoint_members(ranges, max_gap=gap)}
    against_facts = set()
    if known is not None:
        against_facts = {d for d in datings if against(d.when, known[1])}
        involved |= against_facts
    if not involved:
        return
    ordered = sorted(involved, key=lambda d: d.claim.ref)
    name = known[0] if known is not None else (ordered[0].event.name or ordered[0].event.kind.replace("_", " "))
    datings_text = "; ".join(
        f"{d.claim.source.document_id} says {describe_span(d.when)}" for d in ordered
    )
    documents = {d.claim.source.document_id for d in ordered}
    if len(ordered) == 1:
        message = f"{name}: {ordered[0].claim.source.document_id} dates it to {describe_span(ordered[0].when)}"
    elif len(documents) == 1:
        days = " and ".join(describe_span(d.when) for d in ordered)
        message = f"{name}: {ordered[0].claim.source.document_id} dates it to both {days}"
    else:
        message = f"{name}: the sources disagree on the date ({datings_text})"
    agreeing = witnesses(datings + scheduled, documents, known[1]) if known and against_facts else []
    if agreeing:
        others = "; ".join(f"{d.claim.source.document_id} gives {describe_span(d.when)}" for d in agreeing)
        message += f"; {others}, as do the facts"
    elif known is not None:
        message += f"; the facts say {describe_span(known[1])}"
    yield emit(
        event_date_conflict,
        message=message,
        claims=[d.claim for d in ordered],
        documents=[d.claim.source.document_id for d in agreeing],
        spans=[d.claim.evidence for d in ordered],
        evidence=evidence_of([record] if known is not None and record is not None else []),
        fix=f"{describe_span(known[1])}" if known is not None and against_facts else None,
    )


def _one_company(datings: list[Dating], kb: KnowledgeBase) -> bool:
    """Whether the datings of events named by one venue can be of one event: some name two
    participants, and the participants each names are all among those of the one that names
    most (the White House hosts many guests: "the Oval Office meeting" with one guest is not
    the one with another)."""
    companies = sorted((_participants(d.event, kb) for d in datings), key=len)
    widest = companies[-1] if companies else frozenset()
    return len(widest) >= 2 and all(company <= widest for company in companies)


def weekdays_in(span: TimeSpan) -> frozenset[int] | None:
    """The weekdays (Monday = 0) of the days *span* covers; ``None`` if it is open or approximate.

    >>> sorted(weekdays_in(TimeSpan.from_iso("2024-12-01/2024-12-02")))
    [0, 6]

    .. versionadded:: 0.1.0
    """
    first, last = span.first_day(), span.last_day()
    if first is None or last is None or span.modifier is Modifier.APPROX:
        return None
    length = min((last - first).days + 1, 7)
    return frozenset((first + timedelta(days=i)).weekday() for i in range(length))


@check("TIM002", "weekday-date-mismatch", category="weekday_mismatch", severity=Severity.ERROR)
def weekday_date_mismatch(doc: Document, kb: KnowledgeBase) -> Iterator[Finding]:
    """Flag a weekday that does not fall on the date it is given with.

    "Monday, 3 December 2024" cannot be right: 3 December 2024 was a Tuesday. For a span
    longer than a day ("Friday, in the week of 14 October") the weekday must fall on one of
    its days; an approximate or open-ended date is never flagged. Denied claims are skipped.

    Why it matters:
        A weekday and a date that disagree mean one of them is wrong, and readers cannot tell
        which; often the date was shifted while the weekday was copied.

    Example:
        A report says NATO's foreign ministers met on "Monday, 3 December 2024".

    References:
        The calendar.

    .. versionadded:: 0.1.0
    """
    for claim in doc.claims:
        assertion = claim.assertion
        if not isinstance(assertion, Weekday) or claim.modality is Modality.DENIED:
            continue
        weekdays = weekdays_in(assertion.when)
        if weekdays is None or WEEKDAYS.index(assertion.weekday) in weekdays:
            continue
        actual = " or ".join(WEEKDAYS[d] for d in sorted(weekdays))
        yield emit(
            weekday_date_mismatch,
            message=f"{describe_span(assertion.when)} falls on a {actual}, not on a {assertion.weekday}",
            claims=[claim],
            spans=[claim.evidence],
            fix=actual if len(weekdays) == 1 else None,
        )


@check(
    "TIM003", "report-out-of-order", category="temporal_order", severity=Severity.WARNING, key=order_key
)
def report_out_of_order(group: Group, kb: KnowledgeBase) -> Iterator[Finding]:
    """Flag a past-tense report of something after publication, and a citation of a later report.

    A claim put forward as fact (not as expected) that dates an event entirely after its
    own document's publication reports the future as past; so does a past-tense report,
    without a date, of a person's confirmation, swearing-in, resignation or death that the facts date
    after the publication (`claimcheck.checks._ordering.recorded_later`), or that credits an outlet's
    report the facts date after it (`claimcheck.checks._reports_recorded`); a document that cites a report
    published after itself cites something that did not yet exist, whether its ``cites``
    say so or a statement credits an outlet whose later article, checked with it, tells the
    same story. Publication times are compared as instants, across time zones.

    Why it matters:
        Such slips point to a wrong date, a wrong year, or a copied story whose dateline was
        changed.

    Example:
        A story published on 3 December 2024 says a meeting "took place" on 10 December.

    References:
        The document's publication time and the dates it gives.

    .. versionadded:: 0.1.0
    """
    if group.key != ("document", group.members[0].document.id):
        for claim, cited in later_citations(group):
            yield emit(
                report_out_of_order,
                message=(
                    f"credits {cited.source.outlet.name if cited.source.outlet else cited.id} with a "
                    f"report ({cited.id}) published {describe_span(cited.source.published)}, after "
                    f"this document ({describe_span(claim.source.published)})"
                ),
                claims=[claim],
                spans=[claim.evidence],
                documents=[cited.id],
            )
        return
    doc = group.members[0].document
    published = doc.source.published
    for claim, assertion in asserted(doc, EventDate):
        record = recorded_later(doc.event(assertion.event), assertion.when, published, kb)
        known = _known_date(record)
        if record is not None and known is not None:
            yield emit(
                report_out_of_order,
                message=(
                    f"{doc.event(assertion.event).name or assertion.event} is reported as past, but the "
                    f"facts date it {describe_span(known[1])}, after the document's publication "
                    f"({describe_span(published)})"
                ),
                claims=[claim],
                spans=[claim.evidence],
                evidence=evidence_of((record,)),
            )
        elif assertion.when.is_after(published) and not (
            claim.evidence is not None and dates_a_later_act(claim.evidence.text)
        ):
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
    for claim, outlet, later in reports_recorded_later(doc, kb):
        yield emit(
            report_out_of_order,
            message=(
                f"credits a report of {outlet}, but the facts date it {describe_span(later.when)}, "
                f"after the document's publication ({describe_span(published)})"
            ),
            claims=[claim],
            spans=[claim.evidence],
            evidence=evidence_of((later,)),
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
