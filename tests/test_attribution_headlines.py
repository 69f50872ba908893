"""Tests for claimcheck._attribution_headlines: a speaker before a colon."""

from __future__ import annotations

import pytest

from _shapes import BODY, PERSON, SOMEONE, shape
from claimcheck.model import Anonymity


@pytest.mark.parametrize(
    ("text", "speaker", "anonymity"),
    [
        # a short verb of manner before the colon
        ("Pressed on the budget, Lucia Ferraz sighed: “There is nothing left to cut.”",
         "Lucia Ferraz", PERSON),
        ("One retired pilot at the airfield summed it up: “Nobody checks anything.”",
         "One retired pilot at the airfield", SOMEONE),
        # an apposition and then the colon, with no verb
        ("Col. Tiemoko Sanou Dembele, head of the northern garrison: “The road is open.”",
         "Tiemoko Sanou Dembele", PERSON),
        ("Grace Mwangi: “We will appeal.”", "Grace Mwangi", PERSON),
    ],
)
def test_a_speaker_before_the_colon_of_a_quotation_speaks(
    text: str, speaker: str, anonymity: Anonymity
) -> None:
    """A speaker, then nothing, an apposition or a short verb, then a colon and a quote."""
    assert shape(text) == (speaker, anonymity, ())


@pytest.mark.parametrize(
    "text",
    [
        "It was simple: “No entry.”",
        "The verdict was brief: “Guilty.”",
        "The notice on the gate read: “Closed for repairs.”",
    ],
)
def test_a_colon_after_a_thing_attributes_nothing(text: str) -> None:
    """A colon before a quotation after a thing or "it" credits no speaker."""
    assert shape(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Central Bank of Ireland: mortgage arrears to rise as fixed rates expire",
            ("Central Bank of Ireland", BODY, ()),
        ),
        (
            "Institute for Fiscal Studies: pension changes will cost more than planned",
            ("Institute for Fiscal Studies", BODY, ()),
        ),
        ("Portugal: floods close two motorways near Porto", None),
        ("Budget: what the new tax bands mean for renters", None),
    ],
)
def test_a_body_named_by_its_words_speaks_before_a_headline_colon(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]] | None
) -> None:
    """A name holding a word of bodies ("Bank", "Institute") before a headline's colon
    speaks for what follows; a place or a topic before the colon does not."""
    assert shape(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Air France: flights to Tel Aviv halted until the end of the week",
            ("Air France", BODY, ()),
        ),
        (
            "• Tullow Oil: output from the Jubilee field to fall again next year",
            ("Tullow Oil", BODY, ()),
        ),
        ("• Weather: storms will reach the coast by Friday", None),
        ("- Tullow Oil: a second drilling rig for the Jubilee field", None),
    ],
)
def test_a_company_speaks_before_a_headline_colon_in_a_list_or_alone(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]] | None
) -> None:
    """A company the lists know, or a name ending in a word of company names, speaks
    before a headline's colon that a clause follows, also after a bullet; a topic, or a
    company before a label with no verb, does not."""
    assert shape(text) == expected
