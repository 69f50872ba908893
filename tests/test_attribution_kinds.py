"""Tests for claimcheck._attribution_kinds: persons and bodies that no list names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _shapes import BODY, PERSON, shape
from claimcheck import _attribution_lexicon as lex
from claimcheck._attribution_kinds import (
    WEIGHTS,
    kind_evidence,
    outlet_head,
    person_evidence,
    told_title,
    unknown_name_anonymity,
)
from claimcheck.attribution import find_attributions, parse_attribution
from claimcheck.model import Anonymity


@pytest.mark.parametrize(
    ("name", "cue", "expected"),
    [
        ("Petra Lindqvist", "said", PERSON),  # a given name
        ("Mr Hrabec", "said", PERSON),  # a title
        ("Hrabec", "said", PERSON),  # a lone surname stays a person by default
        ("Hrabec", "reported", BODY),  # ... unless its verb selects an outlet
        ("Dana Hrabec", "reported", PERSON),  # ... and nothing says it is a person
        ("the Elysée", "said", BODY),  # "the" before a name
        ("the Bundestag", "said", BODY),
        ("Zaporizhzhia Times", "said", BODY),  # the head noun of a title of the press
        ("Radio Kraków", "said", BODY),
        ("Die Presse", "said", BODY),  # an article of another language
        ("Le Pen", "said", PERSON),  # ... but not "Le", which begins surnames
        ("Naftogaz", "said", BODY),  # a suffix of company names
        ("Energoatom", "warned", BODY),
        ("Eurostat", "said", BODY),  # a public body known by one word
        ("Gallup", "said", BODY),
        ("Fitch", "said", BODY),
        ("Moody’s", "said", BODY),
        ("Disaster and Relief Authority", "said", BODY),  # "and" inside is no title
        ("Auditor General", "said", BODY),  # an office's title, with no name of a holder
        ("Auditor General Tomas Berg", "said", PERSON),
        ("Malawi Power", "said", BODY),  # a place and a company word
        ("Zambia Ports", "said", BODY),
        ("Samantha Power", "said", PERSON),  # ... but not after a given name
        ("Ecopetrol", "said", BODY),  # a national company known by one word
        ("Frente Amplio", "said", BODY),  # a word of other languages for a party
        ("Parti Travailliste", "said", BODY),
    ],
)
def test_unknown_names_are_read_from_general_evidence(
    name: str, cue: str, expected: Anonymity
) -> None:
    """A name no list knows is a body when its words, article or verb say so, else a person."""
    assert unknown_name_anonymity(name, cue=cue) is expected


def test_person_evidence_is_a_title_or_a_given_name() -> None:
    """A title or a common given name first is evidence of a person; a bare word is not."""
    assert person_evidence("Minister Hrabec") and person_evidence("Oksana Hrabec")
    assert not person_evidence("Hrabec") and not person_evidence("the Elysée")


def test_outlet_heads_give_the_kind_of_outlet() -> None:
    """The head noun of a press title gives the kind of outlet, "" when it could be any."""
    assert outlet_head(["Kyiv", "Weekly", "Observer"]) == "newspaper"
    assert outlet_head(["Radio", "Kraków"]) == "broadcaster"
    assert outlet_head(["Odesa", "News"]) == ""
    assert outlet_head(["Odesa"]) is None


@pytest.mark.parametrize(
    ("text", "speaker", "anonymity", "via"),
    [
        ("Kurzmeldung reported that the bridge was closed.", "Kurzmeldung", BODY, ()),
        ("The Elysée denied that the call took place.", "Elysée", BODY, ()),
        ("Naftogaz said that gas flows were steady.", "Naftogaz", BODY, ()),
        (
            "The Zaporizhzhia Times reported that the plant lost power.",
            "Zaporizhzhia Times",
            BODY,
            (),
        ),
        (
            "A deputy told the Odesa Evening Herald that the port reopened.",
            "A deputy",
            Anonymity.ANONYMOUS_PERSON,
            ("Odesa Evening Herald",),
        ),
        (
            "In an interview with Radio Kraków, the mayor said the trams were late.",
            "the mayor",
            Anonymity.ANONYMOUS_PERSON,
            ("Radio Kraków",),
        ),
        (
            "Die Presse, citing two diplomats, reported that the talks moved to Vienna.",
            "two diplomats",
            Anonymity.ANONYMOUS_GROUP,
            ("Die Presse",),
        ),
        ("Oksana Hrabec reported that the dam held.", "Oksana Hrabec", PERSON, ()),
    ],
)
def test_outlets_and_bodies_missing_from_the_lists_are_not_persons(
    text: str, speaker: str, anonymity: Anonymity, via: tuple[str, ...]
) -> None:
    """Outlets and bodies that no list holds are read as such in a sentence, with their chain."""
    assert shape(text) == (speaker, anonymity, via)


@pytest.mark.parametrize(
    "name", ["Rheinmetall", "Lockheed Martin", "the Goldman Sachs", "Equinor", "Nvidia", "BAE"]
)
def test_major_companies_are_bodies(name: str) -> None:
    """A company of the bundled list, by any of its names, is a body whatever its verb."""
    assert unknown_name_anonymity(name, cue="said") is BODY


def test_company_list_holds_its_aliases_in_lower_case() -> None:
    """Every name of the company list is held in lower case, aliases included."""
    assert {"lockheed martin", "lockheed", "rtx"} <= lex.COMPANY_NAMES
    assert all(name == name.lower() for name in lex.COMPANY_NAMES)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Belstat said wages rose.", "Belstat"),  # a suffix of statistics offices
        ("Amnesty International said the trial was unfair.", "Amnesty International"),
        ("Carpathian Forest Watch said the logging went on.", "Carpathian Forest Watch"),
        ("Odra Logistik GmbH said the barges were late.", "Odra Logistik GmbH"),
    ],
)
def test_organisation_words_and_suffixes_name_bodies(text: str, speaker: str) -> None:
    """A name with a word or an ending that organisations use is a body, not a person."""
    assert shape(text) == (speaker, BODY, ())


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        (
            "Kyodo, citing the Joint Staff Office, said a drone was seen.",
            "Joint Staff Office",
            ("Kyodo News",),
        ),
        (
            "The office of the attorney general said the case was closed.",
            "office of the attorney general",
            (),
        ),
        ("The Elysée's press office said the call was long.", "Elysée's press office", ()),
    ],
)
def test_bodies_with_capitalised_heads_and_inner_words(
    text: str, speaker: str, via: tuple[str, ...]
) -> None:
    """A capitalised head inside a proper name, "the office of the ...", and a body's
    "press office" read as bodies."""
    assert shape(text) == (speaker, BODY, via)


@pytest.mark.parametrize(
    ("name", "cue", "before", "after", "expected"),
    [
        ("Verhoek", "said", "", ("in", "a", "statement", "that", "it", "had", "left"), BODY),
        ("Verhoek", "said", "", ("in", "a", "statement", "that", "it", "would", "be"), PERSON),
        ("Verhoek", "said", "", (), PERSON),  # nothing but a lone word: a surname, most often
        ("Destatis", "said", "office", (), BODY),  # a body noun just before the name
        ("Kim Jong Un", "said", "", (), PERSON),  # "Un" is no "UN"; a family name first
        ("Wang Yi", "said", "", (), PERSON),
        ("Nguyen Van Thanh", "said", "", (), PERSON),
        ("Jeune Afrique", "said", "", (), BODY),  # a word of a title in another language
        ("Nouvelle Gazette Rurale", "said", "", (), BODY),
        ("Asharq Al-Awsat", "said", "", (), BODY),  # an Arabic article, no given name first
        ("Hamad Al Thani", "said", "", (), PERSON),  # ... but a given name opens this one
        ("Sheikh Hamad bin Jassim Al Thani", "said", "", (), PERSON),  # and a title
        ("Dulnev", "said", "", ("his", "ministry"), PERSON),  # a person's pronoun after
        ("Dulnev", "said", "", ("its", "figures"), BODY),  # a body's pronoun and data
        ("PetroNorda", "said", "", (), BODY),  # an inner capital
        ("McAllister", "said", "", (), PERSON),  # ... not the one of a surname
        ("Halbert's", "warned", "", (), BODY),  # a name in 's speaking: a firm
        ("Ursel von Haack", "said", "", (), PERSON),  # a surname particle
        ("Eurofreight", "said", "", (), BODY),  # a prefix of bodies' names
        ("Dulnev", "said", "", ("in", "a", "statement", "that", "its"), BODY),
        ("Dulnev", "said", "", (",", "the", "port", "mayor", ",", "in", "a", "statement"), PERSON),
        ("Ukrmorport", "said", "", (), BODY),
    ],
)
def test_unknown_names_are_scored_from_shape_and_context(
    name: str, cue: str, before: str, after: tuple[str, ...], expected: Anonymity
) -> None:
    """The shape of a name, the word before it and the words after its cue decide its kind."""
    assert unknown_name_anonymity(name, cue=cue, before=before, after=after) is expected


def test_kind_evidence_names_its_rules_with_their_weights() -> None:
    """Every rule that fires is named with its weight from the one table of weights."""
    found = kind_evidence("the Kestrel Observer", cue="reported")
    assert {"article the", "press title", "outlet verb"} <= {rule for rule, _ in found}
    assert all(WEIGHTS[rule] == weight for rule, weight in found)
    assert kind_evidence("Minister Hrabec") == [("title", -6), ("plain name", -1)]


def test_short_organisation_words_count_only_in_capitals() -> None:
    """ "UN" and "WHO" name bodies; "Un" and "Who" inside a name do not."""
    assert unknown_name_anonymity("UN", cue="said") is BODY
    assert unknown_name_anonymity("Pak Chol Un", cue="said") is PERSON


_CAPITALISED = st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True)


@given(st.lists(_CAPITALISED, min_size=1, max_size=3), st.sampled_from(["said", "reported"]))
def test_a_title_never_turns_a_person_into_a_body(words: list[str], cue: str) -> None:
    """A title is evidence of a person: a name read as a person stays one with "Minister"."""
    name = " ".join(words)
    if unknown_name_anonymity(name, cue=cue) is PERSON:
        assert unknown_name_anonymity(f"Minister {name}", cue=cue) is PERSON


@given(st.lists(_CAPITALISED, min_size=1, max_size=3))
def test_the_decision_is_the_sign_of_the_evidence(words: list[str]) -> None:
    """A name is a body exactly when the weights of its evidence add up to more than zero."""
    name = " ".join(words)
    score = sum(weight for _, weight in kind_evidence(name, cue="said"))
    assert (unknown_name_anonymity(name, cue="said") is BODY) == (score > 0)


@pytest.mark.parametrize(
    ("text", "speaker", "anonymity"),
    [
        ("The Lower Valley Farmers' Union said prices fell.", "Lower Valley Farmers' Union", BODY),
        (
            "The Western Observatory for Coastal Birds said the colony shrank.",
            "Western Observatory for Coastal Birds",
            BODY,
        ),
        (
            "The Ministry of Transport of Moldova said the bridge shut.",
            "Ministry of Transport of Moldova",
            BODY,
        ),
        ("Halbert's warned that margins would shrink.", "Halbert's", BODY),
        ("The Ministry of Transport and Ana Rusu said the bridge shut.", "Ana Rusu", PERSON),
    ],
)
def test_long_names_of_bodies_are_read_whole(
    text: str, speaker: str, anonymity: Anonymity
) -> None:
    """Inner connectors, plural possessives and a name in 's keep a body's name whole; "and"
    before a person ends it."""
    assert shape(text) == (speaker, anonymity, ())


def test_a_surname_named_before_stays_a_person_in_a_document() -> None:
    """A lone surname of a person the document named keeps naming that person, whatever
    the words around it say; a lone unknown name with the same words is a body."""
    text = (
        "Dana Hrabec, the mayor, said the bridge was shut. "
        "Hrabec said in a statement that its repair would take weeks. "
        "Velorix said in a statement that its plant had reopened."
    )
    found = [(m.attribution.speaker_name, m.attribution.anonymity) for m in find_attributions(text)]
    assert found == [("Dana Hrabec", PERSON), ("Hrabec", PERSON), ("Velorix", BODY)]


@pytest.mark.parametrize(
    ("text", "speaker", "anonymity"),
    [
        (
            "The Northern Bank for Reconstruction and Development said loans rose.",
            "Northern Bank for Reconstruction and Development",
            BODY,
        ),
        (
            "The Ministry of Culture and Sport said the stadium would open.",
            "Ministry of Culture and Sport",
            BODY,
        ),
        ("The Ministry of Culture and Ana Rusu said the stadium would open.", "Ana Rusu", PERSON),
        (
            "The Institute for Justice and Public Accountability said the arrests were unlawful.",
            "Institute for Justice and Public Accountability",
            BODY,
        ),
        (
            "The Lusaka Forum for Cultural and Social Research said turnout fell.",
            "Lusaka Forum for Cultural and Social Research",
            BODY,
        ),
    ],
)
def test_and_joins_fields_inside_a_body_name_but_not_a_person(
    text: str, speaker: str, anonymity: Anonymity
) -> None:
    """ "and" between two fields after "of" or "for" stays inside the name; before a person
    it ends the name."""
    assert shape(text) == (speaker, anonymity, ())


def test_a_body_speaks_of_itself_as_it_but_not_in_it_would_be() -> None:
    """ "said it had left" and "said that it would appeal" are evidence of a body; the "it"
    of "it would be" or "it had been" is not."""

    def rules(*after: str) -> set[str]:
        return {rule for rule, _ in kind_evidence("Dulnev", cue="said", after=after)}

    assert "it after" in rules("it", "had", "left") & rules("that", "it", "would", "appeal")
    assert "it after" not in rules("it", "would", "be", "hard") | rules("it", "had", "been")


@pytest.mark.parametrize(
    ("text", "speaker", "anonymity"),
    [
        # a function word of another language between the words of a name
        ("Reporter ohne Grenzen said two journalists were held.", "Reporter ohne Grenzen", BODY),
        ("Ingenieros Sin Fronteras said the pumps were repaired.", "Ingenieros Sin Fronteras",
         BODY),
        ("Jaime Sin said the bells would ring.", "Jaime Sin", PERSON),  # "Sin" last: a surname
        # an apposition that names a kind of body, as a role names a person
        ("Meridia, the Baltic grid operator, said the link was restored.", "Meridia",
         BODY),
        ("Halvorsen, the head of the agency, said the link was restored.", "Halvorsen", PERSON),
        # a corps is a body
        ("Mercy Corps said its convoy was stopped.", "Mercy Corps", BODY),
    ],
)
def test_more_kinds_of_unknown_names(text: str, speaker: str, anonymity: Anonymity) -> None:
    """Foreign function words, an organisation noun in apposition and "Corps" make a body."""
    assert shape(text) == (speaker, anonymity, ())


def test_a_research_cue_adds_evidence_but_never_decides_alone() -> None:
    """"found" weighs for a body, but a lone unknown name that found something stays a person."""
    assert ("research cue", 1) in kind_evidence("Kestrel", cue="found")
    assert unknown_name_anonymity("Kestrel", cue="found") is PERSON
    assert unknown_name_anonymity("Kestrel", cue="found", after=("respondents",)) is BODY


@pytest.mark.parametrize(
    ("name", "expected"),
    [("FrontPage Africa", True), ("Ana Ruiz", False), ("the European Commission", False),
     ("Kestrel", False)],
)
def test_told_titles_are_unknown_multiword_names_with_body_evidence(
    name: str, expected: bool
) -> None:
    """A name told something is a press title only with body evidence and no word of a body."""
    assert told_title(name) is expected


@pytest.mark.parametrize(
    ("text", "speaker", "anonymity"),
    [
        # a last word that names a kind of company
        ("Korvale Mining said output at the pit would halve.", "Korvale Mining", BODY),
        ("• Fares will rise by a tenth, Brenmoor Airways said.", "Brenmoor Airways", BODY),
        ("Tessaly Foods said it would close two plants.", "Tessaly Foods", BODY),
        # an ampersand joins the words of a firm's name
        ("Harrow & Quill said the audit was complete.", "Harrow & Quill", BODY),
        ("Marlow & Finch, the auditor, said the accounts were sound.", "Marlow & Finch", BODY),
        # a country's possessive may open the apposition that names a kind of body
        ("Veltra, Norway's grid utility, said supply was stable.", "Veltra", BODY),
        ("Osk, the Danish carmaker, said orders had doubled.", "Osk", BODY),
        # a person's role in the apposition still makes a person
        ("Marta Osk, Norway's energy minister, said supply was stable.", "Marta Osk", PERSON),
        # Spanish and Portuguese names joined by "y" and "e" after "de"
        ("Prices rose, the Instituto de Precios y Salarios said.",
         "Instituto de Precios y Salarios", BODY),
        ("Rain fell, the Centro de Clima e Tempo said in a bulletin.",
         "Centro de Clima e Tempo", BODY),
    ],
)
def test_company_words_ampersands_and_joined_foreign_names(
    text: str, speaker: str, anonymity: Anonymity
) -> None:
    """Company last words, "&", body appositions after a possessive and "de ... y" make bodies."""
    assert shape(text) == (speaker, anonymity, ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kestrel Revenue Authority: collections fell short of target.",
         ("Kestrel Revenue Authority", BODY, ())),
        ("Tarvash Grid Company: supply will resume at noon.",
         ("Tarvash Grid Company", BODY, ())),
        ("Ana Ruiz: a life in politics", None),
        ("Market update: prices fell.", None),
    ],
)
def test_a_body_named_before_a_headline_colon_states_it(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]] | None
) -> None:
    """A name ending in a noun of bodies, then a colon at the start of a line, is the speaker."""
    assert shape(text) == expected


def test_a_body_noun_last_weighs_for_a_body_in_names_of_two_words_or_more() -> None:
    """A last word such as "Authority" is body evidence, but not when it is the whole name."""
    assert ("body noun last", 4) in kind_evidence("Kestrel Revenue Authority", cue="said")
    assert unknown_name_anonymity("Kestrel Revenue Authority", cue="said") is BODY
    assert "body noun last" not in dict(kind_evidence("Authority", cue="said"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nurses' Union chair Oluwaseun Adeyemi", Anonymity.NAMED_PERSON),
        ("Football Federation president Tomasz Wrobel", Anonymity.NAMED_PERSON),
        ("Syrian Observatory for Human Rights", Anonymity.NAMED_ORGANIZATION),
        ("Law Society of Kenya", Anonymity.NAMED_ORGANIZATION),
    ],
)
def test_a_body_before_a_title_qualifies_the_person(text: str, expected: Anonymity) -> None:
    """A body's word before a lower-case title ("Union chair") names the person's body, not
    the speaker, while "for" or "of" inside a body's name keeps its words a body."""
    assert unknown_name_anonymity(text, cue="said") is expected


