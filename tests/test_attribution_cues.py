# ruff: noqa: RUF001
"""Tests for claimcheck._attribution_cues: the shapes of cues and the phrases they introduce."""

from __future__ import annotations

import pytest

from _shapes import BODY, GROUP, PERSON, SOMEONE, shape
from claimcheck.model import Anonymity


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


def test_capitalised_word_of_a_lower_case_outlet_is_no_outlet() -> None:
    """A lower-case outlet name is matched only in lower case: "Taz" stays a name."""
    assert shape("According to dpa, the ferry sailed.") == ("dpa", BODY, ())
    assert shape("Mr Taz said the ferry sailed.") == ("Taz", PERSON, ())


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman declined to comment on the talks.",
        "The rumour spread, but the embassy denied it.",
        "Economists expect the central bank to hold rates.",
        "Warsaw expects a reply within a week.",
        "Prices rose more than analysts expected.",
        "The carrier reported a net loss for the year.",
        "Both armies claim the ridge.",
        "The minister was accused of lying.",
        "The chairman called a meeting for Friday.",
        "The committee questioned the witnesses for hours.",
        "Protesters raised banners outside the embassy.",
        "The battery repeated the strike at dawn.",
        "Few doubt that the vote was rigged.",
        "The governor vowed to reopen the schools.",
        "Police suspected arson.",
        "The veteran told the story of the siege to a school class.",
        "She told a long joke about the weather before the vote.",
        "The crew said goodbye to the harbour at noon.",
        "The bishop says grace before every meal.",
        "Under the charter, the auditor reports to the senate, not to the cabinet.",
    ],
)
def test_cue_verbs_that_state_nothing(text: str) -> None:
    """A cue verb without a statement (a bare denial, a forecast with an infinitive, a
    company's results, a thing claimed, a verb without its own complement, a story told, a
    goodbye said or the one an office reports to) attributes nothing."""
    assert shape(text) is None


def test_said_as_a_name_is_no_inverted_cue() -> None:
    """A sentence that opens with the name "Said" is not read as "Said X: ..."."""
    assert shape("Said Hamdan walked home after the vote.") is None


GENERAL_RULES = [
    ("According to dpa, the ferry sailed late.", ("dpa", BODY, ())),
    ("heise online reported that the patch slipped.", ("heise online", BODY, ())),
    (
        "Haaretz, citing Channel 13, reported that the vote moved.",
        ("Channel 13", BODY, ("Haaretz",)),
    ),
    ("Kanal 5 reported that the bridge reopened.", ("Kanal 5", BODY, ())),
    ("TV5 reported that the ferry sailed late.", ("TV5", BODY, ())),
    (
        "A retired pilot told Reuters that the runway was cratered.",
        ("A retired pilot", SOMEONE, ("Reuters",)),
    ),
    (
        "Two exhausted paramedics told the BBC the road was cut.",
        ("Two exhausted paramedics", GROUP, ("BBC",)),
    ),
    (
        "Several shop owners told Le Monde that prices doubled.",
        ("Several shop owners", GROUP, ("Le Monde",)),
    ),
    (
        "The ferry captain told the BBC that the swell was huge.",
        ("The ferry captain", SOMEONE, ("BBC",)),
    ),
    (
        "12 stranded drivers told Reuters the road was closed.",
        ("12 stranded drivers", GROUP, ("Reuters",)),
    ),
    (
        "Three engineers quoted by Bloomberg said the pipeline leaked.",
        ("Three engineers", GROUP, ("Bloomberg",)),
    ),
    (
        "Interfax quoted a source in the navy as saying the ship sank.",
        ("a source in the navy", SOMEONE, ("Interfax",)),
    ),
    ("The mayor repeated his demand for more shelters.", ("The mayor", SOMEONE, ())),
    ("The envoy repeated that the offer stood.", ("The envoy", SOMEONE, ())),
    (
        "Lithuania's president accused Minsk of staging the crossings.",
        ("Lithuania's president", SOMEONE, ()),
    ),
    ("Some economists have questioned whether the cap works.", ("Some economists", GROUP, ())),
    (
        "Norwegian officials estimate that the field holds twice as much.",
        ("Norwegian officials", GROUP, ()),
    ),
    (
        "Diplomats in Vienna expect that the inspectors will return.",
        ("Diplomats in Vienna", GROUP, ()),
    ),
    ("Two senators raised serious concerns about the contract.", ("Two senators", GROUP, ())),
    ("Diplomats expressed cautious hope for a truce.", ("Diplomats", GROUP, ())),
    ("The foreign minister called the vote a farce.", ("The foreign minister", SOMEONE, ())),
    ("Kyiv denied that the convoy was hit.", ("Kyiv", BODY, ())),
    ("Local officials fear that the dam will not hold.", ("Local officials", GROUP, ())),
    ("Investigators suspect that the cable was cut on purpose.", ("Investigators", GROUP, ())),
    ("The governor vowed that the schools would reopen.", ("The governor", SOMEONE, ())),
    (
        "The regional governor Oleh Syniehubov said two homes burned.",
        ("Oleh Syniehubov", PERSON, ()),
    ),
    (
        "Poland's deputy defence minister Cezary Tomczyk said the fence works.",
        ("Cezary Tomczyk", PERSON, ()),
    ),
    (
        'Said Estonia\'s foreign minister Margus Tsahkna: "The border holds."',
        ("Margus Tsahkna", PERSON, ()),
    ),
    ('Said Finnish President Alexander Stubb: "We are ready."', ("Alexander Stubb", PERSON, ())),
    (
        "The ferry was stopped, Yle reported, citing the coast guard chief Markku Hassinen.",
        ("Markku Hassinen", PERSON, ("Yle",)),
    ),
    (
        "ANSA reported that the summit was moved, citing the presidential household.",
        ("presidential household", BODY, ("ANSA",)),
    ),
]


