"""The CNT checks: durations (CNT001), ordinals (CNT002), counts (CNT003) and conflicting quantities (CNT004)."""

from __future__ import annotations

import pytest

from claimcheck.checks import run_checks
from claimcheck.checks._support import OFFICE_SERIES
from claimcheck.checks.counts import duration_fits
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Claim, Count, Document, Quantity, Source
from claimcheck.timespan import Duration, Modifier, TimeSpan

from .support import load_scenario, scenario_report, scenarios


@pytest.mark.parametrize("scenario", scenarios("CNT001", "CNT002", "CNT003", "CNT004"))
def test_scenario(scenario: str) -> None:
    """The check fires on every expected claim of its ``-fires`` case files and stays silent on ``-quiet``."""
    assert scenario_report(scenario) == []


@pytest.mark.parametrize(
    ("since", "until", "length", "fits"),
    [
        ("2008", "2024-10-19", "P16Y", True),
        ("2008", "2024-10-19", "P20Y", False),
        ("2008", "2024-10-19", "P15Y", True),
        ("2022-09-30", "2024-11-27", "P2Y", True),
        ("2024-10-01", "2025-03-01", "P1W", False),
        ("2024-10-01", "2025-03-01", "P5M", True),
        ("2024-02-08", "2025-03-10", "P2Y", False),
        ("2023-06-01", "2025-03-10", "P2Y", True),
        ("2024-07-01", "2024-11-25", "P2M", False),
        ("2024-09-20", "2024-11-25", "P2M", True),
        ("2024-11-01", "2024-11-18", "P2W", True),
    ],
)
def test_duration_fits_with_one_unit_of_slack(since: str, until: str, length: str, fits: bool) -> None:
    """An exact length fits when it reaches the end within one unit of its largest field, or
    half of it for two years or two months (thirteen months is not two years)."""
    assert duration_fits(TimeSpan.from_iso(since), TimeSpan.from_iso(until), Duration.from_iso(length)) is fits


@pytest.mark.parametrize(
    ("since", "until", "length", "fits"),
    [
        ("2024-10-01", "2025-03-03", "P1Y", False),
        ("2024-10-01", "2025-04-05", "P1Y", True),
        ("2024-10-01", "2026-03-20", "P1Y", True),
        ("2024-10-01", "2026-05-01", "P1Y", False),
        ("2025-05-06", "2025-05-14", "P1M", False),
        ("2024-12-01", "2024-12-06", "P1W", True),
        ("2024-12-01", "2024-12-03", "P1W", False),
    ],
)
def test_a_length_of_one_allows_half_a_unit(since: str, until: str, length: str, fits: bool) -> None:
    """"a year" is six to eighteen months, "a month" a fortnight or more: a length of one
    is not met by a small part of its unit, as one unit of slack would allow."""
    assert duration_fits(TimeSpan.from_iso(since), TimeSpan.from_iso(until), Duration.from_iso(length)) is fits


def test_more_than_and_less_than_are_one_sided() -> None:
    """"more than 10 years" has no upper limit; "less than 2 years" no lower one."""
    since, until = TimeSpan.year(2014), TimeSpan.day(2024, 10, 19)
    more = Duration(years=10, modifier=Modifier.MORE_THAN)
    less = Duration(years=2, modifier=Modifier.LESS_THAN)
    assert duration_fits(TimeSpan.year(1990), until, more)
    assert duration_fits(since, until, more)
    assert not duration_fits(since, until, less)
    assert duration_fits(TimeSpan.year(2024), until, less)


def _count(value: int, excluded: int) -> Document:
    source = Source(document_id="counterparts", published=TimeSpan.day(2024, 12, 3))
    count = Count(subject="NATO members", value=value, excluded=excluded)
    return Document(source=source, claims=(Claim(id="count", source=source, assertion=count),))


