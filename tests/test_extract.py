"""Extraction of claims and events from news text, one extractor at a time, and its invariants."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.checks import run_checks
from claimcheck.checks._propositions import same_proposition
from claimcheck.errors import ArticleError, InputError
from claimcheck.extract import extract, has_header, read_article
from claimcheck.kb import KnowledgeBase
from claimcheck.model import (
    ActorKind,
    Anonymity,
    Count,
    Document,
    DurationSince,
    EventDate,
    Modality,
    Ordinal,
    Quantity,
    RoleHeld,
    Source,
    Statement,
    TitleTime,
    Weekday,
)
from claimcheck.timespan import Duration, Modifier, TimeSpan

KB = KnowledgeBase.default()
SOURCE = Source(document_id="t1", published=TimeSpan.day(2024, 10, 16))


def _doc(text: str, published: TimeSpan | None = None) -> Document:
    source = SOURCE if published is None else Source(document_id="t1", published=published)
    return extract(text, source=source, kb=KB)


def _of(doc: Document, kind: type) -> list:  # type: ignore[type-arg]
    return [c.assertion for c in doc.claims if isinstance(c.assertion, kind)]


# -- titles ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "role", "organization"),
    [
        (
            "NATO Secretary General Mark Rutte flew to Ankara.",
            "Mark Rutte",
            "Secretary General",
            "NATO",
        ),
        (
            "Mark Rutte, NATO's secretary general, flew to Ankara.",
            "Mark Rutte",
            "Secretary General",
            "NATO",
        ),
        (
            "NATO met again. The alliance's chief, Mark Rutte, flew home.",
            "Mark Rutte",
            "Secretary General",
            "NATO",
        ),
        (
            "Ukrainian President Volodymyr Zelensky spoke to troops.",
            "Volodymyr Zelensky",
            "President",
            "Ukraine",
        ),
        ("German Chancellor Olaf Scholz opened a plant.", "Olaf Scholz", "Chancellor", "Germany"),
        (
            "U.S. Ambassador to NATO Julianne Smith gave a talk.",
            "Julianne Smith",
            "Permanent Representative (Ambassador) to NATO",
            "United States",
        ),
        (
            "Gerry Connolly, head of the NATO Parliamentary Assembly, gave a talk.",
            "Gerry Connolly",
            "President",
            "NATO Parliamentary Assembly",
        ),
        (
            "Kyiv hosted French Foreign Minister Jean Barrot twice.",
            "Jean Barrot",
            "Minister of Foreign Affairs",
            "France",
        ),
    ],
)
def test_titles_become_roles_in_the_knowledge_base_names(
    text: str, actor: str, role: str, organization: str
) -> None:
    """A title in any of the usual news forms becomes a RoleHeld named as the knowledge base names the office."""
    roles = _of(_doc(text), RoleHeld)
    assert [(r.actor.name, r.role, r.organization) for r in roles] == [(actor, role, organization)]


def test_former_and_then_titles_keep_their_time() -> None:
    """ "former" and "then-" titles are marked as such, and "acting" is kept."""
    text = (
        "In 2019, former chancellor Olaf Scholz met then-Secretary General Jens Stoltenberg and "
        "acting President Jane Mercer."
    )
    roles = {r.actor.name: r for r in _of(_doc(text), RoleHeld)}
    assert roles["Olaf Scholz"].title_time is TitleTime.FORMER
    assert roles["Jens Stoltenberg"].title_time is TitleTime.THEN
    assert roles["Jens Stoltenberg"].when == TimeSpan.year(2019)
    assert roles["Jane Mercer"].acting


def test_a_capitalised_former_before_a_body_is_still_former() -> None:
    """"Former" or "Acting" opening a sentence before a body's name marks the title; it is not
    read as part of the body's name."""
    text = "Former EU foreign policy chief Josep Borrell spoke. Acting NATO Deputy Secretary General Boris Ruge listened."
    roles = {r.actor.name: r for r in _of(_doc(text, TimeSpan.day(2025, 2, 3)), RoleHeld)}
    assert roles["Josep Borrell"].title_time is TitleTime.FORMER
    assert roles["Boris Ruge"].acting


def test_the_last_word_of_a_title_does_not_start_the_name_after_it() -> None:
    """In "Secretary of State Antony Blinken" the title ends before the name ("State" is not
    its first word), so the person is read with the title."""
    text = "Secretary of State Antony Blinken met Foreign Secretary David Lammy."
    roles = {r.actor.name: r for r in _of(_doc(text), RoleHeld)}
    assert roles["Antony Blinken"].role == "Secretary of State"
    assert roles["Antony Blinken"].organization == "United States"


def test_british_spellings_and_pentagon_chief_name_the_us_defense_secretary() -> None:
    """"Defence Secretary" and "Pentagon chief" are read as Secretary of Defense, and the
    knowledge base supplies the country of the person it knows in that office."""
    text = "Defence Secretary Lloyd Austin met the Pentagon chief, Pete Hegseth."
    roles = {r.actor.name: r for r in _of(_doc(text), RoleHeld)}
    assert {(r.role, r.organization) for r in roles.values()} == {("Secretary of Defense", "United States")}
    assert set(roles) == {"Lloyd Austin", "Pete Hegseth"}


