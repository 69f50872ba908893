"""Tests for claimcheck.model: every type builds from valid values and refuses bad ones."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timezone
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.model import (
    ASSERTION_TYPES,
    Actor,
    ActorKind,
    Anonymity,
    Attribution,
    CaseFile,
    Citation,
    Claim,
    Count,
    Document,
    DurationSince,
    Event,
    EventDate,
    Evidence,
    Expectation,
    Finding,
    Modality,
    NameMention,
    Ordinal,
    Quantity,
    RoleHeld,
    Severity,
    Source,
    Span,
    Statement,
    TitleTime,
)
from claimcheck.strategies import (
    actors,
    assertions,
    attributions,
    case_files,
    citations,
    claims,
    documents,
    events,
    evidences,
    expectations,
    findings,
    sources,
    spans,
)
from claimcheck.timespan import Duration, Modifier, TimeSpan

PUBLISHED = TimeSpan.day(2024, 12, 3)
SOURCE = Source(document_id="a1", published=PUBLISHED)
SCHOLZ = Actor("Olaf Scholz", aliases=("Scholz",))
MEETING = Event(
    id="e1", kind="meeting", name="Berlin meeting of four leaders", when=TimeSpan.day(2024, 10, 18)
)


def statement_claim(claim_id: str = "c1", source: Source = SOURCE) -> Claim:
    """A claim with the simplest assertion."""
    return Claim(id=claim_id, source=source, assertion=Statement(content="the talks went well"))


def finding(**changes: object) -> Finding:
    """A valid finding, with *changes* applied."""
    values: dict[str, object] = {
        "code": "TIM001",
        "name": "event-date-conflict",
        "category": "event_date",
        "severity": Severity.ERROR,
        "message": "Two reports give different days for one meeting.",
    }
    values.update(changes)
    return Finding(**values)  # type: ignore[arg-type]


VALID: list[object] = [
    SCHOLZ,
    Actor("Le Monde", ActorKind.OUTLET),
    Citation(outlet=Actor("Le Monde", ActorKind.OUTLET), document_id="lm-1", published=PUBLISHED),
    Source(
        document_id="a1",
        published=TimeSpan.moment(datetime(2024, 12, 3, 9, 5, tzinfo=timezone.utc)),
        outlet=Actor("Example Wire", ActorKind.OUTLET),
        title="Allies meet",
        url="https://example.org/a1",
        byline=("A. Writer", "B. Writer"),
        language="en-GB",
        cites=(Citation(outlet=Actor("Le Monde", ActorKind.OUTLET)),),
    ),
    Attribution(
        speaker_name="Olaf Scholz", anonymity=Anonymity.NAMED_PERSON, speaker=SCHOLZ, cue="said"
    ),
    Attribution(
        speaker_name="unnamed diplomats",
        anonymity=Anonymity.ANONYMOUS_GROUP,
        via=(Actor("Le Monde", ActorKind.OUTLET),),
        cue="according to",
        hedges=("reportedly",),
    ),
    Span("a1", 0, "Olaf Scholz"),
    RoleHeld(actor=SCHOLZ, role="Chancellor", organization="Germany", title_time=TitleTime.PRESENT),
    EventDate(event="e1", when=TimeSpan.day(2024, 10, 18)),
    Quantity(
        subject="aid package",
        measure="value",
        value=725_000_000,
        unit="USD",
        modifier=Modifier.APPROX,
    ),
    DurationSince(subject="the dispute", since=TimeSpan.year(2008), length=Duration(years=16)),
    Count(subject="member countries", value=32, when=PUBLISHED),
    Ordinal(subject="a new member", series="members", position=33, prospective=True),
    Statement(content="the talks went well", proposition="talks-went-well"),
    statement_claim(),
    MEETING,
    Document(source=SOURCE, claims=(statement_claim(),), events=(MEETING,)),
    Evidence(
        fact="The meeting took place on 18 October 2024.", source="kb/events.json", record="ev-1"
    ),
    finding(
        documents=("a1",),
        claims=("a1#c1",),
        spans=(Span("a1", 0, "Friday"),),
        fix="Say 18 October.",
    ),
    Expectation(category="event_date", claims=("a1#c1",), note="The day is right."),
    CaseFile(document=Document(source=SOURCE), expected=(Expectation(category="event_date"),)),
]


@pytest.mark.parametrize("instance", VALID, ids=lambda x: type(x).__name__)
def test_every_type_builds_frozen_hashable_and_evolves(instance: object) -> None:
    """Each model type builds from valid values, is frozen and hashable, and evolves to a copy."""
    copy = attrs.evolve(instance)
    assert copy == instance
    assert hash(copy) == hash(instance)
    first = attrs.fields(type(instance))[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(instance, first, getattr(instance, first))


def test_every_assertion_type_is_listed() -> None:
    """ASSERTION_TYPES names the eight assertion types a claim accepts."""
    assert {t.__name__ for t in ASSERTION_TYPES} == {
        "RoleHeld",
        "EventDate",
        "Quantity",
        "DurationSince",
        "Count",
        "Ordinal",
        "Statement",
        "Weekday",
    }
    for instance in VALID:
        if isinstance(instance, ASSERTION_TYPES):
            assert Claim(id="c9", source=SOURCE, assertion=instance).assertion is instance


BAD: list[tuple[str, Callable[[], object], type[Exception], str]] = [
    ("blank name", lambda: Actor("  "), ValueError, "'name' must be a non-blank string"),
    (
        "list of aliases",
        lambda: Actor("Scholz", aliases=["Olaf"]),
        TypeError,
        "'aliases' must be <class 'tuple'>",
    ),  # type: ignore[arg-type]
    (
        "alias repeats name",
        lambda: Actor("Scholz", aliases=("Scholz",)),
        ValueError,
        "'aliases' repeats",
    ),
    (
        "duplicate aliases",
        lambda: Actor("Scholz", aliases=("O", "O")),
        ValueError,
        "'aliases' has duplicates: 'O'",
    ),
    ("kind as text", lambda: Actor("Scholz", "person"), TypeError, "'kind'"),  # type: ignore[arg-type]
    ("outlet as text", lambda: Citation(outlet="Le Monde"), TypeError, "'outlet'"),  # type: ignore[arg-type]
    (
        "document id with a space",
        lambda: Source(document_id="a 1", published=PUBLISHED),
        ValueError,
        "'document_id' must match",
    ),
    (
        "naive datetime as published",
        lambda: Source(document_id="a1", published=datetime(2024, 12, 3, 9, 5)),  # type: ignore[arg-type]
        TypeError,
        "'published' must be",
    ),
    (
        "language name",
        lambda: Source(document_id="a1", published=PUBLISHED, language="English"),
        ValueError,
        "'language'",
    ),
    (
        "list byline",
        lambda: Source(document_id="a1", published=PUBLISHED, byline=["A. Writer"]),  # type: ignore[arg-type]
        TypeError,
        "'byline' must be <class 'tuple'>",
    ),
    (
        "blank byline entry",
        lambda: Source(document_id="a1", published=PUBLISHED, byline=("",)),
        ValueError,
        "'byline' must be a non-blank string",
    ),
    (
        "anonymous speaker resolved",
        lambda: Attribution(
            speaker_name="a diplomat", anonymity=Anonymity.ANONYMOUS_PERSON, speaker=SCHOLZ
        ),
        ValueError,
        "anonymous speaker (anonymous_person) cannot have a resolved 'speaker'",
    ),
    (
        "blank cue",
        lambda: Attribution(speaker_name="Scholz", anonymity=Anonymity.NAMED_PERSON, cue=" "),
        ValueError,
        "'cue' must be a non-blank string",
    ),
    ("negative offset", lambda: Span("a1", -1, "x"), ValueError, "'offset' must be >= 0"),
    ("blank span text", lambda: Span("a1", 0, ""), ValueError, "'text' must be a non-blank string"),
    (
        "date as a role's time",
        lambda: RoleHeld(actor=SCHOLZ, role="Chancellor", when=date(2024, 12, 3)),  # type: ignore[arg-type]
        TypeError,
        "'when' must be",
    ),
    (
        "int as acting",
        lambda: RoleHeld(actor=SCHOLZ, role="Chancellor", acting=1),
        TypeError,
        "'acting'",
    ),  # type: ignore[arg-type]
    (
        "blank role",
        lambda: RoleHeld(actor=SCHOLZ, role=""),
        ValueError,
        "'role' must be a non-blank string",
    ),
    (
        "event id with a hash",
        lambda: EventDate(event="a#b", when=PUBLISHED),
        ValueError,
        "'event' must match",
    ),
    (
        "NaN quantity",
        lambda: Quantity(subject="aid", measure="value", value=float("nan")),
        ValueError,
        "'value'",
    ),
    (
        "infinite quantity",
        lambda: Quantity(subject="aid", measure="value", value=float("inf")),
        ValueError,
        "'value'",
    ),
    (
        "bool quantity",
        lambda: Quantity(subject="aid", measure="value", value=True),
        ValueError,
        "'value'",
    ),
    (
        "span modifier as a hedge",
        lambda: Quantity(subject="aid", measure="value", value=1.0, modifier=Modifier.BEFORE),
        ValueError,
        "'modifier' must be in",
    ),
    (
        "text as a length",
        lambda: DurationSince(subject="x", since=PUBLISHED, length="P16Y"),  # type: ignore[arg-type]
        TypeError,
        "'length' must be",
    ),
    (
        "negative count",
        lambda: Count(subject="members", value=-1),
        ValueError,
        "'value' must be >= 0",
    ),
    (
        "position zero",
        lambda: Ordinal(subject="x", series="members", position=0),
        ValueError,
        "'position' must be >= 1",
    ),
    (
        "proposition with spaces",
        lambda: Statement(content="x", proposition="a b"),
        ValueError,
        "'proposition'",
    ),
    (
        "assertion as text",
        lambda: Claim(id="c1", source=SOURCE, assertion="x"),  # type: ignore[arg-type]
        TypeError,
        "'assertion' must be",
    ),
    (
        "evidence in another document",
        lambda: Claim(
            id="c1", source=SOURCE, assertion=Statement(content="x"), evidence=Span("b2", 0, "x")
        ),
        ValueError,
        "claim 'c1': its evidence is in document 'b2', not in its source 'a1'",
    ),
    (
        "modality as text",
        lambda: Claim(
            id="c1", source=SOURCE, assertion=Statement(content="x"), modality="asserted"
        ),
        TypeError,
        "'modality'",
    ),  # type: ignore[arg-type]
    (
        "capitalised event kind",
        lambda: Event(id="e1", kind="Meeting"),
        ValueError,
        "'kind' must match",
    ),
    (
        "repeated participant",
        lambda: Event(id="e1", kind="meeting", participants=(SCHOLZ, SCHOLZ)),
        ValueError,
        "'participants' has duplicates",
    ),
    (
        "list of claims",
        lambda: Document(source=SOURCE, claims=[statement_claim()]),  # type: ignore[arg-type]
        TypeError,
        "'claims' must be <class 'tuple'>",
    ),
    (
        "duplicate claim ids",
        lambda: Document(source=SOURCE, claims=(statement_claim(), statement_claim())),
        ValueError,
        "two claims have the id 'c1'",
    ),
    (
        "duplicate event ids",
        lambda: Document(source=SOURCE, events=(MEETING, attrs.evolve(MEETING, kind="summit"))),
        ValueError,
        "two events have the id 'e1'",
    ),
    (
        "event date of a missing event",
        lambda: Document(
            source=SOURCE,
            claims=(
                Claim(id="c2", source=SOURCE, assertion=EventDate(event="e9", when=PUBLISHED)),
            ),
        ),
        ValueError,
        "claim 'c2' dates event 'e9', which the document lacks",
    ),
    (
        "claim of another source",
        lambda: Document(
            source=SOURCE,
            claims=(
                statement_claim(source=attrs.evolve(SOURCE, published=TimeSpan.day(2024, 12, 4))),
            ),
        ),
        ValueError,
        "claim 'c1' has another source than its document 'a1'",
    ),
    ("code too short", lambda: finding(code="ROL1"), ValueError, "'code' must match"),
    ("lower-case code", lambda: finding(code="rol001"), ValueError, "'code' must match"),
    ("name not kebab-case", lambda: finding(name="Event_Date"), ValueError, "'name' must match"),
    (
        "category not snake_case",
        lambda: finding(category="event-date"),
        ValueError,
        "'category' must match",
    ),
    ("severity as text", lambda: finding(severity="error"), TypeError, "'severity'"),
    (
        "blank message",
        lambda: finding(message=""),
        ValueError,
        "'message' must be a non-blank string",
    ),
    ("claim without document", lambda: finding(claims=("c1",)), ValueError, "'claims' must match"),
    (
        "blank fact",
        lambda: Evidence(fact="", source="kb"),
        ValueError,
        "'fact' must be a non-blank string",
    ),
    (
        "expectation category",
        lambda: Expectation(category="Event"),
        ValueError,
        "'category' must match",
    ),
    ("case file of text", lambda: CaseFile(document="a1"), TypeError, "'document' must be"),  # type: ignore[arg-type]
]


@pytest.mark.parametrize(("case", "make", "error", "message"), BAD, ids=[case[0] for case in BAD])
def test_bad_values_fail_at_construction_naming_the_field(
    case: str, make: Callable[[], object], error: type[Exception], message: str
) -> None:
    """A bad value raises at construction, with a message that names the field or the id."""
    with pytest.raises(error) as info:
        make()
    assert message in str(info.value), case


def test_naive_datetimes_never_reach_the_model() -> None:
    """A naive publication time fails when its TimeSpan is built, before any model type sees it."""
    with pytest.raises(ValueError, match="aware datetime"):
        Source(document_id="a1", published=TimeSpan.moment(datetime(2024, 12, 3, 9, 5)))


def test_evolve_validates_again() -> None:
    """attrs.evolve builds a new instance through the validators, so bad values cannot slip in."""
    claim = statement_claim()
    moved = attrs.evolve(claim, id="c2")
    assert (moved.id, claim.id) == ("c2", "c1")
    with pytest.raises(ValueError, match="'id' must match"):
        attrs.evolve(claim, id="")
    with pytest.raises(ValueError, match="its evidence is in document 'b2'"):
        attrs.evolve(claim, evidence=Span("b2", 0, "x"))


def test_claim_ref_qualifies_the_id_with_the_document() -> None:
    """Claim.ref is '<document id>#<claim id>', the form Finding.claims takes."""
    claim = statement_claim("c7")
    assert claim.ref == "a1#c7"
    assert finding(claims=(claim.ref,)).claims == ("a1#c7",)


def test_quantity_widens_ints_to_floats() -> None:
    """An int amount becomes the equal float, so 725 and 725.0 give equal quantities."""
    quantity = Quantity(subject="aid", measure="value", value=725)
    assert isinstance(quantity.value, float)
    assert quantity == Quantity(subject="aid", measure="value", value=725.0)


def test_actor_names_lead_with_the_canonical_name() -> None:
    """Actor.names is the canonical name, then the aliases."""
    assert SCHOLZ.names == ("Olaf Scholz", "Scholz")


def test_attribution_knows_when_it_is_anonymous() -> None:
    """Only the anonymous kinds count as anonymous."""
    kinds = {a: Attribution(speaker_name="someone", anonymity=a).anonymous for a in Anonymity}
    assert kinds == {
        Anonymity.NAMED_PERSON: False,
        Anonymity.NAMED_ORGANIZATION: False,
        Anonymity.ANONYMOUS_PERSON: True,
        Anonymity.ANONYMOUS_GROUP: True,
    }


def test_span_end_is_past_its_text() -> None:
    """Span.end is the offset plus the text's length."""
    assert Span("a1", 10, "Olaf Scholz").end == 21


