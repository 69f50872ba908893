"""Lengths of time measured from the facts: time in office ("Jens Stoltenberg, who ran the
alliance for a decade", the one reader of it) and time since a recorded event ("two years since Finland joined")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date as CalendarDay
from datetime import timedelta

import attrs

from claimcheck._extract_actors import Mention
from claimcheck._extract_lexicon import BODY_WORDS, TITLE_WORDS
from claimcheck._extract_entries import entry_name
from claimcheck._extract_tenures import fits_tense, person_before, role_words, tenure_length
from claimcheck._extract_tokens import Token
from claimcheck.dates import DateMention, normalize
from claimcheck.kb import Confidence, KnowledgeBase, Tenure
from claimcheck.model import ActorKind, DurationSince, NameMention
from claimcheck.timespan import Duration, TimeSpan

__all__: list[str] = []

_TENURE = re.compile(
    r"\b(?P<aux>(?:has|have|had)\s+)?(?:(?:now|already|just)\s+|(?P<then>by\s+(?:then|that\s+time)\s+))?(?:been\s+)?"
    r"(?P<verb>led|leads|ran|run|runs|headed|heads|chaired|chairs|ruled|rules|governed|governs"
    r"|occupied|occupies|served|serves|been\s+(?:in\s+(?:office|power|charge)|at\s+the\s+(?:helm|head)(?:\s+of)?)"
    r"|(?<=,\s)(?:in\s+(?:office|power|charge|post|the\s+post)|at\s+the\s+(?:helm|head)(?:\s+of)?)"
    r"|held\s+(?:the|that|this|his|her|their)\s+(?:post|job|office|position|role|seat)"
    r"|(?:been|was)\s+(?:the\s+|its\s+|(?P<prefix>[\w.'’-]+)\s+)?(?P<role>president|chancellor"
    r"|prime\s+minister|secretary[\s-]general|(?:[a-z]+\s+)?minister|premier|chief|leader|head"
    r"|high\s+representative|ambassador|speaker|governor|mayor|commissioner))"
    r"(?P<what>(?:\s+(?!for\b)[\w'’.-]+){0,4}?)\s+for\s+$",
    re.IGNORECASE,
)
"""A verb of holding office, its object (the body) and "for", just before a length; an
appositive after a name's comma ("X, in charge of the army for two years,") holds it still;
"had by then led" measures the length at a time the sentence gave before."""
_ANY_OFFICE = frozenset({"", "office", "power", "the post", "the job", "the country", "the office"})
"""Objects that leave the office open: the person's one tenure decides."""
_ANY_ROLE = frozenset({"chief", "leader", "head"})
"""Role words that name a body's top office, whatever its title."""
_PRESENT = frozenset({"leads", "runs", "heads", "chairs", "rules", "governs", "serves"})


