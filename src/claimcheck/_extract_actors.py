"""Actors and office titles in a sentence: who is named, and who is given which office."""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from claimcheck._extract_lexicon import (
    ACTING,
    BODY_WORDS,
    COUNTRIES,
    CURRENT,
    DEMONYMS,
    DESCRIBING,
    FORMER,
    FUTURE,
    HEAD,
    LONGEST_TITLE,
    NOT_NAMES,
    OUTGOING,
    OUTLET_WORDS,
    THEN,
    TITLES,
)
from claimcheck._extract_bodies import BodyTrail
from claimcheck._extract_offices import Offices
from claimcheck._extract_openers import opening_word
from claimcheck._extract_titleowners import led_body_unnamed, owned_by_person
from claimcheck._extract_titletimes import (
    after_predecessor,
    dated_handover,
    for_a_length,
    handed_over,
    in_past_clause,
    own_span,
    past_clause_time,
    under_a_leader,
)
from claimcheck._extract_copulas import copular_subject
from claimcheck._extract_tokens import Run, Token, capitalized_runs, words
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Actor, ActorKind, RoleHeld, TitleTime
from claimcheck.names import Method
from claimcheck.timespan import TimeSpan

__all__: list[str] = []


@attrs.frozen
class Mention:
    """A name in a sentence: tokens ``[first, stop)``, as written, and the actor it names."""

    first: int
    stop: int
    written: str
    actor: Actor
    possessive: bool

    @property
    def kind(self) -> ActorKind:
        return self.actor.kind


@attrs.frozen
class RoleMention:
    """A title given to a person: the assertion and the tokens ``[first, stop)`` that give it."""

    role: RoleHeld
    first: int
    stop: int
    person: Mention


def _guessed_kind(tokens: list[Token], first: int, stop: int) -> ActorKind:
    """What an unknown name shaped as a person's is: a place right after "in" or "at" ("in
    New York", "at Camp David"), unless it owns something ("in John Doe's view")."""
    after_place_word = first > 0 and tokens[first - 1].lower in ("in", "at")
    owner = stop < len(tokens) and tokens[stop].lower == "'s"
    return ActorKind.PLACE if after_place_word and not owner else ActorKind.PERSON


def written_actor(person: Mention) -> Actor:
    """The actor as the text names it: the full name as written (so that a misspelling reaches
    the checks), or the known actor for a bare surname."""
    if " " in person.written or person.actor.name == person.written:
        return Actor(person.written) if person.actor.name != person.written else person.actor
    return person.actor


def _person_name(tokens: list[Token], first: int, stop: int) -> bool:
    """Whether tokens ``[first, stop)`` can be an unknown person's name: two to four
    capitalised words that are not title, month or function words, nor all capitals."""
    if not 2 <= stop - first <= 4 or tokens[stop - 1].lower in OUTLET_WORDS:
        return False
    return all(
        (t.lower not in NOT_NAMES and not t.text.isupper() and t.text[1:].islower())
        or "-" in t.text[1:]
        or (first < k < stop - 1 and _initial(t))
        for k, t in enumerate(tokens[first:stop], start=first)
    )


def _initial(token: Token) -> bool:
    """Whether *token* is a middle initial ("E." of "Gerald E. Connolly")."""
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


