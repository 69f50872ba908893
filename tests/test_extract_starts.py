"""A holder's start in an office read as a title: dated by its clause, or, undated, from the
recorded start of the tenure held at the time of writing."""

from __future__ import annotations

from claimcheck.checks import run_checks
from claimcheck.extract import extract
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Document, RoleHeld, Source, TitleTime
from claimcheck.timespan import TimeSpan

KB = KnowledgeBase.default()


def _doc(text: str, published: TimeSpan) -> Document:
    return extract(text, source=Source(document_id="s1", published=published), kb=KB)


def _starts(doc: Document) -> list[RoleHeld]:
    return [
        c.assertion
        for c in doc.claims
        if isinstance(c.assertion, RoleHeld) and c.assertion.title_time is TitleTime.THEN
    ]


def test_a_dated_start_gives_the_office_on_that_day() -> None:
    """"X took over as <title> on <day>" gives X the office, as the facts name it, on that day."""
    doc = _doc("Andrii Sybiha took over as Ukraine's foreign minister on 5 September.", TimeSpan.day(2024, 9, 10))
    (start,) = _starts(doc)
    assert (start.actor.name, start.role, start.organization) == ("Andrii Sybiha", "Minister of Foreign Affairs", "Ukraine")
    assert start.when == TimeSpan.day(2024, 9, 5)


def test_an_undated_start_runs_from_the_recorded_start_to_the_time_of_writing() -> None:
    """"X moved into the office of <title>" with no day says X holds it now: the title runs
    from the tenure's recorded start; nobody gets it whom the facts do not show holding it."""
    published = TimeSpan.day(2024, 10, 20)
    (start,) = _starts(_doc("Mark Rutte moved into the office of NATO secretary general.", published))
    assert start.when == TimeSpan.from_iso("2024-10-01/2024-10-20")
    assert _starts(_doc("Jens Stoltenberg moved into the office of NATO secretary general.", published)) == []


def test_a_body_taken_over_gives_its_top_office_and_acting_stays_acting() -> None:
    """"took over the European Council" is the council's presidency; "stepped in as acting
    deputy" keeps the acting mark, and a right start is not flagged."""
    doc = _doc("Antonio Costa took over the European Council on 1 December.", TimeSpan.day(2024, 12, 5))
    (start,) = _starts(doc)
    assert start.role == "President of the European Council"
    published = TimeSpan.day(2024, 9, 12)
    acting = _doc("Boris Ruge stepped in as acting deputy secretary general of NATO on 10 September.", published)
    (start,) = _starts(acting)
    assert start.acting and start.role == "Deputy Secretary General"
    assert run_checks([doc, acting], KB, select=["ROL"]) == []


def test_a_predecessor_titled_after_an_undated_start_pairs_with_the_successor() -> None:
    """A text that gives NATO's top job to Rutte, taken up on 1 October, and calls
    Stoltenberg its secretary general on a later day gives one office to two people."""
    text = (
        "Mark Rutte moved into NATO's top job after a decade of Jens Stoltenberg. "
        "On Monday, NATO Secretary General Jens Stoltenberg addressed students in Oslo."
    )
    findings = run_checks([_doc(text, TimeSpan.day(2024, 10, 16))], KB, select=["ROL002"])
    assert [f.code for f in findings] == ["ROL002"]


def test_a_handover_told_right_is_not_flagged() -> None:
    """A successor's dated start with the predecessor called "former", or "then-" with no
    date, is one holder at a time: no finding."""
    text = (
        "Mark Rutte took over as NATO secretary general on 1 October. "
        "Former Secretary General Jens Stoltenberg spoke in Oslo on Monday. "
        "A decade ago then-Secretary General Jens Stoltenberg had opened the same hall."
    )
    assert run_checks([_doc(text, TimeSpan.day(2024, 10, 16))], KB, select=["ROL"]) == []


def test_the_title_of_a_predecessor_handing_over_makes_no_claim() -> None:
    """"took over from President X" and "succeeded President X" title the predecessor only
    up to the handover, so neither that title nor a start from it is claimed or flagged."""
    published = TimeSpan.day(2024, 12, 5)
    for text in (
        "Antonio Costa took over from European Council President Charles Michel on 1 December.",
        "Kaja Kallas succeeded High Representative Josep Borrell on Sunday.",
    ):
        doc = _doc(text, published)
        assert [c for c in doc.claims if isinstance(c.assertion, RoleHeld)] == [], text
        assert run_checks([doc], KB, select=["ROL"]) == [], text


def test_became_is_a_start_once() -> None:
    """"X became <title> on <day>" is a start on that day, and so is "X, who became
    <title> on <day>", whose title alone gives no time: the office is claimed once."""
    published = TimeSpan.day(2024, 9, 20)
    (start,) = _starts(_doc("Andrii Sybiha became Ukraine's foreign minister on 5 September.", published))
    assert (start.role, start.when) == ("Minister of Foreign Affairs", TimeSpan.day(2024, 9, 5))
    doc = _doc("Andrii Sybiha, who became Ukraine's foreign minister on 5 September, flew to Oslo.", published)
    assert len([c for c in doc.claims if isinstance(c.assertion, RoleHeld)]) == 1


def test_what_a_body_owns_is_not_the_body_taken_over() -> None:
    """"became <body>'s <noun>" makes the subject something the body owns, not its head."""
    doc = _doc("Jane Roe became NATO's favourite in April 2023.", TimeSpan.day(2024, 1, 10))
    assert _starts(doc) == []


def test_a_start_in_a_which_clause_is_not_the_persons() -> None:
    """In "X praised Y, which became <body>" the clause is about Y, so X is given no office."""
    text = "Jane Roe praised the summit format, which became the European Council in December 2009."
    assert _starts(_doc(text, TimeSpan.day(2024, 1, 10))) == []