def test_document_finds_its_events_by_id() -> None:
    """Document.event returns the event, or raises KeyError naming the id."""
    document = Document(source=SOURCE, events=(MEETING,))
    assert document.event("e1") is MEETING
    assert document.id == "a1"
    with pytest.raises(KeyError, match="e9"):
        document.event("e9")


def test_case_file_id_is_its_document_s() -> None:
    """CaseFile.id is the id of its document."""
    assert CaseFile(document=Document(source=SOURCE)).id == "a1"


def test_severity_orders_info_warning_error() -> None:
    """Severities rank info < warning < error, and at_least compares by rank."""
    assert sorted([Severity.ERROR, Severity.INFO, Severity.WARNING], key=lambda s: s.rank) == [
        Severity.INFO,
        Severity.WARNING,
        Severity.ERROR,
    ]
    assert Severity.ERROR.at_least(Severity.WARNING)
    assert Severity.WARNING.at_least(Severity.WARNING)
    assert not Severity.INFO.at_least(Severity.WARNING)


def test_finding_sort_key_orders_by_document_code_and_offset() -> None:
    """Findings sort by documents, then code, then where their spans start."""
    late = finding(documents=("a1",), spans=(Span("a1", 90, "x"),))
    early = finding(documents=("a1",), spans=(Span("a1", 5, "x"),))
    other_code = finding(code="CNT001", documents=("a1",), spans=(Span("a1", 99, "x"),))
    other_doc = finding(code="AAA001", documents=("b2",))
    assert sorted([other_doc, late, early, other_code], key=Finding.sort_key) == [
        other_code,
        early,
        late,
        other_doc,
    ]


