"""Strategies for who says what, and where: actors, citations, sources, attributions, spans."""

from __future__ import annotations

from collections.abc import Collection

from hypothesis import strategies as st

from claimcheck.model import Actor, ActorKind, Anonymity, Attribution, Citation, Source, Span
from claimcheck.strategies._text import (
    _ANONYMOUS,
    _CUES,
    _HEDGES,
    _IDENTIFIER,
    _LANGUAGES,
    _NAME,
    _NAMES,
    _NAMES_BY_KIND,
    _SENTENCE,
    _matching,
    _optional,
    _readable,
    _tuples,
)
from claimcheck.strategies._time import _SPAN


def _actor_of_kind(kind: ActorKind) -> st.SearchStrategy[Actor]:
    names = _readable(_NAMES_BY_KIND[kind])

    def actor(name: str, aliases: list[str]) -> Actor:
        return Actor(name, kind, tuple(alias for alias in aliases if alias != name))

    return st.builds(actor, names, st.lists(names, max_size=3, unique=True))


_ACTORS_BY_KIND = {kind: _actor_of_kind(kind) for kind in ActorKind}


def actors(*, kinds: Collection[ActorKind] | None = None) -> st.SearchStrategy[Actor]:
    """Valid `Actor` values with readable (sometimes non-ASCII) names and unique aliases.

    Shrinks toward a person with no aliases, the form a case file writes as a bare name.

    Args:
        kinds: The kinds to draw from; all of them by default.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(actors(kinds=[ActorKind.OUTLET]))
    ... def check(actor):
    ...     assert actor.kind is ActorKind.OUTLET and actor.name not in actor.aliases
    >>> check()

    .. versionadded:: 0.1.0
    """
    chosen = list(ActorKind) if kinds is None else list(kinds)
    if not chosen:
        raise ValueError("actors() needs at least one kind")
    return st.one_of([_ACTORS_BY_KIND[kind] for kind in chosen])


_ACTOR = actors()
_OUTLET = actors(kinds=[ActorKind.OUTLET])


def citations() -> st.SearchStrategy[Citation]:
    """Valid `Citation` values, mostly of outlets.

    Shrinks toward a citation of a bare outlet name with nothing else known.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(citations())
    ... def check(citation):
    ...     assert citation.outlet.name.strip()
    >>> check()

    .. versionadded:: 0.1.0
    """
    return st.builds(
        Citation,
        outlet=actors(kinds=[ActorKind.OUTLET, ActorKind.ORGANIZATION, ActorKind.PERSON]),
        document_id=_optional(_IDENTIFIER),
        published=_optional(_SPAN),
        description=_optional(_SENTENCE),
    )


_CITATIONS = _tuples(citations(), max_size=2)


def sources(*, document_ids: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Source]:
    """Valid `Source` values: an id, a publication span, and optionally everything else.

    Shrinks toward a source with only its id and a one-day publication span.

    Args:
        document_ids: Where the document ids come from; readable identifiers by default.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(sources(document_ids=st.just("a2")))
    ... def check(source):
    ...     assert source.document_id == "a2"
    >>> check()

    .. versionadded:: 0.1.0
    """
    return st.builds(
        Source,
        document_id=_IDENTIFIER if document_ids is None else document_ids,
        published=_SPAN,
        outlet=_optional(_ACTOR),
        title=_optional(_SENTENCE),
        url=_optional(_IDENTIFIER.map(lambda name: f"https://news.example/{name}")),
        byline=_tuples(_readable(_NAMES)),
        language=_matching(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}", _LANGUAGES),
        cites=_CITATIONS,
    )


def attributions() -> st.SearchStrategy[Attribution]:
    """Valid `Attribution` values: named or anonymous speakers, chains of outlets, hedges.

    Shrinks toward a named person with no resolved actor, no chain, no cue and no hedge.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(attributions())
    ... def check(attribution):
    ...     assert attribution.speaker is None or not attribution.anonymous
    >>> check()

    .. versionadded:: 0.1.0
    """
    rest = {
        "via": _tuples(_OUTLET),
        "cue": _optional(_readable(_CUES)),
        "hedges": _tuples(_readable(_HEDGES)),
    }
    named = st.builds(
        Attribution,
        speaker_name=_NAME,
        anonymity=st.sampled_from((Anonymity.NAMED_PERSON, Anonymity.NAMED_ORGANIZATION)),
        speaker=_optional(_ACTOR),
        **rest,
    )
    anonymous = st.builds(
        Attribution,
        speaker_name=_readable(_ANONYMOUS),
        anonymity=st.sampled_from((Anonymity.ANONYMOUS_PERSON, Anonymity.ANONYMOUS_GROUP)),
        **rest,
    )
    return named | anonymous


_OFFSET = st.integers(0, 100_000)


def spans(*, document: str | None = None) -> st.SearchStrategy[Span]:
    """Valid `Span` values: a document id, an offset and a piece of text.

    Shrinks toward a span at offset 0.

    Args:
        document: The document every span is in; any identifier by default.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(spans(document="a2"))
    ... def check(span):
    ...     assert span.document == "a2" and span.end > span.offset
    >>> check()

    .. versionadded:: 0.1.0
    """
    return st.builds(
        Span, _IDENTIFIER if document is None else st.just(document), _OFFSET, _SENTENCE
    )
