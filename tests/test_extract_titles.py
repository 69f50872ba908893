"""Office titles in the less common forms news uses: descriptions, relative clauses, bodies
named before the title, and words that place a title in time."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Document, RoleHeld, Source, TitleTime
from claimcheck.timespan import TimeSpan

KB = KnowledgeBase.default()
SOURCE = Source(document_id="t2", published=TimeSpan.day(2024, 12, 10))


def _roles(text: str) -> list[RoleHeld]:
    doc: Document = extract(text, source=SOURCE, kb=KB)
    return [c.assertion for c in doc.claims if isinstance(c.assertion, RoleHeld)]


@pytest.mark.parametrize(
    ("text", "actor", "role", "organization"),
    [
        (
            "Speaking to reporters, Ukraine's top diplomat, Andrii Sybiha, asked for air defence.",
            "Andrii Sybiha",
            "Minister of Foreign Affairs",
            "Ukraine",
        ),
        (
            "Andrii Sybiha, who is Ukraine's foreign minister, toured the port.",
            "Andrii Sybiha",
            "Minister of Foreign Affairs",
            "Ukraine",
        ),
        (
            "The bloc's foreign policy chief, Kaja Kallas, arrived late.",
            "Kaja Kallas",
            "High Representative for Foreign Affairs and Security Policy",
            None,
        ),
        (
            "EU foreign policy chief Kaja Kallas arrived late.",
            "Kaja Kallas",
            "High Representative for Foreign Affairs and Security Policy",
            "European Union",
        ),
        (
            "European Commission President Ursula von der Leyen opened the forum.",
            "Ursula von der Leyen",
            "President of the European Commission",
            "European Union",
        ),
        (
            "Army chief Oleksandr Syrskyi toured the front.",
            "Oleksandr Syrskyi",
            "Commander-in-Chief of the Armed Forces",
            "Ukraine",
        ),
        (
            "Mark Rutte, who heads NATO, toured the base.",
            "Mark Rutte",
            "Secretary General",
            "NATO",
        ),
        (
            "Mark Rutte, who has led NATO since October, toured the base.",
            "Mark Rutte",
            "Secretary General",
            "NATO",
        ),
        (
            "Ambassador Julianne Smith toured the base.",
            "Julianne Smith",
            "Permanent Representative (Ambassador) to NATO",
            "United States",
        ),
        (
            "U.S. Defence Secretary Lloyd Austin toured the base.",
            "Lloyd Austin",
            "Secretary of Defense",
            "United States",
        ),
    ],
)
def test_title_forms_name_the_knowledge_base_office(
    text: str, actor: str, role: str, organization: str | None
) -> None:
    """Descriptions, relative clauses and bodies before a title give the knowledge base's office."""
    (found,) = _roles(text)
    assert found.actor.name == actor
    assert found.role == role
    if organization is not None:
        assert found.organization == organization


def test_a_past_relative_clause_gives_no_title() -> None:
    """"who was <title>" and "who led <body>" say the title was held at some undated time."""
    assert _roles("Jens Stoltenberg, who was NATO secretary general, spoke on Monday.") == []
    assert _roles("Jens Stoltenberg, who led NATO for a decade, spoke on Monday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe, who has led Ukraine's diplomacy since September, toured the port.",
        "Jane Roe, who heads France's navy, toured the port.",
        "Jane Roe, who runs Germany's foreign ministry, toured the port.",
    ],
)
def test_leading_a_countrys_service_is_not_leading_the_country(text: str) -> None:
    """"who heads France's navy" leads the navy: it makes nobody head of France."""
    assert _roles(text) == []


def test_a_misspelt_head_of_a_countrys_service_is_still_named() -> None:
    """A misspelt name before "who has led <country>'s <noun>" is still recorded as a name."""
    text = "Andrii Sybhia, who has led Ukraine's diplomacy since September, spoke."
    doc = extract(text, source=SOURCE, kb=KB)
    assert ("Andrii Sybhia", "Andrii Sybiha") in {(m.span.text, m.actor) for m in doc.mentions}
    assert _roles(text) == []


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("Andrii Sybiha is Ukraine's foreign minister, having served since September.", TitleTime.PRESENT),
        ("Andrii Sybiha is now the foreign minister of Ukraine.", TitleTime.PRESENT),
        ("Andrii Sybiha remains Ukraine's foreign minister.", TitleTime.PRESENT),
        ("Andrii Sybiha is a former foreign minister of Ukraine.", TitleTime.FORMER),
    ],
)
def test_a_title_after_the_subjects_copula_is_the_subjects(text: str, time: TitleTime) -> None:
    """"<name> is <title>" opening a sentence gives the name that title now (or "former")."""
    (found,) = _roles(text)
    assert (found.actor.name, found.role, found.organization, found.title_time) == (
        "Andrii Sybiha",
        "Minister of Foreign Affairs",
        "Ukraine",
        time,
    )


