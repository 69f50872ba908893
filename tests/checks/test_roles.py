"""The ROL checks: titles outside their tenure (ROL001) and two holders of one office (ROL002)."""

from __future__ import annotations

import attrs
import pytest

from claimcheck.checks import run_checks
from claimcheck.extract import extract
from claimcheck.kb import KnowledgeBase
from claimcheck.model import (
    Actor,
    ActorKind,
    Anonymity,
    Attribution,
    Claim,
    Document,
    RoleHeld,
    Severity,
    Source,
    Statement,
    TitleTime,
)
from claimcheck.timespan import TimeSpan

from .support import scenario_report, scenarios

FOREIGN_MINISTERS = KnowledgeBase.loads(
    """
[[records]]
kind = "tenure"
role = "Minister of Foreign Affairs"
organization = "Freedonia"
holder = "Ann Tiller"
start = 2020-01-10
end = 2024-06-03
confidence = "high"
source = "https://example.org/freedonia/cabinet"

[[records]]
kind = "tenure"
role = "Minister of Foreign Affairs"
organization = "Freedonia"
holder = "Bo Varga"
start = 2024-06-03
confidence = "high"
source = "https://example.org/freedonia/cabinet"

[[records]]
kind = "office"
role = "Minister of Foreign Affairs"
organization = "Freedonia"
role_aliases = ["Foreign Minister"]
source = "https://example.org/freedonia/cabinet"
""",
    location="freedonia.toml",
    format="toml",
)
"""A small fact file: two foreign ministers of an invented country, with a role alias."""


@pytest.mark.parametrize("scenario", scenarios("ROL001", "ROL002"))
def test_scenario(scenario: str) -> None:
    """The check fires on every expected claim of its ``-fires`` case files and stays silent on ``-quiet``."""
    assert scenario_report(scenario) == []


def _title(name: str, published: TimeSpan, *, when: TimeSpan | None = None, title_time: TitleTime = TitleTime.PRESENT) -> Document:
    source = Source(document_id="freedonia", published=published)
    role = RoleHeld(actor=Actor(name), role="Foreign Minister", organization="Freedonia", when=when, title_time=title_time)
    return Document(source=source, claims=(Claim(id="title", source=source, assertion=role),))


def test_role_alias_of_a_fixture_kb_finds_a_stale_title() -> None:
    """An office's role alias in a user's fact file lets ROL001 refute a stale title."""
    document = _title("Ann Tiller", TimeSpan.day(2024, 9, 1))
    findings = run_checks([document], FOREIGN_MINISTERS, select=["ROL001"])
    assert [f.fix for f in findings] == ["former Foreign Minister of Freedonia Ann Tiller"]
    assert [e.record for e in findings[0].evidence] == [
        "tenure:freedonia:minister-of-foreign-affairs:bo-varga:2024-06-03",
        "tenure:freedonia:minister-of-foreign-affairs:ann-tiller:2020-01-10",
    ]


def test_handover_day_belongs_to_the_successor() -> None:
    """On the handover day the outgoing holder's plain title is stale and the successor's is right."""
    handover = TimeSpan.day(2024, 6, 3)
    stale = run_checks([_title("Ann Tiller", handover)], FOREIGN_MINISTERS, select=["ROL001"])
    fresh = run_checks([_title("Bo Varga", handover)], FOREIGN_MINISTERS, select=["ROL001"])
    assert len(stale) == 1 and fresh == []


def test_then_title_is_read_at_its_own_date() -> None:
    """A then- title dated inside the tenure is right, even when the document is much later."""
    document = _title("Ann Tiller", TimeSpan.day(2024, 9, 1), when=TimeSpan.year(2022), title_time=TitleTime.THEN)
    assert run_checks([document], FOREIGN_MINISTERS, select=["ROL"]) == []


def test_month_bound_makes_a_title_undetermined() -> None:
    """Connolly's acting tenure began some day in June 2024, so a title on 10 June 2024 is not refuted."""
    source = Source(document_id="june", published=TimeSpan.day(2024, 6, 10))
    role = RoleHeld(actor=Actor("Gerry Connolly"), role="President", organization="NATO Parliamentary Assembly")
    document = Document(source=source, claims=(Claim(id="title", source=source, assertion=role),))
    assert run_checks([document], KnowledgeBase.default(), select=["ROL001"]) == []


def test_title_after_the_acting_tenure_is_refuted() -> None:
    """On 26 November 2024 Perestrello led the Assembly, so Connolly's present title is stale."""
    source = Source(document_id="late-november", published=TimeSpan.day(2024, 11, 26))
    role = RoleHeld(actor=Actor("Gerry Connolly"), role="President", organization="NATO Parliamentary Assembly")
    document = Document(source=source, claims=(Claim(id="title", source=source, assertion=role),))
    findings = run_checks([document], KnowledgeBase.default(), select=["ROL001"])
    assert len(findings) == 1
    assert "Marcos Perestrello" in findings[0].message


