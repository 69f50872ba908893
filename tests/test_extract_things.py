"""Numbers of things a report states in passing, and the part of them an act touched."""

from __future__ import annotations

from claimcheck._extract_numbers import NumberMention
from claimcheck._extract_things import things_counted
from claimcheck.checks._quantities import NUMBER_MEASURE
from claimcheck.model import Quantity


def _read(sentence: str) -> list[tuple[str, str | None, float]]:
    found = []
    for mention in things_counted(sentence):
        assert isinstance(mention.assertion, Quantity) and mention.assertion.measure == NUMBER_MEASURE
        found.append((mention.assertion.subject, mention.assertion.unit, mention.assertion.value))
    return found


def test_a_number_keeps_the_words_that_say_which_kind_of_thing() -> None:
    """A number before a plural keeps its kind ("Tor-M2 launchers") as subject and the plural as unit."""
    assert _read("The convoy carried 14 Tor-M2 launchers and twelve radar trucks.") == [
        ("tor-m2 launchers", "launchers", 14.0),
        ("radar trucks", "trucks", 12.0),
    ]


def test_a_part_touched_by_an_act_is_of_the_thing_before_it() -> None:
    """"Three of which were intercepted" counts the thing named before, with the act in its unit."""
    assert _read("The navy fired five Harpoon missiles, three of which were intercepted.")[1] == (
        "harpoon missiles",
        "missiles intercepted",
        3.0,
    )


def test_lengths_and_figures_already_read_are_left_alone() -> None:
    """Lengths of time and figures another reader took are no numbers of things."""
    assert _read("The talks lasted three days.") == []
    taken = [NumberMention(Quantity(subject="x", measure="count", value=12.0), 11, 25)]
    assert things_counted("They fired 12 drone swarms.", taken) == []


def test_the_day_of_a_date_counts_nothing() -> None:
    """The day of "on 9 June this year" is a date the reader found, not nine of anything."""
    sentence = "Norway ratified the treaty on 9 June this year and Chile on June 12 this year."
    spans = [(sentence.index("9 June"), sentence.index("9 June") + 6), (sentence.index("June 12"), sentence.index("June 12") + 7)]
    assert things_counted(sentence, dated=spans) == []


def test_words_that_only_end_like_plurals_are_no_things() -> None:
    """"40 across the region" or "the 7 this week" count no thing called "across" or "this"."""
    assert _read("Turnout rose in 40 across the region, and in 7 this week.") == []
