"""Statements credited to their sources, and statements about sources: who confirmed a
report, and who first published it.

News text vouches for its claims by naming their sources: "confirmed by both Reuters and the
Harbor Times", "two outlets, A and B, reported", "first reported by A", "A, which broke the
story". Such a phrase credits one proposition to each source it names, and says how the
writer weighs them: as independent confirmations (corroboration) or as the origin of the
report (origin). Outlets the attribution lexicon does not know are recognised by the words
that name outlets ("Post", "Times", "Gazette", "Wire"...).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable

import attrs

from claimcheck._extract_confirmed import confirmed_subject
from claimcheck._extract_lexicon import BODY_WORDS, OUTLET_WORDS
from claimcheck._extract_reports import MEDIUM_AFTER, bare_name, outlets_by_medium
from claimcheck._extract_reports import NAME_WORD as _WORD
from claimcheck._extract_relayed import spoken_inside
from claimcheck._extract_statements import StatementMention, proposition_key, statement_of
from claimcheck._extract_text import Sentence
from claimcheck.attribution import OUTLETS, AttributionMention
from claimcheck.model import Actor, ActorKind, Anonymity, Attribution, Statement

__all__: list[str] = []

_NOT_OUTLETS = frozenset({"agency", "standard", "independent", "tv"})
"""Last words of outlets' names that end too many other names ("Energy Agency") to mark one."""
_NAME = rf"(?:[Tt]he\s+)?{_WORD}(?:\s+(?:of\s+|&\s+)?{_WORD}){{0,5}}"
_LIST = rf"{_NAME}(?:\s*,\s*{_NAME})*(?:\s*,?\s+and\s+{_NAME})?"
_OUTLET_NAME = re.compile(
    rf"\b{_WORD}(?:\s+(?:of\s+|&\s+)?{_WORD}){{0,4}}\s+"
    rf"(?:(?:Press|News)\s+Agency|{'|'.join(sorted(w.capitalize() for w in OUTLET_WORDS - _NOT_OUTLETS))}|TV)\b"
)
_ARTICLE = re.compile(r"^(?:[Tt]he)\s+")
_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_QUANTITY = (
    r"(?:two|three|four|five|several|multiple|other|a\s+number\s+of|a\s+few|various|many|both)"
)
_MEDIA = (
    r"\s+(?:other\s+)?(?:major\s+)?(?:news\s+|media\s+)?"
    r"(?:outlets|media|newspapers|papers|publications|news\s+organi[sz]ations|agencies|"
    r"news\s+agencies|broadcasters|reports)"
)
_COUNT = _QUANTITY + _MEDIA
_LINK = r"(?:\s*,\s*(?:including\s+|namely\s+)?|\s+(?:including|such\s+as|namely)\s+|\s*:\s*)"
_CONFIRM = (
    r"(?:confirmed|corroborated|verified|matched|echoed|backed\s+up|carried|reported|"
    r"independently\s+confirmed)"
)
_REPORT_VERB = r"(?:reported|confirmed|corroborated|said|wrote|revealed|carried)"
_ADVERBS = r"(?:(?:both|each|also|separately|independently|since|now|later)\s+)*"

