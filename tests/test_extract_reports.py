"""Sources named by what they publish: outlets named with their medium, and organizations
credited through their reports; what the SRC checks make of them across documents."""

from __future__ import annotations

import pytest

from claimcheck._extract_credits import OutletNames, sourcing_phrases
from claimcheck._extract_reports import outlets_by_medium, report_credits
from claimcheck.checks import run_checks
from claimcheck.extract import extract
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Actor, ActorKind, Document, Source, Statement
from claimcheck.timespan import TimeSpan

KB = KnowledgeBase.default()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As this week's Saltmarsh Notes newsletter put it, ferries are late.", ["Saltmarsh Notes"]),
        ("The Tidewater podcast asked the mayor about fares.", ["Tidewater"]),
        ("Listeners of Harbour Talk Live blog wrote in.", ["Harbour Talk Live"]),
        ("The NATO podcast covered the summit.", []),
        ("Ferries are late again, the mayor said.", []),
    ],
)
def test_outlets_are_named_by_their_medium(text: str, expected: list[str]) -> None:
    """A name followed by "podcast", "newsletter" or "blog" is an outlet's; an acronym alone
    names a body that publishes, and a sentence without a medium names none."""
    assert outlets_by_medium(text) == expected


def test_an_outlet_named_by_its_medium_is_known_to_the_document() -> None:
    """The outlets a document can name include those it names with their medium."""
    outlets = OutletNames("Fans of the Tidewater podcast wrote in.", None)
    assert outlets.outlet("The Tidewater") == Actor("Tidewater", ActorKind.OUTLET)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("As the Tidewater podcast first revealed, the ferry fares will rise.", [("origin", ["Tidewater"])]),
        (
            "The fare rise has been confirmed independently by the Coastal Press Agency and The Quay.",
            [("corroboration", ["Coastal Press Agency", "Quay"])],
        ),
    ],
)
def test_sources_named_with_their_medium_or_as_titles_are_read(
    sentence: str, expected: list[tuple[str, list[str]]]
) -> None:
    """An origin named with its medium, and confirming sources written as titles ("The Quay")
    or as press agencies, are read as outlets."""
    found = sourcing_phrases(sentence, OutletNames(sentence, None))
    assert [(p.weighing.value, [a.speaker_name for a in p.attributions]) for p in found] == expected


def test_names_that_are_no_titles_are_no_confirming_outlets() -> None:
    """Confirmation by names that are neither known outlets nor written as titles names no sources."""
    sentence = "The fare rise has been confirmed by Anna Berg and Ola Lund."
    assert sourcing_phrases(sentence, OutletNames(sentence, None)) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The hosts discuss the Harbour Institute's brief, published on Monday, which estimates "
            "that ferry operators lost EUR 40 million last year.",
            "Harbour Institute",
            "ferry operators lost EUR 40 million last year",
        ),
        (
            "The Coastal Trust's annual survey found that most commuters now cycle.",
            "Coastal Trust",
            "most commuters now cycle",
        ),
    ],
)
def test_a_report_credits_its_organization(text: str, speaker: str, content: str) -> None:
    """"X's brief, which estimates that S" credits S to X, as "X said that S" would."""
    source = Source(document_id="d", published=TimeSpan.day(2025, 3, 5))
    [claim] = [c for c in extract(text, source=source, kb=KB).claims if isinstance(c.assertion, Statement)]
    assert claim.attribution is not None and claim.attribution.speaker_name == speaker
    assert isinstance(claim.assertion, Statement) and claim.assertion.content == content


def test_a_report_without_a_stating_verb_credits_nothing() -> None:
    """A report only mentioned ("the institute's brief is long") states nothing."""
    assert report_credits("The Harbour Institute's brief is long and dense.") == []


def _doc(doc_id: str, outlet: str, day: int, text: str) -> Document:
    source = Source(document_id=doc_id, published=TimeSpan.day(2025, 3, day), outlet=Actor(outlet, ActorKind.OUTLET))
    return extract(text, source=source, kb=KB)


BRIEF = "We estimate that ferry operators lost EUR 40 million on the northern routes last year."
EPISODE = (
    "This week the hosts discuss the Harbour Institute's brief, which estimates that ferry "
    "operators lost EUR 40 million on the northern routes last year."
)
WIRE = (
    "Ferry operators lost EUR 40 million on the northern routes last year, the Harbour Institute "
    "said in a brief on Monday."
)


def test_a_podcast_credited_as_origin_that_discussed_a_brief_is_a_relay() -> None:
    """A podcast named as the first to reveal a story that its own episode credits to an
    institute's brief relayed it: SRC001 flags the credit."""
    episode = _doc("episode", "The Tidewater", 5, EPISODE)
    column = _doc(
        "column",
        "Quay Courier",
        6,
        "As the Tidewater podcast first revealed, ferry operators lost EUR 40 million on the "
        "northern routes last year.",
    )
    found = [f for f in run_checks([episode, column], KB) if f.code == "SRC001"]
    assert len(found) == 1 and "Harbour Institute" in found[0].message


def test_two_outlets_relaying_one_brief_are_one_confirmation() -> None:
    """Outlets counted as independent confirmations whose own reports both credit one brief
    rest on one upstream: SRC004 flags the count."""
    documents = [
        _doc("brief", "Harbour Institute", 3, BRIEF),
        _doc("wire", "Coastal Press Agency", 3, WIRE),
        _doc("episode", "The Tidewater", 5, EPISODE),
        _doc(
            "letter",
            "Saltmarsh Notes",
            7,
            "The Harbour Institute's estimate of the ferry operators' losses on the northern "
            "routes has now been confirmed independently by the Coastal Press Agency and The "
            "Tidewater.",
        ),
    ]
    found = [f for f in run_checks(documents, KB) if f.code == "SRC004" and "letter" in f.documents]
    assert len(found) == 1
    assert "counts Coastal Press Agency and Tidewater as separate confirmations" in found[0].message
    assert found[0].message.endswith("relay one upstream: Harbour Institute")
