"""Claims made by someone, reports pointed to, and the words set around a speaker, for
`claimcheck.attribution`.

Shapes that the cues of `claimcheck._attribution_cues` read with these helpers:

- a claim said to be made by someone: "The allegation that ... was made by the auditor";
- a report pointed to and what it holds: "..., Bloomberg said, pointing to an Economic Times
  story in which two executives described the plan";
- words set between a speaker and the cue: "Mercedes-Benz — the carmaker — said", an age
  before a description, "Park Soo-jin, 34, a nurse, said", an office's title set before a
  name ("Ireland's Ombudsman for Children, Niall Muldoon, said"), and a given name that looks
  like an inverted verb ("Said Hamdan, a taxi driver, lost ...").

Every helper looks at a bounded number of tokens.
"""

from __future__ import annotations

from claimcheck._attribution_names import MEDIA
from claimcheck._attribution_spans import Kind, Phrase
from claimcheck._attribution_text import DASHES, QUOTES, Token

__all__: list[str] = []

CLAIM_MADE = "made"
"""The verb of a claim made by someone: "the accusation was made by ..."."""

POINTING = frozenset({"pointing", "pointed", "referring", "referred"})
"""Verbs of "pointing to a report in X": the report's outlet is cited."""

CUE_WORDS = POINTING | {CLAIM_MADE}
"""The cue words this module reads."""

_CLAIM_NOUNS = frozenset(
    {"claim", "claims", "allegation", "allegations", "accusation", "accusations",
     "assertion", "assertions", "statement", "statements", "remark", "remarks", "comment",
     "comments", "announcement", "prediction", "predictions", "promise", "promises", "charge",
     "charges", "suggestion", "warning", "pledge", "threat", "threats", "admission"}
)
_STORIES = frozenset({"story", "stories", "piece", "report", "reports", "investigation"})
_AUXILIARIES = frozenset({"was", "were", "been", "is", "are"})
_MAX_ASIDE = 12
_MAX_CLAIM_START = 5


def claim_made(tokens: list[Token], k: int, lo: int, hi: int) -> bool:
    """Whether "made" at token *k* is "was made by" after a subject headed by a claim noun:
    "The allegation — that ... — was made by the auditor", "The claim that ... was made by".

    >>> from claimcheck._attribution_text import tokenize
    >>> text = "The claim that the bridge shut was made by a blogger."
    >>> tokens = tokenize(text, 0, len(text))
    >>> claim_made(tokens, 7, 0, len(tokens))
    True

    .. versionadded:: 0.1.0
    """
    if k + 1 >= hi or tokens[k + 1].lower != "by" or k - 1 <= lo:
        return False
    if tokens[k - 1].lower not in _AUXILIARIES:
        return False
    for at in range(lo, min(k - 1, lo + _MAX_CLAIM_START)):
        token = tokens[at]
        if token.lower in _CLAIM_NOUNS:
            following = tokens[at + 1]
            return at + 1 == k - 1 or following.lower in {"that", "of", "about", "by"} or (
                following.text in DASHES or following.text == ","
            )
        if not token.is_word or (token.capitalized and at > lo):
            return False
    return False


def report_content(tokens: list[Token], v: int, lo: int) -> bool:
    """Whether the verb at token *v* tells what a report holds, after "a story in which":
    "an Economic Times story in which two executives described the plan" (a verb that
    otherwise needs "that" or a quote after it).

    >>> from claimcheck._attribution_text import tokenize
    >>> text = "a video in which the mayor described the flood"
    >>> report_content(tokenize(text, 0, len(text)), 6, 0)
    True

    .. versionadded:: 0.1.0
    """
    for at in range(v - 2, max(lo, v - _MAX_ASIDE) - 1, -1):
        if not tokens[at].is_word or tokens[at].quoted:
            return False
        if tokens[at].lower == "which" and at - 2 >= lo and tokens[at - 1].lower == "in":
            return tokens[at - 2].lower in MEDIA or tokens[at - 2].lower in _STORIES
    return False


