"""Tests for how claimcheck.attribution reads relays, carried words, glued outlet names,
press titles written in sentence case, coordinated descriptions and names with ranks."""

from __future__ import annotations

import pytest

from _shapes import BODY, GROUP, PERSON, SOMEONE, shape
from claimcheck._attribution_names import joined_particle, ordinal
from claimcheck._attribution_outlets import glued_outlet
from claimcheck._attribution_text import tokenize
from claimcheck.model import Anonymity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Defence Minister Ivo Marić told Slobodni list that the drills would go ahead.",
            ("Ivo Marić", PERSON, ("Slobodni list",)),
        ),
        (
            "A former envoy told Lidové noviny that the embassy had been warned.",
            ("A former envoy", SOMEONE, ("Lidové noviny",)),
        ),
        (
            "Kenya's Nation newspaper reported, citing two customs officers, that the port shut.",
            ("two customs officers", GROUP, ("Nation",)),
        ),
        (
            "The Bild tabloid, quoting a coalition aide, wrote that the budget would slip.",
            ("a coalition aide", SOMEONE, ("Bild",)),
        ),
    ],
)
def test_press_titles_in_sentence_case_and_with_their_noun(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """A capitalised name before a lower-case press noun of its language ("list",
    "noviny") or before "newspaper", "tabloid" is an outlet."""
    assert shape(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "delfi.lt reported, citing the Lithuanian army, that the drill ended early.",
            ("Lithuanian army", BODY, ("delfi.lt",)),
        ),
        (
            "24tv, quoting a border guard in Volyn, reported that the crossing was closed.",
            ("a border guard in Volyn", SOMEONE, ("24tv",)),
        ),
        (
            "In an interview with rmf24.pl, Senator Anna Kowal said the bill would pass.",
            ("Anna Kowal", PERSON, ("rmf24.pl",)),
        ),
    ],
)
def test_glued_outlet_names_open_a_sentence_or_follow_a_cue(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """A web address is an outlet wherever it stands, its full address winning over a
    known name inside it; a word with digits is one where it reports or relays."""
    assert shape(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In remarks carried by Interfax, Deputy Energy Minister Pavel Orlov said supply would"
            " resume.",
            ("Pavel Orlov", PERSON, ("Interfax",)),
        ),
        (
            "The foreign ministry, in a statement carried by Anadolu, said the envoy was recalled.",
            ("foreign ministry", BODY, ("Anadolu Agency",)),
        ),
        (
            "TASS carried comments by Sergei Ryabkov in which the diplomat rejected the offer.",
            ("Sergei Ryabkov", PERSON, ("TASS",)),
        ),
        (
            "Kyodo published remarks by Fumio Tanaka in which he ruled out new talks.",
            ("Fumio Tanaka", PERSON, ("Kyodo News",)),
        ),
        (
            "Anadolu ran a statement from the trade minister, who said exports had doubled.",
            ("the trade minister", SOMEONE, ("Anadolu Agency",)),
        ),
    ],
)
def test_outlets_carry_words_that_others_said(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """Words "carried by" an outlet reach the text through it, and an outlet that "carried",
    "published" or "ran" remarks or a statement by someone relays that speaker."""
    assert shape(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le Soir reported, citing Belga, which had quoted three port workers, that cranes"
            " stood idle.",
            ("three port workers", GROUP, ("Le Soir", "Belga")),
        ),
        (
            "RTÉ, quoting PA Media, which cited officials in the transport department, said the"
            " line would reopen.",
            ("officials in the transport department", GROUP, ("RTE", "PA Media")),
        ),
        (
            "Politico's reporting, cited by Euronews, showed that the vote had been delayed.",
            ("Politico", BODY, ("Euronews",)),
        ),
        (
            "The Meduza investigation, cited by Der Spiegel, found that the funds were moved.",
            ("Meduza", BODY, ("Der Spiegel",)),
        ),
    ],
)
def test_three_level_relays_keep_their_order(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """A relay of a relay ("which had quoted", a name that quotes an outlet before "said",
    a report "cited by" another outlet) keeps every outlet, outermost first."""
    assert shape(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le Monde, citing French and German diplomats, reported that the summit moved.",
            ("French and German diplomats", GROUP, ("Le Monde",)),
        ),
        (
            "A platoon leader in the 93rd Brigade told the Kyiv Independent that shells ran low.",
            ("A platoon leader in the 93rd Brigade", SOMEONE, ("Kyiv Independent",)),
        ),
        (
            "A cabinet member reportedly told colleagues that the budget was final.",
            ("A cabinet member", SOMEONE, ()),
        ),
    ],
)
def test_descriptions_with_coordinated_qualifiers_ordinals_and_compounds(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """Two capitalised qualifiers joined by "and", an ordinal in the tail and a noun before
    "member" stay inside one anonymous description."""
    assert shape(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army's spokesman, Lt. Col. Mara Jensen, said the base was secure.",
            ("Mara Jensen", PERSON, ()),
        ),
        (
            "Talks will resume next week, Egypt's foreign ministry spokesman Tamim al-Khalaf said.",
            ("Tamim al-Khalaf", PERSON, ()),
        ),
        (
            "According to Statistics Norway, wages rose by 5 per cent.",
            ("Statistics Norway", BODY, ()),
        ),
        (
            "Harvests shrank in October, figures from the Polish Farmers Association showed.",
            ("Polish Farmers Association", BODY, ()),
        ),
        (
            "The Elysée, in a statement carried by AFP, called the decision a grave mistake.",
            ("Elysée", BODY, ("Agence France-Presse",)),
        ),
    ],
)
def test_ranks_particles_statistics_offices_and_trailing_data(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """Abbreviated ranks are no part of a name, a hyphen-joined particle is, a statistics
    office and an association are bodies, and "..., figures from X showed." credits X."""
    assert shape(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Residents were told to leave before dawn.",
        "According to the plan, the ferry sails at noon.",
        "Prices rose by 4 per cent in May.",
        "The said agreement expires in June.",
        "Auditors examined the sources of funding.",
        "Aid carried by trucks reached the town.",
        "The president called the envoy for a meeting.",
        "The ministry called the talks off in a letter.",
        "Version 3.5 was released on Monday.",
    ],
)
def test_no_attribution_without_a_speaker(text: str) -> None:
    """Instructions, plans, percentages, "the said", things carried and calls to a meeting
    attribute nothing."""
    assert shape(text) is None


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("A guard allegedly told police that the cargo was fuel.", ()),
        ("The minister told parliament that the cost had doubled.", ()),
        ("The envoy told reporters that the talks were over.", ()),
    ],
)
def test_people_and_bodies_told_are_no_outlets(text: str, via: tuple[str, ...]) -> None:
    """Police, a parliament or reporters that someone told are no outlet of the chain."""
    found = shape(text)
    assert found is not None and found[2] == via


