"""What the readers of lengths in office share: the person a length is told of, whether a
recorded tenure fits the tense it is told in, and the claim of a length in that tenure."""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck._extract_actors import Mention
from claimcheck._extract_tokens import Token
from claimcheck.kb import Confidence, Holding, Tenure, Truth
from claimcheck.model import ActorKind, DurationSince
from claimcheck.timespan import Duration, TimeSpan

__all__ = ["fits_tense", "person_before", "role_words", "tenure_length"]


def person_before(
    mentions: Sequence[Mention], tokens: Sequence[Token], at: int, *, adjacent: bool = False
) -> str | None:
    """The person named last before the character *at*, not as an owner ("Merz's").

    Args:
        mentions: The names of the sentence, in order.
        tokens: The sentence's tokens.
        at: Where the words of the length start in the document.
        adjacent: Whether only a name that ends right at *at* counts (a length in
            apposition: "Merz, two months into the job").

    Returns:
        The person's name, or ``None``.

    >>> from claimcheck._extract_tokens import tokenize
    >>> from claimcheck.model import Actor
    >>> tokens = tokenize("Jane Roe, in office for a year.", 0)
    >>> person_before([Mention(0, 2, "Jane Roe", Actor("Jane Roe"), False)], tokens, 10)
    'Jane Roe'

    .. versionadded:: 0.1.0
    """
    people = [
        m
        for m in mentions
        if m.actor.kind is ActorKind.PERSON and not m.possessive and tokens[m.stop - 1].end <= at
    ]
    if not people or (adjacent and tokens[people[-1].stop - 1].end != at):
        return None
    return people[-1].actor.name


def fits_tense(holding: Holding, present: bool | None, published: TimeSpan) -> bool:
    """Whether *holding* is one the tense can speak of.

    Args:
        holding: A tenure and whether it is held at *published*.
        present: ``True`` for a tenure held at the time of writing (a present perfect),
            ``False`` for one ended before it (a past tense), ``None`` for either.
        published: The time of writing.

    Returns:
        ``False`` for an acting tenure or one whose start is known with low confidence;
        else whether the tenure is open at *published* (present), ended before it with
        more than low confidence (past), or started before it (either).

    >>> from claimcheck.kb import KnowledgeBase
    >>> now = TimeSpan.day(2024, 12, 1)
    >>> held = KnowledgeBase.default().offices_of("Mark Rutte", now).holdings
    >>> [fits_tense(h, True, now) for h in held]
    [True]

    .. versionadded:: 0.1.0
    """
    tenure = holding.tenure
    if tenure.acting or tenure.start_confidence is Confidence.LOW:
        return False
    if present is None:
        return tenure.start is not None and tenure.start.is_before(published)
    if present:
        return holding.truth is Truth.TRUE
    ended = tenure.end is not None and tenure.end.is_before(published)
    return ended and tenure.end_confidence is not Confidence.LOW


def role_words(tenure: Tenure) -> str:
    """The role of *tenure*'s office in lower case, hyphens as spaces, as a sentence writes
    it ("secretary general").

    >>> from claimcheck.kb import KnowledgeBase
    >>> now = TimeSpan.day(2024, 12, 1)
    >>> held = KnowledgeBase.default().offices_of("Mark Rutte", now).holdings
    >>> [role_words(h.tenure) for h in held]
    ['secretary general']

    .. versionadded:: 0.1.0
    """
    return tenure.office.role.lower().replace("-", " ")


def tenure_length(
    tenure: Tenure, length: Duration, *, as_of: TimeSpan | None = None
) -> DurationSince:
    """The claim that *tenure*'s holder has held its office for *length*, from its start.

    Args:
        tenure: The recorded tenure, its start known.
        length: The length the text gives.
        as_of: When the length is measured to; ``None`` for the claim's own time.

    Returns:
        The claim, its subject the holder "as" the office.

    >>> from claimcheck.kb import KnowledgeBase
    >>> now = TimeSpan.day(2024, 12, 1)
    >>> (held,) = KnowledgeBase.default().offices_of("Mark Rutte", now).holdings
    >>> tenure_length(held.tenure, Duration(months=1)).subject
    'Mark Rutte as Secretary General of NATO'

    .. versionadded:: 0.1.0
    """
    assert tenure.start is not None, "a length is measured from a known start"
    office = f"{tenure.office.role} of {tenure.office.organization}"
    subject = f"{tenure.holder.name} as {office}"
    return DurationSince(subject=subject, since=tenure.start, length=length, as_of=as_of)
