"""Strategies for whole records: claims, events, documents, findings and case files."""

from __future__ import annotations

from collections.abc import Sequence

import attrs
from hypothesis import strategies as st

from claimcheck.model import (
    ActorKind,
    Assertion,
    Attribution,
    CaseFile,
    Claim,
    Document,
    Event,
    EventDate,
    Evidence,
    Expectation,
    Finding,
    Modality,
    NameMention,
    Severity,
    Source,
    Span,
)
from claimcheck.strategies._assertions import assertions
from claimcheck.strategies._sources import (
    _ACTOR,
    _ACTORS_BY_KIND,
    _OFFSET,
    attributions,
    sources,
    spans,
)
from claimcheck.strategies._text import (
    _CATEGORY,
    _CLAIM_REF,
    _IDENTIFIER,
    _SENTENCE,
    _SNAKE_CASE,
    _matching,
    _optional,
    _readable,
    _tuples,
)
from claimcheck.strategies._time import _SPAN
from claimcheck.timespan import TimeSpan


@attrs.frozen
class _ClaimDraft:
    """A claim without its source; an `EventDate` names its event by position."""

    id: str
    assertion: Assertion | tuple[int, TimeSpan]
    attribution: Attribution | None
    evidence: tuple[int, str] | None
    modality: Modality

    def claim(self, source: Source, event_ids: Sequence[str]) -> Claim:
        assertion = self.assertion
        if isinstance(assertion, tuple):
            index, when = assertion
            assertion = EventDate(event=event_ids[index % len(event_ids)], when=when)
        evidence = None if self.evidence is None else Span(source.document_id, *self.evidence)
        return Claim(
            id=self.id,
            source=source,
            assertion=assertion,
            attribution=self.attribution,
            evidence=evidence,
            modality=self.modality,
        )


def _claim_drafts(*, with_events: bool) -> st.SearchStrategy[_ClaimDraft]:
    plain = assertions(event_ids=())
    slots: st.SearchStrategy[Assertion | tuple[int, TimeSpan]] = plain
    if with_events:
        slots = plain | st.tuples(st.integers(0, 99), _SPAN)
    return st.builds(
        _ClaimDraft,
        _IDENTIFIER,
        slots,
        _optional(attributions()),
        _optional(st.tuples(_OFFSET, _SENTENCE)),
        st.sampled_from(Modality),
    )


_DRAFTS = _claim_drafts(with_events=False)
_DRAFTS_WITH_EVENTS = _claim_drafts(with_events=True)


def claims(
    *, source: Source | None = None, event_ids: Sequence[str] | None = None
) -> st.SearchStrategy[Claim]:
    """Valid `Claim` values, with evidence (if any) in the claim's own document.

    Shrinks toward an asserted claim with no attribution and no evidence.

    Args:
        source: The source every claim comes from; drawn from `sources` by default.
        event_ids: As for `assertions`.

    >>> from claimcheck.model import Source
    >>> from claimcheck.timespan import TimeSpan
    >>> a1 = Source(document_id="a1", published=TimeSpan.day(2024, 12, 3))
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(claims(source=a1))
    ... def check(claim):
    ...     assert claim.ref.startswith("a1#")
    >>> check()

    .. versionadded:: 0.1.0
    """
    source_strategy = st.just(source) if source is not None else sources()
    if event_ids is None:
        return st.builds(
            lambda source, draft, event_id: draft.claim(source, [event_id]),
            source_strategy,
            _DRAFTS_WITH_EVENTS,
            _IDENTIFIER,
        )
    drafts = _DRAFTS_WITH_EVENTS if event_ids else _DRAFTS
    return st.builds(lambda source, draft: draft.claim(source, event_ids), source_strategy, drafts)


def _with_participant_spans(event: Event) -> st.SearchStrategy[Event]:
    """*event* as it is, or with one span per participant (in one document)."""
    if not event.participants:
        return st.just(event)
    named = st.tuples(*(spans(document="doc") for _ in event.participants))
    return st.just(event) | named.map(lambda found: attrs.evolve(event, participant_spans=found))


def events() -> st.SearchStrategy[Event]:
    """Valid `Event` values. Shrinks toward an event with only an id and a kind.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(events())
    ... def check(event):
    ...     assert event.place is None or event.place.kind is ActorKind.PLACE
    >>> check()

    .. versionadded:: 0.1.0
    """
    return st.builds(
        Event,
        id=_IDENTIFIER,
        kind=_matching(
            _SNAKE_CASE, ("meeting", "summit", "press_conference", "strike", "election")
        ),
        name=_optional(_SENTENCE),
        when=_optional(_SPAN),
        place=_optional(_ACTORS_BY_KIND[ActorKind.PLACE]),
        participants=_tuples(_ACTOR, unique=True),
    ).flatmap(_with_participant_spans)


def documents(*, max_claims: int = 4, max_events: int = 3) -> st.SearchStrategy[Document]:
    """Valid `Document` values.

    Claim ids and event ids are unique, every claim shares the document's source, an
    `EventDate` names one of the document's events, and evidence and the names written
    (`Document.mentions`) lie in the document.

    Shrinks toward a source with no claims and no events.

    Args:
        max_claims, max_events: The most claims and events to draw.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(documents())
    ... def check(document):
    ...     assert len({claim.id for claim in document.claims}) == len(document.claims)
    >>> check()

    .. versionadded:: 0.1.0
    """
    return st.builds(
        _document,
        sources(),
        st.lists(events(), max_size=max_events, unique_by=lambda event: event.id),
        st.lists(_DRAFTS_WITH_EVENTS, max_size=max_claims, unique_by=lambda draft: draft.id),
        _tuples(name_mentions(document="doc")),
    )


