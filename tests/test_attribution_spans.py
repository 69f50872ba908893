"""Tests for claimcheck._attribution_spans: phrases as spans of tokens and shared word tests."""

from __future__ import annotations

from claimcheck._attribution_spans import possessive, span_text, starts_name
from claimcheck._attribution_text import tokenize


def test_span_text_keeps_the_text_as_written() -> None:
    """A span's text runs from its first token's start to its last token's end, as written."""
    text = "the  Baltic   Times said"
    tokens = tokenize(text, 0, len(text))
    assert span_text(text, tokens, 1, 3) == "Baltic   Times"


def test_possessive_and_name_starts() -> None:
    """Only a capitalised word with "'s" is a possessive; a name starts with a capital word
    that is no stop word."""
    tokens = tokenize("Norway's the minister Oslo", 0, 26)
    assert possessive(tokens[0]) and not possessive(tokens[2])
    assert starts_name(tokens[3]) and not starts_name(tokens[2])