def before_aside(tokens: list[Token], lo: int, end: int) -> int:
    """The end of a speaker before an aside set between dashes just before token *end*
    ("Mercedes-Benz — the carmaker, not the stadium — said"), else *end*."""
    if end - 2 <= lo or tokens[end - 1].text not in DASHES:
        return end
    for at in range(end - 2, max(lo, end - _MAX_ASIDE) - 1, -1):
        if tokens[at].text in DASHES:
            if at > lo and _named_aside(tokens, lo, at, end - 1):
                return end - 1  # "The regulator — Ofcom — said": the aside names it
            return at if at > lo else end
        if tokens[at].quoted:
            return end
    return end


def _named_aside(tokens: list[Token], lo: int, dash: int, close: int) -> bool:
    """Whether a description of common words ("the governing body") is named by the aside
    between the dashes at *dash* and *close* ("World Athletics")."""
    before, aside = tokens[lo:dash], tokens[dash + 1 : close]
    common = before[0].lower in {"the", "a", "an", "its", "their"} and all(
        t.is_word and not t.capitalized for t in before[1:]
    )
    return common and len(before) > 1 and bool(aside) and all(t.capitalized for t in aside)


def before_age(tokens: list[Token], comma: int, lo: int) -> int:
    """The comma before an age set between commas that ends at *comma* ("Park Soo-jin, 34,
    a nurse, said"), else *comma*."""
    age = tokens[comma - 1] if comma - 1 > lo else None
    if age is None or not (age.text.isdigit() and len(age.text) <= 3):
        return comma
    return comma - 2 if comma - 2 > lo and tokens[comma - 2].text == "," else comma


def office_title(tokens: list[Token], phrase: Phrase | None) -> bool:
    """Whether a name read as a person's is an office's title joined by "of" or "for",
    which names nobody: "Ombudsman for Children", "the Auditor-General of South Africa"."""
    if phrase is None or phrase.kind is not Kind.NAMED:
        return False
    return any(t.lower in {"of", "for"} for t in tokens[phrase.start + 1 : phrase.stop - 1])


def given_name(verb: Token, after: Phrase, beyond: Token | None) -> bool:
    """Whether a capitalised verb that opens a sentence is a given name before a surname:
    "Said Hamdan, a taxi driver, lost ..." (but "Said Hamdan: ..." is inverted speech)."""
    if verb.text == verb.lower or after.kind is not Kind.NAMED or after.text[:1].islower():
        return False
    return beyond is not None and beyond.text not in {":", *QUOTES}


def participle_opens(tokens: list[Token], at: int) -> bool:
    """Whether a present participle opens an aside at token *at*: ", asking not to be
    named,", ", briefing reporters in Addis Ababa,"."""
    if at >= len(tokens):
        return False
    token = tokens[at]
    return token.is_word and not token.capitalized and token.lower.endswith("ing")


def after_quoted_dash(tokens: list[Token], v: int, start: int) -> bool:
    """Whether the verb at token *v* follows a dash, after quoted words earlier in the
    sentence that begins at *start*: "“...” — nobody warned us — said Ana Ruiz"."""
    if v - 1 <= start or tokens[v - 1].text not in DASHES:
        return False
    return any(t.quoted for t in tokens[max(start, v - _MAX_DASHED) : v - 1])


def affiliation_after_quote(tokens: list[Token], v: int, beyond: Token | None) -> bool:
    """Whether "of" or "from" after a speaker inverted after a quote ("“...,” says Ana Ruiz of
    the port authority") gives where the speaker works, not what was said."""
    if beyond is None or beyond.lower not in {"of", "from"} or v < 2:
        return False
    before = tokens[v - 1]
    return before.text in QUOTES or (before.text == "," and tokens[v - 2].quoted)


_MAX_DASHED = 40


def long_apposition(tokens: list[Token], comma: int, end: int) -> bool:
    """Whether one description between the comma at token *comma* and the one before *end*
    sets a person apart, however long: ", a trader in Vigo who has ... and who ...,"."""
    if tokens[comma].text != "," or end - comma > _MAX_LONG_APPOSITION:
        return False
    if tokens[comma + 1].lower not in {"a", "an", "the"}:
        return False
    inside = tokens[comma + 1 : end - 1]
    return not any(t.text in _APPOSITION_BREAKS or t.quoted for t in inside)


_MAX_LONG_APPOSITION = 36
_APPOSITION_BREAKS = frozenset({",", ";", ":", ".", "!", "?"}) | DASHES | QUOTES
