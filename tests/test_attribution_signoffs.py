# ruff: noqa: RUF001
"""Tests for claimcheck._attribution_signoffs: speakers who sign after a dash."""

from __future__ import annotations

import pytest

from _shapes import BODY, PERSON, shape
from claimcheck.model import Anonymity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“The well ran dry in June” — Halima Osman, 52, a grandmother in Garissa, "
            "speaking to the BBC.",
            ("Halima Osman", PERSON, ("BBC",)),
        ),
        (
            "Hosepipe bans across Kent will stay in force until the reservoirs refill – "
            "Southern Water",
            ("Southern Water", BODY, ()),
        ),
        ("“We will appeal” – Tomas Berg, the club's lawyer.", ("Tomas Berg", PERSON, ())),
    ],
)
def test_a_name_after_a_closing_dash_signs_the_statement(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """A name after the last dash signs what comes before it: after a quotation with an
    age, a description and a relay; after plain words when it ends the clause."""
    assert shape(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He left the club in May – Tomas Berg stayed until the end.",
        "Best supporting actor – Tomas Berg",
        "Rescuers search the rubble of the block in Antakya on Monday – Anadolu Agency",
    ],
)
def test_a_dash_before_a_clause_or_a_label_signs_nothing(text: str) -> None:
    """A name that opens a new clause after a dash, or ends a short label or a caption in
    the plain present (a credit), signs nothing."""
    assert shape(text) is None


def test_a_signature_may_say_where_it_spoke() -> None:
    """After plain words that state what will be, a name after the dash followed only by
    where it spoke ("speaking to reporters") signs the words."""
    text = "The border will stay open until March — Tomas Berg, speaking to reporters in Lima."
    assert shape(text) == ("Tomas Berg", PERSON, ())


def test_a_signature_after_a_plain_past_still_signs_nothing() -> None:
    """Words that state no lasting fact before the dash are signed by nobody, even with
    "speaking" after the name."""
    assert shape("He left the party — Tomas Berg, speaking to reporters.") is None
