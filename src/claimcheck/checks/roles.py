"""Checks about who held which office, and when (family ``ROL``)."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator
from datetime import date, timedelta

import attrs

from claimcheck.checks._registry import Group, check
from claimcheck.checks._support import (
    REPORTED_AS_FACT,
    asserted,
    describe_span,
    emit,
    ended_tenures,
    evidence_of,
    folded,
    name_span,
    reference_time,
    resolve_holder,
    title_office,
)
from claimcheck.kb import HolderAnswer, Interval, KnowledgeBase, Office, Truth
from claimcheck.model import Actor, Claim, Document, Finding, RoleHeld, Severity, Statement, TitleTime
from claimcheck.timespan import TimeSpan

__all__ = ["concurrent_office_holders", "holder_outside_tenure"]


def _office(role: RoleHeld) -> Office:
    return title_office(role.role, role.organization)


def _title_times(claim: Claim, role: RoleHeld) -> tuple[TimeSpan, ...]:
    """The times a title may be asserted for, any one of which makes it right.

    News gives a person the title of the time of writing even for past acts ("President X
    signed the bill in 2019" written after X took office), and the title of the time of the
    act as well: a plain title dated by its clause is read at that date or at publication.
    A "then-" title, or one the text dates itself, is read at its own date only.
    """
    when = reference_time(claim, role.when)
    if role.title_time is TitleTime.PRESENT and role.when is not None and role.when != claim.source.published:
        return (when, claim.source.published)
    return (when,)


def _title(role: RoleHeld) -> str:
    return f"{role.role} of {role.organization}" if role.organization else role.role


@check("ROL001", "holder-outside-tenure", category="role_tenure", severity=Severity.ERROR)
def holder_outside_tenure(doc: Document, kb: KnowledgeBase) -> Iterator[Finding]:
    """Flag a title given to someone outside their tenure at the time the title refers to.

    A plain title ("NATO Secretary General Jens Stoltenberg") refers to the claim's own
    time: the date its clause states, else the publication; as news also names people by
    their titles at the time of writing for their past acts, a plain title dated by its
    clause is flagged only when it is wrong at both times. "former" says the
    person no longer held the office then; "then-" and a title's own date move the time.

    Why it matters:
        A stale title is the commonest slip in fast-moving news, and it misleads readers about
        who speaks for an institution.

    Example:
        A report of 19 October 2024 that calls Jens Stoltenberg NATO Secretary General: his
        term ended on 1 October 2024, when Mark Rutte took over.

    References:
        The knowledge-base tenures of the person and of the holder at that time, with their
        sources.

    .. versionadded:: 0.1.0
    """
    for claim, role in asserted(doc, RoleHeld):
        when = reference_time(claim, role.when)
        actor, _ = resolve_holder(kb, role, when)
        if role.title_time in (TitleTime.PRESENT, TitleTime.THEN) and any(
            kb.holder_at(_office(role), time).assess(actor).truth is not Truth.FALSE
            for time in _title_times(claim, role)[1:]
        ):
            continue  # right at another time the title may be asserted for
        answer = kb.holder_at(_office(role), when)
        if not answer.known:
            continue
        verdict = answer.assess(actor)
        mention = role.actor.name
        span = name_span(claim, mention) or claim.evidence
        if role.title_time in (TitleTime.PRESENT, TitleTime.THEN) and verdict.truth is Truth.FALSE:
            holders = ", ".join(a.name for a in answer.holders) or "someone else"
            yield emit(
                holder_outside_tenure,
                message=(
                    f"{mention} is called {_title(role)} at {describe_span(when)}, but {holders} "
                    f"held that office then"
                ),
                claims=[claim],
                spans=[span],
                evidence=evidence_of(verdict.records),
                fix=_fix(kb, role, actor, when, answer.office),
            )
        elif role.title_time is TitleTime.FORMER and verdict.truth is Truth.TRUE:
            yield emit(
                holder_outside_tenure,
                message=f"{mention} is called former {_title(role)}, but still held it at {describe_span(when)}",
                claims=[claim],
                spans=[span],
                evidence=evidence_of(verdict.records),
                fix=f"{_title(role)} {mention}",
            )


def _fix(kb: KnowledgeBase, role: RoleHeld, actor: Actor, when: TimeSpan, office: Office) -> str:
    """"former <title> <name>" if the person's tenure of the office ended by *when*."""
    if ended_tenures(kb, actor, office, when):
        return f"former {_title(role)} {role.actor.name}"
    return f"{role.actor.name}, who did not hold the office of {_title(role)} then"


# -- one holder at a time -----------------------------------------------------------------

_SINGLE_TITLES = frozenset(
    folded(title)
    for title in {
        "president",
        "prime minister",
        "chancellor",
        "secretary general",
        "secretary-general",
        "king",
        "queen",
        "pope",
        "chair",
        "chairman",
        "chairwoman",
        "chief executive",
        "ceo",
        "speaker",
        "governor",
        "mayor",
        "head",
        "leader",
        "director",
        "director general",
        "commander-in-chief",
        "foreign minister",
        "defence minister",
        "defense minister",
        "minister of foreign affairs",
        "minister of defence",
        "secretary of state",
        "secretary of defense",
        "ambassador",
    }
)
"""Titles held by one person at a time (folded), for offices the knowledge base does not know."""


def _office_key(claim: Claim, document: Document, kb: KnowledgeBase) -> Iterable[Hashable]:
    role = claim.assertion
    if not isinstance(role, RoleHeld) or claim.modality not in REPORTED_AS_FACT:
        return ()
    if role.title_time not in (TitleTime.PRESENT, TitleTime.THEN):
        return ()
    answer = kb.holder_at(_office(role), reference_time(claim, role.when))
    if answer.known:
        if not answer.single_holder:
            return ()
        office = answer.office
        return [("office", folded(office.role), folded(office.organization or ""))]
    title = role.role.split(" to ", 1)[0]  # "Ambassador to United Kingdom": one envoy at a time
    if folded(title) not in _SINGLE_TITLES or not role.organization:
        return ()
    return [("office", folded(role.role), folded(role.organization))]


@attrs.frozen
class _Holding:
    claim: Claim
    document: Document
    holder: Actor
    days: Interval
    readings: tuple[Interval, ...]


NEAR = timedelta(days=7)
"""How far apart two titles may be and still clash where the facts record one holder of the
office on every day between them, so that no handover can separate the two."""


@check(
    "ROL002",
    "concurrent-office-holders",
    category="role_exclusivity",
    severity=Severity.WARNING,
    key=_office_key,
)
def concurrent_office_holders(group: Group, kb: KnowledgeBase) -> Iterator[Finding]:
    """Flag two people given one single-holder office at the same time.

    Titles are grouped by office across all documents; two different people (after names
    are resolved, so "Zelenskyy" and "Zelensky" are one) whose titles refer to overlapping
    times cannot both be right. A plain title dated by its clause may be asserted for that
    date or for the publication, as for ``ROL001``: two titles conflict only where every
    reading of both overlaps. One finding is made for each pair of documents and pair of
    people; across two documents only where the facts name no holder for that time, since
    otherwise ``ROL001`` flags the wrong title itself and pairing it with every correct
    report would only repeat it, unless one document relays the other (cites it or
    credits its outlet) and gives the office to someone the facts refute where its source
    named the recorded holder: a relay that contradicts its own source. Where the facts
    confirm one of the two holders and refute the other, across documents or within one,
    the finding is reported at severity info: the claims disagree, the facts side with one
    of them, and the error itself is the ``ROL001`` on the refuted title. Where the facts
    cannot settle which holder is right, the finding stays a warning. Across documents,
    titles a few days apart (`NEAR`) also clash where the facts record one holder on every
    day between them, so that no handover can separate the two. In one document, so do a
    plain title of the time of writing and another person's title of a few days before (the
    start of their term), both in the document's own voice: each item is read at the time
    it is about, and both speak of the time of writing. A title with a date of its own (an
    item about last week) or inside words credited to a source is left to ``ROL001``.

    Why it matters:
        It catches a stale title even where the knowledge base does not know the office, and
        it shows a reader the two claims side by side.

    Example:
        One report calls both Mark Rutte and Jens Stoltenberg the alliance's Secretary General
        in October 2024.

    References:
        The claims themselves; the knowledge-base tenures of the office where it is known.

    .. versionadded:: 0.1.0
    """
    holdings = []
    for member in group.members:
        role = member.claim.assertion
        assert isinstance(role, RoleHeld)
        holder, _ = resolve_holder(kb, role, reference_time(member.claim, role.when))
        readings = tuple(Interval.of(t) for t in _title_times(member.claim, role))
        holdings.append(_Holding(member.claim, member.document, holder, _hull(readings), readings))
    pairs: dict[tuple[str, str, str, str], list[_Holding]] = {}
    office = _office(_role_of(group.members[0].claim))
    for first, second in _overlapping(holdings):
        near = first.document.id != second.document.id or _said_now(first, second) or _said_now(second, first)
        both = [(x, y) for x in first.readings for y in second.readings]
        if not all(_clash(kb, office, x, y, near=near) for x, y in both):
            continue  # some reading of the two titles lets both be right
        a, b = sorted((first, second), key=lambda h: (h.claim.source.document_id, h.holder.name))
        key = (a.claim.source.document_id, b.claim.source.document_id, a.holder.name, b.holder.name)
        pairs.setdefault(key, []).extend((a, b))
    for (doc_a, doc_b, name_a, name_b), found in sorted(pairs.items()):
        claims = sorted({id(h.claim): h.claim for h in found}.values(), key=lambda c: c.ref)
        role = claims[0].assertion
        assert isinstance(role, RoleHeld)
        answer = kb.holder_at(_office(role), reference_time(claims[0], role.when))
        if doc_a != doc_b and answer.holders and not _distorted(found, answer.holders):
            continue  # the facts name the holder: ROL001 flags the wrong title itself
        where = f"in {doc_a}" if doc_a == doc_b else f"in {doc_a} and {doc_b}"
        settled = _settled(answer, found)
        yield emit(
            concurrent_office_holders,
            severity=Severity.INFO if settled else None,
            message=f"{name_a} and {name_b} are both given the single-holder office {_title(role)} at the same time {where}",
            claims=claims,
            spans=[
                name_span(c, c.assertion.actor.name) or c.evidence
                for c in claims
                if isinstance(c.assertion, RoleHeld)
            ],
            evidence=evidence_of(answer.records),
            fix=f"the holder then: {', '.join(a.name for a in answer.holders)}" if answer.holders else None,
        )


def _settled(answer: HolderAnswer, found: list[_Holding]) -> bool:
    """Whether the facts confirm one of the two holders in *found* and refute the other:
    the claims then disagree, and ``ROL001`` already flags the refuted title."""
    truths = {answer.assess(h.holder).truth for h in {h.holder.name: h for h in found}.values()}
    return truths == {Truth.TRUE, Truth.FALSE}


def _role_of(claim: Claim) -> RoleHeld:
    role = claim.assertion
    assert isinstance(role, RoleHeld)
    return role


def _clash(kb: KnowledgeBase, office: Office, a: Interval, b: Interval, *, near: bool) -> bool:
    """Whether titles of two people read at *a* and *b* cannot both be right: the times
    share a day, or, for two documents (*near*), one holder is recorded on every day from
    the first to the last (no handover between them); the sweep pairs only titles whose
    readings lie within `NEAR`; in one document, *near* holds only where `_said_now` does."""
    if a.meets(b):
        return True
    if not near or None in (a.low, a.high, b.low, b.high):
        return False
    assert a.low is not None and a.high is not None and b.low is not None and b.high is not None
    low, high = min(a.low, b.low), max(a.high, b.high)
    span = TimeSpan(low, high)
    return bool(kb.holder_at(office, span).holders)


def _said_now(title: _Holding, other: _Holding) -> bool:
    """Whether, in one document, *title* is a plain title of the time of writing (no date of
    its own), which *other* (another person's title of an earlier day, such as the start of
    their term) must reach across, both in the document's own voice: the document then gives
    the office to two people at the time it writes about."""
    role = title.claim.assertion
    assert isinstance(role, RoleHeld)
    return (
        role.title_time is TitleTime.PRESENT
        and role.when is None
        and not _credited(title.claim, title.document)
        and not _credited(other.claim, other.document)
    )


def _credited(claim: Claim, document: Document) -> bool:
    """Whether *claim*'s words stand inside what its document credits to a source (the
    content of a statement with a speaker: "X will brief ministers, officials said"), not
    in the document's own voice."""
    evidence = claim.evidence
    if evidence is None:
        return False
    for statement in document.claims:
        told, said = statement.evidence, statement.assertion
        if statement.attribution is None or told is None or not isinstance(said, Statement):
            continue
        at = told.text.find(said.content)
        low = told.offset + at
        if at >= 0 and low <= evidence.offset and evidence.offset + len(evidence.text) <= low + len(said.content):
            return True
    return False


def _distorted(found: list[_Holding], holders: tuple[Actor, ...]) -> bool:
    """Whether a document of *found* relays another (credits a statement to the other's
    outlet, which published first) and gives the office to someone the facts refute, where
    its source gave it to the recorded holder: the relay contradicts its own source, which
    is worth showing beside the stale title."""
    return any(
        relay.document.id != source.document.id
        and relay.holder not in holders
        and source.holder in holders
        and _relays(relay.document, source.document)
        for relay in found
        for source in found
    )


def _relays(document: Document, source: Document) -> bool:
    """Whether *document* cites *source* (its citations, or a claim credited to the outlet
    of *source*, directly or through other outlets) and *source* was not published after it."""
    outlet = source.source.outlet
    if source.source.published.is_after(document.source.published):
        return False
    if any(c.document_id == source.id for c in document.source.cites):
        return True
    if outlet is None:
        return False
    name = _outlet_key(outlet.name)
    for claim in document.claims:
        credit = claim.attribution
        if credit is None:
            continue
        names = [credit.speaker_name, *(a.name for a in credit.via)]
        if credit.speaker is not None:
            names.append(credit.speaker.name)
        if any(_outlet_key(n) == name for n in names):
            return True
    return False


def _outlet_key(name: str) -> str:
    """An outlet's name folded without a leading "the": "The Kestrel Report" is credited
    as "the Kestrel Report" and as "Kestrel Report"."""
    key = folded(name)
    return key[4:] if key.startswith("the ") else key


def _hull(readings: tuple[Interval, ...]) -> Interval:
    """The smallest interval of days holding every reading."""
    lows = [r.low for r in readings]
    highs = [r.high for r in readings]
    return Interval(
        None if None in lows else min(d for d in lows if d is not None),
        None if None in highs else max(d for d in highs if d is not None),
    )


def _overlapping(holdings: list[_Holding]) -> Iterator[tuple[_Holding, _Holding]]:
    """Every pair of different holders whose days overlap or come within `NEAR`, by a sweep
    over start days.

    Titles of one holder never pair with each other, so the work grows with the number of
    conflicting pairs, not with the square of the group.
    """
    ordered = sorted(holdings, key=lambda h: (h.days.low or date.min, h.claim.ref))
    active: dict[str, list[_Holding]] = {}
    pruned_at: list[date | None] = []  # the start day the active titles were last pruned at
    for holding in ordered:
        low = holding.days.low
        if pruned_at != [low]:  # titles of the same start day need no second pruning
            pruned_at[:] = [low]
            for name in list(active):
                alive = [
                    a
                    for a in active[name]
                    if a.days.high is None or low is None or a.days.high + NEAR > low
                ]
                if alive:
                    active[name] = alive
                else:
                    del active[name]
        for name, others in active.items():
            if name != holding.holder.name:
                for other in others:
                    yield other, holding
        active.setdefault(holding.holder.name, []).append(holding)