@pytest.mark.parametrize(("text", "expected"), GENERAL_RULES)
def test_general_rules_find_speaker_and_chain(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """Outlets in lower case or with a number, people described before an outlet they told
    or that quoted them, verbs with their own complements, names after a lower-case title,
    an opening "Said" and a trailing "citing X" each give the speaker and chain."""
    assert shape(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker", "anonymity", "via"),
    [
        (
            "Der Standard reported, quoting an EU diplomat who asked not to be named, that "
            "the summit would slip.",
            "an EU diplomat",
            SOMEONE,
            ("Der Standard",),
        ),
        (
            "The convoy was stopped, said a border official who spoke on condition of anonymity.",
            "a border official",
            SOMEONE,
            (),
        ),
        (
            "A negotiator who declined to be identified said the text was final.",
            "A negotiator",
            SOMEONE,
            (),
        ),
        (
            "Sources who were not authorized to speak publicly said the vote was delayed.",
            "Sources",
            GROUP,
            (),
        ),
    ],
)
def test_anonymity_clause_is_not_part_of_the_description(
    text: str, speaker: str, anonymity: Anonymity, via: tuple[str, ...]
) -> None:
    """A relative clause that says why a speaker goes unnamed ends the description."""
    assert shape(text) == (speaker, anonymity, via)


def test_other_relative_clauses_stay_in_the_description() -> None:
    """A relative clause that says who the speakers are, not why they are unnamed, stays."""
    found = shape("Officials who attended the talks said the mood was tense.")
    assert found is not None and found[0].startswith("Officials who attended")


@pytest.mark.parametrize(
    ("text", "speaker", "anonymity", "via"),
    [
        (
            "Le Temps reported, citing the NZZ, which in turn cited three Swiss officials, that "
            "the bank had frozen the funds.",
            "three Swiss officials",
            GROUP,
            ("Le Temps", "Neue Zürcher Zeitung"),
        ),
        (
            "Politico wrote, citing Axios, which cited a senior aide, that the visit was off.",
            "a senior aide",
            SOMEONE,
            ("Politico", "Axios"),
        ),
    ],
)
def test_nested_citations_follow_the_chain_to_its_end(
    text: str, speaker: str, anonymity: Anonymity, via: tuple[str, ...]
) -> None:
    """A citation inside a citation ("which in turn cited Z") makes Z the speaker."""
    assert shape(text) == (speaker, anonymity, via)


@pytest.mark.parametrize(
    ("text", "speaker", "anonymity"),
    [
        ("As an economist in Frankfurt put it, the rally has run out of road.",
         "an economist in Frankfurt",
         SOMEONE),
        ("The ceasefire is fragile, as Kaja Kallas put it.", "Kaja Kallas", PERSON),
        ("In the words of one French general, the front is a furnace.", "one French general",
         SOMEONE),
    ],
)
def test_borrowed_wording_names_its_speaker(
    text: str, speaker: str, anonymity: Anonymity
) -> None:
    """"As X put it" and "in the words of X" credit the wording to X."""
    assert shape(text) == (speaker, anonymity, ())


@pytest.mark.parametrize(
    "text",
    [
        "The army put it on the map in 2019.",
        "He put it bluntly at the end of the meeting.",
        "The words of the anthem were changed.",
    ],
)
def test_put_and_words_without_their_frame_attribute_nothing(text: str) -> None:
    """"put it" without "as" before its subject, and "words" outside "in the words of",
    attribute nothing."""
    assert shape(text) is None


def test_data_attributes_to_whoever_compiled_it() -> None:
    """"According to figures compiled by X" makes X the speaker; bare figures do not speak."""
    assert shape(
        "According to data published by the Federal Statistical Office, prices fell in March."
    ) == ("Federal Statistical Office", BODY, ())
    assert shape(
        "According to figures compiled by the Stockholm International Peace Research "
        "Institute, arms imports doubled."
    ) == ("Stockholm International Peace Research Institute", BODY, ())
    assert shape("According to the latest figures, arms imports doubled.") is None


@pytest.mark.parametrize(
    ("text", "speaker", "anonymity", "via"),
    [
        ("Medics quoted by AFP said the shelter held.", "Medics", GROUP, ("Agence France-Presse",)),
        (
            "According to a statement from the port authority, two cranes burned.",
            "port authority",
            BODY,
            (),
        ),
        (
            "Interfax, citing a post by the regional administration, said power was back.",
            "regional administration",
            BODY,
            ("Interfax",),
        ),
        ("The court was told by a witness that the lorry sped up.", "a witness", SOMEONE, ()),
        ("The vote, which diplomats said was close, passed.", "diplomats", GROUP, ()),
        ("The editor-in-chief said the story stands.", "The editor-in-chief", SOMEONE, ()),
    ],
)
def test_statements_passive_told_and_relative_speakers(
    text: str, speaker: str, anonymity: Anonymity, via: tuple[str, ...]
) -> None:
    """A statement credits whoever issued it, "was told by" names its speaker, a relative
    pronoun is no part of the speaker, and plural people quoted by an outlet speak."""
    assert shape(text) == (speaker, anonymity, via)


@pytest.mark.parametrize(
    ("text", "speaker", "anonymity", "via"),
    [
        (
            "Three nurses spoke to Le Monde about the night shift.",
            "Three nurses",
            GROUP,
            ("Le Monde",),
        ),
        (
            "A colonel who spoke with the Guardian said the unit had pulled back.",
            "A colonel",
            SOMEONE,
            ("The Guardian",),
        ),
        (
            "Speaking on Sky News, the foreign secretary said talks would go on.",
            "the foreign secretary",
            SOMEONE,
            ("Sky News",),
        ),
    ],
)
def test_talking_to_an_outlet_credits_it(
    text: str, speaker: str, anonymity: Anonymity, via: tuple[str, ...]
) -> None:
    """Speaking or talking to an outlet, or on its air, makes it the outlet of the speaker."""
    assert shape(text) == (speaker, anonymity, via)


@pytest.mark.parametrize(
    "text",
    [
        "The chancellor spoke with the Polish president on Monday.",
        "Macron talks to Meloni every week.",
        "The envoys spoke to each other for an hour.",
    ],
)
def test_talking_to_a_person_attributes_nothing(text: str) -> None:
    """Talking to someone who is not an outlet says nothing that an outlet reports."""
    assert shape(text) is None


@pytest.mark.parametrize(
    ("text", "speaker", "anonymity", "via"),
    [
        (
            "Nine were hurt, according to the city's mayor, Andriy Sadovyi.",
            "Andriy Sadovyi",
            PERSON,
            (),
        ),
        (
            "Nine were hurt, Ukrinform reported, quoting the regional governor, Oleh Syniehubov.",
            "Oleh Syniehubov",
            PERSON,
            ("Ukrinform",),
        ),
        (
            "Nine were hurt, according to the regional governor, who toured the site.",
            "the regional governor",
            SOMEONE,
            (),
        ),
        (
            "According to the Guardian's defence correspondent, the drills were cut short.",
            "the Guardian's defence correspondent",
            SOMEONE,
            ("The Guardian",),
        ),
        (
            "An AFP reporter said the square was empty.",
            "An AFP reporter",
            SOMEONE,
            ("Agence France-Presse",),
        ),
    ],
)
def test_names_after_descriptions_and_reporters_of_outlets(
    text: str, speaker: str, anonymity: Anonymity, via: tuple[str, ...]
) -> None:
    """A name set after a description is the speaker; a reporter named with an outlet
    reaches the text through that outlet."""
    assert shape(text) == (speaker, anonymity, via)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Finnish Coast Guard said the tanker had dragged its anchor.", "Finnish Coast Guard"),
        ("The interior ministry in Riga said the drone had crashed.", "interior ministry in Riga"),
        ("The German embassy in Kyiv said the consulate would reopen.", "German embassy in Kyiv"),
    ],
)
def test_named_bodies_and_bodies_in_a_city_are_organizations(text: str, speaker: str) -> None:
    """A body's capitalised name ("Coast Guard") and a body set in a city are organizations."""
    assert shape(text) == (speaker, BODY, ())


