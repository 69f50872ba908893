"""An outlet's report credited without a date, set against the facts' record of that report (TIM003)."""

from __future__ import annotations

from claimcheck.checks import run_checks
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Actor, ActorKind, Anonymity, Attribution, Claim, Document, Modality, Source, Span, Statement
from claimcheck.timespan import TimeSpan

KB = KnowledgeBase.default()
CONTENT = "the Biden administration weighed a public call for a NATO invitation to Ukraine, then dropped it"


def _doc(published: TimeSpan, *, outlet: str = "Bloomberg", cue: str = "reported") -> Document:
    source = Source(document_id="r1", published=published, outlet=Actor("Harbour Post", ActorKind.OUTLET))
    said = Attribution(
        speaker_name=outlet,
        anonymity=Anonymity.NAMED_ORGANIZATION,
        speaker=Actor(outlet, ActorKind.OUTLET),
        cue=cue,
    )
    claim = Claim(
        id="c1",
        source=source,
        assertion=Statement(content=CONTENT),
        attribution=said,
        modality=Modality.REPORTED,
        evidence=Span("r1", 0, CONTENT),
    )
    return Document(source=source, claims=(claim,))


def test_a_report_credited_before_the_facts_date_it_is_out_of_order() -> None:
    """Crediting an outlet's report two days before the facts date that report is flagged."""
    (finding,) = run_checks([_doc(TimeSpan.day(2024, 11, 21))], KB, select=["TIM003"])
    assert "23 November 2024" in finding.message


def test_a_report_credited_after_it_came_out_is_clean() -> None:
    """Crediting the same report after the facts date it raises nothing."""
    assert run_checks([_doc(TimeSpan.day(2024, 11, 26))], KB, select=["TIM003"]) == []


def test_another_outlet_or_cue_is_not_the_recorded_report() -> None:
    """Another outlet's report, or an outlet's words that are no report of its own, are not the record."""
    early = TimeSpan.day(2024, 11, 21)
    assert run_checks([_doc(early, outlet="Daily Lamp")], KB, select=["TIM003"]) == []
    assert run_checks([_doc(early, cue="denied")], KB, select=["TIM003"]) == []
