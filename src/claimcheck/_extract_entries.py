"""Entries of glossaries and profiles: a line of a person's name alone, then sentences
about that person that name no one ("Jan Novak. Mayor of Brno, in office for two years.")."""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.kb import KnowledgeBase
from claimcheck.model import ActorKind, NameMention

__all__ = ["entry_name"]

_ENTRY_GAP = 3
"""How many characters may part a name line from the sentence after it (". " or a line break)."""


def entry_name(earlier: Sequence[NameMention], offset: int, *, kb: KnowledgeBase) -> str | None:
    """The person an entry is about, for its sentence at *offset*: the person whose name,
    the last one written before *offset*, ends right before it (a line of the name alone);
    ``None`` otherwise.

    Args:
        earlier: The names the text wrote, in order.
        offset: Where the sentence starts.
        kb: The knowledge base the names resolve in.

    >>> from claimcheck.model import Span
    >>> named = [NameMention(span=Span("g", 0, "Andrii Sybiha"), actor="Andrii Sybiha")]
    >>> entry_name(named, 15, kb=KnowledgeBase.default())
    'Andrii Sybiha'

    .. versionadded:: 0.1.0
    """
    before = [m for m in earlier if m.span.offset < offset]
    if not before:
        return None
    last = before[-1]
    actor = kb.identify(last.actor).actor
    near = 0 <= offset - (last.span.offset + len(last.span.text)) <= _ENTRY_GAP
    return actor.name if near and actor is not None and actor.kind is ActorKind.PERSON else None