def test_a_story_told_is_no_claim_but_a_claim_told_is() -> None:
    """ "told the story of" states nothing; "told the court that" and "told Reuters" do."""
    assert shape("The pilot told the story of his escape.") is None
    assert shape("The pilot told the court that the story was false.") == ("The pilot", SOMEONE, ())


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The pilot told reporters the story was invented.", "The pilot"),
        ("The pilot said no decision had been taken.", "The pilot"),
    ],
)
def test_a_claim_about_a_story_is_still_a_claim(text: str, speaker: str) -> None:
    """A story the claim is about, or "no" opening the claim, keeps the attribution."""
    found = shape(text)
    assert found is not None and found[0] == speaker


@pytest.mark.parametrize("text", ["She told off the reporter.", "Few could tell apart the twins."])
def test_telling_off_and_apart_is_no_claim(text: str) -> None:
    """ "told off" and "tell apart" state nothing."""
    assert shape(text) is None


@pytest.mark.parametrize(
    ("text", "speaker", "anonymity", "via"),
    [
        # an office's title joined by "of" or "for", then the person in apposition
        ("The Commissioner for Data Protection, Ilse Brandt, said the audit was overdue.",
         "Ilse Brandt", PERSON, ()),
        ("The Inspector-General of Police, Amina Yusuf, said the curfew would end.",
         "Amina Yusuf", PERSON, ()),
        ("Brandt, the data protection commissioner, said the audit was overdue.",
         "Brandt", PERSON, ()),
        # the antecedent of ", which said" after a passive agent
        ("The quarterly accounts were filed by Norvik Holdings, which said margins narrowed.",
         "Norvik Holdings", BODY, ()),
        # a participle or an adverb of time in the tail of an anonymous description
        ("A Swedish officer formerly stationed at the base said the valves leaked.",
         "A Swedish officer formerly stationed at the base", SOMEONE, ()),
        ("A veteran opposition figure living abroad, who asked not to be named, told Le Monde "
         "that the vote was rigged.",
         "A veteran opposition figure living abroad", SOMEONE, ("Le Monde",)),
    ],
)
def test_titles_relatives_and_tails_around_the_speaker(
    text: str, speaker: str, anonymity: Anonymity, via: tuple[str, ...]
) -> None:
    """An office's title gives way to the person named after it; ", which said" speaks for
    what it follows; a participle tail stays in an anonymous description."""
    assert shape(text) == (speaker, anonymity, via)