_VERBS = ("reported", "confirmed", "corroborated", "said", "wrote", "revealed", "carried")
_MEDIA_WORDS = ("outlets", "media", "papers", "publications", "organi", "agencies", "broadcasters")
_CORROBORATION: tuple[tuple[re.Pattern[str], tuple[tuple[str, ...], ...]], ...] = (
    # "confirmed by both A and B", "corroborated by two outlets, A and B", "by several outlets"
    (
        re.compile(
            rf"(?P<cue>\b(?:(?:since|now|also|independently|separately|later)\s+)?(?:been\s+)?"
            rf"{_CONFIRM}(?:\s+(?:independently|separately|also))?\s+by)\s+(?:both\s+)?(?:(?P<count>{_COUNT}){_LINK}?)?(?P<list>{_LIST})?"
        ),
        (("ed by", "backed up by", "independently by", "separately by", "also by"),),
    ),
    # "two outlets, A and B, reported", "several outlets have confirmed"
    (
        re.compile(
            rf"(?P<count>\b(?i:{_QUANTITY}){_MEDIA})"
            rf"(?:{_LINK}(?P<list>{_LIST})\s*,?)?\s+(?:have\s+|had\s+)?{_ADVERBS}(?P<cue>{_REPORT_VERB})\b"
        ),
        (_MEDIA_WORDS, _VERBS),
    ),
    # "A and B both reported", "both A and B have confirmed"
    (
        re.compile(
            rf"(?:\b[Bb]oth\s+)?(?P<list>{_LIST})\s*,?\s+(?:have\s+|had\s+)?{_ADVERBS}"
            rf"(?P<cue>{_REPORT_VERB})\b"
        ),
        ((" and ",), _VERBS),
    ),
    # "according to both A and B", "according to two outlets, A and B"
    (
        re.compile(
            rf"(?P<cue>\b[Aa]ccording\s+to)\s+(?:(?:media\s+|news\s+)?reports\s+(?:in|by|from)\s+)?"
            rf"(?:both\s+)?(?:(?P<count>{_COUNT}){_LINK}?)?(?P<list>{_LIST})?"
        ),
        (("according to",), (" and ", *_MEDIA_WORDS)),
    ),
)
_WORKS = r"(?:brief|report|study|analysis|investigation|paper|article|story|survey|newsletter|podcast)"
"""What a publisher puts out: "the Institute's brief revealed" names its publisher."""
_ORIGIN: tuple[tuple[re.Pattern[str], tuple[tuple[str, ...], ...]], ...] = (
    (
        re.compile(
            rf"(?P<cue>\b(?:first|originally)\s+(?:reported|revealed|published)\s+by)\s+(?P<list>{_NAME})"
        ),
        (("ed by",),),
    ),
    (
        re.compile(
            rf"(?:\b[Aa]s\s+)?(?P<list>{_NAME}){MEDIUM_AFTER}?\s*,?\s+(?:(?P<relative>which|that)\s+|who\s+)?(?P<cue>(?:first\s+)?"
            rf"(?:broke|revealed|reported|published)\s+(?:the\s+)?(?:story|news|scoop)"
            rf"|was\s+the\s+first\s+to\s+report|first\s+reported|first\s+revealed)"
        ),
        (("story", "news", "scoop", "first"),),
    ),
    (
        re.compile(rf"(?P<cue>\b[Ee]xclusive(?:\s+report)?\s+(?:by|from|in))\s+(?P<list>{_NAME})"),
        (("exclusive",),),
    ),
    (
        re.compile(rf"(?P<list>{_NAME})(?:’s|'s)?\s+(?P<cue>exclusive|scoop)"),
        (("exclusive", "scoop"),),
    ),
    (
        re.compile(
            rf"(?P<list>{_NAME})\s+(?:reported|revealed|said|wrote)\b[^.;]{{0,30}}?\bin\s+an?\s+"
            rf"(?P<cue>exclusive|scoop)"
        ),
        (("exclusive", "scoop"),),
    ),
    (re.compile(rf"(?:\b[Aa]s\s+)?(?P<list>{_NAME}){MEDIUM_AFTER}?\s+(?P<cue>revealed)\b"), (("revealed",),)),
    (
        re.compile(
            rf"(?:\b[Aa]s\s+)?(?P<list>{_NAME})(?:’s|'s)\s+(?P<work>{_WORKS})\s+(?:had\s+|has\s+)?"
            rf"(?P<cue>revealed|disclosed|uncovered|first\s+reported)\b"
        ),
        (("'s", "’s"), ("revealed", "disclosed", "uncovered", "first reported")),
    ),
)
"""Each pattern with the words a sentence needs for it to be tried: one of each group."""
_NOT_SOURCES = frozenset(
    "it this that they he she we i the report story news claim account officials diplomats "
    "sources which who".split()
)
"""Words that open a clause rather than a source's name."""


class Weighing(enum.Enum):
    """How a phrase weighs the sources it names."""

    CORROBORATION = "corroboration"
    """The sources are offered as several independent confirmations."""
    ORIGIN = "origin"
    """The source is offered as the first to publish the report."""


