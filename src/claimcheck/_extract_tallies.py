"""Counts of things in a sentence (troops, votes, shells), with what they count and whose act
they are: "the Pentagon could withdraw some 12,000 troops" is a count of troops in a
withdrawal by the Pentagon, and "a second ballot gave him 325 votes" a count of votes for the
person "him" refers to."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

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
    "deployment": "deploy deploys deployed deploying deployment send sends sent sending dispatch dispatched",
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
        if any(c.isdigit() for c in sentence) and (self._last is not None or _THING_WORD.search(sentence)):
            for m in _TALLY.finditer(sentence):
                mention = self._tally(sentence, m, _thing_of(m), people)
                if mention is not None:
                    found.append(mention)
            if not found and self._last is not None:
                found.extend(self._elliptic(sentence, people))
        if people:
            self._person = people[0][1]
        return found

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