def test_a_dated_title_right_at_the_time_of_writing_is_not_refuted() -> None:
    """A plain title for a past act may be the title of the time of writing: right then, it stands."""
    document = _title("Bo Varga", TimeSpan.day(2024, 9, 1), when=TimeSpan.year(2022))
    assert run_checks([document], FOREIGN_MINISTERS, select=["ROL001"]) == []


def test_a_dated_title_wrong_at_both_times_is_refuted() -> None:
    """A plain title wrong both at its clause's date and at publication is stale."""
    document = _title("Ann Tiller", TimeSpan.day(2024, 9, 1), when=TimeSpan.month(2024, 8))
    findings = run_checks([document], FOREIGN_MINISTERS, select=["ROL001"])
    assert [f.code for f in findings] == ["ROL001"]
    assert "at August 2024" in findings[0].message


def test_a_then_title_is_not_excused_by_the_time_of_writing() -> None:
    """A then- title is read at its own date only, even if right at publication."""
    document = _title("Bo Varga", TimeSpan.day(2024, 9, 1), when=TimeSpan.year(2022), title_time=TitleTime.THEN)
    assert [f.code for f in run_checks([document], FOREIGN_MINISTERS, select=["ROL001"])] == ["ROL001"]


def _mayor(document_id: str, name: str, published: TimeSpan, *, when: TimeSpan | None = None) -> Document:
    source = Source(document_id=document_id, published=published)
    role = RoleHeld(actor=Actor(name), role="Mayor", organization="Springfield", when=when)
    return Document(source=source, claims=(Claim(id="title", source=source, assertion=role),))


def test_two_mayors_pair_only_where_every_reading_overlaps() -> None:
    """ROL002 reads a dated title at its date or at publication, and pairs only titles that clash under both."""
    earlier = _mayor("spring", "Ann Tiller", TimeSpan.day(2022, 5, 1))
    same_day = _mayor("same", "Bo Varga", TimeSpan.day(2022, 5, 1))
    dated = _mayor("later", "Bo Varga", TimeSpan.day(2024, 9, 1), when=TimeSpan.day(2022, 5, 1))
    assert [f.code for f in run_checks([earlier, same_day], FOREIGN_MINISTERS, select=["ROL002"])] == ["ROL002"]
    assert run_checks([earlier, dated], FOREIGN_MINISTERS, select=["ROL002"]) == []


def _deputy(name: str, *, when: TimeSpan) -> Document:
    source = Source(document_id="deputies", published=TimeSpan.day(2025, 3, 4))
    role = RoleHeld(actor=Actor(name), role="Deputy Secretary General", organization="NATO", when=when)
    return Document(source=source, claims=(Claim(id="title", source=source, assertion=role),))


def test_a_title_dated_to_a_year_that_others_shared_is_refuted() -> None:
    """NATO's deputy post passed through three hands in 2024: a title for a fourth person
    dated to that year is wrong on every day of it, while one for a holder of part of the
    year stands."""
    kb = KnowledgeBase.default()
    findings = run_checks([_deputy("Rose Gottemoeller", when=TimeSpan.year(2024))], kb, select=["ROL001"])
    assert [f.code for f in findings] == ["ROL001"]
    assert run_checks([_deputy("Boris Ruge", when=TimeSpan.year(2024))], kb, select=["ROL001"]) == []


def _report(document_id: str, outlet: str, published: TimeSpan, deputy: str, *, credits: str | None = None) -> Document:
    """A report by *outlet* that names *deputy* NATO's deputy secretary general, crediting
    a statement to the outlet *credits* if given."""
    source = Source(document_id=document_id, published=published, outlet=Actor(outlet, ActorKind.OUTLET))
    title = RoleHeld(actor=Actor(deputy), role="Deputy Secretary General", organization="NATO")
    claims = [Claim(id="title", source=source, assertion=title)]
    if credits is not None:
        credit = Attribution(speaker_name=credits, anonymity=Anonymity.NAMED_ORGANIZATION)
        said = Statement(content="allies weigh a new mission")
        claims.append(Claim(id="said", source=source, assertion=said, attribution=credit))
    return Document(source=source, claims=tuple(claims))


