"""The knowledge base: bundled facts, three-valued queries, fact files, merging, Wikidata import."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.errors import FactFileError, InputError
from claimcheck.kb import (
    Confidence,
    EventRecord,
    Interval,
    KnowledgeBase,
    Office,
    Tenure,
    Truth,
)
from claimcheck.model import Actor, ActorKind
from claimcheck.timespan import Granularity, TimeSpan

DATA = Path(__file__).resolve().parent / "data"
KB = KnowledgeBase.default()
SECRETARY_GENERAL = Office("Secretary General", "NATO")
ASSEMBLY_PRESIDENT = Office("President", "NATO Parliamentary Assembly")
US_AMBASSADOR = Office("Ambassador to NATO", "United States")


def day(text: str) -> TimeSpan:
    return TimeSpan.from_iso(text)


# -- offices --------------------------------------------------------------------------------


def test_rutte_holds_secretary_general_on_3_december_2024() -> None:
    """Mark Rutte certainly held NATO's top post on 2024-12-03, and he alone."""
    answer = KB.holder_at(SECRETARY_GENERAL, day("2024-12-03"))
    assert [a.name for a in answer.holders] == ["Mark Rutte"]
    verdict = answer.assess(Actor("Mark Rutte"))
    assert verdict.truth is Truth.TRUE
    assert [r.id for r in verdict.records] == [
        "tenure:nato:secretary-general:mark-rutte:2024-10-01"
    ]
    assert verdict.sources and verdict.sources[0].startswith("https://")


def test_stoltenberg_after_the_handover_is_refuted_by_rutte() -> None:
    """On 2024-10-19 Stoltenberg did not hold the post: Rutte's tenure is the evidence."""
    verdict = KB.holder_at(SECRETARY_GENERAL, day("2024-10-19")).assess(Actor("Jens Stoltenberg"))
    assert verdict.truth is Truth.FALSE
    holders = [r.holder.name for r in verdict.records if isinstance(r, Tenure)]
    assert holders == ["Mark Rutte", "Jens Stoltenberg"]


def test_stoltenberg_held_the_post_on_his_last_full_day() -> None:
    """The end of a tenure is the handover day, so 2024-09-30 is still Stoltenberg's."""
    answer = KB.holder_at(SECRETARY_GENERAL, day("2024-09-30"))
    assert answer.assess(Actor("Jens Stoltenberg")).truth is Truth.TRUE
    assert answer.assess(Actor("Mark Rutte")).truth is Truth.FALSE


def test_the_handover_day_belongs_to_the_successor() -> None:
    """On 2024-10-01 Rutte holds the post and Stoltenberg no longer does."""
    answer = KB.holder_at(SECRETARY_GENERAL, day("2024-10-01"))
    assert [a.name for a in answer.holders] == ["Mark Rutte"]
    assert answer.assess(Actor("Jens Stoltenberg")).truth is Truth.FALSE


@pytest.mark.parametrize(
    "office",
    [
        Office("Secretary-General", "NATO"),
        Office("secretary general", "nato"),
        Office("Secretary General", "North Atlantic Treaty Organization"),
        Office("NATO Secretary General", "NATO"),
    ],
)
def test_offices_match_leniently_through_folding_and_recorded_aliases(office: Office) -> None:
    """Hyphens, case, the organization's full name and recorded role aliases find the office."""
    answer = KB.holder_at(office, day("2024-12-03"))
    assert answer.known
    assert answer.office == SECRETARY_GENERAL


def test_an_unknown_office_is_undetermined_for_everyone() -> None:
    """An office the knowledge base lacks answers undetermined, never no."""
    answer = KB.holder_at(Office("Secretary General", "the alliance"), day("2024-12-03"))
    assert not answer.known
    assert answer.assess(Actor("Mark Rutte")).truth is Truth.UNDETERMINED


def test_connolly_headed_the_assembly_in_november_before_the_25th() -> None:
    """Connolly, acting president, certainly held the Assembly's presidency on 1-24 November 2024."""
    answer = KB.holder_at(ASSEMBLY_PRESIDENT, day("2024-11-01/2024-11-24"))
    verdict = answer.assess(Actor("Gerry Connolly"))
    assert verdict.truth is Truth.TRUE
    (tenure,) = verdict.records
    assert isinstance(tenure, Tenure) and tenure.acting
    assert tenure.office == ASSEMBLY_PRESIDENT


def test_all_of_november_2024_straddles_the_assembly_handover() -> None:
    """A month that contains the handover of 25 November is undetermined for both holders."""
    answer = KB.holder_at(ASSEMBLY_PRESIDENT, day("2024-11"))
    assert answer.assess(Actor("Gerald E. Connolly")).truth is Truth.UNDETERMINED
    assert answer.assess(Actor("Marcos Perestrello")).truth is Truth.UNDETERMINED
    assert answer.holders == ()