def test_an_open_span_does_not_date_a_title() -> None:
    """"before the end of the year" bounds no past time, so a title beside it keeps the time
    of writing rather than all time before."""
    doc = _doc(
        "Foreign Minister Andrii Sybiha urged allies to act before the end of the year.",
        TimeSpan.day(2024, 12, 5),
    )
    (role,) = _of(doc, RoleHeld)
    assert role.when is None


def test_then_titles_without_a_date_make_no_claim() -> None:
    """A "then-" title in a sentence without a date gives no time to check, so no claim."""
    assert _of(_doc("The plan came from then-Secretary General Jens Stoltenberg."), RoleHeld) == []


def test_unknown_and_misspelt_names_stay_as_written() -> None:
    """A person the knowledge base does not know, or knows under another spelling, keeps the written name."""
    roles = _of(
        _doc(
            "Senator Jane Doerr and Congressman Jerry Connolly, head of the NATO Parliamentary Assembly, spoke."
        ),
        RoleHeld,
    )
    names = {r.actor.name for r in roles}
    assert {"Jane Doerr", "Jerry Connolly"} <= names


def test_a_dated_sentence_moves_the_time_of_its_titles() -> None:
    """A plain title in a sentence with one past date refers to that date."""
    (role,) = _of(_doc("On 3 March, President Emmanuel Macron opened a bridge."), RoleHeld)
    assert role.when == TimeSpan.day(2024, 3, 3)


# -- events ----------------------------------------------------------------------------------


def test_event_with_date_place_and_participants() -> None:
    """An event word near a date gives an Event with its date, place and participants, and an EventDate."""
    doc = _doc("On 4 March, Joe Biden met Keir Starmer in London.")
    (event,) = doc.events
    assert event.kind == "meeting"
    assert event.when == TimeSpan.day(2024, 3, 4)
    assert event.place is not None and event.place.name == "London"
    assert event.place.kind is ActorKind.PLACE
    assert [a.name for a in event.participants] == ["Joe Biden", "Keir Starmer"]
    (dating,) = _of(doc, EventDate)
    assert dating.event == event.id and dating.when == event.when


def test_future_events_are_expected() -> None:
    """An event the sentence puts in the future is claimed as expected, not as past fact."""
    doc = _doc("Leaders will meet in Rome on Friday to sign the accord.")
    (claim,) = [c for c in doc.claims if isinstance(c.assertion, EventDate)]
    assert claim.modality is Modality.EXPECTED
    assert claim.assertion.when == TimeSpan.day(2024, 10, 18)


def test_possessors_are_not_participants() -> None:
    """A person named only as the owner of something does not take part in the event."""
    doc = _doc("Ministers met on Monday to discuss Joe Biden's proposal.")
    (event,) = doc.events
    assert event.participants == ()


def test_an_undated_event_word_makes_no_event() -> None:
    """Without a date in reach, an event word gives no Event."""
    assert _doc("The meeting was long and the talks were hard.").events == ()


# -- numbers ---------------------------------------------------------------------------------


def test_money_and_shares() -> None:
    """Amounts of money and percentages become Quantities with unit and hedge."""
    doc = _doc("Canada pledged $1.5 billion in loans. Troops hold about 12% of the region.")
    money, share = _of(doc, Quantity)
    assert (money.value, money.unit, money.measure) == (1.5e9, "USD", "value")
    assert (share.value, share.unit, share.modifier) == (12.0, "percent", Modifier.APPROX)
    assert share.subject == "the region"


def test_sums_written_with_a_code_or_the_currency_name() -> None:
    """A sum with a currency code before it or the currency's name after it is read like one with a sign."""
    doc = _doc("Oslo set aside NOK 2 billion for ferries. Lisbon pledged EUR 3.4 billion and Ottawa 90 million dollars.")
    assert [(q.value, q.unit) for q in _of(doc, Quantity)] == [(3.4e9, "EUR"), (9e7, "USD")]


def test_counts_take_their_body_from_the_text() -> None:
    """A count names its series, from the words around it or the body last named."""
    doc = _doc(
        "NATO leaders gathered. All 32 member countries signed. The 27 member states of the European Union abstained."
    )
    counts = {(c.subject, c.value) for c in _of(doc, Count)}
    assert counts == {("NATO members", 32), ("European Union members", 27)}


def test_counts_in_words() -> None:
    """A count spelt out in words is read as its number, past twelve too; "a dozen" is no count."""
    doc = _doc(
        "The council met. All fifteen members voted. Its nine members of the bench dissented. "
        "The dozen members left early."
    )
    counts = {(c.subject, c.value) for c in _of(doc, Count)}
    assert counts == {("members", 15), ("members", 9)}


def test_ordinals_past_and_prospective() -> None:
    """An ordinal is prospective after "would become" or "spot for", and belongs to the country named."""
    doc = _doc("NATO grew. Croatia became the 28th member. Georgia would become the 33rd member.")
    ordinals = {o.subject: o for o in _of(doc, Ordinal)}
    assert ordinals["Croatia"].position == 28 and not ordinals["Croatia"].prospective
    assert ordinals["Georgia"].position == 33 and ordinals["Georgia"].prospective
    assert ordinals["Croatia"].series == "NATO members"


