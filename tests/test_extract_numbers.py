"""Ordinals taken by joining, each with its own subject, and lengths of time in office
measured on the tenure the knowledge base records."""

from __future__ import annotations

from claimcheck.checks import run_checks
from claimcheck.extract import extract
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Document, DurationSince, Ordinal, Source
from claimcheck.timespan import TimeSpan

KB = KnowledgeBase.default()
SOURCE = Source(document_id="t4", published=TimeSpan.day(2024, 12, 12))


def _doc(text: str) -> Document:
    return extract(text, source=SOURCE, kb=KB)


def _codes(text: str) -> list[str]:
    return [f.code for f in run_checks([_doc(text)], KB)]


def _lengths(text: str) -> list[DurationSince]:
    """The lengths of time since a start that extraction reads in *text*."""
    return [c.assertion for c in _doc(text).claims if isinstance(c.assertion, DurationSince)]


def test_each_ordinal_belongs_to_the_country_named_before_it() -> None:
    """Two countries and two ordinals in one sentence pair up in order."""
    doc = _doc("The alliance grew: Sweden entered as its 32nd member, after Finland joined as the 31st.")
    ordinals = [c.assertion for c in doc.claims if isinstance(c.assertion, Ordinal)]
    assert [(o.subject, o.position) for o in ordinals] == [("Sweden", 32), ("Finland", 31)]


def test_an_ordinal_taken_by_joining_is_measured_on_the_eve_of_the_accession() -> None:
    """"became the Nth member" is the next position the day before the recorded accession."""
    doc = _doc("Finland became the 31st member of NATO, officials recalled.")
    (ordinal,) = [c.assertion for c in doc.claims if isinstance(c.assertion, Ordinal)]
    assert ordinal.prospective
    assert ordinal.when == TimeSpan.day(2023, 4, 3)


def test_a_wrong_accession_ordinal_is_flagged_and_a_right_one_is_not() -> None:
    """The check sees a joining ordinal that misses the count by one either way."""
    assert "CNT002" in _codes("NATO expanded when Finland joined the alliance as its 30th member.")
    assert "CNT002" in _codes("NATO expanded when Sweden became its 33rd member.")
    assert "CNT002" not in _codes("NATO expanded when Sweden became its 32nd member.")


def test_a_timeline_entry_of_an_accession_is_measured_on_its_day() -> None:
    """A dated entry "<day> - X becomes the Nth member" tells the accession itself: the
    position is the count on that day, right or wrong."""
    assert "CNT002" not in _codes("27 March 2020 - North Macedonia becomes NATO's 30th member.")
    assert "CNT002" not in _codes("4 April 2023 - Finland becomes the alliance's 31st member.")
    assert "CNT002" in _codes("7 March 2024 - Sweden becomes the 31st member of NATO.")


def test_a_hope_joined_to_a_dated_deed_speaks_of_the_time_of_writing() -> None:
    """A present-tense clause joined after a dated one ("applied in 2022 and hopes to become
    the 33rd") is not dated by it: the next position is measured at publication."""
    text = "Ukraine applied to join NATO in September 2022 and hopes one day to become the alliance's {}rd member."
    assert "CNT002" not in _codes(text.format(33))
    assert "CNT002" in _codes(text.format(31).replace("31rd", "31st"))
    assert "CNT002" in _codes("In 2022, Finland applied to join and hoped to become NATO's 32nd member.")


def test_a_count_said_of_now_is_not_dated_by_another_clause() -> None:
    """"the alliance now numbers 32 countries" beside a summit of 2023 counts the members at
    publication, so a right present count passes and a wrong one is flagged; without "now",
    the sentence's one past date still dates the count."""
    text = "Delegates noted that NATO now numbers {} countries and that the summit of July 2023 backed Kyiv."
    assert "CNT003" not in _codes(text.format(32))
    assert "CNT003" in _codes(text.format(31))
    assert "CNT003" in _codes("In July 2023, NATO's 32 members backed Kyiv at the summit.")


def test_a_body_named_only_by_a_common_noun_is_the_one_its_subject_joined() -> None:
    """"the alliance's Nth member" with no body named before is the alliance the facts record
    the country joining, so a wrong position is flagged and a right one is not."""
    text = "Sweden, the alliance's 31st member, sent engineers. The NATO envoy praised them."
    (ordinal,) = [c.assertion for c in _doc(text).claims if isinstance(c.assertion, Ordinal)]
    assert ordinal.series == "NATO members"
    assert "CNT002" in _codes(text)
    assert "CNT002" not in _codes("Sweden, the alliance's 32nd member, sent engineers.")


