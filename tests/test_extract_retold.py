"""Sentences that retell what another, unnamed text said (corrections and fact-checks): its
words are not the document's own, so no check holds the document to them."""

from __future__ import annotations

import pytest

from claimcheck._extract_retold import retold_from
from claimcheck.checks import run_checks
from claimcheck.extract import extract
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Document, Modality, Ordinal, RoleHeld, Source
from claimcheck.timespan import TimeSpan

KB = KnowledgeBase.default()
SOURCE = Source(document_id="ledger", published=TimeSpan.day(2024, 12, 9))


def _doc(text: str) -> Document:
    return extract(text, source=SOURCE, kb=KB)


@pytest.mark.parametrize(
    ("sentence", "retold"),
    [
        ("A letter published on Friday referred to Sweden as the 31st member.", " the 31st member."),
        ("Our report of Monday wrongly said the talks ended on a Sunday.", " the talks ended on a Sunday."),
        ("An explainer on the bloc's budget stated that it had shrunk.", " that it had shrunk."),
        ("* A photo caption described the envoy, Jane Roe, as a former senator.", " a former senator."),
        ("A headline claimed the bridge had fallen.", " the bridge had fallen."),
    ],
)
def test_the_words_another_text_is_said_to_have_written_are_found(sentence: str, retold: str) -> None:
    """After "said" and its kin, or after "as" for "described X as", come the other text's words."""
    at = retold_from(sentence)
    assert at is not None and sentence[at:] == retold


@pytest.mark.parametrize(
    "sentence",
    [
        "A Reuters report said the alliance had 31 members.",
        "A report by Reuters said the alliance had 31 members.",
        "A story in the Times said the alliance had 31 members.",
        "The report said the alliance had 31 members.",
        "A minister said the alliance had 31 members.",
        "A report on the talks is due on Friday.",
        "A statement from the ministry said the alliance had 31 members.",
        "A post on the embassy's account claimed the bridge had fallen.",
    ],
)
def test_a_named_report_a_person_or_no_retelling_is_not_retold(sentence: str) -> None:
    """A text named by its outlet or author is a source; "the report" may be one named before;
    a statement or a post stands for whoever issued it."""
    assert retold_from(sentence) is None


def test_a_correction_does_not_make_the_claim_it_corrects() -> None:
    """The ordinal a letter gave is denied by the column that retells it, so CNT002 is silent."""
    doc = _doc("A letter published on Saturday referred to Finland as NATO's 32nd member.")
    (ordinal,) = [c for c in doc.claims if isinstance(c.assertion, Ordinal)]
    assert ordinal.modality is Modality.DENIED
    assert run_checks([doc], KB, select=["CNT"]) == []


def test_the_words_naming_who_a_caption_described_stay_the_documents_own() -> None:
    """In "described X as Y" only Y is the caption's: a wrong title on X is still flagged."""
    doc = _doc("A photo caption described the US ambassador to NATO, Matthew Whitaker, as a former senator.")
    (role,) = [c for c in doc.claims if isinstance(c.assertion, RoleHeld)]
    assert role.modality is Modality.ASSERTED
    assert [f.code for f in run_checks([doc], KB, select=["ROL001"])] == ["ROL001"]


def test_a_count_a_named_report_gave_is_still_checked() -> None:
    """A report named by its outlet is a source the document relies on: its count is checked."""
    doc = _doc("A report by Reuters said all 31 NATO allies agreed.")
    assert [f.code for f in run_checks([doc], KB, select=["CNT003"])] == ["CNT003"]


def test_an_event_dated_by_the_words_about_the_text_is_still_retold() -> None:
    """A retold act that takes its day from the words about the text ("a story of Friday
    night said X had been sworn in that evening") is the other text's, not the document's:
    its dating is denied and no check holds the document to it."""
    doc = _doc(
        "Marco Rubio was sworn in as secretary of state on Tuesday, January 21. "
        "An earlier story, published on Monday night, said Rubio had been sworn in that evening."
    )
    retold = [c for c in doc.claims if c.evidence is not None and "said Rubio" in c.evidence.text]
    assert retold and all(c.modality is Modality.DENIED for c in retold)
    assert run_checks([doc], KB, select=["TIM001"]) == []


@pytest.mark.parametrize(
    ("sentence", "retold"),
    [
        ("This story has been updated; it previously said the talks ended on Sunday.", " the talks ended on Sunday."),
        ("This article originally described the envoy as a former senator.", " a former senator."),
        ("The caption, which wrongly said the alliance had 31 members, was changed.", " the alliance had 31 members, was changed."),
    ],
)
def test_words_a_text_said_before_or_wrongly_are_retold(sentence: str, retold: str) -> None:
    """A clause in which this text, or "it", said something before or wrongly retells the
    words it sets right, wherever the clause stands."""
    at = retold_from(sentence)
    assert at is not None and sentence[at:] == retold


def test_an_earlier_dating_the_text_sets_right_is_not_checked() -> None:
    """"it previously said X was sworn in on <wrong day>" raises no TIM001."""
    doc = extract(
        "This story has been updated; it previously said Pete Hegseth was sworn in on January 24.",
        source=Source(document_id="update", published=TimeSpan.day(2025, 1, 27)),
        kb=KB,
    )
    assert run_checks([doc], KB, select=["TIM001"]) == []
