"""Reported statements: what an attribution credits, and a key for the proposition it states."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

import attrs

from claimcheck._extract_lexicon import IRREGULAR_VERBS, NEGATIONS, PREPOSITIONS, STOPWORDS
from claimcheck.model import Statement

__all__: list[str] = []

_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,]\d+)*|[,;:]")
_LEADING = re.compile(
    r"^(?:[\s,:;\-–—]+|that\b|as\b|and\b|but\b|however\b|meanwhile\b)+", re.IGNORECASE
)
_TRAILING = re.compile(r"(?:[\s,:;.\-–—]+|\bas\b|\band\b|\bbut\b|\bthat\b)+$", re.IGNORECASE)
_OPENERS = re.compile(
    r"^(?:however|but|and|meanwhile|moreover|still|yet|also|so)\b[\s,]*", re.IGNORECASE
)
_CLAUSE_END = frozenset(
    {
        ",",
        ";",
        ":",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "and",
        "but",
        "while",
        "because",
        "although",
        "if",
        "unless",
        "as",
    }
)
_QUOTE_BEFORE = re.compile(r"[,.!?]?[\"”’»]\s*,?\s*$")
_MIN_WORDS = 3
_PRONOUNS = frozenset(
    {"i", "we", "you", "he", "she", "it", "they", "there", "this", "these", "those"}
)
"""Subjects that name nothing a reader of another document could recognise."""
_MAX_WORDS = 6


@attrs.frozen
class StatementMention:
    """A statement credited by an attribution: its assertion and its characters ``[start, stop)``."""

    statement: Statement
    start: int
    stop: int


def _clean(sentence: str, start: int, stop: int) -> tuple[int, int]:
    piece = sentence[start:stop]
    lead = _LEADING.match(piece)
    if lead:
        start += lead.end()
        piece = sentence[start:stop]
    trail = _TRAILING.search(piece)
    if trail:
        stop = start + trail.start()
    opener = _OPENERS.match(sentence[start:stop])
    if opener:
        start += opener.end()
    return start, stop


def _word_count(text: str) -> int:
    return sum(1 for w in _WORD.findall(text) if w[0].isalnum())


def statement_of(
    sentence: str, cue_start: int, cue_stop: int, *, key: Callable[[str], str | None]
) -> StatementMention | None:
    """The statement an attribution at ``sentence[cue_start:cue_stop]`` credits.

    The statement is the clause after the attributing words ("X said that ...", "According to
    X, ...") or, failing that, the clause before them ("..., X said").
    """
    after = _clean(sentence, cue_stop, len(sentence))
    piece = sentence[after[0] : after[1]]
    cue_words = sentence[cue_start:cue_stop].split()
    told = bool(cue_words) and cue_words[-1].lower() in _RECIPIENT_CUES
    skip = (_RECIPIENT_THAT if told else _ADVERBIAL_THAT).match(piece)
    if skip is not None:
        after = (after[0] + skip.end(), after[1])
    before = _clean(sentence, 0, cue_start)
    coordinated = _COORDINATED_SOURCE.match(sentence, cue_stop) is not None
    relative = _RELATIVE.match(sentence, cue_stop) is not None
    enough_before = _word_count(sentence[before[0] : before[1]]) >= _MIN_WORDS
    quoted_before = _QUOTE_BEFORE.search(sentence[:cue_start]) is not None or (
        enough_before
        and _AS_BEFORE.search(sentence, 0, cue_start) is not None
        and _CLAUSE_ENDS.match(sentence, cue_stop) is not None
    )
    enough_after = (
        _word_count(sentence[after[0] : after[1]]) >= _MIN_WORDS
        and not _SOURCE_TAIL.match(piece)
        and not (enough_before and (coordinated or relative))
        and not (enough_before and skip is None and _CIRCUMSTANCE.match(piece))
    )
    start, stop = after if enough_after and not quoted_before else before
    if _word_count(sentence[start:stop]) < _MIN_WORDS:
        return None
    content = " ".join(sentence[start:stop].split())
    content = content.strip("“”\"‘’' ")
    if not content:
        return None
    return StatementMention(Statement(content=content, proposition=key(content)), start, stop)


_ADVERBIAL_THAT = re.compile(
    r"^(?:on|in|at|before|after|during|earlier|later|last|this|late|publicly|privately|again|"
    r"repeatedly|separately|then|once|recently)\b[^,;:\"“”]{0,60}?\sthat\s+",
    re.IGNORECASE,
)
"""Words between a cue and its "that": "said on Saturday that", "said in London that"."""
_RECIPIENT_THAT = re.compile(r"^[^,;:\"“”]{0,60}?\sthat\s+", re.IGNORECASE)
"""A recipient between "told" and its "that": "told a think-tank audience that"."""
_RECIPIENT_CUES = frozenset({"told", "tell", "tells", "assured", "informed", "warned", "reminded"})
_SOURCE_TAIL = re.compile(
    r"^(?:(?:on|in|at|late|early|last|this|earlier)\b[^,;]{0,40}?,?\s+)?"
    r"(?:citing|quoting|referring|according|without\s+naming|summari[sz]ing|translating|relaying)\b",
    re.IGNORECASE,
)
"""What follows a cue that names its sources, not what they said ("on Monday, citing ...")."""
_AS_BEFORE = re.compile(r",\s*as\s+$", re.IGNORECASE)
"""A cue set off as ", as X reported": where its clause ends with it (`_CLAUSE_ENDS`), a remark
on the clause before, which is what X said; "However, as X noted, S" credits S."""
_CLAUSE_ENDS = re.compile(r"\s*(?:[;:.!?]|$)")
_COORDINATED_SOURCE = re.compile(r"\s*and\s+(?:the|an?|one|two|three|four|several|other|\d+)\b", re.IGNORECASE)
"""What continues a cue with a second source ("according to the Post and a diplomat ..."):
the statement is then the clause before the cue."""
_RELATIVE = re.compile(r"\s*,?\s*(?:which|who|whose)\b", re.IGNORECASE)
"""What opens a relative clause after a cue ("..., confirmed by A, which makes it solid"): a
remark on the sources or the report, not what they said."""
_CIRCUMSTANCE = re.compile(
    r"^(?:in|on|at|during|after|before|late|early|last|earlier)\b", re.IGNORECASE
)
"""What opens a phrase of time or manner after a cue ("reported in an exclusive on Friday")."""
_DOUBLED = re.compile(r"([b-df-hj-km-np-rtv-z])\1$")
_KEEP_DOUBLED = ("ll", "ss", "zz", "ff")
_SEATS = {
    "washington": "united-states",
    "white-house": "united-states",
    "pentagon": "united-states",
    "kremlin": "russia",
    "moscow": "russia",
    "beijing": "china",
    "downing-street": "united-kingdom",
    "london": "united-kingdom",
    "elysee": "france",
    "paris": "france",
    "berlin": "germany",
    "kyiv": "ukraine",
    "kiev": "ukraine",
}
"""Seats of government that news uses for their governments ("Washington doubts ...")."""
_GENERIC = frozenset(
    "new more most other several both all two three some many much first last next own same further few such "
    "year years month months week weeks day days time today yesterday tomorrow period end start "
    "part number lot way thing things matter issue".split()
)
"""Content words too common to tie two statements to one proposition."""

# Verbs of news, by what they assert: a statement's main verb is keyed by its class, so that
# "dropped the plan" and "decided against it" are one proposition.
_VERB_CLASSES: dict[str, str] = {
    "abandon": (
        "abandon drop shelve scrap ditch forgo forego decide_against give_up back_away "
        "walk_back set_aside put_aside rule_out back_off step_back row_back"
    ),
    "oppose": "oppose object resist reject block veto disapprove",
    "support": "support back endorse favor favour champion welcome",
    "consider": "consider weigh mull discuss debate explore contemplate ponder study examine",
    "plan": "plan intend prepare aim",
    "urge": "urge push press call_on call_for lobby demand appeal ask",
    "approve": "approve authorize authorise clear greenlight ratify adopt pass sign_off",
    "send": "send supply deliver provide ship transfer give",
    "announce": "announce unveil present publish release set_out lay_out",
    "doubt": "doubt question",
    "believe": "believe think conclude judge assess expect estimate fear",
    "strike": "strike hit attack target launch fire bomb shell",
    "promise": "promise pledge vow commit",
    "deny": "deny dismiss refute rebuff",
    "confirm": "confirm acknowledge admit verify",
    "agree": "agree accept",
    "warn": "warn caution threaten",
    "increase": "increase raise boost expand double",
    "decrease": "cut reduce lower slash halve",
    "invite": "invite",
    "meet": "meet hold_talk",
    "resign": "resign quit step_down",
    "appoint": "appoint name nominate pick choose",
    "kill": "kill",
    "win": "win",
    "lose": "lose",
    "join": "join",
    "leave": "leave withdraw exit pull_out",
    "delay": "delay postpone defer push_back",
    "halt": "halt suspend pause freeze stop",
    "resume": "resume restart",
    "allow": "allow permit let",
    "ban": "ban prohibit bar forbid",
    "deploy": "deploy station",
    "buy": "buy purchase acquire",
    "sell": "sell",
    "accuse": "accuse blame",
    "investigate": "investigate probe",
    "arrest": "arrest detain",
    "sanction": "sanction",
    "end": "lift terminate",
    "sign": "sign",
    "build": "build construct",
}


_PARTICIPLES = {
    "given": "give",
    "taken": "take",
    "written": "write",
    "broken": "break",
    "chosen": "choose",
    "chose": "choose",
    "shown": "show",
    "struck": "strike",
    "sent": "send",
    "told": "tell",
    "thought": "think",
    "brought": "bring",
    "fought": "fight",
    "sold": "sell",
    "withdrawn": "withdraw",
    "withdrew": "withdraw",
    "forgone": "forgo",
    "forwent": "forgo",
    "met": "meet",
    "lost": "lose",
    "led": "lead",
    "rose": "rise",
    "risen": "rise",
    "fell": "fall",
    "fallen": "fall",
}
"""Irregular forms of the verbs of news beyond the lexicon's."""


@functools.lru_cache(maxsize=8192)
def _stem(word: str) -> str:
    """*word* without its inflection, the same for every form of a verb or noun ("decided",
    "decides" and "decide" give ``decid``); remembered, as the words of news repeat."""
    word = IRREGULAR_VERBS.get(word) or _PARTICIPLES.get(word) or word
    for ending, replacement in (
        ("ies", "y"),
        ("ied", "y"),
        ("ing", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
    ):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            if ending == "s" and word.endswith(("ss", "us", "is")):
                continue
            word = word[: -len(ending)] + replacement
            break
    if _DOUBLED.search(word) and not word.endswith(_KEEP_DOUBLED):
        word = word[:-1]
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


_VERBS: dict[str, str] = {
    "_".join(_stem(w) for w in verb.split("_")): verb_class
    for verb_class, verbs in _VERB_CLASSES.items()
    for verb in verbs.split()
}
_PARTICLES = frozenset(v.split("_")[1] for v in _VERBS if "_" in v)


def proposition_key(content: str, *, canonical: Callable[[str], str | None]) -> str | None:
    """A key for the proposition of a clause, or ``None`` if it says too little to key.

    Names become their canonical actor (through *canonical*; seats of government become
    their country), words lose case and inflection, and function words drop out. A clause
    whose main verb is a verb of news has the key ``head:words``: the head is ``not`` if the
    verb is negated, the subject, the verb's class ("dropped" and "decided against" are both
    ``abandon``; after "considered X but", the verb after "but") and any numbers; the words
    are the other content words, sorted. Two such keys state one proposition when their heads
    are equal and they share a word (as `claimcheck.checks.sourcing` groups them). Otherwise the key is the negation
    and the first content words of the clause, up to the first preposition or clause
    boundary once a subject, verb and object are in, and only an equal key is the same
    proposition.
    """
    terms, negated_at = _terms(content, canonical)
    verb = _main_verb(terms)
    if verb is None:
        return _plain_key(terms, negated=bool(negated_at))
    at, main = verb
    verb_class = terms[main].verb or ""
    subject = [
        t.value for t in terms[:at] if t.kind in ("name", "word") and t.value not in _GENERIC
    ][:3]
    if not subject or subject[0] in _PRONOUNS:
        return None
    subject[0] = _SEATS.get(subject[0], subject[0])
    negated = any(i <= terms[main].position + 3 for i in negated_at)
    numbers = sorted({t.value for t in terms if t.kind == "number"})
    words = sorted(
        {t.value for t in terms[at:] if t.kind in ("name", "word") and t.value not in _GENERIC}
        - set(subject)
        - {terms[at].value, terms[main].value}
    )
    head = "-".join([*(["not"] if negated else []), *subject, verb_class, *numbers])
    return _identifier(head) + ":" + ".".join(_identifier(w) for w in words[:12])


@attrs.frozen
class _Term:
    """A content word of a clause: its key form, kind (name, word or number), the verb class
    it opens if it is a verb of news, and its place among the clause's tokens."""

    value: str
    kind: str
    verb: str | None
    position: int


def _identifier(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


_FUNCTION_WORDS = STOPWORDS | PREPOSITIONS | NEGATIONS
"""Words that say nothing of a proposition by themselves."""


def _terms(content: str, canonical: Callable[[str], str | None]) -> tuple[list[_Term], list[int]]:
    """The content words of *content* in order, and the token positions of its negations."""
    tokens = _WORD.findall(content)
    terms: list[_Term] = []
    negations: list[int] = []
    i = 0
    while i < len(tokens):
        word = tokens[i]
        low = word.lower().replace("’", "'")
        if word[0].isupper() and word[0].isalpha():
            j = i + 1
            while j < len(tokens) and tokens[j][0].isupper() and tokens[j][0].isalpha():
                j += 1
            name = " ".join(tokens[i:j])
            if j < len(tokens) and tokens[j].lower() in ("administration", "government"):
                found = canonical(f"{name} {tokens[j].lower()}")
                j += found is not None
            else:
                found = canonical(name)
            if found is not None or low not in _FUNCTION_WORDS:
                terms.append(_Term(found or _identifier(name), "name", None, i))
                i = j
                continue
        if low in NEGATIONS or low.endswith("n't"):
            negations.append(i)
        elif low[0].isdigit():
            terms.append(_Term(_identifier(low), "number", None, i))
        elif low in _CLAUSE_END or low in PREPOSITIONS:
            terms.append(_Term(low, "boundary", None, i))
        elif low not in STOPWORDS and low[0].isalnum() and low != "longer":
            stem = _stem(low)
            after = _stem(tokens[i + 1].lower()) if i + 1 < len(tokens) else ""
            verb = _VERBS.get(f"{stem}_{after}") if after in _PARTICLES else None
            if verb is not None:
                i += 1
            terms.append(_Term(stem, "word", verb or _VERBS.get(stem), i))
        i += 1
    return terms, negations


def _main_verb(terms: list[_Term]) -> tuple[int, int] | None:
    """Where the subject of the clause ends among *terms* (at its first verb of news), and
    the index of its main verb: that verb, or the one right after a "but" that follows it
    ("considered X but dropped it"); ``None`` if no verb of news follows a subject before the
    clause ends (at a boundary after a subject of three words or more)."""
    first = None
    content = 0
    for index, term in enumerate(terms):
        if term.kind == "boundary":
            if content >= _MIN_WORDS:
                return None
            continue
        if term.verb is not None and content:
            first = index
            break
        content += 1
    if first is None:
        return None
    for index in range(first + 1, len(terms)):
        if terms[index].kind == "boundary" and terms[index].value == "but":
            later = next(
                (j for j in range(index + 1, len(terms)) if terms[j].kind != "boundary"), None
            )
            if later is not None and terms[later].verb is not None:
                return first, later
    return first, first


def _plain_key(terms: list[_Term], *, negated: bool) -> str | None:
    kept: list[str] = []
    for term in terms:
        if len(kept) >= _MAX_WORDS:
            break
        if term.kind == "boundary":
            if len(kept) >= _MIN_WORDS:
                break
            continue
        kept.append(term.value)
    if len(kept) < _MIN_WORDS or kept[0] in _PRONOUNS:
        return None
    return _identifier("-".join((["not"] if negated else []) + kept)) or None
