"""Unknown names one slip from a person the same document names: "Olaf Schulz" in an article
that names Chancellor Olaf Scholz.

The knowledge base alone keeps such a name unknown, as it may be someone else (a given name
of four letters tells little); the document's own naming of the person says who is meant,
as a title does for "NATO Secretary General Mark Rette".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from claimcheck.kb import KnowledgeBase
from claimcheck.model import ActorKind, NameMention, Span
from claimcheck.names import Method, near_miss_of

__all__ = ["slips_of_named"]


def slips_of_named(
    unknown: Iterable[Span], named: Sequence[NameMention], kb: KnowledgeBase
) -> list[NameMention]:
    """The *unknown* person names that misspell a known person the document names (*named*),
    each recorded as naming that person.

    Args:
        unknown: Where the document writes person names the knowledge base does not know.
        named: The names of known actors the document writes.
        kb: The knowledge base the *named* actors resolve in.

    Returns:
        A name mention for each unknown name one slip from a person named, with the given
        name written as theirs (`claimcheck.names.near_miss_of`).

    >>> from claimcheck.kb import KnowledgeBase
    >>> named = [NameMention(span=Span("a", 0, "Olaf Scholz"), actor="Olaf Scholz")]
    >>> [m.actor for m in slips_of_named([Span("a", 40, "Olaf Schulz")], named, KnowledgeBase.default())]
    ['Olaf Scholz']

    .. versionadded:: 0.1.0
    """
    people = []
    for name in dict.fromkeys(m.actor for m in named):
        actor = kb.identify(name).actor
        if actor is not None and actor.kind is ActorKind.PERSON:
            people.append(actor)
    if not people:
        return []
    found = []
    for span in unknown:
        resolution = near_miss_of(span.text, people)
        if resolution.method is Method.NEAR_MISS and resolution.actor is not None:
            found.append(NameMention(span=span, actor=resolution.actor.name))
    return found
