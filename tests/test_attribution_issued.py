"""Tests for how claimcheck.attribution reads statements and data that a body issued."""

from __future__ import annotations

import pytest

from _shapes import BODY, shape
from claimcheck._attribution_issued import issued_data_end
from claimcheck._attribution_text import tokenize
from claimcheck.model import Anonymity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to a statement issued by the Ministry of Mines, the quarry will close.",
            ("Ministry of Mines", BODY, ()),
        ),
        (
            "Der Standard, citing figures obtained by the charity Caritas, reported that "
            "rents had risen.",
            ("Caritas", BODY, ("Der Standard",)),
        ),
        (
            "Statistics Finland data published on Tuesday show that exports fell.",
            ("Statistics Finland", BODY, ()),
        ),
        (
            "Destatis figures released this morning showed that prices rose.",
            ("Destatis", BODY, ()),
        ),
    ],
)
def test_the_body_that_issued_words_or_data_speaks(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """The body that issued a statement or obtained or released figures is the speaker, past
    the participle and its time ("released on Friday")."""
    assert shape(text) == expected


def test_a_participle_without_data_before_it_is_not_skipped() -> None:
    """Only data nouns before "released" end where the participle starts; other words keep
    the verb as the end."""
    text = "The prisoners released on Friday said they had been beaten."
    tokens = tokenize(text, 0, len(text), forms={})
    verb = next(k for k, t in enumerate(tokens) if t.lower == "said")
    assert issued_data_end(tokens, 0, verb) == verb
    data = "Eurostat data released on Friday showed"
    tokens = tokenize(data, 0, len(data), forms={})
    assert tokens[issued_data_end(tokens, 0, len(tokens) - 1)].lower == "released"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rents in Leeds rose again, according to figures released on Monday by the "
            "Office for National Statistics.",
            ("Office for National Statistics", BODY, ()),
        ),
        (
            "The Courier, relaying a report by the National Audit Office, said the ferries "
            "were late.",
            ("National Audit Office", BODY, ("Courier",)),
        ),
        (
            "The firm broke the rules, according to a lawsuit filed in Ottawa by the "
            "Competition Bureau.",
            ("Competition Bureau", BODY, ()),
        ),
    ],
)
def test_the_issuer_past_a_time_or_a_place(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """The body that issued a report, figures or a lawsuit speaks, past a time or a place
    between the participle and "by", or with "by" right after a report."""
    assert shape(text) == expected



@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Figures published on Friday by SSB, Norway's statistics office, showed that "
            "prices rose.",
            "SSB",
        ),
        (
            "Figures published by Norway's statistics office, SSB, showed that prices rose.",
            "SSB",
        ),
    ],
)
def test_data_issued_by_a_name_set_beside_a_description(text: str, speaker: str) -> None:
    """Data "published by" a body that opens a clause credit the body, and of a name and a
    description set side by side, the name."""
    found = shape(text)
    assert found is not None
    assert found[0] == speaker


def test_data_with_an_inserted_participle_credit_their_compiler() -> None:
    """ "The figures, compiled by X, show" credits X."""
    text = "The figures, compiled by the Danish Energy Agency, show a drop in coal use."
    assert shape(text) == ("Danish Energy Agency", BODY, ())
