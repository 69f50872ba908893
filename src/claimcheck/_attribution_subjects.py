"""The subject before a verb, for `claimcheck.attribution`.

Who speaks is most often the phrase that ends just before the verb: "The ministry said",
"Connolly, head of the Assembly, said", "A negotiator who declined to be identified said",
"officials quoted by Reuters said". These readers find that phrase over the time words,
asides and appositives that may stand between it and the verb, or the phrase that opens the
clause ("X did Y, saying Z") or that ", which" refers back to.
"""

from __future__ import annotations

from claimcheck import _attribution_asides as asides
from claimcheck import _attribution_lexicon as lex
from claimcheck._attribution_between import across_clause, agent_follows, passive_participle
from claimcheck._attribution_bodies import MAX_GAP
from claimcheck._attribution_described import counted
from claimcheck._attribution_headlines import HeadlineReader
from claimcheck._attribution_names import listed_field, plural_possessive
from claimcheck._attribution_phrases import anonymity_clause
from claimcheck._attribution_rulings import BULLETS
from claimcheck._attribution_sites import description, gap_word, inserted_place
from claimcheck._attribution_spans import Kind, Phrase
from claimcheck._attribution_text import QUOTES, Token
from claimcheck.model import Anonymity

__all__: list[str] = []

MAX_PHRASE = 12
"""The most tokens a reader looks back over for a phrase before its cue."""
_MAX_APPOSITIVE = 14  # ", head of the Assembly of ...,"
_MAX_APPOSITION = 22  # ", asking not to be named for fear of reprisals from ...,"
_MAX_SUBJECT = 16  # "A spokesperson for the Office of the UN High Commissioner for ... said"
CITED = frozenset({"cited", "quoted"})
"""Participles of a relay: "officials quoted by X said", "..., which cited Y"."""
_INSERTIONS = frozenset(
    {"citing", "quoting", "relaying", "which", "who", "according", "per", "speaking", "cited",
     "quoted"}
)
_PHRASE_BREAKS = frozenset({",", ";", ":", ".", "!", "?", "—", "–"}) | QUOTES