@pytest.mark.parametrize(
    ("text", "speaker", "anonymity"),
    [
        ("Velorix said its depot in Hull would close in March.", "Velorix", BODY),
        ("Velorix said that its drivers had accepted the offer.", "Velorix", BODY),
        ("Hrabec said the depot in Hull would close in March.", "Hrabec", PERSON),
    ],
)
def test_its_opening_the_statement_names_a_body(
    text: str, speaker: str, anonymity: Anonymity
) -> None:
    """ "its" opening what a lone name said stands for the speaker, which is then a body."""
    assert shape(text) == (speaker, anonymity, ())


@pytest.mark.parametrize(
    ("text", "speaker", "anonymity"),
    [
        (
            "The dockers' union, Havenbond Noord, said the strike would go ahead.",
            "Havenbond Noord",
            BODY,
        ),
        ("The port's harbour master, Piet Veldman, said the strike would go ahead.", "Piet Veldman",
         PERSON),
        (
            "A spokesman for the port authority, Piet Veldman, said the strike would go ahead.",
            "Piet Veldman",
            PERSON,
        ),
        ("Verband Nord said the strike would go ahead.", "Verband Nord", BODY),
    ],
)
def test_a_name_set_beside_a_body_noun_is_a_body(
    text: str, speaker: str, anonymity: Anonymity
) -> None:
    """A name in apposition to a noun of bodies ("the union, X,") is a body; beside a
    person's role, or after "a spokesman for the authority", a person; a union word of
    another language names a body."""
    assert shape(text) == (speaker, anonymity, ())