def test_duration_since_a_year_nearby() -> None:
    """A perfect-tense "for N years" takes its start from a "since" clause's year nearby."""
    doc = _doc(
        "The court has weighed the case for 9 years. Lawyers have argued since they filed it in 2015."
    )
    (since,) = _of(doc, DurationSince)
    assert since.since == TimeSpan.year(2015)
    assert since.length == Duration(years=9)


def test_an_unrelated_year_nearby_is_no_start() -> None:
    """A year in a neighbouring sentence without "since" does not start a length of time."""
    doc = _doc("The court has weighed the case for 9 years. A new judge arrived in 2011.")
    assert _of(doc, DurationSince) == []


def test_weekday_with_an_explicit_date() -> None:
    """A weekday written with its date becomes a Weekday claim; a bare weekday does not."""
    doc = _doc("The vote took place on Monday, 14 October 2024, after talks on Friday.")
    (weekday,) = _of(doc, Weekday)
    assert weekday.weekday == "Monday" and weekday.when == TimeSpan.day(2024, 10, 14)


def test_a_yearless_date_with_a_wrong_weekday_keeps_its_nearest_year() -> None:
    """A yearless date with a weekday means the nearest such day, even when the weekday fits
    another year, so the wrong weekday reaches the checks."""
    doc = _doc("The board met on Tuesday, 10 October, to approve the budget.")
    (weekday,) = _of(doc, Weekday)
    assert weekday.weekday == "Tuesday" and weekday.when == TimeSpan.day(2024, 10, 10)
    (event,) = doc.events
    assert event.when == TimeSpan.day(2024, 10, 10)


def test_an_amount_that_modifies_a_noun_is_about_that_noun_and_its_recipient() -> None:
    """"$40 million reconstruction loan to Moldova" is a loan to Moldova, whatever the words
    before it; a bare "loan" without a recipient is the loan alone, tied to a day or not."""
    first = _doc("On Friday, 11 October, the bank approved a $40 million reconstruction loan to Moldova.")
    second = _doc("Officials confirmed a $44 million energy loan to Moldova on Monday.")
    (one,), (two,) = _of(first, Quantity), _of(second, Quantity)
    assert one.subject == two.subject == "loan to Moldova"
    (bare,) = _of(_doc("Lenders signed a $40 million loan yesterday."), Quantity)
    assert bare.subject == "loan" and bare.when == TimeSpan.day(2024, 10, 15)
    (undated,) = _of(_doc("Lenders signed a $40 million loan."), Quantity)
    assert undated.subject == "loan" and undated.when is None
    (abbreviated,) = _of(_doc("Congress cut a $5 million aid package for the U.S."), Quantity)
    assert abbreviated.subject == "package for the U.S."


def test_a_sum_takes_the_one_past_day_of_its_sentence() -> None:
    """A sum of money in a sentence that gives one past day refers to that day; shares do not."""
    (money,) = _of(_doc("On Friday, 11 October, the bank approved a $40 million loan to Moldova."), Quantity)
    assert money.when == TimeSpan.day(2024, 10, 11)
    (undated,) = _of(_doc("The bank approved a $40 million loan to Moldova."), Quantity)
    assert undated.when is None


def test_an_ordinal_without_its_noun_takes_the_series_from_the_text() -> None:
    """"joined as the 31st" counts the members of the body named last; "the 33rd" after "the
    32nd member" is in the same series; "on the 5th" (a day of the month) is no ordinal."""
    doc = _doc("NATO welcomed a new ally. Finland joined as the 31st on Tuesday.")
    assert [(o.series, o.position) for o in _of(doc, Ordinal)] == [("NATO members", 31)]
    doc = _doc("NATO grew. Sweden became the 32nd member, after Finland became the 33rd.")
    assert [o.position for o in _of(doc, Ordinal)] == [32, 33]
    doc = _doc("NATO grew. Sweden became the 32nd member, and talks ended on the 5th.")
    assert [o.position for o in _of(doc, Ordinal)] == [32]


def test_a_known_weapon_takes_part_in_its_event() -> None:
    """A known thing named with an event ("an Orechnik missile") is among its participants,
    under its knowledge-base name."""
    doc = _doc("Russia fired an Orechnik missile at the city on Monday, officials said.")
    (event,) = doc.events
    assert [(p.name, p.kind) for p in event.participants] == [("Oreshnik", ActorKind.OBJECT)]


def test_a_count_owned_by_a_body_counts_its_members() -> None:
    """"NATO's 31 member states" counts NATO's members; "Biden's 30 counterparts" is no count."""
    doc = _doc("Leaders of NATO's 31 member states met. Biden's 30 counterparts listened.")
    assert [(c.subject, c.value) for c in _of(doc, Count)] == [("NATO members", 31)]


