"""Who a court or an inquiry heard something from, for `claimcheck.attribution`.

"The court heard from Judge Ana Ruiz that the files were destroyed": what a court heard from
someone is what that someone said; the court only listened.
"""

from __future__ import annotations

from claimcheck._attribution_issued import IssuedReader
from claimcheck._attribution_sites import SUBJECT, Site
from claimcheck._attribution_spans import Kind
from claimcheck._attribution_text import Token

__all__: list[str] = []


class HearingReader(IssuedReader):
    """Reads who a court or an inquiry heard something from."""

    def heard_from(self, tokens: list[Token], k: int, hi: int) -> list[Site] | None:
        """The speaker of "heard from X that" at the verb *k*: X, never the hearer."""
        if k + 2 >= hi or tokens[k + 1].lower != "from":
            return None
        speaker = self.object_phrase(tokens, k + 2, hi)
        if speaker is None or speaker.kind in {Kind.REPORTERS, Kind.PRONOUN}:
            return None
        if speaker.stop >= hi or tokens[speaker.stop].lower != "that":
            return None  # "heard from the families" states nothing
        return [Site(SUBJECT, speaker, "heard from", k, k + 2)]
