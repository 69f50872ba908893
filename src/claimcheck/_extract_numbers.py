"""Numbers in a sentence: amounts of money, shares, counts, ordinals and lengths since a date."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from claimcheck._dates_length_words import HEDGE_ONE, HEDGE_THREE, HEDGE_TWO
from claimcheck._dates_lexicon import NUMBER_WORDS
from claimcheck._extract_countwords import count_value, count_words
from claimcheck._extract_lexicon import BODY_WORDS, COUNT_NOUNS, PREPOSITIONS, STOPWORDS
from claimcheck._extract_tokens import folded
from claimcheck.checks._quantities import SUM_NOUNS
from claimcheck.checks._support import OFFICE_SERIES, joining
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Count, Ordinal, Quantity
from claimcheck.timespan import Granularity, Modifier, TimeSpan

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
    body_word: str | None = None
    """For an ordinal: the common noun that names its body where the text names none before
    it ("the alliance's 32nd member"), for `body_joined` to identify."""
    head: str | None = None
    """For a sum: the noun it modifies where no recipient names it ("the $40 million loan
    approved on Monday": "loan"), which is then its subject."""


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
    **HEDGE_ONE,
    **{" ".join(words): modifier for words, modifier in (*HEDGE_TWO.items(), *HEDGE_THREE.items())},
    "an estimated": Modifier.APPROX,
}
"""The hedges of a figure: those of a length of time ("about", "up to", "no more than"),
and "an estimated"."""
HEDGES = "|".join(sorted((re.escape(h) for h in _HEDGE), key=len, reverse=True))
"""The words that hedge a figure ("about", "some", "up to"), as a pattern."""
NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
"""A number in figures ("12,000", "2.5"), as a pattern."""


def hedge_of(words: str | None) -> Modifier:
    """The modifier of a figure's hedge ("some" is approximate, "up to" at most), or exact."""
    return _HEDGE.get((words or "").lower(), Modifier.EXACT)