def test_an_ordinal_after_a_past_accession_as_is_held_not_prospective() -> None:
    """"joined the alliance in 2009 as its 28th member" is a held position (where no accession
    is on record to measure it on); "its place as the 33rd member" is still prospective."""
    doc = _doc("NATO met. Albania, which joined the alliance in 2009 as its 28th member, spoke.")
    assert [o.prospective for o in _of(doc, Ordinal)] == [False]
    doc = _doc("NATO met. Ukraine hopes for its place as the 33rd member.")
    assert [o.prospective for o in _of(doc, Ordinal)] == [True]


def test_a_plan_handed_to_someone_is_no_future_event() -> None:
    """"Plan to the parliament" is a noun and its recipient, not "plans to" a future act."""
    doc = _doc("The minister presented her reform plan to the parliament on Tuesday.")
    (dated,) = _of(doc, EventDate)
    assert dated.when == TimeSpan.day(2024, 10, 15)
    assert doc.claims[0].modality is not Modality.EXPECTED
    doc = _doc("The ministers plan to meet in Rome on Friday.")
    assert doc.claims[0].modality is Modality.EXPECTED


def test_an_event_dated_ahead_of_writing_is_expected_whatever_the_verb() -> None:
    """An event dated "next week" or "later in the month" is still to come, even after a
    perfect-tense verb; one dated "later that month" is not."""
    for text in (
        "Farmers have announced protests next week in Paris.",
        "The union has called for a strike later in the month.",
    ):
        doc = _doc(text)
        assert [c.modality for c in doc.claims if isinstance(c.assertion, EventDate)] == [
            Modality.EXPECTED
        ], text
    doc = _doc("The talks began in May. Later that month, the leaders met in Oslo on 20 May.")
    assert all(c.modality is not Modality.EXPECTED for c in doc.claims)


def test_a_yearless_date_with_its_weekday_reads_ahead_in_the_future_tense() -> None:
    """A future yearless date with a weekday is the next such day, and a written year stays."""
    doc = _doc("The ministers will meet on Saturday, 21 October, in Rome.")
    (weekday,) = _of(doc, Weekday)
    assert weekday.when == TimeSpan.day(2024, 10, 21)
    doc = _doc("The deal was signed on Sunday, 14 October 2018, in Oslo.")
    (weekday,) = _of(doc, Weekday)
    assert weekday.when == TimeSpan.day(2018, 10, 14)


# -- attributions and statements -------------------------------------------------------------


def test_statements_carry_their_attribution_and_modality() -> None:
    """An attributed clause becomes a Statement with the attribution; "reportedly" hedges it."""
    doc = _doc(
        "Officials said that the talks had stalled over fishing rights. Ottawa has reportedly dropped its veto, according to Le Monde."
    )
    first, second = (c for c in doc.claims if isinstance(c.assertion, Statement))
    assert (
        first.attribution is not None and first.attribution.anonymity is Anonymity.ANONYMOUS_GROUP
    )
    assert first.modality is Modality.REPORTED
    assert second.modality is Modality.HEDGED
    assert second.attribution is not None and second.attribution.speaker_name == "Le Monde"


@pytest.mark.parametrize(
    "second_source", ["and a port official who asked not to be named", "and two port officials"]
)
def test_a_second_source_after_according_to_is_not_the_statement(second_source: str) -> None:
    """In "..., according to A and B", the statement is the clause before the cue, not B."""
    doc = _doc(f"Riga will close its ferry terminal in May, according to the Baltic Courier {second_source}.")
    (claim,) = [c for c in doc.claims if isinstance(c.assertion, Statement)]
    assert isinstance(claim.assertion, Statement)
    assert claim.assertion.content == "Riga will close its ferry terminal in May"
    assert claim.attribution is not None and claim.attribution.speaker_name == "Baltic Courier"


def test_a_relative_clause_after_a_passive_credit_is_not_the_statement() -> None:
    """In "X has been confirmed by A and B, which ...", the relative clause remarks on the
    sources; the credited statement is the subject before the cue."""
    doc = _doc(
        "The plan to close the ferry terminal has since been confirmed independently by the "
        "Baltic Courier and the Harbour Post, which makes it hard to deny."
    )
    credited = {
        c.attribution.speaker_name: c.assertion.content
        for c in doc.claims
        if isinstance(c.assertion, Statement) and c.attribution is not None
    }
    assert set(credited) == {"Baltic Courier", "Harbour Post"}
    assert all(content.startswith("The plan to close the ferry terminal") for content in credited.values())


def test_a_clause_after_according_to_is_the_statement() -> None:
    """In "According to A, ...", the statement is still the clause after the cue."""
    doc = _doc("According to the Baltic Courier, Riga will close its ferry terminal in May.")
    (claim,) = [c for c in doc.claims if isinstance(c.assertion, Statement)]
    assert isinstance(claim.assertion, Statement)
    assert claim.assertion.content == "Riga will close its ferry terminal in May"