def test_a_relay_that_changes_the_holder_its_source_gave_is_paired_with_it() -> None:
    """A report that relays another a day later but names a deputy the facts refute is set
    beside its source, which names the recorded one; a relay that corrects a stale source,
    or an independent report, is left to ROL001 alone."""
    kb = KnowledgeBase.default()
    source = _report("harbor", "Harbor Times", TimeSpan.day(2025, 3, 3), "Radmila Šekerinska")
    relay = _report("digest", "Fjord Digest", TimeSpan.day(2025, 3, 4), "Mircea Geoană", credits="Harbor Times")
    findings = run_checks([source, relay], kb, select=["ROL002"])
    assert [(f.code, f.documents) for f in findings] == [("ROL002", ("digest", "harbor"))]
    stale = _report("harbor", "Harbor Times", TimeSpan.day(2025, 3, 3), "Mircea Geoană")
    fixed = _report("digest", "Fjord Digest", TimeSpan.day(2025, 3, 4), "Radmila Šekerinska", credits="Harbor Times")
    assert run_checks([stale, fixed], kb, select=["ROL002"]) == []
    alone = _report("digest", "Fjord Digest", TimeSpan.day(2025, 3, 4), "Mircea Geoană")
    assert run_checks([source, alone], kb, select=["ROL002"]) == []


def test_a_relay_the_facts_settle_is_paired_at_info_beside_its_rol001() -> None:
    """Where the facts confirm the source's holder and refute the relay's, the pair is
    kept at info (ROL001 is the error); documents the facts cannot settle stay a warning."""
    kb = KnowledgeBase.default()
    source = _report("harbor", "Harbor Times", TimeSpan.day(2025, 3, 3), "Radmila Šekerinska")
    relay = _report("digest", "Fjord Digest", TimeSpan.day(2025, 3, 4), "Mircea Geoană", credits="Harbor Times")
    findings = run_checks([source, relay], kb, select=["ROL"])
    assert sorted((f.code, f.severity, f.documents) for f in findings) == [
        ("ROL001", Severity.ERROR, ("digest",)),
        ("ROL002", Severity.INFO, ("digest", "harbor")),
    ]
    unknown = run_checks(
        [_mayor("spring", "Ann Tiller", TimeSpan.day(2022, 5, 1)), _mayor("same", "Bo Varga", TimeSpan.day(2022, 5, 1))],
        FOREIGN_MINISTERS,
        select=["ROL002"],
    )
    assert [(f.code, f.severity) for f in unknown] == [("ROL002", Severity.WARNING)]


def test_one_document_whose_two_holders_the_facts_settle_is_reported_at_info() -> None:
    """A document giving one office to two people, where the facts confirm one and refute the
    other, is reported at info (its ROL001 is the error) and stays a warning where they do not."""
    kb = KnowledgeBase.default()
    source = Source(document_id="both", published=TimeSpan.day(2025, 3, 3))

    def severities(*names: str) -> list[tuple[str, Severity]]:
        claims = tuple(
            Claim(id=f"title{i}", source=source, assertion=RoleHeld(actor=Actor(name), role="Deputy Secretary General", organization="NATO"))
            for i, name in enumerate(names)
        )
        findings = run_checks([Document(source=source, claims=claims)], kb, select=["ROL002", "ROL001"])
        return sorted((f.code, f.severity) for f in findings)

    settled = severities("Radmila Šekerinska", "Mircea Geoană")
    assert settled == [("ROL001", Severity.ERROR), ("ROL002", Severity.INFO)]
    unsettled = severities("Mircea Geoană", "Tomasz Wielgosz")
    assert ("ROL002", Severity.WARNING) in unsettled


def test_a_relay_credits_its_source_with_or_without_the_leading_the() -> None:
    """An outlet whose header reads "The Harbor Times" is relayed when credited as "Harbor
    Times", so a relay that changes the holder it names is set beside it."""
    kb = KnowledgeBase.default()
    source = _report("harbor", "The Harbor Times", TimeSpan.day(2025, 3, 3), "Radmila Šekerinska")
    relay = _report("digest", "Fjord Digest", TimeSpan.day(2025, 3, 4), "Mircea Geoană", credits="Harbor Times")
    findings = run_checks([source, relay], kb, select=["ROL002"])
    assert [(f.code, f.documents) for f in findings] == [("ROL002", ("digest", "harbor"))]