@pytest.mark.parametrize(("value", "excluded", "fires"), [(32, 0, False), (31, 1, False), (31, 0, True), (32, 1, True), (30, 2, False)])
def test_excluded_members_count_towards_the_series(value: int, excluded: int, fires: bool) -> None:
    """CNT003 compares value plus excluded with the recorded count: 31 counterparts of one minister make 32."""
    findings = run_checks([_count(value, excluded)], KnowledgeBase.default(), select=["CNT003"])
    assert bool(findings) is fires


def test_fix_for_a_count_with_exclusions_keeps_the_text_s_form() -> None:
    """The fix for "his 32 counterparts" is 31: the recorded count less the members left out."""
    findings = run_checks([_count(32, 1)], KnowledgeBase.default(), select=["CNT003"])
    assert [f.fix for f in findings] == ["31"]
    assert "so 33 with the 1 left out" in findings[0].message


def test_messages_write_lengths_and_amounts_as_readers_do() -> None:
    """A length reads "20 years", not "P20Y", and an amount "725,000,000", not "725000000"."""
    kb = KnowledgeBase.default()
    lengths = run_checks([c.document for c in load_scenario("CNT001-fires")], kb, select=["CNT001"])
    assert any("20 years since 2008 does not reach 19 October 2024" in f.message for f in lengths)
    assert not any("P20Y" in f.message for f in lengths)
    amounts = run_checks([c.document for c in load_scenario("CNT004-fires")], kb, select=["CNT004"])
    assert any("says 725,000,000" in f.message for f in amounts)


def test_figures_tied_to_different_days_are_different_quantities() -> None:
    """Two sums for one subject conflict when tied to the same day, not when tied to two days."""

    def doc(name: str, value: float, day: int) -> Document:
        source = Source(document_id=name, published=TimeSpan.day(2024, 12, 9))
        amount = Quantity(subject="package for Ukraine", measure="value", value=value, unit="USD",
                          when=TimeSpan.day(2024, 12, day))
        return Document(source=source, claims=(Claim(id="q", source=source, assertion=amount),))

    kb = KnowledgeBase.default()
    same_day = run_checks([doc("a", 725e6, 2), doc("b", 752e6, 2)], kb, select=["CNT004"])
    other_day = run_checks([doc("a", 725e6, 2), doc("b", 988e6, 7)], kb, select=["CNT004"])
    assert [f.documents for f in same_day] == [("a", "b")]
    assert other_day == []


def _sum(document: str, published: TimeSpan, value: float, when: TimeSpan | None) -> Document:
    source = Source(document_id=document, published=published)
    amount = Quantity(subject="loan to Moldova", measure="value", value=value, unit="EUR", when=when)
    return Document(source=source, claims=(Claim(id="sum", source=source, assertion=amount),))


def test_an_undated_sum_meets_the_dated_sums_of_the_week_before_its_report() -> None:
    """An undated figure is compared with the figures dated in the week up to its report, not
    with older ones, nor with several days' figures that disagree (different loans)."""
    kb = KnowledgeBase.default()
    monday, thursday = TimeSpan.day(2025, 3, 3), TimeSpan.day(2025, 3, 6)
    dated = _sum("wire", monday, 40e6, monday)
    (finding,) = run_checks([dated, _sum("blog", thursday, 44e6, None)], kb, select=["CNT004"])
    assert finding.documents == ("blog", "wire")
    assert run_checks([dated, _sum("blog", thursday, 40e6, None)], kb, select=["CNT004"]) == []
    late = TimeSpan.day(2025, 4, 1)
    assert run_checks([dated, _sum("blog", late, 44e6, None)], kb, select=["CNT004"]) == []
    other_day = _sum("paper", thursday, 44e6, TimeSpan.day(2025, 3, 5))
    assert run_checks([dated, other_day, _sum("blog", thursday, 60e6, None)], kb, select=["CNT004"]) == []


