"""Quizzes: numbered questions, then numbered answers that say only what the question asks.

An answer alone ("8. Jan Novak." or "10. 27.") asserts nothing; with its question ("8. Who
is the mayor of Brno?", "10. How many members does the EU have today?") it says that Jan
Novak is the mayor of Brno, or that the EU has 27 members. The pair is read as that
statement, with the answer's words as its evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date

import attrs

from claimcheck._extract_actors import Reader
from claimcheck._extract_numbers import numbers
from claimcheck._extract_tokens import tokenize
from claimcheck.dates import find_dates
from claimcheck.model import Count, Document, Event, EventDate, RoleHeld
from claimcheck.timespan import TimeSpan

__all__ = ["QuizPair", "quiz_claims", "quiz_events", "quiz_pairs"]


@attrs.frozen
class QuizPair:
    """A numbered question and the answer given the same number, with where the answer starts."""

    question: str
    answer: str
    offset: int


_NUMBERED = re.compile(r"^[ \t]*(\d{1,2})[.)][ \t]+(\S.*?)[ \t]*$", re.MULTILINE)
"""A numbered line: its number and its words."""
_HOW_MANY = re.compile(
    r"^How many (?P<noun>[a-z][a-z ]*?) (?:does|do) (?P<body>[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}) have\b"
)
"""A question of a body's present size ("How many members does the EU have today?")."""
_NUMBER = re.compile(r"(?P<num>\d{1,4})\.?")
"""An answer that is a number alone."""
_WHO_IS = re.compile(
    r"^Who is (?P<office>the [a-z][\w' -]*?(?: of (?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})?)"
    r"(?: (?:as|now|today|at|in)\b[^?]*)?\?$"
)
"""A question of who holds an office now ("Who is the mayor of Brno as the year ends?")."""
_WHEN = re.compile(r"^(?:On which day|On what day|On what date|When) did (?P<clause>[^?]+)\?$")
"""A question of the day something happened ("On which day did the envoys meet in Oslo?")."""
_ON = re.compile(r"^(?:[Oo]n\s+)?")
"""The "on" an answer's date may open with."""
_NAME = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3})(?=[,.;]|$)")
"""A person's name opening an answer, up to its first comma or full stop."""


def quiz_pairs(text: str, start: int) -> list[QuizPair]:
    """The questions of *text* (from *start*) with their answers: each numbered line ending
    in "?" and the next numbered line after it, with the same number, that does not.

    >>> [p.answer for p in quiz_pairs("1. Who won?\\n2. Where?\\n\\n1. Ann.\\n2. Rome.\\n", 0)]
    ['Ann.', 'Rome.']

    .. versionadded:: 0.1.0
    """
    questions: dict[str, str] = {}
    pairs = []
    for m in _NUMBERED.finditer(text, start):
        number, line = m.group(1), m.group(2)
        if line.endswith("?"):
            questions.setdefault(number, line)
        elif number in questions:
            pairs.append(QuizPair(questions.pop(number), line, m.start(2)))
    return pairs


def quiz_claims(pair: QuizPair, reader: Reader, published: TimeSpan) -> Iterator[tuple[Count | RoleHeld, int, int]]:
    """What *pair* asserts, each with the characters of the answer that say it: a body's
    count ("How many members does X have?" answered by a number) or a person's present office
    ("Who is the mayor of X?" answered by a name).

    Args:
        pair: The question and its answer.
        reader: The reader of names and titles, to read the office the question names.
        published: When the text was published: the time of a present-tense question.

    .. versionadded:: 0.1.0
    """
    asked = _HOW_MANY.match(pair.question)
    number = _NUMBER.fullmatch(pair.answer)
    if asked is not None and number is not None:
        for found in numbers(f"{asked.group('body')} has {number.group('num')} {asked.group('noun')}.", organization=None, subjects=()):
            if isinstance(found.assertion, Count):
                yield found.assertion, pair.offset, pair.offset + len(number.group("num"))
        return
    who = _WHO_IS.match(pair.question)
    name = _NAME.match(pair.answer)
    if who is None or name is None:
        return
    person = name.group("name").rstrip(".")  # "Jan Novak." ends the answer, not the name
    said = f"{person}, {who.group('office')}."
    tokens = tokenize(said, 0)
    mentions = reader.mentions(said, 0, tokens)
    for role in reader.roles(tokens, mentions, published, None, spans={}):
        if role.person.first == 0:  # the answer's person, not someone the office names
            yield role.role, pair.offset, pair.offset + len(person)


def quiz_events(
    pair: QuizPair, read: Callable[[str], Document], anchor: date | None
) -> Iterator[tuple[Event, TimeSpan, int, int]]:
    """The events *pair* dates, each with its date: a question of the day something happened ("On which day
    did the envoys meet in Oslo?") answered by a date ("On Monday, 4 May."), read as the
    statement they make together ("the envoys meet in Oslo on Monday, 4 May"), with the
    answer's date as the characters that date it.

    Args:
        pair: The question and its answer.
        read: Extraction of a statement, with the text's source and knowledge base.
        anchor: The day the text's dates are read from; ``None`` reads none.

    .. versionadded:: 0.1.0
    """
    asked = _WHEN.match(pair.question)
    if asked is None or anchor is None:
        return
    opening = _ON.match(pair.answer)
    skip = 0 if opening is None else opening.end()
    dates = [d for d in find_dates(pair.answer, anchor=anchor) if d.offset <= skip and isinstance(d.value, TimeSpan)]
    if not dates:
        return
    written = dates[0].text
    statement = read(f"{asked.group('clause')} on {written}.")
    for claim in statement.claims:
        if isinstance(claim.assertion, EventDate):
            event = statement.event(claim.assertion.event)
            start = pair.offset + dates[0].offset
            yield attrs.evolve(event, participant_spans=()), claim.assertion.when, start, start + len(written)