def test_a_month_precision_start_leaves_early_june_undetermined() -> None:
    """Connolly's second tenure began some day of June 2024, so early June is open, not no."""
    early_june = day("2024-06-01/2024-06-10")
    answer = KB.holder_at(ASSEMBLY_PRESIDENT, early_june)
    assert answer.assess(Actor("Gerald E. Connolly")).truth is Truth.UNDETERMINED
    assert answer.assess(Actor("Michał Szczerba")).truth is Truth.UNDETERMINED
    mid_june = KB.holder_at(ASSEMBLY_PRESIDENT, day("2024-06-15"))
    assert mid_june.assess(Actor("Gerald Connolly")).truth is Truth.UNDETERMINED
    july = KB.holder_at(ASSEMBLY_PRESIDENT, day("2024-07-10"))
    assert july.assess(Actor("Gerald Connolly")).truth is Truth.TRUE


def test_the_low_confidence_end_of_smiths_tenure_never_refutes() -> None:
    """Julianne Smith's end rests on one weak source, so October 2024 (and later) is undetermined."""
    for when in ("2024-10", "2024-10-30", "2024-12-03"):
        verdict = KB.holder_at(US_AMBASSADOR, day(when)).assess(Actor("Julianne Smith"))
        assert verdict.truth is Truth.UNDETERMINED, when
        assert [r.holder.name for r in verdict.records if isinstance(r, Tenure)] == [
            "Julianne Smith"
        ]


def test_an_uncertain_end_yields_to_a_certain_successor() -> None:
    """Once Whitaker certainly holds the single-holder US post (May 2025), Smith, whose end
    is uncertain, is refuted, with his tenure first in the evidence."""
    verdict = KB.holder_at(US_AMBASSADOR, day("2025-05-04")).assess(Actor("Julianne Smith"))
    assert verdict.truth is Truth.FALSE
    assert [r.holder.name for r in verdict.records if isinstance(r, Tenure)] == [
        "Matthew Whitaker",
        "Julianne Smith",
    ]


def test_a_gap_between_holders_refutes_only_the_awaited_holder() -> None:
    """No record certainly covers February 2025 for the US post, so nobody else is refuted
    then, but the next holder, whose first tenure certainly starts later, is not yet holder."""
    answer = KB.holder_at(US_AMBASSADOR, day("2025-02-10"))
    assert answer.holders == ()
    assert answer.assess(Actor("Someone Else")).truth is Truth.UNDETERMINED
    whitaker = answer.assess(Actor("Matthew Whitaker"))
    assert whitaker.truth is Truth.FALSE
    assert [r.holder.name for r in whitaker.records if isinstance(r, Tenure)] == [
        "Julianne Smith",
        "Matthew Whitaker",
    ]
    (own,) = [h for h in answer.holdings if h.holder.name == "Matthew Whitaker"]
    assert own.truth is Truth.FALSE


def test_the_month_of_an_awaited_start_refutes_nobody() -> None:
    """A start known only to the month leaves that month open for the next holder."""
    answer = KB.holder_at(US_AMBASSADOR, day("2025-04-10"))
    assert answer.assess(Actor("Matthew Whitaker")).truth is Truth.UNDETERMINED


def test_an_acting_holder_refutes_the_predecessor() -> None:
    """Boris Ruge, acting deputy from 2024-09-10, refutes Geoană as deputy on 2024-10-01."""
    answer = KB.holder_at(Office("Deputy Secretary General", "NATO"), day("2024-10-01"))
    assert [a.name for a in answer.holders] == ["Boris Ruge"]
    assert answer.assess(Actor("Mircea Geoana")).truth is Truth.FALSE


def test_holders_one_after_another_refute_someone_else_for_the_whole_time() -> None:
    """In 2024 NATO's deputy post passed from Geoană to Ruge (acting) to Šekerinska, so every
    day of the year had a certain holder: a fourth person is refuted for 2024, with the
    three tenures as evidence, while each of the three remains open for the year."""
    answer = KB.holder_at(Office("Deputy Secretary General", "NATO"), TimeSpan.year(2024))
    outsider = answer.assess(Actor("Rose Gottemoeller"))
    assert outsider.truth is Truth.FALSE
    assert [r.holder.name for r in outsider.records] == ["Mircea Geoană", "Boris Ruge", "Radmila Šekerinska"]
    assert answer.assess(Actor("Boris Ruge")).truth is Truth.UNDETERMINED


def test_a_relay_of_holders_with_a_day_uncovered_refutes_nobody() -> None:
    """Borrell's last day was 29 November 2024 and Kallas began on 1 December: nobody is
    refuted for the whole of that week, as 30 November has no certain holder."""
    office = Office("High Representative for Foreign Affairs and Security Policy", "European Union")
    week = day("2024-11-27/2024-12-03")
    assert KB.holder_at(office, week).assess(Actor("Someone Else")).truth is Truth.UNDETERMINED


def test_offices_of_lists_the_tenures_that_cover_the_time() -> None:
    """offices_of finds Connolly by a variant and reports his acting presidency in November 2024."""
    answer = KB.offices_of("Gerry Connolly", day("2024-11-01/2024-11-24"))
    assert answer.actor.name == "Gerald E. Connolly"
    assert answer.offices == (ASSEMBLY_PRESIDENT,)
    assert len(answer.holdings) == 2
    assert [h.truth for h in answer.holdings] == [Truth.FALSE, Truth.TRUE]


