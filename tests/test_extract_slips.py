"""Unknown names one slip from a person the same document names, and what NAM001 makes of them."""

from __future__ import annotations

from claimcheck._extract_slips import slips_of_named
from claimcheck.checks import run_checks
from claimcheck.extract import extract
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Document, NameMention, Source, Span
from claimcheck.timespan import TimeSpan

KB = KnowledgeBase.default()


def _doc(text: str) -> Document:
    return extract(text, source=Source(document_id="slip", published=TimeSpan.day(2024, 10, 19)), kb=KB)


def test_a_slip_for_a_person_the_document_names_is_recorded_as_theirs() -> None:
    """"Olaf Schulz" beside Chancellor Olaf Scholz is recorded as naming Olaf Scholz."""
    doc = _doc('Chancellor Olaf Scholz hosted the talks. One paper wrote: "Olaf Schulz will promise little."')
    assert ("Olaf Schulz", "Olaf Scholz") in {(m.span.text, m.actor) for m in doc.mentions}
    (finding,) = [f for f in run_checks([doc], KB, select=["NAM001"])]
    assert (finding.spans[0].text, finding.fix) == ("Olaf Schulz", "Olaf Scholz")


def test_an_unknown_name_with_no_such_person_named_is_left_alone() -> None:
    """Without Olaf Scholz in the document, "Olaf Schulz" may be someone else: no finding."""
    doc = _doc('One paper wrote: "Olaf Schulz will promise little."')
    assert run_checks([doc], KB, select=["NAM001"]) == []


def test_another_given_name_is_another_person() -> None:
    """A surname one slip off with a different given name ("Martin Schulz") is not a slip."""
    named = [NameMention(span=Span("slip", 0, "Olaf Scholz"), actor="Olaf Scholz")]
    assert slips_of_named([Span("slip", 30, "Martin Schulz")], named, KB) == []


def _lone(text: str) -> list[tuple[str, str]]:
    return [(m.span.text, m.actor) for m in _doc(text).mentions if " " not in m.span.text]


def test_a_lone_surname_one_edit_from_a_person_named_in_full_is_theirs() -> None:
    """A lone "Hegsteth" in a text naming Pete Hegseth in full is recorded as his, and flagged."""
    doc = _doc("Pete Hegseth took questions. Aides said Hegsteth would travel to Warsaw.")
    assert ("Hegsteth", "Pete Hegseth") in {(m.span.text, m.actor) for m in doc.mentions}
    (finding,) = run_checks([doc], KB, select=["NAM001"])
    assert (finding.spans[0].text, finding.fix) == ("Hegsteth", "Pete Hegseth")


def test_a_lone_surname_after_a_title_is_still_lone() -> None:
    """A title before the lone surname ("Secretary Hegsteth") does not make it a longer name."""
    assert ("Hegsteth", "Pete Hegseth") in _lone("Pete Hegseth spoke. Secretary Hegsteth left.")


def test_lone_words_that_are_no_slip_are_left_alone() -> None:
    """No person named in full, a short word, another first letter, two edits, a longer
    capitalised name or the surname of another full name is never made a slip."""
    assert _lone("Hegsteth would travel to Warsaw.") == []
    assert _lone("Pete Hegseth spoke. Aides said Hegsethh was tired.") == [("Hegsethh", "Pete Hegseth")]
    assert all(a != "Pete Hegseth" for _, a in _lone("Pete Hegseth spoke. Aides said Tegseth left."))
    assert all(a != "Pete Hegseth" for _, a in _lone("Pete Hegseth spoke. Aides said Hogsath left."))
    assert all(a != "Pete Hegseth" for _, a in _lone("Pete Hegseth spoke. Then Hegsteth Group left."))
    text = "Pete Hegseth spoke. Anna Hegsteth, a lawyer, spoke too, and Hegsteth smiled."
    assert all(a != "Pete Hegseth" for _, a in _lone(text))


def test_a_lone_slip_after_a_sentence_that_ends_in_a_capitalised_word_is_still_a_slip() -> None:
    """A misspelt surname opening a sentence after one ending "in January." is read as a slip,
    the full stop parting it from the word before."""
    doc = _doc("Antony Blinken spoke on Monday. The money must be spent by January. Blinkin flies on Tuesday.")
    assert [(m.span.text, m.actor) for m in doc.mentions if m.span.text == "Blinkin"] == [("Blinkin", "Antony Blinken")]