class Reader:
    """Reads names and titles of the sentences of one document, in order."""

    def __init__(self, kb: KnowledgeBase, offices: Offices) -> None:
        self.kb = kb
        self.offices = offices
        self.trail = BodyTrail(kb)
        self.surnames: dict[str, Actor] = {}

    def _identify(self, name: str) -> Actor | None:
        resolution = self.kb.identify(name)
        if resolution.actor is None or resolution.method is Method.UNKNOWN:
            return None
        return resolution.actor

    def mentions(self, text: str, offset: int, tokens: list[Token]) -> list[Mention]:
        """The names of a sentence: known actors, and unknown people by the shape of their names."""
        found: list[Mention] = []
        for run in capitalized_runs(text, offset, tokens):
            found.extend(self._split_run(tokens, run))
        for mention in found:
            if mention.kind is ActorKind.ORGANIZATION and mention.actor.name not in COUNTRIES:
                self.trail.add(mention.actor.name)
        return found


    def _split_run(self, tokens: list[Token], run: Run) -> list[Mention]:
        found: list[Mention] = []
        i = run.first
        while i < run.stop:
            if _not_name(tokens[i].lower) or _ends_title(tokens, i):
                i += 1
                continue
            hit = None
            limit = next(
                (k for k in range(i + 1, run.stop) if _not_name(tokens[k].lower)), run.stop
            )
            if opening_word(tokens, i) and not self._known_from(tokens, i, min(limit, i + 4)):
                i += 1
                continue
            for j in range(min(limit, i + 4), i, -1):
                written = words(tokens, i, j)
                actor = self._identify(written)
                if (
                    actor is not None
                    and actor.kind is ActorKind.PERSON
                    and tokens[i].text.isupper()
                ):
                    actor = None
                if actor is None and written in COUNTRIES:
                    actor = Actor(written, ActorKind.ORGANIZATION)
                elif actor is None and _person_name(tokens, i, j):
                    actor = Actor(written, _guessed_kind(tokens, i, j))
                if actor is not None:
                    hit = (j, written, actor)
                    break
            if hit is None and tokens[i].text in self.surnames:
                hit = (i + 1, tokens[i].text, self.surnames[tokens[i].text])
            if hit is None:
                i += 1
                continue
            j, written, actor = hit
            if actor.kind is ActorKind.PERSON and j - i >= 2:
                self.surnames.setdefault(tokens[j - 1].text, actor)
            possessive = j < len(tokens) and tokens[j].lower == "'s"
            found.append(Mention(i, j, written, actor, possessive))
            i = j
        return found

    def _known_from(self, tokens: list[Token], i: int, stop: int) -> bool:
        """Whether the knowledge base knows a name written from token *i* to before *stop*
        whole, its first word included."""
        return any(self.kb.find_actor(words(tokens, i, j)) is not None for j in range(i + 1, stop + 1))

    # -- titles ---------------------------------------------------------------------------

    def roles(
        self,
        tokens: list[Token],
        mentions: list[Mention],
        when: TimeSpan,
        dated: TimeSpan | None,
        *,
        spans: Mapping[int, TimeSpan],
    ) -> list[RoleMention]:
        """The titles given to people in a sentence: *when* is the publication, *dated* the
        one past date of the sentence, *spans* its time spans by where they start."""
        people = {m.first: m for m in mentions if m.kind is ActorKind.PERSON}
        ends = {m.stop: m for m in mentions if m.kind is ActorKind.PERSON}
        bodies = {m.first: m for m in mentions if m.kind is not ActorKind.PERSON}
        found: list[RoleMention] = []
        i = 0
        while i < len(tokens):
            lower = tokens[i].lower
            if lower not in _ROLE_OPENERS and "-" not in lower:
                i += 1  # no title nor head verb starts here: nothing for the calls below
                continue
            match = self.title_at(tokens, i)
            if match is None:
                heading = self._heads(tokens, i, ends, bodies, when)
                if heading is not None:
                    found.append(heading)
                i += 1
                continue
            stop, role = match
            found_here = self._role(
                tokens, i, stop, role, people, ends, bodies, when, dated, spans
            )
            if found_here is not None:
                found.append(found_here)
            i = stop
        return found

    def _heads(
        self,
        tokens: list[Token],
        i: int,
        ends: dict[int, Mention],
        bodies: dict[int, Mention],
        when: TimeSpan,
    ) -> RoleMention | None:
        """The head of a body given by a relative clause at token *i*: "Jane Doe, who heads
        the bank", "..., who has led the alliance since 2019"."""
        verb = tokens[i].lower
        if verb not in _HEAD_VERBS or i < 3:
            return None
        k = i - 1
        perfect = verb in _HEAD_VERBS_PERFECT
        if tokens[k].lower == ("has" if perfect else "now"):
            k -= 1
        elif perfect:
            return None  # "who led the bank": some time before, the text does not say when
        if tokens[k].lower != "who" or tokens[k - 1].text != ",":
            return None
        person = ends.get(k - 1)
        named = self._headed(tokens, i + 1, bodies)
        if person is None or named is None or person.actor.kind is not ActorKind.PERSON:
            return None
        role, organization = self.offices.normalise(HEAD, named[0], when)
        assertion = RoleHeld(actor=written_actor(person), role=role, organization=organization)
        return RoleMention(assertion, person.first, named[1], person)

    def _headed(
        self, tokens: list[Token], i: int, bodies: dict[int, Mention]
    ) -> tuple[str, int] | None:
        """The body a head verb's object at token *i* names: "heads NATO" names NATO, but
        "heads France's navy" names the navy, not France; such a possessive names a body only
        when a known organization follows it ("runs Ukraine's Naftogaz"), else nothing."""
        named = self.organization_at(tokens, i, bodies)
        if named is None or named[1] >= len(tokens) or tokens[named[1]].lower != "'s":
            return named
        owned = bodies.get(named[1] + 1)
        if owned is None or owned.kind is not ActorKind.ORGANIZATION:
            return None
        return owned.actor.name, owned.stop

    @staticmethod
    def title_at(tokens: list[Token], i: int) -> tuple[int, str] | None:
        """The title that begins at token *i*, if one does: the token after it and its role."""
        if _bare(tokens[i].lower) not in _TITLE_STARTS:
            return None
        for length in range(LONGEST_TITLE, 0, -1):
            key = tuple(_bare(t.lower) for t in tokens[i : i + length])
            if len(key) == length and key in TITLES:
                return i + length, TITLES[key]
        return None

    def organization_at(
        self, tokens: list[Token], i: int, bodies: dict[int, Mention]
    ) -> tuple[str, int] | None:
        """An organization named at token *i* (skipping "the"): its name and the token after."""
        if i < len(tokens) and tokens[i].lower == "the":
            i += 1
        if i >= len(tokens):
            return None
        body = bodies.get(i)
        if body is not None and body.kind is not ActorKind.PLACE:
            return body.actor.name, body.stop
        meant = self.trail.body_for(tokens[i].lower) if tokens[i].lower in BODY_WORDS else None
        if meant is not None:
            return meant, i + 1
        if tokens[i].lower in DEMONYMS and tokens[i].text.isupper():
            return DEMONYMS[tokens[i].lower], i + 1  # "to the UK", "of the U.S."
        if tokens[i].capitalized and tokens[i].is_word and tokens[i].lower not in NOT_NAMES:
            j = i + 1
            while j < len(tokens) and tokens[j].capitalized and tokens[j].is_word:
                j += 1
            return words(tokens, i, j), j
        return None

    def prefix(
        self, tokens: list[Token], i: int, bodies: dict[int, Mention]
    ) -> tuple[int, str | None, TitleTime | None, bool]:
        """What stands before a title at *i*: where it starts, the organization, time, acting.

        The time is ``None`` for an outgoing holder, whom news calls so both before and just
        after the handover: such a title says nothing certain about the day."""
        first, organization, title_time, acting = i, None, TitleTime.PRESENT, False
        outgoing = False
        k = i - 1
        while k >= 0:
            word = tokens[k].lower
            if word in FORMER:
                title_time, first = TitleTime.FORMER, k
            elif word in THEN or (word == "-" and k > 0 and tokens[k - 1].lower == "then"):
                title_time, first = TitleTime.THEN, k
            elif word in FUTURE:
                title_time, first = TitleTime.FUTURE, k
            elif word in ACTING:
                acting, first = True, k
            elif word in CURRENT or (word in DESCRIBING and not tokens[k].capitalized):
                first = k
            elif word in OUTGOING:
                outgoing, first = True, k
            elif word in DEMONYMS and organization is None:
                organization, first = DEMONYMS[word], k
            elif word == "'s" and organization is None and k > 0:
                owner = self._owner(tokens, k, bodies)
                if owner is None:
                    break
                organization, first = owner
            elif organization is None and any(b.stop == k + 1 for b in bodies.values()):
                body = next(b for b in bodies.values() if b.stop == k + 1)
                if body.kind is ActorKind.PLACE and body.actor.name not in COUNTRIES:
                    break
                organization, first = body.actor.name, body.first
                k = body.first
            elif organization is None and (named := self._body_before(tokens, k)) is not None:
                organization, first = named
                k = first
            else:
                break
            k -= 1
        head = tokens[i].lower
        for marker, kind in (
            ("then-", TitleTime.THEN),
            ("ex-", TitleTime.FORMER),
            ("former-", TitleTime.FORMER),
        ):
            if head.startswith(marker):
                title_time = kind
        return first, organization, None if outgoing else title_time, acting

    def _body_before(self, tokens: list[Token], k: int) -> tuple[str, int] | None:
        """An unknown body named by the capitalised words that end at token *k*, right before
        a title ("European Commission President"): its name and first token."""
        start = k + 1
        while start > 0 and tokens[start - 1].is_word and tokens[start - 1].capitalized:
            if tokens[start - 1].lower in NOT_NAMES:
                break
            start -= 1
        if start > k:
            return None
        if tokens[k].lower not in BODY_WORDS and self._is_person(tokens, start, k + 1):
            return None
        return words(tokens, start, k + 1), start

    def _owner(
        self, tokens: list[Token], k: int, bodies: dict[int, Mention]
    ) -> tuple[str, int] | None:
        """The organization before a possessive "'s" at *k*."""
        for body in bodies.values():
            if body.stop == k and body.kind is not ActorKind.PERSON:
                return body.actor.name, body.first
        word = tokens[k - 1].lower
        meant = self.trail.body_for(word) if word in BODY_WORDS else None
        if meant is not None:
            start = k - 2 if k >= 2 and tokens[k - 2].lower == "the" else k - 1
            return meant, start
        start = k
        while start > 0 and tokens[start - 1].is_word and tokens[start - 1].capitalized:
            start -= 1
        owner = words(tokens, start, k)
        if (
            start < k
            and tokens[start].lower not in NOT_NAMES
            and not self._is_person(tokens, start, k)
        ):
            return owner, start
        return None

    def _is_person(self, tokens: list[Token], first: int, stop: int) -> bool:
        known = self._identify(words(tokens, first, stop))
        if known is not None:
            return known.kind is ActorKind.PERSON
        return _person_name(tokens, first, stop) or tokens[first].text in self.surnames

    def _role(
        self,
        tokens: list[Token],
        i: int,
        stop: int,
        role: str,
        people: dict[int, Mention],
        ends: dict[int, Mention],
        bodies: dict[int, Mention],
        when: TimeSpan,
        dated: TimeSpan | None,
        spans: Mapping[int, TimeSpan],
    ) -> RoleMention | None:
        first, organization, title_time, acting = self.prefix(tokens, i, bodies)
        dated_predecessor = dated is not None and dated_handover(tokens, first)
        if title_time is None or (handed_over(tokens, first) and not dated_predecessor):
            return None
        if tokens[stop - 1].lower.endswith(_FUTURE_SUFFIXES):
            title_time = TitleTime.FUTURE
        end = stop
        if (
            stop < len(tokens)
            and tokens[stop].lower in ("to", "of")
            and role != "Minister of Foreign Affairs"
        ):
            named = self.organization_at(tokens, stop + 1, bodies)
            if named is not None:
                if tokens[stop].lower == "to" and role in (
                    "Ambassador",
                    "Permanent Representative",
                ):
                    role = f"{role} to {named[0]}"
                elif tokens[stop].lower == "of":
                    organization = named[0]
                end = named[1]
        person = people.get(end)
        if person is None and end + 1 < len(tokens) and tokens[end].text == ",":
            described = any(t.lower in _DESCRIBING for t in tokens[max(0, first - 1) : i])
            if described:
                k = end + 1
                while k < len(tokens) and _bare(tokens[k].lower).rstrip(".") in _RANKS:
                    k += 1
                person = people.get(k)
        if person is not None:
            span_first, span_stop = first, person.stop
        else:
            if end < len(tokens) and tokens[end].lower in _POSSESSIVES:
                return None  # "Jane Doe, the president's choice": the title owns, it does not describe
            found = _appositive(tokens, first, ends)
            if found is None:
                return None
            person, bridged = found
            if title_time is TitleTime.PRESENT:
                title_time = bridged
            if handed_over(tokens, person.first):
                # "replaces Olaf Scholz, chancellor since 2021": the predecessor's title
                if dated is None or not dated_handover(tokens, person.first):
                    return None
                dated_predecessor = True
            span_first, span_stop = person.first, end
        if under_a_leader(tokens, span_stop) or for_a_length(tokens, span_stop):
            return None  # "defence minister under President X", "... for a decade": undated
        if organization is None and role == HEAD and led_body_unnamed(tokens, first):
            return None  # "the Christian Democrat leader": a party's, not the person's office
        owned = organization is None and owned_by_person(tokens, first, ends)
        if organization is None and person.actor.kind is ActorKind.PERSON:
            held = self.offices.office_of(self.canonical(person), role)
            if held is not None:
                role, organization = held.role, held.organization
        at = dated if title_time in (TitleTime.PRESENT, TitleTime.THEN) else None
        if dated_predecessor:
            title_time = TitleTime.THEN
        own = own_span(tokens, span_stop, spans, when)
        if title_time in (TitleTime.PRESENT, TitleTime.THEN) and own is not None and own.bounded:
            title_time, at = TitleTime.THEN, own.span
        elif title_time is TitleTime.PRESENT and (
            after_predecessor(tokens, span_first) or in_past_clause(tokens, first)
        ):
            title_time, at = TitleTime.THEN, own.span if own is not None else dated
        elif title_time is TitleTime.PRESENT and (
            clause := past_clause_time(tokens, first, span_stop, spans, when)
        ) is not None:
            title_time, at = TitleTime.THEN, clause
        if title_time is TitleTime.THEN and at is None:
            return None  # "then-" with no date in reach: the text does not say when
        if owned and title_time is TitleTime.PRESENT and at is None:
            return None  # "Biden's secretary of state": held under Biden, at a time not given
        role, organization = self.offices.normalise(role, organization, at or when)
        actor = written_actor(person)
        assertion = RoleHeld(
            actor=actor,
            role=role,
            organization=organization,
            when=at,
            title_time=title_time,
            acting=acting,
        )
        return RoleMention(assertion, span_first, span_stop, person)

    def canonical(self, person: Mention) -> Actor:
        """The known actor a person's name resolves to, else the actor as written."""
        return self._identify(person.written) or person.actor



