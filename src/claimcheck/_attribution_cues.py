# ruff: noqa: RUF001
"""Cues and the phrases they introduce, for `claimcheck.attribution`.

A cue is a word or words that attribute ("said", "according to", "citing", "per", "told",
"reported by", a headline colon); each is read with the phrase it introduces and ranked, so
that the outlets of a clause can be ordered from the reporting document towards the speaker.
Every rule looks at a bounded number of tokens around its cue.
"""

from __future__ import annotations

from claimcheck import _attribution_asides as asides
from claimcheck import _attribution_findings as findings
from claimcheck import _attribution_lexicon as lex
from claimcheck import _attribution_passives as passives
from claimcheck import _attribution_revisions as revisions
from claimcheck import _attribution_rulings as rulings
from claimcheck._attribution_bodies import FORECASTING, SHOWING
from claimcheck._attribution_complements import states_nothing
from claimcheck._attribution_findings import FindingReader
from claimcheck._attribution_outlets import Outlets
from claimcheck._attribution_phrases import anonymity_clause
from claimcheck._attribution_relayed import OUTLET_QUALIFIERS, relayed_clause, to_outlet
from claimcheck._attribution_sites import (
    ACCORDING,
    CITING,
    PARENTHESIS_OPENERS,
    PER,
    REPORTED_BY,
    SUBJECT,
    TOLD,
    Site,
    after_place,
    clause_final,
    description,
    gap_word,
    in_turn,
    nest_relays,
    share_of,
)
from claimcheck._attribution_spans import NOT_BEFORE_VERB, Kind, Phrase
from claimcheck._attribution_subjects import CITED, MAX_PHRASE
from claimcheck._attribution_text import QUOTES, Token
from claimcheck.model import Anonymity
from claimcheck.names import AliasIndex

__all__: list[str] = []



