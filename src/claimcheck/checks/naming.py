"""Checks of how people and things are named (family ``NAM``)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from claimcheck.checks._registry import check
from claimcheck.checks._support import (
    asserted,
    emit,
    evidence_of,
    name_span,
    reference_time,
    resolve_holder,
    title_office,
)
from claimcheck.kb import AliasRecord, KnowledgeBase
from claimcheck.model import (
    Actor,
    ActorKind,
    Claim,
    Document,
    EventDate,
    Evidence,
    Finding,
    RoleHeld,
    Severity,
    Span,
)
from claimcheck.names import Method, Resolution, fold, near_miss_of

__all__ = ["misspelled_name", "name_variant"]


def _mentions(doc: Document) -> dict[str, list[Claim]]:
    """Each name the document writes (in its claims or in `Document.mentions`), with the
    claims that write it, in order; a name that stands in no claim has none."""
    found: dict[str, list[Claim]] = {}

    def add(actor: Actor | None, claim: Claim) -> None:
        if actor is not None and actor.kind is not ActorKind.OUTLET:
            found.setdefault(actor.name, []).append(claim)

    for claim in doc.claims:
        assertion = claim.assertion
        if isinstance(assertion, RoleHeld):
            add(assertion.actor, claim)
        if isinstance(assertion, EventDate):
            event = doc.event(assertion.event)
            for actor in (*event.participants, event.place):
                add(actor, claim)
        if claim.attribution is not None:
            add(claim.attribution.speaker, claim)
    for mention in doc.mentions:
        found.setdefault(mention.span.text, [])
    return found


def _name_spans(doc: Document, name: str, claims: list[Claim]) -> list[Span]:
    """Where *name* is written: in the evidence of the claims that name it, or where an event
    they date names it as a participant, else where the document records writing it
    (`Document.mentions`), else in the first claim of the document whose evidence writes it;
    empty when none does."""
    spans = [span for span in (name_span(c, name) for c in claims) if span is not None]
    for claim in claims:
        if isinstance(claim.assertion, EventDate):
            event = doc.event(claim.assertion.event)
            spans.extend(
                span
                for actor, span in zip(event.participants, event.participant_spans, strict=False)
                if actor.name == name and span not in spans
            )
    if spans:
        return spans
    written = [m.span for m in doc.mentions if m.span.text == name]
    if written:
        return written
    for claim in doc.claims:
        span = name_span(claim, name)
        if span is not None:
            return [span]
    return []


def _names_of(kb: KnowledgeBase, actor: Actor) -> tuple[Evidence, ...]:
    """The knowledge base's names of *actor* (its alias records), as evidence."""
    found = kb.find_actor(actor.name)
    records = found.records if found is not None else ()
    return evidence_of(r for r in records if isinstance(r, AliasRecord))


def _plain(name: str) -> str:
    """*name* in lower case without diacritics: what a variant may change and a misspelling not."""
    decomposed = unicodedata.normalize("NFKD", name)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


def _transliterated(actor: Actor) -> bool:
    """Whether the knowledge base records spellings of *actor*'s name that differ in letters
    ("Zelenskyy", "Sybiga"): a name rendered from another script, whose spellings vary."""
    plain = _plain(actor.name)
    words = len(actor.name.split())
    return any(
        len(alias.split()) == words and fold(alias) == fold(actor.name) and _plain(alias) != plain
        for alias in actor.aliases
    )


def _misspelt(name: str, resolution: Resolution) -> bool:
    """Whether *name* misspells the person it resolves to: a near miss, or a folded match
    ("Emanuel Macron", "Mark Rute") of a name whose spelling does not vary, written with
    other letters than any recorded spelling."""
    actor = resolution.actor
    if actor is None:
        return False
    if resolution.method is Method.NEAR_MISS:
        return True
    return (
        resolution.method is Method.FOLDED
        and actor.kind is ActorKind.PERSON
        and not _transliterated(actor)
        and _plain(name) not in {_plain(n) for n in actor.names}
    )


def _misspelt_holder(
    doc: Document, kb: KnowledgeBase, name: str, claims: list[Claim]
) -> tuple[Actor, tuple[Evidence, ...], str] | None:
    """The office holder that *name*, unknown to the knowledge base, misspells in the light
    of a title its claims give it ("NATO Secretary General Mark Rette"), with the tenure
    records as evidence and the title; ``None`` if no title points to one."""
    for claim, role in asserted(doc, RoleHeld):
        if role.actor.name != name or claim not in claims:
            continue
        when = reference_time(claim, role.when)
        actor, method = resolve_holder(kb, role, when)
        if method is Method.NEAR_MISS:
            answer = kb.holder_at(title_office(role.role, role.organization), when)
            tenures = [h.tenure for h in answer.holdings if h.tenure.holder == actor]
            title = f"{role.role} of {role.organization}" if role.organization else role.role
            return actor, evidence_of(tenures), title
    return None