@attrs.frozen
class SourcingPhrase:
    """A phrase of a sentence that names a report's sources: characters ``[start, stop)``."""

    weighing: Weighing
    start: int
    stop: int
    cue: str
    attributions: tuple[Attribution, ...]


_TOLD_WORDS = 3
"""How many words a cue's own statement needs before a phrase about its sources."""


def _tells_before(mention: AttributionMention, phrase_start: int) -> bool:
    """Whether *mention* tells a statement of its own after its cue and before a phrase about
    sources that starts at *phrase_start* ("X has told his staff to press every ally ...,
    according to a memo first reported by A"): what the phrase credits is then the whole
    clause before it, the speaker's words included, not the words before the speaker.

    >>> from claimcheck.attribution import find_attributions
    >>> text = "The envoy, Jo Lee, has told her staff to press every ally, according to the Daily Courier."
    >>> _tells_before(find_attributions(text)[0], text.index("according"))
    True
    """
    cue = mention.attribution.cue
    at = re.search(rf"\b{re.escape(cue)}\b", mention.text) if cue else None
    if at is None or mention.offset + at.end() >= phrase_start:
        return False
    between = mention.text[at.end() : phrase_start - mention.offset]
    return len(re.findall(r"\w+", between)) >= _TOLD_WORDS


class OutletNames:
    """The outlets a document can name: the lexicon's, its own, and those its text names in
    the way outlets are named ("the Harbor Times", "Kyiv Morning Post")."""

    def __init__(self, text: str, own: Actor | None) -> None:
        found: dict[str, Actor] = {}
        extra: list[Actor] = []
        for match in _OUTLET_NAME.finditer(text):
            name = bare_name(_ARTICLE.sub("", match.group(0)))  # "As Harbour Wire noted": no "As"
            key = _fold(name)
            if name and key not in _LEXICON and key not in found and key.split()[0] not in _NOT_SOURCES:
                found[key] = Actor(name, ActorKind.OUTLET)
                extra.append(found[key])
        for name in outlets_by_medium(text):  # "the Longitude podcast": an outlet, by its medium
            key = _fold(name)
            if key not in _LEXICON and key not in found:
                found[key] = Actor(name, ActorKind.OUTLET)
                extra.append(found[key])
        if own is not None and _fold(own.name) not in _LEXICON and _fold(own.name) not in found:
            found[_fold(own.name)] = own
            extra.append(own)
        self._known = found
        self.extra: tuple[Actor, ...] = tuple(extra)

    def outlet(self, name: str) -> Actor | None:
        """The outlet *name* refers to, if it is one."""
        key = _fold(name)
        return _LEXICON.get(key) or self._known.get(key)


def _fold(name: str) -> str:
    return " ".join(_ARTICLE.sub("", name).lower().split())


_LEXICON = {_fold(name): actor for actor in OUTLETS for name in (actor.name, *actor.aliases)}
"""The lexicon's outlets by every name they go by, folded."""


def _names(listed: str) -> list[str]:
    return [_ARTICLE.sub("", n).strip(" .") for n in _SPLIT.split(listed) if n.strip()]


def _titled(listed: str) -> set[str]:
    """The names of *listed* written as titles are, with a capital "The" inside a sentence
    ("confirmed by The Longitude"): the names of publications."""
    return {_ARTICLE.sub("", n).strip(" .") for n in _SPLIT.split(listed) if n.startswith("The ")}


_BODY_NOUNS = (BODY_WORDS - OUTLET_WORDS) | frozenset(
    """office police army forces service services embassy spokesman spokeswoman spokesperson
    officials president minister institute university""".split()  # noqa: SIM905
)
"""Last words of the names of bodies and people, which a list of confirming outlets may also
hold ("the Danube Ledger and the defence ministry")."""


def _press_like(name: str) -> bool:
    """Whether *name*, listed among confirming outlets, may be one too: no body's noun ends it."""
    words = name.lower().split()
    return bool(words) and words[-1] not in _BODY_NOUNS and words[0] not in _NOT_SOURCES