def test_sums_at_the_ends_of_the_calendar_are_compared_without_failing() -> None:
    """Sums reported on the first and last days of the calendar are compared like any others:
    the windows of days around them stop at the calendar's ends instead of failing."""
    kb = KnowledgeBase.default()
    first, last = TimeSpan.day(1, 1, 1), TimeSpan.day(9989, 12, 31)
    early = [_sum("wire", first, 40e6, first), _sum("blog", first, 44e6, None)]
    late = [_sum("wire", last, 40e6, last), _sum("blog", last, 44e6, None)]
    for documents in (early, late):
        findings = run_checks(documents, kb)
        assert not [f.message for f in findings if " failed on " in f.message]
        assert [f.documents for f in findings if f.code == "CNT004"] == [("blog", "wire")]


def test_about_allows_a_year_below_two_decades_and_a_tenth_above() -> None:
    """"some 14 years" cannot be twelve and a half years, while "about 13" can; "about 30
    years" allows three years either way, so 33 years fits and 35 does not."""
    since, until = TimeSpan.day(2012, 5, 7), TimeSpan.day(2024, 11, 20)
    assert not duration_fits(since, until, Duration(years=14, modifier=Modifier.APPROX))
    assert duration_fits(since, until, Duration(years=13, modifier=Modifier.APPROX))
    about_thirty = Duration(years=30, modifier=Modifier.APPROX)
    assert duration_fits(TimeSpan.year(1991), TimeSpan.day(2024, 6, 1), about_thirty)
    assert not duration_fits(TimeSpan.year(1989), TimeSpan.day(2024, 6, 1), about_thirty)
    assert duration_fits(TimeSpan.month(2023, 1), TimeSpan.day(2024, 10, 1), Duration(months=18, modifier=Modifier.APPROX))


def _article(document_id: str, text: str, published: TimeSpan) -> Document:
    from claimcheck.extract import extract

    return extract(text, source=Source(document_id=document_id, published=published), kb=KnowledgeBase.default())


def _conflicts(*documents: Document) -> list[list[str]]:
    findings = run_checks(list(documents), KnowledgeBase.default(), select=["CNT004"])
    return [sorted(s.text for s in f.spans) for f in findings]


_SEPT = TimeSpan.day(2031, 9, 12)


@pytest.mark.parametrize(
    ("other", "conflicts"),
    [
        ("The Bundeswehr plans to withdraw some 6,000 soldiers from Lithuania.", True),
        ("The Bundeswehr plans to withdraw some 4,700 soldiers from Lithuania.", False),
        ("The Bundeswehr plans to withdraw up to 6,000 soldiers from Lithuania.", False),
        ("The Bundeswehr plans to send some 6,000 soldiers to Lithuania.", False),
        ("The Bundeswehr plans to withdraw some 6,000 shells from Lithuania.", False),
        ("The Luftwaffe plans to withdraw some 6,000 soldiers from Lithuania.", False),
    ],
)
def test_counts_of_one_thing_in_one_act_conflict_beyond_their_hedges(other: str, conflicts: bool) -> None:
    """Two reports' counts of one thing in one act by one body conflict when their hedged
    ranges cannot meet; another thing, act or body is another quantity."""
    first = _article("a", "Officials said the Bundeswehr will withdraw about 4,500 troops from Lithuania.", _SEPT)
    second = _article("b", other, TimeSpan.day(2031, 9, 14))
    assert bool(_conflicts(first, second)) is conflicts


@pytest.mark.parametrize(
    ("other", "conflicts"),
    [
        ("The Nordic ministries have ordered 2,500 loitering drones, a trade weekly said.", True),
        ("The Nordic ministries have ordered 1,200 loitering drones, a trade weekly said.", False),
        ("The Nordic ministries have ordered 2,500 reconnaissance drones, a trade weekly said.", False),
        ("The Nordic ministries have delivered 2,500 loitering drones, a trade weekly said.", False),
    ],
)
def test_orders_of_one_kind_of_equipment_conflict_and_other_kinds_do_not(other: str, conflicts: bool) -> None:
    """A relay's order of one kind of drone by the same buyers conflicts with the original's
    figure; another kind of drone or another act is another quantity."""
    first = _article("a", "The Nordic ministries signed an order for 1,200 loitering drones.", _SEPT)
    second = _article("b", other, TimeSpan.day(2031, 9, 13))
    assert bool(_conflicts(first, second)) is conflicts