def test_a_copula_after_another_name_or_in_the_past_gives_no_title() -> None:
    """Only the sentence's subject takes a copular title, and "was" does not say when."""
    assert _roles("The envoy who met Andrii Sybiha is Ukraine's foreign minister.") == []
    assert _roles("Andrii Sybiha was Ukraine's foreign minister.") == []


def test_a_title_owned_by_a_pronoun_takes_the_persons_recorded_office() -> None:
    """"His foreign minister, <name>" titles the name, with the office the facts record for it."""
    (found,) = _roles("The president spoke first. His foreign minister, Andrii Sybiha, spoke next.")
    assert (found.actor.name, found.role, found.organization) == (
        "Andrii Sybiha",
        "Minister of Foreign Affairs",
        "Ukraine",
    )


def test_an_outgoing_title_makes_no_claim_and_current_keeps_the_present() -> None:
    """An outgoing holder may be a day either side of the handover; "current" is the present."""
    assert _roles("Outgoing NATO chief Jens Stoltenberg said goodbye on Monday.") == []
    (found,) = _roles("Current NATO chief Mark Rutte said hello.")
    assert found.title_time is TitleTime.PRESENT


def test_a_title_of_another_country_keeps_that_country() -> None:
    """A French foreign minister is not Ukraine's foreign minister, whoever he meets."""
    found = _roles("French Foreign Minister Jean-Noel Barrot greeted Andrii Sybiha.")
    assert [(r.actor.name, r.organization) for r in found] == [("Jean-Noel Barrot", "France")]


def test_name_particles_stay_inside_a_name() -> None:
    """Lower-case particles ("von der", "de") join the capitalised words of one name."""
    (found,) = _roles("Commission President Ursula von der Leyen opened the forum.")
    assert found.actor.name == "Ursula von der Leyen"


def test_an_ambassador_to_a_country_written_in_capitals_keeps_the_country() -> None:
    """"ambassador to the UK" is the envoy to the United Kingdom, as "to Britain" is."""
    (found,) = _roles("Olena Kovalenko, now Ukraine's ambassador to the UK, spoke.")
    assert (found.role, found.organization) == ("Ambassador to United Kingdom", "Ukraine")


@pytest.mark.parametrize(
    ("text", "role", "organization"),
    [
        ("The alliance welcomed NATO's new chief Mark Rutte warmly.", "Secretary General", "NATO"),
        ("Reporters waited for NATO boss Mark Rutte.", "Secretary General", "NATO"),
        ("Ukraine's defence chief Rustem Umerov flew home.", "Minister of Defence", "Ukraine"),
        ("Antony Blinken, America's top diplomat, flew home.", "Secretary of State", "United States"),
    ],
)
def test_describing_words_bosses_and_chiefs_name_the_office(
    text: str, role: str, organization: str
) -> None:
    """"new", "boss", "defence chief" and "America's" still lead to the knowledge base's office."""
    (found,) = _roles(text)
    assert (found.role, found.organization) == (role, organization)


def test_a_title_with_its_own_closed_span_is_read_then() -> None:
    """"from <date> to <date>" and "until <date>" after a title date the title itself."""
    (spanned,) = _roles("Jens Stoltenberg, NATO secretary general from 2014 to 2024, spoke in Oslo.")
    assert spanned.title_time is TitleTime.THEN
    assert spanned.when is not None and spanned.when.first_day() == TimeSpan.year(2014).first_day()
    (until,) = _roles("Jens Stoltenberg, NATO secretary general until October 2024, spoke in Oslo.")
    assert (until.title_time, until.when) == (TitleTime.THEN, TimeSpan.month(2024, 10))