def test_numbers_in_an_attributed_sentence_are_reported() -> None:
    """A quantity in an attributed sentence is credited to the same speaker."""
    doc = _doc("Madrid will send $40 million in aid, the ministry said.")
    (claim,) = [c for c in doc.claims if isinstance(c.assertion, Quantity)]
    assert claim.modality is Modality.REPORTED and claim.attribution is not None


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (
            "Officials said the U.S. no longer opposes the pipeline deal.",
            "The United States no longer opposes the pipeline deal, according to diplomats.",
            True,
        ),
        (
            "Officials said that the EU has approved new tariffs on steel.",
            "The E.U. approved new tariffs on imported steel, according to sources.",
            True,
        ),
        (
            "Officials said the U.S. no longer opposes the pipeline deal.",
            "Officials said the U.S. opposes the pipeline deal.",
            False,
        ),
        (
            "Officials said the U.S. no longer opposes the pipeline deal.",
            "Officials said Germany no longer opposes the pipeline deal.",
            False,
        ),
        (
            "The Dutch cabinet weighed a loan for the port but dropped the idea, the paper said.",
            "The paper said the Dutch cabinet had decided against the port loan.",
            True,
        ),
        (
            "Washington has scrapped its plan to sell jets to Cairo, officials said.",
            "Officials said the White House gave up the sale of jets to Cairo.",
            True,
        ),
        (
            "Officials said Madrid will send 40 tanks to the front.",
            "Officials said Madrid will send 14 tanks to the front.",
            False,
        ),
        (
            "Officials said Norway dropped its plan for a new toll road.",
            "Officials said Norway dropped its objection to the fishing quota.",
            False,
        ),
        (
            "Officials said Norway dropped its plan for a new toll road.",
            "Officials said Norway approved the plan for a new toll road.",
            False,
        ),
    ],
)
def test_proposition_keys_group_one_proposition(first: str, second: str, same: bool) -> None:
    """The same proposition in other words gets a matching key (the same subject, verb class,
    negation and numbers, and a shared content word); another subject, verb, negation, number
    or object does not."""
    keys = [
        next(
            c.assertion.proposition for c in _doc(text).claims if isinstance(c.assertion, Statement)
        )
        for text in (first, second)
    ]
    assert keys[0] is not None and keys[1] is not None
    assert same_proposition(keys[0], keys[1]) is same


# -- sentences and furniture -----------------------------------------------------------------


def test_page_furniture_is_left_out() -> None:
    """Appeals, notices, credits, bylines and repeated lines make no claims."""
    text = "\n".join(
        [
            "Subscribe to our newsletter for $5 a month.",
            "© 2024 Example News. All rights reserved.",
            "Photo: Jane Roe/Reuters",
            "By Jane Roe",
            "Please disable your ad blocker to support 30 reporters.",
            "To suggest a correction, write to us.",
            "Related:",
            "President Emmanuel Macron met Olaf Scholz on Monday.",
            "President Emmanuel Macron met Olaf Scholz on Monday.",
        ]
    )
    doc = _doc(text)
    assert {c.evidence.offset for c in doc.claims if c.evidence} <= set(
        range(text.index("President"), text.rindex("President"))
    )
    assert len(doc.events) == 1
    assert not _of(doc, Quantity) and not _of(doc, Count)


def test_claim_ids_name_sentence_and_kind() -> None:
    """Claim ids read as sentence number, kind and rank: "s2-role-1"."""
    doc = _doc("It rained. German Chancellor Olaf Scholz met Joe Biden in Berlin on Friday.")
    assert [c.id for c in doc.claims] == ["s2-role-1", "s2-date-1"]
    assert doc.events[0].id == "s2-event-1"


# -- read_article ----------------------------------------------------------------------------


def _write(tmp_path: Path, content: bytes | str, name: str = "story.txt") -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def test_read_article_header(tmp_path: Path) -> None:
    """The header gives the source; the id is the file stem; offsets count from the file's start."""
    text = (
        "outlet: Example News\npublished: 2024-10-19/2024-10-20\nbyline: Ann Lee and Bo Chan\n"
        "url: https://example.org/a\ntitle: Talks\n\nGerman Chancellor Olaf Scholz spoke.\n"
    )
    doc = read_article(_write(tmp_path, text, "a-17.txt"), kb=KB)
    source = doc.source
    assert source.document_id == "a-17"
    assert source.outlet is not None and source.outlet.name == "Example News"
    assert source.published == TimeSpan.from_iso("2024-10-19/2024-10-20")
    assert source.byline == ("Ann Lee", "Bo Chan")
    (claim,) = doc.claims
    assert claim.evidence is not None
    assert text[claim.evidence.offset : claim.evidence.end] == claim.evidence.text


def test_read_article_datetime_with_zone(tmp_path: Path) -> None:
    """A publication datetime with its zone anchors dates on its local calendar day."""
    text = "published: 2024-10-16T23:40+01:00\n\nMinisters met on Wednesday in Oslo.\n"
    doc = read_article(_write(tmp_path, text), kb=KB)
    assert doc.events[0].when == TimeSpan.day(2024, 10, 16)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty"),
        (b"published: 2024-10-16\n\nA\x00B", "binary"),
        (b"published: 2024-10-16\n\nCaf\xe9 talks.\n", "not UTF-8"),
        ("Ministers met on Monday.\n", "no header"),
        ("published: 2024-10-16\nnonsense line\n\nBody.\n", "line 2"),
        ("published: 2024-10-16\nauthor: Ann\n\nBody.\n", "unknown header field"),
        ("published: sometime soon\n\nBody.\n", "cannot read the publication date"),
        ("outlet: X\n\nBody.\n", "lacks the 'published'"),
        ("published: 2024-10-16\n", "no body"),
        ("published: 2024-10-16", "blank line"),
        ("published: 2024-10-16\n\n   \n", "no body"),
    ],
)
def test_read_article_errors(tmp_path: Path, content: bytes | str, words: str) -> None:
    """A bad article file raises ArticleError naming the file and what is wrong."""
    path = _write(tmp_path, content)
    with pytest.raises(ArticleError) as caught:
        read_article(path, kb=KB)
    assert words in str(caught.value)
    assert str(path) in str(caught.value)
    assert isinstance(caught.value, InputError)