@pytest.mark.parametrize(
    ("other", "conflicts"),
    [
        ('Critics of the "Danube compact" note that two of its annexes were kept secret.', True),
        ('Critics of the "Danube compact" note its five secret annexes.', False),
        ('Critics of the "Danube compact" note its two public annexes.', False),
        ('Critics of the "Tisza pact" note its two secret annexes.', False),
    ],
)
def test_counts_of_one_documents_parts_conflict_across_reports(other: str, conflicts: bool) -> None:
    """Two reports' counts of one kind of part of one named document conflict; another kind
    of part or another document is another quantity."""
    first = _article("a", 'The "Danube compact" has five secret annexes, the ministry said.', _SEPT)
    second = _article("b", other, TimeSpan.day(2031, 9, 13))
    assert bool(_conflicts(first, second)) is conflicts


def test_counts_reported_a_season_apart_are_of_different_acts() -> None:
    """The same act's counts published months apart are not compared."""
    first = _article("a", "The Bundeswehr will withdraw about 4,500 troops from Lithuania.", _SEPT)
    later = _article("b", "The Bundeswehr will withdraw about 9,000 troops from Lithuania.", TimeSpan.day(2032, 3, 1))
    assert _conflicts(first, later) == []


def test_only_the_final_count_of_a_document_meets_the_other_reports() -> None:
    """A document that counts the rounds of a vote is compared on the count it ends on."""
    rounds = _article(
        "rounds", "Marta Kovac became speaker after two ballots. In the morning she received 290 votes. "
        "In the evening she received 301.", _SEPT,
    )
    agreeing = _article("agree", "Marta Kovac won the speakership with 301 votes, officials said.", _SEPT)
    assert _conflicts(rounds, agreeing) == []
    differing = _article("differ", "Marta Kovac won the speakership with 310 votes, officials said.", _SEPT)
    assert _conflicts(rounds, differing) == [["301", "310 votes"]]


_DAY = TimeSpan.day(2031, 5, 9)


@pytest.mark.parametrize(
    ("others", "conflicts"),
    [
        (["Oslo announced its $72 million loan to Chad on 7 May."], True),
        (["Oslo announced its $27 million loan to Chad on 7 May."], False),
        (["Oslo announced its $72 million loan to Chad on 6 May."], False),
        (["Oslo announced its $72 million loan to Chad on 7 May.", "Oslo announced its $90 million loan to Mali on 7 May."], False),
    ],
)
def test_a_sum_named_by_its_noun_meets_the_sum_with_a_recipient_of_its_day(others: list[str], conflicts: bool) -> None:
    """"the $27 million loan approved on Wednesday" is the day's loan to the one recipient
    other reports name that day; another day, or two recipients that day, decide nothing."""
    bare = _article("bare", "The $27 million loan approved on Wednesday carries no interest.", _DAY)
    named = [_article(f"named{i}", text, _DAY) for i, text in enumerate(others)]
    assert bool(_conflicts(bare, *named)) is conflicts


def test_two_sums_named_only_by_their_noun_do_not_conflict() -> None:
    """Two reports' "$27 million loan" and "$72 million loan" of one day may be two loans."""
    first = _article("first", "The $27 million loan approved on Wednesday carries no interest.", _DAY)
    second = _article("second", "The $72 million loan approved on Wednesday carries no interest.", _DAY)
    assert _conflicts(first, second) == []


def _report(doc_id: str, outlet: str, day: int, text: str) -> Document:
    """A document of *outlet* published on *day* November 2031, read by extraction."""
    from claimcheck.extract import extract
    from claimcheck.model import Actor, ActorKind

    source = Source(
        document_id=doc_id, published=TimeSpan.day(2031, 11, day), outlet=Actor(outlet, ActorKind.OUTLET)
    )
    return extract(text, source=source, kb=KnowledgeBase.default())


_ORIGINAL = (
    "The coast guard will receive a $410 million contract of patrol boats, radars and spare "
    "parts, Minister Ola Brekke said in Tromso."
)


