"""Extraction of counts, ordinals, lengths of time in office and amounts from news text."""

from __future__ import annotations

from datetime import date

from claimcheck.checks import run_checks
from claimcheck.extract import extract
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Count, Document, DurationSince, Ordinal, Quantity, Source
from claimcheck.timespan import Duration, Modifier, TimeSpan

KB = KnowledgeBase.default()


def _doc(text: str, published: TimeSpan = TimeSpan.day(2024, 11, 12)) -> Document:
    return extract(text, source=Source(document_id="n1", published=published), kb=KB)


def _of(doc: Document, kind: type) -> list:  # type: ignore[type-arg]
    return [c.assertion for c in doc.claims if isinstance(c.assertion, kind)]


def test_an_ordinal_belongs_to_the_country_named_last_before_it() -> None:
    """"Finland, the 31st member, ... with Sweden" gives the position to Finland, not to a
    country named later in the sentence; with none before it, the first one after it."""
    doc = _doc("NATO met. Finland, the 31st member, signed a border pact with Sweden last year.")
    assert [(o.subject, o.position) for o in _of(doc, Ordinal)] == [("Finland", 31)]
    doc = _doc("NATO met. The 32nd member, Sweden, sent a frigate.")
    assert [(o.subject, o.position) for o in _of(doc, Ordinal)] == [("Sweden", 32)]


def test_a_length_in_office_runs_from_the_start_of_the_recorded_tenure() -> None:
    """"who has led Ukraine for N years" runs from the person's tenure in Ukraine's office to
    the time of writing; "who ran the alliance for N years" to the handover."""
    doc = _doc("Volodymyr Zelensky, who has led Ukraine for eight years, flew to Rome.")
    (length,) = _of(doc, DurationSince)
    assert length.subject == "Volodymyr Zelensky as President of Ukraine"
    assert (length.since, length.as_of) == (TimeSpan.day(2019, 5, 20), None)
    assert length.length == Duration(years=8)
    doc = _doc("NATO met in Oslo. Jens Stoltenberg, who ran the alliance for about 11 years, spoke.")
    (length,) = _of(doc, DurationSince)
    assert length.as_of == TimeSpan.day(2024, 10, 1)
    assert length.length == Duration(years=11, modifier=Modifier.APPROX)


def test_in_office_takes_the_one_tenure_held_at_the_time() -> None:
    """"has been in office for more than N years" needs no body: the one office the person
    holds at the time of writing decides."""
    doc = _doc("Emmanuel Macron, who has been in office for more than three years, met farmers.")
    (length,) = _of(doc, DurationSince)
    assert length.since == TimeSpan.day(2017, 5, 14)
    assert length.length.modifier is Modifier.MORE_THAN


def test_a_length_in_an_office_the_facts_do_not_fit_gives_no_claim() -> None:
    """A tenure that ended before a present perfect, or a tenure still running under a past
    tense, gives no length in office."""
    for text in (
        "Jens Stoltenberg, who has led NATO for ten years, spoke.",
        "Keir Starmer, who led Britain for two years, spoke.",
    ):
        assert _of(_doc(text), DurationSince) == [], text


def test_a_wrong_length_in_office_is_flagged_and_a_right_one_is_not() -> None:
    """CNT001 flags a length in office that the recorded tenure cannot give, within the
    slack of its hedge, and passes one that fits."""
    wrong = _doc("Volodymyr Zelensky, who has led Ukraine for eight years, flew to Rome.")
    right = _doc("Volodymyr Zelensky, who has led Ukraine for some five years, flew to Rome.")
    assert [f.code for f in run_checks([wrong], KB, select=["CNT001"])] == ["CNT001"]
    assert run_checks([right], KB, select=["CNT001"]) == []


def test_an_amount_in_apposition_takes_the_recipient_of_its_phrase() -> None:
    """"new help for Moldova, a $40 million loan" is a loan to Moldova, as "a $40 million
    loan for Moldova" is; without a recipient the amount is of the bare noun."""
    (apposed,) = _of(_doc("New help for Moldova, a $40 million loan, arrived."), Quantity)
    (direct,) = _of(_doc("Officials signed a $40 million loan for Moldova."), Quantity)
    assert apposed.subject == direct.subject == "loan for Moldova"
    (bare,) = _of(_doc("New help, a $40 million loan, arrived."), Quantity)
    assert bare.subject == "loan"