def test_offices_of_an_unknown_person_is_empty() -> None:
    """A name the knowledge base lacks has no holdings."""
    answer = KB.offices_of(Actor("Nobody Known"), day("2024-11"))
    assert answer.holdings == () and answer.records == ()


# -- counts, events, actors -----------------------------------------------------------------


def test_nato_had_32_members_on_16_october_2024() -> None:
    """The count of NATO members is 32 on 2024-10-16, resting on Sweden's accession record."""
    answer = KB.count_at("NATO members", day("2024-10-16"))
    assert answer.value == 32
    assert answer.assess(32).truth is Truth.TRUE
    assert answer.assess(33).truth is Truth.FALSE
    assert [r.id for r in answer.assess(33).records] == ["count:nato-members:2024-03-07"]


def test_nato_had_31_members_on_1_june_2023() -> None:
    """Finland made 31 on 2023-04-04, and Sweden 32 on 2024-03-07."""
    assert KB.count_at("NATO member states", day("2023-06-01")).value == 31


def test_a_count_over_a_change_is_undetermined() -> None:
    """During March 2024 the count went from 31 to 32, so neither is certain for the month."""
    answer = KB.count_at("NATO members", day("2024-03"))
    assert answer.value is None
    assert answer.assess(31).truth is Truth.UNDETERMINED
    assert [r.value for r in answer.records] == [31, 32]


def test_an_unknown_series_is_undetermined() -> None:
    """A series the knowledge base lacks answers undetermined."""
    answer = KB.count_at("EU members", day("2024-10-16"))
    assert not answer.known
    assert answer.assess(27).truth is Truth.UNDETERMINED


def test_the_berlin_meeting_is_found_by_name_participant_place_and_time() -> None:
    """The four-leader meeting in Berlin took place on 2024-10-18."""
    by_name = KB.find_events("Berlin meeting")
    assert [e.when.isoformat() for e in by_name] == ["2024-10-18"]
    (event,) = by_name
    assert event.kind == "meeting"
    assert (
        KB.find_events(participant="Starmer", place="Berlin") == ()
    )  # "Starmer" alone is no alias
    assert KB.find_events(participant="Keir Starmer", place="Berlin") == by_name
    assert KB.find_events(kind="meeting", during=day("2024-10")) == by_name
    assert KB.find_events("Berlin meeting", during=day("2024-10-16")) == ()


def test_event_place_aliases_resolve() -> None:
    """ "Kiev" finds the events the facts place in Kyiv."""
    names = [e.name for e in KB.find_events(place="Kiev")]
    assert names and all("Zelensky" in n or "Ukraine" in n for n in names)


def test_actors_are_found_by_any_name() -> None:
    """Variants and accents find the canonical actor; a misspelling is flagged as one."""
    assert KB.find_actor("Andrey Sibiga").actor.name == "Andrii Sybiha"  # type: ignore[union-attr]
    assert KB.find_actor("radmila sekerinska").actor.name == "Radmila Šekerinska"  # type: ignore[union-attr]
    wrong = KB.find_actor("Jerry Connolly")
    assert wrong is not None and wrong.misspelling and wrong.actor.name == "Gerald E. Connolly"
    assert any(r.id == "alias:gerald-e-connolly" for r in wrong.records)
    assert KB.find_actor("Kiev").actor.kind is ActorKind.PLACE  # type: ignore[union-attr]
    assert KB.find_actor("Nobody Known") is None


# -- the bundled file -----------------------------------------------------------------------


def test_the_bundled_facts_hold_every_shared_fact(shared_dir: Path) -> None:
    """Each tenure, event and count of the shared facts is in the bundled knowledge base."""
    shared = KnowledgeBase.load(shared_dir / "facts.json")
    bundled = {(t.office, t.holder.name, t.start, t.end, t.acting) for t in KB.tenures}
    for tenure in shared.tenures:
        assert (
            tenure.office,
            tenure.holder.name,
            tenure.start,
            tenure.end,
            tenure.acting,
        ) in bundled
    assert {(e.name, e.when) for e in shared.events} <= {(e.name, e.when) for e in KB.events}
    assert {(c.what, c.value, c.since) for c in shared.counts} <= {
        (c.what, c.value, c.since) for c in KB.counts
    }


def test_the_acting_mark_becomes_a_flag() -> None:
    """ "(acting)" in a role becomes acting=True on the tenure and leaves the role clean."""
    ruge = KB.record("tenure:nato:deputy-secretary-general:boris-ruge:2024-09-10")
    assert isinstance(ruge, Tenure)
    assert ruge.acting and ruge.office == Office("Deputy Secretary General", "NATO")


def test_the_bundled_facts_ship_in_the_package() -> None:
    """The bundled file is package data, read through importlib.resources."""
    from importlib.resources import files

    assert files("claimcheck").joinpath("data", "facts.json").is_file()


# -- fact files and their errors ------------------------------------------------------------


