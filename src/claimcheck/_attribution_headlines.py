"""Headline cues, for `claimcheck.attribution`.

"Le Monde: ..." or "Kenya Revenue Authority: ..." at the start of a line: a known outlet or
body, or a name headed by a body's noun, before a colon speaks for what follows. Before a
colon that opens a quotation, a speaker speaks with or without a short verb of their own:
"Ana Ruiz shrugged: “...”", "one nurse put it plainly: “...”", "Ana Ruiz, the union's
leader: “...”".
"""

from __future__ import annotations

from claimcheck import _attribution_lexicon as lex
from claimcheck._attribution_hearings import HearingReader
from claimcheck._attribution_kinds import headed_by_body_noun
from claimcheck._attribution_sites import SUBJECT, Site
from claimcheck._attribution_spans import Kind
from claimcheck._attribution_text import QUOTES, Token
from claimcheck.names import strip_titles

__all__: list[str] = []


class HeadlineReader(HearingReader):
    """Reads the speaker of a headline's colon."""

    def headline(self, tokens: list[Token], lo: int, hi: int) -> Site | None:
        """ "Le Monde: ..." or "Kenya Revenue Authority: ..." at the start of a line, or a
        speaker before a colon that opens a quotation."""
        return self._line_colon(tokens, lo, hi) or self._quote_colon(tokens, lo, hi)

    def _line_colon(self, tokens: list[Token], lo: int, hi: int) -> Site | None:
        for stop in range(lo + 1, min(hi, lo + 6)):
            if tokens[stop].text == ":":
                break
        else:
            return None
        phrase = self.outlet(tokens, lo, stop)
        if phrase is None or phrase.stop != stop:
            named = self._named(tokens, lo, stop)
            if named is None or named.stop != stop:
                return None
            if not (self._known(named.text) or headed_by_body_noun(named.text)):
                return None
            phrase = named
        return Site(SUBJECT, phrase, ":", stop, stop + 1)

    def _quote_colon(self, tokens: list[Token], lo: int, hi: int) -> Site | None:
        """A speaker at the clause's start or after its opening phrase's comma, then nothing,
        an apposition or a few lower-case words, then a colon and a quotation."""
        colon = next(
            (k for k in range(lo + 1, min(hi - 1, lo + _COLON_REACH)) if tokens[k].text == ":"),
            None,
        )
        if colon is None or tokens[colon + 1].text not in QUOTES or tokens[colon].quoted:
            return None
        if any(t.lower in lex.SPEECH_VERBS for t in tokens[lo:colon]):
            return None  # "..., said: “...”": the verb's own cue reads it
        verb = _verb_start(tokens, lo, colon)
        starts = [lo, *(k + 1 for k in range(lo, colon) if tokens[k].text == ",")]
        for start in (k for k in starts if k < verb):
            phrase = self.phrase(tokens, start, verb, exact=verb < colon)
            if phrase is None or (
                phrase.kind is Kind.PRONOUN and tokens[start].lower not in _PERSONAL
            ):
                continue
            if verb < colon or _apposition(tokens[phrase.stop : colon]):
                return Site(SUBJECT, phrase, ":", colon, colon + 1)
        return None

    def _known(self, name: str) -> bool:
        return self.resolve(strip_titles(name)) is not None


_COLON_REACH = 30
"""The most tokens from a clause's start to the colon of a quotation."""
_MAX_VERB_WORDS = 4
"""The most lower-case words between a speaker and the colon: "put it bluntly"."""
_PERSONAL = frozenset({"he", "she", "they", "we", "i"})


def _verb_start(tokens: list[Token], lo: int, colon: int) -> int:
    """Where a few lower-case words before the colon begin with a verb ("shrugged", "put it
    bluntly"); the colon itself when none do."""
    for v in range(max(lo + 1, colon - _MAX_VERB_WORDS), colon):
        run = tokens[v:colon]
        first = tokens[v].lower
        if all(t.is_word and not t.capitalized for t in run) and (
            first.endswith("ed") or first in lex.WORDING_CUES
        ):
            return v
    return colon


def _apposition(rest: list[Token]) -> bool:
    """Whether what stands between a speaker and the colon is nothing, or one apposition
    after a comma: "Ana Ruiz, the union's leader"."""
    if not rest:
        return True
    return rest[0].text == "," and len(rest) > 1 and all(t.text != "," for t in rest[1:])