def _counts(text: str) -> list[tuple[str, int]]:
    return [(c.subject, c.value) for c in _of(_doc(text), Count)]


def test_counts_of_a_body_in_the_forms_news_uses() -> None:
    """A body's allies, member states, nations and countries are its members, counted in
    digits or words, owned by a name or by "the alliance", or after "of the bloc"."""
    assert _counts("NATO met. The alliance's thirty-one member states voted.") == [("NATO members", 31)]
    assert _counts("NATO met. Delegates of the 30 nations of the bloc voted.") == [("NATO members", 30)]
    assert _counts("Envoys of the 27 countries of the European Union voted.") == [("European Union members", 27)]
    assert _counts("NATO met. All twenty-nine allies voted.") == [("NATO members", 29)]


def test_allies_with_no_body_named_are_the_members_of_the_alliance_the_text_is_about() -> None:
    """Bare "allies" count the members of the alliance named before, of the body whose name
    opens a named body's, or of the body whose office the text gave a title of."""
    assert _counts("The EU met. NATO sent envoys. Later all 30 allies agreed.") == [("NATO members", 30)]
    assert _counts("The NATO Parliamentary Assembly met. Later all 30 allies agreed.") == [("NATO members", 30)]
    assert _counts("Secretary General Mark Rutte spoke. Later all 30 allies agreed.") == [("NATO members", 30)]


def test_allies_of_no_alliance_or_of_a_person_are_not_members() -> None:
    """With no alliance in the text, or allies that are a person's supporters, no body is counted."""
    assert _counts("The European Union met. Later all 30 allies agreed.") == [("allies", 30)]
    assert _counts("NATO met. The senator and his 40 allies in the chamber voted.") == [("allies", 40)]


def test_a_body_sized_in_the_present_or_as_an_adjective_is_a_count() -> None:
    """"NATO, which now has 31 members" and "the 31-member alliance" count the body's members."""
    assert _counts("NATO, which now has 31 members, met in Oslo.") == [("NATO members", 31)]
    assert _counts("NATO met. The 31-member alliance agreed.") == [("NATO members", 31)]


def test_an_indefinite_or_hedged_number_of_allies_is_no_count() -> None:
    """"23 allies", "up to 30 allies" and "NATO had 30 members" say nothing of today's size."""
    for text in (
        "NATO met. Envoys from 23 allies spoke.",
        "NATO met. Up to 30 allies may send ships.",
        "NATO met. In 2021 NATO had 30 members.",
    ):
        assert _counts(text) == [], text


def test_ordinals_owned_by_the_body_or_of_a_body() -> None:
    """"the alliance's 31st member" and "the 31st member of NATO" are in NATO's members; "the
    12th ally to send jets" is an order of deeds, not a position among members."""
    doc = _doc("NATO met. Finland became the alliance's 31st member.")
    assert [(o.subject, o.series, o.position) for o in _of(doc, Ordinal)] == [("Finland", "NATO members", 31)]
    doc = _doc("Finland became the 31st member of NATO.")
    assert [(o.series, o.position) for o in _of(doc, Ordinal)] == [("NATO members", 31)]
    assert _of(_doc("NATO met. Finland was the 12th ally to send jets."), Ordinal) == []


def test_a_count_takes_the_one_past_time_of_its_sentence() -> None:
    """"In 2021, all 30 allies ..." counts the members of 2021, not those at the time of
    writing; a sentence without a date leaves the count to the time of writing."""
    (dated,) = _of(_doc("NATO met. In 2021, all 30 allies signed a pact."), Count)
    assert dated.when == TimeSpan.year(2021)
    (undated,) = _of(_doc("NATO met. All 30 allies signed a pact."), Count)
    assert undated.when is None


def test_a_role_after_been_or_was_names_the_office() -> None:
    """"who has been president for N years" is the person's presidency; a role the person
    never held in the facts gives no claim."""
    doc = _doc("Emmanuel Macron, who has been president for seven years, met farmers.")
    (length,) = _of(doc, DurationSince)
    assert length.subject == "Emmanuel Macron as President of France"
    assert _of(_doc("Emmanuel Macron, who was prime minister for two years, met farmers."), DurationSince) == []