def office_length(
    sentence: str,
    offset: int,
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    dates: Sequence[DateMention],
    *,
    kb: KnowledgeBase,
    published: TimeSpan,
    body: str | None,
    earlier: Sequence[NameMention] = (),
) -> tuple[DurationSince, int, int] | None:
    """A person's length of time in an office, with the start of their recorded tenure.

    "X, who has led Ukraine for seven years" (present perfect) runs from the start of X's
    tenure in Ukraine's top office to the time of writing, which that tenure must still
    cover; "X, who had chaired the council for six years" (past) runs to the tenure's
    handover. The person is the one named last before the verb. The tenure is chosen in
    two steps: the one tenure that fits the body or role the sentence names (a named body,
    "the alliance" for *body*, the body last named, "has been president", "has been NATO's
    chief"); else the person's one recorded tenure, when the sentence's words for the office
    ("the council", "the post", "in office") all belong to that office, so "has led the
    Social Democrats for three years" is not measured on a chancellorship. Not "led the talks
    for two hours" (see below for the units), only a tenure whose bounds the
    facts give with more than low confidence, and a length half again as long as the tenure,
    when the facts name no one holding the office before it, may count earlier terms and
    gives no claim.

    Lengths count in years or months, and also in weeks or days where the words name the
    office by its title ("has now been High Representative for two weeks") or set the
    length beside the name ("Merz, two months into the job": the tenure still held).

    A length after a verb of leaving, spent in an office or its seat ("left after four
    years in the chancellery", "stepped down after a decade in office"), is of the tenure
    that ended or ends then, whichever the tense.

    The length may also come before the office ("who has spent a year at the helm of
    NATO", "spent two years in charge of the army", "at NATO's helm"), or be said of a
    tenure ("her term at the head of the bank lasted four years", "his first stint as
    president lasted two years": past, so an ended tenure); "his" or "her" there is the
    person named last before, in the sentence or in *earlier* (the names the text wrote
    before, in order).

    Returns:
        The claim and its characters in the text (from the verb, or the tenure's owner, to
        the end of the length or of the office after it), or ``None``.
    """
    for date in dates:
        length = date.value
        at = date.offset - offset
        if isinstance(length, TimeSpan):
            ago = _start_ago(
                sentence, offset, date, mentions, tokens, kb=kb, published=published, body=body
            )
            if ago is not None:
                return ago
            continue
        if not isinstance(length, Duration) or length.relation is not None:
            continue
        shape = _length_shape(sentence, at, at + len(date.text))
        if shape is None:
            continue
        named, start, stop, owner = shape
        into = named.apposed
        if not _in_office_terms(length, titled=into or named.role not in ("", *_ANY_ROLE)):
            continue
        if owner:
            person = _owner(mentions, tokens, offset + start, earlier, kb=kb)
        else:
            person = person_before(mentions, tokens, offset + start, adjacent=into)
            person = person or entry_name(earlier, offset, kb=kb)
        then = _time_before(dates, date.offset, published) if named.then else published
        if person is None or then is None:
            continue
        tenure = _tenure(kb, person, named, published=then, body=body)
        if tenure is None or tenure.start is None:
            return None
        ended = tenure.end is not None and tenure.end.is_before(then)
        as_of = tenure.end if ended else (then if named.then else None)
        if _earlier_terms_possible(kb, tenure, length, as_of or published):
            return None
        claim = tenure_length(tenure, length, as_of=as_of)
        return claim, offset + (at if into else start), offset + stop
    return None


_SPENT = re.compile(
    r"\b(?P<aux>(?:has|have|had)\s+)?(?:(?:now|already|just)\s+)?(?P<verb>spent|served)\s+$",
    re.IGNORECASE,
)
"""A verb of spending time, just before a length followed by an office ("spent a year at")."""
_AT_OFFICE = re.compile(
    r"\s+(?:at\s+the\s+(?:helm|head)\s+of|in\s+charge\s+of)\s+"
    r"(?P<what>(?:the\s+)?[\w'’.-]+(?:\s+[A-Z][\w'’.-]*){0,3})"
    r"|\s+at\s+(?P<owner>(?:the\s+)?[\w.-]+(?:\s+[A-Z][\w.-]*){0,3})['’]s?\s+(?:helm|head)\b"
)
"""The office after a length: "at the helm of NATO", "in charge of the army", "at NATO's helm"."""
_LASTED = re.compile(
    r"\b(?P<owner>his|her|their)\s+(?:(?:first|only)\s+)?"
    r"(?:stint|term|tenure|spell|mandate|presidency|time)"
    r"(?P<what>(?:\s+(?!lasted\b)[\w'’.-]+){0,9}?)\s+lasted\s+(?:for\s+|just\s+|only\s+)?$",
    re.IGNORECASE,
)
"""A tenure and "lasted", just before its length ("his first term as mayor lasted")."""
_OFFICE_WORDS = re.compile(
    r"^\s*(?:at\s+the\s+(?:helm|head)\s+of|in\s+charge\s+of|as|leading|heading)\s+", re.IGNORECASE
)
"""The words that open the office of a tenure ("at the head of", "as"), left off its name."""


