"""Titles a relative clause dates from a day: "Defense Secretary X, who has led the
department since 20 January" says X held that title on 20 January, which the facts may
deny (an acting holder in the days before X was sworn in)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs

from claimcheck._extract_actors import RoleMention
from claimcheck._extract_tokens import Token
from claimcheck.model import TitleTime
from claimcheck.timespan import Granularity, TimeSpan

__all__: list[str] = []

_HOLDING: tuple[tuple[str, ...], ...] = (
    ("has", "led"),
    ("has", "headed"),
    ("has", "run"),
    ("has", "chaired"),
    ("has", "held", "the", "post"),
    ("has", "held", "the", "job"),
    ("has", "been", "in", "charge", "of"),
    ("has", "been", "in", "office"),
    ("has", "been", "at", "the", "helm", "of"),
    ("has", "served"),
)
"""Verbs of holding an office up to the time of writing, in the present perfect."""
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "(", ")"})
_OBJECT_REACH = 4
"""How many tokens may stand between the verb and "since" ("the Pentagon", "as secretary")."""


def held_since(
    tokens: Sequence[Token],
    titles: Sequence[RoleMention],
    *,
    spans: Mapping[int, TimeSpan],
    published: TimeSpan,
) -> list[RoleMention]:
    """Each title of *titles* given as held now whose person a relative clause right after
    it says has held office since a day, as that title held on that day.

    Only a day counts ("since January 20"): a month or a year ("since May 2024") may begin
    before the tenure does and still be right. The clause is the one opened by "who" right
    after the title and its person ("Defense Secretary Pete Hegseth, who has led the
    Pentagon since January 20"), and the day must be before the time of writing.

    Args:
        tokens: The sentence's tokens.
        titles: The titles the sentence gives, with their tokens.
        spans: The time spans the sentence writes, by the offset of their first character.
        published: The time of writing.

    Returns:
        A "then" title for each such clause, its tokens running from the title to the end
        of the clause.

    .. versionadded:: 0.1.0
    """
    found = []
    for title in titles:
        if title.role.title_time is not TitleTime.PRESENT:
            continue
        stop = title.stop
        if stop + 2 >= len(tokens) or tokens[stop].text != "," or tokens[stop + 1].lower != "who":
            continue
        day = _since_day(tokens, stop + 2, spans, published)
        if day is None:
            continue
        since, end = day
        assertion = attrs.evolve(title.role, when=since, title_time=TitleTime.THEN)
        found.append(RoleMention(assertion, title.first, end, title.person))
    return found


def _since_day(
    tokens: Sequence[Token], k: int, spans: Mapping[int, TimeSpan], published: TimeSpan
) -> tuple[TimeSpan, int] | None:
    """The day after "since" in the clause of a verb of holding office at token *k*, with the
    token that ends the clause; ``None`` for no such verb, or no day."""
    words = tuple(t.lower for t in tokens[k : k + 5])
    verb = next((len(v) for v in _HOLDING if words[: len(v)] == v), None)
    if verb is None:
        return None
    for j in range(k + verb, min(len(tokens) - 1, k + verb + _OBJECT_REACH + 1)):
        if tokens[j].text in _CLAUSE_ENDS:
            return None
        if tokens[j].lower != "since":
            continue
        span = spans.get(tokens[j].start)  # "since January 20": on or after that day
        first = None if span is None else span.first_day()
        if span is None or first is None or span.end is not None or span.granularity is not Granularity.DAY:
            return None
        day = TimeSpan.unit(Granularity.DAY, first)
        if not day.is_before(published):
            return None
        end = next((e for e in range(j + 1, len(tokens)) if tokens[e].text in _CLAUSE_ENDS), len(tokens))
        return day, end
    return None
