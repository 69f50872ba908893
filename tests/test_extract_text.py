"""Sentences of an article and the page furniture around them."""

from __future__ import annotations

import pytest

from claimcheck._extract_text import is_furniture, sentences


@pytest.mark.parametrize(
    ("line", "before_body", "furniture"),
    [
        ("Tuesday, 3 December 2024", True, True),
        ("Tuesday, 3 December 2024", False, False),
        ("December 3, 2024", False, False),
        ("3 December 2024, 14:05 CET", False, True),
        ("December 3, 2024 at 9.30 a.m.", False, True),
        ("Envoys met on 3 December 2024.", True, False),
    ],
)
def test_a_dated_line_is_a_stamp_before_the_body_or_with_a_clock(
    line: str, before_body: bool, furniture: bool
) -> None:
    """A full date alone is furniture above the body or with a time of day, a heading elsewhere."""
    assert is_furniture(line, before_body=before_body) is furniture


def test_a_publication_stamp_is_left_out_and_a_later_date_line_is_kept() -> None:
    """The date above the body is dropped as a stamp; a date line further down stays a sentence."""
    text = (
        "3 December 2024\nEnvoys met.\nWednesday, 4 December 2024\nEnvoys left.\n"
        "4 December 2024, 18:00\n"
    )
    found = [s.text for s in sentences(text)]
    assert found == ["Envoys met.", "Wednesday, 4 December 2024", "Envoys left."]
