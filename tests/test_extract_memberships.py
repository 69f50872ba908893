"""Lengths of membership measured from the recorded accession."""

from __future__ import annotations

from claimcheck.checks import run_checks
from claimcheck.extract import extract
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Document, DurationSince, Source
from claimcheck.timespan import TimeSpan

KB = KnowledgeBase.default()


def _doc(text: str) -> Document:
    return extract(text, source=Source(document_id="m", published=TimeSpan.day(2025, 3, 1)), kb=KB)


def test_a_member_for_some_years_runs_from_the_recorded_accession() -> None:
    """"Finland, which has been a member for two years" runs from Finland's recorded accession."""
    doc = _doc("Finland, which has been a member for two years, hosted the drill.")
    (length,) = [c.assertion for c in doc.claims if isinstance(c.assertion, DurationSince)]
    assert (length.subject, length.since) == ("Finland as a member", TimeSpan.day(2023, 4, 4))
    assert run_checks([doc], KB, select=["CNT001"]) == []


def test_a_membership_too_long_for_the_accession_is_flagged() -> None:
    """A membership length the recorded accession cannot reach by the time of writing is CNT001."""
    doc = _doc("Finland, which has now been a member for five years, hosted the drill.")
    assert [f.code for f in run_checks([doc], KB, select=["CNT001"])] == ["CNT001"]


def test_a_country_with_no_recorded_accession_gives_no_length() -> None:
    """A member whose accession the facts do not record gives no claim."""
    doc = _doc("Norway, which has been a member for decades, hosted the drill.")
    assert [c for c in doc.claims if isinstance(c.assertion, DurationSince)] == []


def test_a_membership_length_set_beside_the_country_is_read() -> None:
    """"Finland, a member for five years," measures Finland's membership like the full clause, and is flagged when too long."""
    doc = _doc("Finland, a member for five years, sent two frigates to the drill.")
    (length,) = [c.assertion for c in doc.claims if isinstance(c.assertion, DurationSince)]
    assert (length.subject, length.since) == ("Finland as a member", TimeSpan.day(2023, 4, 4))
    assert [f.code for f in run_checks([doc], KB, select=["CNT001"])] == ["CNT001"]


def test_a_membership_length_beside_another_name_is_not_the_countrys() -> None:
    """A length of membership set beside a person's name ("Finland's envoy Anna Berg, a member for five years,") is not Finland's."""
    doc = _doc("Finland hosted the drill and its envoy Anna Berg, a member for five years, spoke.")
    assert [c for c in doc.claims if isinstance(c.assertion, DurationSince)] == []