def _tenure(holder: str, start: str, end: str | None, **extra: Any) -> dict[str, Any]:
    record = {
        "kind": "tenure",
        "role": "Chair",
        "organization": "Board",
        "holder": holder,
        "start": start,
        "confidence": "high",
        "source": "https://example.org/board",
        **extra,
    }
    if end is not None:
        record["end"] = end
    return record


def _loads(records: list[dict[str, Any]], location: str = "user.json") -> KnowledgeBase:
    return KnowledgeBase.loads(json.dumps({"records": records}), location=location)


def test_overlapping_tenures_fail_with_file_record_and_field() -> None:
    """Two holders of a single-holder office at once is an error naming both records."""
    records = [
        _tenure("A", "2020-01-01", "2021-01-01", id="a"),
        _tenure("B", "2020-06-01", None, id="b"),
    ]
    with pytest.raises(FactFileError) as caught:
        _loads(records)
    message = str(caught.value)
    assert message.startswith(
        "user.json: $.records[1].start: record 'b': its tenure of the single-holder"
    )
    assert "record 'a' (user.json: $.records[0])" in message
    assert isinstance(caught.value, InputError)


def test_a_shared_handover_day_is_no_overlap() -> None:
    """A tenure may end on the day the next begins."""
    kb = _loads([_tenure("A", "2020-01-01", "2021-01-01"), _tenure("B", "2021-01-01", None)])
    assert len(kb.tenures) == 2


def test_imprecise_bounds_that_may_overlap_load() -> None:
    """An end and a start known only to the same month are no contradiction."""
    kb = _loads([_tenure("A", "2020-01-01", "2021-06"), _tenure("B", "2021-06", None)])
    answer = kb.holder_at(Office("Chair", "Board"), day("2021-06-15"))
    assert [h.truth for h in answer.holdings] == [Truth.UNDETERMINED, Truth.UNDETERMINED]


def test_an_office_may_be_declared_to_have_many_holders() -> None:
    """Overlapping tenures load when an office record says the office has several holders."""
    office = {
        "kind": "office",
        "role": "Chair",
        "organization": "Board",
        "single_holder": False,
        "source": "https://example.org/board",
    }
    kb = _loads([office, _tenure("A", "2020-01-01", None), _tenure("B", "2020-06-01", None)])
    answer = kb.holder_at(Office("Chair", "Board"), day("2021-01-01"))
    assert {a.name for a in answer.holders} == {"A", "B"}
    assert answer.assess(Actor("C")).truth is Truth.UNDETERMINED


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (
            _tenure("A", "2021-01-01", "2020-01-01", id="t"),
            "user.json: $.records[0].end: record 't': the end (2020-01-01) is not after the start "
            "(2021-01-01) (got '2020-01-01')",
        ),
        (
            _tenure("A", "2021-02-30", None, id="t"),
            "user.json: $.records[0].start: record 't': no such date (day is out of range for month) "
            "(got '2021-02-30')",
        ),
        (
            _tenure("A", "2021-W03", None, id="t"),
            "user.json: $.records[0].start: record 't': a date is written YYYY-MM-DD, YYYY-MM or YYYY "
            "(got '2021-W03')",
        ),
        (
            _tenure("A", "2021-01-01", None, id="t", confidence="certain"),
            "user.json: $.records[0].confidence: record 't': a confidence is one of 'high', 'medium', "
            "'low', 'unverified' (got 'certain')",
        ),
        (
            _tenure("A", "2021-01", None, id="t", precision={"start": "day"}),
            "user.json: $.records[0].precision.start: record 't': precision 'day' does not fit "
            "'2021-01'",
        ),
        (
            _tenure("A", "2021-01-01", None, id="t", wikidata="Q1"),
            "user.json: $.records[0].wikidata: record 't': unknown key",
        ),
        (
            {"kind": "fact", "source": "x"},
            "user.json: $.records[0].kind: unknown kind (expected one of alias, count, event, office, "
            "tenure) (got 'fact')",
        ),
        (
            {
                "kind": "count",
                "what": "members",
                "value": "32",
                "since": "2024",
                "confidence": "high",
                "source": "x",
            },
            "user.json: $.records[0].value: record 'count:members:2024': expected a number (got '32')",
        ),
    ],
)
def test_bad_records_fail_with_file_record_and_field(record: dict[str, Any], message: str) -> None:
    """Each problem names the file, the record's index and id, the field and the value."""
    with pytest.raises(FactFileError) as caught:
        _loads([record])
    assert str(caught.value) == message


def test_a_bare_list_is_a_fact_file_too(shared_dir: Path) -> None:
    """The shared facts, a bare JSON list, load with derived ids."""
    kb = KnowledgeBase.load(shared_dir / "facts.json")
    assert kb.record("tenure:nato:secretary-general:mark-rutte:2024-10-01")