@pytest.mark.parametrize(
    "text", ["Tottenham said the match would go ahead.", "Unilever said prices would rise."]
)
def test_clubs_and_brands_are_bodies(text: str) -> None:
    """A listed club or consumer brand is a body, though its name has no word of one."""
    assert shape(text) == (text.split(" said")[0], BODY, ())


def test_a_surname_named_before_outweighs_a_listed_company() -> None:
    """A lone surname of a person the document named is that person, even when a company
    of the same name is listed."""
    text = "Tessa Ford, the harbour master, said the port was shut. Ford said it would reopen."
    found = [(m.attribution.speaker_name, m.attribution.anonymity) for m in find_attributions(text)]
    assert found == [("Tessa Ford", PERSON), ("Ford", PERSON)]


@pytest.mark.parametrize(
    ("text", "anonymity"),
    [
        ("John Lewis said its stores would open late on Sundays.", BODY),
        ("John Lewis, the veteran sprinter, said the track was too slow.", PERSON),
    ],
)
def test_a_company_listed_under_a_persons_name_is_read_in_context(
    text: str, anonymity: Anonymity
) -> None:
    """A listed company named like a person is a body, unless the words around it give it
    a person's role."""
    assert shape(text) == ("John Lewis", anonymity, ())


@pytest.mark.parametrize("name", ["Hamas", "Amnesty", "Hezbollah", "Deutsche Bahn"])
def test_movements_and_charities_known_by_one_name_are_bodies(name: str) -> None:
    """Movements, charities and companies that news names by one word or two, with no word
    of bodies in it, are bodies."""
    assert shape(f"{name} said the talks had stalled.") == (name, BODY, ())