def test_a_common_noun_that_fits_no_recorded_accession_leaves_the_series_alone() -> None:
    """"the bloc's Nth member" of a country whose recorded accession is to an alliance, and an
    ordinal of something other than members, stay unmeasured."""
    doc = _doc("Finland, the bloc's 14th member, sent engineers.")
    (ordinal,) = [c.assertion for c in doc.claims if isinstance(c.assertion, Ordinal)]
    assert ordinal.series == "members"
    assert "CNT002" not in _codes("Finland, the bloc's 14th member, sent engineers.")
    assert "CNT002" not in _codes("Finland hosted the alliance's 35th summit in Helsinki.")


def test_a_country_without_a_recorded_accession_keeps_its_ordinal() -> None:
    """With no accession on record, the ordinal is read as before: held at the time of writing."""
    doc = _doc("Estonia became the 26th member of NATO.")
    (ordinal,) = [c.assertion for c in doc.claims if isinstance(c.assertion, Ordinal)]
    assert not ordinal.prospective and ordinal.when is None


def test_a_past_length_in_office_runs_over_the_whole_ended_tenure() -> None:
    """"who had chaired X for N years" runs from the tenure's start to its end."""
    (since,) = _lengths(
        "Antonio Costa replaced Charles Michel, who had chaired the council for six years."
    )
    assert since.since == TimeSpan.day(2019, 12, 1)
    assert since.as_of is not None and since.as_of.first_day() is not None
    assert "CNT001" in _codes("Antonio Costa replaced Charles Michel, who had chaired the council for six years.")
    assert "CNT001" not in _codes("Antonio Costa replaced Charles Michel, who had chaired the council for five years.")


def test_a_present_perfect_length_in_office_runs_to_the_time_of_writing() -> None:
    """"X has led NATO for N years" runs from the open tenure's start to publication."""
    assert "CNT001" in _codes("Mark Rutte has led NATO for three years.")
    (since,) = _lengths("Mark Rutte has led NATO for three years.")
    assert since.as_of is None and since.since == TimeSpan.day(2024, 10, 1)


def test_a_tense_that_does_not_fit_the_tenure_gives_no_length() -> None:
    """A past tense for a holder still in office may mean an earlier term the facts lack."""
    assert not _lengths("Donald Trump served as president for four years.")


def test_an_ordinal_in_apposition_before_joined_is_a_joining_position() -> None:
    """"Sweden, the 31st member of NATO, joined in March" is measured on the eve of the accession."""
    doc = _doc("Sweden, the 31st member of NATO, joined in March after long objections.")
    (ordinal,) = [c.assertion for c in doc.claims if isinstance(c.assertion, Ordinal)]
    assert ordinal.prospective and ordinal.when == TimeSpan.day(2024, 3, 6)
    assert "CNT002" in _codes("Sweden, the 31st member of NATO, joined in March after long objections.")


def test_only_lengths_of_an_office_are_measured_on_a_tenure() -> None:
    """"in power" is not an office, and hours are not a term of office."""
    for text in (
        "Vladimir Putin has been in power for 25 years.",
        "Olaf Scholz led the talks for two hours.",
    ):
        assert not _lengths(text), text
    (since,) = _lengths("Sergey Lavrov has been foreign minister for 20 years.")
    assert since.since == TimeSpan.day(2004, 3, 9)


def test_a_length_in_another_role_is_not_measured_on_the_office() -> None:
    """A party the person leads is not the office they hold: its length gives no claim, while
    an object that names no other body ("the post", "the summits") still reads the one
    recorded office."""
    for text in (
        "Olaf Scholz, who has led the Social Democrats for three years, spoke.",
        "Olaf Scholz has headed the party for six years.",
    ):
        assert not _lengths(text), text
    (since,) = _lengths("Olaf Scholz, who has held the post for three years, spoke.")
    assert since.since == TimeSpan.day(2021, 12, 8)
    assert "CNT001" in _codes("Costa succeeds Charles Michel, who had chaired the summits for seven years.")
