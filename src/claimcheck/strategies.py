"""Hypothesis strategies for every claimcheck type, for your own property tests.

Install with ``pip install claimcheck[strategies]``. Each function returns a strategy for
one type, takes only keyword arguments, and says in its docstring what its examples shrink
toward. The generated values are valid (they pass the model's own checks) and look like
news data: readable names and words most of the time, with some non-ASCII text and some
arbitrary Unicode mixed in.

The package registers these strategies with Hypothesis through the ``hypothesis`` entry
point, so ``st.from_type(Claim)`` works in your tests once claimcheck is installed. Nothing
else in claimcheck imports this module, and only this module imports Hypothesis.

>>> from hypothesis import given
>>> from claimcheck.strategies import time_spans
>>> @given(time_spans())
... def test_a_span_contains_itself(span):
...     assert span.contains(span)
>>> test_a_span_contains_itself()

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import date, datetime, timedelta, timezone
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import attrs

from claimcheck._timespan_units import (
    _DURATION_MODIFIERS,
    _OPEN_END,
    _OPEN_START,
    _UNIT,
    MAX_YEAR,
    MIN_YEAR,
    _floor,
)
from claimcheck.model import (
    WEEKDAYS,
    Actor,
    ActorKind,
    Anonymity,
    Assertion,
    Attribution,
    CaseFile,
    Citation,
    Claim,
    Count,
    Document,
    DurationSince,
    Event,
    EventDate,
    Evidence,
    Expectation,
    Finding,
    Modality,
    Ordinal,
    Quantity,
    RoleHeld,
    Severity,
    Source,
    Span,
    Statement,
    TitleTime,
    Weekday,
    WeekdayName,
)
from claimcheck.timespan import Duration, Granularity, Modifier, Relation, TimeSpan

# -- registration -----------------------------------------------------------------------------
# Hypothesis calls `_register_types` through its entry point while it is being imported. When
# this module is imported first, that happens in the middle of the Hypothesis import below, so
# the hook must already exist and must not need the strategy functions yet: it registers a
# callable per type that looks its strategy up when `st.from_type` first asks for it.

_STRATEGY_NAMES: dict[type, str] = {
    Granularity: "granularities",
    Modifier: "modifiers",
    TimeSpan: "time_spans",
    Duration: "durations",
    Actor: "actors",
    Citation: "citations",
    Source: "sources",
    Attribution: "attributions",
    Span: "spans",
    RoleHeld: "role_helds",
    EventDate: "event_dates",
    Quantity: "quantities",
    DurationSince: "durations_since",
    Count: "counts",
    Ordinal: "ordinals",
    Statement: "statements",
    Weekday: "weekdays",
    Claim: "claims",
    Event: "events",
    Document: "documents",
    Evidence: "evidences",
    Finding: "findings",
    Expectation: "expectations",
    CaseFile: "case_files",
}


def _register_types() -> None:
    """Make ``st.from_type`` use these strategies for every claimcheck type."""
    from hypothesis import strategies

    for cls, name in _STRATEGY_NAMES.items():
        strategies.register_type_strategy(cls, _deferred(name))


def _deferred(name: str) -> Callable[[type], st.SearchStrategy[Any]]:
    def strategy(_cls: type) -> st.SearchStrategy[Any]:
        factory: Callable[[], st.SearchStrategy[Any]] = globals()[name]
        return factory()

    return strategy


from hypothesis import strategies as st  # noqa: E402 - after the hook; see above

__all__ = [
    "actors",
    "assertions",
    "attributions",
    "case_files",
    "citations",
    "claims",
    "counts",
    "documents",
    "durations",
    "durations_since",
    "event_dates",
    "events",
    "evidences",
    "expectations",
    "findings",
    "granularities",
    "modifiers",
    "ordinals",
    "quantities",
    "role_helds",
    "sources",
    "spans",
    "statements",
    "time_spans",
    "weekdays",
]

T = TypeVar("T")

# -- text -----------------------------------------------------------------------------------

_NAMES = (
    "Mark Rutte",
    "Jens Stoltenberg",
    "Olaf Scholz",
    "Emmanuel Macron",
    "Volodymyr Zelensky",
    "Keir Starmer",
    "Kaja Kallas",
    "Jerry Connolly",
    "Ursula von der Leyen",
    "Gabriel Attal",
    "Jürgen Hardt",
    "Łukasz Kowalski",
    "Ana Luísa Gonçalves",
    "Олена Зеленська",
    "Ἀριστοτέλης",
    "佐藤 健",
)
_ORGANIZATIONS = ("NATO", "European Union", "Bundestag", "Élysée", "Kremlin", "Verkhovna Rada")
_OUTLETS = ("Le Monde", "Reuters", "Der Spiegel", "The Guardian", "Kyiv Independent", "Ukrinform")
_PLACES = ("Berlin", "Kyiv", "Brussels", "Washington", "Zürich", "Kraków", "Москва")
_OBJECTS = ("HIMARS", "ATACMS", "Storm Shadow", "Taurus")
_NAMES_BY_KIND = {
    ActorKind.PERSON: _NAMES,
    ActorKind.ORGANIZATION: _ORGANIZATIONS,
    ActorKind.OUTLET: _OUTLETS,
    ActorKind.PLACE: _PLACES,
    ActorKind.OBJECT: _OBJECTS,
}
_SENTENCES = (
    "The alliance met in Brussels.",
    "Aid was announced after the talks.",
    "Le chancelier a parlé aux journalistes.",
    "Die Minister trafen sich in Kyjiw.",
)
_WORDS = (
    "aid",
    "summit",
    "meeting",
    "talks",
    "package",
    "ceasefire",
    "members",
    "membership",
    "invitation",
    "troops",
    "strike",
    "minister",
    "secretary",
    "general",
    "chancellor",
    "president",
    "réunion",
    "Gipfel",
    "année",
    "für",
    "допомога",
)
_ROLES = ("Secretary General", "Chancellor", "President", "Prime Minister", "Foreign Minister")
_CUES = ("said", "according to", "citing", "per", "told", "écrit")
_HEDGES = ("reportedly", "privately", "allegedly", "apparently")
_ANONYMOUS = ("an unnamed European diplomat", "officials", "two people familiar with the talks")
_IDENTIFIERS = ("a1", "a2", "kyiv-independent-2024-12-03", "lemonde.1203", "doc:7")
_LANGUAGES = ("en", "fr", "de", "uk", "en-GB", "pt-BR")
_ZONE_KEYS = (
    "UTC",
    "Europe/London",
    "Europe/Berlin",
    "Europe/Kyiv",
    "America/New_York",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
)

_UNICODE_TEXT = st.text(st.characters(codec="utf-8"), min_size=1, max_size=20).filter(str.strip)
_PHRASES = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4).map(" ".join)


def _readable(samples: Sequence[str]) -> st.SearchStrategy[str]:
    """Mostly *samples* and phrases of known words, sometimes arbitrary Unicode text."""
    return st.one_of(st.sampled_from(samples), _PHRASES, _UNICODE_TEXT)


def _matching(pattern: str, samples: Sequence[str]) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(samples), st.from_regex(pattern, fullmatch=True))


def _optional(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | strategy


def _tuples(
    strategy: st.SearchStrategy[T], *, max_size: int = 3, unique: bool = False
) -> st.SearchStrategy[tuple[T, ...]]:
    return st.lists(strategy, max_size=max_size, unique=unique).map(tuple)


_NAME = _readable(_NAMES + _ORGANIZATIONS + _OUTLETS + _PLACES)
_SENTENCE = st.one_of(
    st.sampled_from(_SENTENCES),
    st.lists(st.sampled_from(_WORDS + _NAMES), min_size=2, max_size=8).map(
        lambda words: " ".join(words).capitalize() + "."
    ),
    _UNICODE_TEXT,
)
_IDENTIFIER = _matching(r"[A-Za-z0-9][A-Za-z0-9_.:\-]{0,12}", _IDENTIFIERS)
_CATEGORY = _matching(
    r"[a-z][a-z0-9]{0,5}(_[a-z0-9]{1,5}){0,2}", ("role_tenure", "event_date", "count", "sourcing")
)
_CLAIM_REF = st.builds(lambda document, claim: f"{document}#{claim}", _IDENTIFIER, _IDENTIFIER)

# -- time -----------------------------------------------------------------------------------

_CALENDAR = tuple(g for g in Granularity if g is not Granularity.DATETIME)
_PARTS = (Modifier.START, Modifier.MID, Modifier.END)
_WHOLE = (Modifier.EXACT, Modifier.APPROX)
_OPEN = tuple(sorted(_OPEN_START | _OPEN_END, key=lambda m: m.value))
_PRECISIONS = (
    timedelta(hours=1),
    timedelta(minutes=1),
    timedelta(seconds=1),
    timedelta(microseconds=1),
)


def granularities() -> st.SearchStrategy[Granularity]:
    """Every `Granularity`; shrinks toward `Granularity.DAY`, then coarser units.

    >>> from hypothesis import find
    >>> find(granularities(), lambda granularity: True)
    <Granularity.DAY: 'day'>

    .. versionadded:: 0.1.0
    """
    return st.sampled_from([*_CALENDAR, Granularity.DATETIME])


def modifiers() -> st.SearchStrategy[Modifier]:
    """Every `Modifier`, those of spans and those of durations; shrinks toward `EXACT`.

    >>> from hypothesis import find
    >>> find(modifiers(), lambda modifier: True)
    <Modifier.EXACT: 'exact'>

    .. versionadded:: 0.1.0
    """
    return st.sampled_from(list(Modifier))


def time_spans(
    *,
    granularities: Collection[Granularity] | None = None,
    min_year: int = MIN_YEAR,
    max_year: int = MAX_YEAR,
    open_ended: bool = True,
    with_datetimes: bool = True,
) -> st.SearchStrategy[TimeSpan]:
    """Valid `TimeSpan` values of every shape.

    Whole units of each granularity, runs of several units, unaligned runs of days that
    keep a coarser granularity, the START, MID and END parts of a unit, approximate spans,
    spans open to the past or the future, and datetime spans (moments at each precision and
    intervals) whose zones are fixed UTC offsets or IANA zones, including ambiguous local
    times in both folds.

    Shrinks toward one whole day with modifier `EXACT`.

    Args:
        granularities: The granularities to draw from; all of them by default.
            `Granularity.DATETIME` is drawn only if *with_datetimes* is true as well.
        min_year, max_year: The years the bounds stay within (an ISO week may reach a few
            days into the neighbouring years).
        open_ended: Whether to draw spans with a ``None`` bound.
        with_datetimes: Whether to draw datetime spans.

    Raises:
        ValueError: Years outside 1..9989, *min_year* after *max_year*, or no granularity
            left to draw.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(time_spans(granularities=[Granularity.MONTH], min_year=2000, max_year=2030))
    ... def check(span):
    ...     assert span.granularity is Granularity.MONTH and span.contains(span)
    >>> check()

    .. versionadded:: 0.1.0
    """
    if not MIN_YEAR <= min_year <= max_year <= MAX_YEAR:
        msg = f"need {MIN_YEAR} <= min_year <= max_year <= {MAX_YEAR} (got {min_year}, {max_year})"
        raise ValueError(msg)
    allowed = (
        list(granularities) if granularities is not None else [*_CALENDAR, Granularity.DATETIME]
    )
    choices = [
        _calendar_spans(
            g, max(min_year, 10) if g is Granularity.DECADE else min_year, max_year, open_ended
        )
        for g in _CALENDAR
        if g in allowed and not (g is Granularity.DECADE and max_year < 10)
    ]
    if with_datetimes and Granularity.DATETIME in allowed:
        choices.append(_datetime_spans(min_year, max_year, open_ended))
    if not choices:
        msg = f"no granularity left to draw from {allowed!r}"
        raise ValueError(msg)
    return st.one_of(choices)


def _calendar_spans(
    granularity: Granularity, min_year: int, max_year: int, open_ended: bool
) -> st.SearchStrategy[TimeSpan]:
    """Whole units, runs of units, unaligned runs of days, parts of a unit, open spans."""
    unit = _UNIT[granularity]
    days = st.dates(date(min_year, 1, 1), date(max_year, 12, 31))
    firsts = days.map(lambda day: _floor(day, granularity))

    def whole(first: date, last: date, modifier: Modifier) -> TimeSpan:
        first, last = min(first, last), max(first, last)
        return TimeSpan(first, last + unit, granularity, modifier)

    def unaligned(bounds: list[date], modifier: Modifier) -> TimeSpan:
        start, end = sorted(bounds)
        return TimeSpan(start, end, granularity, modifier)

    def part(first: date, modifier: Modifier) -> TimeSpan:
        return TimeSpan(*_part_of(first, first + unit, modifier), granularity, modifier)

    def open_span(first: date, modifier: Modifier) -> TimeSpan:
        if modifier in _OPEN_START:
            return TimeSpan(None, first + unit, granularity, modifier)
        return TimeSpan(first, None, granularity, modifier)

    shapes = [
        st.builds(whole, firsts, firsts, st.sampled_from(_WHOLE)),
        st.builds(
            unaligned,
            st.lists(days, min_size=2, max_size=2, unique=True),
            st.sampled_from((*_WHOLE, *_PARTS)),
        ),
        st.builds(part, firsts, st.sampled_from(_PARTS)),
    ]
    if open_ended:
        shapes.append(st.builds(open_span, firsts, st.sampled_from(_OPEN)))
    return st.one_of(shapes)


def _part_of(start: date, end: date, part: Modifier) -> tuple[date, date]:
    """The first, middle or last third of ``[start, end)``, in whole days; all of a short unit."""
    third = (end - start).days // 3
    if third == 0:
        return start, end
    if part is Modifier.START:
        return start, start + timedelta(days=third)
    if part is Modifier.END:
        return end - timedelta(days=third), end
    return start + timedelta(days=third), end - timedelta(days=third)


_ZONES = st.one_of(
    st.just(timezone.utc),
    st.sampled_from([ZoneInfo(key) for key in _ZONE_KEYS]),
    st.integers(-(23 * 60 + 59), 23 * 60 + 59).map(lambda m: timezone(timedelta(minutes=m))),
)


def _datetime_spans(min_year: int, max_year: int, open_ended: bool) -> st.SearchStrategy[TimeSpan]:
    """Moments at each precision, intervals between two instants, open datetime spans."""
    instants = st.datetimes(
        datetime(min_year, 1, 2),  # a day in: east of UTC, 1 January of year 1 is still year 0
        datetime(max_year, 12, 31, 23, 59),
        timezones=_ZONES,
        allow_imaginary=False,
    )

    def moment(start: datetime, length: timedelta, modifier: Modifier) -> TimeSpan:
        whole = TimeSpan.moment(_truncate(start, length), length=length)  # in real time
        return TimeSpan(whole.start, whole.end, Granularity.DATETIME, modifier)

    def interval(bounds: tuple[datetime, datetime], modifier: Modifier) -> TimeSpan:
        first, last = sorted(bounds, key=_utc)  # wall clocks mislead across clock changes
        return TimeSpan(first, last, Granularity.DATETIME, modifier)

    def open_span(bound: datetime, modifier: Modifier) -> TimeSpan:
        if modifier in _OPEN_START:
            return TimeSpan(None, bound, Granularity.DATETIME, modifier)
        return TimeSpan(bound, None, Granularity.DATETIME, modifier)

    pairs = st.tuples(instants, instants).filter(lambda pair: _utc(pair[0]) != _utc(pair[1]))
    shapes = [
        st.builds(
            moment, instants, st.sampled_from(_PRECISIONS), st.sampled_from((*_WHOLE, *_PARTS))
        ),
        st.builds(interval, pairs, st.sampled_from((*_WHOLE, *_PARTS))),
    ]
    if open_ended:
        shapes.append(st.builds(open_span, instants, st.sampled_from(_OPEN)))
    return st.one_of(shapes)


def _utc(value: datetime) -> datetime:
    return value.astimezone(timezone.utc)


def _truncate(value: datetime, length: timedelta) -> datetime:
    if length >= timedelta(hours=1):
        return value.replace(minute=0, second=0, microsecond=0)
    if length >= timedelta(minutes=1):
        return value.replace(second=0, microsecond=0)
    if length >= timedelta(seconds=1):
        return value.replace(microsecond=0)
    return value


_SPAN = time_spans()
_AMOUNTS = ("years", "months", "weeks", "days", "hours", "minutes", "seconds")


def _duration(
    main: str,
    amount: int,
    others: dict[str, int] | None,
    modifier: Modifier,
    relation: Relation | None,
) -> Duration:
    amounts = {**(others or {}), main: amount}
    return Duration(**amounts, modifier=modifier, relation=relation)


def durations() -> st.SearchStrategy[Duration]:
    """Valid `Duration` values: one or more positive amounts, hedges, before/after relations.

    Shrinks toward one year, exact, with no relation (``P1Y``).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(durations())
    ... def check(duration):
    ...     assert Duration.from_iso(duration.isoformat()).isoformat() == duration.isoformat()
    >>> check()

    .. versionadded:: 0.1.0
    """
    return st.builds(
        _duration,
        st.sampled_from(_AMOUNTS),
        st.integers(1, 10_000),
        _optional(st.fixed_dictionaries({name: st.integers(0, 120) for name in _AMOUNTS})),
        st.sampled_from(
            sorted(_DURATION_MODIFIERS, key=lambda m: (m is not Modifier.EXACT, m.value))
        ),
        _optional(st.sampled_from(Relation)),
    )


# -- actors and sources ---------------------------------------------------------------------


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


# -- assertions -----------------------------------------------------------------------------


def role_helds() -> st.SearchStrategy[RoleHeld]:
    """Valid `RoleHeld` values, with every kind of title time.

    Shrinks toward a present, non-acting title with no organization and no time.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(role_helds())
    ... def check(role_held):
    ...     assert role_held.actor.kind is ActorKind.PERSON
    >>> check()

    .. versionadded:: 0.1.0
    """
    return st.builds(
        RoleHeld,
        actor=_ACTORS_BY_KIND[ActorKind.PERSON],
        role=_readable(_ROLES),
        organization=_optional(_readable(_ORGANIZATIONS)),
        when=_optional(_SPAN),
        title_time=st.sampled_from(TitleTime),
        acting=st.booleans(),
    )


def event_dates(*, event_ids: Sequence[str] | None = None) -> st.SearchStrategy[EventDate]:
    """Valid `EventDate` values.

    Shrinks toward the first event id dated by a single day.

    Args:
        event_ids: The event ids to name (for claims of a given document); any identifier
            by default. Must not be empty.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(event_dates(event_ids=["summit", "talks"]))
    ... def check(event_date):
    ...     assert event_date.event in ("summit", "talks")
    >>> check()

    .. versionadded:: 0.1.0
    """
    if event_ids is not None and not event_ids:
        raise ValueError("event_dates() needs at least one event id")
    ids = _IDENTIFIER if event_ids is None else st.sampled_from(list(event_ids))
    return st.builds(EventDate, event=ids, when=_SPAN)


_FINITE = st.one_of(
    st.integers(-(2**53) + 1, 2**53 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
)


def quantities() -> st.SearchStrategy[Quantity]:
    """Valid `Quantity` values: finite numbers (whole or not) with hedges and units.

    Shrinks toward an exact 0.0 with no unit and no time.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(quantities())
    ... def check(quantity):
    ...     assert isinstance(quantity.value, float)
    >>> check()

    .. versionadded:: 0.1.0
    """
    return st.builds(
        Quantity,
        subject=_SENTENCE,
        measure=_readable(("value", "share occupied", "number of troops")),
        value=_FINITE,
        unit=_optional(_readable(("USD", "EUR", "percent", "km²"))),
        when=_optional(_SPAN),
        modifier=st.sampled_from(
            sorted(_DURATION_MODIFIERS, key=lambda m: (m is not Modifier.EXACT, m.value))
        ),
    )


def durations_since() -> st.SearchStrategy[DurationSince]:
    """Valid `DurationSince` values.

    Shrinks toward a one-year length since a single day, measured at the claim's time.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(durations_since())
    ... def check(duration_since):
    ...     assert isinstance(duration_since.length, Duration)
    >>> check()

    .. versionadded:: 0.1.0
    """
    return st.builds(
        DurationSince, subject=_SENTENCE, since=_SPAN, length=durations(), as_of=_optional(_SPAN)
    )


def counts() -> st.SearchStrategy[Count]:
    """Valid `Count` values. Shrinks toward a count of 0 with no time.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(counts())
    ... def check(count):
    ...     assert count.value >= 0
    >>> check()

    .. versionadded:: 0.1.0
    """
    return st.builds(
        Count,
        subject=_SENTENCE,
        value=st.integers(min_value=0),
        when=_optional(_SPAN),
        excluded=st.integers(0, 3),
    )


def ordinals() -> st.SearchStrategy[Ordinal]:
    """Valid `Ordinal` values. Shrinks toward position 1, taken, with no time.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(ordinals())
    ... def check(ordinal):
    ...     assert ordinal.position >= 1
    >>> check()

    .. versionadded:: 0.1.0
    """
    return st.builds(
        Ordinal,
        subject=_NAME,
        series=_readable(("NATO members", "EU member states", "sanctions packages")),
        position=st.integers(min_value=1),
        when=_optional(_SPAN),
        prospective=st.booleans(),
    )


def statements() -> st.SearchStrategy[Statement]:
    """Valid `Statement` values. Shrinks toward a statement with no proposition key.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(statements())
    ... def check(statement):
    ...     assert statement.content.strip()
    >>> check()

    .. versionadded:: 0.1.0
    """
    return st.builds(Statement, content=_SENTENCE, proposition=_optional(_IDENTIFIER))


def assertions(*, event_ids: Sequence[str] | None = None) -> st.SearchStrategy[Assertion]:
    """Any assertion type, in the order of `claimcheck.model.ASSERTION_TYPES`.

    Shrinks toward the first choice, a `RoleHeld`, or the simplest assertion (a `Statement`).

    Args:
        event_ids: The event ids an `EventDate` may name; ``None`` for any identifier, an
            empty sequence for no `EventDate` at all.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(assertions(event_ids=[]))
    ... def check(assertion):
    ...     assert not isinstance(assertion, EventDate)
    >>> check()

    .. versionadded:: 0.1.0
    """
    choices: list[st.SearchStrategy[Assertion]] = [role_helds()]
    if event_ids is None or event_ids:
        choices.append(event_dates(event_ids=event_ids))
    choices += [quantities(), durations_since(), counts(), ordinals(), statements(), weekdays()]
    return st.one_of(choices)


def weekdays() -> st.SearchStrategy[Weekday]:
    """Valid `Weekday` values: a day with its own weekday or, less often, another one.

    A report may give the wrong weekday for a date, which is what checks look for, so both
    occur. Shrinks toward a single day with the weekday it really has.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(weekdays())
    ... def check(weekday):
    ...     assert weekday.weekday in WEEKDAYS
    >>> check()

    .. versionadded:: 0.1.0
    """
    days = time_spans(granularities=[Granularity.DAY], open_ended=False)
    return st.builds(_weekday, days, st.none() | st.sampled_from(WEEKDAYS))


def _weekday(when: TimeSpan, other: WeekdayName | None) -> Weekday:
    day = when.first_day()
    assert day is not None  # closed spans only
    return Weekday(when=when, weekday=WEEKDAYS[day.weekday()] if other is None else other)


# -- claims, events, documents ----------------------------------------------------------------


@attrs.frozen
class _ClaimDraft:
    """A claim without its source; an `EventDate` names its event by position."""

    id: str
    assertion: Assertion | tuple[int, TimeSpan]
    attribution: Attribution | None
    evidence: tuple[int, str] | None
    modality: Modality

    def claim(self, source: Source, event_ids: Sequence[str]) -> Claim:
        assertion = self.assertion
        if isinstance(assertion, tuple):
            index, when = assertion
            assertion = EventDate(event=event_ids[index % len(event_ids)], when=when)
        evidence = None if self.evidence is None else Span(source.document_id, *self.evidence)
        return Claim(
            id=self.id,
            source=source,
            assertion=assertion,
            attribution=self.attribution,
            evidence=evidence,
            modality=self.modality,
        )


def _claim_drafts(*, with_events: bool) -> st.SearchStrategy[_ClaimDraft]:
    plain = assertions(event_ids=())
    slots: st.SearchStrategy[Assertion | tuple[int, TimeSpan]] = plain
    if with_events:
        slots = plain | st.tuples(st.integers(0, 99), _SPAN)
    return st.builds(
        _ClaimDraft,
        _IDENTIFIER,
        slots,
        _optional(attributions()),
        _optional(st.tuples(_OFFSET, _SENTENCE)),
        st.sampled_from(Modality),
    )


_DRAFTS = _claim_drafts(with_events=False)
_DRAFTS_WITH_EVENTS = _claim_drafts(with_events=True)


def claims(
    *, source: Source | None = None, event_ids: Sequence[str] | None = None
) -> st.SearchStrategy[Claim]:
    """Valid `Claim` values, with evidence (if any) in the claim's own document.

    Shrinks toward an asserted claim with no attribution and no evidence.

    Args:
        source: The source every claim comes from; drawn from `sources` by default.
        event_ids: As for `assertions`.

    >>> from claimcheck.model import Source
    >>> from claimcheck.timespan import TimeSpan
    >>> a1 = Source(document_id="a1", published=TimeSpan.day(2024, 12, 3))
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(claims(source=a1))
    ... def check(claim):
    ...     assert claim.ref.startswith("a1#")
    >>> check()

    .. versionadded:: 0.1.0
    """
    source_strategy = st.just(source) if source is not None else sources()
    if event_ids is None:
        return st.builds(
            lambda source, draft, event_id: draft.claim(source, [event_id]),
            source_strategy,
            _DRAFTS_WITH_EVENTS,
            _IDENTIFIER,
        )
    drafts = _DRAFTS_WITH_EVENTS if event_ids else _DRAFTS
    return st.builds(lambda source, draft: draft.claim(source, event_ids), source_strategy, drafts)


def events() -> st.SearchStrategy[Event]:
    """Valid `Event` values. Shrinks toward an event with only an id and a kind.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(events())
    ... def check(event):
    ...     assert event.place is None or event.place.kind is ActorKind.PLACE
    >>> check()

    .. versionadded:: 0.1.0
    """
    return st.builds(
        Event,
        id=_IDENTIFIER,
        kind=_matching(
            r"[a-z][a-z0-9]{0,5}(_[a-z0-9]{1,5}){0,2}",
            ("meeting", "summit", "press_conference", "strike", "election"),
        ),
        name=_optional(_SENTENCE),
        when=_optional(_SPAN),
        place=_optional(_ACTORS_BY_KIND[ActorKind.PLACE]),
        participants=_tuples(_ACTOR, unique=True),
    )


def documents(*, max_claims: int = 4, max_events: int = 3) -> st.SearchStrategy[Document]:
    """Valid `Document` values.

    Claim ids and event ids are unique, every claim shares the document's source, an
    `EventDate` names one of the document's events, and evidence lies in the document.

    Shrinks toward a source with no claims and no events.

    Args:
        max_claims, max_events: The most claims and events to draw.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(documents())
    ... def check(document):
    ...     assert len({claim.id for claim in document.claims}) == len(document.claims)
    >>> check()

    .. versionadded:: 0.1.0
    """
    return st.builds(
        _document,
        sources(),
        st.lists(events(), max_size=max_events, unique_by=lambda event: event.id),
        st.lists(_DRAFTS_WITH_EVENTS, max_size=max_claims, unique_by=lambda draft: draft.id),
    )


def _document(source: Source, event_list: list[Event], drafts: list[_ClaimDraft]) -> Document:
    event_ids = [event.id for event in event_list]
    if not event_ids:  # no event to date: drop the drafts that would date one
        drafts = [draft for draft in drafts if not isinstance(draft.assertion, tuple)]
    return Document(
        source=source,
        claims=tuple(draft.claim(source, event_ids) for draft in drafts),
        events=tuple(event_list),
    )


# -- findings and case files ----------------------------------------------------------------


def evidences() -> st.SearchStrategy[Evidence]:
    """Valid `Evidence` values. Shrinks toward a fact and a source with no record id.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(evidences())
    ... def check(evidence):
    ...     assert evidence.fact.strip()
    >>> check()

    .. versionadded:: 0.1.0
    """
    return st.builds(
        Evidence,
        fact=_SENTENCE,
        source=_readable(("facts.json", "https://www.nato.int/", "kb/roles.toml")),
        record=_optional(_IDENTIFIER),
    )


def findings() -> st.SearchStrategy[Finding]:
    """Valid `Finding` values. Shrinks toward an info finding that names nothing.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(findings())
    ... def check(finding):
    ...     assert len(finding.code) == 6
    >>> check()

    .. versionadded:: 0.1.0
    """
    return st.builds(
        Finding,
        code=_matching(r"[A-Z]{3}[0-9]{3}", ("ROL001", "TIM001", "CNT001", "SRC001")),
        name=_matching(r"[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,6}){0,3}", ("holder-outside-tenure",)),
        category=_CATEGORY,
        severity=st.sampled_from(Severity),
        message=_SENTENCE,
        documents=_tuples(_IDENTIFIER),
        claims=_tuples(_CLAIM_REF),
        spans=_tuples(spans()),
        evidence=_tuples(evidences()),
        fix=_optional(_SENTENCE),
    )


def expectations(*, claim_refs: Sequence[str] | None = None) -> st.SearchStrategy[Expectation]:
    """Valid `Expectation` values. Shrinks toward a category with no claims or documents.

    Args:
        claim_refs: The ``"<document id>#<claim id>"`` references to draw from; any by default.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(expectations(claim_refs=["a1#c1"]))
    ... def check(expectation):
    ...     assert set(expectation.claims) <= {"a1#c1"}
    >>> check()

    .. versionadded:: 0.1.0
    """
    if claim_refs is not None and not claim_refs:
        raise ValueError("expectations() needs at least one claim reference, or None")
    refs = _CLAIM_REF if claim_refs is None else st.sampled_from(list(claim_refs))
    return st.builds(
        Expectation,
        category=_CATEGORY,
        claims=_tuples(refs, max_size=2),
        documents=_tuples(_IDENTIFIER, max_size=2),
        note=_optional(_SENTENCE),
    )


def case_files() -> st.SearchStrategy[CaseFile]:
    """Valid `CaseFile` values whose expectations mostly name the document's own claims.

    Shrinks toward a document with only a source and no expectations.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(case_files())
    ... def check(case):
    ...     assert case.document.source.document_id == case.id
    >>> check()

    .. versionadded:: 0.1.0
    """
    drafts = _tuples(
        st.tuples(
            _CATEGORY,
            st.lists(st.integers(0, 99), max_size=2),
            _tuples(_IDENTIFIER, max_size=2),
            _optional(_SENTENCE),
        ),
        max_size=2,
    )
    return st.builds(_case_file, documents(), drafts, drafts)


_ExpectationDraft = tuple[str, list[int], tuple[str, ...], str | None]


def _case_file(
    document: Document,
    expected: tuple[_ExpectationDraft, ...],
    quiet: tuple[_ExpectationDraft, ...],
) -> CaseFile:
    refs = [claim.ref for claim in document.claims]

    def expectation(draft: _ExpectationDraft) -> Expectation:
        category, indices, documents, note = draft
        claims = tuple(refs[i % len(refs)] for i in indices) if refs else ()
        return Expectation(category=category, claims=claims, documents=documents, note=note)

    return CaseFile(
        document=document,
        expected=tuple(map(expectation, expected)),
        quiet=tuple(map(expectation, quiet)),
    )
