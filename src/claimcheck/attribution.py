"""Attribution: who a statement is credited to, through which outlets, and how firmly.

`parse_attribution` reads one phrase or sentence; `find_attributions` reads a whole text,
resolving "the newspaper", "journalists" and "he" to what the text named before.
`CitationGraph` follows attributions and citations across documents to their upstream roots.

>>> a = parse_attribution("Le Monde, citing unnamed sources, reports that talks stalled.")
>>> a.speaker_name, a.anonymity.value, [o.name for o in a.via]
('unnamed sources', 'anonymous_group', ['Le Monde'])

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from claimcheck._attribution_graph import CitationGraph, CitationIssue, IssueKind, Root, RootKind
from claimcheck._attribution_lexicon import OUTLET_NAMES
from claimcheck._attribution_outlets import Outlets
from claimcheck._attribution_parse import Reader
from claimcheck._attribution_text import WordForms, clauses, paragraphs, sentences, tokenize
from claimcheck.model import Actor, ActorKind, Attribution
from claimcheck.names import AliasIndex

__all__ = [  # noqa: RUF022 - sorted() order, as tests/test_public_api.py checks
    "AttributionMention",
    "CitationGraph",
    "CitationIssue",
    "IssueKind",
    "OUTLETS",
    "Root",
    "RootKind",
    "find_attributions",
    "parse_attribution",
]

OUTLETS: tuple[Actor, ...] = tuple(
    Actor(name, ActorKind.OUTLET, aliases=aliases) for name, _, aliases in OUTLET_NAMES
)
"""The news outlets and agencies recognised without being given."""


@attrs.frozen(kw_only=True)
class AttributionMention:
    """An attribution found in a text: the attributing words, where they are, what they say.

    Args:
        text: The attributing words as written, from the first cue or name to the last
            ("Le Monde, citing unnamed sources, reports").
        offset: Where *text* starts in the text that was read.
        attribution: What the words attribute, to whom and through whom.

    >>> (mention,) = find_attributions("Prices rose, Reuters reported.")
    >>> mention.text, mention.offset, mention.end
    ('Reuters reported', 13, 29)

    .. versionadded:: 0.1.0
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    offset: int = attrs.field(validator=[attrs.validators.instance_of(int), attrs.validators.ge(0)])
    attribution: Attribution = attrs.field(validator=attrs.validators.instance_of(Attribution))

    @property
    def end(self) -> int:
        """The offset just past *text*."""
        return self.offset + len(self.text)


def find_attributions(
    text: str, *, index: AliasIndex | None = None, outlets: Iterable[Actor] = ()
) -> list[AttributionMention]:
    """Every attribution in *text*, in order, each with its words and their offset.

    The text is read as one document: "the newspaper", "the publication" and bare
    "journalists" refer to the last outlet named before them (a newspaper for "the
    newspaper", an agency for "the agency"); "he", "she" and "they" to the last person or
    group; "the diplomat", bare "sources" and the same description again inherit the chain
    of the last anonymous speaker; an outlet that the document reached through another keeps
    that chain.
    Reading is linear in the length of the text and never raises for a string.

    Args:
        text: The text of a document.
        index: Resolves named speakers to actors when given.
        outlets: Outlets to recognise beyond `OUTLETS`.

    Returns:
        The attributions in the order of their offsets.

    Raises:
        TypeError: An item of *outlets* is not an `Actor`.

    >>> found = find_attributions("Bloomberg reported the plan. The agency said it stalled.")
    >>> [(m.text, m.attribution.speaker_name) for m in found]
    [('Bloomberg reported', 'Bloomberg'), ('The agency said', 'Bloomberg')]

    .. versionadded:: 0.1.0
    """
    reader = Reader(text, Outlets(outlets), index)
    found: list[AttributionMention] = []
    forms: WordForms = {}
    for start, end in paragraphs(text):
        tokens = tokenize(text, start, end, forms=forms)
        for first, stop in sentences(tokens):
            reader.sentence_start = first
            for lo, hi in clauses(tokens, first, stop, text=text):
                reader.note_outlets(tokens, lo, hi)
                result = reader.attribution(tokens, lo, hi)
                reader.note_clause(tokens, lo, hi)
                if result is not None:
                    attribution, begin, finish = result
                    found.append(
                        AttributionMention(
                            text=text[begin:finish], offset=begin, attribution=attribution
                        )
                    )
    return found


def parse_attribution(
    text: str, *, index: AliasIndex | None = None, outlets: Iterable[Actor] = ()
) -> Attribution | None:
    """The attribution of one phrase or sentence, or ``None`` if it attributes nothing.

    "according to the plan", "is said to be", "per cent" and reported speech without a
    cue attribute nothing. Without a document around it, "the newspaper" stays as
    written.

    Args:
        text: A phrase or a sentence.
        index: Resolves a named speaker to an actor when given.
        outlets: Outlets to recognise beyond `OUTLETS`.

    Returns:
        The first attribution of the text, or ``None``.

    >>> parse_attribution("Turnout rose 4 per cent, according to the plan.") is None
    True

    .. versionadded:: 0.1.0
    """
    found = find_attributions(text, index=index, outlets=outlets)
    return found[0].attribution if found else None
