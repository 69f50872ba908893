"""The typed model: who and what a news report speaks of, what it claims, and what is found.

Every type is an attrs class, frozen and slotted, that checks its values when it is built,
so a bad value fails at construction with a message that names the field. Use
`attrs.evolve` to change one.

>>> from claimcheck.model import Actor, ActorKind, RoleHeld
>>> rutte = Actor("Mark Rutte", aliases=("Rutte",))
>>> RoleHeld(actor=rutte, role="Secretary General", organization="NATO").role
'Secretary General'
>>> Actor("")
Traceback (most recent call last):
...
ValueError: 'name' must be a non-blank string (got '')

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from claimcheck._model_actors import (
    Actor,
    ActorKind,
    Anonymity,
    Attribution,
    Citation,
    Source,
    Span,
)
from claimcheck._model_assertions import (
    ASSERTION_TYPES,
    WEEKDAYS,
    Assertion,
    Count,
    DurationSince,
    EventDate,
    Ordinal,
    Quantity,
    RoleHeld,
    Statement,
    TitleTime,
    Weekday,
    WeekdayName,
)
from claimcheck._model_documents import Claim, Document, Event, Modality, NameMention
from claimcheck._model_findings import CaseFile, Evidence, Expectation, Finding, Severity

__all__ = [
    "ASSERTION_TYPES",
    "Actor",
    "ActorKind",
    "Anonymity",
    "Assertion",
    "Attribution",
    "CaseFile",
    "Citation",
    "Claim",
    "Count",
    "Document",
    "DurationSince",
    "Event",
    "EventDate",
    "Evidence",
    "Expectation",
    "Finding",
    "Modality",
    "NameMention",
    "Ordinal",
    "Quantity",
    "RoleHeld",
    "Severity",
    "Source",
    "Span",
    "Statement",
    "TitleTime",
    "WEEKDAYS",
    "Weekday",
    "WeekdayName",
]
