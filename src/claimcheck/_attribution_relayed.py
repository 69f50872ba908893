"""Words around a phrase that relay it or qualify an outlet, for `claimcheck.attribution`.

"Houthi-run" or "Tokyo-based" before an outlet's name, "semi-official" after a country's
possessive, "who was quoted by X" or "to the Yonhap news agency" after a cited description,
"and Minister Ruth Okafor" after one, and "based on reporting by X" after a report: each is
read from a few tokens.
"""

from __future__ import annotations

from claimcheck import _attribution_lexicon as lex
from claimcheck._attribution_text import Token
from claimcheck.names import is_title

__all__: list[str] = []


def owner_modifier(token: Token) -> bool:
    """A capitalised word joined to "-run", "-owned", "-based" or "-controlled", which says
    who runs a body or where it sits, before its name: "Houthi-run", "Tokyo-based"."""
    head, hyphen, tail = token.text.rpartition("-")
    return bool(hyphen) and head[:1].isupper() and tail in _OWNER_TAILS


_OWNER_TAILS = frozenset({"run", "owned", "based", "controlled", "funded", "affiliated"})


OUTLET_QUALIFIERS = frozenset(
    {"semi-official", "official", "state-run", "state-owned", "state", "public", "private",
     "independent", "pro-government", "pro-kremlin", "opposition", "leading"}
)
"""Lower-case words between a country's possessive and its outlet: "Iran's semi-official"."""


def to_outlet(tokens: list[Token], j: int, hi: int) -> bool:
    """Whether "to" at token *j* addresses a press title that a noun of the press ends:
    "(comments by an aide) to the Yonhap news agency", "to the Kyiv Post newspaper"."""
    if j + 2 >= hi or tokens[j].lower != "to":
        return False
    k = j + 2 if tokens[j + 1].lower == "the" else j + 1
    while k < hi and tokens[k].capitalized and tokens[k].is_word:
        k += 1
    named = k > j + 1 and tokens[k - 1].capitalized
    return named and k < hi and tokens[k].lower in lex.DESCRIPTOR_KINDS


def relayed_clause(tokens: list[Token], j: int, hi: int) -> bool:
    """Whether "who was quoted by" or "who were cited by" starts at token *j*: an outlet
    that relayed the person described before, not part of the description."""
    words = tuple(t.lower for t in tokens[j : min(hi, j + 4)])
    return len(words) == 4 and words[:2] in _RELATIVE_BE and words[2:] in _RELAYED_BY


_RELATIVE_BE = frozenset({("who", "was"), ("who", "were")})


_RELAYED_BY = frozenset({("quoted", "by"), ("cited", "by")})


def names_someone(tokens: list[Token], k: int, hi: int) -> bool:
    """Whether a person's name begins at token *k*: a given name, after a title or not
    ("Ruth Okafor", "Minister Ruth Okafor"; not "Foreign Affairs")."""
    if k < hi and tokens[k].capitalized and is_title(tokens[k].text):
        k += 1
    return k < hi and tokens[k].capitalized and tokens[k].lower in lex.GIVEN_NAMES


BASED = "based"
"""The word of a report that rests on another outlet's: "based on reporting by Caixin"."""


def based_on(tokens: list[Token], k: int, hi: int) -> int | None:
    """Where the outlet starts in "based on reporting by X", "based on an interview in X" or
    "based on a story from X" at token *k* ("based"), or ``None``."""
    if k + 3 >= hi or tokens[k].lower != BASED or tokens[k + 1].lower != "on":
        return None
    j = k + 2
    if tokens[j].lower in _REPORT_DETERMINERS:
        j += 1
    if j + 2 >= hi or tokens[j].lower not in _UNDERLYING or tokens[j + 1].lower not in _FROM:
        return None
    return j + 2


_REPORT_DETERMINERS = frozenset({"a", "an", "the", "its", "earlier", "original"})
_UNDERLYING = frozenset(
    {"reporting", "report", "reports", "article", "story", "interview", "investigation"}
)
_FROM = frozenset({"by", "in", "from"})