@pytest.mark.parametrize(
    "name", ["Bristol Rovers", "FC Porto", "VfB Stuttgart", "Kelso Athletic", "Buckingham Palace"]
)
def test_club_words_and_prefixes_name_bodies(name: str) -> None:
    """The last words of clubs' names ("Rovers", "Athletic") and their opening letters ("FC",
    "VfB") name bodies."""
    assert shape(f"{name} said the coach had left.") == (name, BODY, ())


@pytest.mark.parametrize(
    "text",
    [
        "Chile's Banco del Estado said loans would be extended.",
        "Compagnie Fruitière said the harvest was late.",
        "Glencore said output at the smelter fell.",
    ],
)
def test_foreign_body_words_and_known_miners_make_bodies(text: str) -> None:
    """A name holding a word of another language for a bank, council or company, or a
    mining or commodity company that world news names alone, is a body."""
    found = parse_attribution(text)
    assert found is not None and found.anonymity is Anonymity.NAMED_ORGANIZATION


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sultan Al Mansoori, the port's director, said cargo rose.", "Sultan Al Mansoori"),
        ("Sultan Qaboos bin Said said the talks were useful.", "Qaboos bin Said"),
    ],
)
def test_sultan_is_a_given_name_before_a_family_particle(text: str, expected: str) -> None:
    """"Sultan" before "Al" is a given name and stays; before a ruler's own name it is a
    title and goes."""
    found = parse_attribution(text)
    assert found is not None and found.speaker_name == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Corin Bishop, a tax adviser at a Leeds firm, said the rule was unclear.", PERSON),
        ("Rowan Marshal said the harvest came in late.", PERSON),
        ("The Auditor General said the accounts were incomplete.", BODY),
    ],
)
def test_a_title_that_is_a_family_name_ends_a_persons_name(text: str, expected: str) -> None:
    """A last word that is a title and a family name too ("Bishop", "Marshal") makes no
    office's title of a name; "General" still does."""
    found = parse_attribution(text)
    assert found is not None and found.anonymity is expected