def test_bad_json_and_bad_suffix_fail_cleanly(tmp_path: Path) -> None:
    """Unreadable text and a wrong file name raise FactFileError with the file's name."""
    with pytest.raises(FactFileError, match=r"^<string>: not valid JSON at line 1, column 2"):
        KnowledgeBase.loads("{oops")
    path = tmp_path / "facts.yaml"
    path.write_text("{}", encoding="utf-8")
    with pytest.raises(FactFileError, match=r"facts\.yaml: a fact file ends in \.json or \.toml"):
        KnowledgeBase.load(path)


def test_unverified_records_are_kept_but_never_used() -> None:
    """An unverified tenure neither answers a query nor takes part in the overlap check."""
    kb = _loads(
        [
            _tenure("A", "2020-01-01", None),
            _tenure("B", "2020-06-01", None, confidence="unverified"),
        ]
    )
    answer = kb.holder_at(Office("Chair", "Board"), day("2021-01-01"))
    assert [h.holder.name for h in answer.holdings] == ["A"]
    assert len(kb.tenures) == 2


# -- merging --------------------------------------------------------------------------------


def test_a_user_toml_file_merges_into_the_bundled_facts() -> None:
    """User facts add offices and names; queries see both."""
    user = KnowledgeBase.load(DATA / "facts" / "military-committee.toml")
    kb = KB.merge(user)
    answer = kb.holder_at(Office("Chair of the Military Committee", "NATO"), day("2024-12-03"))
    assert [a.name for a in answer.holders] == ["Rob Bauer"]
    assert answer.records[0].origin is not None
    assert answer.records[0].origin.location.endswith("military-committee.toml")
    assert kb.find_actor("Rob Baur").misspelling  # type: ignore[union-attr]
    assert (
        kb.holder_at(SECRETARY_GENERAL, day("2024-12-03")).holders
        == KB.holder_at(SECRETARY_GENERAL, day("2024-12-03")).holders
    )


def test_merging_a_conflicting_record_fails_unless_replace_is_asked() -> None:
    """A record with a known id and other content is a conflict; replace=True lets it win."""
    smith = KB.record(
        "tenure:united-states:permanent-representative-ambassador-to-nato:julianne-smith:2021-11"
    )
    assert isinstance(smith, Tenure)
    corrected = {
        "kind": "tenure",
        "id": smith.id,
        "role": smith.office.role,
        "organization": "United States",
        "holder": "Julianne Smith",
        "start": "2021-11",
        "end": "2025-01",
        "confidence": "medium",
        "source": "https://example.org/newsroom-notes",
    }
    user = _loads([corrected], location="corrections.json")
    with pytest.raises(
        FactFileError,
        match=r"corrections\.json: \$\.records\[0\]\.id: record 'tenure:united-states",
    ):
        KB.merge(user)
    kb = KB.merge(user, replace=True)
    verdict = kb.holder_at(US_AMBASSADOR, day("2024-10-30")).assess(Actor("Julianne Smith"))
    assert verdict.truth is Truth.TRUE


def test_merging_the_same_facts_twice_changes_nothing() -> None:
    """Merging is idempotent: equal records with one id are one fact."""
    assert KB.merge(KB) == KB


# -- Wikidata -------------------------------------------------------------------------------


def test_wikidata_entities_become_tenures_with_their_precision() -> None:
    """P39 statements with P580/P582 at day, month and year precision become tenures."""
    kb = KnowledgeBase.from_wikidata(
        (DATA / "wikidata" / "entities.json").read_text(), location="entities.json"
    )
    by_id = {t.id: t for t in kb.tenures}
    assert set(by_id) == {
        "wikidata:Q100001:A1",
        "wikidata:Q100002:B1",
        "wikidata:Q100002:B2",
        "wikidata:Q100003:C1",
        "wikidata:Q100003:C2",
    }
    stoltenberg = by_id["wikidata:Q100001:A1"]
    assert stoltenberg.office == Office(
        "Secretary General of NATO", "North Atlantic Treaty Organization"
    )
    assert stoltenberg.successor is not None and stoltenberg.successor.name == "Mark Rutte"
    assert "Stoltenberg" in stoltenberg.holder.aliases
    connolly = by_id["wikidata:Q100003:C1"]
    assert connolly.holder.name == "Gerald E. Connolly"  # the only label is German
    assert connolly.start == TimeSpan.month(2024, 6)
    house = by_id["wikidata:Q100003:C2"]
    assert house.start == TimeSpan.year(2009) and house.office.organization is None
    assert house.end is None and house.end_confidence is Confidence.LOW
    assert by_id["wikidata:Q100002:B1"].predecessor == Actor(
        "Jens Stoltenberg", aliases=("Stoltenberg",)
    )


def test_wikidata_tenures_merge_with_the_bundled_office() -> None:
    """Wikidata's "Secretary General of NATO" is the bundled office through its role alias."""
    imported = KnowledgeBase.from_wikidata((DATA / "wikidata" / "entities.json").read_text())
    kb = KB.merge(imported)
    answer = kb.holder_at(SECRETARY_GENERAL, day("2024-12-03"))
    assert [a.name for a in answer.holders] == ["Mark Rutte"]
    assert len(answer.records) == 2
    assert {r.source for r in answer.records} >= {"https://www.wikidata.org/wiki/Q100002#P39"}


