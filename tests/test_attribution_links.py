"""Tests for claimcheck._attribution_links: outlets that relay words tie to a statement."""

from __future__ import annotations

import pytest

from _shapes import GROUP, PERSON, SOMEONE, shape
from claimcheck._attribution_links import relay_links, relay_order
from claimcheck._attribution_outlets import Outlets
from claimcheck._attribution_parse import Reader
from claimcheck._attribution_text import tokenize
from claimcheck.model import Actor, ActorKind, Anonymity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The umpire, Ravi Menon, said in his notes, seen by the Guardian, that the ball "
            "had been tampered with.",
            ("Ravi Menon", PERSON, ("The Guardian",)),
        ),
        (
            "A Lagos shop owner, interviewed by Punch, said the naira had halved in a year.",
            ("A Lagos shop owner", SOMEONE, ("Punch",)),
        ),
        (
            "“The roof fell in at night,” a teacher in Sylhet told the BBC's Bangla service.",
            ("a teacher in Sylhet", SOMEONE, ("BBC's Bangla service",)),
        ),
        (
            "Mara Oduya told the radio station Capital FM 98 that the count was rigged.",
            ("Mara Oduya", PERSON, ("Capital FM 98",)),
        ),
    ],
)
def test_relay_words_put_outlets_in_the_chain(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """An outlet tied to the statement by "seen by", "interviewed by" or "told" joins the
    chain wherever it stands, with a service or a station number as part of its name."""
    assert shape(text) == expected


def test_relay_links_are_read_in_written_order_once() -> None:
    """The pass returns each outlet once, in the order the clause names them."""
    text = "A memo seen by Reuters and later by the BBC, seen by Reuters again, said so."
    tokens = tokenize(text, 0, len(text))
    reader = Reader(text, Outlets(()), None)
    assert [a.name for a in relay_links(reader, tokens, 0, len(tokens))] == ["Reuters"]


@pytest.mark.parametrize(
    "text",
    [
        "Priya Nair, interviewed by Inspector Harris, said the plan had failed.",
        "Priya Nair, interviewed by Brussels, said the plan had failed.",
    ],
)
def test_a_lone_name_that_names_a_person_or_place_relays_nothing(text: str) -> None:
    """After "interviewed by", a titled name or a place's name is no outlet."""
    found = shape(text)
    assert found is not None
    assert found[2] == ()


def test_a_body_name_that_opens_with_an_outlet_is_the_body() -> None:
    """An outlet's name followed by a word of bodies ("the Australian Bureau") is part of
    the body's name."""
    text = "According to the Australian Institute of Criminology, thefts fell."
    assert shape(text) == ("Australian Institute of Criminology", Anonymity.NAMED_ORGANIZATION, ())


def test_an_impersonal_report_credits_its_outlet() -> None:
    """ "it was reported in" an outlet, with no other cue, credits that outlet."""
    text = "The tunnel, it was reported in the Financial Times, would cost twice as much."
    assert shape(text) == ("Financial Times", Anonymity.NAMED_ORGANIZATION, ())


def test_an_impersonal_report_without_an_outlet_attributes_nothing() -> None:
    """ "it was reported in" a month or a place credits nobody."""
    assert shape("The tunnel, it was reported in March, would cost twice as much.") is None


def test_the_outlet_opening_a_clause_relays_the_source_it_quoted() -> None:
    """An outlet that opens a clause and, after a relative clause, "quoted" a source relays
    that source."""
    text = (
        "The Nepali daily Kantipur, which sent a reporter to the valley, quoted a porter "
        "as saying the bridge had gone."
    )
    assert shape(text) == ("a porter", SOMEONE, ("Kantipur",))


def test_an_outlet_citing_its_own_records_is_not_its_own_relay() -> None:
    """An outlet that cites records it obtained speaks itself, with no chain."""
    text = "El Tiempo, citing files obtained by the newspaper, reported that the deal fell."
    assert shape(text) == ("El Tiempo", Anonymity.NAMED_ORGANIZATION, ())


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("The senator told CNN's State of the Union that the bill would pass.", ("CNN",)),
        ("In an interview aired on Sunday by ZDF, the mayor said the bridge would open.", ("ZDF",)),
    ],
)
def test_a_show_of_a_known_outlet_and_a_time_before_by_relay(
    text: str, via: tuple[str, ...]
) -> None:
    """A show named with a known outlet's possessive relays through that outlet, and a
    time between a participle and "by" keeps the link."""
    found = shape(text)
    assert found is not None
    assert found[2] == via


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A port official told the Kyiv Post, in remarks carried by Interfax and later "
            "relayed by Reuters, that the berths were empty.",
            ("A port official", SOMEONE, ("Reuters", "Interfax", "Kyiv Post")),
        ),
        (
            "In a story picked up by Reuters, Le Monde quoted a judge as saying the case "
            "was closed.",
            ("a judge", SOMEONE, ("Reuters", "Le Monde")),
        ),
        (
            "Two aides told Politico — in an article later summarised by the Guardian — "
            "that the vote would slip.",
            ("Two aides", GROUP, ("The Guardian", "Politico")),
        ),
        (
            "In remarks first aired by BBC Urdu, later quoted by Reuters and in turn cited "
            "by CNN, a police officer in Quetta said the road was shut.",
            ("a police officer in Quetta", SOMEONE, ("CNN", "Reuters", "BBC Urdu")),
        ),
    ],
)
def test_later_relays_stand_nearer_the_reader(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """Outlets that passed words on come before the outlet the speaker spoke to, and each
    later relay before an earlier one, whatever order they are written in."""
    assert shape(text) == expected


def test_relay_order_keeps_other_outlets_in_place() -> None:
    """Reordering by the relays moves only the outlets the relays name."""
    a, b, c = (Actor(name, ActorKind.OUTLET) for name in ("Alpha", "Beta", "Gamma"))
    assert relay_order((a, b, c), [c, a]) == (c, b, a)