@pytest.mark.parametrize(
    "text",
    [
        "Ortelius, the Antwerp economic think tank, estimated that rents would fall.",
        "Varnholt, the Hamburg consultancy, said demand for offices was weak.",
        "Kessler Brau, the Bavarian brewer, said barley prices had doubled.",
    ],
)
def test_an_apposition_naming_a_kind_of_body_makes_a_body(text: str) -> None:
    """An apposition ending in a noun of a kind of body ("think tank", "consultancy",
    "brewer") makes the name before it a body."""
    found = parse_attribution(text)
    assert found is not None and found.anonymity is Anonymity.NAMED_ORGANIZATION


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sam Fielders said it would close its depot in Leeds next spring.", BODY),
        ("Sam Fielder said it would take years to rebuild the depot.", PERSON),
    ],
)
def test_a_speaker_spoken_of_as_it_and_its_is_a_body(text: str, expected: str) -> None:
    """A name under a given name whose words go on with "it would ... its" speaks of itself
    as a body; "it would take years" alone says nothing of the speaker."""
    found = parse_attribution(text)
    assert found is not None and found.anonymity is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cardinal Health said it would close two warehouses.", ("Cardinal Health", BODY, ())),
        ("General Mills said cereal sales had slipped.", ("General Mills", BODY, ())),
        ("Cardinal Parolin said the talks would go on.", ("Parolin", PERSON, ())),
    ],
)
def test_a_title_before_a_word_of_company_names_opens_a_company(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """A word that is a title elsewhere ("Cardinal", "General") before one word of company
    names ("Health", "Mills") opens a company's name; before a surname it stays a title."""
    assert shape(text) == expected
