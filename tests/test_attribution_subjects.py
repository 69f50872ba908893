"""Tests for claimcheck._attribution_subjects: the phrase that speaks before a verb."""

from __future__ import annotations

import pytest

from _shapes import BODY, GROUP, PERSON, SOMEONE, shape
from claimcheck.model import Anonymity


@pytest.mark.parametrize(
    ("text", "speaker", "anonymity"),
    [
        ("The port authority on Monday also said the berth was closed.", "port authority", BODY),
        (
            "Marta Vidal, head of the dockers' union, said the strike would go on.",
            "Marta Vidal",
            PERSON,
        ),
        (
            "The chair of the water board, Pieter de Groot, said the dikes would hold.",
            "Pieter de Groot",
            PERSON,
        ),
        (
            "A technician who asked not to be named said the pumps had failed twice.",
            "A technician",
            SOMEONE,
        ),
        (
            "Two farmers questioned by police after the flood said the gate was open.",
            "Two farmers",
            GROUP,
        ),
    ],
)
def test_the_phrase_before_the_verb_speaks(text: str, speaker: str, anonymity: Anonymity) -> None:
    """The phrase that ends before the verb speaks, over time words, an appositive between
    commas, a clause that says why it goes unnamed, or a participle clause."""
    found = shape(text)
    assert found is not None
    assert found[:2] == (speaker, anonymity)


def test_a_shared_subject_speaks_for_a_second_verb() -> None:
    """A verb after "but" takes the subject that opened the sentence."""
    found = shape("The port authority declined to comment, but said repairs would start soon.")
    assert found is not None
    assert found[:2] == ("port authority", BODY)


def test_which_refers_back_to_the_speaker() -> None:
    """", which said" makes the phrase before the comma the speaker."""
    text = "The numbers were published by the Dutch statistics office, which said trade fell."
    found = shape(text)
    assert found is not None
    assert found[0] == "Dutch statistics office"


def test_a_name_after_a_preposition_does_not_speak() -> None:
    """A place after a preposition is no subject: "many in Lyon believe" names no speaker."""
    assert shape("Many in Lyon believe the bridge will never reopen.") is None