_INTO_OFFICE = re.compile(
    r"\s+(?:into\s+(?:the\s+(?:job|post|role)|office|(?:his|her|their)\s+(?:new\s+)?"
    r"(?:job|post|role|term|tenure|mandate|presidency|premiership|chancellorship))|in\s+(?:office|power))\b",
    re.IGNORECASE,
)
"""The office after a length in apposition to a person ("Merz, two months into the job,",
"Zelensky, five years in office,")."""
_APPOSED = re.compile(r",\s*[\"“]?(?:(?:now|just|only|barely|already)\s+)?$")
"""What may stand between a person's name and a length in apposition to it."""
_LEFT_AFTER = re.compile(
    r"\b(?P<verb>left|leaves|leaving|quit|quits|departed|departs|retired|retires|resigned|resigns"
    r"|stepped\s+down|steps\s+down|bowed\s+out|bows\s+out)\s+(?:office\s+|power\s+)?after\s+$",
    re.IGNORECASE,
)
"""A verb of leaving office and "after", just before a length ("left after four years")."""
_IN_SEAT = re.compile(
    r"\s+(?:in|at)\s+(?P<what>office|power|charge|the\s+(?:chancellery|presidency|premiership|helm|top\s+job))\b",
    re.IGNORECASE,
)
"""Where a length of leaving was spent ("in the chancellery", "in office"), after the length."""
_SEAT_ROLES = {
    "chancellery": "chancellor",
    "presidency": "president",
    "premiership": "prime minister",
    "ministry": "minister",
}
"""The role whose seat an institution's noun names ("the chancellery" is the chancellor's,
"the ministry" a minister's)."""


def _length_shape(sentence: str, at: int, stop: int) -> tuple[_Office, int, int, bool] | None:
    """The office words around a length that runs from *at* to *stop* in *sentence*: the
    office, where the claim's words start and stop, and whether its person is the owner of
    the tenure ("his term lasted ...") rather than the person named before the verb."""
    found = _TENURE.search(sentence, max(0, at - 90), at)
    if found is not None and found.end() == at:
        return _Office.of(found), found.start("verb"), stop, False
    spent = _SPENT.search(sentence, max(0, at - 40), at)
    after = _AT_OFFICE.match(sentence, stop)
    if spent is not None and spent.end() == at and after is not None:
        aux = (spent.group("aux") or "").lower()
        present = aux.startswith("ha") and not aux.startswith("had")
        what = after.group("what") or after.group("owner")
        body = " ".join(what.split()).lower()
        return _Office(body, "", "", present, what), spent.start("verb"), after.end(), False
    into = _INTO_OFFICE.match(sentence, stop)
    apposed = _APPOSED.search(sentence, max(0, at - 12), at)
    if into is not None and apposed is not None and apposed.end() == at:
        return _Office("", "", "", True, "", apposed=True), apposed.start(), into.end(), False
    left = _LEFT_AFTER.search(sentence, max(0, at - 40), at)
    seat = _IN_SEAT.match(sentence, stop)
    if left is not None and left.end() == at and seat is not None:
        noun = seat.group("what").lower().split()[-1]
        return _Office("", "", _SEAT_ROLES.get(noun, ""), None, seat.group("what")), left.start("verb"), seat.end(), False
    lasted = _LASTED.search(sentence, max(0, at - 120), at)
    if lasted is not None and lasted.end() == at:
        written = _OFFICE_WORDS.sub("", lasted.group("what"))
        role = "" if written.lower().strip() in ("", "in office") else _role_word(written)
        what = "" if role else " ".join(written.split()).lower()
        return _Office(what, "", role, False, written), lasted.start("owner"), stop, True
    return None


def _time_before(dates: Sequence[DateMention], offset: int, published: TimeSpan) -> TimeSpan | None:
    """The time the sentence gives last before the character *offset*, when it is past at
    *published* (the time "by then" points back to), else ``None``."""
    times = [d.value for d in dates if d.offset < offset and isinstance(d.value, TimeSpan)]
    return times[-1] if times and times[-1].is_before(published) else None


def _role_word(written: str) -> str:
    """The title in the words of a tenure written "as <title>" ("as president"), else ""."""
    words = written.lower().split()
    return words[-1] if len(words) == 1 and words[0] in TITLE_WORDS else ""


