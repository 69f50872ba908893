"""Events and lengths of time in a sentence: what happened when, where and with whom."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from claimcheck._attribution_kinds import person_evidence
from claimcheck._extract_actors import Mention, written_actor
from claimcheck._extract_eventwords import (
    ADDRESSED_KINDS,
    BUILDING_WORDS,
    DIRECT_PLACE_WORDS,
    EVENT_PHRASES,
    EVENT_WORDS,
    MOVEMENT_KINDS,
    REPORTING,
    RELATIONS,
    SIGNED_OBJECTS,
    TARGET_KINDS,
)
from claimcheck._extract_labels import labelled_phrase
from claimcheck._extract_lexicon import MONTHS, NOT_NAMES, WEEKDAYS
from claimcheck._extract_tokens import Token, folded
from claimcheck._extract_venues import issuer_place
from claimcheck.checks.timing import ISSUED_KINDS, PERSONAL_KINDS, QUALIFIED_KINDS, TAKING_OFFICE_KINDS, VENUE_KINDS
from claimcheck.dates import DateMention
from claimcheck.model import Actor, ActorKind, DurationSince
from claimcheck.timespan import Duration, Granularity, TimeSpan

__all__: list[str] = []

_FUTURE = re.compile(
    r"\b(?:will|shall|is|are)\s+(?:due|scheduled|expected|set|slated|planned)\s+to\b|\bwill\b|\bscheduled\b"
    r"|\bupcoming\b|\bplans?\s+to\s+(?!(?:the|a|an|his|her|its|their|our|this|that|these|those)\b)(?-i:[a-z])"
    r"|\bis\s+to\b|\bare\s+to\b",
    re.IGNORECASE,
)
_INTENT = re.compile(
    r"\b(?:agreed|agrees|promised|promises|pledged|pledges|vowed|vows|decided|offered|intends|hopes|hoped)"
    r"\s+to\s+(?-i:[a-z])",
    re.IGNORECASE,
)
"""A promise or an agreement to act: an event word after it ("agreed to hold the session on
Tuesday") is still to come when the promise was made, whatever the promise's tense."""
_AHEAD = re.compile(
    r"\b(?:next|coming|upcoming|tomorrow)\b|\blater\s+(?:in\s+the|this)\b", re.IGNORECASE
)
"""Date words that point ahead of the time of writing ("next week", "later in the month"): an
event dated so is still to come, whatever the tense of the verb that announces it."""
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:been\s+)?\w+", re.IGNORECASE)
_NEAR = 80
"""How many characters may lie between an event word and its date."""
_BACK_REFERENCES = frozenset({"the", "their", "its", "his", "her", "that", "this", "those", "these"})
"""Determiners by which an event word refers back to an event named before ("their talks")."""
_DATE_FIRST = 30
"""How much further a date before its event word counts than one after it, in characters:
news dates an event after its verb ("met on Monday") more often than before it."""
_BEFORE, _AFTER = 120, 200
"""How far before and after its event word a participant may be named, in characters: the
subject comes shortly before the verb, a list of others may run on after it."""


@attrs.frozen
class EventMention:
    """An event found in a sentence, with the characters ``[start, stop)`` of the text that dates it."""

    kind: str
    name: str
    when: TimeSpan
    place: Actor | None
    participants: tuple[Actor, ...]
    expected: bool
    start: int
    stop: int
    named: tuple[Participant, ...] = ()
    """Where the text names each participant, in the order of *participants*."""
    anaphoric: bool = False
    """Whether the event word refers back to an event named before ("the talks", "their
    meeting")."""


@attrs.frozen
class Participant:
    """A participant of an event and the characters ``[start, stop)`` that name it."""

    actor: Actor
    start: int
    stop: int


def _triggers(sentence: str, offset: int, tokens: Sequence[Token]) -> list[tuple[int, int, str]]:
    """The words and phrases of a sentence that name an event: ``(start, stop, kind)``."""
    found = [
        (m.start() + offset, m.end() + offset, kind)
        for pattern, kind in EVENT_PHRASES
        for m in pattern.finditer(sentence)
    ]
    taken = [(a, b) for a, b, _ in found]
    for i, token in enumerate(tokens):
        kind = EVENT_WORDS.get(token.lower)
        if kind is None or any(a <= token.start < b for a, b in taken):
            continue
        if token.lower == "row" and [t.lower for t in tokens[max(0, i - 2) : i]] == ["in", "a"]:
            continue  # "three days in a row": a sequence, not a quarrel
        if kind == "signing":
            kind = next(
                (SIGNED_OBJECTS[t.lower] for t in tokens[i + 1 : i + 6] if t.lower in SIGNED_OBJECTS),
                kind,
            )
        found.append((token.start, token.end, kind))
    return found


