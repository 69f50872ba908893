"""An outlet's report that a text credits without dating it, set against the facts' record of
that report: "Bloomberg reported that ..." in a story published before the facts date the
report tells of something that did not yet exist (`TIM003`)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from claimcheck.checks._ordering import RECORDED_ACT_WINDOW
from claimcheck.checks._stories import story_words
from claimcheck.checks._support import asserted
from claimcheck.kb import EventRecord, KnowledgeBase
from claimcheck.model import ActorKind, Anonymity, Claim, Document, EventDate, Span, Statement
from claimcheck.timespan import TimeSpan

__all__: list[str] = []

PAST_REPORT_CUES = frozenset({"reported", "revealed", "wrote", "published", "disclosed"})
"""The past-tense cues of an outlet's own publication: the ones a text dates ("reported on
3 May")."""
REPORT_CUES = PAST_REPORT_CUES | {"reports", "writes"}
"""The cues of an outlet's own publication."""
DATED_REPORT = "publication"
"""The kind of event extraction gives an outlet's report that the text dates itself."""
_SHARED_WORDS = 3
"""How many content words a statement and a recorded report's name must share to be one story."""


def reports_recorded_later(doc: Document, kb: KnowledgeBase) -> Iterator[tuple[Claim, str, EventRecord]]:
    """The statements of *doc* credited to an outlet's report that the facts date after the
    publication (`report_recorded_later`), each with the outlet's name and the record;
    a statement whose report the text dates itself ("X reported on 3 May") is left to the
    dating of that report."""
    dated = [c.evidence for c, a in asserted(doc, EventDate) if doc.event(a.event).kind == DATED_REPORT]
    for claim, _ in asserted(doc, Statement):
        later = report_recorded_later(claim, kb)
        if later is None or claim.attribution is None:
            continue
        if not any(_overlap(claim.evidence, span) for span in dated):
            yield claim, claim.attribution.speaker_name, later


def _overlap(one: Span | None, other: Span | None) -> bool:
    return (
        one is not None
        and other is not None
        and one.document == other.document
        and one.offset < other.offset + len(other.text)
        and other.offset < one.offset + len(one.text)
    )


def report_recorded_later(claim: Claim, kb: KnowledgeBase) -> EventRecord | None:
    """The recorded report that *claim*, a statement its text credits to an outlet's report,
    tells, where the facts date that report after the claim's publication.

    The statement must be credited directly to an outlet ("X reported that ..."), and the
    record must be a report of that outlet within `RECORDED_ACT_WINDOW` after publication
    whose name shares at least three content words with the statement (the same story). A
    record of that outlet telling the story on or before publication leaves the claim alone:
    the text may speak of that one.

    >>> from claimcheck.model import Actor, Attribution, Source
    >>> bloomberg = Actor("Bloomberg", ActorKind.OUTLET)
    >>> said = Attribution(speaker_name="Bloomberg", anonymity=Anonymity.NAMED_ORGANIZATION,
    ...                    speaker=bloomberg, cue="reported")
    >>> content = "the Biden administration had dropped a public push for a NATO invitation to Ukraine"
    >>> claim = Claim(id="c", source=Source(document_id="d", published=TimeSpan.day(2024, 11, 21)),
    ...               assertion=Statement(content=content), attribution=said)
    >>> report_recorded_later(claim, KnowledgeBase.default()).when.isoformat()
    '2024-11-23'
    """
    assertion, attribution = claim.assertion, claim.attribution
    if (
        not isinstance(assertion, Statement)
        or attribution is None
        or attribution.via
        or attribution.anonymity is not Anonymity.NAMED_ORGANIZATION
        or attribution.speaker is None
        or attribution.speaker.kind is not ActorKind.OUTLET
        or (attribution.cue or "").lower() not in REPORT_CUES
    ):
        return None
    first, last = claim.source.published.first_day(), claim.source.published.last_day()
    if first is None or last is None:
        return None
    words = story_words(assertion.content)
    around = TimeSpan(first - RECORDED_ACT_WINDOW, last + RECORDED_ACT_WINDOW + timedelta(days=1))
    told = [
        record
        for record in kb.find_events(kind="report", participant=attribution.speaker.name, during=around)
        if len(words & story_words(record.name)) >= _SHARED_WORDS
    ]
    if not told or not all(record.when.is_after(claim.source.published) for record in told):
        return None
    return told[0]
