"""Tests for claimcheck._attribution_bodies: outlets told something, relays that spoke to a
source, and bodies that state something through data, forecasts and amounts."""

from __future__ import annotations

import pytest

from _shapes import BODY, GROUP, PERSON, SOMEONE, shape
from claimcheck._attribution_bodies import BodyReader
from claimcheck._attribution_outlets import Outlets
from claimcheck._attribution_text import tokenize
from claimcheck.model import Anonymity


@pytest.mark.parametrize(
    ("text", "speaker", "anonymity", "via"),
    [
        (
            "Slovak Radio, citing the Czech News Agency, which spoke to two border officers, "
            "said the fence would be extended.",
            "two border officers",
            GROUP,
            ("Slovak Radio", "Czech News Agency"),
        ),
        (
            "Der Spiegel, citing Politico, which talked to a NATO planner, said the drill grew.",
            "a NATO planner",
            SOMEONE,
            ("Der Spiegel", "Politico"),
        ),
        (
            "Axios's reporting, cited by Meduza, suggested that the meeting was cancelled.",
            "Axios",
            BODY,
            ("Meduza",),
        ),
        (
            "Reuters' reporting, cited by the Kyiv Independent, suggested the talks stalled.",
            "Reuters",
            BODY,
            ("Kyiv Independent",),
        ),
        (
            "A senior officer quoted by the Estonian broadcaster ERR said the drills go on.",
            "A senior officer",
            SOMEONE,
            ("ERR News",),
        ),
        (
            "Two engineers quoted by the Dutch daily Trouw said the dike was weak.",
            "Two engineers",
            GROUP,
            ("Trouw",),
        ),
    ],
)
def test_relays_nest_in_the_order_the_statement_travelled(
    text: str, speaker: str, anonymity: Anonymity, via: tuple[str, ...]
) -> None:
    """An outlet that spoke to a source relays it; "X's reporting, cited by Y" and "quoted
    by" a described outlet put the relay in the chain."""
    assert shape(text) == (speaker, anonymity, via)


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        ("The minister told LRT that the border would stay closed.", "The minister", ("LRT",)),
        ("Sources told nos.nl that the cabinet would fall.", "Sources", ("nos.nl",)),
        (
            "Two officers who spoke to Lidovky on condition of anonymity said the base was hit.",
            "Two officers",
            ("Lidovky",),
        ),
        ("Rescuers told Latvian Radio that nine were missing.", "Rescuers", ("Latvian Radio",)),
        ("A lawmaker told tagesschau that the budget was frozen.", "A lawmaker", ("ARD",)),
        (
            "A spokesman told the Austrian broadcaster ORF on Monday that talks would resume.",
            "A spokesman",
            ("ORF",),
        ),
        (
            "Diplomats who spoke to DR on condition of anonymity said the envoy had resigned.",
            "Diplomats",
            ("DR",),
        ),
        (
            "Two officers, who spoke to the portal Delfi on condition of anonymity, said so.",
            "Two officers",
            ("Delfi",),
        ),
        (
            "The Estonian news portal 24tv, citing two officers, reported that the gate shut.",
            "two officers",
            ("24tv",),
        ),
        (
            "radio svoboda reported, citing a police officer, that the gate shut.",
            "a police officer",
            ("Radio Svoboda",),
        ),
    ],
)
def test_the_outlet_told_is_in_the_chain(text: str, speaker: str, via: tuple[str, ...]) -> None:
    """An outlet told or spoken to joins the chain, whether the list knows it, its name shows
    it (an acronym, a nationality before "Radio", a name of digits and letters after a
    descriptor), it grants anonymity, or it is written in lower case."""
    found = shape(text)
    assert found is not None
    assert (found[0], found[2]) == (speaker, via)


@pytest.mark.parametrize(
    ("text", "speaker", "anonymity"),
    [
        ("Eurostat data show that inflation eased in October.", "Eurostat", BODY),
        ("UNHCR figures show that two million people had left.", "UNHCR", BODY),
        ("Eurostat's latest figures show that prices rose.", "Eurostat", BODY),
        (
            "Figures from the Ukrainian interior ministry suggest that desertions doubled.",
            "Ukrainian interior ministry",
            BODY,
        ),
        ("According to Frontex data, crossings fell.", "Frontex", BODY),
        ("The Swedish central bank expects inflation to fall.", "Swedish central bank", BODY),
        ("The IMF expects the economy to shrink by 2 per cent.", "IMF", BODY),
        ("A Finnish official put the number of drones at 40.", "A Finnish official", SOMEONE),
        ("Local authorities put the death toll at 12.", "Local authorities", GROUP),
        ("The regulator put the cost of the new cables at tens of billions.", "regulator", BODY),
    ],
)
def test_bodies_state_through_data_forecasts_and_amounts(
    text: str, speaker: str, anonymity: Anonymity
) -> None:
    """Data credit the body named with them, a body's forecast is its statement, and
    whoever puts an amount at a figure states it."""
    assert shape(text) == (speaker, anonymity, ())