def test_a_predecessor_is_titled_at_the_start_of_since_or_not_at_all() -> None:
    """A predecessor's title says nothing about now: "since" gives its time, else it makes no claim."""
    (since,) = _roles("His predecessor Jens Stoltenberg, NATO secretary general since 2014, spoke in Oslo.")
    assert (since.title_time, since.when) == (TitleTime.THEN, TimeSpan.year(2014))
    assert _roles("Her predecessor, NATO Secretary General Jens Stoltenberg, spoke in Oslo.") == []


def test_a_since_title_of_a_current_holder_stays_present() -> None:
    """Without a predecessor, "since <date>" runs the title on to its clause: it stays present."""
    (found,) = _roles("Mark Rutte, NATO secretary general since October, spoke in Oslo.")
    assert (found.actor.name, found.title_time) == ("Mark Rutte", TitleTime.PRESENT)


def test_a_title_in_a_past_clause_refers_to_that_clause() -> None:
    """After "served under" or in a past relative clause a title is dated by the clause, or makes no claim."""
    assert _roles("The envoy, who worked for years in Kyiv, served under President Joe Biden.") == []
    assert _roles("Julianne Smith, who answered to President Joe Biden, left the post.") == []
    (dated,) = _roles("Andrii Sybiha was appointed by President Volodymyr Zelensky on 5 September 2024.")
    assert (dated.actor.name, dated.title_time, dated.when) == (
        "Volodymyr Zelensky",
        TitleTime.THEN,
        TimeSpan.day(2024, 9, 5),
    )


def test_a_middle_initial_stays_inside_a_name() -> None:
    """"Donald J. Trump" and an unknown "Jane Q. Public" are whole names, so their titles
    are theirs."""
    roles = _roles("U.S. President Donald J. Trump met Mayor Jane Q. Public in Ohio.")
    assert [r.actor.name for r in roles] == ["Donald J. Trump", "Jane Q. Public"]


def test_a_season_around_the_time_of_writing_does_not_hide_the_past_year() -> None:
    """"the winter session in 2022" dates its title to 2022: "the winter" alone, read as the
    season of the time of writing, is no second date."""
    doc = extract(
        "Defence Minister Oleksii Reznikov opened the winter session in 2022.",
        source=Source(document_id="t3", published=TimeSpan.day(2025, 1, 10)),
        kb=KB,
    )
    (role,) = [c.assertion for c in doc.claims if isinstance(c.assertion, RoleHeld)]
    assert role.when == TimeSpan.year(2022)


def test_a_then_title_in_apposition_takes_the_sentence_date() -> None:
    """", then NATO's secretary general," gives the title at the date the sentence gives,
    and no claim where the sentence gives none."""
    (found,) = _roles("Jens Stoltenberg, then NATO's secretary general, visited Kyiv in April 2023.")
    assert (found.role, found.title_time, found.when) == ("Secretary General", TitleTime.THEN, TimeSpan.month(2023, 4))
    assert _roles("Jens Stoltenberg, then NATO's secretary general, visited Kyiv.") == []


def test_a_rank_between_an_appositive_title_and_the_name_is_skipped() -> None:
    """"the army's commander-in-chief, General X" gives X the title."""
    (found,) = _roles("Officers met Ukraine's commander-in-chief, General Valerii Zaluzhnyi, at the front.")
    assert (found.actor.name, found.role) == ("Valerii Zaluzhnyi", "Commander-in-Chief of the Armed Forces")


def test_a_title_inside_a_phrase_about_a_tenure_makes_no_claim() -> None:
    """"the tenures of X and Defense Secretary Y" and "the term of President Z" give the
    titles of the tenures spoken of, whose time the phrase leaves open: no claim."""
    assert _roles("Biden's term ended, and with it the tenures of Blinken and Defense Secretary Lloyd Austin.") == []
    assert _roles("The term of President Joe Biden ended at noon.") == []
    (found,) = _roles("Defense Secretary Lloyd Austin visited the base.")
    assert found.role == "Secretary of Defense"


