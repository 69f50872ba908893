"""Titles a relative clause dates from a day ("X, who has led the department since ...")."""

from __future__ import annotations

from claimcheck.checks import run_checks
from claimcheck.extract import extract
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Document, RoleHeld, Source, TitleTime
from claimcheck.timespan import TimeSpan

KB = KnowledgeBase.default()


def _doc(text: str, published: TimeSpan = TimeSpan.day(2025, 2, 3)) -> Document:
    return extract(text, source=Source(document_id="since", published=published), kb=KB)


def _dated(doc: Document) -> list[tuple[str, TimeSpan | None]]:
    return [
        (c.evidence.text, c.assertion.when)
        for c in doc.claims
        if isinstance(c.assertion, RoleHeld) and c.assertion.title_time is TitleTime.THEN
    ]


def test_a_title_held_since_a_day_is_a_title_on_that_day() -> None:
    """"Title X, who has led ... since <day>" gives X the title on that day, and ROL001 flags
    a day before the recorded start."""
    doc = _doc("Defense Secretary Pete Hegseth, who has run the department since January 21, flew to Brussels.")
    assert _dated(doc) == [
        ("Defense Secretary Pete Hegseth, who has run the department since January 21", TimeSpan.day(2025, 1, 21))
    ]
    assert [f.code for f in run_checks([doc], KB, select=["ROL001"])] == ["ROL001"]


def test_a_title_held_since_its_recorded_start_is_clean() -> None:
    """The recorded first day, or a later one, gives no finding."""
    doc = _doc("Defense Secretary Pete Hegseth, who has led the Pentagon since January 25, flew to Brussels.")
    assert len(_dated(doc)) == 1
    assert run_checks([doc], KB, select=["ROL001"]) == []


def test_a_month_or_year_since_is_not_a_day_of_holding() -> None:
    """"since May 2024" or "since 2004" may begin before the tenure and still be right: no claim."""
    assert _dated(_doc("Foreign Minister Sergey Lavrov, who has served since 2004, spoke.")) == []
    text = "Defence Minister Andrei Belousov, who has led the ministry since May 2024, spoke."
    assert _dated(_doc(text)) == []


def test_a_since_outside_the_relative_clause_is_not_read() -> None:
    """A "since" after the clause ends, or with no verb of holding, dates no title."""
    assert _dated(_doc("Defense Secretary Pete Hegseth, who flew in, has been busy since January 21.")) == []
    assert _dated(_doc("Defense Secretary Pete Hegseth, who has complained since January 21, spoke.")) == []
