"""`verify`: one claim against the knowledge base, labelled the FEVER way."""

from __future__ import annotations

import attrs
import pytest

from claimcheck.checks import Label, Verdict, verify
from claimcheck.kb import KnowledgeBase
from claimcheck.model import (
    Actor,
    Assertion,
    Claim,
    Count,
    Document,
    DurationSince,
    Event,
    EventDate,
    Modality,
    Ordinal,
    Quantity,
    RoleHeld,
    Source,
    Statement,
    TitleTime,
    Weekday,
)
from claimcheck.timespan import Duration, TimeSpan

KB = KnowledgeBase.default()
SOURCE = Source(document_id="verify", published=TimeSpan.day(2024, 11, 27))


def _claim(assertion: Assertion, *, modality: Modality = Modality.ASSERTED) -> Claim:
    return Claim(id="c", source=SOURCE, assertion=assertion, modality=modality)


def _role(name: str, role: str, organization: str, **options: object) -> Claim:
    return _claim(RoleHeld(actor=Actor(name), role=role, organization=organization, **options))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        (_role("Mark Rutte", "Secretary General", "NATO"), Label.SUPPORTED),
        (_role("Jens Stoltenberg", "Secretary General", "NATO"), Label.REFUTED),
        (_role("Jens Stoltenberg", "Secretary General", "NATO", title_time=TitleTime.FORMER), Label.SUPPORTED),
        (_role("Mark Rutte", "Secretary General", "NATO", title_time=TitleTime.FORMER), Label.REFUTED),
        (_role("Jens Stoltenberg", "Secretary General", "NATO", title_time=TitleTime.THEN, when=TimeSpan.year(2023)), Label.SUPPORTED),
        (_role("Gerry Connolly", "President", "NATO Parliamentary Assembly", when=TimeSpan.day(2024, 11, 21)), Label.SUPPORTED),
        (_role("Gerry Connolly", "President", "NATO Parliamentary Assembly"), Label.REFUTED),
        (_role("Gerry Connolly", "President", "NATO Parliamentary Assembly", when=TimeSpan.day(2024, 6, 10)), Label.NOT_ENOUGH_INFO),
        (_role("Julianne Smith", "Ambassador to NATO", "United States"), Label.NOT_ENOUGH_INFO),
        (_role("Ann Tiller", "Mayor", "Springfield"), Label.NOT_ENOUGH_INFO),
        (_role("Mark Rutte", "Secretary General", "NATO", title_time=TitleTime.FUTURE), Label.REFUTED),
    ],
)
def test_titles(claim: Claim, label: Label) -> None:
    """A title is supported, refuted or undetermined by the tenures of its office at its time."""
    assert verify(claim, KB).label is label


def test_refuted_title_cites_the_tenures() -> None:
    """A refutation carries the tenure records it rests on, with their sources."""
    verdict = verify(_role("Jens Stoltenberg", "Secretary General", "NATO"), KB)
    assert {e.record for e in verdict.evidence} >= {"tenure:nato:secretary-general:mark-rutte:2024-10-01"}
    assert all(e.source.startswith("http") for e in verdict.evidence)


@pytest.mark.parametrize(
    ("count", "label"),
    [
        (Count(subject="NATO members", value=32), Label.SUPPORTED),
        (Count(subject="NATO members", value=31, excluded=1), Label.SUPPORTED),
        (Count(subject="NATO members", value=30), Label.REFUTED),
        (Count(subject="NATO members", value=31, when=TimeSpan.month(2024, 3)), Label.NOT_ENOUGH_INFO),
        (Count(subject="Springfield council seats", value=11), Label.NOT_ENOUGH_INFO),
    ],
)
def test_counts(count: Count, label: Label) -> None:
    """A count is compared, with its excluded members, to the count recorded for its time."""
    assert verify(_claim(count), KB).label is label


@pytest.mark.parametrize(
    ("ordinal", "label"),
    [
        (Ordinal(subject="Ukraine", series="NATO members", position=33, prospective=True), Label.SUPPORTED),
        (Ordinal(subject="Ukraine", series="NATO members", position=32, prospective=True), Label.REFUTED),
        (Ordinal(subject="Sweden", series="NATO members", position=33), Label.REFUTED),
        (Ordinal(subject="Sweden", series="NATO members", position=32), Label.SUPPORTED),
        (Ordinal(subject="Finland", series="NATO allies", position=32), Label.REFUTED),
        (Ordinal(subject="Norway", series="NATO members", position=2), Label.NOT_ENOUGH_INFO),
        (Ordinal(subject="Sweden", series="NATO members", position=32, prospective=True, when=TimeSpan.from_iso("2023-10")), Label.SUPPORTED),
        (Ordinal(subject="Sweden", series="NATO members", position=33, prospective=True, when=TimeSpan.from_iso("2023-10")), Label.REFUTED),
        (Ordinal(subject="Springfield", series="twin towns", position=2), Label.NOT_ENOUGH_INFO),
    ],
)
def test_ordinals(ordinal: Ordinal, label: Label) -> None:
    """The next position must follow the count; an existing one cannot exceed it, and an
    existing one, or a next one said before the accession, equals the count on the day of an
    accession the facts record."""
    assert verify(_claim(ordinal), KB).label is label