def sourcing_phrases(sentence: str, outlets: OutletNames) -> list[SourcingPhrase]:
    """The phrases of *sentence* that name several confirming sources, or a report's origin.

    A corroboration needs two sources or more (named, or counted: "several outlets"); an
    origin needs one outlet. Names that are not sources ("It", "The report") are skipped, and
    a list of names that are not all outlets or organizations is not read as sources.
    """
    found: list[SourcingPhrase] = []
    lowered = sentence.lower()
    for weighing, patterns in (
        (Weighing.ORIGIN, _ORIGIN),
        (Weighing.CORROBORATION, _CORROBORATION),
    ):
        for pattern, needs in patterns:
            if not all(any(word in lowered for word in group) for group in needs):
                continue
            for match in pattern.finditer(sentence):
                if any(match.start() < p.stop and p.start < match.end() for p in found):
                    continue
                phrase = _phrase(weighing, match, outlets)
                if phrase is not None:
                    found.append(phrase)
    return sorted(found, key=lambda p: p.start)


def _phrase(
    weighing: Weighing, match: re.Match[str], outlets: OutletNames
) -> SourcingPhrase | None:
    listed = match.group("list")
    names = _names(listed) if listed else []
    if any(n.split()[0].lower() in _NOT_SOURCES for n in names):
        return None
    actors = [outlets.outlet(n) for n in names]
    if weighing is Weighing.CORROBORATION and listed and match.start("list") > 0:
        titled = _titled(listed)
        actors = [Actor(n, ActorKind.OUTLET) if a is None and n in titled else a for n, a in zip(names, actors, strict=True)]
        if " and " in listed and any(a is not None for a in actors):  # "by the Danube Ledger and Radio Vale"
            actors = [a or (Actor(n, ActorKind.OUTLET) if _press_like(n) else None) for n, a in zip(names, actors, strict=True)]
    groups = match.groupdict()
    counted = groups.get("count")
    if weighing is Weighing.ORIGIN:
        if len(names) == 1 and actors[0] is None and (groups.get("relative") or groups.get("work")):
            actors = [Actor(names[0], ActorKind.OUTLET)]  # "X, which broke the story": a publisher
        if len(names) != 1 or actors[0] is None:
            return None
    elif counted is None and (len(names) < 2 or any(a is None for a in actors)):
        return None
    elif counted is None and not names:
        return None
    attributions = [
        Attribution(
            speaker_name=actor.name if actor is not None else name,
            anonymity=Anonymity.NAMED_ORGANIZATION,
            speaker=actor,
            cue=match.group("cue"),
        )
        for name, actor in zip(names, actors, strict=True)
    ]
    if counted is not None and not names:
        attributions.append(
            Attribution(
                speaker_name=" ".join(counted.split()),
                anonymity=Anonymity.ANONYMOUS_GROUP,
                cue=match.group("cue"),
            )
        )
    stop = match.start() + len(match.group(0).rstrip(" ,.;:"))
    return SourcingPhrase(weighing, match.start(), stop, match.group("cue"), tuple(attributions))


_ANAPHORIC = re.compile(
    r"^(?:the\s+|this\s+|that\s+)?(?:story|report|reports|news|claim|account|scoop|revelation|"
    r"information|this|it|that)\b(?:\s+\w+){0,2}$",
    re.IGNORECASE,
)
"""A clause that only points back at the report of the sentence before ("The story was")."""


NO_SOURCES = re.compile(
    r"\b(?:did\s+not|didn[’']t|does\s+not|doesn[’']t|declined\s+to)\s+(?:name|identify|disclose|"
    r"reveal)\s+(?:its|their|any|the|her|his)\s+sources\b|\bgave\s+no\s+sources\b"
    r"|\bwithout\s+naming\s+(?:its|any)\s+sources\b",
    re.IGNORECASE,
)
"""Words that say the report before did not name its sources."""


def unnamed_behind(attribution: Attribution) -> Attribution:
    """*attribution*, credited to an outlet, as resting on that outlet's unnamed sources."""
    outlet = attribution.speaker or Actor(attribution.speaker_name, ActorKind.OUTLET)
    return attrs.evolve(
        attribution,
        speaker_name="unnamed sources",
        anonymity=Anonymity.ANONYMOUS_GROUP,
        speaker=None,
        via=(outlet,),
    )


