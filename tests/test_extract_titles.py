"""Office titles in the less common forms news uses: descriptions, relative clauses, bodies
named before the title, and words that place a title in time."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Document, RoleHeld, Source, TitleTime
from claimcheck.timespan import TimeSpan

KB = KnowledgeBase.default()
SOURCE = Source(document_id="t2", published=TimeSpan.day(2024, 12, 10))


def _roles(text: str) -> list[RoleHeld]:
    doc: Document = extract(text, source=SOURCE, kb=KB)
    return [c.assertion for c in doc.claims if isinstance(c.assertion, RoleHeld)]


@pytest.mark.parametrize(
    ("text", "actor", "role", "organization"),
    [
        (
            "Speaking to reporters, Ukraine's top diplomat, Andrii Sybiha, asked for air defence.",
            "Andrii Sybiha",
            "Minister of Foreign Affairs",
            "Ukraine",
        ),
        (
            "Andrii Sybiha, who is Ukraine's foreign minister, toured the port.",
            "Andrii Sybiha",
            "Minister of Foreign Affairs",
            "Ukraine",
        ),
        (
            "The bloc's foreign policy chief, Kaja Kallas, arrived late.",
            "Kaja Kallas",
            "High Representative for Foreign Affairs and Security Policy",
            None,
        ),
        (
            "EU foreign policy chief Kaja Kallas arrived late.",
            "Kaja Kallas",
            "High Representative for Foreign Affairs and Security Policy",
            "European Union",
        ),
        (
            "European Commission President Ursula von der Leyen opened the forum.",
            "Ursula von der Leyen",
            "President of the European Commission",
            "European Union",
        ),
        (
            "Army chief Oleksandr Syrskyi toured the front.",
            "Oleksandr Syrskyi",
            "Commander-in-Chief of the Armed Forces",
            "Ukraine",
        ),
        (
            "Mark Rutte, who heads NATO, toured the base.",
            "Mark Rutte",
            "Secretary General",
            "NATO",
        ),
        (
            "Mark Rutte, who has led NATO since October, toured the base.",
            "Mark Rutte",
            "Secretary General",
            "NATO",
        ),
        (
            "U.S. Defence Secretary Lloyd Austin toured the base.",
            "Lloyd Austin",
            "Secretary of Defense",
            "United States",
        ),
    ],
)
def test_title_forms_name_the_knowledge_base_office(
    text: str, actor: str, role: str, organization: str | None
) -> None:
    """Descriptions, relative clauses and bodies before a title give the knowledge base's office."""
    (found,) = _roles(text)
    assert found.actor.name == actor
    assert found.role == role
    if organization is not None:
        assert found.organization == organization


def test_a_past_relative_clause_gives_no_title() -> None:
    """"who was <title>" and "who led <body>" say the title was held at some undated time."""
    assert _roles("Jens Stoltenberg, who was NATO secretary general, spoke on Monday.") == []
    assert _roles("Jens Stoltenberg, who led NATO for a decade, spoke on Monday.") == []


def test_an_outgoing_title_makes_no_claim_and_current_keeps_the_present() -> None:
    """An outgoing holder may be a day either side of the handover; "current" is the present."""
    assert _roles("Outgoing NATO chief Jens Stoltenberg said goodbye on Monday.") == []
    (found,) = _roles("Current NATO chief Mark Rutte said hello.")
    assert found.title_time is TitleTime.PRESENT


def test_a_title_of_another_country_keeps_that_country() -> None:
    """A French foreign minister is not Ukraine's foreign minister, whoever he meets."""
    found = _roles("French Foreign Minister Jean-Noel Barrot greeted Andrii Sybiha.")
    assert [(r.actor.name, r.organization) for r in found] == [("Jean-Noel Barrot", "France")]


def test_name_particles_stay_inside_a_name() -> None:
    """Lower-case particles ("von der", "de") join the capitalised words of one name."""
    (found,) = _roles("Commission President Ursula von der Leyen opened the forum.")
    assert found.actor.name == "Ursula von der Leyen"


def test_an_ambassador_to_a_country_written_in_capitals_keeps_the_country() -> None:
    """"ambassador to the UK" is the envoy to the United Kingdom, as "to Britain" is."""
    (found,) = _roles("Olena Kovalenko, now Ukraine's ambassador to the UK, spoke.")
    assert (found.role, found.organization) == ("Ambassador to United Kingdom", "Ukraine")


@pytest.mark.parametrize(
    ("text", "role", "organization"),
    [
        ("The alliance welcomed NATO's new chief Mark Rutte warmly.", "Secretary General", "NATO"),
        ("Reporters waited for NATO boss Mark Rutte.", "Secretary General", "NATO"),
        ("Ukraine's defence chief Rustem Umerov flew home.", "Minister of Defence", "Ukraine"),
        ("Antony Blinken, America's top diplomat, flew home.", "Secretary of State", "United States"),
    ],
)
def test_describing_words_bosses_and_chiefs_name_the_office(
    text: str, role: str, organization: str
) -> None:
    """"new", "boss", "defence chief" and "America's" still lead to the knowledge base's office."""
    (found,) = _roles(text)
    assert (found.role, found.organization) == (role, organization)
