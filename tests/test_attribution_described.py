"""Tests for how claimcheck.attribution reads descriptions that hold a body's long name,
and names of bodies with an "of" that no person's affiliation is."""

from __future__ import annotations

import pytest

from _shapes import BODY, GROUP, PERSON, SOMEONE, shape
from claimcheck.model import Anonymity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A spokeswoman for Brazil's National Institute for Space Research and "
            "Atmospheric Monitoring and Forecasting said the fires had doubled.",
            (
                "A spokeswoman for Brazil's National Institute for Space Research and "
                "Atmospheric Monitoring and Forecasting",
                SOMEONE,
                (),
            ),
        ),
        (
            "The Polish Academy of Sciences said the survey would be repeated in spring.",
            ("Polish Academy of Sciences", BODY, ()),
        ),
        (
            "Professor Lena Vogt of the Humboldt University said the sample was too small.",
            ("Lena Vogt", PERSON, ()),
        ),
    ],
)
def test_a_long_name_inside_a_description(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """A body's name after "for" or "of" in a description belongs to the description, its
    last word never speaks alone, and "Academy of Sciences" is a body, not a person of one."""
    assert shape(text) == expected



def test_a_second_speaker_after_and_ends_the_description() -> None:
    """ "and" before a title or a given name starts a second speaker, never the rest of
    the body's name in a description."""
    text = (
        "A spokeswoman for the Agency for Land Registration and Cadastre and Minister "
        "Ruth Okafor said the visit was off."
    )
    assert shape(text) == ("Ruth Okafor", PERSON, ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Several stallholders at Borough Market said rents had doubled.",
            ("Several stallholders at Borough Market", GROUP, ()),
        ),
        (
            "Dozens of commuters at Waterloo Station said the trains were late again.",
            ("Dozens of commuters at Waterloo Station", GROUP, ()),
        ),
        ("Many in New York believe the plan will fail.", None),
    ],
)
def test_a_name_that_places_people_never_speaks(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]] | None
) -> None:
    """People counted and placed by a name ("at Borough Market") speak as a group whatever
    their noun; the name, or its last word, never speaks for them."""
    assert shape(text) == expected


def test_a_report_issued_by_a_body() -> None:
    """ "a report issued by" credits the body that issued it, as a statement does."""
    text = "According to a report issued by the Office of the Inspector General, laptops vanished."
    assert shape(text) == ("Office of the Inspector General", BODY, ())


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The mine will close in June, someone involved in the sale said.",
         "someone involved in the sale"),
        ("Somebody familiar with the audit said two ledgers were missing.",
         "Somebody familiar with the audit"),
    ],
)
def test_someone_described_is_an_anonymous_person(text: str, speaker: str) -> None:
    """"someone" or "somebody" with what they know is an anonymous person, with no article."""
    assert shape(text) == (speaker, SOMEONE, ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Judge Marta Velez of the Superior Court in Lisbon wrote that the contract was void.",
            ("Marta Velez", PERSON, ()),
        ),
        (
            "The Ethics Board at Karolinska University Hospital said the trial would pause.",
            ("Ethics Board at Karolinska University Hospital", BODY, ()),
        ),
        (
            "The research council at Uppsala University said the grants would be cut.",
            ("research council at Uppsala University", BODY, ()),
        ),
        (
            "Dozens of commuters at Waterloo Station said the trains were late again.",
            ("Dozens of commuters at Waterloo Station", GROUP, ()),
        ),
    ],
)
def test_a_person_of_a_body_and_a_body_at_another_speak(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """A named person "of" a body whose name goes on past a place speaks as the person; a
    body "at" another speaks under the whole name; counted people at a place stay a group."""
    assert shape(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“The ferry never came,” said a group of fishermen at the Mombasa jetty, who "
            "asked not to be named.",
            ("a group of fishermen at the Mombasa jetty", GROUP, ()),
        ),
        (
            "“We waited four hours,” said dozens of passengers at Gatwick Airport.",
            ("dozens of passengers at Gatwick Airport", GROUP, ()),
        ),
    ],
)
def test_a_counted_group_speaks_after_its_verb(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """A group counted before its noun ("a group of fishermen", "dozens of passengers")
    speaks after an inverted verb, with its count."""
    assert shape(text) == expected


@pytest.mark.parametrize("text", ["“We are done,” said", "“We are done,” said a", "said dozens of"])
def test_a_verb_at_the_end_of_the_text_reads_no_group(text: str) -> None:
    """A verb or a count that ends the text has nobody after it: nothing is credited, and
    nothing raises."""
    assert shape(text) is None