def _owner(
    mentions: Sequence[Mention],
    tokens: Sequence[Token],
    at: int,
    earlier: Sequence[NameMention],
    *,
    kb: KnowledgeBase,
) -> str | None:
    """The person "his" or "her" at the character *at* refers to: the one named last before
    it in the sentence, else the last person among the names of *earlier* written before it."""
    person = person_before(mentions, tokens, at)
    if person is not None:
        return person
    for name in reversed(earlier):
        actor = kb.identify(name.actor).actor
        if name.span.offset < at and actor is not None and actor.kind is ActorKind.PERSON:
            return actor.name
    return None


def _in_office_terms(length: Duration, *, titled: bool = False) -> bool:
    """Whether *length* is counted as terms of office are: in years or months ("two years",
    "18 months"), not in days or hours ("led the talks for two hours"); in weeks or days
    too where the words name the office by its title ("has been chancellor for ten days")."""
    if length.hours or length.minutes or length.seconds:
        return False
    if titled:
        return True
    return bool(length.years or length.months) and not (length.weeks or length.days)


_DAYS = {"years": 365.25, "months": 30.44, "weeks": 7.0, "days": 1.0}
_BEYOND_RECORD = 1.5
"""How much longer than the recorded tenure a length may be and still be read as that tenure
when the facts name no earlier holder: beyond it, the length more likely counts earlier terms
that the facts do not hold ("has ruled Russia for nearly 25 years")."""


def _earlier_terms_possible(kb: KnowledgeBase, tenure: Tenure, length: Duration, until: TimeSpan) -> bool:
    """Whether *length* reaches far beyond *tenure* while the facts name no one holding the
    office just before it, so that the person may have held it before."""
    start, end = tenure.start, until.last_day()
    first = None if start is None else start.first_day()
    if first is None or end is None:
        return True
    claimed = sum(getattr(length, unit) * days for unit, days in _DAYS.items())
    if claimed <= _BEYOND_RECORD * (end - first).days:
        return False
    return not _predecessor_known(kb, tenure, first)


_HANDOVER_GAP = timedelta(days=31)
"""How long an office may stand empty between two recorded tenures (a dismissal one day, the
successor's vote the next) for the earlier holder still to count as the predecessor."""


def _predecessor_known(kb: KnowledgeBase, tenure: Tenure, first: CalendarDay) -> bool:
    """Whether the facts name someone other than *tenure*'s holder holding its office in the
    month before its first day *first*, and not the holder themself."""
    before = TimeSpan(first - _HANDOVER_GAP, first)
    candidates = kb.holder_at(tenure.office, before).candidates
    return bool(candidates) and tenure.holder not in candidates


@attrs.frozen
class _Office:
    """The words a sentence gives for an office: the verb's object (*what*), a body or title
    word before the role (*prefix*), the role word, the tense (``True`` for a tenure held
    at the time of writing, ``False`` for one ended before it, ``None`` for either: a start
    "two years ago"), and the object as written."""

    what: str
    prefix: str
    role: str
    present: bool | None
    written: str = ""
    apposed: bool = False
    """Whether the length stands in apposition to the name before it ("Merz, two months
    into the job"), which must then end right before its comma."""
    then: bool = False
    """Whether the tenure is measured at a past time the sentence gave before ("in a
    January speech, Rutte, who had by then led NATO ..."), held then rather than now."""

    @classmethod
    def of(cls, found: re.Match[str]) -> _Office:
        """The office words of a match of `_TENURE`."""
        what = " ".join(found.group("what").split()).lower().removeprefix("of ")
        prefix = found.group("prefix") or ""
        if not what and prefix[:1].isupper():  # "has been NATO's chief": the body before the role
            what = prefix.removesuffix("'s").removesuffix("’s").lower()
        role = " ".join((found.group("role") or "").lower().replace("-", " ").split())
        if not role and what.removeprefix("the ") in _SEAT_ROLES:  # "ran the ministry": a minister
            what, role = "", _SEAT_ROLES[what.removeprefix("the ")]
        aux = (found.group("aux") or "").lower()
        verb = found.group("verb").lower()
        present = aux.startswith("ha") and not aux.startswith("had")
        present = present or verb in _PRESENT or (not aux and verb.startswith(("in ", "at ")))
        then = aux == "had " and found.group("then") is not None
        return cls(what, prefix, role, present or then, found.group("what"), then=then)

    @property
    def words(self) -> str:
        """The words for the office as written (capitals tell names), for `_words_of_office`."""
        return f"{self.written} {self.prefix} {self.role}"


