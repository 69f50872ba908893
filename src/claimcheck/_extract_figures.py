"""The figures of a sentence as claims: amounts, shares, counts and ordinals, each tied to
the time and the body the sentence gives them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

import attrs

from claimcheck._extract_actors import Mention
from claimcheck._extract_lexicon import COUNTRIES
from claimcheck._extract_numbers import (
    NumberMention,
    body_joined,
    numbers,
    own_day,
    present_between,
    said_now,
    series_name,
)
from claimcheck._extract_things import things_counted
from claimcheck._extract_tallies import TallyReader
from claimcheck._extract_text import Sentence
from claimcheck._extract_tokens import Token
from claimcheck.checks._support import OFFICE_SERIES, TAKING_OFFICE_WINDOW, joining
from claimcheck.dates import DateMention
from claimcheck.kb import KnowledgeBase, Truth
from claimcheck.model import ActorKind, Count, Ordinal, Quantity
from claimcheck.timespan import Granularity, TimeSpan

__all__: list[str] = []


class FigureReader:
    """Reads the figures of the sentences of one document.

    Args:
        kb: Dates accessions, for ordinals taken by joining a body.
        published: When the document was published: only the days before it date a sum.
    """

    def __init__(self, kb: KnowledgeBase, published: TimeSpan) -> None:
        self.kb = kb
        self.published = published
        self.tallies = TallyReader()

    def read(
        self,
        sentence: Sentence,
        tokens: list[Token],
        mentions: list[Mention],
        *,
        dated: TimeSpan | None,
        dates: Sequence[DateMention],
        body: str | None,
        alliance: str | None = None,
    ) -> list[NumberMention]:
        """The amounts, counts and ordinals of *sentence*, with their offsets in it; a sum of
        money takes as its time the past day written after it in its clause (`own_day`), else
        the one past day the sentence gives (*dated*), so figures of one day's announcement are
        compared with each other and not with other days' figures, and a count or ordinal takes
        the one past time the sentence gives ("in 2021, all 30 allies"); *body* is the body the
        sentence refers to without naming it ("the alliance's 32 members"); *alliance* the one
        whose members bare "allies" are (`numbers`)."""
        days = [
            (d.offset - sentence.offset, d.value)
            for d in dates
            if isinstance(d.value, TimeSpan)
            and not d.value.is_datetime
            and d.value.is_before(self.published)
        ]
        countries = [
            (tokens[m.first].start - sentence.offset, m.actor.name)
            for m in mentions
            if m.actor.name in COUNTRIES and not m.possessive
        ]
        people = [
            (tokens[m.first].start - sentence.offset, m.actor.name)
            for m in mentions
            if m.kind is ActorKind.PERSON
        ]
        found_numbers = numbers(
            sentence.text, organization=body, subjects=countries, alliance=alliance, holders=people
        )
        found_numbers += self.tallies.read(sentence.text, people)
        written = [(d.offset - sentence.offset, d.offset - sentence.offset + len(d.text)) for d in dates]
        found_numbers += things_counted(sentence.text, found_numbers, dated=written)
        figures = []
        for found in found_numbers:
            assertion = found.assertion
            if isinstance(assertion, Ordinal) and found.body_word is not None:
                assertion = body_joined(self.kb, assertion, found.body_word)
            if isinstance(assertion, Ordinal) and found.joined:
                assertion = _on_the_eve_of_joining(self.kb, assertion)
            if isinstance(assertion, Ordinal) and assertion.series in OFFICE_SERIES:
                assertion = _of_the_office_held(self.kb, assertion, self.published)
            if isinstance(assertion, Quantity) and assertion.measure == "value":
                day = own_day(sentence.text, found.stop, days) or (
                    dated if dated is not None and dated.granularity is Granularity.DAY else None
                )
                if day is not None:
                    assertion = attrs.evolve(assertion, when=day)
            elif isinstance(assertion, (Count, Ordinal)) and dated is not None and assertion.when is None:
                before = [at for at, _ in days if at < found.start]
                now = said_now(sentence.text, found.start, found.stop)
                if not now and not (before and present_between(sentence.text, max(before), found.start)):
                    assertion = attrs.evolve(assertion, when=dated)
            figures.append(attrs.evolve(found, assertion=assertion))
        return figures


def _of_the_office_held(kb: KnowledgeBase, ordinal: Ordinal, published: TimeSpan) -> Ordinal:
    """An ordinal of an office that names no body, in the series of the body whose office of
    that title its subject holds at *published* ("Trump, the 47th president": the United
    States presidents), or, for an ordinal still to be taken ("who will become the 47th
    president"), holds within `TAKING_OFFICE_WINDOW` after it; unchanged where the subject
    holds no one such office."""
    title = OFFICE_SERIES[ordinal.series]
    at = [published]
    last = published.last_day()
    if ordinal.prospective and last is not None:  # "who will become the 47th president"
        ahead = last + TAKING_OFFICE_WINDOW
        at.append(TimeSpan.day(ahead.year, ahead.month, ahead.day))
    bodies: set[str | None] = set()
    for when in at:
        bodies = {
            h.tenure.office.organization
            for h in kb.offices_of(ordinal.subject, when).holdings
            if h.truth is Truth.TRUE and h.tenure.office.role == title
        }
        if bodies:
            break
    if len(bodies) != 1:
        return ordinal
    return attrs.evolve(ordinal, series=series_name(bodies.pop(), ordinal.series))


def _on_the_eve_of_joining(kb: KnowledgeBase, ordinal: Ordinal) -> Ordinal:
    """An ordinal its subject took by joining, as the next position on the eve of the
    recorded accession ("Finland joined as the 31st": the series numbered 30 the day before);
    unchanged where the facts record no one such accession (`checks._support.joining`)."""
    event = joining(kb, ordinal)
    eve = None if event is None else event.when.first_day()
    if eve is None:
        return ordinal
    eve -= timedelta(days=1)
    return attrs.evolve(ordinal, prospective=True, when=TimeSpan.day(eve.year, eve.month, eve.day))
