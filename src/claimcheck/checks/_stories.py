"""Which statements of different documents tell one story, and which outlet a name means.

A proposition key (`claimcheck.checks._propositions`) matches a statement retold in other
words only when its subject and verb say the same; a report relayed by another outlet is
often retold more freely ("the government is accelerating an order" for "Lithuania is
speeding up an order"). Where the question is only whether one document's words are the
story of another document (is this outlet's report the one credited?), the statements'
content words decide: enough of them shared, counted on the shorter statement.

An outlet named in one document is the document of another whose header names that
outlet: by the same name, or by its first words ("the Meridian report" for the Meridian
Dispatch).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

from claimcheck.checks._propositions import proposition_group, same_proposition
from claimcheck.checks._support import folded
from claimcheck.model import Actor, ActorKind, Anonymity, Attribution, Claim, Statement

__all__ = [
    "StoryIndex",
    "credited_outlets",
    "names_outlet",
    "names_outlet_called",
    "outlet_key",
    "outlet_keys",
    "same_story",
    "speaks_for_itself",
    "story_words",
    "tells_story_of",
]

_T = TypeVar("_T")

_SHARED = 3
"""Content words two statements must share to tell one story."""
_SHARE = 0.25
"""The part of the shorter statement's content words they must share."""
_STEM = 5
"""Letters a word keeps: enough to tell words apart, few enough that "invite" and
"invitation", "withdraw" and "withdrawal" meet."""
_STOPWORDS = frozenset(
    """a an the and or but of to in on at by for from with without into onto over under about
    as than that this these those it its it's their there they them he she his her we our you
    i is are was were be been being has have had do does did will would could should may might
    must can shall not no nor so if then also just only still yet more most some any all each
    other such very much many few both either neither own same new last next first said says
    say told according reported report reports story who whom which what when where while why
    how since after before during until up out off again further once here now today
    yesterday week month year years some about around nearly roughly almost""".split()
)
_COMMON = 32
"""A word that more statements of one scope share than this says nothing of which story
they tell: `StoryIndex` does not look up by it."""
_TOKEN = re.compile(r"[^\W_][\w’'-]*")
_OUTLET_ARTICLE = re.compile(r"^the\s+")


@functools.lru_cache(maxsize=1 << 14)
def story_words(content: str) -> frozenset[str]:
    """The content words of a statement, cut to their first letters; numbers as digits.

    >>> sorted(story_words("The agency weighed a withdrawal of 10,000 troops"))
    ['10000', 'agenc', 'troop', 'weigh', 'withd']
    """
    words = set()
    for token in _TOKEN.findall(content.replace(",", "")):
        low = token.lower().replace("’", "'")
        if low.endswith("'s"):
            low = low[:-2]
        if low in _STOPWORDS or len(low) < 3 and not low.isdigit():
            continue
        words.add(low if low[0].isdigit() else low[:_STEM])
    return frozenset(words)


def same_story(first: Claim, second: Claim) -> bool:
    """Whether two statements tell one story: their keys state one proposition, or they
    share at least three content words and a quarter of the shorter one's.

    >>> from claimcheck.model import Source
    >>> from claimcheck.timespan import TimeSpan
    >>> def claim(doc, content):
    ...     source = Source(document_id=doc, published=TimeSpan.day(2025, 1, 2))
    ...     return Claim(id="c", source=source, assertion=Statement(content=content))
    >>> port = claim("a", "the city is speeding up a tender for six electric ferries")
    >>> same_story(port, claim("b", "Oslo is accelerating its tender for six electric ferries"))
    True
    >>> same_story(port, claim("b", "Oslo is cutting bus fares for students"))
    False
    """
    one, other = _story(first), _story(second)
    return one is not None and other is not None and _one_story(one, other)