class CueReader(FindingReader):
    """Finds the cues of a clause and the phrases they introduce."""

    def __init__(self, text: str, outlets: Outlets, index: AliasIndex | None) -> None:
        super().__init__(text, outlets, index)
        self.sentence_start = 0
        """The first token of the sentence being read, for a subject that two verbs share."""
        self.clause_cites = False
        """Whether the clause last read by `sites` holds "citing"."""

    def sites(self, tokens: list[Token], lo: int, hi: int) -> tuple[list[Site], tuple[str, ...]]:
        """The cues of a clause with their phrases, and its hedges."""
        sites: list[Site] = []
        hedges: list[str] = []
        cue_words = [k for k in range(lo, hi) if tokens[k].lower in _INTERESTING]
        self.clause_cites = any(tokens[k].lower in _CITING for k in cue_words)
        for k in cue_words:
            token = tokens[k]
            lower = token.lower
            if token.quoted:
                continue
            if lower in lex.HEDGES:
                hedges.append(lower)
            elif lower in _HEDGE_STARTS:
                for phrase in lex.HEDGE_PHRASES:
                    if tuple(t.lower for t in tokens[k : k + len(phrase)]) == phrase:
                        hedges.append(" ".join(phrase))
            if lower in _CUE_WORDS:
                found = self._cue(tokens, k, lo, hi)
                if found is not None:
                    sites.extend(found)
        sites = nest_relays(sites, tokens)
        headline = self.headline(tokens, lo, hi)
        if headline is not None:
            sites.append(headline)
        return sites, tuple(dict.fromkeys(hedges))

    def _cue(self, tokens: list[Token], k: int, lo: int, hi: int) -> list[Site] | None:
        token = tokens[k]
        lower = token.lower
        if lower == "according" and k + 1 < hi and tokens[k + 1].lower == "to":
            phrase = (
                self.issued_by(tokens, k + 2, hi)  # "a statement issued by the ministry"
                or self.object_phrase(tokens, k + 2, hi)
                or self.report_of(tokens, k + 2, hi)
                or self.compiled_by(tokens, k + 2, hi)
                or self.statement_of(tokens, k + 2, hi)
                or self.data_after(tokens, k + 2, hi)
            )
            if phrase is None:
                return None
            phrase = self._named_after(tokens, phrase, hi)
            return [Site(ACCORDING, phrase, "according to", k, k + 2)]
        if lower in lex.WORDING_CUES:
            return self._wording(tokens, k, lo, hi)
        if lower == "per" and k + 1 < hi:
            phrase = self.object_phrase(tokens, k + 1, hi)
            if phrase is None or tokens[k + 1].lower in lex.PER_UNITS:
                return None
            lone = phrase.kind is Kind.ANONYMOUS and not phrase.plural and not phrase.definite
            if lone and tokens[k + 1].lower not in {"a", "an", "one"}:
                return None  # "per person" is a unit; "per a person familiar" a source
            return [Site(PER, phrase, "per", k, k + 1)]
        before = k - 2 if k - 2 > lo and in_turn(tokens, k) else k  # "which in turn cited"
        if before - 1 > lo and tokens[before - 1].lower in _PERFECT:
            before -= 1  # "..., which had quoted Y"
        relative = before > lo and tokens[before - 1].lower in {"which", "who", "that", ","}
        relative = relative and k + 1 < hi and tokens[k + 1].lower != "by"  # ", cited by X,"
        if lower == "picked" and relative and k + 2 < hi and tokens[k + 1].lower == "up":
            report = self.report_of(tokens, k + 2, hi)  # "..., which picked up a report in Y"
            return [Site(CITING, report, "picked up", k, k + 2)] if report else None
        if k + 1 < hi and (lower in _CITING or (lower in CITED and relative)):
            # "citing Y", "quoting Y", "..., which cited Y"
            cue = "quoting" if lower.startswith("quot") else "citing"
            given = self.interview_given(tokens, k + 1, hi)
            if given is not None:  # "citing an interview X gave to Y": X speaks, Y relays
                speaker, told = given
                sites = [Site(CITING, speaker, cue, k, k + 1)]
                return sites if told is None else [*sites, Site(TOLD, told, cue, k, k + 1)]
            phrase = (
                self.issued_by(tokens, k + 1, hi)  # "citing figures obtained by a charity"
                or (self.object_phrase(tokens, k + 1, hi) if lower != "relaying" else None)
                or self.report_of(tokens, k + 1, hi)  # "citing a report in the Economic Times"
                or self.statement_of(tokens, k + 1, hi)
                or self.coordinated(tokens, k + 1, hi)
                or self.people(tokens, k + 1, hi)
            )
            if phrase is None:
                return None
            cited = [Site(CITING, self._named_after(tokens, phrase, hi), cue, k, k + 1)]
            to = phrase.stop  # "comments by an aide to the Yonhap news agency"
            addressed = self.told_outlet(tokens, to + 1, hi) if to_outlet(tokens, to, hi) else None
            return [*cited, Site(CITING, addressed, cue, k, k + 1)] if addressed else cited
        passive = k > lo and tokens[k - 1].lower in _PASSIVE
        if lower in CITED and passive and k + 1 < hi and tokens[k + 1].lower in {"as", "by"}:
            return self._quoted_as(tokens, k, lo, hi)
        passive = lower in lex.BY_VERBS or (
            lower in passives.ISSUING and passives.issued_statement(tokens, k, lo)
        )  # "confirmed by X", "the warnings were issued by X"
        timed = k > lo and tokens[k - 1].lower not in lex.DATA_NOUNS  # data: `issued_by`
        if passive and k + 1 < hi and (
            tokens[k + 1].lower in _BY_STARTS
            or (timed and passives.agent_by(tokens, k + 1, hi) is not None)
        ):
            return self.by_phrase(tokens, k, hi)
        if lower in _RELAYING and token.text == lower:
            carried = self._carried(tokens, k, lo, hi)  # "published remarks by Y": Y speaks
            if carried is not None or lower not in lex.SPEECH_VERBS:
                return carried
        if lower in lex.INTERVIEW and k + 1 < hi and tokens[k + 1].lower in lex.INTERVIEW_LINKS:
            outlet = self.told_outlet(tokens, k + 2, hi) if k + 2 < hi else None
            return (
                [Site(TOLD, outlet, f"{lower} {tokens[k + 1].lower}", k, k + 2)] if outlet else None
            )
        if lower in rulings.HEARING:
            return self.heard_from(tokens, k, hi)  # "The court heard from Judge Ruiz that"
        if lower in lex.TALKING and k + 1 < hi and tokens[k + 1].lower in lex.TALKING_LINKS:
            return self._talked(tokens, k, lo, hi)
        if lower in asides.POINTING and k + 2 < hi and tokens[k + 1].lower == "to":
            report = self.report_of(tokens, k + 2, hi)  # "pointing to an Economic Times story"
            return [Site(CITING, report, f"{lower} to", k, k + 2)] if report else None
        if lower == asides.CLAIM_MADE and asides.claim_made(tokens, k, lo, hi):
            return self.by_phrase(tokens, k, hi)  # "the allegation was made by the auditor"
        if lower in rulings.FINDINGS and token.text == lower and k > lo:
            court = self.ruling(tokens, k, lo, hi)  # "..., the court found in a 7-2 decision"
            if court is not None or lower not in lex.SPEECH_VERBS:
                return court
        if lower in SHOWING and token.text == lower:
            shown = self.data_shows(tokens, k, lo, hi)
            if shown is not None or lower not in lex.SPEECH_VERBS:
                return shown
        if lower in FORECASTING and token.text == lower:
            forecast = self.forecast(tokens, k, lo, hi)
            if forecast is not None or lower not in lex.SPEECH_VERBS:
                return forecast
        if lower in revisions.REVISING and revisions.revised_forecast(tokens, k, hi) is not None:
            return self.reviser(tokens, k, lo)  # "OPEC lowered its forecast for demand"
        if lower in lex.SPEECH_VERBS and (token.text == lower or (k == lo and lower in _INVERTED)):
            return self._speech(tokens, k, lo, hi)
        return None

    def _wording(self, tokens: list[Token], k: int, lo: int, hi: int) -> list[Site] | None:
        """The speaker whose wording a clause borrows: "as one diplomat put it", "in the
        words of a senior aide"; or the source an outlet takes at its word: "on the word of
        two officials"."""
        words = [t.lower for t in tokens[k - 2 : k + 2]] if k - 2 >= lo else []
        if words[:2] == ["in", "the"] and words[3:] == ["of"] and tokens[k].lower == "words":
            phrase = self.object_phrase(tokens, k + 2, hi)
            return [Site(ACCORDING, phrase, "in the words of", k - 2, k + 2)] if phrase else None
        if words[:2] == ["on", "the"] and words[3:] == ["of"] and tokens[k].lower == "word":
            if not (k - 4 >= lo and tokens[k - 3].text == "," and (
                tokens[k - 4].lower in lex.SPEECH_VERBS
            )):
                return None  # only a report made on someone's word: "X reported, on the word of Y,"
            phrase = self.object_phrase(tokens, k + 2, hi)
            return [Site(CITING, phrase, "on the word of", k - 2, k + 2)] if phrase else None
        if tokens[k].lower in _WORD_NOUNS:
            return None
        if self.amount_set(tokens, k, hi):
            subject = self.subject(tokens, k, lo)  # "an official put the cost at €5 billion"
            return [Site(SUBJECT, subject, tokens[k].lower, k, k + 1)] if subject else None
        if k + 1 >= hi or tokens[k + 1].lower != "it":
            return None
        for at in range(k - 1, max(lo, k - MAX_PHRASE) - 1, -1):
            if tokens[at].lower == "as":
                phrase = self.phrase(tokens, at + 1, k, exact=True)
                if phrase is None or (phrase.kind is Kind.PRONOUN and phrase.head == "it"):
                    return None
                return [Site(SUBJECT, phrase, f"{tokens[k].lower} it", k, k + 2)]
            if not tokens[at].is_word or tokens[at].quoted:
                return None
        return None

    def _named_after(self, tokens: list[Token], phrase: Phrase, hi: int) -> Phrase:
        """The person's name set after a description of one, between commas or before the
        end of the clause: "according to the regional governor, Ivan Fedorov, ..."."""
        after = phrase.stop + 1
        if phrase.kind is not Kind.ANONYMOUS or phrase.plural or after >= hi:
            return phrase
        if tokens[phrase.stop].text != ",":
            return phrase
        named = self._named(tokens, after, hi)
        if named is None or named.kind is not Kind.NAMED:
            return phrase
        if named.stop < hi and tokens[named.stop].text not in {",", ";", ".", ")"}:
            return phrase  # "..., Kyiv said" or "..., Ivan Fedorov reported": a clause
        if self._classify(named.text)[1] is not Anonymity.NAMED_PERSON:
            return phrase
        return named

    def _talked(self, tokens: list[Token], k: int, lo: int, hi: int) -> list[Site] | None:
        """ "Two officers spoke to Le Monde": the officers speak, and the outlet reports them;
        a person talked to ("spoke to Macron") is no outlet and makes no attribution."""
        cue = f"{tokens[k].lower} {tokens[k + 1].lower}"
        told = self.told_outlet(tokens, k + 2, hi) if k + 2 < hi else None
        relative = tokens[k - 1].lower if k - 1 > lo else ""
        if told is None and relative == "which" and k + 2 < hi:
            source = self.object_phrase(tokens, k + 2, hi) or self.source_description(
                tokens, k + 2, hi
            )  # "PAP, which spoke to a general, ..."
            return [Site(CITING, source, cue, k, k + 2)] if source is not None else None
        if told is None:
            return None
        end = k - 1 if relative == "who" else k
        subject = self.subject(tokens, end, lo) or description(self.text, tokens, lo, end)
        if subject is None and relative == "who":
            return [Site(TOLD, told, cue, k, k + 2)]  # "X, who spoke to NRC, said": "said" reads X
        if subject is None:
            return None
        return [Site(SUBJECT, subject, cue, k, k + 2), Site(TOLD, told, cue, k, k + 2)]

    def _carried(self, tokens: list[Token], k: int, lo: int, hi: int) -> list[Site] | None:
        """An outlet that carries someone's words: "Xinhua carried remarks by Wang Yi"; the
        speaker is whoever made the statement, the outlet relays it."""
        speaker = self.statement_of(tokens, k + 1, hi)
        outlet = self.subject(tokens, k, lo)
        if speaker is None or outlet is None or outlet.kind is not Kind.OUTLET:
            return None
        cue = " ".join(t.lower for t in tokens[k : speaker.start])  # "published remarks by"
        return [Site(REPORTED_BY, outlet, cue, k, k + 1), Site(SUBJECT, speaker, cue, k, k + 1)]

    def _quoted_as(self, tokens: list[Token], k: int, lo: int, hi: int) -> list[Site] | None:
        """ "X was quoted as saying", "X was quoted by TASS as saying": X speaks, TASS relays."""
        found: list[Site] = []
        at = k + 1
        if tokens[at].lower == "by":
            if relayed_clause(tokens, k - 2, hi):  # "an official who was quoted by X"
                return [s for s in self.by_phrase(tokens, k, hi) or () if s.rank == REPORTED_BY]
            start = at + 1
            if start + 2 < hi and tokens[start].lower == "the" and (
                tokens[start + 1].lower in OUTLET_QUALIFIERS
            ):
                start += 2  # "quoted by the state-run Securities Times as saying"
            relay = self.object_phrase(tokens, start, hi)
            if relay is None or relay.stop >= hi or tokens[relay.stop].lower != "as":
                return None
            found.append(Site(REPORTED_BY, relay, f"{tokens[k].lower} by", k, at + 1))
            at = relay.stop
        if at + 1 >= hi or tokens[at].lower != "as" or tokens[at + 1].lower != "saying":
            return None
        subject = self.subject(tokens, k, lo)
        if subject is None:
            return None
        found.append(Site(SUBJECT, subject, f"{tokens[k].lower} as saying", k, at + 2))
        late = self.by_phrase(tokens, at + 1, hi) if not found[:-1] else None  # "... by the FT"
        return found + [site for site in late or () if site.rank == REPORTED_BY]

    def _speech(self, tokens: list[Token], v: int, lo: int, hi: int) -> list[Site] | None:
        verb = tokens[v].lower
        stop = v + 1
        if verb in lex.PARTICLE_VERBS:
            if stop < hi and tokens[stop].lower == lex.PARTICLE_VERBS[verb]:
                stop += 1
            elif not (stop < hi and tokens[stop].lower == "that"):
                return None  # "found out", "found that"; not "found the money"
        previous = tokens[v - 1].lower if v > lo else ""
        if previous in NOT_BEFORE_VERB or previous in lex.FUTURE:
            return None  # "is said to", "declined to say", "the report"
        so = previous == "so" and (v - 2 < lo or tokens[v - 2].lower in _BEFORE_SO)  # "or so say"
        following = tokens[stop].lower if stop < hi else ""
        ambiguous = verb in lex.NOUN_LIKE_VERBS
        if ambiguous and (following in lex.ANONYMOUS_PLURAL or following in lex.ORGANIZATION_NOUNS):
            return None  # "state media", "report card": not a verb here
        if following == "by" or (following == "in" and verb.startswith("believ")):
            return None  # "reported by" is read elsewhere; "believe in" is no cue
        if verb in lex.PARTICIPLES and following in {"on", "about", "of"}:
            return None  # "officials briefed on the plans": a description, not a cue
        if states_nothing(verb, tokens, stop, hi):
            return None  # "denied it.", "reported a loss", "accused" without "of"
        if verb in lex.NEEDS_COMPLEMENT and following not in _COMPLEMENTS:
            following = after_place(tokens, stop, hi)  # "posted on Telegram that"
        if verb in lex.NEEDS_COMPLEMENT and following not in _COMPLEMENTS:
            parenthetical = v > lo and tokens[v - 1].text in PARENTHESIS_OPENERS
            described = verb.startswith("describ") and (
                any(t.lower == "as" for t in tokens[stop : stop + 8])
                or any(t.lower == "how" for t in tokens[max(lo, v - MAX_PHRASE) : v])
            )  # "... described it as", "that was how X described the economy"
            content = asides.report_content(tokens, v, lo)  # "a story in which X described"
            if not (parenthetical or so or described or content or clause_final(tokens, stop, hi)):
                return None
        cue = " ".join(t.lower for t in tokens[v:stop])
        found: list[Site] = []
        told = None
        if verb in lex.OBJECT_VERBS and stop < hi:
            told = self.told_outlet(tokens, stop, hi)
        subject = self.subject(tokens, v, lo) or self.relative_antecedent(tokens, v, lo)
        if told is None and subject is not None and stop < hi and tokens[stop].lower == "in":
            told = self.published_in(tokens, stop + 1, hi)  # "X reported in Nature that"
        if told is None and verb in lex.OBJECT_VERBS and subject is not None and stop < hi:
            if subject.kind is Kind.ANONYMOUS:  # "a person close to the talks told Semafor"
                told = self.addressed_outlet(tokens, stop, hi)
        if subject is not None and share_of(tokens, subject.start, lo):
            return None  # "40 per cent of respondents said": a poll's figure
        if subject is None and told is not None:
            subject = description(self.text, tokens, lo, v)  # "A pilot told the Kyiv Post"
        if (
            subject is not None
            and subject.start > lo
            and tokens[subject.start - 1].lower in lex.FREE
        ):
            return None  # "what the chancellor said remains unclear"
        if subject is not None:
            found.append(Site(SUBJECT, subject, cue, v, stop))
        elif previous in {"and", "but"} and self.sentence_start < v - 1:
            shared = self.clause_subject(tokens, self.sentence_start, v - 1)
            if shared is not None:  # "The ministry declined to comment, but said ..."
                found.append(Site(SUBJECT, shared, cue, v, stop))
        elif verb in lex.NON_FINITE:
            if v > lo and tokens[v - 1].text in {","} | QUOTES:
                opening = self.clause_subject(tokens, lo, v)
                if opening is not None:
                    found.append(Site(SUBJECT, opening, cue, v, stop))
        elif v == lo or so or tokens[v - 1].text in {","} | QUOTES or asides.after_quoted_dash(
            tokens, v, self.sentence_start
        ):  # "“...” — nobody warned us — said Ana Ruiz"
            after = self.phrase(tokens, stop, hi)
            if after is not None and not (after.kind is Kind.PRONOUN and after.head == "it"):
                beyond = tokens[after.stop] if after.stop < hi else None
                unnamed = beyond is not None and beyond.lower == "who" and anonymity_clause(
                    tokens, after.stop + 1, hi
                )  # "said a US official who spoke on condition of anonymity"
                named_so = asides.given_name(tokens[v], after, beyond)
                finite = beyond is not None and beyond.lower in _FINITE_AFTER
                placed = asides.affiliation_after_quote(tokens, v, beyond)
                if (
                    beyond is None or not beyond.is_word or gap_word(beyond) or unnamed or placed
                ) and not (named_so or finite):  # "..., said the army had": what was said
                    found.append(Site(SUBJECT, after, cue, v, stop))
        if verb in lex.QUOTING and stop < hi:
            quoted = self.phrase(tokens, stop, hi)
            if quoted is not None and quoted.stop < hi and tokens[quoted.stop].lower == "as":
                found.append(Site(CITING, quoted, cue, v, stop))
        if told is not None:
            found.append(Site(TOLD, told, cue, v, stop))
        return found or None