def _tenure(
    kb: KnowledgeBase, person: str, named: _Office, *, published: TimeSpan, body: str | None
) -> Tenure | None:
    """The tenure of *person* that *named* speaks of, held at the time of writing for the
    present perfect and ended before it for the past tense: the one that fits the body or
    role named, else the person's one tenure if the words for the office belong to it."""
    role = "" if named.role in _ANY_ROLE else named.role
    everyone = kb.offices_of(person, published).holdings
    held = [h for h in everyone if fits_tense(h, named.present, published)]
    wanted = _named_body(kb, named.what, body)
    if wanted is not None or role:
        fitting = [
            h.tenure
            for h in held
            if (not role or role.split()[-1] in role_words(h.tenure))
            and (wanted is None or _organization_is(kb, h.tenure, wanted))
        ]
        if len(fitting) == 1:
            return fitting[0]
    if len(everyone) != 1 or len(held) != 1:
        return None
    (only,) = held
    return only.tenure if _words_of_office(kb, named.words, only.tenure) else None


def _named_body(kb: KnowledgeBase, what: str, body: str | None) -> str | None:
    """The body the verb's object names: "NATO", "the alliance" for *body*; ``None`` for an
    object that names none ("office", "the post", "the talks")."""
    if what in _ANY_OFFICE:
        return None
    words = what.removeprefix("the ").split()
    if len(words) == 1 and words[0] in BODY_WORDS:
        return body
    actor = kb.identify(what.removeprefix("the ")).actor
    return None if actor is None or actor.kind is ActorKind.PERSON else actor.name


def _organization_is(kb: KnowledgeBase, tenure: Tenure, wanted: str) -> bool:
    organization = tenure.office.organization
    return organization is not None and kb.identify(organization).actor == kb.identify(wanted).actor


def _words_of_office(kb: KnowledgeBase, words: str, tenure: Tenure) -> bool:
    """Whether the role words among *words* (titles, body words such as "party", names)
    all belong to the office of *tenure*, its role or its body's names: "chaired the council"
    and "chaired the summits" fit a presidency of the European Council, "ran the ministry"
    fits any minister's office (the seat of the role), "led the Social Democrats" and
    "headed the party" fit no chancellorship."""
    office = tenure.office
    names = [office.role]
    title = office.role.lower().partition(" of ")[0]
    names.extend(seat for seat, role in _SEAT_ROLES.items() if role == title)
    if office.organization is not None:
        actor = kb.identify(office.organization).actor
        names.extend(actor.names if actor is not None else (office.organization,))
    known = {w.casefold() for n in names for w in _WORD.findall(n.replace("-", " "))}
    for word in _WORD.findall(words.replace("-", " ")):
        folded = word.casefold()
        is_role_word = folded in TITLE_WORDS or folded in BODY_WORDS or word[:1].isupper()
        if is_role_word and folded not in known and folded not in _ANY_ROLE:
            return False
    return True


_WORD = re.compile(r"[^\W\d_]+")


_SINCE_EVENT = re.compile(
    r"\s*,?\s+since\s+(?:(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?P<verb>joined|acceded|applied)\b"
    r"|the\s+(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}(?:[a-z]+\s+)?"
    r"(?:summit|strike|election|inauguration|declaration|accession|application)))\b"
)
"""A length's starting event: "since Finland joined", "since the Bucharest summit"."""
_KIND_OF_VERB = {"joined": "accession", "acceded": "accession", "applied": "application"}


