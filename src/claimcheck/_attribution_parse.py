# ruff: noqa: RUF001
"""Assembling attributions from cues, and what a document remembers, for `claimcheck.attribution`.

A clause is read in three steps: find the cues and the phrase each one introduces
(`_attribution_cues`); sort the outlets among those phrases from the reporting document
towards the speaker; take the first other phrase as the speaker. Earlier clauses lend their
outlets, persons and anonymous sources to "the newspaper", "he" and "the diplomat". Work per
token is bounded, so reading is linear in the length of the text.
"""

from __future__ import annotations

import bisect
from collections import deque
from collections.abc import Callable

import attrs

from claimcheck import _attribution_lexicon as lex
from claimcheck import _attribution_outlets as titles
from claimcheck._attribution_cues import CueReader
from claimcheck._attribution_kinds import (
    person_evidence,
    person_name,
    unknown_name_anonymity,
    without_article,
)
from claimcheck._attribution_links import relay_links, relay_order, reported_in
from claimcheck._attribution_outlets import Outlets
from claimcheck._attribution_owned import owned_report
from claimcheck._attribution_signoffs import sign_off
from claimcheck._attribution_sites import (
    ACCORDING,
    CITING,
    PER,
    SUBJECT,
    TOLD,
    Site,
    closing,
    overheard,
    parenthetical,
)
from claimcheck._attribution_spans import Kind, Phrase, possessive
from claimcheck._attribution_text import Token
from claimcheck.model import Actor, ActorKind, Anonymity, Attribution
from claimcheck.names import AliasIndex, strip_titles

__all__: list[str] = []

_BODY = Anonymity.NAMED_ORGANIZATION
_INSIDE_NAMES = lex.PREPOSITIONS | {"the", "and", "&", "y", "e", "de", "del", "la"}
_MIN_OPENING = 4
_MAX_OPENING_NAME = 12
"""The most tokens of a body's name that opens a clause."""
"""The fewest tokens of a body's name, a verb and what it did before ", it said"."""
_PRONOUN_WINDOW = 40
_RECENT_CLAUSES = 3
_ANTECEDENT_WINDOW = 20
_AFTER_CUE = 12