_CITING = frozenset({"citing", "quoting", "relaying"})
_BY_STARTS = lex.BY_ADVERBS | {"by"}
_RELAYING = lex.CARRYING | {"published", "publishes", "aired", "airs", "ran", "runs"}
_PICKED = frozenset({"picked"})  # "..., which picked up a report in Y"
_PERFECT = frozenset({"had", "has", "have"})
_PASSIVE = frozenset({"was", "were", "is", "are", "been", "being"})
_HEDGE_STARTS = frozenset(phrase[0] for phrase in lex.HEDGE_PHRASES)
_CUE_WORDS = (
    frozenset({"according", "per"})
    | lex.WORDING_CUES
    | _CITING
    | CITED
    | lex.BY_VERBS
    | _RELAYING
    | _PICKED
    | lex.SPEECH_VERBS
    | lex.INTERVIEW
    | lex.TALKING
    | findings.CUE_WORDS
    | asides.CUE_WORDS
    | passives.ISSUING
    | rulings.HEARING
)
_INTERESTING = _CUE_WORDS | lex.HEDGES | _HEDGE_STARTS


_WORD_NOUNS = frozenset({"word", "words"})
_COMPLEMENTS = frozenset({"that", ":", ",", "“", '"', "out"})


_FINITE_AFTER = frozenset(
    {"had", "has", "have", "was", "were", "is", "are", "will", "would", "did", "does", "do", "may"}
)
"""Words after "said X" that make X the subject of what was said, not an inverted speaker."""
_BEFORE_SO = frozenset({"or", ",", "—", "–", "and"})
_INVERTED = frozenset({"said", "says", "added", "wrote"})
"""Verbs that may open a sentence before their speaker: "Said the minister: ..."."""