def test_readings_a_month_apart_in_one_unbroken_tenure_clash_across_a_relay() -> None:
    """A relay and its source that date the same title to last month and are read at
    publication too clash on every reading where one holder served all along."""
    kb = KnowledgeBase.default()
    february = TimeSpan.month(2025, 2)
    source = _report("harbor", "Harbor Times", TimeSpan.day(2025, 3, 11), "Radmila Šekerinska")
    relay = _report("digest", "Fjord Digest", TimeSpan.day(2025, 3, 11), "Mircea Geoană", credits="Harbor Times")
    dated = [
        attrs.evolve(doc, claims=tuple(
            attrs.evolve(c, assertion=attrs.evolve(c.assertion, when=february))
            if isinstance(c.assertion, RoleHeld) else c
            for c in doc.claims
        ))
        for doc in (source, relay)
    ]
    findings = run_checks(dated, kb, select=["ROL002"])
    assert [(f.code, f.documents) for f in findings] == [("ROL002", ("digest", "harbor"))]


AMBASSADORS = KnowledgeBase.loads(
    """
[[records]]
kind = "tenure"
role = "Ambassador to Freedonia"
organization = "Sylvania"
holder = "Cara Lind"
start = 2019-05-02
end = "2024-12"
confidence = { start = "high", end = "low" }
source = "https://example.org/sylvania/envoys"

[[records]]
kind = "tenure"
role = "Ambassador to Freedonia"
organization = "Sylvania"
holder = "Dov Amsel"
start = "2025-04"
confidence = "medium"
source = "https://example.org/sylvania/envoys"
""",
    location="envoys.toml",
    format="toml",
)
"""An envoy whose successor was confirmed months after her uncertain departure."""


def _envoy(name: str, published: TimeSpan) -> Document:
    source = Source(document_id="envoys", published=published)
    role = RoleHeld(actor=Actor(name), role="Ambassador to Freedonia", organization="Sylvania")
    return Document(source=source, claims=(Claim(id="title", source=source, assertion=role),))


def test_a_title_before_the_holders_first_recorded_start_is_refuted() -> None:
    """Someone called the holder before their first tenure certainly began (a nominee) is
    flagged, with the predecessor and their own tenure as evidence; within the month of a
    start known to the month, or for someone without a tenure, nothing is said."""
    findings = run_checks([_envoy("Dov Amsel", TimeSpan.day(2025, 3, 11))], AMBASSADORS, select=["ROL001"])
    assert [f.code for f in findings] == ["ROL001"]
    assert [e.record for e in findings[0].evidence] == [
        "tenure:sylvania:ambassador-to-freedonia:cara-lind:2019-05-02",
        "tenure:sylvania:ambassador-to-freedonia:dov-amsel:2025-04",
    ]
    assert run_checks([_envoy("Dov Amsel", TimeSpan.day(2025, 4, 20))], AMBASSADORS, select=["ROL001"]) == []
    assert run_checks([_envoy("Eli Brandt", TimeSpan.day(2025, 3, 11))], AMBASSADORS, select=["ROL001"]) == []
    assert run_checks([_envoy("Cara Lind", TimeSpan.day(2025, 3, 11))], AMBASSADORS, select=["ROL001"]) == []


def test_a_nominee_called_nominee_makes_no_title() -> None:
    """"ambassador nominee X" gives no title, so a nominee is never flagged for it."""
    text = "NATO ambassador nominee Matthew Whitaker told senators that allies must spend more."
    source = Source(document_id="hearing", published=TimeSpan.day(2025, 3, 11))
    document = extract(text, source=source, kb=KnowledgeBase.default())
    assert not [c for c in document.claims if isinstance(c.assertion, RoleHeld)]
    assert run_checks([document], KnowledgeBase.default(), select=["ROL"]) == []


def _digest_codes(text: str) -> list[str]:
    """The ROL002 findings' documents for *text*, a digest published on 5 December 2024."""
    kb = KnowledgeBase.default()
    source = Source(document_id="digest", published=TimeSpan.day(2024, 12, 5))
    return [f.code for f in run_checks([extract(text, source=source, kb=kb)], kb, select=["ROL002"])]


def test_a_plain_title_and_another_persons_recent_start_in_one_document_clash() -> None:
    """One document gives the office to a new holder from Sunday and, undated, to the old one: ROL002."""
    text = (
        "European Council President Charles Michel praised the pledge. "
        "António Costa, who became president of the European Council on Sunday, flew to Kyiv."
    )
    assert _digest_codes(text) == ["ROL002"]


def test_a_title_of_an_earlier_item_or_in_a_sources_words_is_left_to_rol001() -> None:
    """A title dated by its own clause, or inside words credited to a source, does not clash with a start."""
    dated = (
        "European Council President Charles Michel praised the pledge on 25 November. "
        "António Costa, who became president of the European Council on Sunday, flew to Kyiv."
    )
    quoted = (
        "António Costa, who became president of the European Council on Sunday, flew to Kyiv. "
        "European Council President Charles Michel will also address the leaders, officials said."
    )
    assert (_digest_codes(dated), _digest_codes(quoted)) == ([], [])