def _name_at(tokens: Sequence[Token], j: int) -> int:
    """Where a capitalised name that starts at token *j* ends (``j`` if none starts there)."""
    k = j
    while k < len(tokens) and tokens[k].is_word and tokens[k].capitalized:
        k += 1
    return k


def _place(
    tokens: Sequence[Token], mentions: Sequence[Mention], trigger: tuple[int, int, str]
) -> Actor | None:
    """The place of an event: the place named nearest after its event word ("met X in
    Warsaw", "flew to Kyiv", "struck Dnipro"), else the one nearest before it.

    A place follows "in" or "at"; for a journey or a presentation also "to"; for a strike
    also "on", or it is the object of the verb; and "the city of", "the port of" and the like
    name one wherever they stand ("struck the Ukrainian city of Dnipro"). People, outlets and bodies are not places; a
    building only shaped as a person's name ("in the Capitol Rotunda") is (`_building`).
    """
    start, stop, kind = trigger
    people = {m.first for m in mentions if m.kind in (ActorKind.PERSON, ActorKind.OUTLET) and not _building(m)}
    leads = {"in", "at"} | ({"on"} if kind in TARGET_KINDS else set())
    best: tuple[tuple[int, int], Actor] | None = None
    for i, token in enumerate(tokens[:-1]):
        direct = (token.lower in DIRECT_PLACE_WORDS and token.start == start) or (
            token.lower == "to" and token.end == stop
        )
        moving = token.lower == "to" and kind in MOVEMENT_KINDS
        named_place = token.lower == "of" and i > 0 and tokens[i - 1].lower in _PLACE_NOUNS
        if token.lower not in leads and not direct and not moving and not named_place:
            continue
        j = i + 1
        article = tokens[j].text == "The" and j + 1 < len(tokens) and tokens[j + 1].capitalized
        if tokens[j].lower == "the" and j + 1 < len(tokens) and tokens[j + 1].capitalized:
            j += 1
        k = _name_at(tokens, j)
        if k == j or j in people or tokens[j].lower in MONTHS or tokens[j].lower in WEEKDAYS:
            continue
        if tokens[j].lower in NOT_NAMES and not (tokens[j].lower == "new" and k - j >= 2):
            continue  # but "New York", "New Delhi"
        name = " ".join(t.text for t in tokens[j - 1 if article else j : k])
        known = next((m.actor for m in mentions if m.first == j and m.stop == k), None)
        if known is not None and known.kind is ActorKind.ORGANIZATION:
            continue
        after = token.start >= stop or direct
        distance = token.start - stop if after else start - token.end
        rank = (0 if after else 1, max(distance, 0))
        if best is None or rank < best[0]:
            best = (rank, Actor(name, ActorKind.PLACE))
    return None if best is None else best[1]


_PLACE_NOUNS = frozenset(
    {"city", "town", "village", "port", "region", "province", "capital", "oblast", "district", "island"}
)
"""Nouns after which "of" names a place ("the city of Dnipro")."""
_REPORTED_ON = re.compile(
    r"\b(?:said|says|told\s+\w+|announced|wrote|warned|stressed|insisted)\s+(?:on\s+|last\s+|this\s+)?$",
    re.IGNORECASE,
)
"""A verb of saying right before a date ("said on Sunday that the summit ..."): the date is
of the saying, not of an event in what was said."""
_WRITING_DATED = re.compile(
    r"\b(?:report|article|story|dispatch|column|bulletin|broadcast|editorial|post)s?\s+"
    r"(?:published\s+|posted\s+|aired\s+)?(?:on|last|this)\s+$",
    re.IGNORECASE,
)
"""A piece of writing right before a date ("a report on Thursday about the talks"): the date
is the writing's, and dates no event word."""
_OFFICIANT = re.compile(r"\b(?:by|before)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}$")
""""by" or "before" right before a name and its title, in a swearing-in ("by Vice President
X"): the one who gives the oath."""
_DEED_TO_BE_DONE = re.compile(r"\bto\s+be\s+[a-z]+(?:ed|en)\b[^,;.]{0,60}$", re.IGNORECASE)
"""A deed still to be done, right before a date in its clause ("an order for drones to be
delivered to Kyiv by June"): the date is the deed's, and dates no event word."""
_NAMING = frozenset({"the", "that", "this", "last", "their", "his", "her", "its"})
"""Determiners before a place that names an event ("the Oval Office meeting")."""