def _outlet_alone(attribution: Attribution) -> bool:
    """Whether *attribution* credits an outlet (or organization) with nothing behind it."""
    return not attribution.via and attribution.anonymity is Anonymity.NAMED_ORGANIZATION


@attrs.frozen
class Credited:
    """A statement credited to a speaker: what was said, to whom it is credited, the
    attributing words (for hedges), and the characters ``[start, stop)`` of its evidence."""

    statement: Statement
    attribution: Attribution
    cue: str
    evidence: tuple[int, int]


_AUXILIARIES = re.compile(r"(?:\s*,)?(?:\s+(?:has|have|had|was|were|is|are|been|be|since|now|also))*\s*$")


def _before_passive(sentence: Sentence, phrases: list[SourcingPhrase], cue_stop: int) -> Sentence:
    """*sentence*, cut where a passive phrase about sources after *cue_stop* begins: what the
    report said ends there ("The Post's report that X | has since been confirmed by A and B")."""
    starts = [
        p.start for p in phrases if p.cue.endswith(" by") and sentence.offset + p.start > cue_stop
    ]
    if not starts:
        return sentence
    text = _AUXILIARIES.sub("", sentence.text[: min(starts)])
    return attrs.evolve(sentence, text=text)


_REPORT_THAT = re.compile(r"^(.*?\b(?:report|story|article|scoop|claim|account)s?)\s+that\s", re.IGNORECASE)
"""The words that credit a report and end before what it says: "The Post report that"."""


def _up_to_passive(
    mention: AttributionMention, sentence: Sentence, phrases: list[SourcingPhrase]
) -> AttributionMention:
    """*mention*, a report's credit ("The Post report that X") that runs into a passive phrase
    about sources ("has since been confirmed by A"), cut to the words that credit the
    report: the Post is credited with X, and the phrase credits X to A."""
    for phrase in phrases:
        start = sentence.offset + phrase.start
        if phrase.cue.endswith(" by") and mention.offset < start < mention.end:
            kept = _AUXILIARIES.sub("", mention.text[: start - mention.offset])
            said = _REPORT_THAT.match(kept)
            if said is None:
                return mention
            attribution = mention.attribution
            via = tuple(o for o in attribution.via if any(n in kept for n in o.names))
            return attrs.evolve(
                mention, text=said.group(1), attribution=attrs.evolve(attribution, via=via)
            )
    return mention


_BACK = re.compile(
    r"^\W*(?:(?:the|this|that|these|those|its|their)(?:\s+[a-z][\w-]*){1,2}"
    r"(?:\s+of\s+(?:the|this|that|these|those|its|their)\s+[a-z][\w-]*)?|it|this|that)"
    r"(?:\s*,[^,;:]{1,80},)?"
    r"(?:\s+(?:has|have|had|was|were|is|are))(?:\s+(?:been|now|since|also|later))*\s*$",
    re.IGNORECASE,
)
"""A short definite subject before a passive phrase: "The figure has now been", "The details
of that deal, first set out by X, were"."""


def _points_back(sentence: Sentence, phrase: SourcingPhrase) -> bool:
    """Whether a passive phrase about sources is said of the statement before: its subject
    only points back ("The figure has now been confirmed by A and B")."""
    return phrase.cue.endswith(" by") and _BACK.match(sentence.text[: phrase.start]) is not None


def _passive_subject(
    phrase: SourcingPhrase, start: int, before: list[StatementMention]
) -> StatementMention | None:
    """The statement a passive phrase about sources is said of: in "The Post's report that X
    has since been confirmed by A and B", the report credited just before the phrase."""
    if not phrase.cue.endswith(" by"):
        return None
    return next((found for found in reversed(before) if found.stop <= start), None)