_MONEY = re.compile(
    rf"(?:\b(?P<hedge>{HEDGES})\s+)?(?:(?P<cur>US\$|\$|€|£|\b(?:EUR|USD|GBP)\b)\s?(?P<num>{NUMBER})"
    r"(?:\s?(?P<scale>thousand|million|billion|trillion|mn|bn|tn|m|b)\b)?"
    rf"|\b(?P<amount>{NUMBER})\s(?P<size>thousand|million|billion|trillion)\s(?P<word>dollars|euros|pounds)\b)",
    re.IGNORECASE,
)
"""A sum: "$725 million", "EUR 3.1 billion", "725 million dollars"."""
_PERCENT = re.compile(
    rf"(?:\b(?P<hedge>{HEDGES})\s+)?(?P<num>{NUMBER})\s?(?:%|per\s?cent\b|percent\b)"
    r"(?:\s+of\s+(?P<of>(?:the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}))?",
    re.IGNORECASE,
)
_COLLECTIVE = frozenset({"couple", "dozen"})
_SIMPLE_WORD = count_words(2, 99, leaving=_COLLECTIVE)
"""The cardinal words a count may be written in, "two" to "ninety"."""
_TENS = "|".join(w for w, v in NUMBER_WORDS.items() if 20 <= v < 100 and v % 10 == 0)
_ONES = "|".join(w for w, v in NUMBER_WORDS.items() if v < 10 and w not in ("a", "an", "couple"))
_COUNT_WORD = rf"(?i:(?:{_TENS})[- ](?:{_ONES})\b|(?:{_SIMPLE_WORD})\b)"
"""A count in words: "thirty-one", "thirty one", "twelve"."""
_NUMBER_WORD = re.compile(rf"\b(?:{_SIMPLE_WORD})\b", re.IGNORECASE)
_NOUNS = "|".join(re.escape(n) for n in COUNT_NOUNS)
_BODY = "|".join(sorted(BODY_WORDS))
_AMOUNT = rf"(?:(?P<num>\d{{1,4}})|(?P<word>{_COUNT_WORD}))"
_COUNT = re.compile(
    rf"(?:\b(?P<det>(?i:all|the|its|his|her|their|our))|\b(?P<owner>[A-Z][\w.]*)['’]s"
    rf"|\b(?i:the)\s+(?P<body>{_BODY})['’]s)\s+"
    rf"{_AMOUNT}\s+(?P<org>(?:[A-Z][\w.]*\s+){{0,3}}?)(?P<noun>(?i:{_NOUNS}))\b"
    rf"(?:\s+of\s+(?:the\s+)?(?:(?P<of>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,3}})|(?P<of_body>{_BODY})\b))?",
)
"""A definite count: "all 32 allies", "NATO's 32 members", "the alliance's thirty-two member
states", "the 27 members of the bloc"; the noun also capitalized, as official texts write
it ("All 32 Allies")."""
_HAS_COUNT = re.compile(
    rf"\b(?:(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}})|(?i:the)\s+(?P<body>{_BODY}))"
    rf"(?:,\s+which)?\s+(?:now\s+)?(?:has|counts|numbers|comprises)\s+{_AMOUNT}\s+(?P<noun>{_NOUNS})\b"
)
"""A body's size in the present tense: "NATO now has 32 members", "the bloc, which counts 27
member states"."""
_SIZED = re.compile(
    rf"\b(?i:the|its|a|an)\s+{_AMOUNT}-(?P<noun>member|nation|country|state|strong)\s+"
    rf"(?:(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}})|(?P<body>{_BODY})\b)"
)
"""A body sized by a compound adjective: "the 32-member alliance", "the 27-nation bloc", "the
32-strong alliance"."""
_PEERS = frozenset({"colleagues", "counterparts", "partners"})
_ORDINAL = re.compile(
    rf"(?:\b(?i:the|its|their)(?:\s+(?P<body>(?i:{_BODY}))['’]s)?|\b(?P<owner>[A-Z][\w.]*)['’]s)\s+"
    r"(?P<num>\d{1,4})(?:st|nd|rd|th)\s+(?P<org>(?:[A-Z][\w.]*\s+){0,3})"
    r"(?P<noun>member(?:\s+state|\s+country|\s+nation)?|state|country|nation|ally|president|secretary general)\b"
    r"(?:\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}))?"
)
_ORDER_OF_DEEDS = re.compile(r"\s+to\s+(?!join|accede|enter|be\s+admitted)[a-z]+")
"""An ordinal followed by "to" and a verb other than joining: the order of a deed."""
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
_PRESENT_COORDINATE = re.compile(
    r"\b(?:and|but)\s+(?:now\s+|still\s+|today\s+)?"
    r"(?:hopes|wants|aims|seeks|plans|expects|intends|wishes|remains|is|has|counts)\b",
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
_CURRENCY_SIGN = re.compile(r"[$€£]|\b(?:EUR|USD|GBP|dollars|euros|pounds)\b")
"""What every sum holds: a sign, a code or the currency's name."""
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


def number_value(text: str) -> float:
    """The value of a number in figures: "12,000" is 12000.0."""
    return float(text.replace(",", ""))


_RECIPIENT = re.compile(r"\s+(for|to)\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")
_APPOSED_RECIPIENT = re.compile(
    r"\s+(for|to)\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+(?:a|an|the)\s+$"
)
"""A recipient closing the phrase that an amount stands in apposition to: "aid for Ukraine, a"."""
_OTHER_INSTANCE = re.compile(
    r"\b(previous|earlier|prior|last|first|second|third|another|next|original|initial)\s+$",
    re.IGNORECASE,
)
"""A word before an amount that sets its noun apart from the others of its kind: "the
previous $400 million package" is not the package of the day."""


_NEXT_WORD = re.compile(r"[ -]([a-z][\w'’]*)")


def _head_after(sentence: str, stop: int) -> tuple[str, int] | None:
    """The last of up to four lower-case words after an amount that is one of the `SUM_NOUNS`,
    and where it ends."""
    head = None
    at = position = stop
    for _ in range(4):
        word = _NEXT_WORD.match(sentence, position)
        if word is None or word.group(1) in PREPOSITIONS or word.group(1) in _VERBAL:
            break
        position = word.end()
        if word.group(1) in SUM_NOUNS:
            head, at = word.group(1), position
    return None if head is None else (head, at)


def _attributive_subject(sentence: str, start: int, stop: int) -> str | None:
    """What an amount modifies: the last of up to four lower-case words after it that is one
    of the `SUM_NOUNS`, with its recipient after "for" or "to" ("$725 million military aid
    package for Ukraine": "package for Ukraine"), or in the phrase the amount is in apposition
    to ("new aid for Ukraine, a $725 million package"); ``None`` without such a noun and
    recipient, since a bare "package" would group unrelated figures. "previous", "another"
    and the like before the amount stay with the noun ("previous package for Ukraine")."""
    found = _head_after(sentence, stop)
    if found is None:
        return None
    head, at = found
    recipient = _RECIPIENT.match(sentence, at) or _APPOSED_RECIPIENT.search(sentence, 0, start)
    if recipient is None:
        return None
    instance = _OTHER_INSTANCE.search(sentence, max(0, start - 24), start)
    head = head if instance is None else f"{instance.group(1).lower()} {head}"
    return f"{head} {recipient.group(1)} {_name(recipient.group(2))}"


def _name(words: str | None) -> str | None:
    """A name read up to a full stop, without that stop: "NATO." is "NATO", "the U.S." stays."""
    if words and words.endswith(".") and "." not in words.split()[-1][:-1]:
        return words[:-1]
    return words


def _subject_around(sentence: str, start: int, stop: int) -> str:
    """What an amount is of: the noun it modifies ("a $2bn loan to Kenya": "loan to Kenya"),
    "in/of/for <words>" after it, else the content words before it."""
    modified = _attributive_subject(sentence, start, stop)
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


_MEMBERSHIP = frozenset(
    "members allies states countries nations strong member-states member-countries member-nations".split()
)
"""The nouns for the members of a body: "NATO's allies", "member states" and "countries" of
the EU are all its members."""


def series_name(organization: str | None, noun: str) -> str:
    """The name of a counted series: "NATO members" (for its allies, member states, nations
    or countries too), "NATO presidents", or the bare noun without a body: "allies".

    >>> series_name("NATO", "member country"), series_name(None, "allies")
    ('NATO members', 'allies')
    """
    noun = " ".join(noun.split())
    noun = _PLURAL.get(noun, noun)
    if organization and noun.replace(" ", "-") in _MEMBERSHIP:
        noun = "members"
    return f"{organization} {noun}" if organization else noun


_OFFICE_NOUNS = frozenset(title.lower() for title in OFFICE_SERIES.values())
"""Ordinal nouns of an office, whose positions belong to people, not countries."""
_TAKES_OFFICE = re.compile(
    r"(?:\bbec(?:ame|ome|omes|oming)"
    r"|\b(?:sworn\s+in|inaugurated|t(?:ook|akes|aking)\s+(?:the\s+)?(?:office|oath))\b[^.;]{0,80}?\bas)"
    r"\s+$",
    re.IGNORECASE,
)
"""The words of taking an office just before its ordinal ("became", "was sworn in at noon
as"): the ordinal is the position taken then."""
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b[^,]*,")
"""A relative clause set off by commas ("Oslo, which applied with Bern, became ..."): the
names inside it are not the subject of the verb after it."""


def _subject_at(subjects: Sequence[tuple[int, str]], at: int, sentence: str) -> str | None:
    """Whose position an ordinal at *at* of *sentence* gives: the candidate named last before
    it ("North Macedonia, the 30th member, ..."; "Sweden became the 32nd, after Finland
    joined as the 31st"), outside a relative clause closed before it, else the first one
    after it ("the 32nd member, Sweden")."""
    inside = [(m.start(), m.end()) for m in _RELATIVE.finditer(sentence, 0, at)]
    before = [name for offset, name in subjects if offset < at and not any(a <= offset < b for a, b in inside)]
    if before:
        return before[-1]
    return subjects[0][1] if subjects else None


def numbers(
    sentence: str,
    *,
    organization: str | None,
    subjects: Sequence[tuple[int, str]],
    alliance: str | None = None,
    holders: Sequence[tuple[int, str]] = (),
) -> list[NumberMention]:
    """The amounts, shares, counts and ordinals of one sentence.

    Args:
        sentence: The sentence's text.
        organization: The body the sentence is about where it does not name one ("all 32
            member countries" of the alliance last named).
        subjects: Who an ordinal position may belong to: the offsets in *sentence* and names
            of the candidates (countries), in order (see `_subject_at`).
        alliance: The alliance the document names, or whose office it names, whose members
            "allies" counts where no body is named with them ("all 32 allies"); with none,
            such a count stays of bare "allies".
        holders: Who an ordinal of an office ("the 47th president") may belong to: the
            people the sentence names, as *subjects*; such an ordinal's series names only a
            body written with it, as the office a person holds is not the sentence's body.
    """
    found: list[NumberMention] = []
    if not any(map(str.isdigit, sentence)) and not _NUMBER_WORD.search(sentence):
        return found
    for m in _MONEY.finditer(sentence) if _CURRENCY_SIGN.search(sentence) else ():
        number, scale = (m.group("num"), m.group("scale")) if m.group("cur") else (m.group("amount"), m.group("size"))
        value = number_value(number) * _SCALE.get((scale or "").lower(), 1.0)
        head = _head_after(sentence, m.end())
        bare = head is not None and _attributive_subject(sentence, m.start(), m.end()) is None
        instance = _OTHER_INSTANCE.search(sentence, max(0, m.start() - 24), m.start())
        named = head[0] if head is not None and bare and instance is None else None
        quantity = Quantity(
            subject=named or _subject_around(sentence, m.start(), m.end()),
            measure="value",
            value=value,
            unit=_CURRENCY[(m.group("cur") or m.group("word")).lower()],
            modifier=hedge_of(m.group("hedge")),
        )
        found.append(NumberMention(quantity, m.start(), m.end(), head=named))
    for m in _PERCENT.finditer(sentence):
        modifier = hedge_of(m.group("hedge"))
        of = _noun_phrase(m.group("of"))
        stop = m.end() if of is None else _end_of(sentence, m.start("of"), of)
        quantity = Quantity(
            subject=" ".join(of.split()) if of else _subject_around(sentence, m.start(), m.start()),
            measure="share",
            value=number_value(m.group("num")),
            unit="percent",
            modifier=modifier,
        )
        found.append(NumberMention(quantity, m.start(), stop))
    found.extend(_counts(sentence, organization, alliance))
    for m in _ORDINAL.finditer(sentence):
        if _ORDER_OF_DEEDS.match(sentence, m.end()):
            continue  # "the 12th ally to send jets": an order of deeds, not of accession
        office = m.group("noun").lower() in _OFFICE_NOUNS
        named = (m.group("org") or "").strip() or _name(m.group("of")) or m.group("owner")
        named = named or (None if office else organization)
        before = sentence[max(0, m.start() - 30) : m.start()]
        lead = sentence[max(0, m.start() - 60) : m.start()]
        prospective = bool(_PROSPECTIVE.search(before)) and not _JOINED_AS.search(lead)
        if office:  # "was sworn in as the 47th president": the position is taken then
            prospective = _TAKES_OFFICE.search(sentence, max(0, m.start() - 120), m.start()) is not None
        subject = _subject_at(holders if office else subjects, m.start(), sentence)
        if subject is None:
            continue
        ordinal = Ordinal(
            subject=subject,
            series=series_name(named, m.group("noun")),
            position=int(m.group("num")),
            prospective=prospective,
        )
        joined = not prospective and bool(
            _ACCEDED.search(lead) or _ACCEDED_AFTER.match(sentence, _stop(m))
        )
        word = m.group("body").lower() if m.group("body") and named is None else None
        found.append(NumberMention(ordinal, m.start(), _stop(m), joined=joined, body_word=word))
    found.extend(_elliptic_ordinals(sentence, found, organization=organization, subjects=subjects))
    return found


def _counts(sentence: str, organization: str | None, alliance: str | None) -> list[NumberMention]:
    """The counts of one sentence: definite ones ("all 32 allies"), a body's present size
    ("NATO has 32 members") and sizes as adjectives ("the 32-member alliance"); a body
    referred to by a common noun ("the alliance's", "of the bloc") is *organization*.
    Allies counted with no body named are the members of *alliance*, unless a person's
    determiner makes them someone's supporters ("his 40 allies in the chamber")."""
    found = []
    for m in (*_COUNT.finditer(sentence), *_HAS_COUNT.finditer(sentence), *_SIZED.finditer(sentence)):
        groups = m.groupdict()
        noun = m.group("noun").lower()
        if groups.get("owner") and noun in _PEERS:
            continue  # "Biden's 30 counterparts": a person's peers, not a body's members
        value = count_value(m.group("num") or m.group("word"))
        by_noun = organization if groups.get("body") or groups.get("of_body") else None
        named = (groups.get("org") or "").strip() or _name(groups.get("of")) or groups.get("owner")
        body = named or by_noun or organization
        if not named and not by_noun and noun in _ALLY_NOUNS:
            personal = (groups.get("det") or "").lower() in _PERSONAL_DETERMINERS
            body = None if personal else alliance
        count = Count(subject=series_name(body, noun), value=value)
        found.append(NumberMention(count, m.start(), _stop(m)))
    return sorted(found, key=lambda f: f.start)


_ALLY_NOUNS = frozenset({"ally", "allies"})
_PERSONAL_DETERMINERS = frozenset({"his", "her", "their"})


def _stop(m: re.Match[str]) -> int:
    """Where a match's claim ends: before the full stop a trailing name took in."""
    of = m.groupdict().get("of")
    return m.end() - 1 if of and _name(of) != of else m.end()


def present_between(sentence: str, start: int, stop: int) -> bool:
    """Whether a clause in the present tense is joined on between *start* and *stop* of
    *sentence*, so that what follows speaks of the time of writing, not of a date before it
    ("applied in September 2022 and hopes to become the 33rd member").

    >>> present_between("It applied in 2022 and hopes to become the 33rd member.", 18, 50)
    True
    """
    return _PRESENT_COORDINATE.search(sentence, start, stop) is not None


_NOW = re.compile(r"\b(?:now|currently|presently|today|at\s+present)\b", re.IGNORECASE)
_NOW_REACH = 16
"""How far before a count its "now" may stand: "Today, all 32 allies", "now all 32 allies"."""


def said_now(sentence: str, start: int, stop: int) -> bool:
    """Whether the count or ordinal between *start* and *stop* of *sentence* is said of the
    time of writing in so many words ("the alliance now numbers 32 countries", "today all 32
    allies"), so that a date given elsewhere in the sentence does not date it.

    >>> said_now("It now numbers 32 countries, as of the summit of July 2023.", 0, 27)
    True
    """
    return _NOW.search(sentence, max(0, start - _NOW_REACH), stop) is not None


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
        subject = _subject_at(subjects, m.start(), sentence)
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


_OWN_DAY_REACH = 48
"""How far after a sum its own day may stand: "its $50 million package for Chad on 7 May"."""
_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:and|but|while|after|before|since|following|when)\b")