class SubjectReader(HeadlineReader):
    """Reads the phrase that speaks before a verb."""

    def relative_antecedent(self, tokens: list[Token], v: int, lo: int) -> Phrase | None:
        """The speaker that ", which" or ", who" before the verb at *v* refers back to: "The
        figures were released by Eurostat, which said ..."."""
        comma = v - 2
        if comma <= lo or tokens[v - 1].lower not in {"which", "who"} or tokens[comma].text != ",":
            return None
        for start in range(max(lo, comma - MAX_PHRASE), comma):  # "by Eurostat": after "by" too
            if any(t.text in _PHRASE_BREAKS or t.quoted for t in tokens[start:comma]):
                continue
            found = self.phrase(tokens, start, comma, exact=True)
            if found is not None:
                return found if found.kind is not Kind.PRONOUN else None
        return None

    def clause_subject(self, tokens: list[Token], lo: int, v: int) -> Phrase | None:
        """The named or anonymous phrase that opens a clause, for "X did Y, saying Z"."""
        if lo + 1 < v and tokens[lo].text in BULLETS:
            lo += 1  # "— The court, ruling that ...": a bullet opens the clause
        phrase = self.phrase(tokens, lo, v)
        if phrase is None or phrase.kind is Kind.REPORTERS:
            return None
        if phrase.stop < v - 1 and tokens[phrase.stop].text in {",", "("}:
            return phrase if inserted_place(tokens, phrase.stop, v) else None
        return phrase

    def subject(self, tokens: list[Token], v: int, lo: int) -> Phrase | None:
        """The phrase that ends just before the verb at *v*, over hedges, time words and an
        appositive between commas ("Connolly, head of the Assembly, said")."""
        end = v
        gap = 0
        while end > lo and gap < MAX_GAP and gap_word(tokens[end - 1]):
            end -= 1
            gap += 1
        end = asides.before_aside(tokens, lo, end)  # "Mercedes-Benz — the carmaker — said"
        if end - 3 >= lo and tokens[end - 1].text == ")" and tokens[end - 3].text == "(":
            end -= 3  # "The Institute for the Study of War (ISW) said"
        if not (end > lo and tokens[end - 1].text == ","):
            found = self._ending_at(tokens, lo, end)
            if found is None:
                found = self._before_anonymity_clause(tokens, lo, end)
            if found is None:  # "Two men questioned by police after the fire said"
                return across_clause(self.text, tokens, lo, end, self._anonymous)
            by = found.start - 1 if found is not None else lo
            if by - 1 > lo and tokens[by].lower == "by" and tokens[by - 1].lower in CITED:
                quoted = self._ending_at(tokens, lo, by - 1)  # "officials quoted by X said"
                return quoted or description(self.text, tokens, lo, by - 1)
            placed = by > lo and tokens[by].lower in lex.PREPOSITIONS  # "waiting outside the"
            agent = by - 1 > lo and tokens[by].lower == "by" and passive_participle(tokens[by - 1])
            if placed or agent:
                return across_clause(self.text, tokens, lo, end, self._anonymous) or found
            return found
        first = self.phrase(tokens, lo, end)
        at = first.stop if first is not None else end
        named = first is not None and first.kind in {Kind.NAMED, Kind.OUTLET}
        if named and at < end and tokens[at].lower in lex.REPORT_NOUNS:
            at += 1  # "The OCCRP investigation, cited by Le Monde, found": OCCRP found it
        if first is not None and at + 1 < end and tokens[at].text == ",":
            if tokens[at + 1].lower in _INSERTIONS or agent_follows(tokens, at + 1, end):
                return first  # "Euronews, citing Interfax, which quoted an aide, reported"
        if named and at < end - 1 and asides.long_apposition(tokens, at, end):
            return first  # "Ana Ruiz, a baker in Vigo who ... and who ..., said"
        # an appositive: "Connolly, head of the Assembly, said" or "its chief, Admiral Bauer, said"
        inner = self._ending_at(tokens, lo, end - 1)
        for opening in range(end - 2, max(lo, end - _MAX_APPOSITION) - 1, -1):
            if tokens[opening].text == "," and (
                opening >= end - _MAX_APPOSITIVE or asides.participle_opens(tokens, opening + 1)
            ):  # a participle clause may run longer: ", asking not to be named for fear ..."
                outer = self._ending_at(tokens, lo, asides.before_age(tokens, opening, lo))
                if outer is None and asides.participle_opens(tokens, opening + 1):
                    outer = across_clause(self.text, tokens, lo, opening, self._anonymous)
                if inner is not None and inner.kind is Kind.NAMED and not self._names_person(outer):
                    return inner  # "the head of the IAEA, Rafael Grossi, warned"
                if self._names_person(inner) and asides.office_title(tokens, outer):
                    return inner  # "Ireland's Ombudsman for Children, Niall Muldoon, said"
                return outer
        return None

    def _before_anonymity_clause(self, tokens: list[Token], lo: int, end: int) -> Phrase | None:
        """The subject before a clause that says why it goes unnamed: "A negotiator who
        declined to be identified said"."""
        for who in range(end - 1, max(lo, end - MAX_PHRASE) - 1, -1):
            if not tokens[who].is_word or tokens[who].quoted:
                return None
            if tokens[who].lower == "who":
                if anonymity_clause(tokens, who + 1, end):
                    return self._ending_at(tokens, lo, who)
                return None
        return None

    def _names_person(self, phrase: Phrase | None) -> bool:
        if phrase is None or phrase.kind is not Kind.NAMED:
            return phrase is not None and phrase.kind is Kind.OUTLET
        return self._classify(phrase.text)[1] is Anonymity.NAMED_PERSON

    def _ending_at(self, tokens: list[Token], lo: int, stop: int) -> Phrase | None:
        """The longest phrase that ends just before token *stop*, within its clause part."""
        floor = max(lo, stop - _MAX_SUBJECT)
        for back in range(stop - 1, floor - 1, -1):
            if (
                tokens[back].text in _PHRASE_BREAKS
                and not plural_possessive(tokens, back, stop)
                and not listed_field(tokens, back, stop)
            ) or tokens[back].quoted:
                floor = back + 1
                break
        placed = False  # a name after a preposition speaks not, nor its last word alone
        for start in range(floor, stop):
            phrase = self.phrase(tokens, start, stop, exact=True)
            if phrase is not None:
                if phrase.kind is Kind.NAMED and (
                    (placed and start + 1 == stop)
                    or (start > lo and tokens[start - 1].lower in lex.PREPOSITIONS)
                ):
                    placed = True
                    continue  # "many in Kyiv believe", "traders at Borough Market said"
                if phrase.kind is Kind.NAMED and start > floor:
                    return self.described_name(tokens, lo, start, stop) or phrase
                return counted(self.text, tokens, floor, phrase)
        return self.quantified_group(tokens, floor, stop) if placed else None

