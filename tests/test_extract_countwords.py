"""Counts written in figures or in words, and the words a reader of counts matches."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from claimcheck._dates_lexicon import NUMBER_WORDS
from claimcheck._extract_countwords import count_value, count_words

TENS = [w for w, v in NUMBER_WORDS.items() if 20 <= v < 100]
ONES = [w for w, v in NUMBER_WORDS.items() if 1 <= v < 10 and w not in ("a", "an", "couple")]


@given(st.integers(min_value=0, max_value=10**9))
def test_a_count_in_figures_reads_back_with_or_without_commas(number: int) -> None:
    """A count in figures reads to its value whether or not commas split its thousands."""
    assert count_value(str(number)) == count_value(f"{number:,}") == number


@given(st.sampled_from(TENS), st.sampled_from(ONES), st.sampled_from(["-", " "]))
def test_a_compound_count_in_words_adds_tens_and_ones(tens: str, ones: str, joint: str) -> None:
    """"thirty-one" and "Thirty one" read as the tens plus the ones, in any case."""
    assert count_value(f"{tens}{joint}{ones}".title()) == NUMBER_WORDS[tens] + NUMBER_WORDS[ones]


def test_count_words_keep_the_range_and_leave_the_words_asked() -> None:
    """The words matched are those worth the range given, less those left, longest first."""
    words = count_words(2, 12, leaving={"couple"}).split("|")
    assert set(words) == {w for w, v in NUMBER_WORDS.items() if 2 <= v <= 12} - {"couple"}
    assert [len(w) for w in words] == sorted((len(w) for w in words), reverse=True)
    assert re.fullmatch(rf"(?:{count_words(2, 12)})", "dozen")
