"""Events named by verb and noun families, with the place attached to the event phrase."""

from __future__ import annotations

import pytest

from claimcheck._extract_venues import gatherings_placed
from claimcheck.checks import run_checks
from claimcheck.extract import extract
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Event, EventDate, Modality, Source
from claimcheck.timespan import TimeSpan

KB = KnowledgeBase.default()
SOURCE = Source(document_id="t3", published=TimeSpan.day(2024, 12, 6))


def _event(text: str) -> Event:
    (event,) = extract(text, source=SOURCE, kb=KB).events
    return event


@pytest.mark.parametrize(
    ("text", "kind", "place", "day"),
    [
        ("The chancellor flew to Rome on Monday for a day of talks.", "visit", "Rome", "2024-12-02"),
        ("Ursula von der Leyen travelled to Madrid on Tuesday.", "visit", "Madrid", "2024-12-03"),
        ("Keir Starmer hosted Donald Tusk in London on Wednesday.", "meeting", "London", "2024-12-04"),
        ("Keir Starmer sat down with Donald Tusk in London on Wednesday.", "meeting", "London", "2024-12-04"),
        ("The two ministers spoke by phone on Sunday.", "call", None, "2024-12-01"),
        ("Andrii Sybiha took his peace proposal to Oslo on Monday.", "presentation", "Oslo", "2024-12-02"),
        ("Drones struck Odesa overnight on Tuesday.", "strike", "Odesa", "2024-12-03"),
        ("Missiles struck the southern port city of Odesa on Tuesday.", "strike", "Odesa", "2024-12-03"),
        ("The envoys met in the old town of Nyon on Monday.", "meeting", "Nyon", "2024-12-02"),
        ("Parliament held a vote on the budget on Wednesday.", "vote", None, "2024-12-04"),
        ("The six leaders signed a joint declaration in Vilnius on 12 July 2023.", "declaration", "Vilnius", "2023-07-12"),
        ("The Lisbon summit declaration, issued on Tuesday, named no date.", "declaration", "Lisbon", "2024-12-03"),
        ("The Riga summit communique of Tuesday named no date.", "declaration", "Riga", "2024-12-03"),
        ("The minister resigned on Monday after the vote on the budget.", "resignation", None, "2024-12-02"),
        ("The cabinet lost a no-confidence vote on Wednesday.", "censure", None, "2024-12-04"),
    ],
)
def test_event_families_give_kind_place_and_date(text: str, kind: str, place: str | None, day: str) -> None:
    """Verbs and nouns of each family name an event, with the place their phrase gives."""
    event = _event(text)
    assert event.kind == kind
    assert (event.place.name if event.place else None) == place
    assert event.when is not None and event.when.isoformat() == day


def test_the_place_attached_to_the_event_phrase_wins() -> None:
    """With several places, the one right after the event word is the event's place."""
    event = _event("Olaf Scholz met Donald Tusk in Warsaw on Monday, two days after a rally in Gdansk.")
    assert event.place is not None and event.place.name == "Warsaw"
    assert event.kind == "meeting"


def test_a_date_related_by_after_does_not_date_the_event_after_it() -> None:
    """"on Tuesday, a day after talks" dates the meeting, not the talks."""
    doc = extract("Joe Biden met Keir Starmer in London on Tuesday, a day after talks in Paris.", source=SOURCE, kb=KB)
    (claim,) = [c for c in doc.claims if c.id.startswith("s1-date")]
    assert claim.evidence is not None and claim.evidence.text.startswith("met")
    assert doc.events[0].place is not None and doc.events[0].place.name == "London"


def test_a_body_an_event_is_presented_to_is_not_its_place() -> None:
    """"presented the plan to the assembly" names an audience, not a place."""
    event = _event("The minister presented the budget plan to the Assembly on Monday.")
    assert event.kind == "presentation"
    assert event.place is None


def test_taking_a_plan_somewhere_is_a_past_presentation() -> None:
    """"took his plan to <city>" is a presentation there, not a plan for the future."""
    doc = extract("Volodymyr Zelensky took his plan to Brussels on Thursday.", source=SOURCE, kb=KB)
    (claim,) = [c for c in doc.claims if c.id.startswith("s1-date")]
    assert claim.modality is Modality.ASSERTED
    assert doc.events[0].place is not None and doc.events[0].place.name == "Brussels"


def test_the_owner_of_an_event_word_takes_part_in_it() -> None:
    """"Russia's missile strike" makes Russia a participant; "Joe Biden's proposal" does not."""
    event = _event("Envoys discussed Russia's missile strike on Kharkiv on Sunday.")
    assert [p.name for p in event.participants] == ["Russia"]
    assert event.place is not None and event.place.name == "Kharkiv"