def name_mentions(*, document: str | None = None) -> st.SearchStrategy[NameMention]:
    """Valid `NameMention` values: a name as written and the actor it resolves to.

    Args:
        document: The document every span lies in; any identifier when ``None``.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(name_mentions(document="a1"))
    ... def check(mention):
    ...     assert mention.span.document == "a1"
    >>> check()

    .. versionadded:: 0.1.0
    """
    return st.builds(NameMention, span=spans(document=document), actor=_ACTOR.map(lambda actor: actor.name))


def _document(
    source: Source, event_list: list[Event], drafts: list[_ClaimDraft], mentions: tuple[NameMention, ...]
) -> Document:
    event_ids = [event.id for event in event_list]
    if not event_ids:  # no event to date: drop the drafts that would date one
        drafts = [draft for draft in drafts if not isinstance(draft.assertion, tuple)]
    in_document = [
        attrs.evolve(
            event,
            participant_spans=tuple(
                attrs.evolve(span, document=source.document_id) for span in event.participant_spans
            ),
        )
        for event in event_list
    ]
    return Document(
        source=source,
        claims=tuple(draft.claim(source, event_ids) for draft in drafts),
        events=tuple(in_document),
        mentions=tuple(
            attrs.evolve(m, span=attrs.evolve(m.span, document=source.document_id)) for m in mentions
        ),
    )


# -- findings and case files ----------------------------------------------------------------


def evidences() -> st.SearchStrategy[Evidence]:
    """Valid `Evidence` values. Shrinks toward a fact and a source with no record id.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(evidences())
    ... def check(evidence):
    ...     assert evidence.fact.strip()
    >>> check()

    .. versionadded:: 0.1.0
    """
    return st.builds(
        Evidence,
        fact=_SENTENCE,
        source=_readable(("facts.json", "https://www.nato.int/", "kb/roles.toml")),
        record=_optional(_IDENTIFIER),
    )


def findings() -> st.SearchStrategy[Finding]:
    """Valid `Finding` values. Shrinks toward an info finding that names nothing.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(findings())
    ... def check(finding):
    ...     assert len(finding.code) == 6
    >>> check()

    .. versionadded:: 0.1.0
    """
    return st.builds(
        Finding,
        code=_matching(r"[A-Z]{3}[0-9]{3}", ("ROL001", "TIM001", "CNT001", "SRC001")),
        name=_matching(r"[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,6}){0,3}", ("holder-outside-tenure",)),
        category=_CATEGORY,
        severity=st.sampled_from(Severity),
        message=_SENTENCE,
        documents=_tuples(_IDENTIFIER),
        claims=_tuples(_CLAIM_REF),
        spans=_tuples(spans()),
        evidence=_tuples(evidences()),
        fix=_optional(_SENTENCE),
    )


def expectations(*, claim_refs: Sequence[str] | None = None) -> st.SearchStrategy[Expectation]:
    """Valid `Expectation` values. Shrinks toward a category with no claims or documents.

    Args:
        claim_refs: The ``"<document id>#<claim id>"`` references to draw from; any by default.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(expectations(claim_refs=["a1#c1"]))
    ... def check(expectation):
    ...     assert set(expectation.claims) <= {"a1#c1"}
    >>> check()

    .. versionadded:: 0.1.0
    """
    if claim_refs is not None and not claim_refs:
        raise ValueError("expectations() needs at least one claim reference, or None")
    refs = _CLAIM_REF if claim_refs is None else st.sampled_from(list(claim_refs))
    return st.builds(
        Expectation,
        category=_CATEGORY,
        claims=_tuples(refs, max_size=2),
        documents=_tuples(_IDENTIFIER, max_size=2),
        note=_optional(_SENTENCE),
    )


def case_files() -> st.SearchStrategy[CaseFile]:
    """Valid `CaseFile` values whose expectations mostly name the document's own claims.

    Shrinks toward a document with only a source and no expectations.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(case_files())
    ... def check(case):
    ...     assert case.document.source.document_id == case.id
    >>> check()

    .. versionadded:: 0.1.0
    """
    drafts = _tuples(
        st.tuples(
            _CATEGORY,
            st.lists(st.integers(0, 99), max_size=2),
            _tuples(_IDENTIFIER, max_size=2),
            _optional(_SENTENCE),
        ),
        max_size=2,
    )
    return st.builds(_case_file, documents(), drafts, drafts)


_ExpectationDraft = tuple[str, list[int], tuple[str, ...], str | None]


def _case_file(
    document: Document,
    expected: tuple[_ExpectationDraft, ...],
    quiet: tuple[_ExpectationDraft, ...],
) -> CaseFile:
    refs = [claim.ref for claim in document.claims]

    def expectation(draft: _ExpectationDraft) -> Expectation:
        category, indices, documents, note = draft
        claims = tuple(refs[i % len(refs)] for i in indices) if refs else ()
        return Expectation(category=category, claims=claims, documents=documents, note=note)

    return CaseFile(
        document=document,
        expected=tuple(map(expectation, expected)),
        quiet=tuple(map(expectation, quiet)),
    )