def _misspelt_named(doc: Document, kb: KnowledgeBase, name: str) -> Actor | None:
    """The person that *name*, unknown to the knowledge base, misspells in the light of the
    document's naming them ("Olaf Schulz" where the document names Olaf Scholz), as
    extraction records it in `Document.mentions`; ``None`` if none."""
    if kb.identify(name).actor is not None:
        return None
    recorded = {m.actor for m in doc.mentions if m.span.text == name}
    people = [a for a in (kb.identify(n).actor for n in sorted(recorded)) if a is not None]
    resolution = near_miss_of(name, people)
    return resolution.actor if resolution.method is Method.NEAR_MISS else None


@check("NAM001", "misspelled-name", category="name_error", severity=Severity.WARNING)
def misspelled_name(doc: Document, kb: KnowledgeBase) -> Iterator[Finding]:
    """Flag a misspelling of a known person's name, with the correct spelling.

    A name the knowledge base records as a misspelling, a near miss of exactly one known
    name, a spelling that folds to a known name whose spelling does not vary ("Emanuel
    Macron"), or a name one slip from a recorded holder of the title it is given ("NATO
    Secretary General Mark Rette", where the title says who is meant) or from a person the
    document names ("Olaf Schulz" beside Olaf Scholz, see `Document.mentions`) is flagged; a transliteration variant ("Zelenskyy", "Sybiga") of a name the
    knowledge base records in several spellings is not (see ``NAM002``), nor is a name
    written without its diacritics, and an unknown name is never forced onto the nearest
    known one.

    Why it matters:
        A misspelt name hides a person from searches and archives, and readers take it as a
        sign of carelessness.

    Example:
        "Jerry Connolly" for Gerald E. "Gerry" Connolly.

    References:
        The knowledge-base names of the person (usual spelling, variants, known
        misspellings), with their sources.

    .. versionadded:: 0.1.0
    """
    for name, claims in sorted(_mentions(doc).items()):
        resolution = kb.identify(name)
        if _misspelt(name, resolution):
            actor = resolution.actor
            assert actor is not None
            suggestion = resolution.suggestion or actor.name
            message = f"{name!r} looks like a misspelling of {actor.name} (known also as {suggestion})"
            evidence = _names_of(kb, actor)
        elif (titled := _misspelt_holder(doc, kb, name, claims)) is not None:
            actor, tenures, title = titled
            suggestion = actor.name
            message = f"{name!r} looks like a misspelling of {actor.name}, a recorded holder of the title it is given ({title})"
            evidence = _names_of(kb, actor) + tenures
        elif (named := _misspelt_named(doc, kb, name)) is not None:
            actor, suggestion = named, named.name
            message = f"{name!r} looks like a misspelling of {actor.name}, whom the document names"
            evidence = _names_of(kb, actor)
        else:
            continue
        yield emit(
            misspelled_name,
            message=message,
            claims=claims,
            documents=(doc.id,),
            spans=_name_spans(doc, name, claims),
            evidence=evidence,
            fix=suggestion,
        )


@check("NAM002", "name-variant", category="name_variant", severity=Severity.INFO)
def name_variant(doc: Document, kb: KnowledgeBase) -> Iterator[Finding]:
    """Note a transliteration or spelling variant of a known name, and the person it names.

    Reported for information only: "Zelenskyy", "Sybiga" or "Orechnik" are accepted
    spellings, and the finding says which known actor they resolve to.

    Why it matters:
        Tools that match names literally would take variants for new people; this shows the
        resolution so that a reader can confirm it.

    Example:
        "Andriï Sybiga" is Andrii Sybiha, Ukraine's foreign minister.

    References:
        The knowledge-base names of the actor.

    .. versionadded:: 0.1.0
    """
    for name, claims in sorted(_mentions(doc).items()):
        resolution = kb.identify(name)
        if _misspelt(name, resolution):
            continue
        if resolution.method is not Method.FOLDED and not (
            resolution.method is Method.EXACT and resolution.actor is not None and name != resolution.actor.name
        ):
            continue
        assert resolution.actor is not None
        if not claims and resolution.actor.kind is not ActorKind.PERSON:
            continue  # "EU", "Britain" in passing: usual short forms, not worth a note
        yield emit(
            name_variant,
            message=f"{name!r} is a variant spelling of {resolution.actor.name}",
            claims=claims,
            documents=(doc.id,),
            spans=_name_spans(doc, name, claims),
            evidence=_names_of(kb, resolution.actor),
        )