def test_participants_keep_the_spans_that_name_them() -> None:
    """Each participant has the span of the text that names it, one per participant."""
    text = "Emanuel Macron met Olaf Scholz in Paris on Monday."
    doc = extract(text, source=SOURCE, kb=KB)
    (event,) = doc.events
    assert [s.text for s in event.participant_spans] == ["Emanuel Macron", "Olaf Scholz"]
    assert all(text[s.offset : s.end] == s.text for s in event.participant_spans)


def test_a_misspelt_participant_outside_the_dated_words_is_quoted() -> None:
    """NAM001 quotes a participant's own span where the dating words leave the name out."""
    from claimcheck.checks import run_checks

    doc = extract("Emanuel Macron met Olaf Scholz in Paris on Monday.", source=SOURCE, kb=KB)
    (finding,) = [f for f in run_checks([doc], KB) if f.code == "NAM001"]
    assert [s.text for s in finding.spans] == ["Emanuel Macron"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Keir Starmer met Mark Rutte in New York on Monday.", "New York"),
        ("The summit opened in Buenos Aires on Monday.", "Buenos Aires"),
        ("The envoys gathered at Camp David on Monday.", "Camp David"),
    ],
)
def test_an_unknown_two_word_name_after_in_is_a_place(text: str, place: str) -> None:
    """A name shaped like a person's right after "in" or "at" is the event's place, not a person."""
    event = _event(text)
    assert event.place is not None and event.place.name == place
    assert place not in [p.name for p in event.participants]


def test_a_death_has_its_subject_as_its_one_participant() -> None:
    """A death's participant is the person named before the verb, not one who reports it."""
    event = _event("Former mayor Helga Brandt died on Tuesday at a hospital in Bremen.")
    assert event.kind == "death" and [p.name for p in event.participants] == ["Helga Brandt"]
    reported = _event("Helga Brandt said two miners died on Tuesday.")
    assert reported.participants == ()


def test_a_meeting_of_ministers_is_named_with_its_portfolio() -> None:
    """"a session of EU finance ministers" is a ministerial meeting whose name keeps the body
    and portfolio; a plain meeting stays a meeting."""
    event = _event("At a session of EU finance ministers in Luxembourg on Monday, Paolo Gentiloni spoke.")
    assert event.kind == "ministerial_meeting"
    assert event.name is not None and event.name.startswith("session of EU finance ministers")
    assert _event("Paolo Gentiloni met bankers in Luxembourg on Monday.").kind == "meeting"


def test_ministers_of_a_portfolio_who_met_hold_a_ministerial_meeting() -> None:
    """"the EU trade ministers met" is a ministerial meeting; "the meeting" in the next
    sentence refers back to it and takes its kind and name."""
    doc = extract(
        "EU trade ministers met in Porto on Monday. The meeting ran late on Tuesday.", source=SOURCE, kb=KB
    )
    assert [e.kind for e in doc.events] == ["ministerial_meeting", "ministerial_meeting"]
    assert doc.events[1].name == doc.events[0].name


def test_a_date_of_a_piece_of_writing_does_not_date_the_event_it_is_about() -> None:
    """"a report on Thursday about the summit" dates the report, so no summit is dated."""
    doc = extract("A report on Thursday about the summit in Oslo got the figures wrong.", source=SOURCE, kb=KB)
    assert doc.events == ()


def test_an_agreement_to_hold_an_event_makes_it_expected() -> None:
    """An event word after "agreed to" or "promised to" is still to come, though the verb is past."""
    doc = extract("The council agreed to hold the session on Tuesday, 10 December.", source=SOURCE, kb=KB)
    (claim,) = [c for c in doc.claims if c.id.startswith("s1-date")]
    assert claim.modality is Modality.EXPECTED
    later = extract("The summit of 3 December agreed to keep the fund open.", source=SOURCE, kb=KB)
    (dated,) = [c for c in later.claims if c.id.startswith("s1-date")]
    assert dated.modality is not Modality.EXPECTED


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Ministers pledged to travel to Rome on Saturday, 7 December.", "2024-12-07"),
        ("The board met on Monday, 2 December.", "2024-12-02"),
        ("Leaders first gathered on Friday, 29 November.", "2024-11-29"),
        ("The talks ended on Thursday, 3 January.", "2025-01-03"),
    ],
)
def test_a_yearless_date_with_its_weekday_takes_the_nearest_year(text: str, day: str) -> None:
    """A day and month written with a weekday is the nearest such day, before or after the
    report, whatever the tense; a wrong weekday is left for the weekday check."""
    doc = extract(text, source=SOURCE, kb=KB)
    (weekday,) = [c.assertion for c in doc.claims if c.id.startswith("s1-weekday")]
    assert weekday.when.isoformat() == day  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Talks stalled after the Villa Borghese meeting on Monday.", "Villa Borghese"),
        ("Talks stalled after the Trump meeting on Monday.", None),
        ("Talks stalled after the NATO meeting on Monday.", None),
    ],
)
def test_an_event_named_by_its_venue_takes_the_venue_as_its_place(text: str, place: str | None) -> None:
    """"the Villa Borghese meeting" is held at Villa Borghese, and its name opens with it; a
    person or a body before the event word is no venue."""
    event = _event(text)
    assert (event.place.name if event.place else None) == place
    if place is not None:
        assert event.name is not None and event.name.startswith(place)
        assert all(p.name != place for p in event.participants)