def test_a_length_since_a_recorded_event_runs_from_that_event() -> None:
    """"N years since Finland joined" and "since the Bucharest summit" run from the recorded
    accession or summit; a sentence with its own date, or an event the facts do not record,
    gives no such length."""
    (joined,) = _of(_doc("It has been five years since Finland joined the alliance."), DurationSince)
    assert joined.since == TimeSpan.day(2023, 4, 4)
    assert joined.length == Duration(years=5)
    (summit,) = _of(_doc("Some 16 years since the Bucharest summit, Kyiv still waits."), DurationSince)
    assert summit.since.first_day() == date(2008, 4, 2)
    assert _of(_doc("By 2020 it was 12 years since the Bucharest summit."), DurationSince) == []
    assert _of(_doc("It is a year since Portugal joined the bloc."), DurationSince) == []


def test_a_wrong_length_since_an_event_is_flagged() -> None:
    """CNT001 flags "five years since Finland joined" in late 2024 and passes "nearly two"."""
    wrong = _doc("It has been five years since Finland joined the alliance.")
    right = _doc("It has been nearly two years since Finland joined the alliance.")
    assert [f.code for f in run_checks([wrong], KB, select=["CNT001"])] == ["CNT001"]
    assert run_checks([right], KB, select=["CNT001"]) == []


def test_an_amount_marked_as_another_instance_keeps_the_mark() -> None:
    """"the previous $40 million loan to Moldova" is not the same thing as "a $44 million loan
    to Moldova", so the two are not compared."""
    (previous,) = _of(_doc("Lenders recalled the previous $40 million loan to Moldova."), Quantity)
    (current,) = _of(_doc("Lenders approved a $44 million loan to Moldova."), Quantity)
    assert previous.subject == "previous loan to Moldova"
    assert current.subject == "loan to Moldova"


def test_a_length_far_beyond_a_tenure_without_a_known_predecessor_is_no_claim() -> None:
    """"has ruled Russia for nearly 25 years" may count terms before the one the facts hold
    (they name no one before it), so it gives no claim; a length somewhat past the recorded
    tenure still does."""
    assert _of(_doc("Vladimir Putin, who has ruled Russia for nearly 25 years, spoke."), DurationSince) == []
    (length,) = _of(_doc("Vladimir Putin, who has ruled Russia for 15 years, spoke."), DurationSince)
    assert length.since == TimeSpan.day(2012, 5, 7)


def test_a_body_before_a_head_role_names_the_office() -> None:
    """"has been NATO's chief for N years" is the person's tenure at the head of NATO; a
    strong-sized body ("the 32-strong alliance") counts its members."""
    doc = _doc("Mark Rutte, who has been NATO's chief for a month, flew to Kyiv.")
    (length,) = _of(doc, DurationSince)
    assert length.subject == "Mark Rutte as Secretary General of NATO"
    assert _counts("NATO met. The 32-strong alliance agreed.") == [("NATO members", 32)]


def test_a_predecessor_a_day_apart_still_counts_as_known() -> None:
    """A length far beyond a tenure is still measured on it when the facts name the holder
    before it, even with a day or two between the two tenures (Borrell left on 30 November,
    Kallas took over on 1 December)."""
    doc = _doc("Kaja Kallas, who has held her post for three years, arrived in Kyiv.", TimeSpan.day(2025, 6, 2))
    (length,) = _of(doc, DurationSince)
    assert length.since == TimeSpan.day(2024, 12, 1)
    assert [f.code for f in run_checks([doc], KB, select=["CNT001"])] == ["CNT001"]


def test_an_appositive_in_charge_for_a_length_is_time_in_office() -> None:
    """"X, in charge of <body> for N years," is a length in the office X holds now; a right
    rounded length ("nearly two years") is not flagged, a wrong one is."""
    wrong = _doc("Kaja Kallas, in charge of EU diplomacy for two years, toured the Balkans.", TimeSpan.day(2025, 5, 2))
    (length,) = _of(wrong, DurationSince)
    assert length.subject == "Kaja Kallas as High Representative for Foreign Affairs and Security Policy of European Union"
    assert [f.code for f in run_checks([wrong], KB, select=["CNT001"])] == ["CNT001"]
    right = _doc(
        "Oleksandr Syrskyi, at the helm of the armed forces for nearly two years, visited the front.",
        TimeSpan.day(2025, 12, 1),
    )
    (length,) = _of(right, DurationSince)
    assert length.length == Duration(years=2, modifier=Modifier.APPROX)
    assert run_checks([right], KB, select=["CNT001"]) == []