def test_read_article_missing_file(tmp_path: Path) -> None:
    """A file that does not exist raises ArticleError, not OSError."""
    with pytest.raises(ArticleError):
        read_article(tmp_path / "absent.txt", kb=KB)


# -- invariants ------------------------------------------------------------------------------

_FRAGMENTS = st.sampled_from(
    [
        "German Chancellor Olaf Scholz",
        "Mark Rutte, NATO's secretary general,",
        "met",
        "said",
        "on Monday",
        "on 3 March",
        "in Berlin",
        "$725 million",
        "about 20%",
        "all 32 member countries",
        "the 33rd member",
        "for 16 years",
        "since 2008",
        "according to Le Monde",
        "reportedly",
        "former",
        "then-",
        "Jerry Connolly",
        "summit",
        "will",
        ".",
        ",",
        "\n",
        "©",
        "“",
        "”",
    ]
)
_TEXTS = st.one_of(st.text(max_size=300), st.lists(_FRAGMENTS, max_size=30).map(" ".join))


@given(_TEXTS)
def test_no_text_raises_and_spans_are_exact(text: str) -> None:
    """Any text extracts without error, and every evidence span is the text at its offset."""
    doc = _doc(text)
    for claim in doc.claims:
        assert claim.evidence is not None
        assert text[claim.evidence.offset : claim.evidence.end] == claim.evidence.text
    event_ids = {e.id for e in doc.events}
    assert all(
        c.assertion.event in event_ids for c in doc.claims if isinstance(c.assertion, EventDate)
    )


@given(_TEXTS, _TEXTS)
def test_extraction_depends_only_on_its_input(first: str, second: str) -> None:
    """Extracting a text gives the same document every time, whatever was extracted before."""
    before = _doc(first)
    _doc(second)
    assert _doc(first) == before


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)), _TEXTS)
def test_any_publication_day_anchors_without_error(day: date, text: str) -> None:
    """Every publication day is a valid anchor, and the document keeps its source."""
    published = TimeSpan.day(day.year, day.month, day.day)
    assert _doc(text, published).source.published == published


def test_a_bare_surname_refers_to_the_person_named_before() -> None:
    """A surname alone names the person the text named in full before, known or not."""
    doc = _doc("Senator Jane Doerr arrived late. Doerr, Ohio's senator, then spoke.")
    names = [r.actor.name for r in _of(doc, RoleHeld)]
    assert names == ["Jane Doerr", "Jane Doerr"]


def test_places_keep_their_article() -> None:
    """A place whose name starts with "The" keeps it."""
    doc = _doc("Envoys met in The Hague on Monday.")
    assert doc.events[0].place is not None and doc.events[0].place.name == "The Hague"


def test_a_cited_source_is_not_a_participant() -> None:
    """The person a sentence cites ("according to X") is not taken as taking part in its event."""
    doc = _doc("Ottawa announced new sanctions on Monday, according to Senator Jane Doerr.")
    (event,) = doc.events
    assert event.participants == ()


@pytest.mark.parametrize(
    "line",
    [
        "Follow us on social media",
        "5 min read",
        "Updated: 3 December 2024 10:15",
        "Click here to listen",
        "Get the Harbour Notes newsletter every morning.",
        "Newsletter: the Tidewater briefing lands at 6 a.m.",
    ],
)
def test_more_furniture_is_left_out(line: str) -> None:
    """Reading-time notes, update stamps and calls to action make no claims."""
    assert _doc(f"{line}\nOn Monday, 32 member states met.\n").claims[0].evidence.offset > len(line)


def test_a_newsletter_credited_in_the_story_is_no_furniture() -> None:
    """A sentence that credits a newsletter with a view is read, not left out as a call to sign up."""
    doc = _doc("As this week's Tidewater Notes newsletter put it, the ferry budget will not last the winter.")
    (statement,) = _of(doc, Statement)
    assert statement.content.startswith("the ferry budget")


def test_pronoun_subjects_get_no_proposition_key() -> None:
    """A clause about "we" or "it" cannot be recognised in another document, so it gets no key."""
    doc = _doc("Officials said they would review the border rules next year.")
    (statement,) = _of(doc, Statement)
    assert statement.proposition is None