class Reader(CueReader):
    """Reads the attributions of one text, keeping what earlier clauses named."""

    def __init__(self, text: str, outlets: Outlets, index: AliasIndex | None) -> None:
        super().__init__(text, outlets, index)
        self.mentions: list[tuple[int, Actor, str]] = []  # (offset, outlet, kind), in order
        self.offsets: list[int] = []
        self.last_person: Attribution | None = None
        self.last_person_clause = -1
        self.clause_number = 0
        self.recent: deque[tuple[int, list[Token], int, int]] = deque(maxlen=_RECENT_CLAUSES)
        self.last_group: Attribution | None = None
        self.last_anonymous: Attribution | None = None
        self.prefixes: dict[Actor, tuple[Actor, ...]] = {}
        self.clause_start = 0
        self.surnames: set[str] = set()
        """The last words of the persons named so far, which name them again alone."""
        self._unknown_names: dict[tuple[str, str, str, tuple[str, ...]], Anonymity] = {}

    # -- assembling ---------------------------------------------------------------------

    def note_outlets(self, tokens: list[Token], lo: int, hi: int) -> None:
        """Remember every outlet named in the clause, for "the newspaper" later on."""
        words = {t.lower for t in tokens[lo:hi]}
        described = not words.isdisjoint(lex.DESCRIPTOR_KINDS)
        starts = self.outlets.lengths
        if not described and words.isdisjoint(starts):
            return
        # an outlet that no list holds needs one of these words; without them, only the
        # first words of a known name (after "the" or not) or a possessive start an outlet
        evident = described or not words.isdisjoint(titles.EVIDENT_WORDS)
        last = tokens[hi - 1]
        written = self.text[tokens[lo].start : last.start + len(last.text)]
        if evident or "'" in written or "’" in written:  # a possessive: "Germany's Die Zeit"
            candidates: range | list[int] = range(lo, hi)
        else:
            candidates = [k for k in range(lo, hi) if tokens[k].lower in starts]
        resume = lo
        for k in candidates:
            token = tokens[k]
            if k < resume or not (token.is_word and (token.capitalized or token.lower in _OPEN)):
                continue
            if not (evident or self._may_start_known(tokens, k, hi)):
                continue
            phrase = self.outlet(tokens, k, hi, described=described)
            if phrase is not None and phrase.outlet is not None:
                self.mentions.append((token.start, phrase.outlet, phrase.anaphor_kind or ""))
                self.offsets.append(token.start)
                resume = phrase.stop

    def _may_start_known(self, tokens: list[Token], k: int, hi: int) -> bool:
        """Whether a known outlet's name may start at token *k*, or after "the" there, or a
        possessive stands there ("Germany's Die Zeit"): what `Outlets.match` needs."""
        token = tokens[k]
        if token.capitalized and possessive(token):
            return True
        after = tokens[k + 1].lower if k + 1 < hi else ""
        lengths = self.outlets.lengths.get(token.lower)
        if lengths is not None and (1 in lengths or (token.lower, after) in self.outlets.prefixes):
            return True
        return token.lower == "the" and after in self.outlets.lengths

    def antecedent(self, offset: int, kind: str | None) -> Actor | None:
        """The last outlet named before *offset* that can be a *kind* ("newspaper", "agency";
        ``None`` for any): "the agency" is never a newspaper named before it."""
        at = bisect.bisect_left(self.offsets, offset)
        for index in range(at - 1, max(at - _ANTECEDENT_WINDOW, 0) - 1, -1):
            _, actor, actor_kind = self.mentions[index]
            if kind is None or actor_kind in {kind, ""}:
                return actor
        return None

    def attribution(
        self, tokens: list[Token], lo: int, hi: int
    ) -> tuple[Attribution, int, int] | None:
        """The attribution of one clause and the offsets of its phrase, or ``None``."""
        self.clause_start = lo
        self.clause_number += 1
        sites, hedges = self.sites(tokens, lo, hi)
        if all(site.phrase.kind is Kind.OUTLET for site in sites):
            signed = sign_off(self.text, self, tokens, lo, hi)  # "“...” — Ana Ruiz, a farmer"
            sites = [*sites, signed] if signed is not None else sites
        if not sites:
            impersonal = reported_in(self, tokens, lo, hi)  # "it was reported in the Times"
            if impersonal is None:
                return None
            sites = [impersonal]
        outlets: list[tuple[int, int, Actor, Site]] = []
        others: list[Site] = []
        citing = self.clause_cites
        relayed = {s.phrase.start: self._relay_of(tokens, s, sites) for s in sites}
        relays = citing and any(
            s.rank == CITING and relayed[s.phrase.start] is not None for s in sites
        )  # "NDTV, quoting PTI, said": whoever relays an outlet is one
        for site in sites:
            actor = relayed[site.phrase.start]
            if actor is None and citing and (
                site.cue in lex.REPORTING or (relays and self._relaying(site))
            ):
                actor = self._unnamed_outlet(site.phrase)
            if actor is not None:
                rank = PER if closing(tokens, site, lo, hi) else site.rank
                outlets.append((rank, site.phrase.start, actor, site))
            elif site.rank != TOLD:
                others.append(site)
        outlets.sort(key=lambda item: (item[0], item[1]))
        via: list[Actor] = []
        for _, _, actor, _ in outlets:
            if actor not in via:
                via.append(actor)
        # "X announced it, according to Y": the source named by "according to" or "per" wins,
        # unless it only heard the words ("X told aides ..., according to people present");
        # then a parenthetical "..., diplomats said" over a verb inside what they said
        others.sort(
            key=lambda site: (
                overheard(tokens, site),
                site.rank not in {PER, ACCORDING},
                not parenthetical(tokens, site, lo, hi),
                site.phrase.start,
            )
        )
        used = [item[3] for item in outlets]
        if others:
            speaker_site = others[0]
            employer = self._employer(tokens, speaker_site.phrase)
            if employer is not None and employer not in via:
                via.append(employer)  # "CNN's Kaitlan Collins reported"
            result = self._speaker(tokens, speaker_site, via, hedges)
        elif outlets:
            speaker_site = outlets[-1][3]
            speaker = via.pop()
            result = Attribution(
                speaker_name=speaker.name,
                anonymity=Anonymity.NAMED_ORGANIZATION,
                speaker=speaker,
                via=self._with_prefix(tuple(via), speaker),
                cue=speaker_site.cue,
                hedges=hedges,
            )
        else:
            return None
        if result is None:
            return None
        if speaker_site.rank == CITING and not result.via:
            result = self._cited_by_opening(tokens, lo, hi, result)
        result = self._relayed(tokens, lo, hi, result)
        self._remember(result)
        chosen = [speaker_site, *used]
        first = min(min(s.phrase.start, s.cue_start) for s in chosen)
        last = max(max(s.phrase.stop, s.cue_stop) for s in chosen)
        return result, tokens[first].start, tokens[last - 1].end

    def _relayed(
        self, tokens: list[Token], lo: int, hi: int, result: Attribution
    ) -> Attribution:
        """*result* with the outlets that relay words tie to its statement first in its
        chain ("seen by the BBC", "interviewed by Mint"), unless it holds them already, and
        those it holds in the order the relays give."""
        linked = relay_links(self, tokens, lo, hi)
        if not linked:
            return result
        names = {_key(a.name) for a in result.via} | {_key(result.speaker_name)}
        extra = tuple(a for a in linked if _key(a.name) not in names)
        via = relay_order(extra + result.via, linked)
        return attrs.evolve(result, via=via) if via != result.via else result

    def _cited_by_opening(
        self, tokens: list[Token], lo: int, hi: int, result: Attribution
    ) -> Attribution:
        """*result*, a source cited with no outlet found, relayed by the outlet that opens
        its clause: "Indonesian outlet Tempo, which went to the islands, quoted a fisherman"."""
        opening = self.phrase(tokens, lo, hi)
        if opening is None or opening.outlet is None or opening.kind is not Kind.OUTLET:
            return result
        if result.speaker == opening.outlet or _key(result.speaker_name) == _key(opening.text):
            return result  # "El Faro, citing records obtained by the newspaper": El Faro's own
        return attrs.evolve(result, via=(opening.outlet,))

    def _relay_of(self, tokens: list[Token], site: Site, sites: list[Site]) -> Actor | None:
        """The outlet a site's phrase names, or an outlet no list holds that a relay makes
        of a name cited in turn: "quoting Jeune Afrique, which cited two officers", "according
        to Jeune Afrique, which cited ..." (never a person the name is known or read to be)."""
        actor = self._outlet_of(tokens, site.phrase)
        if actor is not None or site.rank not in _RELAYING_RANKS:
            return actor
        if site.phrase.kind is not Kind.NAMED:
            return None
        after = site.phrase.stop
        which = after + 1 < len(tokens) and tokens[after].text == ","
        if not (which and tokens[after + 1].lower == "which"):
            return None
        cited_next = any(
            s.rank == CITING and after + 1 < s.cue_start <= after + 4 for s in sites
        )
        if not cited_next or person_evidence(without_article(site.phrase.text)):
            return None
        return self._unnamed_outlet(site.phrase)

    def _employer(self, tokens: list[Token], phrase: Phrase) -> Actor | None:
        """The outlet of a reporter named with it: "CNN's Kaitlan Collins", "the BBC's
        security correspondent", "a Reuters reporter", "a columnist for Le Monde"."""
        if phrase.kind is Kind.NAMED:
            return self.possessive_outlet(tokens[phrase.start])
        if phrase.kind is not Kind.ANONYMOUS or phrase.head not in lex.JOURNALISTS:
            return None
        for k in range(phrase.start, phrase.stop):
            found = self.possessive_outlet(tokens[k])
            if found is None and tokens[k].capitalized:
                outlet = self.outlet(tokens, k, phrase.stop, described=False)
                found = outlet.outlet if outlet is not None else None
            if found is not None:
                return found
        return None

    def possessive_outlet(self, token: Token) -> Actor | None:
        """The known outlet a possessive names: "CNN's"."""
        if not token.lower.endswith(("'s", "’s")):
            return None
        found = self.outlets.table.get((token.lower[:-2],))
        return found[0] if found is not None else None

    def _relaying(self, site: Site) -> bool:
        """Whether a named subject that relays an outlet names no person."""
        if site.rank != SUBJECT or site.phrase.kind is not Kind.NAMED:
            return False
        return self._classify(site.phrase.text)[1] is not Anonymity.NAMED_PERSON

    def _unnamed_outlet(self, phrase: Phrase) -> Actor | None:
        """An outlet missing from the lists, known by "X, citing Y, reported"."""
        if phrase.kind is not Kind.NAMED:
            return None
        if self.index is not None:
            known = self.resolve(strip_titles(phrase.text))
            if known is not None and known.kind is ActorKind.PERSON:
                return None
        text = phrase.text
        return Actor(text[4:] if text.startswith("the ") else text, ActorKind.OUTLET)

    def _outlet_of(self, tokens: list[Token], phrase: Phrase) -> Actor | None:
        if phrase.kind is Kind.OUTLET:
            return phrase.outlet
        if phrase.kind in {Kind.ANAPHOR, Kind.REPORTERS}:
            kind = phrase.anaphor_kind if phrase.kind is Kind.ANAPHOR else None
            return self.antecedent(tokens[phrase.start].start, kind)
        return None

    def _with_prefix(self, via: tuple[Actor, ...], speaker: Actor | None) -> tuple[Actor, ...]:
        """Prepend the outlets through which the document said it reached the outermost one."""
        outermost = via[0] if via else speaker
        if outermost is None:
            return via
        prefix = tuple(a for a in self.prefixes.get(outermost, ()) if a not in via and a != speaker)
        return prefix + via

    def _speaker(
        self, tokens: list[Token], site: Site, via: list[Actor], hedges: tuple[str, ...]
    ) -> Attribution | None:
        phrase = site.phrase
        chain = tuple(via)
        if phrase.kind is Kind.ANONYMOUS:
            anonymity = Anonymity.ANONYMOUS_GROUP if phrase.plural else Anonymity.ANONYMOUS_PERSON
            previous = self.last_anonymous
            if not chain and previous is not None and _same_sources(phrase, previous):
                chain = previous.via
            return Attribution(
                speaker_name=phrase.text,
                anonymity=anonymity,
                via=self._with_prefix(chain, None),
                cue=site.cue,
                hedges=hedges,
            )
        if phrase.kind is Kind.ANAPHOR:
            return Attribution(
                speaker_name=phrase.text,
                anonymity=Anonymity.NAMED_ORGANIZATION,
                via=chain,
                cue=site.cue,
                hedges=hedges,
            )
        if phrase.kind is Kind.REPORTERS:
            return Attribution(
                speaker_name=phrase.text,
                anonymity=Anonymity.ANONYMOUS_GROUP,
                via=chain,
                cue=site.cue,
                hedges=hedges,
            )
        if phrase.kind is Kind.PRONOUN:
            opening = self._opening_body(tokens, phrase) if phrase.head == "it" else None
            if opening is not None:  # "The agency counted 40 cases, it said in a report"
                return self._speaker(tokens, site._replace(phrase=opening), via, hedges)
            person = self._person_before(tokens, phrase.start)
            antecedent = {
                "he": person,
                "she": person,
                "they": self.last_group,
                "it": None,
            }[phrase.head]
            if antecedent is None:
                anonymity = (
                    Anonymity.NAMED_PERSON
                    if phrase.head in lex.PERSON_PRONOUNS
                    else Anonymity.ANONYMOUS_GROUP
                )
                return Attribution(
                    speaker_name=phrase.text,
                    anonymity=anonymity,
                    via=chain,
                    cue=site.cue,
                    hedges=hedges,
                )
            return Attribution(
                speaker_name=antecedent.speaker_name,
                anonymity=antecedent.anonymity,
                speaker=antecedent.speaker,
                via=chain or antecedent.via,
                cue=site.cue,
                hedges=hedges,
            )
        if phrase.kind is Kind.ORGANIZATION:
            name = without_article(phrase.text)
            actor = self.resolve(name)
            return Attribution(
                speaker_name=name,
                anonymity=Anonymity.NAMED_ORGANIZATION,
                speaker=actor,
                via=self._with_prefix(chain, actor),
                cue=site.cue,
                hedges=hedges,
            )
        actor, anonymity = self._classify(phrase.text)
        named_before = phrase.text in self.surnames
        if named_before and actor is None:
            anonymity = Anonymity.NAMED_PERSON  # "Tessa Ford said ... Ford added": not the carmaker
        listed = without_article(phrase.text).lower() in lex.COMPANY_NAMES
        shaped = anonymity is Anonymity.NAMED_PERSON or (listed and person_evidence(phrase.text))
        if shaped and actor is None and not named_before:  # "John Lewis, the rower, said"
            before = _head_before(tokens, phrase)
            apposition = tokens[phrase.stop : min(site.cue_start, phrase.stop + _AFTER_CUE)]
            after = tuple(t.lower for t in apposition) + tuple(
                t.lower for t in tokens[site.cue_stop : site.cue_stop + _AFTER_CUE]
            )  # "Sybiha, the foreign minister, said in a statement that ..."
            anonymity = self._unknown(phrase.text, site.cue, before, after)
        if anonymity is Anonymity.NAMED_PERSON:
            name = person_name(phrase.text)
        else:
            name = without_article(phrase.text)
        return Attribution(
            speaker_name=name,
            anonymity=anonymity,
            speaker=actor,
            via=self._with_prefix(chain, actor),
            cue=site.cue,
            hedges=hedges,
        )

    def _unknown(self, text: str, cue: str, before: str, after: tuple[str, ...]) -> Anonymity:
        """`unknown_name_anonymity` of a name with its cue and the words around it, remembered."""
        key = (text, cue, before, after)
        found = self._unknown_names.get(key)
        if found is None:
            found = unknown_name_anonymity(text, cue=cue, before=before, after=after)
            self._unknown_names[key] = found
        return found

    def _remember(self, result: Attribution) -> None:
        if result.anonymity is Anonymity.NAMED_PERSON:
            self.last_person = result
            self.last_person_clause = self.clause_number
            words = result.speaker_name.split()
            if len(words) > 1:
                self.surnames.add(words[-1])  # "Hrabec said in a statement": Dana Hrabec
        elif result.anonymity is Anonymity.ANONYMOUS_GROUP:
            self.last_group = result
        if result.anonymous:
            self.last_anonymous = result
        chain = list(result.via)
        if result.speaker is not None and result.speaker.kind is ActorKind.OUTLET:
            chain.append(result.speaker)
        for depth, actor in enumerate(chain):
            if depth and actor not in self.prefixes:
                self.prefixes[actor] = tuple(chain[:depth])

    def _phrase_readers(self) -> tuple[Callable[[list[Token], int, int], Phrase | None], ...]:
        """The phrase readers, a report read as its owner's first (`owned_report`)."""
        return (self._owned_report, *super()._phrase_readers())

    def _owned_report(self, tokens: list[Token], i: int, hi: int) -> Phrase | None:
        """A report read as its owner's: "the Harbour Post's column" (`owned_report`)."""
        return owned_report(self.text, tokens, i, hi, (self.outlet, self._organization, self._named))

    def note_clause(self, tokens: list[Token], lo: int, hi: int) -> None:
        """Keep a clause that was read, for a later "he" or "she" to look back into."""
        self.recent.append((self.clause_number, tokens, max(lo, hi - _PRONOUN_WINDOW), hi))

    def _opening_body(self, tokens: list[Token], pronoun: Phrase) -> Phrase | None:
        """The body whose name opens this clause as its subject, which a later "it" that
        speaks stands for: "The agency counted 40 cases, it said"."""
        lo = self.clause_start
        if pronoun.start - lo < _MIN_OPENING or tokens[pronoun.start - 1].text != ",":
            return None
        for verb in range(lo + 1, min(pronoun.start - 2, lo + _MAX_OPENING_NAME)):
            word = tokens[verb]
            if not word.is_word or word.capitalized or word.lower in _INSIDE_NAMES:
                continue  # "of", "the", "and" inside the name: "Office of the Ombudsman"
            body = self.phrase(tokens, lo, verb, exact=True)
            if body is None or body.kind not in {Kind.ORGANIZATION, Kind.OUTLET, Kind.NAMED}:
                continue
            if body.kind is not Kind.NAMED or self._classify(body.text)[1] is _BODY:
                return body
            return None
        return None

    def _person_before(self, tokens: list[Token], start: int) -> Attribution | None:
        """The person "he" or "she" at token *start* stands for: the last person named in
        this clause or the last few, unless a person spoke more recently."""
        found = self._last_person_in(tokens, max(self.clause_start, start - _PRONOUN_WINDOW), start)
        if found is not None:
            return found
        for number, earlier, lo, hi in reversed(self.recent):
            if number <= self.last_person_clause:
                break
            found = self._last_person_in(earlier, lo, hi)
            if found is not None:
                return found
        return self.last_person

    def _last_person_in(self, tokens: list[Token], lo: int, hi: int) -> Attribution | None:
        """The last person named between tokens *lo* and *hi*."""
        person: Attribution | None = None
        k = lo
        while k < hi:
            token = tokens[k]
            if token.quoted or not token.capitalized or token.lower in lex.CAPITAL_STOPWORDS:
                k += 1
                continue
            phrase = self._named(tokens, k, hi)
            if phrase is None:
                k += 1
                continue
            name = person_name(phrase.text)
            actor, anonymity = self._classify(phrase.text)
            if anonymity is Anonymity.NAMED_PERSON and (actor is not None or len(name.split()) > 1):
                person = Attribution(speaker_name=name, anonymity=anonymity, speaker=actor)
            k = phrase.stop
        return person


