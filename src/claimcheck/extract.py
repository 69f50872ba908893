"""Read a news article into a `Document`: the claims it makes and the events it describes.

`extract` reads text with rules over the layers below it: sentences (page furniture left
out), dates (`claimcheck.dates`), names and titles resolved through a knowledge base,
attributions (`claimcheck.attribution`), events with their dates, places and participants,
amounts, counts, ordinals and lengths of time. `read_article` reads a text file with a
header block. Extraction is deterministic: the same text, source and knowledge base give the
same document, and every evidence span is the text at its offset.

>>> from claimcheck.model import Source
>>> from claimcheck.timespan import TimeSpan
>>> source = Source(document_id="d1", published=TimeSpan.day(2024, 12, 3))
>>> doc = extract("German Chancellor Olaf Scholz met Joe Biden in Berlin on Friday.", source=source)
>>> [(c.id, type(c.assertion).__name__) for c in doc.claims]
[('s1-role-1', 'RoleHeld'), ('s1-date-1', 'EventDate')]

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import functools
import os
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import TypeVar

import attrs

from claimcheck._extract_actors import Mention, Reader
from claimcheck._extract_agodates import ago_beside_date
from claimcheck._extract_eventplaces import place_from_scene, referred_back
from claimcheck._extract_events import (
    EventMention,
    Participant,
    duration_since,
    event_in,
    participants_of,
)
from claimcheck._extract_dayevents import one_day_per_dayevent
from claimcheck._extract_yearless import by_day_and_month, weekdays, weekdays_named_before
from claimcheck._extract_header import read_article_file, starts_with_header
from claimcheck._extract_headings import Entries
from claimcheck._extract_lexicon import HEDGE_WORDS
from claimcheck._extract_lengths import length_since_event, office_length
from claimcheck._extract_memberships import membership_length
from claimcheck._extract_figures import FigureReader
from claimcheck._extract_credits import OutletNames, StatementReader
from claimcheck._extract_clausedates import outside_their_clause
from claimcheck._extract_dated_reports import dated_report
from claimcheck._extract_reports import report_credits
from claimcheck._extract_quiz import quiz_claims, quiz_events, quiz_pairs
from claimcheck._extract_retold import retold_from
from claimcheck._extract_slips import slips_of_named
from claimcheck._extract_spellings import quoted_spellings
from claimcheck._extract_offices import Offices
from claimcheck._extract_summitacts import deal_at_summit, summit_course_told
from claimcheck._extract_sources import as_outlet, described, recalled, relaying, with_relays
from claimcheck._extract_held_from import held_since, moved_into, tenure_since
from claimcheck._extract_starts import starts
from claimcheck._extract_tenure_years import year_of_tenure
from claimcheck._extract_text import Sentence, captions, only_sentences, sentences
from claimcheck._extract_tokens import Token, folded, tokenize
from claimcheck._extract_undated import undated_act
from claimcheck._extract_venues import gatherings_placed
from claimcheck.attribution import AttributionMention, find_attributions
from claimcheck.checks.timing import ISSUED_KINDS
from claimcheck.dates import DateMention, find_dates
from claimcheck.kb import KnowledgeBase
from claimcheck.model import (
    Actor,
    ActorKind,
    Assertion,
    Attribution,
    Claim,
    Document,
    Event,
    EventDate,
    Modality,
    NameMention,
    RoleHeld,
    Source,
    Span,
)
from claimcheck.timespan import Granularity, TimeSpan

__all__ = ["extract", "has_header", "read_article"]

_CITING_CUES = frozenset({"according to", "per", "citing", "quoted by", "cited by"})
"""Cues whose speaker is a source of the sentence, not a participant in what it reports."""
_NAMED_KINDS = frozenset({ActorKind.PERSON, ActorKind.ORGANIZATION})
"""The kinds of actor whose names `Document.mentions` records."""
_HEDGE_PATTERN = re.compile(r"\b(?:" + "|".join(sorted(HEDGE_WORDS)) + r")\b", re.IGNORECASE)


def extract(text: str, *, source: Source, kb: KnowledgeBase | None = None) -> Document:
    """The document that *text* makes: its claims, with evidence, and its events.

    Args:
        text: The article's text (its body; a header block is for `read_article`).
        source: The document's source: its id, outlet and publication time, which anchors
            every relative date.
        kb: Resolves names and normalises office titles; the bundled knowledge base by default.

    Returns:
        A `Document` whose claims have ids such as ``s12-role-1`` (sentence 12, first title)
        and evidence spans that equal ``text[offset:offset + len(span.text)]``.

    >>> from claimcheck.model import Source
    >>> from claimcheck.timespan import TimeSpan
    >>> source = Source(document_id="d2", published=TimeSpan.day(2024, 10, 16))
    >>> doc = extract("Mark Rutte, NATO's secretary general, spoke on Tuesday.", source=source)
    >>> role = doc.claims[0].assertion
    >>> role.actor.name, role.role, role.organization
    ('Mark Rutte', 'Secretary General', 'NATO')

    .. versionadded:: 0.1.0
    """
    return _Extraction(text, 0, source, kb if kb is not None else KnowledgeBase.default()).run()


def read_article(path: str | os.PathLike[str], *, kb: KnowledgeBase | None = None) -> Document:
    """The document of the article file at *path*: a header block, a blank line, the body.

    The header has ``field: value`` lines: ``published`` (required: an ISO date, a datetime
    with its zone, or an interval such as ``2024-10-19/2024-10-20``), ``outlet``, ``byline``
    (names separated by commas or "and"), ``url`` and ``title``. The document id is the file
    name without its extension; evidence offsets count from the start of the file.

    Args:
        path: The file.
        kb: As for `extract`.

    Raises:
        ArticleError: The file is empty, binary or not UTF-8, or its header is missing or
            broken, or gives a publication date that cannot be read; the message names the
            file and the line.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a1.txt").write_text("published: 2024-12-03\\n\\nNATO allies met on Monday.\\n")
    >>> read_article(folder / "a1.txt").events[0].when.isoformat()
    '2024-12-02'

    .. versionadded:: 0.1.0
    """
    article = read_article_file(path)
    return _Extraction(
        article.text,
        article.body_start,
        article.source,
        kb if kb is not None else KnowledgeBase.default(),
    ).run()


def has_header(text: str) -> bool:
    """Whether *text* starts as an article file with a header does, for `read_article`.

    Its first line must open with a header field name (``published``, ``outlet``,
    ``byline``, ``url`` or ``title``, in any case) and a colon; a headline such as
    "Allies: a split" does not. Only that first line is looked at: `read_article` still
    refuses a header that breaks off or lacks ``published``.

    Args:
        text: The start of a file's text, at least its first line.

    Returns:
        ``True`` when the text opens with a header field.

    >>> has_header("Published: 2024-12-03\\n\\nNATO allies met."), has_header("Allies: a split\\n")
    (True, False)

    .. versionadded:: 0.1.0
    """
    return starts_with_header(text)


def _anchor(published: TimeSpan) -> date | datetime | None:
    start = published.start
    if isinstance(start, (date, datetime)):
        return start
    return published.first_day() or published.last_day()


_Item = TypeVar("_Item", DateMention, AttributionMention)


def _with_reports(mentions: list[AttributionMention], text: str) -> list[AttributionMention]:
    """*mentions*, with the credits of organizations' reports (`report_credits`) that none of
    them overlaps, in the order of the text."""
    added = [
        r for r in report_credits(text) if not any(m.offset < r.end and r.offset < m.end for m in mentions)
    ]
    return sorted([*mentions, *added], key=lambda m: m.offset) if added else mentions


def _canonical(kb: KnowledgeBase, name: str) -> str | None:
    """The key of the actor *kb* knows by *name*, for proposition keys, or ``None``."""
    actor = kb.identify(name).actor
    return None if actor is None else folded(actor.name).replace(" ", "-")


def _in(items: Sequence[_Item], starts: list[int], sentence: Sentence) -> list[_Item]:
    """The items (sorted by their offsets *starts*) that start inside *sentence*."""
    return list(
        items[bisect_left(starts, sentence.offset) : bisect_right(starts, sentence.end - 1)]
    )


@attrs.define
class _Claims:
    """The claims and events being collected for one document."""

    source: Source
    text: str
    claims: list[Claim] = attrs.Factory(list)
    events: list[Event] = attrs.Factory(list)
    mentions: list[NameMention] = attrs.Factory(list)
    counters: dict[str, int] = attrs.Factory(dict)

    def next_id(self, sentence: Sentence, kind: str) -> str:
        key = f"s{sentence.number}-{kind}"
        self.counters[key] = self.counters.get(key, 0) + 1
        return f"{key}-{self.counters[key]}"

    def span(self, start: int, stop: int) -> Span | None:
        while start < stop and self.text[start].isspace():
            start += 1
        while stop > start and self.text[stop - 1].isspace():
            stop -= 1
        if start >= stop:
            return None
        return Span(self.source.document_id, start, self.text[start:stop])

    def add(
        self,
        sentence: Sentence,
        kind: str,
        assertion: Assertion,
        start: int,
        stop: int,
        *,
        attribution: Attribution | None = None,
        modality: Modality = Modality.ASSERTED,
    ) -> None:
        self.claims.append(
            Claim(
                id=self.next_id(sentence, kind),
                source=self.source,
                assertion=assertion,
                attribution=attribution,
                evidence=self.span(start, stop),
                modality=modality,
            )
        )


class _Extraction:
    """One run of extraction over one text."""

    def __init__(self, text: str, body_start: int, source: Source, kb: KnowledgeBase) -> None:
        self.text = text
        self.source = source
        self.kb = kb
        self.body_start = body_start
        self.sentences = sentences(text, body_start)
        self.reader = Reader(kb, Offices(kb))
        self.out = _Claims(source, text)
        self.attributions: list[AttributionMention] = []
        # a function of the knowledge base alone: no cycle back here, so a run is freed at once
        self.canonical = functools.partial(_canonical, kb)
        self.statements = StatementReader(OutletNames("", source.outlet), self.canonical)
        self._last_event: tuple[int, EventMention] | None = None
        self._title_places: dict[str, Actor] = {}
        self._scene = ""
        self._unknown_people: list[Span] = []
        self.figures = FigureReader(kb, source.published)
        self.entries = Entries()

    def run(self) -> Document:
        clean = only_sentences(self.text, self.sentences)
        anchor = _anchor(self.source.published)
        dates = find_dates(clean, anchor=anchor) if anchor is not None and self.sentences else []
        if anchor is not None:
            dates = one_day_per_dayevent(
                clean, weekdays_named_before(clean, by_day_and_month(clean, dates, anchor=anchor))
            )
        outlets = OutletNames(clean, self.source.outlet)
        self.statements = StatementReader(outlets, self.canonical)
        attributions = (
            _with_reports(find_attributions(clean, index=self.kb.alias_index, outlets=outlets.extra), clean)
            if self.sentences
            else []
        )
        self.attributions = attributions
        if self.source.title:  # "NATO leaders head to The Hague": the body "the alliance" means
            self.reader.mentions(self.source.title, 0, tokenize(self.source.title, 0))
            self._title_places = gatherings_placed(
                self.source.title, someone=lambda name: self.kb.identify(name).actor is not None
            )
        date_starts = [d.offset for d in dates]
        attribution_starts = [a.offset for a in attributions]
        per_sentence = [
            (s, _in(dates, date_starts, s), _in(attributions, attribution_starts, s))
            for s in self.sentences
        ]
        for index, (sentence, sentence_dates, sentence_attributions) in enumerate(per_sentence):
            self.entries.advance(sentence, sentence_dates)
            nearby = [
                (other.text, other.offset, others)
                for other, others, _ in per_sentence[max(0, index - 2) : index + 3]
                if other is not sentence
            ]
            self._sentence(sentence, sentence_dates, sentence_attributions, nearby)
            self._scene = sentence.text
        for pair in quiz_pairs(self.text, self.body_start):
            line = next((s for s in self.sentences if s.offset <= pair.offset < s.end), None)
            if line is None:  # an answer on a line of page furniture
                continue
            for assertion, start, stop in quiz_claims(pair, self.reader, self.source.published):
                self.out.add(line, "role" if isinstance(assertion, RoleHeld) else "count", assertion, start, stop)
            for event, when, start, stop in quiz_events(pair, lambda said: extract(said, source=self.source, kb=self.kb), anchor):
                self.out.events.append(attrs.evolve(event, id=self.out.next_id(line, "event")))
                self.out.add(line, "date", EventDate(event=self.out.events[-1].id, when=when), start, stop)
        for caption in captions(self.text, self.body_start):
            tokens = tokenize(caption.text, caption.offset)
            self._record_names(tokens, self.reader.mentions(caption.text, caption.offset, tokens))
        named = self.out.mentions
        self.out.mentions += slips_of_named(self._unknown_people, named, self.kb, self.sentences)
        self.out.mentions.sort(key=lambda m: m.span.offset)
        claims = with_relays(self.out.claims, [(s, a) for s, _, a in per_sentence])
        return Document(
            source=self.source,
            claims=tuple(claims),
            events=tuple(self.out.events),
            mentions=tuple(self.out.mentions),
        )

    # -- one sentence ---------------------------------------------------------------------

    def _dated(self, dates: Sequence[DateMention]) -> TimeSpan | None:
        """The one past date a sentence gives, which moves the time of its plain titles: a
        bounded one, as an open span ("before the end of the year") would date a title to all
        time before it; a season, month or year that holds the time of writing is no other time."""
        published = self.source.published
        spans = [  # a season or year around the time of writing ("this spring") dates nothing apart
            d.value
            for d in dates
            if isinstance(d.value, TimeSpan)
            and not (Granularity.DAY.is_finer_than(d.value.granularity) and d.value.contains(published))
        ]
        if len(spans) != 1:
            return None
        span = spans[0]
        if (
            span.is_datetime
            or span.start is None
            or span.end is None
            or not span.is_before(self.source.published)
            or span.granularity is Granularity.DECADE
        ):
            return None
        return span

    def _sentence(
        self,
        sentence: Sentence,
        dates: list[DateMention],
        attributions: list[AttributionMention],
        nearby: Sequence[tuple[str, int, Sequence[DateMention]]],
    ) -> None:
        tokens = tokenize(sentence.text, sentence.offset)
        mentions = self.reader.mentions(sentence.text, sentence.offset, tokens)
        cited = [(sentence.offset + a, sentence.offset + b) for a, b in quoted_spellings(sentence.text)]
        self._record_names(tokens, mentions, cited=cited)
        spans = {d.offset: d.value for d in dates if isinstance(d.value, TimeSpan)}
        published = self.source.published
        dated = self._dated(dates)
        roles = self.reader.roles(tokens, mentions, published, dated, spans=spans)
        roles = outside_their_clause(roles, tokens, sentence, dates, dated)
        roles += starts(self.reader, tokens, mentions, spans=spans, published=published)
        roles += held_since(tokens, roles, spans=spans, published=published)
        attributions = [
            relaying(
                described(
                    recalled(as_outlet(a), sentence, self.sentences, self.attributions),
                    self.text,
                    self.attributions,
                ),
                self.statements.outlets,
            )
            for a in attributions
        ]
        written = {r.person.written: r.role.actor for r in roles}
        at = retold_from(sentence.text)
        retold = sentence.end if at is None else sentence.offset + at
        for role in roles:
            if role.role.organization:
                self.reader.trail.note_office(role.role.organization)
        for role in roles:
            start = tokens[role.first].start
            self.out.add(
                sentence,
                "role",
                role.role,
                start,
                tokens[role.stop - 1].end,
                modality=Modality.DENIED if start >= retold else Modality.ASSERTED,
            )
        self._statements(sentence, attributions)
        credit = attributions[0].attribution if attributions else None
        cue = (attributions[0].offset, attributions[0].end) if attributions else (0, 0)
        hedged = bool(_HEDGE_PATTERN.search(sentence.text)) or bool(credit and credit.hedges)

        def modality_for(start: int, stop: int) -> tuple[Attribution | None, Modality]:
            if stop > retold:  # reaching into another text's words, told to be set right
                return None, Modality.DENIED  # ("A story of Friday said X had left that day")
            if credit is None or (start < cue[1] and cue[0] < stop):
                return None, Modality.ASSERTED
            return credit, Modality.HEDGED if hedged else Modality.REPORTED

        body = self.reader.trail.body_meant(tokens)
        self._numbers(
            sentence, tokens, mentions, modality_for, dated=dated, dates=dates, body=body,
            alliance=self.reader.trail.alliance(),
        )
        sources = [(a.offset, a.end) for a in attributions if a.attribution.cue in _CITING_CUES]
        taking_part = [
            m for m in mentions if not any(a <= tokens[m.first].start < b for a, b in sources)
        ]
        people = participants_of(taking_part, tokens, written)
        event = tenure_since(sentence.text, sentence.offset, people, dates)
        event = event or moved_into(sentence.text, sentence.offset, people, dates)
        event = event or event_in(sentence.text, sentence.offset, tokens, mentions, dates, people)
        if event is None and not spans:
            event = self.entries.event(sentence.text, sentence.offset, tokens, mentions, people)
        event = event or undated_act(sentence.text, sentence.offset, people, published)
        event = event or deal_at_summit(sentence.text, sentence.offset, published, kb=self.kb)
        event = event or summit_course_told(sentence.text, sentence.offset, published, kb=self.kb)
        event = event or dated_report(self.text, attributions, dates, published)
        if event is not None:
            event = self._resumed(sentence, event)
            event_id = self.out.next_id(sentence, "event")
            self.out.events.append(
                Event(
                    id=event_id,
                    kind=event.kind,
                    name=event.name,
                    when=event.when,
                    place=event.place,
                    participants=event.participants,
                    participant_spans=self._named(event.named),
                )
            )
            attribution, modality = modality_for(event.start, event.stop)
            if event.expected:
                modality = Modality.EXPECTED
            self.out.add(
                sentence,
                "date",
                EventDate(event=event_id, when=event.when),
                event.start,
                event.stop,
                attribution=attribution,
                modality=modality,
            )
        for weekday, mention in weekdays(dates):
            attribution, modality = modality_for(mention.offset, mention.offset + len(mention.text))
            stop = mention.offset + len(mention.text)
            self.out.add(
                sentence,
                "weekday",
                weekday,
                mention.offset,
                stop,
                attribution=attribution,
                modality=modality,
            )
        read = (sentence.text, sentence.offset, tokens, mentions, dates)
        since = office_length(
            *read, kb=self.kb, published=published, body=body, earlier=self.out.mentions
        )
        since = since or length_since_event(sentence.text, sentence.offset, dates, kb=self.kb)
        since = since or year_of_tenure(*read[:4], kb=self.kb, published=published)
        since = since or membership_length(sentence, tokens, mentions, dates, kb=self.kb)
        since = since or ago_beside_date(sentence.text, sentence.offset, dates)
        since = since or duration_since(sentence.text, sentence.offset, dates, nearby)
        if since is not None:
            assertion, start, stop = since
            attribution, modality = modality_for(start, stop)
            self.out.add(
                sentence,
                "since",
                assertion,
                start,
                stop,
                attribution=attribution,
                modality=modality,
            )

    def _resumed(self, sentence: Sentence, event: EventMention) -> EventMention:
        """*event*, where it names no place and refers back to the event of its kind in the
        sentence or two before ("the four held their talks on Thursday" after "the leaders
        gathered in Berlin"), with that event's place and participants too, and its kind and
        name where the word is the plain one for it (`referred_back`), and a gathering's
        place from the scene (`place_from_scene`); kept as the last event."""
        event = referred_back(event, self._last_event, sentence.number)
        if event.place is None and event.kind in self._title_places:
            event = attrs.evolve(event, place=self._title_places[event.kind])
        if event.place is None and not event.participants and event.kind in ISSUED_KINDS:
            scene = place_from_scene(event.kind, event.when, f"{self._scene} {sentence.text}", kb=self.kb)
            event = event if scene is None else attrs.evolve(event, place=scene)
        self._last_event = (sentence.number, event)
        return event

    def _record_names(
        self, tokens: Sequence[Token], mentions: Sequence[Mention], *, cited: Sequence[tuple[int, int]] = ()
    ) -> None:
        """Keep each name of a known person or organisation the sentence writes, as written,
        with the actor it names (`Document.mentions`), and where it writes unknown people's
        names, which may misspell someone it names elsewhere (`slips_of_named`); names quoted
        as spellings (*cited*, `quoted_spellings`) are mentioned, not written as names."""
        for mention in mentions:
            if mention.kind not in _NAMED_KINDS:
                continue
            start, stop = tokens[mention.first].start, tokens[mention.stop - 1].end
            if any(a <= start and stop <= b for a, b in cited):
                continue
            span = self.out.span(start, stop)
            if span is None:
                continue
            if self.kb.identify(mention.written).actor is not None:
                self.out.mentions.append(NameMention(span=span, actor=mention.actor.name))
            elif mention.kind is ActorKind.PERSON:
                self._unknown_people.append(span)  # perhaps a slip for someone named elsewhere

    def _named(self, participants: Sequence[Participant]) -> tuple[Span, ...]:
        """The spans that name an event's participants, one each, or none if one is blank."""
        spans = [self.out.span(p.start, p.stop) for p in participants]
        return tuple(s for s in spans if s is not None) if None not in spans else ()

    def _numbers(
        self,
        sentence: Sentence,
        tokens: list[Token],
        mentions: list[Mention],
        modality_for: Callable[[int, int], tuple[Attribution | None, Modality]],
        *,
        dated: TimeSpan | None,
        dates: Sequence[DateMention],
        body: str | None,
        alliance: str | None,
    ) -> None:
        """The amounts, counts and ordinals of *sentence* (`figures_of`)."""
        read = (sentence, tokens, mentions)
        for found in self.figures.read(*read, dated=dated, dates=dates, body=body, alliance=alliance):
            start, stop = sentence.offset + found.start, sentence.offset + found.stop
            attribution, modality = modality_for(start, stop)
            kind = type(found.assertion).__name__.lower()
            self.out.add(
                sentence, kind, found.assertion, start, stop, attribution=attribution, modality=modality
            )

    def _statements(self, sentence: Sentence, attributions: list[AttributionMention]) -> None:
        for credited in self.statements.read(sentence, attributions):
            attribution = credited.attribution
            hedged = bool(attribution.hedges) or bool(_HEDGE_PATTERN.search(credited.cue))
            self.out.add(
                sentence,
                "statement",
                credited.statement,
                *credited.evidence,
                attribution=attribution,
                modality=Modality.HEDGED if hedged else Modality.REPORTED,
            )