_TITLE_STARTS = frozenset(words[0] for words in TITLES)
_HEAD_VERBS_PERFECT = frozenset({"led", "headed", "chaired", "run"})
_HEAD_VERBS = frozenset({"heads", "leads", "chairs", "runs", "helms"}) | _HEAD_VERBS_PERFECT
"""Verbs of a relative clause that make its subject the head of the body after them."""
_ROLE_OPENERS = _TITLE_STARTS | _HEAD_VERBS
"""The words a title or a head verb begins with (a hyphenated word is bared first)."""
_TITLE_ENDS = frozenset(words[-1] for words in TITLES if len(words) > 1)
"""The last words of the titles of several words."""
_BRIDGES: dict[tuple[str, ...], TitleTime | None] = {
    ("who", "is"): TitleTime.PRESENT,
    ("who", "is", "now"): TitleTime.PRESENT,
    ("who", "has", "been"): TitleTime.PRESENT,
    ("who", "serves", "as"): TitleTime.PRESENT,
    ("now",): TitleTime.PRESENT,
    ("currently",): TitleTime.PRESENT,
    ("then",): TitleTime.THEN,
    ("at", "the", "time"): TitleTime.THEN,
    ("who", "was"): None,
    ("who", "had", "been"): None,
    ("who", "served", "as"): None,
    ("who", "became"): None,
}
"""Words that may stand between a name, its comma and the title that describes it ("Jane
Doe, who is the bank's chief"), and the time they give the title. "then" gives the title
the time the sentence speaks of ("Jane Doe, then the bank's chief, spoke in 2019"); a past
tense ("who was the bank's chief") says only that the title was held at some time before,
which the text does not date: such a title gives no claim (``None``)."""
_LONGEST_BRIDGE = max(len(words) for words in _BRIDGES)