def _relay(figure: str, *, credit: str = "the Fjord Ledger reported") -> str:
    return f"The coast guard will receive a {figure} contract of patrol boats and radars, {credit}."


def _relay_conflicts(*documents: Document) -> list[tuple[str, ...]]:
    findings = run_checks(list(documents), KnowledgeBase.default(), select=["CNT004"])
    return [f.documents for f in findings]


def test_a_relay_that_changes_its_sources_figure_is_flagged() -> None:
    """A bare sum in a statement credited to another outlet is compared with the sum of the same noun that outlet's story gives."""
    source = _report("ledger", "Fjord Ledger", 3, _ORIGINAL)
    relay = _report("digest", "Harbor Digest", 4, _relay("$401 million"))
    assert _relay_conflicts(source, relay) == [("digest", "ledger")]


def test_a_relay_that_keeps_its_sources_figure_is_clean() -> None:
    """The same figure, rounded or not, makes no finding."""
    source = _report("ledger", "Fjord Ledger", 3, _ORIGINAL)
    relay = _report("digest", "Harbor Digest", 4, _relay("$410 million"))
    assert _relay_conflicts(source, relay) == []


def test_bare_sums_of_unrelated_reports_are_never_paired() -> None:
    """Without a credit to the other report's outlet, two bare sums may be two contracts."""
    source = _report("ledger", "Fjord Ledger", 3, _ORIGINAL)
    other = _report("digest", "Harbor Digest", 4, _relay("$401 million", credit="officials said"))
    assert _relay_conflicts(source, other) == []


_OWN_VOICE = (
    "The coast guard on Monday ordered a $410 million contract of patrol boats, radars and "
    "spare parts for Tromso, Minister Ola Brekke announced."
)


def _changed_relay() -> Document:
    """A relay of the Fjord Ledger that gives its $410 million contract as $401 million."""
    return _report(
        "digest", "Harbor Digest", 4,
        "The coast guard has ordered a $401 million contract for Tromso of patrol boats and radars, "
        "the Fjord Ledger reported.",
    )


def test_a_relay_is_set_against_the_sum_its_source_states_in_its_own_voice() -> None:
    """A relay's sum for a recipient meets the one sum of the same noun its source states without crediting anyone."""
    assert _relay_conflicts(_report("ledger", "Fjord Ledger", 3, _OWN_VOICE), _changed_relay()) == [("digest", "ledger")]


def test_a_later_relay_that_restores_the_first_sum_is_not_flagged() -> None:
    """Where a relay changed its source's sum, a relay of that relay giving the first sum again is clean; the changed one is flagged against its own source."""
    source = _report("ledger", "Fjord Ledger", 3, _OWN_VOICE)
    changed = _changed_relay()
    restored = _report(
        "brief", "Skerry Brief", 5,
        "The coast guard has ordered a $410 million contract for Tromso of patrol boats and radars, "
        "first reported by the Harbor Digest.",
    )
    assert _relay_conflicts(source, changed, restored) == [("digest", "ledger")]


def test_a_relay_in_other_words_meets_its_sources_sum() -> None:
    """A relay that retells its source's story with the sum named by other words ("in new funding" for "a grant of funding") is set against the source's one sum."""
    source = _report(
        "ledger", "Fjord Ledger", 3,
        "The ministry has awarded a grant of ferry funding for Tromso worth 410 million euros, the ministry said.",
    )
    relay = _report(
        "digest", "Harbor Digest", 4,
        "The ministry awarded 401 million euros in new ferry funding for Tromso, the Fjord Ledger reported.",
    )
    assert _relay_conflicts(source, relay) == [("digest", "ledger")]