def own_day(sentence: str, stop: int, days: Sequence[tuple[int, TimeSpan]]) -> TimeSpan | None:
    """The day that dates a sum ending at *stop*: the first of *days* (offsets in *sentence*
    and values) written after it within its clause ("announced its $50 million package for
    Chad on 7 May"), where the sentence gives other dates for other things.

    >>> text = "After the strike of 2 May, Spain sent a $50 million package for Chad on 7 May."
    >>> own_day(text, 51, [(20, TimeSpan.day(2031, 5, 2)), (72, TimeSpan.day(2031, 5, 7))]).isoformat()
    '2031-05-07'
    """
    for at, value in days:
        if at < stop or at - stop > _OWN_DAY_REACH:
            continue
        if value.granularity is not Granularity.DAY or _CLAUSE_BREAK.search(sentence, stop, at):
            return None
        return value
    return None


def body_joined(kb: KnowledgeBase, ordinal: Ordinal, word: str) -> Ordinal:
    """The ordinal in the members of the one body called *word* ("alliance", "bloc") by
    one of its names whose membership the facts count and to which they record its
    subject's accession ("Finland, the alliance's 32nd member": NATO members); unchanged
    where no one body fits.

    >>> found = body_joined(KnowledgeBase.default(), Ordinal(subject="Finland", series="members", position=31), "alliance")
    >>> found.series
    'NATO members'
    """
    bodies = {r.what.removesuffix(" members") for r in kb.counts if r.what.endswith(" members")}
    fits = []
    for body in sorted(bodies):
        actor = kb.identify(body).actor
        names = actor.names if actor is not None else (body,)
        if not any(folded(word) in folded(name).split() for name in names):
            continue
        candidate = attrs.evolve(ordinal, series=series_name(body, "members"))
        if joining(kb, candidate) is not None:
            fits.append(candidate)
    return fits[0] if len(fits) == 1 else ordinal