def test_in_a_row_is_no_quarrel() -> None:
    """"for the third day in a row" names no confrontation."""
    doc = extract("Prices rose on Tuesday for the third day in a row.", source=SOURCE, kb=KB)
    assert [e.kind for e in doc.events] == []


def test_the_day_of_a_saying_does_not_date_the_event_said() -> None:
    """"said on Sunday that the summit ..." dates the saying, not the summit."""
    doc = extract("Charles Brun said on Sunday that the summit must act on energy.", source=SOURCE, kb=KB)
    assert doc.events == ()
    met = extract("Charles Brun met Ines Varga on Sunday in Lyon, aides said.", source=SOURCE, kb=KB)
    assert [e.kind for e in met.events] == ["meeting"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Olaf Scholz took the oath in the Bundestag on Wednesday.", "inauguration"),
        ("The new mayor takes her oath of office on Thursday.", "inauguration"),
        ("Keir Starmer took office on Friday.", "inauguration"),
    ],
)
def test_taking_the_oath_names_an_inauguration(text: str, kind: str) -> None:
    """"took the oath", with or without "of office", is the ceremony of taking office."""
    assert _event(text).kind == kind


def test_a_name_only_shaped_as_a_persons_after_in_is_the_place_not_a_participant() -> None:
    """"in the Marble Hall" is where the ceremony is held; a known person there still attends."""
    event = _event("Keir Starmer was sworn in on Friday in the Marble Hall.")
    assert event.place is not None and event.place.name == "Marble Hall"
    assert [p.name for p in event.participants] == ["Keir Starmer"]
    met = _event("Keir Starmer met Donald Tusk on Friday in London.")
    assert sorted(p.name for p in met.participants) == ["Donald Tusk", "Keir Starmer"]


def test_the_body_a_plan_is_set_out_to_takes_part_in_the_presentation() -> None:
    """"set out his plan to NATO" makes a presentation with NATO among its participants."""
    event = _event("Keir Starmer set out his plan to NATO in Brussels on Tuesday.")
    assert event.kind == "presentation"
    assert event.place is not None and event.place.name == "Brussels"
    assert "NATO" in [p.name for p in event.participants]


def test_a_date_after_a_deed_still_to_be_done_does_not_date_the_event_before_it() -> None:
    """"signed a deal for tanks to be shipped by March" gives March to the shipping, not to
    the signing before it nor to the talks named after it."""
    doc = extract("Norway signed a deal for 40 tanks to be shipped by March.", source=SOURCE, kb=KB)
    assert doc.events == ()
    later = "Norway signed a deal for 40 tanks to be shipped by March, say two people close to the talks."
    assert extract(later, source=SOURCE, kb=KB).events == ()
    assert _event("Norway signed a deal for 40 tanks on Tuesday.").kind == "agreement"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Papers on Vilnius: a summit of doubts", {"summit": "Vilnius"}),
        ("From Vilnius to Madrid: two summits", {}),
        ("Papers on Vilnius: a week of doubts", {}),
        ("Letters on Macron: a summit of doubts", {}),
    ],
)
def test_a_title_places_the_gatherings_it_names(title: str, expected: dict[str, str]) -> None:
    """A title that names a gathering and one place puts gatherings of that kind there; two
    places, no gathering, or a person's name after the preposition place nothing."""
    kb = KnowledgeBase.default()
    found = gatherings_placed(title, someone=lambda name: kb.identify(name).actor is not None)
    assert {kind: place.name for kind, place in found.items()} == expected


