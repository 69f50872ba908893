"""Reports named by their owner, for `claimcheck.attribution`: "the Harbour Post's corrections
column pointed out", "as the Lindqvist Centre's brief showed", "the Fenwick Wire factbox
said". The owner speaks through its report, so the phrase is the owner's.

A possessive owner may be an outlet, a body or a name, before any of the report nouns; a
product only the press makes (a column, a newsletter, a live blog) makes its owner an
outlet, and may follow the owner's name without a possessive ("this week's Fenwick Digest
newsletter").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from claimcheck import _attribution_lexicon as lex
from claimcheck._attribution_spans import Kind, Phrase, possessive
from claimcheck._attribution_text import Token
from claimcheck.model import Actor, ActorKind

__all__: list[str] = []

PRESS_PRODUCTS = frozenset(
    """column factbox fact-box newsletter sketch bulletin blog liveblog podcast broadcast
    editorial explainer digest roundup round-up wrap newscast""".split()  # noqa: SIM905
)
"""What only the press publishes: whoever owns one is an outlet."""
OWNED_REPORTS = lex.REPORT_NOUNS | PRESS_PRODUCTS | frozenset({"brief", "briefing", "note", "paper"})
"""Nouns of a report its owner speaks through ("the institute's brief showed")."""
_MAX_OWNER = 6
"""The most tokens of an owner's name before its report."""
_MAX_QUALIFIERS = 2
"""Lower-case words between an owner and its report ("corrections", "parliamentary", "live")."""
_TIME_OWNERS = frozenset(
    "today's tonight's yesterday's week's month's morning's evening's weekend's".split()  # noqa: SIM905
)
"""Possessives of time before an owner's name: "this week's Fenwick Digest newsletter"."""

_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())  # noqa: SIM905

Reader = Callable[[list[Token], int, int], Phrase | None]


def owned_report(text: str, tokens: list[Token], i: int, hi: int, owners: Sequence[Reader]) -> Phrase | None:
    """The phrase of an owner's report that starts at token *i*, read as its owner's.

    *owners* read the owner's name (an outlet, a body, a name) from a token to a stop;
    the phrase found keeps the owner's text and actor and stops after the report's noun.
    """
    start = i
    if tokens[i].lower in {"this", "last", "next"} and i + 1 < hi:
        i += 1
    if tokens[i].lower in _TIME_OWNERS or (possessive(tokens[i]) and tokens[i].lower[:-2] in _WEEKDAYS):
        i += 1  # "this week's", "Monday's": a time, not the owner
    for at in range(i, min(hi, i + _MAX_OWNER)):
        token = tokens[at]
        if not token.is_word or token.quoted:
            return None
        noun = _report_after(tokens, at + 1, hi)
        owned = possessive(token)
        if noun is None or not (owned or tokens[noun].lower in PRESS_PRODUCTS):
            if owned:
                return None
            continue
        view = tokens[: at + 1]
        if owned:
            view[at] = token._replace(text=token.text[:-2], lower=token.lower[:-2])
        owner = next((p for p in (r(view, i, at + 1) for r in owners) if p is not None and p.stop == at + 1), None)
        if owner is None or owner.kind not in {Kind.OUTLET, Kind.NAMED, Kind.ORGANIZATION}:
            return None
        if tokens[noun].lower in PRESS_PRODUCTS and owner.kind is not Kind.OUTLET:
            name = text[view[i].start : view[at].end] if view[i].lower != "the" else text[view[i + 1].start : view[at].end]
            owner = owner._replace(kind=Kind.OUTLET, text=name, outlet=Actor(name, ActorKind.OUTLET))
        return owner._replace(start=start, stop=noun + 1)
    return None


def _report_after(tokens: list[Token], at: int, hi: int) -> int | None:
    """The token of a report's noun at *at*, after at most two lower-case qualifiers, if any."""
    for k in range(at, min(hi, at + _MAX_QUALIFIERS + 1)):
        token = tokens[k]
        if token.lower in OWNED_REPORTS and not token.quoted:
            return k
        if not token.is_word or token.capitalized or token.quoted:
            return None
    return None