def test_a_predecessors_title_in_a_dated_taking_of_office_holds_at_that_date() -> None:
    """"Elected on <day>, taking over from President X" titles X at that day; undated, or with no
    verb of taking office, a handover's title makes no claim."""
    (moon,) = _roles("She was elected on 3 May 2021, taking over from NATO's secretary general, Ann Lee.")
    assert (moon.actor.name, moon.title_time, str(moon.when)) == ("Ann Lee", TitleTime.THEN, "2021-05-03")
    assert _roles("She was elected unopposed, taking over from NATO's secretary general, Ann Lee.") == []
    assert _roles("On 3 May 2021 the board met, taking over from NATO's secretary general, Ann Lee.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kaja Kallas. Ex-premier of Estonia. Replaced Josep Borrell.", "Josep Borrell"),
        ("Served under Olaf Scholz for three years.", "Olaf Scholz"),
        ("Met Andrii Sybiha in Kyiv last spring.", "Andrii Sybiha"),
    ],
)
def test_a_verb_opening_a_sentence_is_not_a_given_name(text: str, name: str) -> None:
    """A capitalised verb that opens a sentence or fragment stays out of the name after it."""
    doc = extract(text, source=SOURCE, kb=KB)
    assert [m.span.text for m in doc.mentions][-1] == name


def test_a_title_in_succession_to_is_the_predecessors_at_the_handover() -> None:
    """"in succession to the acting president, X" titles X at the dated handover, and says
    nothing of the time of writing where the sentence gives no date of its own."""
    (dated,) = _roles("Jane Roe was elected on 25 November 2024 in succession to the acting chair, Tomas Brandt.")
    assert (dated.actor.name, dated.title_time, dated.when) == ("Tomas Brandt", TitleTime.THEN, TimeSpan.day(2024, 11, 25))
    undated = _roles("Jane Roe won the vote in Oslo in succession to the Assembly's acting president, Tomas Brandt.")
    assert [r.actor.name for r in undated] == []


def test_a_body_word_of_a_kind_refers_only_to_a_body_of_that_kind() -> None:
    """"the ministry" after a mention of NATO names no NATO office, while "the alliance" does."""
    assert _roles("Envoys gathered at NATO headquarters. Jane Roe, who has run the ministry for a year, spoke.") == []
    (role,) = _roles("Envoys gathered at NATO headquarters. Jane Roe, who now runs the alliance, spoke.")
    assert (role.role, role.organization) == ("Secretary General", "NATO")


@pytest.mark.parametrize("verb", ["replaces", "succeeds", "takes over from", "succeeded"])
def test_a_predecessor_titled_after_the_name_holds_the_title_only_to_the_handover(verb: str) -> None:
    """"<verb> X, chancellor since 2021" gives X's title only up to the handover: undated, it
    makes no claim about the time of writing; dated by a taking of office, it holds that day."""
    assert _roles(f"The new leader {verb} Tomas Brandt, chancellor since December 2021, who governed for years.") == []
    (dated,) = _roles(f"Jane Roe was elected on 25 November 2024 and {verb} Tomas Brandt, the chancellor.")
    assert (dated.actor.name, dated.title_time, dated.when) == ("Tomas Brandt", TitleTime.THEN, TimeSpan.day(2024, 11, 25))
    (met,) = _roles("Jane Roe met Tomas Brandt, chancellor since December 2021, in Oslo.")
    assert (met.actor.name, met.title_time) == ("Tomas Brandt", TitleTime.PRESENT)


def test_a_title_in_a_past_clause_with_its_own_time_is_read_at_that_time() -> None:
    """"X was President Y's envoy from late 2021" titles Y at the clause's time, not at the time
    of writing; a clause in the present, or a past one with no time after the title, still
    reads the title at publication."""
    (then,) = _roles("Her predecessor, Ann Lee, was President Ivo Dane's envoy from late 2021.")
    assert (then.actor.name, then.title_time, then.when) == ("Ivo Dane", TitleTime.THEN, TimeSpan.year(2021))
    (now,) = _roles("Ann Lee praises President Ivo Dane's envoy from late 2021.")
    assert (now.title_time, now.when) == (TitleTime.PRESENT, None)
    (bare,) = _roles("Ann Lee was President Ivo Dane's envoy.")
    assert (bare.title_time, bare.when) == (TitleTime.PRESENT, None)


