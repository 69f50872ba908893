"""Counts of things in acts: what is counted, whose act it is, and the hedge on the figure."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Quantity, Source
from claimcheck.timespan import Modifier, TimeSpan

KB = KnowledgeBase.default()
SOURCE = Source(document_id="tallies", published=TimeSpan.day(2031, 9, 12))


def _counts(text: str) -> list[Quantity]:
    doc = extract(text, source=SOURCE, kb=KB)
    return [c.assertion for c in doc.claims if isinstance(c.assertion, Quantity) and c.assertion.measure == "count"]


@pytest.mark.parametrize(
    ("text", "subject", "unit", "value", "modifier"),
    [
        ("The Admiralty may pull up to 3,000 sailors and soldiers home.", None, None, None, None),
        ("Officials said the Bundeswehr will withdraw some 4,500 soldiers from Lithuania.", "withdrawal by Bundeswehr", "troops", 4500.0, Modifier.APPROX),
        ("The Kremlin sent about 20,000 troops to the border.", "deployment by Kremlin", "troops", 20000.0, Modifier.APPROX),
        ("Rheinmetall delivered 180,000 shells to Kyiv last year.", "delivery by Rheinmetall", "shells", 180000.0, Modifier.EXACT),
        ("Anna Lindh received 412 votes in the chamber.", "votes for Anna Lindh", "votes", 412.0, Modifier.EXACT),
    ],
)
def test_a_count_names_its_thing_and_whose_act_it_is(
    text: str, subject: str | None, unit: str | None, value: float | None, modifier: Modifier | None
) -> None:
    """A number of a counted thing after a verb of an act is a count of that thing in that act
    by the body named before the verb; a number of a thing counted in no act is no count."""
    counts = _counts(text)
    if subject is None:
        assert counts == []
        return
    (count,) = counts
    assert (count.subject, count.unit, count.value, count.modifier) == (subject, unit, value, modifier)


def test_troops_merely_stationed_are_not_counted_as_an_act() -> None:
    """"around 80,000 soldiers serve in Europe" counts no act, so it meets no withdrawal figure."""
    assert _counts("Around 80,000 American soldiers serve in Europe, the Pentagon said.") == []


def test_a_pronoun_gets_the_votes_of_the_sentence_subject_before_it() -> None:
    """"she won 290 votes" counts votes for the person the sentence before is about; a bare
    number after the same verb in the next sentence is of votes too."""
    text = (
        "Marta Kovac became speaker on Tuesday after two rounds. "
        "In the first round she won 290 votes. In the second she won 301."
    )
    first, second = _counts(text)
    assert first.subject == "votes for Marta Kovac (first round)" and first.value == 290
    assert second.subject == "votes for Marta Kovac" and second.value == 301 and second.unit == "votes"


def test_votes_reported_by_someone_are_not_that_person_s() -> None:
    """"Anna Lindh said the bill received 300 votes" counts no votes for Anna Lindh."""
    assert _counts("Anna Lindh said the bill received 300 votes.") == []


@pytest.mark.parametrize(
    ("text", "subject", "unit", "value"),
    [
        ("Three Baltic ministries ordered 2,500 loitering drones for the army.", "purchase by Three Baltic", "loitering drones", 2500.0),
        ("Lockheed bought 900 additional missiles last spring.", "purchase by Lockheed", "missiles", 900.0),
        ("Oslo signed a procurement of 40 artillery shells for training.", "purchase by Oslo", "shells", 40.0),
    ],
)
def test_an_order_counts_equipment_of_the_kind_it_names(text: str, subject: str, unit: str, value: float) -> None:
    """An order or purchase of equipment is a count of the thing, with the word that says which
    kind of it; a general word ("additional") says no kind."""
    (count,) = _counts(text)
    assert (count.subject, count.unit, count.value) == (subject, unit, value)


def test_ordering_troops_is_a_command_not_a_purchase() -> None:
    """"ordered 3,000 troops to the border" counts no purchase."""
    assert _counts("The Kremlin ordered 3,000 troops to the border.") == []


def test_the_parts_of_a_quoted_document_are_counted_with_their_quality() -> None:
    """"four secret annexes" and "two of its annexes kept secret" count one kind of part of
    the document the sentence names in quotation marks."""
    (count,) = _counts('The "Danube compact" lists four secret annexes.')
    assert (count.subject, count.unit, count.value) == ("parts of danube compact", "secret annexes", 4.0)
    (kept,) = _counts('The "Danube compact" has two of its annexes kept secret.')
    assert (kept.subject, kept.unit, kept.value) == ("parts of danube compact", "secret annexes", 2.0)


def test_parts_without_one_quoted_document_are_not_counted() -> None:
    """With no title, or two, whose parts a number counts is unknown."""
    assert _counts("The compact lists four secret annexes.") == []
    assert _counts('The "Danube compact" and the "Tisza pact" list four secret annexes.') == []


def test_a_force_of_troops_counts_a_deployment() -> None:
    """"a force of up to 8,000 troops" is the size of a deployment, with its "up to" kept."""
    (count,) = _counts("Nordic governments are weighing a force of up to 8,000 troops for the border.")
    assert (count.subject, count.unit, count.value, count.modifier) == (
        "deployment by Nordic",
        "troops",
        8000.0,
        Modifier.EQUAL_OR_LESS,
    )


@pytest.mark.parametrize(
    "text",
    [
        "The navy delivered Su-34 jets to the base on Monday.",
        "Poland ordered PAC-3 missiles for its batteries.",
    ],
)
def test_a_number_inside_a_models_designation_counts_nothing(text: str) -> None:
    """The figures of a designation ("Su-34", "PAC-3") are part of a model's name, not a count of it."""
    assert _counts(text) == []
