"""Tests for claimcheck._attribution_cues: the shapes of cues and the phrases they introduce."""

from __future__ import annotations

import pytest

from _shapes import shape
from claimcheck.model import Anonymity

PERSON = Anonymity.NAMED_PERSON
BODY = Anonymity.NAMED_ORGANIZATION
SOMEONE = Anonymity.ANONYMOUS_PERSON
GROUP = Anonymity.ANONYMOUS_GROUP


@pytest.mark.parametrize(
    ("text", "speaker", "anonymity", "via"),
    [
        (
            "Ukrinform, quoting the regional governor, said the school was hit.",
            "the regional governor",
            SOMEONE,
            ("Ukrinform",),
        ),
        (
            "Euronews, citing Interfax, which quoted a Kremlin aide, reported a second call.",
            "a Kremlin aide",
            SOMEONE,
            ("Euronews", "Interfax"),
        ),
        (
            "Le Temps, quoting Swiss officials cited by the Neue Zürcher Zeitung, said it moved.",
            "Swiss officials",
            GROUP,
            ("Le Temps", "Neue Zürcher Zeitung"),
        ),
        (
            "Lavrov was quoted by TASS as saying that the offer stood.",
            "Lavrov",
            PERSON,
            ("TASS",),
        ),
        ("A senior aide was quoted as saying that nothing moved.", "A senior aide", SOMEONE, ()),
        (
            "The Pentagon declined to comment, but said the drills would go on.",
            "Pentagon",
            BODY,
            (),
        ),
        ("Navalnaya posted on Instagram that the ruling was unjust.", "Navalnaya", PERSON, ()),
        ("The story was denied by the defence ministry.", "defence ministry", BODY, ()),
        ("Sandu's spokeswoman said the vote was fair.", "Sandu's spokeswoman", SOMEONE, ()),
        ("Interfax news agency reported that the jet landed.", "Interfax", BODY, ()),
    ],
)
def test_relays_passives_and_shared_subjects(
    text: str, speaker: str, anonymity: Anonymity, via: tuple[str, ...]
) -> None:
    """Quoting and citing relays nest in order; passives, shared subjects, possessives and
    outlets with their descriptor find the speaker."""
    assert shape(text) == (speaker, anonymity, via)


@pytest.mark.parametrize(
    ("text", "speaker", "anonymity", "via"),
    [
        ("According to dpa, the ferry sailed late.", "dpa", BODY, ()),
        ("heise online reported that the patch slipped.", "heise online", BODY, ()),
        ("Haaretz, citing Channel 13, reported that the vote moved.", "Channel 13", BODY,
         ("Haaretz",)),
        ("Kanal 5 reported that the bridge reopened.", "Kanal 5", BODY, ()),
        ("TV5 reported that the ferry sailed late.", "TV5", BODY, ()),
    ],
)
def test_outlets_in_lower_case_and_with_numbers(
    text: str, speaker: str, anonymity: Anonymity, via: tuple[str, ...]
) -> None:
    """An outlet written in lower case is matched as written, and a broadcaster's name may
    end in a number."""
    assert shape(text) == (speaker, anonymity, via)


def test_capitalised_word_of_a_lower_case_outlet_is_no_outlet() -> None:
    """A lower-case outlet name is matched only in lower case: "Taz" stays a name."""
    assert shape("According to dpa, the ferry sailed.") == ("dpa", BODY, ())
    assert shape("Mr Taz said the ferry sailed.") == ("Taz", PERSON, ())


@pytest.mark.parametrize(
    ("text", "speaker", "anonymity", "via"),
    [
        ("A retired pilot told Reuters that the runway was cratered.", "A retired pilot",
         SOMEONE, ("Reuters",)),
        ("Two exhausted paramedics told the BBC the road was cut.", "Two exhausted paramedics",
         GROUP, ("BBC",)),
        ("Several shop owners told Le Monde that prices doubled.", "Several shop owners", GROUP,
         ("Le Monde",)),
        ("Three engineers quoted by Bloomberg said the pipeline leaked.", "Three engineers",
         GROUP, ("Bloomberg",)),
        ("Interfax quoted a source in the navy as saying the ship sank.", "a source in the navy",
         SOMEONE, ("Interfax",)),
    ],
)
def test_people_described_before_an_outlet(
    text: str, speaker: str, anonymity: Anonymity, via: tuple[str, ...]
) -> None:
    """An indefinite description of people that tells an outlet is the speaker, the outlet
    the chain; so is one "quoted by" an outlet; "as saying" ends a description."""
    assert shape(text) == (speaker, anonymity, via)
