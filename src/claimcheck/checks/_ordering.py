"""The order of publication across documents: what `TIM003` groups, and the citations of
later documents that the claims of documents checked together make."""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Iterator
from datetime import timedelta

from claimcheck.checks._citations import links
from claimcheck.checks._registry import Group
from claimcheck.checks._stories import credited_outlets, outlet_key, outlet_keys
from claimcheck.kb import EventRecord, KnowledgeBase, Tenure
from claimcheck.model import ActorKind, Claim, Document, Event, EventDate, Statement
from claimcheck.timespan import Granularity, TimeSpan

__all__ = ["GATHERED_ACTS", "GATHERING_WINDOW", "OFFICE_VOTES", "PERSONAL_ACTS", "PLACED_ACTS", "RECORDED_ACT_WINDOW", "dates_a_later_act", "later_citations", "order_key", "recorded_later"]

PERSONAL_ACTS = frozenset({"confirmation", "inauguration", "resignation", "death"})
"""The kinds of event by which one person takes or leaves an office (a confirmation by a
legislature, a swearing-in, a resignation) or life, which the facts date once per person and office, so that a report of one
without a date can still be set against the facts (`recorded_later`)."""
GATHERED_ACTS = frozenset({"summit"})
"""Gatherings known by their place: reported as past without a date, the first one the facts
record at that place is the one meant (`recorded_later`)."""
#: How far after publication the first recorded gathering at a place may lie and still be
#: the one a report without a date means.
GATHERING_WINDOW = timedelta(days=366)
PLACED_ACTS = frozenset({"declaration"})
"""Acts known by their place and day rather than by a person: a summit's declaration."""
OFFICE_VOTES = frozenset({"election"})
"""The kinds of event by which a legislature or a people chooses one person for an office: a
day the facts know as the start of that person's tenure, where the office starts with the
vote (a chancellor elected by the Bundestag), is that vote, dated to the day."""
RECORDED_ACT_WINDOW = timedelta(days=62)
"""How far from a document's publication a recorded act of a person may lie and still be
the one the document speaks of: a confirmation years later is another office's."""


def order_key(claim: Claim, document: Document, kb: KnowledgeBase) -> Iterable[Hashable]:
    """The groups of `TIM003`: the document, for its dates, its own citations and the
    reports of outlets its statements credit; and for a statement, the outlets it is
    credited to and its document's outlet, where a citation of another document of the set
    can be found."""
    keys: list[Hashable] = []
    statement = isinstance(claim.assertion, Statement)
    names = credited_outlets(claim.attribution) if statement else []
    if isinstance(claim.assertion, EventDate) or document.source.cites or names:
        keys.append(("document", document.id))
    if statement:
        outlet = document.source.outlet
        keys.extend(("outlet", key) for key in sorted(outlet_keys(names)))
        if outlet is not None:
            keys.append(("outlet", outlet_key(outlet.name)))
    return keys


def later_citations(group: Group) -> Iterator[tuple[Claim, Document]]:
    """The claims of an outlet's group that cite a document of that outlet published after
    their own document, each with the document it cites."""
    for link in links(group.members):
        if link.cited.source.published.is_after(link.claim.source.published):
            yield link.claim, link.cited


_LATER_ACT = re.compile(
    r"\b(?:due|set|expected|scheduled|slated|planned|poised|meant|intended|supposed|likely|going)"
    r"\s+(?:to|for)\b|\bto\s+be\s+[a-z]+|\b(?:in\s+order|so\s+as)\s+to\b"
)
"""A passive to-infinitive, "due to", "set to", "expected to", "scheduled for" clause: a date
inside it dates the act still to come ("to be delivered by the end of the year"), not the
main verb. A plain infinitive is left alone: in "elected to succeed him on 25 November" the
date is the election's."""


def dates_a_later_act(evidence: str) -> bool:
    """Whether the words of an event's dating put its date inside a clause of a later act
    (an infinitive or "due to"), which leaves the main verb, even in the past tense, undated.

    >>> dates_a_later_act("signed a contract for six ferries to be built by 2027")
    True
    >>> dates_a_later_act("signed a contract for six ferries on 3 May, according to officials in Oslo")
    False
    """
    return _LATER_ACT.search(evidence) is not None