def tells_story_of(claim: Claim, others: Iterable[Claim]) -> bool:
    """Whether one of *others* tells *claim*'s story (`same_story`), *claim*'s words read once.

    >>> from claimcheck.model import Source
    >>> from claimcheck.timespan import TimeSpan
    >>> def claim(content):
    ...     source = Source(document_id="d", published=TimeSpan.day(2025, 1, 2))
    ...     return Claim(id="c", source=source, assertion=Statement(content=content))
    >>> port = claim("the city is speeding up a tender for six electric ferries")
    >>> others = [
    ...     claim("Oslo is cutting bus fares for students"),
    ...     claim("Oslo is accelerating its tender for six electric ferries"),
    ... ]
    >>> tells_story_of(port, others), tells_story_of(port, others[:1])
    (True, False)
    """
    story = _story(claim)
    return story is not None and any(
        other is not None and _one_story(story, other) for other in map(_story, others)
    )


_Story = tuple[str | None, frozenset[str]]
"""What `same_story` compares of a statement: its proposition key and its content words."""


def _story(claim: Claim) -> _Story | None:
    assertion = claim.assertion
    if not isinstance(assertion, Statement):
        return None
    return assertion.proposition, story_words(assertion.content)


def _one_story(one: _Story, other: _Story) -> bool:
    (key, words), (other_key, others) = one, other
    if key and other_key and same_proposition(key, other_key):
        return True
    shared = len(words & others)
    return shared >= _SHARED and shared >= _SHARE * min(len(words), len(others))


def outlet_key(name: str) -> str:
    """What outlets are grouped by: the first word of the name, folded, so that a short form
    ("Meridian") meets the full name ("the Meridian Dispatch").

    >>> outlet_key("The Meridian Dispatch"), outlet_key("meridian")
    ('meridian', 'meridian')
    """
    words = _name_words(name)
    return words[0] if words else ""


def names_outlet(name: str, outlet: Actor) -> bool:
    """Whether *name*, as a text writes it, names *outlet*: one of its names, or their first
    words ("Meridian" for "Meridian Dispatch", not "Dispatch").

    >>> dispatch = Actor("Meridian Dispatch", ActorKind.OUTLET)
    >>> names_outlet("the Meridian", dispatch), names_outlet("Dispatch", dispatch)
    (True, False)
    """
    return _names_any(name, outlet.names)


@functools.lru_cache(maxsize=1 << 14)
def names_outlet_called(name: str, outlet: str) -> bool:
    """Whether *name* names the outlet called *outlet* (in full, or by its first words),
    remembered: the checks ask it of the same few names again and again.

    >>> names_outlet_called("the Meridian", "Meridian Dispatch"), names_outlet_called("Dispatch", "Meridian Dispatch")
    (True, False)
    """
    return folded(name) == folded(outlet) or _names_any(name, (outlet,))


@functools.lru_cache(maxsize=1 << 14)
def _names_any(name: str, names: tuple[str, ...]) -> bool:
    """`names_outlet` for an outlet called *names*, remembered: the checks ask it of the
    same few outlets again and again."""
    words = _name_words(name)
    return bool(words) and any(_name_words(full)[: len(words)] == words for full in names)


@functools.lru_cache(maxsize=1 << 12)
def _name_words(name: str) -> tuple[str, ...]:
    """The words of an outlet's name, folded, without a leading article."""
    return tuple(_OUTLET_ARTICLE.sub("", folded(name)).split())


def credited_outlets(attribution: Attribution | None) -> list[str]:
    """The names of the outlets (or organizations speaking as outlets) a claim is credited
    to or passed through, as written: its ``via`` and its speaker."""
    if attribution is None:
        return []
    names = [outlet.name for outlet in attribution.via]
    speaker = attribution.speaker
    if (speaker is not None and speaker.kind is ActorKind.OUTLET) or (
        speaker is None and attribution.anonymity is Anonymity.NAMED_ORGANIZATION
    ):
        names.append(attribution.speaker_name)
    return names