class StatementReader:
    """Reads the statements of a document's sentences, in order, remembering the last one
    so that a phrase that only points back ("The story was first reported by A") credits it.

    Args:
        outlets: The outlets the document can name.
        canonical: The key form of a name's actor, or ``None`` for a name the knowledge base
            does not know.
    """

    def __init__(self, outlets: OutletNames, canonical: Callable[[str], str | None]) -> None:
        self.outlets = outlets
        self.canonical = canonical
        self.previous: StatementMention | Sentence | None = None

    def read(self, sentence: Sentence, attributions: list[AttributionMention]) -> list[Credited]:
        """The statements *sentence* credits: one per attribution, and one per source that a
        phrase about sources names ("confirmed by both A and B", "first reported by A"). A
        phrase that only points back credits the statement before it: the last one credited,
        or the sentence before in the document's own voice."""
        credited: list[Credited] = []
        before: list[StatementMention] = []
        phrases = sourcing_phrases(sentence.text, self.outlets)
        taken = [(sentence.offset + p.start, sentence.offset + p.stop) for p in phrases]
        attributions = [_up_to_passive(m, sentence, phrases) for m in attributions]
        inner = [(m, spoken_inside(m, key=self._key)) for m in attributions]
        for mention, said in inner:
            if any(a < mention.end and mention.offset < b for a, b in taken):
                continue  # the phrase about its sources credits the statement
            found = said or self._statement_of(
                _before_passive(sentence, phrases, mention.end), mention.offset, mention.end
            )
            attribution = mention.attribution
            if _outlet_alone(attribution) and NO_SOURCES.search(sentence.text):
                attribution = unnamed_behind(attribution)
            if found is not None:
                credited.append(
                    Credited(
                        found.statement,
                        attribution,
                        mention.text,
                        (min(found.start, mention.offset), max(found.stop, mention.end)),
                    )
                )
                self.previous = found
                before.append(found)
        for phrase in phrases:
            start, stop = sentence.offset + phrase.start, sentence.offset + phrase.stop
            said = None
            told = False
            for mention, spoken in inner:
                if mention.offset < stop and start < mention.end:
                    told = told or _tells_before(mention, sentence.offset + phrase.start)
                    start, stop = min(start, mention.offset), max(stop, mention.end)
                    said = said or spoken
            subject = _passive_subject(phrase, start, before)
            if told and subject is None and said is None:  # "X has told staff to act, according to A"
                start, stop = sentence.offset + phrase.start, sentence.offset + phrase.stop
            found = (
                subject
                or said
                or self._confirmed(sentence, phrase)
                or self._statement_of(sentence, start, stop)
            )
            if subject is not None:
                evidence = (subject.start, stop)
            elif found is None or _ANAPHORIC.match(found.statement.content) or (
                _points_back(sentence, phrase)
            ):
                found = self._previous()
                evidence = (sentence.offset + phrase.start, sentence.offset + phrase.stop)
            else:
                evidence = (min(found.start, start), max(found.stop, stop))
            if found is None:
                continue
            credited.extend(
                Credited(found.statement, a, phrase.cue, evidence) for a in phrase.attributions
            )
            self.previous = found
        if not credited:
            self.previous = sentence
        return credited

    def _previous(self) -> StatementMention | None:
        """The statement before: the last one credited, or the sentence before as a whole."""
        if isinstance(self.previous, Sentence):
            self.previous = self._statement_of(
                self.previous, self.previous.offset, self.previous.offset
            )
        return self.previous

    def _confirmed(self, sentence: Sentence, phrase: SourcingPhrase) -> StatementMention | None:
        """The subject a passive phrase set off inside it confirms ("The strike, confirmed by
        A and B, showed ..."), as a statement."""
        if not phrase.cue.endswith(" by"):
            return None
        found = confirmed_subject(sentence.text, phrase.start, phrase.stop)
        if found is None:
            return None
        content = " ".join(sentence.text[found[0] : found[1]].split())
        statement = Statement(content=content, proposition=self._key(content))
        return StatementMention(statement, sentence.offset + found[0], sentence.offset + found[1])

    def _key(self, content: str) -> str | None:
        return proposition_key(content, canonical=self.canonical)

    def _statement_of(
        self, sentence: Sentence, cue_start: int, cue_stop: int
    ) -> StatementMention | None:
        """The statement credited by words at ``[cue_start, cue_stop)`` of *sentence*, with
        its offsets in the text."""
        found = statement_of(
            sentence.text, cue_start - sentence.offset, cue_stop - sentence.offset, key=self._key
        )
        if found is None:
            return None
        return attrs.evolve(
            found, start=sentence.offset + found.start, stop=sentence.offset + found.stop
        )