@pytest.mark.parametrize(
    "text",
    [
        "Antony Blinken, secretary of state under President Joe Biden, flew to Brussels.",
        "Antony Blinken, the secretary of state in the Biden administration, flew to Brussels.",
        "Antony Blinken, secretary of state during Joe Biden's presidency, flew to Brussels.",
    ],
)
def test_a_title_held_under_a_leader_gives_no_claim(text: str) -> None:
    """A title placed under a leader or in a leader's time in power holds for that time,
    which the sentence does not date: no title claim is read for the person."""
    assert [r for r in _roles(text) if r.actor.name == "Antony Blinken"] == []


def test_a_government_with_no_leader_named_is_no_leaders_time() -> None:
    """"in the government" names no leader whose time the title is held in: the title is read."""
    roles = _roles("Antony Blinken, secretary of state in the government, flew to Brussels.")
    assert [(r.actor.name, r.role) for r in roles] == [("Antony Blinken", "Secretary of State")]


def test_a_title_followed_by_other_words_is_still_read() -> None:
    """"under" with no capitalised leader after it ("under pressure") leaves the title alone."""
    roles = _roles("Antony Blinken, secretary of state, under pressure from allies, flew to Brussels.")
    assert [(r.actor.name, r.role) for r in roles] == [("Antony Blinken", "Secretary of State")]


@pytest.mark.parametrize(
    "text",
    [
        "The Social Democrat leader Olaf Scholz spoke in Bonn.",
        "The opposition leader Olaf Scholz spoke in Bonn.",
    ],
)
def test_a_bare_leader_of_an_unnamed_body_is_no_office_of_the_person(text: str) -> None:
    """A bare "leader" after words that say which body it heads (a party, the opposition)
    is not taken for the office the facts record for the person."""
    assert _roles(text) == []


def test_a_bare_leader_with_a_country_is_still_read() -> None:
    """"German leader Olaf Scholz" still gives a title of Germany."""
    roles = _roles("German leader Olaf Scholz spoke in Bonn.")
    assert [(r.actor.name, r.organization) for r in roles] == [("Olaf Scholz", "Germany")]


@pytest.mark.parametrize("verb", ["moved", "dismissed", "sacked", "ousted", "removed"])
def test_the_title_of_someone_moved_out_is_the_one_handed_over(verb: str) -> None:
    """"<verb> Jane Doe, defence minister since 2012, to another post" gives the title she
    handed over, at a time the text does not date: no claim at the time of writing."""
    text = f"Last spring the president {verb} Sergei Shoigu, defence minister since 2012, to another post."
    assert [r for r in _roles(text) if r.actor.name == "Sergei Shoigu"] == []


def test_a_title_with_its_own_start_is_still_read_without_a_handover() -> None:
    """Without a verb of handing over, "Jane Doe, defence minister since 2012" is a title now."""
    roles = _roles("Sergei Shoigu, defence minister since 2012, spoke in Moscow.")
    assert [(r.actor.name, r.role) for r in roles] == [("Sergei Shoigu", "Minister of Defence")]


def test_a_title_held_for_a_length_is_a_tenure_not_a_present_title() -> None:
    """"NATO's secretary general for a decade" speaks of a whole tenure, which may be over:
    no claim at the time of writing."""
    roles = _roles("Jens Stoltenberg, NATO's secretary general for a decade, spoke in Oslo.")
    assert [r for r in roles if r.actor.name == "Jens Stoltenberg"] == []


def test_a_title_owned_by_a_person_is_held_under_that_person() -> None:
    """"Biden's secretary of state, Antony Blinken" names the office held under Biden, at a
    time the sentence does not give: no claim; "the alliance's chief, Mark Rutte" still is one."""
    assert _roles("Joe Biden's secretary of state, Antony Blinken, flew to Oslo.") == []
    roles = _roles("The alliance's chief, Mark Rutte, flew to Oslo.")
    assert [r.actor.name for r in roles] == ["Mark Rutte"]


@pytest.mark.parametrize(
    "text",
    [
        "Ilse Vogt, the chancellor's pick for the treasury, faces a hearing.",
        "Karl Brandt, the mayor’s chief of staff, declined to comment.",
    ],
)
def test_a_title_that_owns_something_does_not_describe_the_name_before_it(text: str) -> None:
    """"Ilse Vogt, the chancellor's pick" names the chancellor's choice, not a chancellor."""
    assert _roles(text) == []
