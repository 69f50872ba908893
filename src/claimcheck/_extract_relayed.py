"""What a relay says its source said: the speaker's own clause inside a relayed attribution.

"The ministry announced a new package, the Post reported" is one attribution: the ministry,
via the Post. Its words run from the speaker to the relay's cue, so the clause the speaker
said ("a new package") lies inside them, not before or after. That clause is the statement
the relay credits, and the statement of any phrase about the relay's standing inside the
same words ("the Post, which broke the story").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from claimcheck._extract_statements import StatementMention
from claimcheck.attribution import AttributionMention
from claimcheck.model import Statement

__all__: list[str] = []

_MIN_WORDS = 3
_LEADING = re.compile(r"^\s*(?:that\s+)?", re.IGNORECASE)
_BEFORE_RELAY = re.compile(r"[\s,;:\-–—]*(?:(?:the|according\s+to)\s+)?$", re.IGNORECASE)
"""What stands between the speaker's clause and the relay's name: ", ", ", the"."""


def spoken_inside(
    mention: AttributionMention, *, key: Callable[[str], str | None]
) -> StatementMention | None:
    """The clause a relayed speaker said, when it lies inside *mention*'s own words.

    *mention* must credit a speaker via an outlet, its words must open with the speaker and
    its cue ("The ministry announced"), and the relay must be named after that cue, after a
    clause of three words or more. Offsets are *mention*'s, in the text.

    Args:
        mention: An attribution found in a text.
        key: The proposition key of a statement's content.

    Returns:
        The statement with its characters in the text, or ``None`` when *mention* has no
        speaker's clause inside it.

    >>> from claimcheck.attribution import find_attributions
    >>> text = "Kyiv announced fresh talks with Warsaw on grain, the Harbor Times reported."
    >>> [mention] = find_attributions(text)
    >>> spoken_inside(mention, key=lambda content: None).statement.content
    'fresh talks with Warsaw on grain'

    .. versionadded:: 0.1.0
    """
    attribution = mention.attribution
    if not attribution.via or not attribution.cue:
        return None
    text = mention.text
    cue = re.search(rf"\b{re.escape(attribution.cue)}\b", text)
    if cue is None or attribution.speaker_name not in text[: cue.start()]:
        return None
    relay = _first_name(text, cue.end(), [n for actor in attribution.via for n in actor.names])
    if relay is None:
        return None
    start = cue.end()
    leading = _LEADING.match(text[start:])
    if leading is not None:
        start += leading.end()
    stop = start + len(_BEFORE_RELAY.sub("", text[start:relay]))
    content = " ".join(text[start:stop].split())
    if len(content.split()) < _MIN_WORDS or "," in content:
        return None
    offset = mention.offset
    return StatementMention(Statement(content=content, proposition=key(content)), offset + start, offset + stop)


def _first_name(text: str, after: int, names: list[str]) -> int | None:
    """Where the first of *names* stands in *text* after character *after*."""
    found = [at for name in names if (at := text.find(name, after)) >= 0]
    return min(found) if found else None
