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
from claimcheck._attribution_spans import Kind, Phrase, possessive
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


def long_aside_opens(tokens: list[Token], at: int) -> bool:
    """Whether an aside that may run long opens at token *at*: a present participle
    (`participle_opens`) or a preposition of occasion before a determiner (", in a ruling
    that lawyers had described beforehand as ...,", ", at a meeting with ...,")."""
    if participle_opens(tokens, at):
        return True
    if at + 1 >= len(tokens) or tokens[at].lower not in _OCCASIONS:
        return False
    return tokens[at + 1].lower in _DETERMINERS


_OCCASIONS = frozenset({"in", "at", "during", "after", "before", "on"})
_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their"})


def described_as(tokens: list[Token], stop: int, hi: int) -> bool:
    """Whether "as" follows a verb of describing that ends at token *stop*: within a few
    words ("described it as"), or after an aside between commas ("described the proposal,
    at a meeting with his partners, as")."""
    near = tokens[stop : min(hi, stop + _NEAR_AS)]
    if any(t.lower == "as" for t in near):
        return True
    for k in range(stop, min(hi - 1, stop + _FAR_AS)):
        token = tokens[k]
        if token.quoted or (token.text in _APPOSITION_BREAKS and token.text != ","):
            return False
        if token.text == "," and tokens[k + 1].lower == "as":
            return any(t.text == "," for t in tokens[stop:k])  # the aside's opening comma
    return False


_NEAR_AS = 8
_FAR_AS = 24


def after_quoted_dash(tokens: list[Token], v: int, start: int) -> bool:
    """Whether the verb at token *v* follows a dash, after quoted words earlier in the
    sentence that begins at *start*: "“...” — nobody warned us — said Ana Ruiz"."""
    if v - 1 <= start or tokens[v - 1].text not in DASHES:
        return False
    return any(t.quoted for t in tokens[max(start, v - _MAX_DASHED) : v - 1])


def affiliation_after_quote(tokens: list[Token], v: int, speaker: Phrase, hi: int) -> bool:
    """Whether "of" or "from" after a speaker inverted after a quote ("“...,” says Ana Ruiz of
    the port authority") gives where the speaker works, not what was said; or a place's
    possessive goes on with it ("says Colonel Ana Ruiz of Burkina Faso's gendarmerie")."""
    beyond = tokens[speaker.stop] if speaker.stop < hi else None
    if beyond is None or v < 2:
        return False
    inside = {t.lower for t in tokens[speaker.start : speaker.stop]}
    owned = possessive(beyond) and not inside.isdisjoint({"of", "from"})
    if beyond.lower not in {"of", "from"} and not owned:
        return False
    before = tokens[v - 1]
    return before.text in QUOTES or (before.text == "," and tokens[v - 2].quoted)


_MAX_DASHED = 40


def long_apposition(tokens: list[Token], comma: int, end: int) -> bool:
    """Whether one description between the comma at token *comma* and the one before *end*
    sets a person apart, however long: ", a trader in Vigo who has ... and who ...,"; its
    relative clause may follow a comma (", Türkiye's foreign minister, who has ...,") and
    list names between commas ("between Ankara, Moscow and Kyiv")."""
    if tokens[comma].text != "," or end - comma > _MAX_LONG_APPOSITION:
        return False
    opener = tokens[comma + 1]
    if opener.lower not in {"a", "an", "the"} and not possessive(opener):
        return False
    relative = False
    for k in range(comma + 1, end - 1):
        token = tokens[k]
        if token.quoted:
            return False
        if token.text == "," and tokens[k + 1].lower in {"who", "whose"} and not relative:
            relative = True  # ", who has spent ...": the person's own relative clause
        elif token.text == ",":
            if not _listed_name(tokens, k, end - 1):
                return False
        elif token.text in _APPOSITION_BREAKS:
            return False
    return True


def _listed_name(tokens: list[Token], comma: int, close: int) -> bool:
    """Whether the comma at token *comma* parts two capitalised names of a list: "Ankara,
    Moscow and Kyiv"."""
    before, after = tokens[comma - 1], tokens[comma + 1]
    names = before.capitalized and after.capitalized and not possessive(after)
    return names and comma + 1 < close and before.is_word and after.is_word


_MAX_LONG_APPOSITION = 36
_APPOSITION_BREAKS = frozenset({",", ";", ":", ".", "!", "?"}) | DASHES | QUOTES
