"""Tests for claimcheck._attribution_names: the tokens that continue or end a name."""

from __future__ import annotations

import pytest

from _shapes import BODY, PERSON, shape
from claimcheck._attribution_kinds import person_name
from claimcheck.model import Anonymity


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a comma list of fields inside a body's name, ending in "and" and one more
        ("The Ministry of Culture, Youth and Sport said the stadium would reopen.",
         "Ministry of Culture, Youth and Sport"),
        # "and" between two capitalised modifiers before the head of the name
        ("The National Audit and Accounts Office said the grant was misspent.",
         "National Audit and Accounts Office"),
        # "in" after a "for" continues the name
        ("The Centre for Press Freedom in Ghana said two reporters were detained.",
         "Centre for Press Freedom in Ghana"),
        # "Office of the" before a longer name
        ("The Office of the Federal Ombudsman said complaints had doubled.",
         "Office of the Federal Ombudsman"),
        # "and" before a head that is a noun of bodies, after the owner's possessive
        ("Chile's Fire and Rescue Authority said three homes had burned.",
         "Chile's Fire and Rescue Authority"),
        # "and" inside an office's title
        ("Uganda's Controller and Auditor General said the audit was late.",
         "Uganda's Controller and Auditor General"),
        # a comma list of modifiers before the head, after the owner's possessive
        ("Peru's Water, Sanitation and Irrigation Agency said the reservoir was low.",
         "Peru's Water, Sanitation and Irrigation Agency"),
    ],
)
def test_long_names_of_bodies_are_read_whole(text: str, speaker: str) -> None:
    """Lists, joined modifiers, "for X in Y" and "Office of the" stay inside a body's name."""
    assert shape(text) == (speaker, BODY, ())


@pytest.mark.parametrize(
    ("text", "speaker", "anonymity"),
    [
        ("France and Germany said the summit would go ahead.", "Germany", BODY),
        ("Finance Minister and Foreign Minister Ana Ruiz said", "Ana Ruiz", PERSON),
        ("The Council of Europe in Strasbourg said the report was late.", None, None),
        ("Mayor Ana Ruiz of Valencia said the port would expand.", "Ana Ruiz", PERSON),
        ("Secretary of State Marta Lind said the visit was off.", "Marta Lind", PERSON),
    ],
)
def test_names_do_not_swallow_what_only_follows_them(
    text: str, speaker: str | None, anonymity: Anonymity | None
) -> None:
    """Places joined by "and", a body placed by "in" after "of", and an affiliation after a
    titled person stay out of the name (the affiliation's "of" never splits a title)."""
    found = shape(text)
    if speaker is None:
        assert found is None or "Strasbourg" not in found[0]
    else:
        assert found == (speaker, anonymity, ())


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Dr. Lena Okafor of the University of Lagos said the trial was promising.",
         "Lena Okafor"),
        ("Governor Tomas Berg of the Bank of Norland said rates would hold.", "Tomas Berg"),
        # a rank and a force: a police officer, not the force
        ("Detective Sergeant Ewan Kerr of Fife Constabulary said a van had been seized.",
         "Ewan Kerr"),
        # a cleric named with the see
        ("Bishop Nkem Eze of Awka said the ballots had been counted twice.", "Nkem Eze"),
    ],
)
def test_a_titled_person_of_a_body_is_the_person(text: str, speaker: str) -> None:
    """A titled person named with the body they belong to ("of ...") is the speaker."""
    assert shape(text) == (speaker, PERSON, ())


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an occupation written as a title
        ("Analyst Rosa Pinheiro Matos said the bond sale would be oversubscribed.",
         "Rosa Pinheiro Matos"),
        # abbreviated Spanish and military titles, with their dots, after an inverted verb
        ("Tariffs will rise in May, said Ing. Pablo Ortiz Luna, head of the grid operator.",
         "Pablo Ortiz Luna"),
        ("The bridge is secure, said Brig. Gen. Idrissa Kone Sangare, the sector commander.",
         "Idrissa Kone Sangare"),
    ],
)
def test_occupations_and_abbreviated_ranks_are_not_part_of_a_name(
    text: str, speaker: str
) -> None:
    """Occupations used as titles and dotted ranks ("Ing.", "Brig.") stay out of the name."""
    assert shape(text) == (speaker, PERSON, ())


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Chief Justice Maria Lopez", "Maria Lopez"),
        ("Justice Omar Farouk", "Omar Farouk"),
        ("Datuk Seri Ahmad Zahid", "Ahmad Zahid"),
        ("Tan Sri Lim Kok", "Lim Kok"),
        ("Dato' Hamid Ali", "Hamid Ali"),
        ("Sri Mulyani Indrawati", "Sri Mulyani Indrawati"),  # "Sri" alone is a given name
        ("Datuk Seri Anwar", "Datuk Seri Anwar"),  # never fewer than two words
    ],
)
def test_honorifics_are_dropped_from_a_persons_name(written: str, name: str) -> None:
    """Judicial and Malaysian honorifics are not part of a person's name, down to two words."""
    assert person_name(written) == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Min-seo Cho of the Busan Maritime Institute told Reuters the port would expand.",
            ("Min-seo Cho", PERSON, ("Reuters",)),
        ),
        (
            "The Joint Board of Port Authorities said the port would expand.",
            ("Joint Board of Port Authorities", BODY, ()),
        ),
    ],
)
def test_an_untitled_name_before_the_of_of_a_body_is_its_member(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """A name of two or three words with no word of bodies or roles, before "of" and a
    body's name, is a person of that body; names of bodies with "of" stay whole."""
    assert shape(text) == expected


def test_a_long_affiliation_after_an_inverted_verb() -> None:
    """A titled person with a body's name of many words after "of" is read whole after
    an inverted "said", and speaks alone."""
    text = (
        "“The trial is over,” said Dr. Ana Lima of the Lisbon Institute of Tropical "
        "Medicine, speaking in Porto."
    )
    assert shape(text) == ("Ana Lima", PERSON, ())


def test_an_elided_particle_continues_a_name() -> None:
    """A word joined to an elided "d'" or "dell'" ("d'Ivoire", "dell'Acqua") continues a
    name, so a country's possessive written so stays with the body after it."""
    text = "Côte d'Ivoire's Conseil du Port said dredging would resume."
    found = shape(text)
    assert found is not None and found[0] == "Côte d'Ivoire's Conseil du Port"


def test_a_body_named_on_a_country_keeps_its_whole_name() -> None:
    """A body's name goes on over "on the" and a long place ("Committee of Inquiry on the
    Central African Republic"), but no verb after it joins the name."""
    text = (
        "Mines were seized, according to a report by the UN Commission of Inquiry on the "
        "Central African Republic seen by the BBC."
    )
    assert shape(text) == (
        "UN Commission of Inquiry on the Central African Republic",
        BODY,
        ("BBC",),
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Two bridges failed, said Marites dela Paz, the provincial engineer.", "Marites dela Paz"),
        ("Joana Pereira dos Reis said the ferry would run again on Friday.", "Joana Pereira dos Reis"),
        ("Marco della Torre said the dam had held.", "Marco della Torre"),
    ],
)
def test_surname_particles_of_other_languages_continue_a_name(text: str, speaker: str) -> None:
    """Filipino, Portuguese and Italian particles ("dela", "dos", "della") stay in the name."""
    assert shape(text) == (speaker, PERSON, ())
