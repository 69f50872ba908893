"""What ``claimcheck kb show`` and ``claimcheck kb list`` print of a knowledge base."""

from __future__ import annotations

from claimcheck.kb import (
    AliasRecord,
    Confidence,
    EventRecord,
    KnowledgeBase,
    Office,
    OfficeRecord,
    Tenure,
)
from claimcheck.names import Method, fold

__all__ = ["describe", "listing"]

_INDENT = "  "


def describe(kb: KnowledgeBase, name: str) -> str | None:
    """What *kb* knows of the actor or office *name*, as text; ``None`` if nothing.

    An actor is found by any of its names, a recorded misspelling, its surname or a near
    miss; an office by ``"Role, Organization"``, ``"Organization Role"`` or its role alone
    (or any recorded other name of the role).
    """
    found = _actor(kb, name)
    if found is not None:
        return found
    return _office(kb, name)


def _actor(kb: KnowledgeBase, name: str) -> str | None:
    resolution = kb.identify(name)
    if resolution.actor is None:
        if resolution.method is Method.AMBIGUOUS:
            names = ", ".join(a.name for a in resolution.candidates)
            return f"{name!r} could name several actors: {names}\n"
        return None
    match = kb.find_actor(resolution.actor.name)
    if match is None:
        return None
    actor = match.actor
    lines = [f"{actor.name} ({actor.kind.value})"]
    if resolution.method not in (Method.EXACT, Method.FOLDED):
        lines.append(f"{_INDENT}found by {resolution.method.value.replace('_', ' ')}: {name!r}")
    if actor.aliases:
        lines.append(f"{_INDENT}also: {', '.join(actor.aliases)}")
    misspellings = [m for r in match.records if isinstance(r, AliasRecord) for m in r.misspellings]
    if misspellings:
        lines.append(f"{_INDENT}misspelt: {', '.join(misspellings)}")
    tenures = [r for r in match.records if isinstance(r, Tenure)]
    if tenures:
        lines.append(f"{_INDENT}offices:")
        for tenure in sorted(tenures, key=lambda t: (t.validity.possible.sort_key(), t.id)):
            lines.extend(_tenure(tenure, str(tenure.office)))
    events = [r for r in match.records if isinstance(r, EventRecord)]
    if events:
        lines.append(f"{_INDENT}events:")
        for event in sorted(events, key=lambda e: (e.when.sort_key(), e.id)):
            lines.extend(_event(event))
    for record in match.records:
        if isinstance(record, AliasRecord):
            lines.append(f"{_INDENT}names from {record.id}: {record.source}")
    return "\n".join(lines) + "\n"


def _office(kb: KnowledgeBase, name: str) -> str | None:
    wanted = fold(name)
    offices: dict[Office, list[str]] = {}
    for record in kb.records:
        if isinstance(record, Tenure | OfficeRecord):
            aliases = offices.setdefault(record.office, [])
            if isinstance(record, OfficeRecord):
                aliases.extend(record.role_aliases)
    for office, aliases in sorted(offices.items(), key=lambda item: str(item[0])):
        roles = [office.role, *aliases]
        organization = office.organization or ""
        spellings = {
            fold(text)
            for role in roles
            for text in (f"{role}, {organization}", f"{organization} {role}", role)
        }
        if wanted in spellings:
            return _office_text(kb, office, aliases)
    return None


def _office_text(kb: KnowledgeBase, office: Office, aliases: list[str]) -> str:
    lines = [f"{office} (office)"]
    if aliases:
        lines.append(f"{_INDENT}also: {', '.join(aliases)}")
    for record in kb.records:
        if isinstance(record, OfficeRecord) and record.office == office:
            holders = "one holder at a time" if record.single_holder else "several holders at once"
            lines.append(f"{_INDENT}{holders} [{record.id}]")
            lines.append(f"{_INDENT * 2}source: {record.source}")
    tenures = [t for t in kb.tenures if t.office == office]
    lines.append(f"{_INDENT}holders:")
    for tenure in sorted(tenures, key=lambda t: (t.validity.possible.sort_key(), t.id)):
        lines.extend(_tenure(tenure, tenure.holder.name))
    return "\n".join(lines) + "\n"


def _tenure(tenure: Tenure, what: str) -> list[str]:
    start = "an unknown day" if tenure.start is None else tenure.start.isoformat()
    dates = f"from {start}, in office" if tenure.end is None else f"from {start} to {tenure.end}"
    notes = []
    for side, confidence in (("start", tenure.start_confidence), ("end", tenure.end_confidence)):
        if confidence is not Confidence.HIGH:
            notes.append(f"{side} {confidence.value} confidence")
    acting = "acting " if tenure.acting else ""
    note = f" ({'; '.join(notes)})" if notes else ""
    return [
        f"{_INDENT * 2}{acting}{what}: {dates}{note} [{tenure.id}]",
        f"{_INDENT * 3}source: {tenure.source}",
    ]


def _event(event: EventRecord) -> list[str]:
    place = "" if event.place is None else f", {event.place.name}"
    confidence = (
        "" if event.confidence is Confidence.HIGH else f" ({event.confidence.value} confidence)"
    )
    return [
        f"{_INDENT * 2}{event.when.isoformat()}: {event.name}{place}{confidence} [{event.id}]",
        f"{_INDENT * 3}source: {event.source}",
    ]


def listing(kb: KnowledgeBase) -> str:
    """Every actor and every office *kb* knows, one a line, sorted."""
    actors = kb.actors
    offices = sorted({str(r.office) for r in kb.records if isinstance(r, Tenure | OfficeRecord)})
    lines = [f"actors ({len(actors)}):"]
    lines.extend(f"{_INDENT}{a.name} ({a.kind.value})" for a in actors)
    lines.append(f"offices ({len(offices)}):")
    lines.extend(f"{_INDENT}{o}" for o in offices)
    return "\n".join(lines) + "\n"