def _appositive(
    tokens: list[Token], first: int, ends: dict[int, Mention]
) -> tuple[Mention, TitleTime] | None:
    """The person named before ", [the] <title>" (as in "Jane Doe, the bank's chief"), or
    before ", who is <title>", ", then <title>" and the like, with the time the words between
    give the title; ``None`` for a past tense, which does not say when."""
    k = first - 1
    if k >= 0 and tokens[k].lower in ("the", "a", "an"):
        k -= 1
    subject = copular_subject(tokens, k, ends)
    if subject is not None:
        return subject, TitleTime.PRESENT
    bridged: TitleTime | None = TitleTime.PRESENT
    for length in range(_LONGEST_BRIDGE, 0, -1):
        key = tuple(t.lower for t in tokens[max(0, k - length + 1) : k + 1])
        if len(key) == length and key in _BRIDGES:
            bridged, k = _BRIDGES[key], k - length
            break
    if bridged is None or k < 0 or tokens[k].text != ",":
        return None
    person = ends.get(k)
    return None if person is None else (person, bridged)


_POSSESSIVES = frozenset({"'s", "\u2019s"})
"""The possessive ending as a token: after a title it makes the title another's owner."""
_DESCRIBING = frozenset({"the", "'s", "his", "her", "their"})
"""Words before a title that make it a description of the name after its comma ("the
alliance's chief, Jane Doe", "his foreign minister, Jane Doe"); a title without an owner
then takes the one the facts record for that person in that role."""
_FUTURE_SUFFIXES = ("-elect", "-designate")
_RANKS = frozenset(
    {
        "general", "gen", "lieutenant", "lt", "colonel", "col", "major", "maj", "admiral",
        "adm", "vice", "rear", "marshal", "field", "air", "brigadier", "captain", "capt",
        "commander", "dr", "prof", "professor", "sir", "dame", "mr", "mrs", "ms",
    }
)  # fmt: skip
"""Ranks and honorifics that may stand between an appositive title's comma and the name
("the army's chief, General Jane Doe")."""


def _ends_title(tokens: list[Token], i: int) -> bool:
    """Whether token *i* is the last word of a title of several words ("Secretary of State"),
    and so not the first word of the name after it."""
    if _bare(tokens[i].lower) not in _TITLE_ENDS:
        return False
    return any(
        tuple(_bare(t.lower) for t in tokens[i - length + 1 : i + 1]) in TITLES
        for length in range(2, min(LONGEST_TITLE, i + 1) + 1)
    )


def _not_name(word: str) -> bool:
    """Whether a capitalised word cannot be part of a name: a title, month, function word."""
    return word in NOT_NAMES or ("-" in word and _bare(word) in NOT_NAMES)


def _bare(word: str) -> str:
    if "-" not in word:
        return word
    for suffix in _FUTURE_SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix):
            word = word[: -len(suffix)]
    for marker in ("then-", "ex-", "former-"):
        if word.startswith(marker) and len(word) > len(marker):
            return word[len(marker) :]
    return word