@pytest.mark.parametrize(
    "text",
    [
        "The family was told to leave the village.",
        "Residents were told to leave before dawn.",
        "The data show that crossings fell.",
        "The latest figures show a sharp fall.",
        "Official data show prices rose.",
        "John Smith's figures show that prices rose.",
        "According to the data, prices rose.",
        "According to the plan, troops will withdraw.",
        "Exports fell by 6 per cent.",
        "Traders quoted prices above $80 a barrel.",
        "Kyiv expects a decision by Friday.",
        "Ukraine expects more air defence systems.",
        "Zelensky expects the aid to arrive soon.",
        "The farmers put the blame on the government.",
        "They put the plan at risk.",
        "Forty per cent of voters said they would back him.",
        "40% of voters say the war is lost.",
        "A majority of residents say the bridge is unsafe.",
        "He spoke to Macron on Tuesday.",
        "The president spoke to NATO leaders.",
        "The border guard stopped the car.",
        "Foreign policy experts are divided over the plan.",
    ],
)
def test_near_shapes_attribute_nothing(text: str) -> None:
    """Being told to do something, data nobody made, a plan, a unit, a price, a wish, an
    amount of blame, a share of a group and a talk with a person attribute nothing."""
    assert shape(text) is None


def test_told_names_no_outlet_for_a_body_or_a_group() -> None:
    """The speaker keeps an empty chain when it tells a known body or a group of people."""
    assert shape("Merz told NATO that Germany would pay.") == ("Merz", PERSON, ())
    assert shape("The minister told MPs that the plan was ready.") == ("The minister", SOMEONE, ())


def test_told_outlet_reads_an_unknown_acronym_before_a_clause_only() -> None:
    """An acronym or a name of letters and digits after "told" is an outlet before "that" or
    a date, not before a noun."""
    cases = (
        ("told HRT that", "HRT"),
        ("told HRT leaders that", None),
        ("told F-16 pilots that", None),
        ("told 24tv on Monday", "24tv"),
    )
    for text, expected in cases:
        reader = BodyReader(text, Outlets([]), None)
        tokens = tokenize(text, 0, len(text))
        found = reader.told_outlet(tokens, 1, len(tokens))
        assert (found.text if found is not None else None) == expected


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        ("The Daily Ledger, a tabloid owned by the Harbour Group, said the mayor would resign.",
         "Daily Ledger", ()),
        ("The Daily Ledger, a regional weekly published by the Harbour Group, said prices rose.",
         "Daily Ledger", ()),
    ],
)
def test_an_outlets_owner_in_apposition_relays_nothing(
    text: str, speaker: str, via: tuple[str, ...]
) -> None:
    """"X, a tabloid published by Y, said": Y owns X and is no relay of what X said."""
    found = shape(text)
    assert found is not None and (found[0], found[2]) == (speaker, via)


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("The mayor told FrontLine Zambia that the bridge would reopen.", ("FrontLine Zambia",)),
        ("The mayor told Ana Ruiz that the bridge would reopen.", ()),
        ("The mayor told the European Commission that the bridge would reopen.", ()),
    ],
)
def test_an_unknown_press_title_told_something_is_an_outlet(
    text: str, via: tuple[str, ...]
) -> None:
    """A multiword name told something is an outlet only on a body's evidence without a body's
    word: never a person, never a body such as a commission."""
    found = shape(text)
    assert found is not None and found[2] == via


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("Researchers at the survey reported in Nature that the fault had moved.", ("Nature",)),
        ("Two researchers wrote in The Lancet that the trial was flawed.", ("The Lancet",)),
        ("Two researchers wrote in the journal Pediatric Reports that the trial was flawed.",
         ("Pediatric Reports",)),
        ("The minister said in Vilnius that the trial was flawed.", ()),
    ],
)
def test_an_outlet_or_journal_after_in_carries_what_was_reported(
    text: str, via: tuple[str, ...]
) -> None:
    """"reported in Nature that": the journal or outlet after "in" carries the words; a
    place after "in" carries nothing."""
    found = shape(text)
    assert found is not None and found[2] == via


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dr Layla bint Saeed al-Harbi, who runs the fertility clinic at the King Fahd "
            "hospital, told The Examiner Weekly that the waiting list had doubled.",
            ("Layla bint Saeed al-Harbi", PERSON, ("The Examiner Weekly",)),
        ),
        (
            "Omar ibn Rashid told The Continent that the border had reopened.",
            ("Omar ibn Rashid", PERSON, ("The Continent",)),
        ),
    ],
)
def test_a_capital_article_makes_a_press_title_and_bint_joins_a_name(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """A name told something that opens with a capital "The" inside a sentence is a title of
    the press (not a place such as The Hague), and "bint" or "ibn" joins a person's name."""
    found = shape(text)
    assert found is not None
    assert found[:2] == expected[:2]
    assert [name.removeprefix("The ") for name in found[2]] == [
        name.removeprefix("The ") for name in expected[2]
    ]


def test_a_place_after_a_capital_article_is_no_press_title() -> None:
    """ "told The Hague tribunal" tells a place's court, which is no outlet that relays."""
    assert shape("The defendant told The Hague tribunal that he had followed orders.") is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The port authority put annual dredging costs at €40 million.", "port authority"),
        ("Qantas put the cost of the strike at AU$50 million.", "Qantas"),
    ],
)
def test_an_amount_set_past_qualifiers_and_currency_letters(text: str, speaker: str) -> None:
    """ "put" sets an amount past qualifiers of its noun ("annual dredging costs") and with
    a currency's country letters before its sign ("AU$50")."""
    found = shape(text)
    assert found is not None
    assert found[0] == speaker


