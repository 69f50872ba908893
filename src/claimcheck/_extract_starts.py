"""A holder's start in an office: "X took over the European Council on 1 December", "X
moved into the office of the EU's top diplomat", "X started work as deputy secretary
general on Monday". Such a sentence gives X the office on the day it names; one that names
none gives it at the time of writing, since the start the facts record."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from claimcheck._extract_actors import Mention, Reader, RoleMention, written_actor
from claimcheck._extract_lexicon import HEAD
from claimcheck._extract_tokens import Token
from claimcheck.kb import Confidence, KnowledgeBase, Office, Truth
from claimcheck.model import Actor, ActorKind, RoleHeld, TitleTime
from claimcheck.timespan import Granularity, TimeSpan

__all__: list[str] = []

_STARTS: tuple[tuple[str, ...], ...] = (
    ("took", "over", "as"),
    ("took", "over"),
    ("took", "office", "as"),
    ("took", "up", "the", "post", "of"),
    ("moved", "into", "the", "office", "of"),
    ("moved", "into", "the", "post", "of"),
    ("moved", "into"),
    ("started", "work", "as"),
    ("began", "work", "as"),
    ("started", "as"),
    ("was", "sworn", "in", "as"),
    ("assumed", "the", "office", "of"),
    ("assumed", "the", "post", "of"),
    ("assumed", "office", "as"),
    ("stepped", "in", "as"),
    ("became",),
)
"""Verbs of taking up an office, with the words that lead to the office ("took over as")."""
_LONGEST = max(len(words) for words in _STARTS)
_FIRST_WORDS = frozenset(words[0] for words in _STARTS)
_OFFICE_REACH = 4
"""How many tokens after the verb the title or body may begin ("the EU's top diplomat")."""
_CLAUSE_ENDS = frozenset({";", ":", "."})


def starts(
    reader: Reader,
    tokens: list[Token],
    mentions: Sequence[Mention],
    *,
    spans: Mapping[int, TimeSpan],
    published: TimeSpan,
) -> list[RoleMention]:
    """The offices people of a sentence are said to have taken up, each as a "then" title.

    The person is the one named last before the verb, in the same clause. The title's time
    is the day or month the clause gives ("on Sunday, December 1"). A clause without one
    says the person holds the office at the time of writing, having taken it up before: the
    title then runs from the start the facts record for that tenure to the time of writing,
    and is left out where the facts do not record the person holding the office then.
    """
    found: list[RoleMention] = []
    for i in range(len(tokens)):
        after = _start_verb(tokens, i)
        if after is None:
            continue
        person = _person_before(tokens, mentions, i)
        office = _office_after(reader, tokens, after, mentions)
        if person is None or office is None:
            continue
        role, organization, stop, acting = office
        office_held = None if organization is not None else reader.offices.office_of(reader.canonical(person), role)
        if office_held is not None:
            role, organization = office_held.role, office_held.organization
        role, organization = reader.offices.normalise(role, organization, published)
        if role == "Head":
            continue
        actor = written_actor(person)
        start = _clause_date(tokens, i, spans, published)
        office_named = Office(role, organization)
        span = _held(reader.kb, reader.canonical(person), office_named, start, published)
        if span is None:
            continue
        assertion = RoleHeld(
            actor=actor,
            role=role,
            organization=organization,
            when=span,
            title_time=TitleTime.THEN,
            acting=acting,
        )
        found.append(RoleMention(assertion, person.first, stop, person))
    return found


def _start_verb(tokens: list[Token], i: int) -> int | None:
    """The token after a verb of taking office that begins at *i*, if one does."""
    if tokens[i].lower not in _FIRST_WORDS:
        return None
    for length in range(_LONGEST, 0, -1):
        key = tuple(t.lower for t in tokens[i : i + length])
        if key in _STARTS:
            return i + length
    return None


def _person_before(tokens: list[Token], mentions: Sequence[Mention], i: int) -> Mention | None:
    """The person named last before token *i* in its clause, and not owned ("Kallas's")."""
    people = [
        m for m in mentions if m.kind is ActorKind.PERSON and m.stop <= i and not m.possessive
    ]
    if not people:
        return None
    person = people[-1]
    if any(t.text in _CLAUSE_ENDS for t in tokens[person.stop : i]):
        return None
    if i and tokens[i - 1].lower in _THING_RELATIVES:
        return None  # "Finland, which became ...": the subject is a thing, not the person
    return person


def _office_after(
    reader: Reader, tokens: list[Token], k: int, mentions: Sequence[Mention]
) -> tuple[str, str | None, int, bool] | None:
    """The office named just after token *k*: a title, with its owner ("the EU's top
    diplomat"), or a body, whose top office it is ("the European Council"); with the token
    after it and whether it is held as acting."""
    bodies = {m.first: m for m in mentions if m.kind is not ActorKind.PERSON}
    for j in range(k, min(len(tokens), k + _OFFICE_REACH)):
        match = reader.title_at(tokens, j)
        if match is not None:
            stop, role = match
            _, organization, title_time, acting = reader.prefix(tokens, j, bodies)
            if title_time is not TitleTime.PRESENT:
                return None
            if stop < len(tokens) and tokens[stop].lower == "of":
                named = reader.organization_at(tokens, stop + 1, bodies)
                if named is not None:
                    organization, stop = named
            return role, organization, stop, acting
        if tokens[j].text in _CLAUSE_ENDS or tokens[j].text == ",":
            return None
        if tokens[j].lower in _PREDECESSOR_WORDS:
            break  # "took over from President X": the title is the predecessor's
    named = reader.organization_at(tokens, k, bodies)
    if named is None or named[0] in _NOT_BODIES:
        return None
    stop = named[1]
    if stop < len(tokens) and tokens[stop].lower == "'s":
        top = next((w for w in _TOP_POSTS if _words_at(tokens, stop + 1, w)), None)
        if top is None:
            return None  # "became NATO's newest member": what the body owns, not its head
        stop += 1 + len(top)
    return HEAD, named[0], stop, False


def _words_at(tokens: list[Token], i: int, words: tuple[str, ...]) -> bool:
    return tuple(t.lower for t in tokens[i : i + len(words)]) == words


_PREDECESSOR_WORDS = frozenset({"from", "after"})
_TOP_POSTS: tuple[tuple[str, ...], ...] = (
    ("top", "job"),
    ("top", "post"),
    ("top", "office"),
    ("top", "seat"),
    ("top", "role"),
    ("helm",),
    ("leadership",),
)
"""What a body owns that is its top office ("moved into NATO's top job")."""
_THING_RELATIVES = frozenset({"which"})
"""Relative pronouns whose clause is about a thing, never a person."""
_NOT_BODIES = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)


def _clause_date(
    tokens: list[Token], i: int, spans: Mapping[int, TimeSpan], published: TimeSpan
) -> TimeSpan | None:
    """The first day or month the clause of the verb at *i* gives, before the time of writing."""
    for token in tokens[i:]:
        if token.text in _CLAUSE_ENDS:
            return None
        span = spans.get(token.start)
        if (
            span is not None
            and span.start is not None
            and span.end is not None
            and not span.is_datetime
            and span.granularity in (Granularity.DAY, Granularity.MONTH)
            and not span.is_after(published)
        ):
            return span
    return None


def _held(
    kb: KnowledgeBase, actor: Actor, office: Office, start: TimeSpan | None, published: TimeSpan
) -> TimeSpan | None:
    """The time the person is given the office: the *start* the text gives, on which they
    held it; else, for a start the text leaves undated, from the start the facts record for
    the tenure the person holds at the time of writing to that time."""
    if start is not None:
        return start
    answer = kb.holder_at(office, published)
    if not answer.known or answer.assess(actor).truth is not Truth.TRUE:
        return None
    tenures = [
        h.tenure
        for h in answer.holdings
        if h.truth is Truth.TRUE and h.tenure.start_confidence is not Confidence.LOW
    ]
    if len(tenures) != 1 or tenures[0].start is None:
        return None
    first, last = tenures[0].start.first_day(), published.last_day()
    if first is None or last is None or last < first:
        return None
    return TimeSpan(first, date.fromordinal(last.toordinal() + 1), Granularity.DAY)
