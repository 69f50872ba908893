"""Headline cues, for `claimcheck.attribution`.

"Le Monde: ..." or "Kenya Revenue Authority: ..." at the start of a line: a known outlet or
body, or a name headed by a body's noun, before a colon speaks for what follows.
"""

from __future__ import annotations

from claimcheck._attribution_hearings import HearingReader
from claimcheck._attribution_kinds import headed_by_body_noun
from claimcheck._attribution_sites import SUBJECT, Site
from claimcheck._attribution_text import Token
from claimcheck.names import strip_titles

__all__: list[str] = []


class HeadlineReader(HearingReader):
    """Reads the speaker of a headline's colon."""

    def headline(self, tokens: list[Token], lo: int, hi: int) -> Site | None:
        """ "Le Monde: ..." or "Kenya Revenue Authority: ..." at the start of a line."""
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

    def _known(self, name: str) -> bool:
        return self.resolve(strip_titles(name)) is not None
