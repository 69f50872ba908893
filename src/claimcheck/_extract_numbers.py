"""Numbers in a sentence: amounts of money, shares, counts, ordinals and lengths since a date."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from claimcheck._dates_lexicon import NUMBER_WORDS
from claimcheck._extract_lexicon import COUNT_NOUNS, PREPOSITIONS, STOPWORDS
from claimcheck.model import Count, Ordinal, Quantity
from claimcheck.timespan import Modifier

__all__: list[str] = []


@attrs.frozen
class NumberMention:
    """An assertion about a number, and the characters ``[start, stop)`` of its sentence."""

    assertion: Quantity | Count | Ordinal
    start: int
    stop: int
    joined: bool = False
    """For an ordinal: whether the text says its subject took the position by joining
    ("became the 32nd member", "joined as the 31st")."""


_SCALE = {
    "thousand": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
_CURRENCY = {
    "$": "USD",
    "us$": "USD",
    "€": "EUR",
    "£": "GBP",
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
    "dollars": "USD",
    "euros": "EUR",
    "pounds": "GBP",
}
_HEDGE = {
    "about": Modifier.APPROX,
    "around": Modifier.APPROX,
    "roughly": Modifier.APPROX,
    "approximately": Modifier.APPROX,
    "nearly": Modifier.APPROX,
    "almost": Modifier.APPROX,
    "some": Modifier.APPROX,
    "an estimated": Modifier.APPROX,
    "up to": Modifier.EQUAL_OR_LESS,
    "more than": Modifier.MORE_THAN,
    "over": Modifier.MORE_THAN,
    "at least": Modifier.EQUAL_OR_MORE,
    "less than": Modifier.LESS_THAN,
    "under": Modifier.LESS_THAN,
    "fewer than": Modifier.LESS_THAN,
}
_HEDGES = "|".join(sorted((re.escape(h) for h in _HEDGE), key=len, reverse=True))
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MONEY = re.compile(
    rf"(?:\b(?P<hedge>{_HEDGES})\s+)?(?P<cur>US\$|\$|€|£)\s?(?P<num>{_NUMBER})"
    r"(?:\s?(?P<scale>thousand|million|billion|trillion|mn|bn|tn|m|b)\b)?",
    re.IGNORECASE,
)
_PERCENT = re.compile(
    rf"(?:\b(?P<hedge>{_HEDGES})\s+)?(?P<num>{_NUMBER})\s?(?:%|per\s?cent\b|percent\b)"
    r"(?:\s+of\s+(?P<of>(?:the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}))?",
    re.IGNORECASE,
)
_COLLECTIVE = frozenset({"couple", "dozen"})
_COUNT_WORDS = {
    word: value
    for word, value in NUMBER_WORDS.items()
    if 2 <= value < 100 and word not in _COLLECTIVE
}
"""The cardinal words a count may be written in, "two" to "ninety", from the lexicon the
time grammar reads lengths with."""
_COUNT_WORD = "|".join(sorted(_COUNT_WORDS, key=len, reverse=True))
_NUMBER_WORD = re.compile(rf"\b(?:{_COUNT_WORD})\b")
_NOUNS = "|".join(re.escape(n) for n in COUNT_NOUNS)
_COUNT = re.compile(
    rf"(?:\b(?P<det>(?i:all|the|its|his|her|their|our))|\b(?P<owner>[A-Z][\w.]*)['’]s)\s+"
    rf"(?:(?P<num>\d{{1,4}})|(?P<word>{_COUNT_WORD}))\s+(?P<org>(?:[A-Z][\w.]*\s+){{0,3}})"
    rf"(?P<noun>{_NOUNS})\b(?:\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,3}}))?",
)
_PEERS = frozenset({"colleagues", "counterparts", "partners"})
_ORDINAL = re.compile(
    r"(?:\b(?i:the|its|their)|\b(?P<owner>[A-Z][\w.]*)['’]s)\s+(?P<num>\d{1,4})(?:st|nd|rd|th)\s+"
    r"(?P<org>(?:[A-Z][\w.]*\s+){0,3})"
    r"(?P<noun>member(?:\s+state|\s+country|\s+nation)?|state|country|ally|president|secretary general)\b"
)
_ELLIPTIC_ORDINAL = re.compile(
    r"\b(?P<verb>join(?:s|ed|ing)?\s+as|bec(?:ame|ome|omes|oming)|as)\s+(?:the|its)\s+"
    r"(?P<num>\d{1,4})(?:st|nd|rd|th)\b"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|at|after|before|since|when|while|and|but|last|this)\b)",
    re.IGNORECASE,
)
"""An ordinal whose noun is left out ("Finland joined as the 31st"): its series is that of the
ordinal before it in the sentence, or, after "joined as", the members of the body named last."""
_PROSPECTIVE = re.compile(
    r"\b(?:spot|place|seat|slot)\s+for\s+$|\b(?:would|could|will|to|may|might)\s+(?:be|become)\s+$"
    r"|\bbecom(?:e|es|ing)\s+$|\bas\s+$",
    re.IGNORECASE,
)
_JOINED_AS = re.compile(
    r"\b(?:joined|became|was\s+admitted|were\s+admitted|entered|acceded)\b[^,;]*\bas\s+$",
    re.IGNORECASE,
)
"""A past accession before "as" ("joined the alliance last March as its 32nd member"): the
position is held, not prospective."""
_ACCEDED = re.compile(
    r"\b(?:joined|became|was\s+admitted|were\s+admitted|entered|acceded)\b[^,;]*$", re.IGNORECASE
)
"""A past accession before an ordinal ("became its 32nd member", "joined as the 31st")."""
_ACCEDED_AFTER = re.compile(
    r"(?:\s+of\s+[^,;]+)?\s*,\s*(?:which\s+|who\s+)?(?:joined|acceded|was\s+admitted|entered)\b",
    re.IGNORECASE,
)
"""A past accession after an ordinal in apposition ("North Macedonia, the 30th member, joined
in 2020")."""
_CURRENCY_SIGN = re.compile(r"[$€£]")
_VERBAL = frozenset(
    "is are was were be been will would could should may might must can has have had do does did "
    "that which who and or but".split()
)


def _noun_phrase(words: str | None) -> str | None:
    """The words of a noun phrase, up to the first verb or conjunction."""
    if not words:
        return None
    kept: list[str] = []
    for word in words.split():
        if word.lower() in _VERBAL:
            break
        kept.append(word)
    return " ".join(kept) or None


def _end_of(sentence: str, start: int, phrase: str) -> int:
    """Where *phrase* (its words, single-spaced) ends when read from *start* in *sentence*."""
    at = start
    for word in phrase.split():
        at = sentence.index(word, at) + len(word)
    return at


def _number(text: str) -> float:
    return float(text.replace(",", ""))


_HEADS = frozenset(
    "package packages loan loans grant grants deal deals contract aid fund budget tranche payment "
    "fine bailout programme program bill sale order investment".split()
)
"""Nouns an amount commonly modifies in news ("a $2bn loan", "a $725 million package")."""
_RECIPIENT = re.compile(r"\s+(for|to)\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")


_NEXT_WORD = re.compile(r"[ -]([a-z][\w'’]*)")


def _attributive_subject(sentence: str, stop: int) -> str | None:
    """What an amount modifies: the last of up to four lower-case words after it that is one
    of the `_HEADS`, with its recipient after "for" or "to" ("$725 million military aid
    package for Ukraine": "package for Ukraine"); ``None`` without such a noun and recipient,
    since a bare "package" would group unrelated figures."""
    head = None
    at = position = stop
    for _ in range(4):
        word = _NEXT_WORD.match(sentence, position)
        if word is None or word.group(1) in PREPOSITIONS or word.group(1) in _VERBAL:
            break
        position = word.end()
        if word.group(1) in _HEADS:
            head, at = word.group(1), position
    recipient = None if head is None else _RECIPIENT.match(sentence, at)
    if recipient is None:
        return None
    whom = recipient.group(2)
    if whom.endswith(".") and "." not in whom.split()[-1][:-1]:
        whom = whom[:-1]
    return f"{head} {recipient.group(1)} {whom}"


def _subject_around(sentence: str, start: int, stop: int) -> str:
    """What an amount is of: the noun it modifies ("a $2bn loan to Kenya": "loan to Kenya"),
    "in/of/for <words>" after it, else the content words before it."""
    modified = _attributive_subject(sentence, stop)
    if modified is not None:
        return modified
    after = re.match(r"\s+(?:in|of|for)\s+((?:[\w'’-]+\s*){1,4})", sentence[stop:])
    if after:
        phrase = _noun_phrase(" ".join(after.group(1).split()[:4]))
        if phrase:
            return phrase
    before = re.findall(r"[A-Za-z][\w'’-]*", sentence[:start])
    content = [w for w in before if w.lower() not in _NOT_SUBJECT]
    return " ".join(content[-4:]) or "amount"


_NOT_SUBJECT = STOPWORDS | PREPOSITIONS | {"valued", "worth", "totalling", "totaling", "and", "or"}


_PLURAL = {
    "member": "members",
    "state": "states",
    "country": "countries",
    "nation": "nations",
    "ally": "allies",
    "member state": "member states",
    "member country": "member countries",
    "member nation": "member nations",
    "president": "presidents",
    "secretary general": "secretaries general",
}


def series_name(organization: str | None, noun: str) -> str:
    """The name of a counted series: "NATO members", "NATO member countries"."""
    noun = " ".join(noun.split())
    noun = _PLURAL.get(noun, noun)
    return f"{organization} {noun}" if organization else noun


def _subject_at(subjects: Sequence[tuple[int, str]], at: int) -> str | None:
    """The subject named last before *at* (an offset in the sentence), else the last one."""
    before = [name for where, name in subjects if where < at]
    if before:
        return before[-1]
    return subjects[-1][1] if subjects else None


def numbers(
    sentence: str, *, organization: str | None, subjects: Sequence[tuple[int, str]]
) -> list[NumberMention]:
    """The amounts, shares, counts and ordinals of one sentence.

    Args:
        sentence: The sentence's text.
        organization: The body the sentence is about where it does not name one ("all 32
            member countries" of the alliance last named).
        subjects: Who an ordinal position may belong to, with where the sentence names
            them: an ordinal belongs to the one named last before it ("Sweden became the
            32nd, after Finland joined as the 31st"), else to the last one named.
    """
    found: list[NumberMention] = []
    if not any(c.isdigit() for c in sentence) and not _NUMBER_WORD.search(sentence):
        return found
    for m in _MONEY.finditer(sentence) if _CURRENCY_SIGN.search(sentence) else ():
        value = _number(m.group("num")) * _SCALE.get((m.group("scale") or "").lower(), 1.0)
        modifier = _HEDGE.get((m.group("hedge") or "").lower(), Modifier.EXACT)
        quantity = Quantity(
            subject=_subject_around(sentence, m.start(), m.end()),
            measure="value",
            value=value,
            unit=_CURRENCY[m.group("cur").lower()],
            modifier=modifier,
        )
        found.append(NumberMention(quantity, m.start(), m.end()))
    for m in _PERCENT.finditer(sentence):
        modifier = _HEDGE.get((m.group("hedge") or "").lower(), Modifier.EXACT)
        of = _noun_phrase(m.group("of"))
        stop = m.end() if of is None else _end_of(sentence, m.start("of"), of)
        quantity = Quantity(
            subject=" ".join(of.split()) if of else _subject_around(sentence, m.start(), m.start()),
            measure="share",
            value=_number(m.group("num")),
            unit="percent",
            modifier=modifier,
        )
        found.append(NumberMention(quantity, m.start(), stop))
    for m in _COUNT.finditer(sentence):
        if m.group("owner") and m.group("noun") in _PEERS:
            continue  # "Biden's 30 counterparts": a person's peers, not a body's members
        value = int(m.group("num")) if m.group("num") else _COUNT_WORDS[m.group("word")]
        named = (m.group("org") or "").strip() or m.group("of") or m.group("owner") or organization
        count = Count(subject=series_name(named, m.group("noun")), value=value)
        found.append(NumberMention(count, m.start(), m.end()))
    for m in _ORDINAL.finditer(sentence):
        named = (m.group("org") or "").strip() or m.group("owner") or organization
        before = sentence[max(0, m.start() - 30) : m.start()]
        lead = sentence[max(0, m.start() - 60) : m.start()]
        prospective = bool(_PROSPECTIVE.search(before)) and not _JOINED_AS.search(lead)
        subject = _subject_at(subjects, m.start())
        if subject is None:
            continue
        ordinal = Ordinal(
            subject=subject,
            series=series_name(named, m.group("noun")),
            position=int(m.group("num")),
            prospective=prospective,
        )
        joined = not prospective and bool(
            _ACCEDED.search(lead) or _ACCEDED_AFTER.match(sentence, m.end())
        )
        found.append(NumberMention(ordinal, m.start(), m.end(), joined=joined))
    found.extend(_elliptic_ordinals(sentence, found, organization=organization, subjects=subjects))
    return found


def _elliptic_ordinals(
    sentence: str,
    found: list[NumberMention],
    *,
    organization: str | None,
    subjects: Sequence[tuple[int, str]],
) -> list[NumberMention]:
    """The ordinals of *sentence* without a noun, each in the series of the ordinal written in
    full before it, or after "joined as" in the members of *organization*."""
    out: list[NumberMention] = []
    for m in _ELLIPTIC_ORDINAL.finditer(sentence):
        subject = _subject_at(subjects, m.start())
        if subject is None:
            continue
        earlier = [f.assertion for f in found if isinstance(f.assertion, Ordinal) and f.stop <= m.start()]
        if earlier:
            series = earlier[-1].series
        elif m.group("verb").lower().startswith("join") and organization:
            series = series_name(organization, "member")
        else:
            continue
        ordinal = Ordinal(subject=subject, series=series, position=int(m.group("num")), prospective=False)
        joined = bool(_ACCEDED.search(sentence[max(0, m.start() - 60) : m.end()]))
        out.append(NumberMention(ordinal, m.start("num"), m.end(), joined=joined))
    return out