def _venue(
    tokens: Sequence[Token], mentions: Sequence[Mention], trigger: tuple[int, int, str]
) -> tuple[Actor, int] | None:
    """The place an event is named by, written right before its event word after "the" ("the
    Oval Office meeting", "the Geneva talks"), and where it starts; not a person, a body or a
    date ("the Trump meeting", "the NATO summit", "the Monday meeting")."""
    at = next((i for i, t in enumerate(tokens) if t.start == trigger[0]), None)
    if at is None:
        return None
    first = at
    while first > 0 and tokens[first - 1].is_word and tokens[first - 1].capitalized:
        first -= 1
    if first == at or first == 0 or tokens[first - 1].lower not in _NAMING:
        return None
    if any(t.lower in MONTHS or t.lower in WEEKDAYS or t.lower in NOT_NAMES for t in tokens[first:at]):
        return None
    if any(m.first < at and first < m.stop and _someone(m) for m in mentions):
        return None
    return Actor(" ".join(t.text for t in tokens[first:at]), ActorKind.PLACE), tokens[first].start


def _audience(
    tokens: Sequence[Token], mentions: Sequence[Mention], trigger: tuple[int, int, str]
) -> Participant | None:
    """The body an event is addressed to: the first one named right after a "to" (or "to
    the") within a few words after its event word ("presented his plan to the Bundestag"),
    or after its members ("to the 27 leaders of the European Union")."""
    start, stop, _ = trigger
    after = [i for i, t in enumerate(tokens) if t.start >= start and t.start - stop <= _AUDIENCE_REACH]
    for i in after:
        if tokens[i].lower != "to" or i + 1 >= len(tokens):
            continue
        j = _members_of(tokens, i + 2 if tokens[i + 1].lower == "the" else i + 1)
        body = next((m for m in mentions if m.first == j and m.kind is ActorKind.ORGANIZATION), None)
        if body is not None:
            return Participant(body.actor, tokens[j].start, tokens[body.stop - 1].end)
        return None
    return None


_AUDIENCE_REACH = 40
"""How far after its event word the "to" before an event's audience may stand, in characters."""
_MEMBERS = frozenset(
    {"leaders", "heads", "members", "ministers", "lawmakers", "legislators", "deputies",
     "delegates", "ambassadors", "envoys", "representatives", "governments"}
)  # fmt: skip
"""Plural nouns for the members of a body that an event may be addressed to through them."""


def _members_of(tokens: Sequence[Token], j: int) -> int:
    """Where the body starts that the words at token *j* name through its members ("27
    leaders of the European Union", "the members of the Bundestag"); *j* if they do not."""
    k = j + 1 if j < len(tokens) and tokens[j].text[0].isdigit() else j  # "27 leaders"
    if k + 1 >= len(tokens) or tokens[k].lower not in _MEMBERS or tokens[k + 1].lower != "of":
        return j
    return k + 3 if k + 2 < len(tokens) and tokens[k + 2].lower == "the" else k + 2


def _building(mention: Mention) -> bool:
    """Whether a name taken for a person's is a building's or a room's: no known person, no
    given name, and a last word such as "Hall" or "Rotunda"."""
    last = mention.written.split()[-1].lower() if mention.written.split() else ""
    return mention.kind is ActorKind.PERSON and last in BUILDING_WORDS and not _someone(mention)


def _someone(mention: Mention) -> bool:
    """Whether a name is of someone, not a place: a body, a known person ("Trump" is Donald
    Trump), or a name that opens with a given name; a name only shaped as a person's ("Oval
    Office") is not."""
    if mention.kind is ActorKind.PLACE:
        return False
    if mention.kind is not ActorKind.PERSON:
        return True
    return mention.actor.name != mention.written or person_evidence(mention.written)