def test_glued_outlet_needs_an_address_or_a_report() -> None:
    """A glued word with digits is an outlet only before a reporting verb or ", citing"."""
    cases = (("nu.nl said it", True), ("5G masts fell", False), ("15min reported", True))
    for text, outlet in cases:
        tokens = tokenize(text, 0, len(text))
        assert (glued_outlet(tokens, 0, len(tokens)) > 0) is outlet


def test_joined_particles_and_ordinals() -> None:
    """"al-Ansari" is a surname with its particle, "al-qaeda" is not; "47th" is an ordinal."""
    text = "al-Ansari al-qaeda 47th 47 th"
    tokens = tokenize(text, 0, len(text))
    assert joined_particle(tokens[0]) and not joined_particle(tokens[1])
    digits = next(k for k, t in enumerate(tokens) if t.text == "47")
    assert ordinal(tokens, digits, len(tokens))
    assert not ordinal(tokens, len(tokens) - 2, len(tokens))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le Soir, quoting Brabant Hebdo, which cited three dock workers, said the strike "
            "ended.",
            ("three dock workers", GROUP, ("Le Soir", "Brabant Hebdo")),
        ),
        (
            "Le Soir, quoting Brabant Hebdo, which had cited local ferrymen, said the port shut.",
            ("local ferrymen", GROUP, ("Le Soir", "Brabant Hebdo")),
        ),
        (
            "Ouest-France, citing stranded lorry drivers, reported that the border was closed.",
            ("stranded lorry drivers", GROUP, ("Ouest-France",)),
        ),
        (
            "A rebel commander, quoted by Asharq Al-Awsat, said the convoy had turned back.",
            ("A rebel commander", SOMEONE, ("Asharq Al-Awsat",)),
        ),
        (
            "The housing plan would stay, the president said in remarks carried by the Daily "
            "Clarion.",
            ("the president", SOMEONE, ("Daily Clarion",)),
        ),
        (
            "The IEA, in its quarterly outlook, trimmed its estimate and said that demand slowed.",
            ("IEA", BODY, ()),
        ),
        (
            "Le Soir, citing an interview the mayor gave to Radio Kraków, said the trams ran.",
            ("the mayor", SOMEONE, ("Le Soir", "Radio Kraków")),
        ),
        (
            "Le Soir, citing remarks Olaf Berg made on the Gazette of Lviv, said the port shut.",
            ("Olaf Berg", PERSON, ("Le Soir", "Gazette of Lviv")),
        ),
        ("The Times of Malta reported that the ferry sank.", ("Times of Malta", BODY, ())),
    ],
)
def test_three_level_relays_and_outlets_no_list_holds(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """A name cited in turn ("quoting X, which cited Y") or quoting others ("quoted by X")
    is a relay; a bare description of people after "citing" speaks, and so does whoever gave
    the interview cited, through the outlet it was given to; a capitalised "Daily" begins its
    title, and "of" a place ends one; a subject keeps its verb across "in its report"."""
    assert shape(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le Soir, citing court papers, reported that the case was closed.",
        "Le Soir, citing rising costs for farmers, reported that bread prices went up.",
        "Le Soir, quoting Marc Janssens, who cited two dock workers, said the strike ended.",
    ],
)
def test_relays_need_a_body_and_descriptions_need_people(text: str) -> None:
    """Papers and reasons are no speakers, and a person cited in turn stays the speaker, not
    a relay."""
    found = shape(text)
    assert found is not None
    assert found[0] not in {"court papers", "two dock workers", "rising costs for farmers"}


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        ("Le Soir, citing a report in Het Nieuwsblad that quoted two customs officers, said the "
         "port was closed.", "two customs officers", ("Le Soir", "Het Nieuwsblad")),
        ("Le Soir, citing a report in Het Nieuwsblad, said the port was closed.",
         "Het Nieuwsblad", ("Le Soir",)),
    ],
)
def test_citing_a_report_in_an_outlet_relays_through_it(
    text: str, speaker: str, via: tuple[str, ...]
) -> None:
    """"citing a report in Y that quoted Z": Y relays Z; without a source, Y speaks."""
    found = shape(text)
    assert found is not None and (found[0], found[2]) == (speaker, via)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unknown title told by an unnamed source is the outlet, never the speaker
        ("The merger has stalled, a banker close to the talks told Kestrel Weekly.",
         ("a banker close to the talks", SOMEONE, ("Kestrel Weekly",))),
        ("An engineer who reviewed the plans told Lumen Daily that the dam was unsafe.",
         ("An engineer who reviewed the plans", SOMEONE, ("Lumen Daily",))),
        # a description that ends in a place still tells the outlet
        ("“The water keeps rising,” a boatman from Tarvash told Reuters.",
         ("a boatman from Tarvash", SOMEONE, ("Reuters",))),
        ("Two nurses in Port Aldo told the Kestrel Weekly the ward was full.",
         ("Two nurses in Port Aldo", GROUP, ("Kestrel Weekly",))),
        # a person, a body or a place told is an addressee, not an outlet
        ("A diplomat told Ana Ruiz that talks had stalled.", ("A diplomat", SOMEONE, ())),
        ("A senior official told Parliament that talks had stalled.",
         ("A senior official", SOMEONE, ())),
        ("A senior official told Western diplomats that talks had stalled.",
         ("A senior official", SOMEONE, ())),
    ],
)
def test_an_unnamed_source_tells_an_unknown_outlet(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """An unknown name told by a described source is the outlet that relays the source."""
    assert shape(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Farmers outside the town reportedly told auditors they had never received the "
            "seed, Reuters reported.",
            ("Farmers outside the town", GROUP, ("Reuters",)),
        ),
        (
            "Residents along the river said the water had turned brown, Le Monde reported.",
            ("Residents along the river", GROUP, ("Le Monde",)),
        ),
        (
            "Workers near the mine told inspectors that shifts had doubled.",
            ("Workers near the mine", GROUP, ()),
        ),
    ],
)
def test_a_group_placed_near_something_speaks_through_the_outlet(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """A group placed by "near", "outside" or "along" speaks; an outlet after it relays."""
    assert shape(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The airline will drop two routes, Reuters said, pointing to a Le Monde story in "
            "which three pilots described the schedule.",
            ("three pilots", GROUP, ("Reuters", "Le Monde")),
        ),
        (
            "The port will close in May, Reuters reported, referring to a Le Monde report.",
            ("Le Monde", BODY, ("Reuters",)),
        ),
        (
            "Prices are rising, analysts said, pointing to a shortage of tankers.",
            ("analysts", GROUP, ()),
        ),
    ],
)
def test_a_story_pointed_to_is_cited_and_its_people_speak(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """ "pointing to a story" cites its outlet, and whoever the story shows speaking speaks."""
    assert shape(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three farmers near Kasese, interviewed by Daily Monitor, said the river had risen.",
            ("Three farmers near Kasese", GROUP, ("Daily Monitor",)),
        ),
        (
            "Two teachers, interviewed separately by the Daily Nation, said the schools were shut.",
            ("Two teachers", GROUP, ("Daily Nation",)),
        ),
        (
            "A port manager was quoted as saying by Bloomberg that the cranes had stopped.",
            ("A port manager", SOMEONE, ("Bloomberg",)),
        ),
        (
            "Colonel Amadou Sidibé told state television ORTM that the convoy had arrived.",
            ("Amadou Sidibé", PERSON, ("ORTM",)),
        ),
        (
            "Markets fell after Junta-run Radio Tamtam said the bridge had been blown up.",
            ("Radio Tamtam", BODY, ()),
        ),
        (
            "Doha-based Al Jazeera, citing two refinery workers, said the plant had stopped.",
            ("two refinery workers", GROUP, ("Al Jazeera",)),
        ),
    ],
)
def test_relays_written_as_interviews_late_by_phrases_and_modified_outlets(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """An outlet that interviewed the speaker, quoted them "as saying by" it, or was told
    something as "state television X" relays the words; "-run" or "-based" before an
    outlet's name is no part of it."""
    assert shape(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An analysis in Le Monde Diplomatique said the mines had changed hands.",
            ("Le Monde Diplomatique", BODY, ()),
        ),
        (
            "A spokeswoman for the Office of the Special Envoy of the Secretary-General for"
            " the Great Lakes said talks had resumed.",
            (
                "A spokeswoman for the Office of the Special Envoy of the Secretary-General for"
                " the Great Lakes",
                SOMEONE,
                (),
            ),
        ),
        (
            "Four current and former border guards said the crossing had been left open.",
            ("Four current and former border guards", GROUP, ()),
        ),
    ],
)
def test_editions_long_bodies_and_joined_modifiers_stay_whole(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """An edition's word after a known outlet ("Afrique", "Diplomatique"), a spokesperson
    for a body with a long name, and modifiers joined by "and" stay in the phrase."""
    assert shape(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Al Jazeera, citing a Qatari diplomat who was quoted by the Egyptian daily"
            " Al-Ahram, said the talks had stalled.",
            ("a Qatari diplomat", SOMEONE, ("Al Jazeera", "Al-Ahram")),
        ),
        (
            "Reuters, quoting a port official cited by Russia's state-run RIA Novosti, said"
            " the terminal had closed.",
            ("a port official", SOMEONE, ("Reuters", "RIA Novosti")),
        ),
    ],
)
def test_a_cited_source_relayed_in_turn_keeps_both_outlets(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """ "who was quoted by X" after a cited description is its relay, not part of it; a
    qualifier such as "state-run" between a country's possessive and its outlet is skipped."""
    assert shape(text) == expected


def test_a_thing_quoted_by_an_outlet_attributes_nothing() -> None:
    """ "was quoted by X" without a relative "who" before it names no speaker."""
    assert shape("The figure was quoted by Reuters in March.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Orders from the rebel command — relayed by the Kobra news agency — said the"
            " roads would stay shut.",
            ("rebel command", BODY, ("Kobra",)),
        ),
        (
            "The raid was claimed by the Eastern Brigades in a statement carried by its"
            " Sahm news agency.",
            ("Eastern Brigades", BODY, ("Sahm",)),
        ),
    ],
)
def test_a_name_before_news_agency_is_an_outlet_that_relays(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """A capitalised name before "news agency", after "the" or "its", is an outlet, and
    "relayed by" or "carried by" it puts it in the chain."""
    assert shape(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Reuters, relaying an account in the Kommersant daily that quoted a shipyard"
            " engineer, said the hull had cracked.",
            ("a shipyard engineer", SOMEONE, ("Reuters", "Kommersant")),
        ),
        (
            "AFP, relaying remarks by a senior aide to the Anadolu news agency, said the"
            " summit was off.",
            ("a senior aide", SOMEONE, ("Agence France-Presse", "Anadolu Agency")),
        ),
    ],
)
def test_relaying_an_account_or_remarks_to_an_outlet_chains_both(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """ "relaying" cites like "citing": an account in an outlet that quoted someone, or
    remarks made to an outlet, put that outlet inside the relaying one."""
    assert shape(text) == expected


def test_an_outlet_that_picked_up_a_report_relays_it() -> None:
    """ "..., which picked up a report in Y," puts Y inside the outlet it follows."""
    text = (
        "According to Radio Tamazuj, which picked up a report in the Juba Monitor, a police"
        " officer in Wau said the curfew had been lifted."
    )
    assert shape(text) == ("a police officer in Wau", SOMEONE, ("Radio Tamazuj", "Juba Monitor"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to Rhein-Kurier, which cited a regional police officer, the road "
            "reopened.",
            ("a regional police officer", SOMEONE, ("Rhein-Kurier",)),
        ),
        (
            "Per Diario del Puerto, which quoted two dock workers, the cranes stopped.",
            ("two dock workers", GROUP, ("Diario del Puerto",)),
        ),
    ],
)
def test_an_unlisted_name_that_cites_in_turn_relays(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """A name after "according to" or "per" that cites someone in turn (", which cited") is
    an outlet that relays the one it cites, listed or not."""
    assert shape(text) == expected


def test_a_report_on_someones_word_relays_them() -> None:
    """"X reported, on the word of Y, that ..." makes Y the source and X the outlet that
    relays Y."""
    text = "The Irish Times reported, on the word of two port officials, that the ferry sank."
    assert shape(text) == ("two port officials", GROUP, ("Irish Times",))


def test_on_the_word_of_without_a_report_attributes_nothing() -> None:
    """"On the word of" that no reporting verb opens ("on the word of a witness, the jury
    convicted") credits nobody with the clause."""
    assert shape("On the word of one neighbour, the jury convicted the builder.") is None


def test_a_qualified_outlet_relays_a_quote() -> None:
    """"Quoted by the state-run X as saying" makes X the outlet that relays the speaker,
    whatever the qualifier before its name."""
    text = "Li Ming was quoted by the state-run Harbour Daily as saying the port would expand."
    assert shape(text) == ("Li Ming", PERSON, ("Harbour Daily",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Interfax, relaying a report by the Polish broadcaster TVN24, quoted a Ukrainian "
            "medic near Kupiansk as saying the road had been cut.",
            ("a Ukrainian medic near Kupiansk", SOMEONE, ("Interfax", "TVN24")),
        ),
        (
            "ANSA, citing a story in Delfi, quoted two Latvian farmers as saying the border "
            "fence had split their fields.",
            ("two Latvian farmers", GROUP, ("ANSA", "Delfi")),
        ),
    ],
)
def test_the_outlet_that_opens_a_quoting_clause_is_the_first_link(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """An outlet that opens a clause and quotes someone after relaying another outlet
    comes first in the chain, before the outlet it relays."""
    assert shape(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The president would skip the gala, a spokesman for the palace told the agency "
            "BTA, adding that the decision was not political.",
            ("a spokesman for the palace", SOMEONE, ("BTA",)),
        ),
        (
            "Turnout was low, an election official told LRT, noting that rain had kept "
            "many at home.",
            ("an election official", SOMEONE, ("LRT",)),
        ),
    ],
)
def test_a_participle_after_a_nearer_speaker_is_that_speakers(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """A participle such as "adding" that follows a speaker set after the reported clause
    belongs to that speaker, not to the clause's subject."""
    assert shape(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NHK, relaying an article in the Korea Herald that was itself based on reporting "
            "by Yonhap, said the drills would resume in May.",
            ("Yonhap", BODY, ("NHK", "Korea Herald")),
        ),
        ("The new timetable is based on a report by the rail ministry.", None),
    ],
)
def test_an_outlet_whose_report_rests_on_anothers_reporting_relays_it(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]] | None
) -> None:
    """ "based on reporting by X" after a relayed report puts X at the end of the chain, as
    the outlet that reported first; a plan based on a report attributes nothing."""
    assert shape(text) == expected
