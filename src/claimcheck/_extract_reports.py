"""Sources named by what they publish: outlets named with their medium ("the Longitude
podcast", "this week's Harbour Notes newsletter"), and statements credited to an
organization's report ("the institute's brief, which estimates that ...").

A podcast, a newsletter or a live blog is an outlet whatever its name looks like: the word
for its medium after a name says so. An organization's brief, study or report that states
something ("estimates that", "finds that") credits the organization with it, as "the
institute said" would.
"""

from __future__ import annotations

import re

from claimcheck.attribution import AttributionMention
from claimcheck.model import Anonymity, Attribution

__all__: list[str] = []

NAME_WORD = r"[A-Z][\w’'&.-]*"
"""A capitalized word of a name ("Harbour", "O'Neill", "AT&T")."""
_MEDIUM = r"(?:podcast|newsletter|live\s?blog|blog|vodcast)"
"""Words for the media that only outlets publish in."""
MEDIUM_AFTER = rf"(?:\s+{_MEDIUM}\b)"
"""A medium's word after an outlet's name ("the Longitude podcast"), as a pattern's piece."""
_NAMED_MEDIUM = re.compile(
    rf"(?:\b(?:this|last|next)\s+(?:week|month|morning|evening|year)['’]s\s+|\b[Tt]he\s+)?"
    rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,4}}){MEDIUM_AFTER}"
)
_ACRONYM = re.compile(r"[A-Z0-9]+")
_OPENERS = frozenset({"as", "in", "on", "at", "for", "from", "by", "with", "a", "an", "the", "this", "that", "our", "my"})
"""Capitalized words that open a sentence or a phrase rather than a name ("As", "The")."""


def outlets_by_medium(text: str) -> list[str]:
    """The names of the outlets *text* names with their medium, without a leading article;
    an acronym alone ("the NATO podcast") names the body that publishes, not an outlet.

    >>> outlets_by_medium("As this week's Harbour Notes newsletter put it, the Tide Line podcast agreed.")
    ['Harbour Notes', 'Tide Line']
    """
    names = []
    for match in _NAMED_MEDIUM.finditer(text):
        name = bare_name(match.group("name"))
        if name and not _ACRONYM.fullmatch(name) and name not in names:
            names.append(name)
    return names


def bare_name(name: str) -> str:
    """*name* without the words before it that open a sentence or a phrase ("As The")."""
    words = name.split()
    while words and words[0].lower() in _OPENERS:
        words = words[1:]
    return " ".join(words)


_REPORT = re.compile(
    rf"(?P<name>(?:[Tt]he\s+)?{NAME_WORD}(?:\s+(?:of\s+|for\s+|&\s+)?{NAME_WORD}){{0,5}})['’]s\s+"
    r"(?:(?:new|latest|annual|recent|own|policy)\s+)?"
    r"(?:brief|briefing|report|study|survey|analysis|paper|estimate|assessment|audit|review)"
    r"(?:\s*,[^,;.\"“”]{1,60},)?\s*,?\s*(?:which\s+)?"
    r"(?P<cue>estimates|estimated|finds|found|says|said|concludes|concluded|shows|showed|"
    r"calculates|calculated|reckons|reckoned|puts|put)\s+that\b"
)


def report_credits(text: str) -> list[AttributionMention]:
    """The mentions that credit an organization with what its report states: "the Harbour
    Institute's study, published on Monday, which finds that ...": the words up to the
    verb, credited to the organization (a named organization; the words that open a
    sentence, such as "As", are not part of its name).

    >>> [m] = report_credits("Hosts discuss the Harbour Institute's brief, which estimates that ferries lost money.")
    >>> m.attribution.speaker_name, m.text
    ('Harbour Institute', "the Harbour Institute's brief, which estimates")

    .. versionadded:: 0.1.0
    """
    found = []
    for match in _REPORT.finditer(text):
        name = bare_name(match.group("name"))
        if not name:
            continue
        start = match.start("name")
        attribution = Attribution(
            speaker_name=name, anonymity=Anonymity.NAMED_ORGANIZATION, cue=match.group("cue")
        )
        found.append(AttributionMention(text=text[start : match.end("cue")], offset=start, attribution=attribution))
    return found
