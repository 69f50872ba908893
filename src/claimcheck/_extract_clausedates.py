"""Dates that stay inside their relative clause: in "the delegation: Defense Secretary Jane
Roe and the envoy, Ann Doe, who was confirmed in April", April is when the envoy was
confirmed, not the time of Jane Roe's title. The one past date of a sentence moves its
plain titles to that date (`claimcheck.extract`), except titles outside the relative clause
that holds it and the person it speaks of."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from claimcheck._extract_actors import RoleMention
from claimcheck._extract_text import Sentence
from claimcheck._extract_tokens import Token
from claimcheck.dates import DateMention
from claimcheck.model import TitleTime
from claimcheck.timespan import TimeSpan

__all__: list[str] = []

_RELATIVE = re.compile(r",\s+(?:who|which|whose)\b")
_CLAUSE_ENDS = re.compile(r"[,;:]")
_BREAKS = re.compile(r"[;:]")


def clause_of(sentence: Sentence, at: int) -> tuple[int, int] | None:
    """The characters ``[start, stop)`` (offsets in the text) of the relative clause of
    *sentence* ("..., who was confirmed in April") that holds the character at *at*, if any.

    >>> line = Sentence(number=1, offset=0, text="We met Ann Doe, who took office in May, and Bo Li.", paragraph=0)
    >>> clause_of(line, line.text.index("May"))
    (14, 38)
    """
    local = at - sentence.offset
    starts = [m.start() for m in _RELATIVE.finditer(sentence.text, 0, local)]
    if not starts or _BREAKS.search(sentence.text, starts[-1] + 1, local):
        return None
    end = _CLAUSE_ENDS.search(sentence.text, local)
    stop = end.start() if end is not None else len(sentence.text)
    return sentence.offset + starts[-1], sentence.offset + stop


def outside_their_clause(
    roles: Sequence[RoleMention],
    tokens: list[Token],
    sentence: Sentence,
    dates: Sequence[DateMention],
    dated: TimeSpan | None,
) -> list[RoleMention]:
    """*roles*, with the plain titles that took the sentence's one past date *dated* from
    outside the relative clause that holds it read at the time of writing again; the title
    of the person the clause speaks of ("Ann Doe, who took office in May") keeps it."""
    mention = next((d for d in dates if dated is not None and d.value is dated), None)
    clause = clause_of(sentence, mention.offset) if mention is not None else None
    if clause is None:
        return list(roles)
    low, high = clause
    found = []
    for role in roles:
        held = role.role
        inside = low <= tokens[role.first].start < high or tokens[role.stop - 1].end == low  # or its antecedent
        if held.when is dated and held.title_time is TitleTime.PRESENT and not inside:
            role = attrs.evolve(role, role=attrs.evolve(held, when=None))
        found.append(role)
    return found
