"""Tests for claimcheck._attribution_outlets: the index of outlets a reader knows."""

from __future__ import annotations

import pytest

from _shapes import BODY, GROUP, PERSON, SOMEONE, shape
from claimcheck._attribution_outlets import Outlets
from claimcheck._attribution_text import tokenize
from claimcheck.attribution import OUTLETS
from claimcheck.model import Actor, ActorKind, Anonymity


def test_a_caller_outlet_is_matched_by_its_longest_name() -> None:
    """An outlet the caller adds is found by its full name, and the built-in list stays."""
    gazette = Actor("Odesa Harbour Gazette", ActorKind.OUTLET, aliases=("OHG",))
    outlets = Outlets([gazette])
    text = "The Odesa Harbour Gazette and Reuters"
    tokens = tokenize(text, 0, len(text))
    found = outlets.match(tokens, 1, len(tokens))
    assert found is not None and found[:2] == (4, gazette)
    reuters = outlets.match(tokens, 5, len(tokens))
    assert reuters is not None and reuters[1].name == "Reuters"
    assert Outlets([]).match(tokens, 1, len(tokens)) is None


def test_outlets_take_only_actors() -> None:
    """Anything but an `Actor` among the caller's outlets is a type error."""
    with pytest.raises(TypeError, match="outlets"):
        Outlets(["Le Monde"])  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("France's Le Figaro reported that the strike ended.", "Le Figaro"),
        ("Austria's Der Standard wrote that the strike ended.", "Der Standard"),
    ],
)
def test_an_outlet_after_a_country_possessive_is_the_outlet(text: str, speaker: str) -> None:
    """A country's possessive before an outlet's name tells where it is, not who speaks."""
    assert shape(text) == (speaker, BODY, ())


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Latvian Radio reported that the bridge was shut.", "Latvian Radio"),
        ("The Bulgarian News Agency reported that the port reopened.", "Bulgarian News Agency"),
        ("novaya gazeta reported that the port reopened.", "Novaya Gazeta"),
        ("According to the Slovak daily Pravda, the port reopened.", "Pravda"),
    ],
)
def test_outlets_missing_from_the_list_or_in_lower_case_are_outlets(
    text: str, speaker: str
) -> None:
    """A nationality before a press title, "Press" or "News Agency", a known name of two
    words written in lower case, and a name after a descriptor read as outlets."""
    assert shape(text) == (speaker, BODY, ())


def test_a_lower_case_name_of_two_words_must_end_its_phrase() -> None:
    """"foreign policy" before a noun is no outlet: only a name ending its phrase matches."""
    text = "foreign policy experts and the foreign policy reported"
    tokens = tokenize(text, 0, len(text))
    assert Outlets([]).match(tokens, 0, len(tokens)) is None
    found = Outlets([]).match(tokens, 5, len(tokens))
    assert found is not None and found[1].name == "Foreign Policy"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("A nurse told Kompas that the ward was full.", "Kompas"),
        ("A farmer told Folha that the rains came late.", "Folha de S.Paulo"),
        ("A driver told the Daily Monitor that the road was shut.", "Daily Monitor"),
        ("A miner told Daily Maverick that the shaft flooded.", "Daily Maverick"),
        ("A teacher told the Hankyoreh that classes resumed.", "Hankyoreh"),
    ],
)
def test_outlets_of_every_continent_are_known_by_their_names(text: str, outlet: str) -> None:
    """Outlets of Asia, Africa and the Americas are on the built-in list, by any name."""
    found = shape(text)
    assert found is not None and found[2] == (outlet,)


def test_agencies_are_known_by_their_full_style() -> None:
    """A listed agency whose names hold no "Agency" is also known as "<name> News Agency"."""
    text = "Yonhap News Agency said the launch failed."
    assert shape(text) == ("Yonhap", BODY, ())
    (yonhap,) = [o for o in OUTLETS if o.name == "Yonhap"]
    assert "Yonhap News Agency" in yonhap.aliases
    (tasnim,) = [o for o in OUTLETS if o.name == "Tasnim"]
    assert tasnim.aliases.count("Tasnim News Agency") == 1


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("In a rare sit-down with Kestrel Weekly, Ana Ruiz said a vote would follow.",
         "Kestrel Weekly"),
        ("Ana Ruiz said on a podcast with Kestrel Weekly that a vote would follow.",
         "Kestrel Weekly"),
    ],
)
def test_a_sit_down_or_podcast_with_an_outlet_puts_it_in_the_chain(text: str, outlet: str) -> None:
    """A sit-down or a podcast with a press title relays the speaker as an interview does."""
    assert shape(text) == ("Ana Ruiz", PERSON, (outlet,))


def test_a_sit_down_with_a_person_relays_nothing() -> None:
    """A sit-down with someone who is no outlet leaves the chain empty."""
    assert shape("In a sit-down with her brother, Ana Ruiz said a vote would follow.") == (
        "Ana Ruiz", PERSON, ()
    )


@pytest.mark.parametrize(
    ("word", "capitalized"),
    [("beIN", True), ("eBay", True), ("Reuters", True), ("al-Sudani", False), ("a", False)],
)
def test_a_brand_in_camel_case_starts_a_name(word: str, capitalized: bool) -> None:
    """A word in a brand's camel case ("beIN", "eBay") counts as capitalised, as a name
    does; a particle joined by a hyphen ("al-Sudani") and plain words do not."""
    (token,) = tokenize(word, 0, len(word))
    assert token.capitalized is capitalized


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lena Fischer, the striker who scored twice, told ViaPlay Sports that the pitch was "
            "poor.",
            ("Lena Fischer", PERSON, ("ViaPlay Sports",)),
        ),
        (
            "The coach told Sky Sports that the captain was fit.",
            ("The coach", SOMEONE, ("Sky Sports",)),
        ),
    ],
)
def test_a_sports_broadcaster_is_told_things(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """A name that ends in "Sports" and is told something is a broadcaster that relays it."""
    assert shape(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Álvaro Reyes told teammates he would leave in June, according to Marca.",
            ("Álvaro Reyes", PERSON, ("Marca",)),
        ),
        (
            "Greece's Kathimerini reported that the ferries were cancelled.",
            ("Kathimerini", BODY, ()),
        ),
        ("The figures were first published by Pakistan's Dawn.", ("Dawn", BODY, ())),
        ("Dawn Okafor said the talks had stalled.", ("Dawn Okafor", PERSON, ())),
    ],
)
def test_outlets_after_a_countrys_possessive_and_after_a_persons_own_cue(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """A known outlet after a country's possessive is a body, and after a person's own cue
    "according to" it relays that person; a given name before a surname stays a person."""
    assert shape(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("South Korea's Yonhap reported that the talks had stalled.", ("Yonhap", BODY, ())),
        (
            "Hong Kong's South China Morning Post, citing two bankers, said the merger would "
            "wait.",
            ("two bankers", GROUP, ("South China Morning Post",)),
        ),
    ],
)
def test_a_place_of_two_words_owns_an_outlet(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """A place of two words in the possessive ("South Korea's", "Hong Kong's") before a
    known outlet leaves the outlet's own name."""
    assert shape(text) == expected