def test_headlines_listed_under_related_are_left_out() -> None:
    """The headlines under a "Related" heading make no claims; the story after them does."""
    text = (
        "Related:\nPresident Joe Biden meets Olaf Scholz on Monday\nMore cuts on 2 May\n"
        "Officials said that German Chancellor Olaf Scholz spoke on Friday.\n"
    )
    doc = _doc(text)
    assert [c.evidence.text for c in doc.claims if isinstance(c.assertion, RoleHeld)] == [
        "German Chancellor Olaf Scholz"
    ]


def test_elect_and_designate_titles_are_future() -> None:
    """ "President-elect" and "-designate" titles are held after the claim's time."""
    (role,) = _of(_doc("President-elect Donald Trump spoke to reporters."), RoleHeld)
    assert (role.role, role.title_time) == ("President", TitleTime.FUTURE)


def test_possessive_ordinals_and_lengths_since() -> None:
    """ "NATO's 32nd member" names its series; "N years since <year>" needs no "for"."""
    doc = _doc("Sweden became NATO's 32nd member. Talks went on in the 16 years since 2008.")
    (ordinal,) = _of(doc, Ordinal)
    assert (ordinal.subject, ordinal.series) == ("Sweden", "NATO members")
    (since,) = _of(doc, DurationSince)
    assert since.since == TimeSpan.year(2008) and since.length == Duration(years=16)


def test_checks_find_what_our_own_articles_get_wrong() -> None:
    """Run end to end, the checks flag a stale title, a misspelt name, a shared upstream and a
    meeting dated two ways, in articles written for this test."""
    from claimcheck.checks import run_checks
    from claimcheck.model import Actor, Severity

    def source(doc_id: str, day: int, outlet: str) -> Source:
        return Source(
            document_id=doc_id,
            published=TimeSpan.day(2024, 11, day),
            outlet=Actor(outlet, ActorKind.OUTLET),
        )

    first = extract(
        "NATO Secretary General Jens Stoltenberg warned allies about shell stocks. "
        "Le Monde, citing unnamed sources, reports that the U.S. no longer objects to the plan.\n"
        "On 18 October, Joe Biden met Olaf Scholz, Keir Starmer and Emmanuel Macron in Berlin.",
        source=source("own-a", 5, "Example Wire"),
        kb=KB,
    )
    second = extract(
        "According to Le Monde, the US no longer objects to the plan.\n"
        "Congressman Jerry Connolly, head of the NATO Parliamentary Assembly, praised the talks.\n"
        "Joe Biden met Olaf Scholz, Keir Starmer and Emmanuel Macron on 15 October.",
        source=source("own-b", 8, "Other Wire"),
        kb=KB,
    )
    found = {
        (f.code, f.documents)
        for f in run_checks([first, second], KB)
        if f.severity.at_least(Severity.WARNING)
    }
    assert found == {
        ("ROL001", ("own-a",)),
        ("NAM001", ("own-b",)),
        ("SRC004", ("own-a", "own-b")),
        ("TIM001", ("own-a", "own-b")),
    }


def _speakers(text: str) -> list[str]:
    return [
        c.attribution.speaker_name
        for c in _doc(text).claims
        if isinstance(c.assertion, Statement) and c.attribution is not None
    ]


def test_the_publication_in_a_recalling_paragraph_is_the_outlet_named_next() -> None:
    """ "the publication" in a paragraph that recalls earlier news is the one other outlet the
    document names, not the one relayed just before; elsewhere it is the last outlet named."""
    text = (
        "Reuters said on Monday that the tariff deal was close.\n"
        "It is worth recalling that, as the publication noted, the U.S. no longer backed the old bill.\n"
        "The Guardian reported in May that the bill had stalled.\n"
        "According to the publication, the Senate will vote again in June."
    )
    assert _speakers(text) == ["Reuters", "The Guardian", "The Guardian", "The Guardian"]


def test_a_recalled_report_may_come_from_an_outlet_named_before() -> None:
    """The one other outlet may stand before the outlet being relayed, and the opener may be "Previously"."""
    text = (
        "Le Figaro reported in March that the port would be sold to a private fund.\n"
        "Bloomberg says the fund has now pulled out of the sale.\n"
        "Previously, the buyers had doubts. As the newspaper wrote, the harbour needed new cranes."
    )
    speakers = _speakers(text)
    assert speakers[:2] == ["Le Figaro", "Bloomberg"]
    assert speakers[2:] == ["Le Figaro"]


def test_a_recalled_report_among_several_outlets_is_left_unresolved() -> None:
    """With two other outlets named, "the publication" of a recalling paragraph names no outlet."""
    text = (
        "Der Spiegel reported that the plant would close.\n"
        "Politico wrote that workers were told on Friday.\n"
        "Reuters says the closure is delayed to next year.\n"
        "It is worth noting that, as the publication noted, the owners had sought a buyer for months."
    )
    doc = _doc(text)
    last = [c for c in doc.claims if isinstance(c.assertion, Statement)][-1]
    assert last.attribution is not None
    assert last.attribution.speaker is None
    assert last.attribution.speaker_name.lower() == "the publication"