def test_a_timeline_heading_dates_the_event_of_the_line_below() -> None:
    """A line that is only a date dates the event of the sentence right below it, which names none."""
    text = "Tuesday, 3 December\nThe minister is sworn in at the palace.\nShe then flies home."
    (event,) = extract(text, source=SOURCE, kb=KB).events
    assert event.kind == "inauguration" and event.when is not None and event.when.isoformat() == "2024-12-03"
    later = "Tuesday, 3 December\nThe cabinet met.\nThe minister is sworn in at the palace."
    assert [e.kind for e in extract(later, source=SOURCE, kb=KB).events] == ["meeting"]


def test_the_officiant_of_a_swearing_in_takes_no_part_as_its_holder() -> None:
    """In "sworn in by Vice President X", X gives the oath: only the one sworn in takes part."""
    event = _event("Pete Hegseth was sworn in by Vice President JD Vance on Saturday.")
    assert [a.name for a in event.participants] == ["Pete Hegseth"]


def test_a_second_deed_joined_after_the_dating_lends_the_event_nothing() -> None:
    """"to NATO on Monday and to the European Council in Brussels a day later": the Monday
    presentation is to NATO alone, with no place, so it is not the facts' presentation to the
    European Council and no date conflict is found."""
    event = _event("The premier set out her plan to NATO on Monday and to the European Council in Brussels a day later.")
    assert (event.place, [p.name for p in event.participants]) == (None, ["NATO"])
    source = Source(document_id="rada", published=TimeSpan.day(2024, 10, 18))
    text = "Zelensky set out his plan to the Verkhovna Rada on 16 October and to the European Council in Brussels yesterday."
    doc = extract(text, source=source, kb=KB)
    assert [f.code for f in run_checks([doc], KB, select=["TIM001"])] == []


def test_an_event_whose_course_is_told_in_the_past_is_not_expected() -> None:
    """"The summit on Friday, 13 December, ended with ..." tells the summit as past, though its
    day, read with its weekday, lies ahead of the time of writing; "will end" keeps it ahead."""
    told = extract("The summit on Friday, 13 December, ended with a pledge on shells.", source=SOURCE, kb=KB)
    ahead = extract("The summit on Friday, 13 December, will end with a pledge on shells.", source=SOURCE, kb=KB)
    assert [(c.modality, c.assertion.when.isoformat()) for c in told.claims if isinstance(c.assertion, EventDate)] == [
        (Modality.ASSERTED, "2024-12-13")
    ]
    assert [c.modality for c in ahead.claims if isinstance(c.assertion, EventDate)] == [Modality.EXPECTED]


def test_the_place_of_a_related_deed_is_not_the_events() -> None:
    """After "a day after" (or "before", "since") the place belongs to the related deed:
    "met the envoys on Tuesday, a day after Y saw them in Paris" is not held in Paris."""
    event = _event("Keir Starmer met the envoys on Tuesday, a day after Emmanuel Macron saw them in Paris.")
    assert event.place is None


def test_an_audience_named_through_its_members_takes_part() -> None:
    """"presented it to the 27 leaders of the European Union" addresses the European Union."""
    event = _event("Volodymyr Zelensky presented the plan to the 27 leaders of the European Union on Thursday.")
    assert [p.name for p in event.participants] == ["Volodymyr Zelensky", "European Union"]


def test_one_plan_shown_to_two_bodies_on_two_days_is_two_events() -> None:
    """A plan shown to parliament one day and to another body the next, with the first showing
    recalled after "a day after", gives no TIM001 between the two reports."""
    kyiv = extract(
        "Volodymyr Zelensky presented his plan to the Verkhovna Rada in Kyiv on Wednesday.",
        source=Source(document_id="kyiv", published=TimeSpan.day(2024, 10, 16)),
        kb=KB,
    )
    brussels = extract(
        "Volodymyr Zelensky presented the plan to the 27 leaders of the European Union on Thursday,"
        " a day after showing it to lawmakers in Kyiv.",
        source=Source(document_id="brussels", published=TimeSpan.day(2024, 10, 17)),
        kb=KB,
    )
    assert run_checks([kyiv, brussels], KB, select=["TIM001"]) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ilse Vogt was sworn in as mayor on Wednesday, a day after Karl Brandt won a runoff in Linz.",
        "Ilse Vogt resigned on Wednesday, hours after Karl Brandt quit in Linz.",
    ],
)
def test_the_people_and_place_of_an_event_that_dates_it_are_not_its_own(text: str) -> None:
    """"On Wednesday, a day after X won in Linz": X and Linz belong to the event that dates the
    first one, not to it."""
    event = _event(text)
    assert [p.name for p in event.participants] == ["Ilse Vogt"]
    assert event.place is None