@pytest.mark.parametrize(
    "text",
    [
        "Said Karimi, a baker in Herat, lost his shop in the flood.",
        "Said Benali, 52, waited three days for the ferry.",
    ],
)
def test_a_capitalised_said_before_a_name_is_a_given_name(text: str) -> None:
    """"Said" opening a sentence before a name and a comma is a given name, not a cue."""
    assert shape(text) is None


def test_inverted_said_before_a_colon_is_still_a_cue() -> None:
    """"Said Karimi: ..." is inverted speech, so the name after it speaks."""
    assert shape("Said Karimi: “We will rebuild.”") == ("Karimi", PERSON, ())


@pytest.mark.parametrize(
    ("text", "speaker", "anonymity"),
    [
        (
            "The minister told aides the reform was over, according to two people who "
            "were present.",
            "The minister",
            SOMEONE,
        ),
        (
            "A senior official privately told colleagues that she would retire, according to "
            "a diplomat who overheard the conversation.",
            "A senior official",
            SOMEONE,
        ),
        (
            "According to diplomats who attended the gala, the envoy left early.",
            "diplomats who attended the gala",
            GROUP,
        ),
    ],
)
def test_people_who_only_heard_the_words_do_not_speak_them(
    text: str, speaker: str, anonymity: Anonymity
) -> None:
    """A source that heard the words it reports yields to whoever said them, if anyone."""
    assert shape(text) == (speaker, anonymity, ())


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The ferry was never insured, or so says a former sailor.", "a former sailor"),
        ("The vote was rigged – or so claims Tomas Berg.", "Tomas Berg"),
    ],
)
def test_a_speaker_after_or_so_and_its_verb(text: str, speaker: str) -> None:
    """ "or so says X" credits X, who stands after the verb."""
    found = shape(text)
    assert found is not None
    assert found[0] == speaker


