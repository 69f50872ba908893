"""Counts of things in a sentence (troops, votes, shells), with what they count and whose act
they are: "the Pentagon could withdraw some 12,000 troops" is a count of troops in a
withdrawal by the Pentagon, and "a second ballot gave him 325 votes" a count of votes for the
person "him" refers to."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from claimcheck._extract_countwords import count_value, count_words
from claimcheck._extract_eventwords import REPORTING
from claimcheck._extract_numbers import HEDGES, NUMBER, NumberMention, hedge_of, number_value
from claimcheck.model import Quantity

__all__: list[str] = []

_THINGS = {
    "troops": "troops",
    "soldiers": "troops",
    "servicemen": "troops",
    "service members": "troops",
    "servicemembers": "troops",
    "votes": "votes",
    "shells": "shells",
    "artillery shells": "shells",
    "missiles": "missiles",
    "drones": "drones",
    "tanks": "tanks",
    "fighter jets": "jets",
    "jets": "jets",
}
"""The things news counts in acts (a withdrawal of troops, a delivery of shells, votes won),
each with the class it counts as: troops and soldiers are one thing."""
_ACTS = {
    "withdrawal": "withdraw withdraws withdrew withdrawn withdrawing withdrawal pull pulls pulled pulling "
    "remove removes removed removing removal",
    "deployment": "deploy deploys deployed deploying deployment send sends sent sending dispatch dispatched "
    "force contingent",
    "delivery": "deliver delivers delivered delivering delivery supply supplies supplied supplying",
    "votes": "received receives obtained obtains won wins secured secures got gets gave",
    "purchase": "order orders ordered ordering purchase purchases purchased purchasing buy buys bought "
    "buying procure procures procured procurement",
}
_BOUGHT = frozenset({"drones", "missiles", "shells", "tanks", "jets"})
"""The things a purchase counts: equipment, never troops or votes ("ordered 3,000 troops to
the border" is a command)."""
_GENERAL = frozenset(
    "additional more new extra other further fresh such older modern used of the and".split()
)
"""Words before a counted thing that do not say which kind of it is counted."""
_ACT_OF = {word: act for act, words in _ACTS.items() for word in words.split()}
_THING = "|".join(sorted((re.escape(t) for t in _THINGS), key=len, reverse=True))
_TALLY = re.compile(
    rf"(?:\b(?P<hedge>{HEDGES})\s+)?\b(?P<num>{NUMBER})(?:\s+(?P<scale>thousand|million))?"
    rf"\s+(?:(?:[A-Z][\w.'’-]*|additional|more|new|extra)\s+){{0,2}}(?:(?P<kind>[a-z][a-z-]+)\s+)??"
    rf"(?P<thing>{_THING})\b"
)
_THING_WORD = re.compile(rf"\b(?:{_THING})\b")
_ELLIPTIC = re.compile(rf"\b(?P<verb>[a-z]+)\s+(?:(?P<hedge>{HEDGES})\s+)?(?P<num>{NUMBER})(?=\s*[.;,]|\s*$)")
"""A number whose thing is left to the sentence before: "In the evening she obtained 352."."""
_CLAUSE = re.compile(r"[,;:]|\b(?:and|but|while|which|who)\b")
_NAME_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
_NOT_ACTORS = frozenset(
    "according the a an in on at after before as but and monday tuesday wednesday thursday friday "
    "saturday sunday january february march april may june july august september october november "
    "december".split()
)
_SCALES = {"thousand": 1e3, "million": 1e6}
_PRONOUN = re.compile(r"\b(?:he|she|him|her)\b", re.IGNORECASE)
_FIRST = re.compile(r"\b(?:first|initial|opening)\b", re.IGNORECASE)


_PARTS = {"annexes": "annexes", "annexe": "annexes", "annex": "annexes", "points": "points",
          "clauses": "clauses", "chapters": "chapters", "protocols": "protocols"}
"""The parts a named document is counted in ("five points and four secret annexes")."""
_SMALL = count_words(2, 20, leaving={"couple"})
_PART = "|".join(_PARTS)
_QUALITY = r"secret|classified|confidential|public|unpublished"
_PARTS_OF = re.compile(
    rf"\b(?P<num>\d{{1,2}}|(?i:{_SMALL}))\s+(?:(?P<kind>{_QUALITY})\s+)?(?P<part>{_PART})\b"
    rf"(?:\s+(?:(?:are|were|is|was|being)\s+)?(?:kept|remain(?:ed|s)?|held)?\s*(?P<after>{_QUALITY})\b)?"
    rf"|\b(?P<num2>\d{{1,2}}|(?i:{_SMALL}))\s+of\s+(?:its|the|their)\s+(?P<part2>{_PART})\s+"
    rf"(?:(?:are|were|is|was|being)\s+)?(?:kept|remain(?:ed|s)?|held)\s+(?P<after2>{_QUALITY})\b"
)
"""A count of a document's parts, with the quality that sorts them ("four secret annexes",
"three of its annexes kept secret")."""
_TITLE = re.compile(r"[\"“]([^\"“”]{3,60})[\"”]")
"""A document's name in quotation marks ("the \"victory plan\"")."""


def parts_of_titles(sentence: str) -> list[NumberMention]:
    """The counts of the parts of the one document a sentence names in quotation marks: a
    `Quantity` of the parts (with the quality that sorts them) of that title.

    >>> [(q.assertion.subject, q.assertion.unit, q.assertion.value) for q in parts_of_titles(
    ...     'The "Lisbon roadmap" has seven points and two classified annexes.')]
    [('parts of lisbon roadmap', 'points', 7.0), ('parts of lisbon roadmap', 'classified annexes', 2.0)]
    """
    titles = {t.group(1).strip().lower() for t in _TITLE.finditer(sentence)}
    if len(titles) != 1:
        return []
    (title,) = titles
    found = []
    for m in _PARTS_OF.finditer(sentence):
        num = m.group("num") or m.group("num2")
        part = _PARTS[m.group("part") or m.group("part2")]
        kind = m.group("kind") or m.group("after") or m.group("after2")
        value = float(count_value(num))
        unit = f"{kind.lower()} {part}" if kind else part
        quantity = Quantity(subject=f"parts of {title}", measure="count", value=value, unit=unit)
        found.append(NumberMention(quantity, m.start(), m.end()))
    return found


@attrs.frozen
class _Last:
    """The last count read, for a number that leaves its thing out."""

    act: str
    thing: str


class TallyReader:
    """Reads the counts of things of one text, sentence by sentence, remembering the person
    a sentence names first, its subject (whom "he" and "her" in the next refer to) and the last count (whose thing a bare number
    after a verb of its act takes)."""

    def __init__(self) -> None:
        self._person: str | None = None
        self._last: _Last | None = None

    def read(self, sentence: str, people: Sequence[tuple[int, str]]) -> list[NumberMention]:
        """The counts of things in *sentence*, whose *people* are the persons it names (offsets
        and names, in order)."""
        found: list[NumberMention] = []
        if any(map(str.isdigit, sentence)) and (self._last is not None or _THING_WORD.search(sentence)):
            for m in _TALLY.finditer(sentence):
                mention = self._tally(sentence, m, _thing_of(m), people)
                if mention is not None:
                    found.append(mention)
            if not found and self._last is not None:
                found.extend(self._elliptic(sentence, people))
        if people:
            self._person = people[0][1]
        return [*found, *parts_of_titles(sentence)]

    def _tally(
        self, sentence: str, m: re.Match[str], thing: str, people: Sequence[tuple[int, str]]
    ) -> NumberMention | None:
        clause_start = _clause_start(sentence, m.start())
        act = _act_before(sentence, clause_start, m.start())
        if act is None or (act == "purchase" and thing.split()[-1] not in _BOUGHT):
            return None
        whose = self._whose(sentence, act, clause_start, m.start(), people)
        if whose is None:
            return None
        self._last = _Last(act, thing)
        return _mention(sentence, m, act, thing, whose, clause_start)

    def _elliptic(self, sentence: str, people: Sequence[tuple[int, str]]) -> list[NumberMention]:
        assert self._last is not None
        for m in _ELLIPTIC.finditer(sentence):
            if _ACT_OF.get(m.group("verb").lower()) != self._last.act:
                continue
            clause_start = _clause_start(sentence, m.start())
            whose = self._whose(sentence, self._last.act, clause_start, m.start(), people)
            if whose is not None:
                return [_mention(sentence, m, self._last.act, self._last.thing, whose, clause_start)]
        return []

    def _whose(
        self, sentence: str, act: str, clause_start: int, at: int, people: Sequence[tuple[int, str]]
    ) -> str | None:
        """Whose act a count is: for votes the person who gets them (named, or "he" for the
        sentence's subject, or that of the sentence before), for other acts the body or person named last before the verb."""
        before = [name for offset, name in people if offset < at]
        if act == "votes":
            if _PRONOUN.search(sentence, clause_start, at):
                return before[0] if before else self._person
            subject = [(offset, name) for offset, name in people if clause_start <= offset < at]
            if not subject or REPORTING.search(sentence, subject[-1][0], at):
                return None  # "Smith said the bill received 300 votes": not Smith's votes
            return subject[-1][1]
        runs = [
            r.group(0)
            for r in _NAME_RUN.finditer(sentence, 0, at)
            if r.group(0).split()[0].lower() not in _NOT_ACTORS or len(r.group(0).split()) > 1
        ]
        runs = [" ".join(w for w in r.split() if w.lower() not in _NOT_ACTORS) for r in runs]
        runs = [r for r in runs if r]
        return runs[-1] if runs else None


def _thing_of(m: re.Match[str]) -> str:
    """The thing a count counts: its class ("soldiers" are "troops"), after the word that says
    which kind of it ("interceptor drones" are not "attack drones"), where one does."""
    thing = " ".join(m.group("thing").split())
    kind = m.group("kind")
    if kind is None or kind in _GENERAL or kind.endswith("ly"):
        return _THINGS[thing]
    return _THINGS.get(f"{kind} {thing}") or f"{kind} {_THINGS[thing]}"


def _clause_start(sentence: str, at: int) -> int:
    breaks = [b.end() for b in _CLAUSE.finditer(sentence, 0, at)]
    return breaks[-1] if breaks else 0


def _act_before(sentence: str, start: int, at: int) -> str | None:
    """The act of the last verb or noun of an act between *start* and *at*."""
    words = re.findall(r"[a-z]+", sentence[start:at].lower())
    return next((_ACT_OF[w] for w in reversed(words) if w in _ACT_OF), None)


def _mention(sentence: str, m: re.Match[str], act: str, thing: str, whose: str, clause_start: int) -> NumberMention:
    """The count of *m*, as a `Quantity` of *thing* whose subject is the act and its owner
    ("withdrawal by Pentagon", "votes for Friedrich Merz"); a count said to be of a first
    round ("a first ballot gave her 310 votes") is of that round."""
    groups = m.groupdict()
    value = number_value(m.group("num")) * _SCALES.get(groups.get("scale") or "", 1.0)
    subject = f"votes for {whose}" if act == "votes" else f"{act} by {whose}"
    if _FIRST.search(sentence, clause_start, m.start()):
        subject += " (first round)"
    quantity = Quantity(subject=subject, measure="count", value=value, unit=thing, modifier=hedge_of(m.group("hedge")))
    return NumberMention(quantity, m.start("num") if m.group("hedge") is None else m.start("hedge"), m.end())