def test_sparql_results_become_tenures() -> None:
    """Each binding of the documented query shape becomes a tenure; a missing precision is a day."""
    kb = KnowledgeBase.from_sparql(
        (DATA / "wikidata" / "sparql.json").read_text(), location="sparql.json"
    )
    answer = kb.holder_at(Office("Minister of Foreign Affairs", "Ukraine"), day("2024-10-16"))
    assert [a.name for a in answer.holders] == ["Andrii Sybiha"]
    reznikov = kb.offices_of("Oleksii Reznikov", day("2021-11-15"))
    assert [h.truth for h in reznikov.holdings] == [Truth.UNDETERMINED]
    assert kb.record("wikidata:Q100010-D1").end == TimeSpan.day(2024, 9, 5)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (
            lambda d: d["entities"]["Q100001"]["claims"]["P39"][0]["qualifiers"]["P580"][0][
                "datavalue"
            ]["value"].update(precision=8),
            "entities.json: $.entities.Q100001.claims.P39[0].qualifiers.P580[0].datavalue.value: "
            "a Wikidata time precision is 9 (year), 10 (month) or 11 (day) (got 8)",
        ),
        (
            lambda d: d["entities"]["Q100001"]["claims"]["P39"][0]["qualifiers"]["P582"][0][
                "datavalue"
            ]["value"].update(time="+2010-01-01T00:00:00Z"),
            "entities.json: $.entities.Q100001.claims.P39[0].qualifiers.P582: the end (2010-01-01) is not "
            "after the start (2014-10-01) (got '2010-01-01')",
        ),
        (
            lambda d: d.pop("entities"),
            "entities.json: $: Wikidata entity JSON is an object with 'entities'",
        ),
    ],
)
def test_bad_wikidata_fails_with_the_path(mutate: Any, message: str) -> None:
    """Wikidata problems name the file and the JSON path of the statement."""
    data = json.loads((DATA / "wikidata" / "entities.json").read_text())
    mutate(data)
    with pytest.raises(FactFileError) as caught:
        KnowledgeBase.from_wikidata(json.dumps(data), location="entities.json")
    assert str(caught.value) == message


def test_bad_sparql_fails_with_the_path() -> None:
    """A binding without a person names its index."""
    data = json.loads((DATA / "wikidata" / "sparql.json").read_text())
    del data["results"]["bindings"][1]["person"]
    with pytest.raises(
        FactFileError,
        match=r"^sparql\.json: \$\.results\.bindings\[1\]\.person: required variable missing$",
    ):
        KnowledgeBase.from_sparql(json.dumps(data), location="sparql.json")


# -- properties over generated tenure chains ------------------------------------------------

_EPOCH = date(2000, 1, 1)


@st.composite
def chains(draw: st.DrawFn, *, office: str = "Chair") -> list[dict[str, Any]]:
    """A chain of tenures of one office, each handover written to the day or to the month.

    Handovers are more than a month apart, so a month-precision handover never shares its
    month with the next one; the last tenure may be open.
    """
    gaps = draw(st.lists(st.integers(32, 400), min_size=1, max_size=6))
    handovers = [_EPOCH]
    for gap in gaps:
        handovers.append(handovers[-1] + timedelta(days=gap))
    texts = [h.isoformat()[: draw(st.sampled_from([7, 10]))] for h in handovers]
    open_end = draw(st.booleans())
    records = []
    for index in range(len(gaps)):
        last = index == len(gaps) - 1
        confidence = draw(st.sampled_from(["high", "medium", "low"]))
        end = None if last and open_end else texts[index + 1]
        records.append(
            _tenure(
                f"Holder {index}",
                texts[index],
                end,
                role=office,
                confidence=confidence,
                id=f"{office.lower()}-{index}",
            )
        )
    return records


_QUERY_DAYS = st.integers(-30, 3000).map(lambda n: _EPOCH + timedelta(days=n))
_QUERY_SPANS = st.one_of(
    _QUERY_DAYS.map(lambda d: TimeSpan.day(d.year, d.month, d.day)),
    _QUERY_DAYS.map(lambda d: TimeSpan.month(d.year, d.month)),
)


@given(chains(), _QUERY_SPANS)
def test_a_single_holder_office_never_has_two_certain_holders(
    records: list[dict[str, Any]], when: TimeSpan
) -> None:
    """At any time, at most one tenure of a single-holder office is certainly held."""
    kb = _loads(records)
    answer = kb.holder_at(Office("Chair", "Board"), when)
    assert len(answer.holders) <= 1
    true_ones = [h for h in answer.holdings if h.truth is Truth.TRUE]
    for holding in answer.holdings:
        verdict = answer.assess(holding.holder)
        if true_ones and holding not in true_ones:
            assert verdict.truth is not Truth.TRUE


