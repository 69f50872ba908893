"""Ordinal years of a tenure ("in the fourth year of her presidency") read as lengths in office."""

from __future__ import annotations

from claimcheck.checks import run_checks
from claimcheck.extract import extract
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Document, DurationSince, Source
from claimcheck.timespan import Modifier, TimeSpan

KB = KnowledgeBase.default()


def _doc(text: str, published: TimeSpan) -> Document:
    return extract(text, source=Source(document_id="y1", published=published), kb=KB)


def _lengths(doc: Document) -> list[DurationSince]:
    return [c.assertion for c in doc.claims if isinstance(c.assertion, DurationSince)]


def test_an_ordinal_year_is_a_lower_bound_on_the_time_in_office() -> None:
    """"in the Nth year of his presidency" is N - 1 years or more since the tenure's recorded start."""
    doc = _doc("Volodymyr Zelensky, in the third year of his presidency, toured the front.", TimeSpan.day(2021, 9, 1))
    (length,) = _lengths(doc)
    assert (length.length.years, length.length.modifier) == (2, Modifier.EQUAL_OR_MORE)
    assert length.since.isoformat() == "2019-05-20"


def test_a_year_the_tenure_has_not_reached_is_flagged() -> None:
    """Claiming a year of office the tenure has not yet reached is a duration mismatch."""
    doc = _doc("Volodymyr Zelensky, now in the ninth year of his presidency, toured the front.", TimeSpan.day(2025, 3, 1))
    assert [f.code for f in run_checks([doc], KB, select=["CNT001"])] == ["CNT001"]


def test_a_year_within_the_tenure_is_clean() -> None:
    """The year the tenure is in, or an earlier one counted loosely, raises nothing."""
    doc = _doc("Volodymyr Zelensky, now in the sixth year of his presidency, toured the front.", TimeSpan.day(2025, 3, 1))
    assert run_checks([doc], KB, select=["CNT001"]) == []


def test_an_office_the_person_does_not_hold_gives_no_length() -> None:
    """A premiership for a president, or a person with no recorded tenure, gives no claim."""
    premier = _doc("Volodymyr Zelensky, in the fifth year of his premiership, spoke.", TimeSpan.day(2025, 3, 1))
    unknown = _doc("Jane Roe, in the fifth year of her presidency, spoke.", TimeSpan.day(2025, 3, 1))
    assert _lengths(premier) == _lengths(unknown) == []
