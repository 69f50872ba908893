"""Lengths of membership: "Montenegro, which has been a member for seven years", measured
from the country's recorded accession to the time of writing."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck._extract_actors import Mention
from claimcheck._extract_text import Sentence
from claimcheck._extract_tokens import Token
from claimcheck.dates import DateMention
from claimcheck.kb import Confidence, KnowledgeBase
from claimcheck.model import ActorKind, DurationSince
from claimcheck.timespan import Duration

__all__ = ["membership_length"]

_MEMBER_FOR = re.compile(
    r"(?:\b(?:has|have)\s+(?:now\s+|already\s+|just\s+)?been\s+|(?P<apposed>(?<=,\s)))"
    r"(?:a|an|its)\s+"
    r"(?:(?:full|full-fledged)\s+)?(?:[A-Z][\w.]*\s+)?(?:member|ally)"
    r"(?:\s+of\s+(?:the\s+)?[\w.]+)?\s+for\s+$"
)
"""A present perfect of being a member, just before a length ("has now been a member for",
"has been a NATO ally for"), or the same words set beside the country's name ("Norway, a
member for six years,"): a membership still held."""
_BEFORE = 80
_COMMA_AFTER = re.compile(r",\s+(?:a|an|its)\s")
"""The comma right after a country's name that sets a length of membership beside it."""
"""How far before the verb the country may be named, in characters."""


def membership_length(
    line: Sentence, tokens: Sequence[Token], mentions: Sequence[Mention], dates: Sequence[DateMention], *, kb: KnowledgeBase
) -> tuple[DurationSince, int, int] | None:
    """A country's length of membership, from its one accession the facts record with more
    than low confidence to the time of writing.

    The country is the body named last before the words of membership, within ``_BEFORE``
    characters; the present perfect ("has been a member for") measures to the time of
    writing.

    Args:
        line: The sentence.
        tokens: The sentence's tokens.
        mentions: The names the sentence writes.
        dates: The date mentions of the sentence (lengths among them).
        kb: The knowledge base whose accessions give the start.

    Returns:
        The claim and its characters in the text (from the country to the length), or ``None``.

    .. versionadded:: 0.1.0
    """
    sentence, offset = line.text, line.offset
    if "member" not in sentence and "ally" not in sentence:
        return None
    for date in dates:
        length = date.value
        at = date.offset - offset
        if not isinstance(length, Duration) or length.relation is not None:
            continue
        found = _MEMBER_FOR.search(sentence, max(0, at - 60), at)
        if found is None:
            continue
        bodies = [
            m
            for m in mentions
            if m.kind is ActorKind.ORGANIZATION and found.start() - _BEFORE <= tokens[m.first].start - offset < found.start()
        ]
        if not bodies:
            return None
        country = bodies[-1]
        after_country = tokens[country.stop - 1].end - offset
        if found.group("apposed") is not None and _COMMA_AFTER.match(sentence, after_country) is None:
            continue  # set beside another name than the country's
        events = [
            e
            for e in kb.find_events(kind="accession", participant=country.actor.name)
            if e.confidence is not Confidence.LOW
        ]
        if len(events) != 1:
            return None
        (event,) = events
        claim = DurationSince(subject=f"{country.actor.name} as a member", since=event.when, length=length)
        return claim, tokens[country.first].start, date.offset + len(date.text)
    return None