def test_the_publication_outside_a_recalling_paragraph_is_the_outlet_relayed() -> None:
    """Without a recalling opener, "the publication" keeps the outlet relayed last."""
    text = (
        "The Times reported that the ministry had lost the files.\n"
        "Reuters said on Tuesday that the files were found. As the publication noted, the ministry "
        "thanked the staff."
    )
    assert _speakers(text)[-1] == "Reuters"


def test_people_named_far_from_the_event_word_do_not_take_part() -> None:
    """A person named in another part of a long sentence is not a participant of its event."""
    text = (
        "Weeks after the surprise resignation of Senator Jane Doerr in the spring, and with the "
        "yearly argument over farm subsidies still unsettled in committee, the finance ministers "
        "of the bloc, who meet on Friday in Lisbon, hope to agree."
    )
    (event,) = _doc(text).events
    assert event.participants == ()


@pytest.mark.parametrize(
    "line",
    [
        "The treaty was signed in 1949 by German Chancellor Olaf Scholz's predecessors.",
        "Donations to the fund rose after German Chancellor Olaf Scholz spoke.",
        "Streaming subscriptions fell, German Chancellor Olaf Scholz noted.",
    ],
)
def test_news_that_mentions_appeal_words_is_kept(line: str) -> None:
    """A news sentence that merely contains words of appeals or notices still makes claims."""
    assert _of(_doc(line), RoleHeld)


def test_wrong_weekday_with_a_yearless_date_is_flagged_by_tim002() -> None:
    """A year-less date keeps the year of the tense rule, so its wrong weekday reaches TIM002."""
    from claimcheck.checks import run_checks

    source = Source(document_id="w1", published=TimeSpan.day(2024, 12, 10))
    text = "The council met on Tuesday, December 4, and approved the budget."
    document = extract(text, source=source)
    findings = run_checks([document], KnowledgeBase.default(), select=["TIM002"])
    assert [finding.code for finding in findings] == ["TIM002"]
    right = extract(text.replace("Tuesday", "Wednesday"), source=source)
    assert run_checks([right], KnowledgeBase.default(), select=["TIM002"]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("published: 2024-12-03\n\nBody.", True),
        ("\ufeffOutlet : Daily Ledger\npublished: 2024-12-03\n\nBody.", True),
        ("TITLE:\tA vote\n", True),
        ("Ministers: a split over the budget\n", False),
        ("The council published: its minutes\n", False),
        ("", False),
    ],
)
def test_has_header_reads_only_a_known_field_on_the_first_line(text: str, expected: bool) -> None:
    """A text has a header when its first line opens with a header field name and a colon."""
    assert has_header(text) is expected


def test_a_length_set_after_since_a_year_restates_it() -> None:
    """"since 2015, some nine years" is a length from 2015 to the time of writing."""
    doc = _doc("The court has held hearings since 2015, some nine years without a verdict.")
    (since,) = [c.assertion for c in doc.claims if isinstance(c.assertion, DurationSince)]
    assert since.since == TimeSpan.year(2015)
    assert since.length == Duration(years=9, modifier=Modifier.APPROX)


def test_names_in_a_photo_caption_are_recorded_but_make_no_claims() -> None:
    """A caption is furniture, so it claims nothing, but the names it writes are recorded
    where they stand, so a misspelling there is flagged and a right spelling is not."""
    source = Source(document_id="cap", published=TimeSpan.day(2024, 12, 3))
    kb = KnowledgeBase.default()
    text = (
        "Ministers met in Brussels on Tuesday.\n"
        "Photo: Secretary General Mark Rute greets Andrii Sybiha in Brussels. (Alliance archive)\n"
        "The talks ended late.\n"
    )
    doc = extract(text, source=source, kb=kb)
    assert [m.span.text for m in doc.mentions] == ["Mark Rute", "Andrii Sybiha"]
    assert all(text[m.span.offset : m.span.end] == m.span.text for m in doc.mentions)
    assert not any("Rute" in c.evidence.text for c in doc.claims)
    findings = run_checks([doc], kb, select=["NAM001"])
    assert [f.spans[0].text for f in findings] == ["Mark Rute"]
    right = extract(text.replace("Mark Rute", "Mark Rutte"), source=source, kb=kb)
    assert run_checks([right], kb, select=["NAM001"]) == []


def test_a_photo_credit_records_no_names() -> None:
    """A credit line ("Photo: Reuters/Pool") names no person, so it records nothing."""
    source = Source(document_id="cap", published=TimeSpan.day(2024, 12, 3))
    doc = extract("Ministers met on Tuesday.\nPhoto: Ida Lund/Pool\n", source=source)
    assert doc.mentions == ()


def test_a_date_inside_a_relative_clause_dates_only_its_own_person() -> None:
    """A past date in "..., who was confirmed in April" dates the clause's person, not the other titles of the sentence."""
    doc = _doc(
        "The delegation is large: Secretary of State Marco Rubio, Defense Secretary Pete Hegseth and "
        "the ambassador to NATO, Matthew Whitaker, who was confirmed by the Senate in April.",
        published=TimeSpan.day(2025, 6, 25),
    )
    when = {r.actor.name: r.when for r in _of(doc, RoleHeld)}
    assert when["Pete Hegseth"] is None and when["Marco Rubio"] is None
    assert when["Matthew Whitaker"] is not None
