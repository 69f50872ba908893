"""Names quoted as spellings are mentioned, not used, and NAM001 leaves them alone."""

from __future__ import annotations

from claimcheck._extract_spellings import quoted_spellings
from claimcheck.checks import run_checks
from claimcheck.extract import extract
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Document, Source
from claimcheck.timespan import TimeSpan

KB = KnowledgeBase.default()


def _doc(text: str) -> Document:
    return extract(text, source=Source(document_id="spell", published=TimeSpan.day(2024, 12, 9)), kb=KB)


def _quoted(sentence: str) -> list[str]:
    return [sentence[a:b] for a, b in quoted_spellings(sentence)]


def test_a_name_quoted_in_a_sentence_about_spelling_is_found() -> None:
    """Straight, curly and single quotation marks around a name of one to four words are found."""
    assert _quoted('Two agencies spelled the chancellor\'s name "Olaf Schulz" on Friday.') == ["Olaf Schulz"]
    assert _quoted("One wire used “Rute” and another ‘Mark Rutt’, both misspelt.") == ["Rute", "Mark Rutt"]
    assert _quoted('A typo gave "Gerald E. Conolly" in the caption.') == ["Gerald E. Conolly"]


def test_a_name_right_after_a_verb_of_spelling_is_found() -> None:
    """"misspelled the name as X" and "spell it X" cite a form without quotation marks; a
    name elsewhere in the sentence ("X, as one headline spelt him") is the document's own."""
    assert _quoted("The agency misspelled the minister's name as Sybhia on Monday.") == ["Sybhia"]
    assert _quoted("French papers spell it Orechnik in their reports.") == ["Orechnik"]
    assert _quoted("Antony Blinkin, as one of our headlines spelt him, left office.") == []


def test_quotations_that_are_not_spellings_are_not_found() -> None:
    """A quoted name in a sentence that speaks of no spelling, or a quotation holding more
    than a name, is not a quoted spelling."""
    assert _quoted('The Kremlin called the missile "Oreshnik" on Thursday.') == []
    assert _quoted('He spelled out that "Olaf Scholz will decide" by May.') == []


def test_misspellings_quoted_in_a_correction_are_not_flagged() -> None:
    """A correction that quotes wrong forms of a name (in full and a lone surname) raises no
    NAM001; the same wrong form written as the document's own name is still flagged."""
    quoted = _doc(
        "Pete Hegseth spoke to allies in Brussels. "
        'Some wire reports spelled his name "Pete Hegsteth", and one used "Hegsteth".'
    )
    assert run_checks([quoted], KB, select=["NAM001"]) == []
    written = _doc("Pete Hegseth spoke to allies in Brussels. Aides said Hegsteth would fly home.")
    assert [f.spans[0].text for f in run_checks([written], KB, select=["NAM001"])] == ["Hegsteth"]


def test_an_honorific_is_no_part_of_the_name() -> None:
    """"the Honourable", "Rt Hon" or "His Excellency" before a known name leaves the name as
    recorded."""
    doc = _doc(
        'The assembly mourned "the Honourable Gerald E. Connolly", and His Excellency Mark Rutte'
        " thanked the Rt Hon Keir Starmer."
    )
    names = {m.span.text for m in doc.mentions}
    assert {"Gerald E. Connolly", "Mark Rutte", "Keir Starmer"} <= names
    assert run_checks([doc], KB, select=["NAM001"]) == []


def test_the_person_misspelt_is_not_the_spelling() -> None:
    """The correctly written name of the person whose name was misspelt is used, not quoted as
    a spelling: only the wrong form after "as" is a spelling."""
    text = "The wire misspelled Kaja Kallas as Kalas, and later Andrii Sybiha's name too."
    assert [text[a:b] for a, b in quoted_spellings(text)] == ["Kalas"]