_PUBLIC_BODIES = frozenset(
    folded(word)
    for word in (
        "force", "forces", "army", "navy", "military", "ministry", "government", "police",
        "presidency", "kremlin", "pentagon", "command", "staff", "guard", "parliament",
        "court", "prosecutors", "prosecutor", "office", "council", "commission", "bank",
        "department", "administration", "embassy", "cabinet", "directorate", "bureau",
        "secretariat", "committee", "headquarters",
    )
)  # fmt: skip
"""The last words of the names of public bodies, which speak for themselves: not outlets;
as `folded` writes them ("navy" as "navi"), to meet names folded alike."""


def speaks_for_itself(claim: Claim) -> bool:
    """Whether *claim* is credited to a body speaking for itself, on the record ("Ukraine's
    air force said"), not to an outlet whose report was passed on: a known actor that is no
    outlet, or a name that ends as a public body's does."""
    attribution = claim.attribution
    if attribution is None or attribution.anonymity is not Anonymity.NAMED_ORGANIZATION:
        return False
    speaker = attribution.speaker
    if speaker is not None:
        return speaker.kind is not ActorKind.OUTLET
    words = folded(attribution.speaker_name).split()
    return bool(words) and words[-1] in _PUBLIC_BODIES


def outlet_keys(names: Iterable[str]) -> set[str]:
    """The `outlet_key` of each name, without empty ones."""
    return {key for key in map(outlet_key, names) if key}


class StoryIndex(Generic[_T]):
    """Statements indexed by their words and proposition keys, each with an item, so that
    those telling the story of a given statement are found without comparing every pair.

    A statement is looked up by each of its content words and its key's group, within a
    scope (an outlet, say); words too common in a scope are skipped, so a lookup costs
    little whatever the size of the corpus. A missed match only hides a finding.

    >>> from claimcheck.model import Source
    >>> from claimcheck.timespan import TimeSpan
    >>> def claim(content):
    ...     source = Source(document_id="d", published=TimeSpan.day(2025, 1, 2))
    ...     return Claim(id="c", source=source, assertion=Statement(content=content))
    >>> index: StoryIndex[str] = StoryIndex()
    >>> index.add(claim("Oslo is accelerating its tender for six electric ferries"), "ferries", scope="a")
    >>> index.matches(claim("the city is speeding up a tender for six electric ferries"), scope="a")
    ['ferries']
    """

    def __init__(self) -> None:
        self._postings: dict[Hashable, dict[Hashable, list[tuple[int, _Story, _T]]]] = {}
        self._added = 0

    def add(self, claim: Claim, item: _T, *, scope: Hashable = None) -> None:
        """Index *claim*'s statement, with *item*, in *scope*."""
        self._added += 1
        story = _story(claim)
        if story is None:
            return
        entry = (self._added, story, item)
        postings = self._postings.setdefault(scope, {})
        for token in _tokens(claim):
            posting = postings.get(token)
            if posting is None:
                postings[token] = [entry]
            else:
                posting.append(entry)

    def matches(self, claim: Claim, *, scope: Hashable = None) -> list[_T]:
        """The items of the statements of *scope* that tell *claim*'s story, in the order
        they were added."""
        postings = self._postings.get(scope)
        story = _story(claim)
        if postings is None or story is None:
            return []
        found: dict[int, _T] = {}
        tried: set[int] = set()
        for token in _tokens(claim):
            posting = postings.get(token, ())
            if len(posting) > _COMMON:
                continue
            for added, other, item in posting:
                if added not in tried:
                    tried.add(added)
                    if _one_story(story, other):
                        found[added] = item
        return [found[added] for added in sorted(found)]


def _tokens(claim: Claim) -> frozenset[Hashable]:
    assertion = claim.assertion
    if not isinstance(assertion, Statement):
        return frozenset()
    return _statement_tokens(assertion.content, assertion.proposition)


@functools.lru_cache(maxsize=1 << 14)
def _statement_tokens(content: str, proposition: str | None) -> frozenset[Hashable]:
    """What a statement is indexed and looked up by: its content words and its key's group."""
    if not proposition:
        return story_words(content)
    return story_words(content) | {proposition_group(proposition)}