def event_in(
    sentence: str,
    offset: int,
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    dates: Sequence[DateMention],
    people: Sequence[Participant],
) -> EventMention | None:
    """The event of a sentence: the event word nearest to a date of the sentence, if any."""
    spans = [
        d
        for d in dates
        if isinstance(d.value, TimeSpan)
        and not d.value.is_datetime
        and d.value.start is not None
        and d.value.end is not None
    ]
    reported = {d.offset for d in spans if _REPORTED_ON.search(sentence, 0, d.offset - offset)}
    spans = [
        d
        for d in spans
        if not _DEED_TO_BE_DONE.search(sentence, 0, d.offset - offset)
        and not _WRITING_DATED.search(sentence, 0, d.offset - offset)
    ]
    if not spans:
        return None  # no day to date an event by: its words need not be looked for
    triggers = _triggers(sentence, offset, tokens)
    labels = {d.offset: labelled_phrase(sentence, offset, d) for d in spans}
    best: tuple[int, tuple[int, int, str], DateMention] | None = None
    for trigger in triggers:
        for date in spans:
            label = labels[date.offset]
            if label is not None:  # "the 2025 budget": dates only the words it labels
                if label[0] <= trigger[0] < label[1] and (best is None or best[0] > -1):
                    best = (-1, trigger, date)
                continue
            gap = max(date.offset - trigger[1], trigger[0] - (date.offset + len(date.text)), 0)
            between = sentence[
                min(trigger[1], date.offset + len(date.text)) - offset : max(trigger[0], date.offset) - offset
            ]
            if gap > _NEAR or RELATIONS.search(between) or (date.offset in reported and trigger[0] > date.offset):
                continue
            rank = gap + (_DATE_FIRST if date.offset < trigger[0] else 0)
            if best is None or rank < best[0]:
                best = (rank, trigger, date)
    if best is None:
        return None
    _, trigger, date = best
    t_start, t_end, kind = trigger
    assert isinstance(date.value, TimeSpan)
    start = min(t_start, date.offset)
    stop = max(t_end, date.offset + len(date.text))
    cut = _next_conjunct(sentence, offset, stop)
    tokens = [t for t in tokens if t.start < cut]
    mentions = [m for m in mentions if m.stop <= len(tokens)]
    people = [p for p in people if p.start < cut]
    venue = _venue(tokens, mentions, trigger) if kind in VENUE_KINDS else None
    if venue is None:
        placed = _related_deed(sentence, offset, stop, cut)
        near = [t for t in tokens if t.start < placed]
        place = _place(near, [m for m in mentions if m.stop <= len(near)], trigger)
    else:
        place = venue[0]
    if place is None and kind in ISSUED_KINDS:  # "the Washington summit declaration"
        place = issuer_place(
            sentence[: t_start - offset],
            someone=lambda a, b: any(
                _someone(m) and tokens[m.first].start < b + offset and a + offset < tokens[m.stop - 1].end
                for m in mentions
            ),
        )
    window = sentence[max(0, start - offset - _NEAR) : _clause_end(sentence, t_start - offset, stop - offset)]
    intent = _INTENT.search(sentence, max(0, start - offset - _NEAR), t_start - offset)
    marked = bool(_FUTURE.search(window)) or bool(_AHEAD.search(date.text)) or intent is not None
    told_past = _COURSE_TOLD.match(sentence, stop - offset) is not None
    expected = marked or (date.tense == "future" and not told_past)
    if kind in PERSONAL_KINDS:
        taking_part = _subject_of(sentence, offset, people, t_start)
    else:
        taking_part = tuple(
            p
            for p in people
            if t_start - _BEFORE <= p.start <= t_end + _AFTER and (venue is None or not venue[1] <= p.start < t_start)
        )
    if kind in TAKING_OFFICE_KINDS:  # "sworn in by the vice president": the officiant takes no office
        taking_part = tuple(p for p in taking_part if not _OFFICIANT.search(sentence, 0, max(p.start - offset, 0)))
    if place is not None:  # "sworn in at the Capitol Rotunda": held there, not attended
        taking_part = tuple(p for p in taking_part if folded(p.actor.name) != folded(place.name))
    audience = _audience(tokens, mentions, trigger) if kind in ADDRESSED_KINDS else None
    if audience is not None and all(folded(p.actor.name) != folded(audience.actor.name) for p in taking_part):
        taking_part = (*taking_part, audience)
    participants = tuple(p.actor for p in taking_part)
    who = ", ".join(p.name for p in participants)
    if kind in QUALIFIED_KINDS:  # "meeting of NATO foreign ministers, with Mark Rutte"
        name = " ".join(sentence[t_start - offset : t_end - offset].split()) + (f", with {who}" if who else "")
    elif venue is not None:  # "Oval Office meeting of ...": see the timing checks
        name = f"{venue[0].name} {kind.replace('_', ' ')}" + (f" of {who}" if who else "")
    else:
        name = kind.replace("_", " ") + (f" of {who}" if who else "")
    name += f" in {place.name}" if place and venue is None else ""
    before = [t for t in tokens if t.end <= t_start]
    anaphoric = bool(before) and before[-1].lower in _BACK_REFERENCES
    return EventMention(
        kind, name, date.value, place, participants, expected, start, stop, taking_part, anaphoric
    )