_RELAYING_RANKS = frozenset({CITING, ACCORDING, PER})
"""Ranks of the cues whose name, cited in turn (", which cited"), relays as an outlet."""
_APPOSITION_WINDOW = 8
_HEAD_LINKS = frozenset({"of", "for", "at", "to", "with"})
_OPEN = frozenset({"the", "a"})
"""Lower-case words that may open an outlet's name: "the Guardian", "a Polish daily"."""


def _key(name: str) -> str:
    """A name compared as the same outlet or speaker: in any case, without "the"."""
    return without_article(name).casefold()


def _head_before(tokens: list[Token], phrase: Phrase) -> str:
    """The lower-case word before a name, or the head of the noun phrase it is set in
    apposition to: "union" in "the pilots' union, Vereinigung Cockpit, said"."""
    start = phrase.start
    if start == 0:
        return ""
    closed = phrase.stop < len(tokens) and tokens[phrase.stop].text == ","
    if not (tokens[start - 1].text == "," and closed and start > 1):
        return tokens[start - 1].lower
    head = start - 2  # "chief of staff, Andriy Yermak,": the head is before "of"
    for k in range(start - 2, max(start - _APPOSITION_WINDOW, 0) - 1, -1):
        if not tokens[k].is_word or possessive(tokens[k]):
            break  # "the Bank of England's chief economist": the head is after the owner
        if tokens[k].lower in _HEAD_LINKS and k > 0:
            head = k - 1
    return tokens[head].lower


def _same_sources(phrase: Phrase, previous: Attribution) -> bool:
    """Whether an anonymous description refers back to the last one: "the diplomat", bare
    "sources", or the same words again ("sources in Kyiv and Brussels")."""
    if phrase.definite:
        return True
    if not previous.via:
        return False
    words = set(phrase.text.lower().split()) - lex.FILLER
    return words == {"sources"} or words <= set(previous.speaker_name.lower().split()) - lex.FILLER