def test_put_without_an_amount_attributes_nothing() -> None:
    """ "put" with no amount after "at" ("put the plan at risk") attributes nothing."""
    assert shape("The port authority put the whole plan at risk.") is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Reserve Bank of New Zealand's data showed lending at a low.", "Reserve Bank of "
         "New Zealand"),
        ("Statistics Canada's latest figures showed lending at a low.", "Statistics Canada"),
    ],
)
def test_the_owner_of_data_speaks_without_its_possessive(text: str, speaker: str) -> None:
    """The body whose data show something speaks by its name without "'s", however long."""
    found = shape(text)
    assert found is not None
    assert found[:2] == (speaker, BODY)


@pytest.mark.parametrize(
    "text",
    [
        "According to Article 7 of the club's charter, members elect the board each May.",
        "According to Section 12 of the tenancy act, rents may rise once a year.",
        "Per Chapter IV of the rulebook, a referee may halt play in heavy rain.",
    ],
)
def test_a_numbered_part_of_a_document_attributes_nothing(text: str) -> None:
    """ "According to Article 7 of the charter" cites a part of a document, as "according to
    the plan" does."""
    assert shape(text) is None


def test_a_group_named_with_a_number_still_speaks() -> None:
    """A name with a number but no "of" after it may name a group: it still attributes."""
    text = "According to Article 19, a press freedom group, two reporters were detained."
    assert shape(text) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Football Association's disciplinary board said the ban would stand.",
            ("Football Association's disciplinary board", BODY, ()),
        ),
        (
            "The museum's board said the collection would not be sold.",
            ("museum's board", BODY, ()),
        ),
    ],
)
def test_a_board_of_a_body_speaks_as_a_body(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """ "The Football Association's disciplinary board said" names a body by its noun
    "board", as "the defence ministry" does by "ministry"."""
    assert shape(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le Temps, citing an interview that the daily Blick conducted with two border "
            "guards, said the crossings would close at night.",
            ("two border guards", GROUP, ("Le Temps", "Blick")),
        ),
        (
            "RFI, quoting an interview the weekly Jeune Afrique held with a senior officer in "
            "Bamako, said the convoy had turned back.",
            ("a senior officer in Bamako", SOMEONE, ("RFI", "Jeune Afrique")),
        ),
    ],
)
def test_an_interview_an_outlet_conducted_relays_whom_it_interviewed(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """ "an interview that the daily X conducted with Y": Y speaks, X relays, after the
    outlet that cites the interview."""
    assert shape(text) == expected