_COURSE_TOLD = re.compile(
    r",?\s+(?:ended|began|started|opened|closed|concluded|finished|lasted|broke\s+up|took\s+place|"
    r"yielded|produced)\b",
    re.IGNORECASE,
)
"""A past verb of an event's own course right after its dating, the event its subject ("The
call on Tuesday, 18 March, ended with a truce"): the event is told as past even where its
day, read with its weekday, lies ahead of the time of writing."""


_NEXT_CONJUNCT = re.compile(
    r",?\s+and\s+(?:then\s+|later\s+)?(?:to|in|at|on|with)\s"
    r"|,\s+(?:and\s+)?(?:(?:a|an|one|two|three|four|five|six|\d+)\s+)?(?:hours?|days?|weeks?|months?)"
    r"\s+(?:after|before)\s",
    re.IGNORECASE,
)
"""The start of a second deed joined after an event's dating ("presented it to the Rada on
Tuesday and to the European Council in Brussels yesterday"), or of another event that dates it
("sworn in on Saturday, a day after the vice president broke a tie in the Senate")."""


def _next_conjunct(sentence: str, offset: int, stop: int) -> int:
    """Where the words of an event dated up to *stop* end: before a second deed joined after
    its dating (`_NEXT_CONJUNCT`), whose body, place and people are not the event's; else at
    the end of the sentence. Offsets are in the document, the sentence starting at *offset*."""
    found = _NEXT_CONJUNCT.search(sentence, stop - offset, stop - offset + _CONJUNCT_REACH)
    return offset + len(sentence) if found is None else offset + found.start()


def _related_deed(sentence: str, offset: int, stop: int, cut: int) -> int:
    """Where the place of an event dated up to *stop* can no longer be named: at a deed the
    words after its dating relate it to ("on Thursday, a day after showing it to lawmakers
    in Kyiv": `RELATIONS`), whose place is that deed's, else at *cut*. Those who take part
    in the related deed may still take part in the event ("confirmed on Friday, after the
    vice president broke the tie")."""
    found = RELATIONS.search(sentence, stop - offset, cut - offset)
    return cut if found is None else offset + found.start()


_CONJUNCT_REACH = 24
"""How far after an event's dating a second deed may be joined on ("on 16 October, in Kyiv,
and to ...")."""


def _clause_end(sentence: str, trigger: int, stop: int) -> int:
    """Where the words that may leave an event to come end: 20 characters past its dating, or,
    for a past participle set off by a comma ("Merz, elected on 6 May, will travel"), at the
    comma that closes it, as what follows is the main clause's and not the act's."""
    if _APPOSITIVE.search(sentence, 0, trigger) and _PARTICIPLE.match(sentence, trigger):
        comma = sentence.find(",", stop)
        if comma >= 0:
            return min(comma, stop + 20)
    return stop + 20


_APPOSITIVE = re.compile(r",\s*$")
_PARTICIPLE = re.compile(r"[a-z]+ed\b")


def _subject_of(
    sentence: str, offset: int, people: Sequence[Participant], at: int
) -> tuple[Participant, ...]:
    """The one participant of a personal event word at *at*: the person named last before it,
    unless a verb of reporting stands between ("Jones said Smith died" is Smith's death;
    "Jones said two died" is no one's)."""
    before = [p for p in people if p.stop <= at and p.actor.kind is ActorKind.PERSON]
    if not before or REPORTING.search(sentence, before[-1].stop - offset, at - offset):
        return ()
    return (before[-1],)