@given(chains(), st.integers(-30, 3000))
def test_the_actual_holder_is_never_refuted(records: list[dict[str, Any]], offset: int) -> None:
    """Whoever held the office on a day by the generated handovers is never answered false."""
    kb = _loads(records)
    when = _EPOCH + timedelta(days=offset)
    for record in records:
        start = date.fromisoformat(
            record["start"] if len(record["start"]) == 10 else record["start"] + "-01"
        )
        end_text = record.get("end")
        end = (
            None
            if end_text is None
            else date.fromisoformat(end_text if len(end_text) == 10 else end_text + "-01")
        )
        # Only precise bounds pin the actual handover; skip days an imprecise bound leaves open.
        if (
            len(record["start"]) == 10
            and start <= when
            and (end is None or (len(end_text) == 10 and when < end))
        ):
            answer = kb.holder_at(
                Office("Chair", "Board"), TimeSpan.day(when.year, when.month, when.day)
            )
            assert answer.assess(Actor(record["holder"])).truth is not Truth.FALSE


@given(chains(office="Chair"), chains(office="Treasurer"), chains(office="Secretary"))
def test_merge_is_associative_on_disjoint_facts(
    a: list[dict[str, Any]], b: list[dict[str, Any]], c: list[dict[str, Any]]
) -> None:
    """(a + b) + c == a + (b + c) for facts about different offices."""
    kb_a, kb_b, kb_c = _loads(a), _loads(b), _loads(c)
    assert kb_a.merge(kb_b).merge(kb_c) == kb_a.merge(kb_b.merge(kb_c))


@given(chains(), st.randoms(use_true_random=False), _QUERY_SPANS)
def test_answers_do_not_depend_on_record_order(
    records: list[dict[str, Any]], rng: random.Random, when: TimeSpan
) -> None:
    """Shuffling the records of a fact file changes neither the knowledge base nor an answer."""
    shuffled = list(records)
    rng.shuffle(shuffled)
    kb, other = _loads(records), _loads(shuffled)
    assert kb == other
    office = Office("Chair", "Board")
    assert kb.holder_at(office, when) == other.holder_at(office, when)


@given(chains(), st.data())
def test_loading_rejects_generated_overlaps(
    records: list[dict[str, Any]], data: st.DataObject
) -> None:
    """A tenure moved to start inside a precisely known earlier tenure is refused."""
    precise = [
        r
        for r in records
        if len(r["start"]) == 10
        and r.get("end")
        and len(r["end"]) == 10
        and r["confidence"] != "low"
        and r["start"] < r["end"]
    ]
    if not precise:
        return
    target = data.draw(st.sampled_from(precise))
    start = date.fromisoformat(target["start"])
    end = date.fromisoformat(target["end"])
    inside = start + timedelta(days=data.draw(st.integers(0, (end - start).days - 1)))
    intruder = _tenure("Intruder", inside.isoformat(), None, id="intruder", confidence="high")
    with pytest.raises(FactFileError, match=r"overlaps record"):
        _loads([*records, intruder])


# -- more errors and invariants -------------------------------------------------------------


def test_a_misspelling_that_names_another_actor_is_refused() -> None:
    """A misspelling may not be a real name of someone else."""
    records = [
        {
            "kind": "alias",
            "id": "x",
            "canonical": "Ann Lee",
            "misspellings": ["Bo Lee"],
            "source": "s",
        },
        {"kind": "alias", "id": "y", "canonical": "Bo Lee", "source": "s"},
    ]
    with pytest.raises(FactFileError) as caught:
        _loads(records)
    assert str(caught.value) == (
        "user.json: $.records[0].misspellings[0]: record 'x': misspelling 'Bo Lee' is a name of "
        "'Bo Lee'"
    )


def test_two_alias_records_sharing_a_name_are_refused() -> None:
    """Two canonical names joined by a shared variant would silently be one actor: refused."""
    records = [
        {"kind": "alias", "id": "x", "canonical": "Ann Lee", "variants": ["A. Lee"], "source": "s"},
        {
            "kind": "alias",
            "id": "y",
            "canonical": "Annie Lee",
            "variants": ["A. Lee"],
            "source": "s",
        },
    ]
    with pytest.raises(
        FactFileError, match=r"user\.json: \$\.records\[1\]\.variants: record 'y': "
    ):
        _loads(records)


def test_answers_are_immutable() -> None:
    """Answers and records are frozen: a check cannot change the knowledge base."""
    import attrs

    answer = KB.holder_at(SECRETARY_GENERAL, day("2024-12-03"))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        answer.known = False  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        answer.records[0].end = None  # type: ignore[misc]


def test_every_actor_appears_once_with_all_its_names() -> None:
    """The actors of the bundled facts are unique and carry every recorded spelling."""
    names = [a.name for a in KB.actors]
    assert len(names) == len(set(names))
    zelensky = next(a for a in KB.actors if a.name == "Volodymyr Zelensky")
    assert {"Zelenskyy", "Volodymyr Zelenskiy", "Vladimir Zelensky"} <= set(zelensky.aliases)


@given(chains(), chains(office="Treasurer"))
def test_merge_order_does_not_matter_on_disjoint_facts(
    a: list[dict[str, Any]], b: list[dict[str, Any]]
) -> None:
    """a + b == b + a when the two share no id."""
    kb_a, kb_b = _loads(a), _loads(b)
    assert kb_a.merge(kb_b) == kb_b.merge(kb_a)