def test_modality_and_title_time_values() -> None:
    """The enums keep the values case files use."""
    assert [m.value for m in Modality] == ["asserted", "reported", "hedged", "denied", "expected"]
    assert [t.value for t in TitleTime] == ["present", "former", "then", "future"]


# -- properties ---------------------------------------------------------------------------

EVERY_TYPE = st.one_of(
    actors(),
    citations(),
    sources(),
    attributions(),
    spans(),
    assertions(),
    claims(),
    events(),
    documents(),
    evidences(),
    findings(),
    expectations(),
    case_files(),
)


@given(EVERY_TYPE)
def test_every_generated_instance_is_hashable_frozen_and_evolves_to_an_equal_copy(
    instance: Any,
) -> None:
    """Any valid instance is hashable and frozen, and equals its attrs.evolve() copy."""
    copy = attrs.evolve(instance)
    assert copy == instance
    assert hash(copy) == hash(instance)
    for field in attrs.fields(type(instance)):
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(instance, field.name, getattr(instance, field.name))


def test_event_participant_spans_are_one_per_participant_and_in_the_document() -> None:
    """An event gives a span for every participant or none, and only in its own document."""
    from claimcheck.model import Actor, Document, Event, Source, Span
    from claimcheck.timespan import TimeSpan

    people = (Actor("Ann Lee"), Actor("Bo Chen"))
    with pytest.raises(ValueError, match="participant spans"):
        Event(id="e1", kind="meeting", participants=people, participant_spans=(Span("d1", 0, "Ann Lee"),))
    event = Event(
        id="e1",
        kind="meeting",
        participants=people,
        participant_spans=(Span("d1", 0, "Ann Lee"), Span("d1", 12, "Bo Chen")),
    )
    source = Source(document_id="d1", published=TimeSpan.day(2024, 12, 3))
    assert Document(source=source, events=(event,)).events == (event,)
    elsewhere = Source(document_id="d2", published=TimeSpan.day(2024, 12, 3))
    with pytest.raises(ValueError, match="names a participant in document 'd1'"):
        Document(source=elsewhere, events=(event,))


def test_a_document_rejects_a_name_written_in_another_document() -> None:
    """`Document.mentions` must lie in the document, like claim evidence."""
    source = Source(document_id="a1", published=TimeSpan.day(2024, 10, 1))
    written = NameMention(span=Span("a1", 0, "Mark Rute"), actor="Mark Rutte")
    assert Document(source=source, mentions=(written,)).mentions == (written,)
    with pytest.raises(ValueError, match="'Mark Rute' is written in document 'b2'"):
        Document(source=source, mentions=(attrs.evolve(written, span=Span("b2", 0, "Mark Rute")),))