def participants_of(
    mentions: Sequence[Mention], tokens: Sequence[Token], written: dict[str, Actor]
) -> tuple[Participant, ...]:
    """The people a sentence names who may take part, and the known things it names (a
    weapon such as "Oreshnik"), with their offsets: not those named only as possessors,
    unless what they possess is the event ("Russia's missile strike", "Biden's visit"),
    which makes any named possessor, a country too, a participant."""
    found: dict[str, Participant] = {}
    for mention in mentions:
        if mention.possessive:
            owned = tokens[mention.stop + 1 : mention.stop + 4]
            if mention.kind in (ActorKind.PLACE, ActorKind.OUTLET) or not any(
                t.lower in EVENT_WORDS for t in owned
            ):
                continue
        elif mention.kind not in (ActorKind.PERSON, ActorKind.OBJECT):
            continue
        actor = written.get(mention.written) or (
            written_actor(mention) if mention.kind is ActorKind.PERSON else mention.actor
        )
        where = (tokens[mention.first].start, tokens[mention.stop - 1].end)
        found.setdefault(folded(mention.actor.name), Participant(actor, *where))
    return tuple(found.values())


_SINCE = re.compile(r"\b(?:since|in|from)\s+$", re.IGNORECASE)
_SINCE_CLAUSE = re.compile(r"\bsince\b[^.;]*$", re.IGNORECASE)
_SINCE_AFTER = re.compile(r"\s+since\b", re.IGNORECASE)
FOR_LENGTH = re.compile(
    r"\bfor\s+(?:(?:about|nearly|almost|more\s+than|over|some|just\s+over|just\s+under)\s+)?$",
    re.IGNORECASE,
)
"""The "for" (and hedge) that opens a length of time ("for nearly 16 years")."""
_SINCE_YEAR_BEFORE = re.compile(r"\bsince\s+\d{4}\s*,\s*$", re.IGNORECASE)
"""A "since <year>," just before a length that restates it ("since 2012, some 12 years")."""


def duration_since(
    sentence: str,
    offset: int,
    dates: Sequence[DateMention],
    nearby: Sequence[tuple[str, int, Sequence[DateMention]]],
) -> tuple[DurationSince, int, int] | None:
    """A length "for N years" in a perfect-tense sentence, or one set after "since <year>,"
    ("in office since 2012, some 12 years"), with the year it runs from.

    The starting year is a "since <year>" or "in <year>" of the sentence itself, else of the
    sentences around it (*nearby*: their text, offset and dates).
    """
    for date in dates:
        value = date.value
        at = date.offset - offset
        if not isinstance(value, Duration) or value.relation is not None:
            continue
        stop = at + len(date.text)
        counted_from = (
            _SINCE_AFTER.match(sentence, stop) is not None or _SINCE_YEAR_BEFORE.search(sentence[:at]) is not None
        )
        if not counted_from and (
            not FOR_LENGTH.search(sentence[:at]) or not _PERFECT.search(sentence[:at])
        ):
            continue
        since = _start_year(sentence, offset, dates, _SINCE) or next(
            (
                found
                for text, start, others in nearby
                if (found := _start_year(text, start, others, _SINCE_CLAUSE)) is not None
            ),
            None,
        )
        if since is None:
            return None
        subject = " ".join(sentence[:at].split()[-8:]).rstrip(" ,") or "duration"
        return DurationSince(subject=subject, since=since, length=value), date.offset, offset + stop
    return None


def _start_year(
    sentence: str, offset: int, dates: Sequence[DateMention], lead: re.Pattern[str]
) -> TimeSpan | None:
    """The year of a "since <year>" (the mention may include "since"), or of a year that
    *lead* finds before it: "in <year>" in the sentence itself, a clause opened by "since" in
    the sentences around it."""
    for date in dates:
        value = date.value
        if not isinstance(value, TimeSpan) or value.granularity is not Granularity.YEAR:
            continue
        first = value.first_day()
        if first is None:
            continue
        if lead.search(sentence[: date.offset - offset]) or date.text.lower().startswith("since"):
            return TimeSpan.year(first.year)
    return None
