"""What a passive phrase about sources set off inside a subject confirms: the subject itself.

"The strike on the port, confirmed by both A and B, showed that ..." names an event and
says who confirmed it; the rest of the sentence is the writer's own inference. The
statement the sources are credited with is the subject ("The strike on the port"), not
the clause after the phrase. A subject that is itself a report ("The memo, confirmed by A
and B, said ...") keeps the clause it reports.
"""

from __future__ import annotations

import re

__all__: list[str] = []

_SUBJECT = re.compile(r"^\s*(?P<np>(?:The|A|An|[A-Z][\w'’-]*)\b[^,;:()\"“”]*?)\s*,\s*$")
"""A subject opening the sentence and closed by a comma, with nothing but words inside."""
_CONTINUES = re.compile(
    r"^\s*,\s+(?!(?:and|but|or|which|who|while|as|so)\b)(?:(?:has|have|had|was|were|is|are)\s+)?[a-z]+\b"
)
"""The sentence's verb after the phrase: ", showed", ", has raised" (not a conjunction)."""
_PREPOSITIONS = frozenset("on of in at by for from with against near over into across".split())
_REPORTS = frozenset(
    "report reports story claim claims account article memo document documents letter statement "
    "figure figures estimate estimates tally count data leak dossier assessment finding findings "
    "study survey brief analysis news information revelation revelations scoop quote remarks "
    "comments footage video photo photos images".split()
)
"""Heads of subjects that report something: the clause after them is what they report."""
_MIN_WORDS = 3


def confirmed_subject(sentence: str, start: int, stop: int) -> tuple[int, int] | None:
    """The characters of the subject that a phrase at ``sentence[start:stop]`` confirms.

    The phrase must be set off by commas right after a subject that opens *sentence*, the
    sentence must go on with its verb after it, and the subject's head (its last word before
    a preposition) must not be a report's ("memo", "figure").

    Args:
        sentence: A sentence's text.
        start: Where the phrase about sources begins in it.
        stop: Where the phrase ends.

    Returns:
        ``(start, stop)`` of the subject in *sentence*, or ``None``.

    >>> text = "The blast at the depot, confirmed by both Reuters and AP, raised fears."
    >>> found = confirmed_subject(text, 24, 56)
    >>> text[found[0] : found[1]]
    'The blast at the depot'

    .. versionadded:: 0.1.0
    """
    subject = _SUBJECT.match(sentence[:start])
    if subject is None or _CONTINUES.match(sentence[stop:]) is None:
        return None
    words = subject.group("np").split()
    if len(words) < _MIN_WORDS:
        return None
    head = next((w for w, after in zip(words, words[1:]) if after.lower() in _PREPOSITIONS), words[-1])
    if head.lower().strip("'’") in _REPORTS:
        return None
    return subject.start("np"), subject.end("np")