def test_a_start_some_time_ago_measures_the_tenure_to_the_time_of_writing() -> None:
    """"who took office a year ago" runs from the recorded start of the tenure the words
    name to the time of writing; a start in another role ("took over the party") is none."""
    published = TimeSpan.day(2025, 6, 25)
    right = _doc("Keir Starmer, who took office a year ago, met nurses.", published)
    (length,) = _of(right, DurationSince)
    assert (length.since, length.length) == (TimeSpan.day(2024, 7, 5), Duration(years=1))
    assert run_checks([right], KB, select=["CNT001"]) == []
    wrong = _doc("Andrii Sybiha, who took over as foreign minister from Dmytro Kuleba three years ago, spoke.", published)
    assert [f.code for f in run_checks([wrong], KB, select=["CNT001"])] == ["CNT001"]
    assert _of(_doc("Keir Starmer, who took over the Labour party five years ago, spoke.", published), DurationSince) == []


def test_a_common_noun_for_a_body_refers_to_the_last_body_it_names() -> None:
    """"the alliance" is the body named last whose own names hold the word ("North Atlantic
    Alliance"), even when another body was named since; a noun no body's names hold takes
    the body named last."""
    text = "NATO envoys met in Brussels. EU leaders met later. The alliance's 30 member states agreed."
    assert _counts(text) == [("NATO members", 30)]
    assert _counts("NATO envoys met. EU leaders met later. All 26 members of the bloc agreed.") == [
        ("European Union members", 26)
    ]


def test_an_ordinal_of_something_else_is_no_count_of_members() -> None:
    """"the alliance's 35th summit" numbers summits, not members: no count, nothing flagged."""
    doc = _doc("NATO met in Vilnius. The alliance's 35th summit opened with a minute of silence.")
    assert _of(doc, Count) == []
    assert run_checks([doc], KB, select=["CNT003"]) == []


def test_the_body_a_headline_names_is_the_one_the_first_sentence_means() -> None:
    """"the alliance's 30 members" in a first sentence refers to the body the headline names."""
    text = "The leaders of the alliance's 30 members meet in Oslo on Thursday."
    titled = Source(document_id="t", published=TimeSpan.day(2031, 5, 5), title="NATO leaders meet in Oslo")
    untitled = Source(document_id="u", published=TimeSpan.day(2031, 5, 5))
    counts = [[c.subject for c in _of(extract(text, source=s, kb=KB), Count)] for s in (titled, untitled)]
    assert counts == [["NATO members"], ["members"]]


def test_a_count_of_allies_written_with_a_capital_is_a_count_of_the_alliance() -> None:
    """"All 32 Allies", as official texts capitalize it, counts the members of the alliance named."""
    doc = _doc("NATO leaders met in Rome. All 30 Allies backed the plan.")
    assert [(c.subject, c.value) for c in _of(doc, Count)] == [("NATO members", 30)]


def test_an_ordinal_skips_a_country_named_inside_a_relative_clause() -> None:
    """"Finland, which applied with Sweden, became the 31st member" gives the position to
    Finland, the subject, not to the country inside the clause."""
    doc = _doc("NATO met. Finland, which applied with Sweden in 2022, became the 31st member in 2023.")
    assert [(o.subject, o.position) for o in _of(doc, Ordinal)] == [("Finland", 31)]


def test_an_ordinal_of_an_office_belongs_to_the_person_in_the_series_of_their_office() -> None:
    """"X became the 47th president" gives the position to X, in the series of the body
    whose presidency X holds, as the position taken then."""
    doc = _doc("Donald Trump took the oath and became the 47th president.", TimeSpan.day(2025, 1, 25))
    assert [(o.subject, o.series, o.position, o.prospective) for o in _of(doc, Ordinal)] == [
        ("Donald Trump", "United States presidents", 47, True)
    ]
