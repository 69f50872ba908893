"""Positions taken by joining ("Finland joined as the 31st"), measured on the accession the
knowledge base records."""

from __future__ import annotations

from datetime import date, timedelta

import attrs

from claimcheck._extract_tokens import folded
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Ordinal
from claimcheck.timespan import TimeSpan

__all__: list[str] = []


class Accessions:
    """The accession days the knowledge base records, by the subject a text names."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._days: dict[str, date | None] = {}

    def measured(self, ordinal: Ordinal) -> Ordinal:
        """An ordinal its subject took by joining, as the next position on the eve of the
        recorded accession ("Finland joined as the 31st": the series numbered 30 the day
        before); unchanged where no one accession of the subject is recorded."""
        if ordinal.subject not in self._days:
            self._days[ordinal.subject] = self._day(ordinal.subject)
        day = self._days[ordinal.subject]
        if day is None:
            return ordinal
        eve = day - timedelta(days=1)
        return attrs.evolve(
            ordinal, prospective=True, when=TimeSpan.day(eve.year, eve.month, eve.day)
        )

    def _day(self, subject: str) -> date | None:
        actor = self.kb.identify(subject).actor
        names = {folded(n) for n in (actor.names if actor is not None else (subject,))}
        days = {
            record.when.first_day()
            for record in self.kb.events
            if record.kind.casefold() == "accession"
            and any(folded(p.name) in names for p in record.participants)
        }
        return days.pop() if len(days) == 1 else None