def test_a_missing_earlier_tenure_is_never_a_no() -> None:
    """Putin's record starts in 2012; with no record of 2005, "president in 2005" stays open."""
    answer = KB.holder_at(Office("President", "Russia"), day("2005"))
    assert answer.assess(Actor("Vladimir Putin")).truth is Truth.UNDETERMINED


def test_toml_dates_may_be_written_without_quotes() -> None:
    """A TOML date literal is a day, the same as the quoted text."""
    text = """
[[records]]
kind = "tenure"
role = "Chair"
organization = "Board"
holder = "Ann"
start = 2020-01-01
end = "2021-01-01"
confidence = "high"
source = "https://example.org/board"
"""
    kb = KnowledgeBase.loads(text, format="toml")
    (tenure,) = kb.tenures
    assert tenure.start == TimeSpan.day(2020, 1, 1)
    assert tenure.id == "tenure:board:chair:ann:2020-01-01"


# -- indexes against the naive answers ----------------------------------------------------

_DAYS = st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31))
_SPANS = st.one_of(
    _DAYS.map(lambda d: TimeSpan.day(d.year, d.month, d.day)),
    _DAYS.map(lambda d: TimeSpan.month(d.year, d.month)),
    _DAYS.map(lambda d: TimeSpan.year(d.year)),
    st.tuples(_DAYS, st.integers(1, 400)).map(
        lambda p: TimeSpan(p[0], p[0] + timedelta(days=p[1]), Granularity.DAY)
    ),
)


@given(st.lists(_SPANS, max_size=12), _SPANS)
def test_event_timeline_finds_what_a_pass_over_every_event_finds(whens: list[TimeSpan], during: TimeSpan) -> None:
    """The time index of events returns exactly the events that share a day with the window, in order."""
    from claimcheck._kb_index import EventTimeline

    events = [
        EventRecord(id=f"e{i}", name=f"event {i}", kind="meeting", when=when, source="https://example.org/")
        for i, when in enumerate(whens)
    ]
    window = Interval.of(during)
    naive = sorted(
        (e for e in events if window.meets(Interval.of(e.when))), key=lambda e: (e.when.sort_key(), e.id)
    )
    assert list(EventTimeline(events).meeting(window)) == naive


@given(_SPANS)
def test_indexed_holder_and_count_answers_match_each_record(when: TimeSpan) -> None:
    """holder_at and count_at give each record the truth the record itself gives for that time."""
    kb = KnowledgeBase.default()
    answer = kb.holder_at(Office("Secretary General", "NATO"), when)
    naive = sorted(
        (t for t in kb.tenures if t.office == answer.office and t.verified),
        key=lambda t: (t.validity.possible.sort_key(), t.id),
    )
    assert [(h.tenure, h.truth) for h in answer.holdings] == [(t, t.truth_at(when)) for t in naive]
    count = kb.count_at("NATO members", when)
    expected = [
        (r, r.validity.truth_at(when))
        for r in sorted(kb.counts, key=lambda r: (r.validity.possible.sort_key(), r.id))
        if r.what == "NATO members" and r.validity.truth_at(when) is not Truth.FALSE
    ]
    assert list(count.values) == expected


def test_bundled_confirmations_and_swearings_in_are_dated_events() -> None:
    """The Senate confirmations and swearings-in the facts date are structured events, not notes."""
    kb = KnowledgeBase.default()
    confirmed = [e.when.isoformat() for e in kb.find_events(kind="confirmation", participant="Pete Hegseth")]
    sworn = [e.when.isoformat() for e in kb.find_events(kind="inauguration", participant="Marco Rubio")]
    assert (confirmed, sworn) == (["2025-01-24"], ["2025-01-21"])
    assert all(e.source.startswith("https://") for e in kb.find_events(kind="confirmation"))


def test_bundled_summit_declarations_are_dated_apart_from_their_summits() -> None:
    """A summit's declaration is its own event, dated to the day it was issued inside the summit's days."""
    kb = KnowledgeBase.default()
    declarations = {e.place.name if e.place else "": e.when.isoformat() for e in kb.find_events(kind="declaration")}
    assert declarations["Washington, D.C., United States"] == "2024-07-10"
    assert declarations["Bucharest, Romania"] == "2008-04-03"
    (summit,) = kb.find_events("Washington Summit", kind="summit")
    assert summit.when.contains(TimeSpan.day(2024, 7, 10)) and summit.when.isoformat() != "2024-07-10"


def test_bundled_censures_and_resignations_are_dated_events() -> None:
    """A government's censure and its head's resignation the next day are two dated events of that person."""
    kb = KnowledgeBase.default()
    censured = [e.when.isoformat() for e in kb.find_events(kind="censure", participant="Michel Barnier")]
    resigned = [e.when.isoformat() for e in kb.find_events(kind="resignation", participant="Michel Barnier")]
    assert (censured, resigned) == (["2024-12-04"], ["2024-12-05"])
    assert all(e.source.startswith("https://") for e in kb.find_events(kind="resignation"))
