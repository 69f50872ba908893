"""The SRC checks: relays credited as origins (SRC001), citation rings (SRC002), bare "sources" (SRC003)
and re-reports counted as corroboration (SRC004)."""

from __future__ import annotations

import pathlib

import attrs
import pytest

from claimcheck.checks import run_checks
from claimcheck.extract import read_article
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Actor, ActorKind, Anonymity, Attribution, Claim, Document, Modality, Severity, Source, Statement
from claimcheck.timespan import TimeSpan

from .support import load_scenario, scenario_report, scenarios


@pytest.mark.parametrize("scenario", scenarios("SRC001", "SRC002", "SRC003", "SRC004"))
def test_scenario(scenario: str) -> None:
    """The check fires on every expected claim of its ``-fires`` case files and stays silent on ``-quiet``."""
    assert scenario_report(scenario) == []


def test_relay_fix_names_the_origin() -> None:
    """A claim credited to a relay gets a fix that names the origin and the relay."""
    documents = [c.document for c in load_scenario("SRC001-fires")]
    findings = run_checks(documents, KnowledgeBase.default(), select=["SRC001"])
    assert [f.fix for f in findings] == ["according to The Ledger, as relayed by Caliber Daily"]


def test_shared_root_is_named() -> None:
    """The corroboration finding names the one upstream both reports rest on."""
    documents = [c.document for c in load_scenario("SRC004-fires")]
    findings = run_checks(documents, KnowledgeBase.default(), select=["SRC004"])
    assert len(findings) == 1
    assert "The Ledger" in findings[0].message


def test_a_single_report_is_not_corroboration() -> None:
    """One document alone never raises a corroboration finding."""
    documents = [load_scenario("SRC004-fires")[0].document]
    assert run_checks(documents, KnowledgeBase.default(), select=["SRC004"]) == []


def _report(doc_id: str, attribution: Attribution, outlet: str = "Fixture Wire") -> Document:
    source = Source(document_id=doc_id, published=TimeSpan.day(2024, 11, 2), outlet=Actor(outlet, ActorKind.OUTLET))
    claim = Claim(
        id="claim",
        source=source,
        assertion=Statement(content="talks have stalled", proposition="talks-have-stalled"),
        attribution=attribution,
        modality=Modality.REPORTED,
    )
    return Document(source=source, claims=(claim,))


def _via(*outlets: str, speaker: str = "unnamed officials") -> Attribution:
    return Attribution(
        speaker_name=speaker,
        anonymity=Anonymity.ANONYMOUS_GROUP,
        via=tuple(Actor(o, ActorKind.OUTLET) for o in outlets),
    )


def test_independent_third_report_does_not_hide_two_that_are_one() -> None:
    """Two re-reports of one upstream are flagged even beside a third report with its own sources."""
    documents = [
        _report("a", _via("The Ledger")),
        _report("b", _via("The Ledger"), outlet="Daily Courier"),
        _report("c", Attribution(speaker_name="Julianne Smith", anonymity=Anonymity.NAMED_PERSON), outlet="Harbor Post"),
    ]
    findings = run_checks(documents, KnowledgeBase.default(), select=["SRC004"])
    assert [f.claims for f in findings] == [("a#claim", "b#claim")]


def test_relay_of_another_outlets_report_is_seen() -> None:
    """An outlet that passed on another outlet's report is a relay of it, not its origin."""
    ledger = Attribution(
        speaker_name="the Harbour Ledger",
        anonymity=Anonymity.NAMED_ORGANIZATION,
        via=(Actor("Caliber Daily", ActorKind.OUTLET),),
    )
    caliber = Attribution(speaker_name="Caliber Daily", anonymity=Anonymity.NAMED_ORGANIZATION)
    findings = run_checks([_report("a", caliber), _report("b", ledger)], KnowledgeBase.default(), select=["SRC001"])
    assert [f.fix for f in findings] == ["according to the Harbour Ledger, as relayed by Caliber Daily"]