def length_since_event(
    sentence: str, offset: int, dates: Sequence[DateMention], *, kb: KnowledgeBase
) -> tuple[DurationSince, int, int] | None:
    """A length counted from an event the knowledge base records, to the time of writing.

    "more than a year since Sweden joined" runs from the recorded accession of Sweden;
    "16 years since the Bucharest summit" from the one event whose name has those words.
    A sentence that gives a date of its own may measure to that date instead, so it gives
    no such length; nor does an event the facts record more than once, or with low
    confidence.

    Returns:
        The claim and its characters in the text (the length and its starting event), or
        ``None``.
    """
    if any(isinstance(d.value, TimeSpan) for d in dates):
        return None
    for date in dates:
        length = date.value
        stop = date.offset - offset + len(date.text)
        found = _SINCE_EVENT.match(sentence, stop)
        if not isinstance(length, Duration) or length.relation is not None or found is None:
            continue
        if found.group("who"):
            who, kind = found.group("who"), _KIND_OF_VERB[found.group("verb").lower()]
            events = kb.find_events(kind=kind, participant=who) or kb.find_events(who, kind=kind)
        else:
            events = kb.find_events(found.group("name"))
            words = found.group("name").lower().split()
            if len(events) > 1:  # "the Bucharest summit": the summit, not its declaration
                events = tuple(e for e in events if e.kind in words) or events
        events = tuple(e for e in events if e.confidence is not Confidence.LOW)
        if len(events) != 1:
            return None
        (event,) = events
        claim = DurationSince(subject=f"time since {event.name}", since=event.when, length=length)
        return claim, date.offset, offset + found.end()
    return None


_START = re.compile(
    r"\b(?P<verb>took\s+over|took\s+office"
    r"|took\s+up\s+(?:the|that|this|his|her|their)\s+(?:post|job|office)"
    r"|was\s+sworn\s+in|assumed\s+office|came\s+to\s+power|moved\s+into)"
    r"(?P<what>(?:\s+(?!ago\b)[\w'’.-]+){0,8}?)\s+$",
    re.IGNORECASE,
)
"""A verb of taking office and its object, just before a time "ago" ("took over NATO's top
job from Jens Stoltenberg two years ago")."""
_HANDED_BY = re.compile(r"\s(?:from|after|when|as\s+(?:a|an|the)\s)\b.*$")
"""Where the words for the office end: the predecessor ("from X"), a clause after it."""
_HEAD_JOB = frozenset({"top job", "top post", "top office", "job", "post", "helm", "reins"})


def _start_ago(
    sentence: str,
    offset: int,
    date: DateMention,
    mentions: Sequence[Mention],
    tokens: Sequence[Token],
    *,
    kb: KnowledgeBase,
    published: TimeSpan,
    body: str | None,
) -> tuple[DurationSince, int, int] | None:
    """The length of a tenure from its start "N years ago" to the time of writing, as in "X,
    who took over the alliance's top job two years ago": a `DurationSince` from the start
    the facts record for the tenure the words name (held now or not), of the length before
    "ago"."""
    text = date.text
    if not text.lower().endswith(" ago"):
        return None
    at = date.offset - offset
    found = _START.search(sentence, max(0, at - 120), at)
    if found is None or found.end() != at:
        return None
    length = _length_before_ago(text[: -len(" ago")], published)
    if length is None:
        return None
    person = person_before(mentions, tokens, offset + found.start())
    if person is None:
        return None
    what = _HANDED_BY.sub("", " ".join(found.group("what").split()).lower())
    what = what.removeprefix("as ").removeprefix("the office of ")
    owner, _, role = what.rpartition("'s ") if "'s " in what else ("", "", "")
    if owner:
        what = owner
    role = "" if role in _HEAD_JOB else role
    written = _HANDED_BY.sub("", found.group("what"))
    named = _Office(what if what not in _HEAD_JOB else "", "", role, None, written)
    tenure = _tenure(kb, person, named, published=published, body=body)
    if tenure is None or tenure.start is None:
        return None
    return tenure_length(tenure, length), offset + found.start("verb"), date.offset + len(text)


def _length_before_ago(text: str, published: TimeSpan) -> Duration | None:
    """The length of "two years" in "two years ago", with its hedge ("nearly two years"),
    counted in years or months."""
    anchor = published.first_day()
    if anchor is None:
        return None
    length = normalize(text, anchor=anchor)
    if not isinstance(length, Duration) or length.relation is not None:
        return None
    return length if _in_office_terms(length) else None
