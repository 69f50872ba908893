"""Statements and data that a body issued, for `claimcheck.attribution`.

"according to a statement issued by the Office of the Auditor General", "citing figures
obtained by the charity Shelter", "Eurostat data released on Friday showed": the body that
issued or obtained the words or the figures is the speaker; the participle and its time
stand between them and name nobody.
"""

from __future__ import annotations

from claimcheck import _attribution_lexicon as lex
from claimcheck._attribution_described import DescribedReader
from claimcheck._attribution_passives import agent_by
from claimcheck._attribution_sites import gap_word
from claimcheck._attribution_spans import Kind, Phrase
from claimcheck._attribution_text import Token

__all__: list[str] = []

_ISSUING = lex.COMPILING | {"obtained", "posted", "signed", "sent", "circulated", "filed", "lodged"}
"""Participles that say who issued a statement or obtained figures: "issued by"."""

_FILED = frozenset({"lawsuit", "complaint", "action"})
"""What a body files: "a lawsuit filed in Ottawa by", "a class action filed by"."""
_ISSUED = lex.STATEMENT_NOUNS | lex.DATA_NOUNS | lex.REPORT_NOUNS | _FILED
_DETERMINERS = frozenset({"a", "an", "the", "its", "new", "fresh", "latest"})
_MAX_QUALIFIERS = 2
_MAX_TIME = 4


class IssuedReader(DescribedReader):
    """Reads the body that issued a statement or data, past the participle that says so."""

    def issued_by(self, tokens: list[Token], i: int, hi: int) -> Phrase | None:
        """The body after "a statement issued by" or "figures obtained by" at token *i*."""
        j = i
        while j < min(hi, i + _MAX_QUALIFIERS + 1) and tokens[j].lower in _DETERMINERS:
            j += 1
        for noun in range(j, min(hi - 3, j + _MAX_QUALIFIERS + 1)):
            token = tokens[noun]
            if token.lower in _ISSUED:
                by = _issuer_by(tokens, noun + 1, hi)
                if by is None:
                    return None
                described = self._described_body(tokens, by + 1, hi)
                return described or self.object_phrase(tokens, by + 1, hi)
            if not token.is_word or token.capitalized or token.quoted:
                return None
        return None

    def data_issued_by(self, tokens: list[Token], lo: int, v: int) -> Phrase | None:
        """The body that issued the data which open a clause and the verb at *v* reports:
        "Figures published on Tuesday by Statistics Norway, the national agency, showed";
        of a name and a description set side by side, the name."""
        noun = lo
        while noun < v and tokens[noun].lower in _DETERMINERS:
            noun += 1
        if noun >= v or tokens[noun].lower not in lex.DATA_NOUNS:
            return None
        after = noun + 2 if noun + 1 < v and tokens[noun + 1].text == "," else noun + 1
        by = _issuer_by(tokens, after, v)  # "The figures, compiled by X, show"
        end = v - 1 if tokens[v - 1].text == "," else v
        first = self.object_phrase(tokens, by + 1, end) if by is not None else None
        if first is None or first.stop == end:
            return first
        if tokens[first.stop].text != ",":
            return None
        return self.apposed_name(tokens, first, v)

    def _described_body(self, tokens: list[Token], i: int, hi: int) -> Phrase | None:
        """A body's name after a lower-case noun of its kind: "the charity Shelter"."""
        j = i + 1 if tokens[i].lower in {"the", "a"} else i
        k = j
        while k < min(hi, j + _MAX_QUALIFIERS + 1) and tokens[k].is_word:
            if tokens[k].capitalized or tokens[k].quoted:
                break
            k += 1
        if k == j or k >= hi or tokens[k - 1].lower not in lex.BODY_DESCRIPTORS:
            return None
        named = self._named(tokens, k, hi)
        if named is None or named.kind is not Kind.NAMED:
            return None
        return Phrase(i, named.stop, Kind.ORGANIZATION, named.text)


def _issuer_by(tokens: list[Token], j: int, hi: int) -> int | None:
    """The "by" that names who issued what the noun before token *j* names: right after it
    ("a report by the auditor"), or after a participle and a time or a place ("figures
    published on Tuesday by", "a lawsuit filed in Ottawa by")."""
    if j < hi and tokens[j].lower == "by":  # not "estimates by the UN", which are numbers
        return j if tokens[j - 1].lower not in lex.DATA_NOUNS else None
    if j >= hi or tokens[j].lower not in _ISSUING:
        return None
    return agent_by(tokens, j + 1, hi, issuing=True)


def issued_data_end(tokens: list[Token], lo: int, v: int) -> int:
    """Where data that a verb at *v* reports end, before a participle and its time: the
    token of "released" in "Eurostat data released on Friday showed", else *v*."""
    k = v - 1
    while k > lo and v - k <= _MAX_TIME and (gap_word(tokens[k]) or tokens[k].text.isdigit()):
        k -= 1
    if k > lo and tokens[k].lower in _ISSUING and tokens[k - 1].lower in lex.DATA_NOUNS:
        return k
    return v