def test_so_inside_a_clause_inverts_nothing() -> None:
    """ "so" that joins two clauses leaves the speaker before the verb."""
    found = shape("Prices rose, so Tomas Berg said the plan had failed.")
    assert found is not None
    assert found[0] == "Tomas Berg"


def test_how_a_speaker_described_something() -> None:
    """ "that was how X described Y" credits X, as "X described Y as" does."""
    text = "“A slow leak” – that was how Tyne Harbour Authority described the spill."
    assert shape(text) == ("Tyne Harbour Authority", BODY, ())


def test_described_without_as_or_how_attributes_nothing() -> None:
    """ "X described the spill" with neither "as" nor "how" states no claim."""
    assert shape("Tyne Harbour Authority described the spill in detail.") is None


def test_reported_to_with_a_statement_still_attributes() -> None:
    """"Reported to X that ..." makes a report: its subject speaks."""
    assert shape("The auditor reported to the senate that the accounts were short.") == (
        "The auditor", SOMEONE, ()
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pupils in Manitoba will get a new report card next term, with fewer grades.", None),
        ("Every school must publish an annual report on attendance by June.", None),
        ("Officials report that the bridge is safe.", ("Officials", GROUP, ())),
    ],
)
def test_a_verb_that_is_also_a_noun_after_a_singular_article_is_a_noun(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]] | None
) -> None:
    """ "a new report card", "an annual report": "report" after "a" and a word is a noun,
    which no singular subject would take as its verb; after a plural subject it speaks."""
    assert shape(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A letter from Ghana's Ministry of Roads, Transport, Housing and Urban Affairs put "
            "the cost of the bridge at €40 million.",
            ("Ghana's Ministry of Roads, Transport, Housing and Urban Affairs", BODY, ()),
        ),
        (
            "A statement from the ministry put last year's cocoa harvest at 400,000 tonnes.",
            ("ministry", BODY, ()),
        ),
        ("The minister put the plan at risk.", None),
    ],
)
def test_a_statement_that_sets_an_amount_speaks_for_whoever_made_it(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]] | None
) -> None:
    """ "A statement from X put the harvest at ..." credits X, under the whole name of a
    body that lists its fields between commas; putting a plan at risk sets no amount."""
    assert shape(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In a sermon on Easter Sunday, Bishop Rui Falcão of Braga called for the border "
            "camps to be closed.",
            ("Rui Falcão", PERSON, ()),
        ),
        ("During her speech, the mayor called for calm.", ("the mayor", SOMEONE, ())),
        ("The union called for a strike on Monday.", None),
    ],
)
def test_called_for_in_a_named_speech_is_a_demand_said(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]] | None
) -> None:
    """ "called for" in a clause that names the speech it was made in ("in a sermon",
    "during her speech") credits the demand to its speaker; alone it reports an act."""
    assert shape(text) == expected