@pytest.mark.parametrize("body", ["the Pentagon", "the Ukrainian navy", "the interior ministry"])
def test_an_outlet_reporting_a_public_bodys_statement_is_its_first_reporter(body: str) -> None:
    """A public body speaks on the record for itself, so the outlet that reported its
    statement is credited rightly, not as a relay taken for the origin."""
    statement = Attribution(
        speaker_name=body, anonymity=Anonymity.NAMED_ORGANIZATION, via=(Actor("Caliber Daily", ActorKind.OUTLET),)
    )
    caliber = Attribution(speaker_name="Caliber Daily", anonymity=Anonymity.NAMED_ORGANIZATION)
    assert run_checks([_report("a", caliber), _report("b", statement)], KnowledgeBase.default(), select=["SRC001"]) == []


def test_unnamed_and_anonymous_sources_alone_are_noted() -> None:
    """"unnamed sources" and "anonymous sources" with no outlet behind them are noted, as
    "sources" is; sources with an affiliation are not."""
    source = Source(document_id="v1", published=TimeSpan.day(2024, 12, 3))

    def claim(number: int, speaker: str) -> Claim:
        said = Attribution(speaker_name=speaker, anonymity=Anonymity.ANONYMOUS_GROUP)
        return Claim(id=f"c{number}", source=source, assertion=Statement(content="x"), attribution=said)

    speakers = ["unnamed sources", "anonymous sources", "sources", "diplomats in Brussels"]
    document = Document(source=source, claims=tuple(claim(i, s) for i, s in enumerate(speakers)))
    findings = run_checks([document], KnowledgeBase.default(), select=["SRC003"])
    assert sorted(c for f in findings for c in f.claims) == ["v1#c0", "v1#c1", "v1#c2"]


def _extracted(doc_id: str, outlet: str, day: int, text: str) -> Document:
    from claimcheck.extract import extract

    source = Source(document_id=doc_id, published=TimeSpan.day(2024, 11, day), outlet=Actor(outlet, ActorKind.OUTLET))
    return extract(text, source=source, kb=KnowledgeBase.default())


def test_a_relay_of_a_body_on_the_record_beside_another_speaker_is_no_corroboration() -> None:
    """A relay that credits a wire with a navy's statement, and quotes a minister on another
    matter of the same kind, counts nobody twice: the navy speaks on the record, and two
    statements credited to two speakers are not one statement counted twice."""
    wire = _extracted(
        "wire",
        "Coastal Press Agency",
        21,
        "Russia struck the port of Odesa with drones early on Thursday, Ukraine's navy said.",
    )
    relay = _extracted(
        "relay",
        "Valley Echo",
        22,
        "Russia struck the port of Odesa with drones on Thursday, the Coastal Press Agency reported. "
        "The defence minister, Anna Berg, said Russia could strike the port again within days.",
    )
    assert run_checks([wire, relay], KnowledgeBase.default(), select=["SRC004"]) == []


def _credit(outlet: str) -> Attribution:
    return Attribution(
        speaker_name=outlet, anonymity=Anonymity.NAMED_ORGANIZATION, speaker=Actor(outlet, ActorKind.OUTLET)
    )


def test_reports_that_each_credit_one_outlet_openly_share_it_as_information() -> None:
    """Two reports that each name one outlet as their source on the record share a root the
    reader can see: the finding is information, not a warning."""
    documents = [_report("a", _credit("The Ledger")), _report("b", _credit("The Ledger"), outlet="Daily Courier")]
    (finding,) = run_checks(documents, KnowledgeBase.default(), select=["SRC004"])
    assert (finding.severity, finding.claims) == (Severity.INFO, ("a#claim", "b#claim"))