def recorded_later(
    event: Event, when: TimeSpan, published: TimeSpan, kb: KnowledgeBase
) -> EventRecord | Tenure | None:
    """The recorded act that *event*, one person's confirmation, swearing-in or resignation reported as
    past, is, where the facts date it after *published*; for one person's election to an
    office (`OFFICE_VOTES`) dated to a past day, the tenure of that person that the facts
    start on the same day and month within the year after publication; for a text issued at
    a place (`PLACED_ACTS`: "adopted the Hague declaration on 25 June"), the record of its
    kind at that place on the same day and month within the year after publication, unless
    the facts also record one there on the day read.

    For a gathering (`GATHERED_ACTS`: "agreed at Vilnius") reported without a date, it is the
    first record of its kind at its place, where that lies after publication, within
    `GATHERING_WINDOW`.

    Reported without a date (*when* open to the past), it is the first record of its kind
    and person within `RECORDED_ACT_WINDOW` after publication, unless one lies before it
    too (the text may speak of that one). Dated to a past day, it is the record of the same
    day and month within the year after publication: a day written without its year ("on
    April 1") and read into the past by the verb's tense, where the act came later; dated to
    a past month ("died in May"), the record of the same month within that year.

    >>> from claimcheck.model import Actor
    >>> oath = Event(id="o", kind="confirmation", participants=(Actor("Pete Hegseth"),))
    >>> found = recorded_later(oath, TimeSpan.from_iso("../2025-01-21"), TimeSpan.day(2025, 1, 21),
    ...                        KnowledgeBase.default())
    >>> found.when.isoformat()
    '2025-01-24'

    .. versionadded:: 0.1.0
    """
    if event.kind in PLACED_ACTS:
        return _issued_later(event, when, published, kb)
    if event.kind in GATHERED_ACTS:
        return _gathered_later(event, when, published, kb)
    people = [a for a in event.participants if a.kind is ActorKind.PERSON]
    first, last = published.first_day(), published.last_day()
    if event.kind not in PERSONAL_ACTS | OFFICE_VOTES or len(people) != 1 or first is None or last is None:
        return None
    if event.kind in OFFICE_VOTES or (event.kind == "inauguration" and when.granularity is Granularity.MONTH):
        return _tenure_started_later(people[0].name, when, published, kb)
    if when.start is None:
        around = TimeSpan(first - RECORDED_ACT_WINDOW, last + RECORDED_ACT_WINDOW + timedelta(days=1))
        records = kb.find_events(kind=event.kind, participant=people[0].name, during=around)
        return records[0] if records and records[0].when.is_after(published) else None
    day = when.first_day()
    if not _one_day_or_month(when) or day is None or not when.is_before(published):
        return None
    year_after = TimeSpan(last + timedelta(days=1), last + timedelta(days=367))
    for record in kb.find_events(kind=event.kind, participant=people[0].name, during=year_after):
        recorded = record.when.first_day()
        if (
            recorded is not None
            and recorded.month == day.month
            and (when.granularity is Granularity.MONTH or recorded.day == day.day)
        ):
            return record if record.when.is_after(published) else None
    return None


def _one_day_or_month(when: TimeSpan) -> bool:
    """Whether *when* is one day or one calendar month."""
    first, last = when.first_day(), when.last_day()
    if first is None or last is None:
        return False
    if when.granularity is Granularity.DAY:
        return first == last
    return when.granularity is Granularity.MONTH and (first.year, first.month) == (last.year, last.month)


def _tenure_started_later(person: str, when: TimeSpan, published: TimeSpan, kb: KnowledgeBase) -> Tenure | None:
    """The tenure of *person* that the facts start, to the day and not as acting holder, on
    the day and month of *when* (a past day, read without its year) within the year after
    *published*; for a past month (a move into an office "in July"), in that month within
    the year after, unless the facts start a tenure of the person in the month read too."""
    day, last = when.first_day(), published.last_day()
    month = when.granularity is Granularity.MONTH
    if (when.granularity is not Granularity.DAY and not month) or day is None or last is None or not when.is_before(published):
        return None
    holder = kb.identify(person).actor
    if holder is None:
        return None
    own = [
        t
        for t in kb.tenures
        if not t.acting
        and t.start is not None
        and t.start.granularity is Granularity.DAY
        and kb.identify(t.holder.name).actor == holder
    ]
    if month and any(t.start is not None and when.contains(t.start) for t in own):
        return None
    for tenure in own:
        start = tenure.start.first_day() if tenure.start is not None else None
        if (
            start is not None
            and last < start <= last + timedelta(days=366)
            and start.month == day.month
            and (month or start.day == day.day)
        ):
            return tenure
    return None


def _gathered_later(event: Event, when: TimeSpan, published: TimeSpan, kb: KnowledgeBase) -> EventRecord | None:
    """The first gathering of *event*'s kind that the facts record at its place, where *when*
    is open to the past and that gathering lies within `GATHERING_WINDOW` after *published*,
    with none recorded there before."""
    last = published.last_day()
    if event.place is None or when.start is not None or last is None:
        return None
    records = kb.find_events(kind=event.kind, place=event.place.name)
    if not records or not records[0].when.is_after(published):
        return None
    first = records[0].when.first_day()
    return records[0] if first is not None and first - last <= GATHERING_WINDOW else None


def _issued_later(event: Event, when: TimeSpan, published: TimeSpan, kb: KnowledgeBase) -> EventRecord | None:
    """The record of *event*'s kind at its place that the facts date on the day and month of
    *when* (a past day, read without its year) within the year after *published*, where they
    record none there on *when* itself."""
    day, last = when.first_day(), published.last_day()
    if (
        event.place is None
        or when.granularity is not Granularity.DAY
        or day is None
        or last is None
        or not when.is_before(published)
        or kb.find_events(kind=event.kind, place=event.place.name, during=when)
    ):
        return None
    year_after = TimeSpan(last + timedelta(days=1), last + timedelta(days=367))
    for record in kb.find_events(kind=event.kind, place=event.place.name, during=year_after):
        recorded = record.when.first_day()
        if recorded is not None and (recorded.month, recorded.day) == (day.month, day.day):
            return record
    return None