@pytest.mark.parametrize(
    ("length", "since", "label"),
    [("P16Y", "2008", Label.SUPPORTED), ("P20Y", "2008", Label.REFUTED), ("P2Y", "2022-09-30", Label.SUPPORTED)],
)
def test_durations(length: str, since: str, label: Label) -> None:
    """A length of time since a start is checked by arithmetic against the claim's time."""
    duration = DurationSince(subject="it", since=TimeSpan.from_iso(since), length=Duration.from_iso(length))
    verdict = verify(_claim(duration), KB)
    assert verdict.label is label
    assert verdict.evidence


@pytest.mark.parametrize(
    ("when", "weekday", "label"),
    [("2024-12-02", "Monday", Label.SUPPORTED), ("2024-12-03", "Monday", Label.REFUTED), ("2024-12~", "Monday", Label.NOT_ENOUGH_INFO)],
)
def test_weekdays(when: str, weekday: str, label: Label) -> None:
    """A weekday is checked against the calendar; an approximate date has none."""
    assert verify(_claim(Weekday(when=TimeSpan.from_iso(when), weekday=weekday)), KB).label is label


def _dated(when: str) -> tuple[Claim, Document]:
    event = Event(
        id="berlin",
        kind="meeting",
        place=Actor("Berlin"),
        participants=(Actor("Joe Biden"), Actor("Olaf Scholz"), Actor("Keir Starmer")),
    )
    claim = _claim(EventDate(event="berlin", when=TimeSpan.from_iso(when)))
    return claim, Document(source=SOURCE, claims=(claim,), events=(event,))


@pytest.mark.parametrize(
    ("when", "label"),
    [
        ("2024-10-18", Label.SUPPORTED),
        ("2024-10", Label.SUPPORTED),
        ("2024-10-16", Label.REFUTED),
        ("2024-10-15/2024-10-17", Label.REFUTED),
        ("2024-10-17/2024-10-19", Label.SUPPORTED),
    ],
)
def test_event_dates(when: str, label: Label) -> None:
    """An event's date is compared with the knowledge-base event the document's event matches."""
    claim, document = _dated(when)
    verdict = verify(claim, KB, document=document)
    assert verdict.label is label
    assert [e.record for e in verdict.evidence] == ["event:2024-10-18:berlin-meeting-of-biden-scholz-macron-and-starmer"]


def test_event_date_without_its_document() -> None:
    """Without the document, an event date cannot be matched: not enough info, no crash."""
    claim, _ = _dated("2024-10-16")
    assert verify(claim, KB).label is Label.NOT_ENOUGH_INFO


def test_unknown_event() -> None:
    """An event the knowledge base does not know is not enough info."""
    event = Event(id="talks", kind="meeting", participants=(Actor("Ann Tiller"), Actor("Bo Varga")))
    claim = _claim(EventDate(event="talks", when=TimeSpan.day(2024, 5, 2)))
    document = Document(source=SOURCE, claims=(claim,), events=(event,))
    assert verify(claim, KB, document=document).label is Label.NOT_ENOUGH_INFO


@pytest.mark.parametrize(
    "assertion",
    [Quantity(subject="aid", measure="value", value=725e6, unit="USD"), Statement(content="talks stalled")],
)
def test_uncovered_assertions(assertion: Assertion) -> None:
    """Quantities and statements have no facts to check against: not enough info."""
    verdict = verify(_claim(assertion), KB)
    assert verdict == Verdict(label=Label.NOT_ENOUGH_INFO, message=verdict.message)


def test_denial_swaps_the_label() -> None:
    """Denying a false title is supported; denying a true one is refuted; undetermined stays so."""
    stale = _role("Jens Stoltenberg", "Secretary General", "NATO")
    sitting = _role("Mark Rutte", "Secretary General", "NATO")
    unknown = _role("Ann Tiller", "Mayor", "Springfield")
    assert verify(attrs.evolve(stale, modality=Modality.DENIED), KB).label is Label.SUPPORTED
    assert verify(attrs.evolve(sitting, modality=Modality.DENIED), KB).label is Label.REFUTED
    assert verify(attrs.evolve(unknown, modality=Modality.DENIED), KB).label is Label.NOT_ENOUGH_INFO


def test_verdict_is_frozen() -> None:
    """A verdict cannot be changed after it is made."""
    verdict = verify(_role("Mark Rutte", "Secretary General", "NATO"), KB)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        verdict.label = Label.REFUTED  # type: ignore[misc]