def test_a_relay_that_changes_a_number_of_things_is_flagged() -> None:
    """A number of things inside a credited statement ("nine Harpoon missiles") is set against the same thing in the credited report."""
    source = _report("ledger", "Fjord Ledger", 3, "The navy fired seven Harpoon missiles at the target ship near Tromso, the ministry said.")
    relay = _report("digest", "Harbor Digest", 4, "The navy fired nine Harpoon missiles at the target ship near Tromso, the Fjord Ledger reported.")
    kept = _report("brief", "Skerry Brief", 4, "The navy fired seven Harpoon missiles at the target ship near Tromso, the Fjord Ledger reported.")
    assert _relay_conflicts(source, relay) == [("digest", "ledger")]
    assert _relay_conflicts(source, kept) == []


def test_numbers_of_things_in_unrelated_reports_are_never_paired() -> None:
    """Without a credit, two reports' numbers of missiles may count two salvoes."""
    source = _report("ledger", "Fjord Ledger", 3, "The navy fired seven Harpoon missiles at the target ship near Tromso, the ministry said.")
    other = _report("digest", "Harbor Digest", 4, "The navy fired nine Harpoon missiles at the target ship near Tromso, officials said.")
    assert _relay_conflicts(source, other) == []


def test_two_reports_that_credit_each_other_are_flagged_once() -> None:
    """A ring of two relays with different numbers makes one finding, not one per direction."""
    one = _report("ledger", "Fjord Ledger", 3, "A planning paper puts the gap at 19 Patriot batteries, as the Harbor Digest reported.")
    two = _report("digest", "Harbor Digest", 4, "A planning paper puts the gap at 17 Patriot batteries, as the Fjord Ledger reported.")
    assert _relay_conflicts(one, two) == [("digest", "ledger")]


def test_a_relayed_sum_of_another_noun_is_not_paired() -> None:
    """A relay's sum of another noun ("loan") is not its source's "contract"."""
    source = _report("ledger", "Fjord Ledger", 3, _ORIGINAL)
    relay = _report("digest", "Harbor Digest", 4, _relay("$401 million").replace("contract", "loan"))
    assert _relay_conflicts(source, relay) == []


def _bounded(doc_id: str, day: int, bound: str) -> Document:
    text = f"Nordic governments are weighing a force of {bound} troops for the border."
    return _report(doc_id, f"{doc_id.title()} Times", day, text)


def test_reports_that_bound_one_count_from_one_side_differently_disagree() -> None:
    """Two reports' "up to" caps of one deployment are compared as caps; a cap and an exact figure below it still agree."""
    assert _relay_conflicts(_bounded("north", 3, "up to 8,000"), _bounded("south", 5, "up to 12,000")) == [("north", "south")]
    assert _relay_conflicts(_bounded("north", 3, "up to 8,000"), _bounded("south", 5, "7,000")) == []


def _ordinal_codes(text: str, published: TimeSpan) -> list[str]:
    """The CNT002 codes of *text* published at *published*."""
    from claimcheck.extract import extract

    kb = KnowledgeBase.default()
    doc = extract(text, source=Source(document_id="oath", published=published), kb=kb)
    return [f.code for f in run_checks([doc], kb, select=["CNT002"])]


@pytest.mark.parametrize(
    ("text", "published", "flagged"),
    [
        ("Donald Trump took the oath and became the 46th president.", TimeSpan.day(2025, 1, 25), True),
        ("Donald Trump took the oath and became the 47th president.", TimeSpan.day(2025, 1, 25), False),
        ("Donald Trump, who became the 46th president, spoke.", TimeSpan.day(2026, 6, 1), False),
        ("Donald Trump, the 45th president, spoke.", TimeSpan.day(2025, 1, 25), False),
    ],
)
def test_an_office_taken_is_numbered_by_the_count_on_its_first_day(text: str, published: TimeSpan, flagged: bool) -> None:
    """Becoming the Nth holder of an office is measured on the count the facts give on the
    first day of the tenure begun just before; a position not said to be taken then is left alone."""
    assert (_ordinal_codes(text, published) == ["CNT002"]) is flagged


def test_every_office_counted_in_series_is_a_role_the_facts_record() -> None:
    """Each office whose holders are counted in series is the role of a recorded tenure, by its title."""
    roles = {t.office.role for t in KnowledgeBase.default().tenures}
    assert set(OFFICE_SERIES.values()) <= roles