def test_a_shared_root_of_unnamed_sources_stays_a_warning() -> None:
    """Reports resting on one outlet's unnamed sources are one confirmation the reader cannot weigh: a warning."""
    documents = [_report("a", _via("The Ledger")), _report("b", _via("The Ledger"), outlet="Daily Courier")]
    (finding,) = run_checks(documents, KnowledgeBase.default(), select=["SRC004"])
    assert finding.severity is Severity.WARNING


def test_a_report_that_hides_the_shared_outlet_keeps_the_warning() -> None:
    """When one report passes the outlet's story on through a relay, the origin is hidden: a warning."""
    relayed = attrs.evolve(_credit("The Ledger"), via=(Actor("Caliber Daily", ActorKind.OUTLET),))
    documents = [_report("a", _credit("The Ledger")), _report("b", relayed, outlet="Daily Courier")]
    (finding,) = run_checks(documents, KnowledgeBase.default(), select=["SRC004"])
    assert finding.severity is Severity.WARNING


_CHAIN = {
    "ledger": (
        "Harbor Ledger",
        "2025-03-03T08:00+00:00",
        "LISBON - Portugal is preparing a €2 billion order of coastal radars for Ukraine, to be signed"
        " when ministers meet in Porto on Friday, three officials told the Harbor Ledger.\n\n"
        "The order would cover about 40 radars for ports on the Black Sea coast, the officials said.",
    ),
    "review": (
        "Quay Review",
        "2025-03-03T15:00+00:00",
        "Radar makers stand to gain from a Portuguese plan to buy coastal radars for Ukraine, worth"
        " €2 billion according to the Harbor Ledger, which reported on Monday that the order would be"
        " unveiled when ministers meet in Porto on Friday.\n\n"
        "The Harbor Ledger, citing three officials, said the order would cover about 40 radars.",
    ),
    "post": (
        "Tagus Post",
        "2025-03-04T09:00+00:00",
        "LISBON - Portugal is expected to sign a €2 billion order of coastal radars for Ukraine when"
        " ministers meet in Porto on Friday, as first reported by the trade weekly Quay Review.\n\n"
        "The order would pay for about 40 radars for Black Sea ports, according to the report.",
    ),
    "lantern": (
        "Campus Lantern",
        "2025-03-07T12:00+00:00",
        "The debate turned to a Portuguese order of coastal radars for Ukraine reported this week,"
        ' which the club\'s chair said had been "confirmed independently by the Quay Review and the'
        ' Tagus Post".',
    ),
}


def _chain_documents(tmp_path: pathlib.Path) -> list[Document]:
    """Four reports of one story: a scoop, a relay of it, a relay of the relay, and a
    student paper that counts the two relays as independent confirmations."""
    documents = []
    for name, (outlet, published, body) in _CHAIN.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(f"outlet: {outlet}\npublished: {published}\n\n{body}\n", encoding="utf-8")
        documents.append(read_article(path))
    return documents


def test_a_relay_credited_twice_in_one_document_is_one_finding(tmp_path: pathlib.Path) -> None:
    """A document that credits a relay as the origin and then credits it again for a figure
    ("according to the report") gets one SRC001 finding, at its first credit."""
    findings = run_checks(_chain_documents(tmp_path), KnowledgeBase.default(), select=["SRC001"])
    post = [f for f in findings if f.claims[0].startswith("post#")]
    assert len(post) == 1
    assert post[0].spans[0].text.startswith("LISBON - Portugal is expected")
    assert "Harbor Ledger" in post[0].message


def test_confirmations_that_relay_one_chain_name_its_root(tmp_path: pathlib.Path) -> None:
    """Two outlets counted as confirmations, one relaying the other, which relays a third:
    SRC004 names the third as the one upstream and lists every document of the chain."""
    findings = run_checks(_chain_documents(tmp_path), KnowledgeBase.default(), select=["SRC004"])
    (counted,) = [f for f in findings if "lantern" in f.documents]
    assert "relay one upstream: Harbor Ledger" in counted.message
    assert set(counted.documents) == {"ledger", "review", "post", "lantern"}
