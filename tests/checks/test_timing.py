"""The TIM checks: conflicting event dates (TIM001), weekdays off their dates (TIM002), reports out of order (TIM003)."""

from __future__ import annotations

import pytest

from claimcheck.checks import run_checks
from claimcheck.extract import extract
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Actor, ActorKind, Claim, Document, Event, EventDate, Modality, Source, Weekday
from claimcheck.timespan import TimeSpan

from .support import load_scenario, scenario_report, scenarios


@pytest.mark.parametrize("scenario", scenarios("TIM001", "TIM002", "TIM003"))
def test_scenario(scenario: str) -> None:
    """The check fires on every expected claim of its ``-fires`` case files and stays silent on ``-quiet``."""
    assert scenario_report(scenario) == []


def test_conflict_against_the_facts_suggests_the_recorded_date() -> None:
    """A dating that contradicts a known event cites the event record and proposes its date."""
    documents = [c.document for c in load_scenario("TIM001-fires")]
    findings = run_checks(documents, KnowledgeBase.default(), select=["TIM001"])
    against_facts = [f for f in findings if f.evidence]
    assert [f.fix for f in against_facts] == ["18 October 2024"]
    assert against_facts[0].evidence[0].record == "event:2024-10-18:berlin-meeting-of-biden-scholz-macron-and-starmer"


def test_a_lone_dating_against_the_facts_is_not_called_a_disagreement_of_sources() -> None:
    """One document against the facts names that document and its date; two documents disagree."""
    documents = [c.document for c in load_scenario("TIM001-fires")]
    messages = sorted(f.message for f in run_checks(documents, KnowledgeBase.default(), select=["TIM001"]))
    assert messages[0] == (
        "Berlin meeting of Biden, Scholz, Macron and Starmer: tim001-fires dates it to 16 October 2024; "
        "the facts say 18 October 2024"
    )
    assert "the sources disagree on the date (tim001-fires says 2 May 2024; tim001-fires-b says 6 May 2024)" in messages[1]


def _weekday(when: str, weekday: str, *, modality: Modality = Modality.ASSERTED) -> Document:
    source = Source(document_id="weekdays", published=TimeSpan.day(2024, 12, 5))
    claim = Claim(id="day", source=source, assertion=Weekday(when=TimeSpan.from_iso(when), weekday=weekday), modality=modality)
    return Document(source=source, claims=(claim,))


@pytest.mark.parametrize(
    ("when", "weekday", "fires"),
    [
        ("2024-12-02", "Monday", False),
        ("2024-12-02", "Tuesday", True),
        ("2024-02-29", "Thursday", False),
        ("2024-10-14/2024-10-16", "Wednesday", False),
        ("2024-10-14/2024-10-16", "Thursday", True),
        ("2024-W42", "Sunday", False),
        ("2024-10", "Saturday", False),
        ("2024-12-02~", "Friday", False),
    ],
)
def test_weekday_against_the_calendar(when: str, weekday: str, fires: bool) -> None:
    """TIM002 fires exactly when the weekday falls on none of the stated days; approximate days never fire."""
    findings = run_checks([_weekday(when, weekday)], KnowledgeBase.default(), select=["TIM002"])
    assert bool(findings) is fires


def test_weekday_fix_names_the_right_day() -> None:
    """A single day with the wrong weekday gets the right weekday as its fix."""
    findings = run_checks([_weekday("2024-12-03", "Monday")], KnowledgeBase.default(), select=["TIM002"])
    assert [(f.fix, f.message) for f in findings] == [("Tuesday", "3 December 2024 falls on a Tuesday, not on a Monday")]


def test_weekday_of_a_denied_claim_is_not_checked() -> None:
    """A claim the text denies is not checked for its weekday."""
    document = _weekday("2024-12-03", "Monday", modality=Modality.DENIED)
    assert run_checks([document], KnowledgeBase.default(), select=["TIM002"]) == []


def _dated_event(kind: str, place: str, when: str) -> Document:
    source = Source(document_id="g1", published=TimeSpan.day(2025, 7, 1))
    event = Event(id="e1", kind=kind, place=Actor(place, ActorKind.PLACE))
    claim = Claim(id="c1", source=source, assertion=EventDate(event="e1", when=TimeSpan.from_iso(when)))
    return Document(source=source, claims=(claim,), events=(event,))


def test_a_summit_is_known_by_its_place_and_time_alone() -> None:
    """A summit at the known summit's place, with no participants named, is matched and its
    misdated days flagged; a meeting at that place without participants is not matched."""
    kb = KnowledgeBase.default()
    (finding,) = run_checks([_dated_event("summit", "The Hague", "2025-06-23/2025-06-24")], kb, select=["TIM001"])
    assert finding.fix is not None and "24" in finding.fix
    assert run_checks([_dated_event("meeting", "The Hague", "2025-06-23")], kb, select=["TIM001"]) == []


@pytest.mark.parametrize(
    ("when", "flagged"),
    [("2025-06-23/2025-06-24", True), ("2025-06-25", False), ("2025-06", False), ("2025-06-24/2025-06-25", False)],
)
def test_a_dating_to_the_day_conflicts_when_it_names_a_day_outside_the_event(when: str, flagged: bool) -> None:
    """One of the event's days, or a coarser date around it, agrees; a day outside it conflicts."""
    findings = run_checks([_dated_event("summit", "The Hague", when)], KnowledgeBase.default(), select=["TIM001"])
    assert bool(findings) is flagged


def _strike(when: str, *things: str) -> Document:
    source = Source(document_id="s1", published=TimeSpan.day(2024, 11, 30))
    participants = tuple(Actor(t, ActorKind.OBJECT) for t in things)
    event = Event(id="e1", kind="strike", participants=participants)
    claim = Claim(id="c1", source=source, assertion=EventDate(event="e1", when=TimeSpan.from_iso(when)))
    return Document(source=source, claims=(claim,), events=(event,))


def test_a_strike_is_known_by_the_weapon_its_record_names() -> None:
    """A strike with the weapon the known strike is named after is that strike, and its wrong
    day is flagged; a strike naming no such thing is not matched."""
    kb = KnowledgeBase.default()
    (finding,) = run_checks([_strike("2024-11-20", "Oreshnik")], kb, select=["TIM001"])
    assert finding.fix is not None and "21" in finding.fix
    assert run_checks([_strike("2024-11-21", "Oreshnik")], kb, select=["TIM001"]) == []
    assert run_checks([_strike("2024-11-20")], kb, select=["TIM001"]) == []


def _article(document_id: str, text: str, published: TimeSpan) -> Document:
    from claimcheck.extract import extract

    return extract(text, source=Source(document_id=document_id, published=published), kb=KnowledgeBase.default())


def test_one_death_dated_twice_in_one_document_conflicts() -> None:
    """A person dies once: two days given for one person's death conflict, even in one document."""
    text = (
        "Helga Brandt, who led the city council for a decade, died on Monday in Bremen. "
        "Brandt, who died on 8 April, is survived by two sons."
    )
    doc = _article("obituary", text, TimeSpan.day(2031, 4, 10))
    (finding,) = run_checks([doc], KnowledgeBase.default(), select=["TIM001"])
    assert {s.text for s in finding.spans} == {"died on Monday", "died on 8 April"}


def test_deaths_of_two_people_do_not_conflict() -> None:
    """Two people's deaths on different days are two events."""
    text = "Helga Brandt died on Monday in Bremen. Jonas Weil, her deputy, died on 8 April."
    doc = _article("obituaries", text, TimeSpan.day(2031, 4, 10))
    assert run_checks([doc], KnowledgeBase.default(), select=["TIM001"]) == []


def _ministerial_kb() -> KnowledgeBase:
    from claimcheck.kb import EventRecord

    record = EventRecord(
        id="event:2031-03-04:meeting-of-ocl-ministers-of-foreign-affairs",
        name="Meeting of OCL Ministers of Foreign Affairs",
        kind="ministerial_meeting",
        when=TimeSpan.from_iso("2031-03-04/2031-03-05"),
        place=Actor("Geneva", ActorKind.PLACE),
        participants=(Actor("Ines Varga"), Actor("Tomas Ruud")),
        source="https://example.org/ocl-ministerial",
    )
    return KnowledgeBase(records=(record,))


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("At the meeting of foreign ministers in Geneva on 5 and 6 March, Ines Varga asked for funds.", True),
        ("At the OCL foreign ministers' meeting in Geneva on 4 and 5 March, Ines Varga asked for funds.", False),
        ("At the meeting of defence ministers in Geneva on 5 and 6 March, Ines Varga asked for funds.", False),
        ("At the meeting of EU foreign ministers in Geneva on 5 and 6 March, Ines Varga asked for funds.", False),
        ("Ines Varga met bankers in Geneva on 6 March.", False),
    ],
)
def test_a_ministerial_meeting_is_known_by_its_portfolio_place_and_people(text: str, flagged: bool) -> None:
    """A ministers' meeting of the known portfolio, at its place, with one of its people, is the
    known meeting, and days outside it conflict; another portfolio, another body, or a plain
    meeting is not that meeting."""
    doc = _article("ministers", text, TimeSpan.day(2031, 3, 9))
    findings = run_checks([doc], _ministerial_kb(), select=["TIM001"])
    assert bool(findings) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The foreign ministers met in Geneva on 5 and 6 March to weigh the budget.", True),
        ("OCL foreign ministers gathered in Geneva on 4 and 5 March to weigh the budget.", False),
        ("The defence ministers met in Geneva on 5 and 6 March to weigh the budget.", False),
        (
            "OCL foreign ministers had met in Geneva on 4 and 5 March, we wrote. "
            "The meeting took place on 5 and 6 March.",
            True,
        ),
    ],
)
def test_ministers_who_met_at_the_known_place_are_the_known_meeting(text: str, flagged: bool) -> None:
    """Ministers of the known portfolio who "met" at the known place are the known meeting,
    with no one named; "the meeting" just after them is that meeting too."""
    doc = _article("ministers", text, TimeSpan.day(2031, 3, 9))
    findings = run_checks([doc], _ministerial_kb(), select=["TIM001"])
    assert bool(findings) is flagged


def test_a_document_that_dates_one_event_twice_says_so() -> None:
    """Two datings from one document are reported as that document's two dates."""
    text = "Helga Brandt died on Monday in Bremen. Brandt, who died on 8 April, had two sons."
    (finding,) = run_checks([_article("obit", text, TimeSpan.day(2031, 4, 10))], KnowledgeBase.default(), select=["TIM001"])
    assert finding.message == "death of Helga Brandt in Bremen: obit dates it to both 7 April 2031 and 8 April 2031"


_APRIL = TimeSpan.day(2031, 4, 9)
_UNNAMED = "Markets fell after the Villa Borghese meeting on Friday, 4 April, which ended early."
_CLASH = "Since the Villa Borghese clash of 3 April between Giorgia Meloni and Pedro Sánchez, talks have stalled."


def test_reports_of_an_event_named_by_its_venue_are_compared() -> None:
    """A meeting named by its venue, with no one named, and a clash at that venue between two
    people, days apart, are one event dated two ways."""
    findings = run_checks(
        [_article("unnamed", _UNNAMED, _APRIL), _article("clash", _CLASH, _APRIL)], KnowledgeBase.default(), select=["TIM001"]
    )
    assert [sorted(f.documents) for f in findings] == [["clash", "unnamed"]]


def test_a_venue_with_two_companies_of_guests_decides_nothing() -> None:
    """When reports name different guests at one venue, a report that names none is not
    matched to either, and the two meetings are two events."""
    other = "Since the Villa Borghese meeting of 2 April between Giorgia Meloni and Olaf Scholz, talks stalled."
    documents = [_article("unnamed", _UNNAMED, _APRIL), _article("clash", _CLASH, _APRIL), _article("other", other, _APRIL)]
    assert run_checks(documents, KnowledgeBase.default(), select=["TIM001"]) == []
    alone = [_article("unnamed", _UNNAMED, _APRIL), _article("again", _UNNAMED.replace("4 April", "3 April"), _APRIL)]
    assert run_checks(alone, KnowledgeBase.default(), select=["TIM001"]) == []


def test_a_swearing_in_at_a_named_hall_is_matched_to_the_recorded_inauguration() -> None:
    """An oath dated a day early at the building the facts record is flagged; the right day is not."""
    kb = KnowledgeBase.default()
    source = Source(document_id="oath", published=TimeSpan.day(2025, 2, 3))

    def codes(text: str) -> list[str]:
        return [f.code for f in run_checks([extract(text, source=source, kb=kb)], kb)]

    assert "TIM001" in codes("Donald Trump took the oath on 21 January 2025 in the Capitol Rotunda.")
    assert "TIM001" not in codes("Donald Trump took the oath on 20 January 2025 in the Capitol Rotunda.")


def _oath_codes(text: str) -> list[str]:
    """The codes of the findings on *text* read as a report of early 2025."""
    kb = KnowledgeBase.default()
    source = Source(document_id="oath", published=TimeSpan.day(2025, 6, 2))
    return [f.code for f in run_checks([extract(text, source=source, kb=kb)], kb)]


def test_one_persons_swearing_in_is_dated_by_the_start_of_the_tenure_it_began() -> None:
    """With no recorded ceremony, a swearing-in a day off the recorded start of office is flagged."""
    assert "TIM001" in _oath_codes("Friedrich Merz was sworn in on 7 May 2025 after a second ballot.")
    assert "TIM001" not in _oath_codes("Friedrich Merz was sworn in on 6 May 2025 after a second ballot.")


def test_a_swearing_in_far_from_any_recorded_start_or_of_two_people_is_left_alone() -> None:
    """No tenure of the person begins near the date, or two people take office: nothing to measure."""
    assert "TIM001" not in _oath_codes("Friedrich Merz was sworn in on 3 March 2025 as party whip.")
    assert "TIM001" not in _oath_codes("Marco Rubio and Friedrich Merz were sworn in on 7 May 2025.")


def _autumn_codes(text: str) -> list[str]:
    """The codes of the findings on *text* read as a report of late October 2024."""
    kb = KnowledgeBase.default()
    source = Source(document_id="pitch", published=TimeSpan.day(2024, 10, 25))
    return [f.code for f in run_checks([extract(text, source=source, kb=kb)], kb)]


def test_a_presentation_is_known_by_the_body_addressed_and_the_place() -> None:
    """With no participant named, the body a plan is laid out to and the city identify the
    recorded presentation, so a wrong day is flagged and the right one is not."""
    assert "TIM001" in _autumn_codes("The leader laid out his blueprint to the European Council in Brussels on 14 October.")
    assert "TIM001" not in _autumn_codes("The leader laid out his blueprint to the European Council in Brussels on 17 October.")


def test_another_body_or_another_city_is_another_presentation() -> None:
    """A different audience or a different place does not make the recorded presentation."""
    assert "TIM001" not in _autumn_codes("The leader laid out his blueprint to the European Parliament in Brussels on 14 October.")
    assert "TIM001" not in _autumn_codes("The leader laid out his blueprint to the European Council in Strasbourg on 14 October.")


def _confirmation_codes(text: str, published: TimeSpan) -> list[str]:
    """The TIM codes of the findings on *text*, published at *published*."""
    kb = KnowledgeBase.default()
    source = Source(document_id="nominee", published=published)
    return [f.code for f in run_checks([extract(text, source=source, kb=kb)], kb) if f.code.startswith("TIM")]


@pytest.mark.parametrize(
    "text",
    [
        "Pete Hegseth, whose confirmation came after a long night of votes, met the joint chiefs.",
        "Pete Hegseth was confirmed by a single vote and met the joint chiefs.",
        "Pete Hegseth was sworn in at the Pentagon and met the joint chiefs.",
    ],
)
def test_an_undated_past_act_the_facts_date_after_publication_is_out_of_order(text: str) -> None:
    """A past-tense report, without a date, of a confirmation or swearing-in recorded after publication is TIM003."""
    assert _confirmation_codes(text, TimeSpan.day(2025, 1, 22)) == ["TIM003"]


@pytest.mark.parametrize(
    "text",
    [
        "Pete Hegseth, whose confirmation is expected this week, met the joint chiefs.",
        "Pete Hegseth will be sworn in once the Senate votes.",
        "Pete Hegseth met senators ahead of his confirmation vote.",
        "Pete Hegseth, whose confirmation hearing ran for hours, met the joint chiefs.",
    ],
)
def test_a_confirmation_still_to_come_is_clean(text: str) -> None:
    """A future, expected or pending confirmation, or only its hearing, says nothing happened yet."""
    assert _confirmation_codes(text, TimeSpan.day(2025, 1, 22)) == []


def test_an_undated_past_act_recorded_before_publication_is_clean() -> None:
    """The same past-tense report written after the recorded confirmation is right."""
    text = "Pete Hegseth, whose confirmation came after a long night of votes, met the joint chiefs."
    assert _confirmation_codes(text, TimeSpan.day(2025, 1, 27)) == []


def test_a_past_day_without_its_year_that_the_facts_give_a_year_later_is_out_of_order() -> None:
    """"was confirmed on January 24", written before that day, is read a year back by its tense: the facts' later act makes it TIM003."""
    text = "Pete Hegseth, who was confirmed on January 24, met the joint chiefs."
    assert _confirmation_codes(text, TimeSpan.day(2025, 1, 22)) == ["TIM003"]
    assert _confirmation_codes(text, TimeSpan.day(2025, 1, 27)) == []


def test_a_past_month_without_its_year_that_the_facts_give_a_year_later_is_out_of_order() -> None:
    """"died in May", written the December before a recorded death in May, is read back to the
    last May by its tense: the facts' later death makes it TIM003; written after it, it is clean."""
    text = "The congressman Gerald E. Connolly, who died in May, chaired the assembly."
    assert _confirmation_codes(text, TimeSpan.day(2024, 12, 20)) == ["TIM003"]
    assert _confirmation_codes(text, TimeSpan.day(2025, 7, 1)) == []


def test_a_confirmation_reported_later_without_a_date_is_still_a_past_act() -> None:
    """"was later confirmed" reports a past confirmation: the facts' date after publication makes it TIM003."""
    assert _confirmation_codes("Pete Hegseth was later confirmed by the Senate.", TimeSpan.day(2025, 1, 22)) == ["TIM003"]


def test_a_deal_at_a_summit_city_before_its_first_summit_is_out_of_order() -> None:
    """A deal reported as struck at a city whose first recorded summit comes after publication is
    TIM003; after that summit, or at a city with an earlier summit, it is clean."""
    text = "At The Hague, the allies agreed to a new spending goal."
    assert _confirmation_codes(text, TimeSpan.day(2025, 4, 2)) == ["TIM003"]
    assert _confirmation_codes(text, TimeSpan.day(2025, 7, 2)) == []
    assert _confirmation_codes("At Vilnius, the allies agreed to a new plan.", TimeSpan.day(2025, 4, 2)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Friedrich Merz, elected chancellor by the Bundestag on 6 May, will fly to Rome on Friday.",
        "Friedrich Merz was elected chancellor by parliament on 6 May and met his cabinet.",
    ],
)
def test_an_election_reported_as_past_on_the_day_a_later_tenure_starts_is_out_of_order(text: str) -> None:
    """A past-tense election on a day without its year, written before the facts start that
    person's tenure on that day, reports the future as past, whatever the main clause says."""
    assert _confirmation_codes(text, TimeSpan.day(2025, 5, 4)) == ["TIM003"]
    assert _confirmation_codes(text, TimeSpan.day(2025, 5, 9)) == []


def test_a_declaration_adopted_on_a_day_the_facts_give_a_year_later_is_out_of_order() -> None:
    """A summit declaration reported as adopted on a day without its year, written before
    the facts date that place's declaration on that day, reports the future as past."""
    text = "Allied leaders adopted the Hague summit declaration on 25 June after a short debate."
    assert _confirmation_codes(text, TimeSpan.day(2025, 6, 22)) == ["TIM003"]
    assert _confirmation_codes(text, TimeSpan.day(2025, 6, 27)) == []
    elsewhere = "Allied leaders adopted the Vilnius summit declaration on 25 June after a short debate."
    assert _confirmation_codes(elsewhere, TimeSpan.day(2025, 6, 22)) == []


def test_an_election_on_another_day_than_the_tenure_start_is_left_alone() -> None:
    """An election weeks before the office starts (a president's) is not the start itself."""
    text = "Donald Trump, elected president on 5 November, will meet Republican senators."
    assert _confirmation_codes(text, TimeSpan.day(2024, 11, 1)) == []


def test_a_summit_dated_alone_takes_the_place_of_the_title() -> None:
    """A summit named by its kind alone, in a document whose title names one place and a
    summit, is the recorded summit there, and its date is set against the facts."""
    kb = KnowledgeBase.default()
    source = Source(
        document_id="review",
        published=TimeSpan.day(2025, 6, 25),
        title="Editorials on The Hague: a summit of promises",
    )
    text = "A Lisbon daily notes that the summit that opened on Monday 23 June was short."
    codes = [f.code for f in run_checks([extract(text, source=source, kb=kb)], kb)]
    assert "TIM001" in codes
    untitled = Source(document_id="review", published=TimeSpan.day(2025, 6, 25), title="Editorials: promises")
    assert "TIM001" not in [f.code for f in run_checks([extract(text, source=untitled, kb=kb)], kb)]


@pytest.mark.parametrize(
    "text",
    [
        "Michel Barnier resigned after a stormy week in parliament, aides said.",
        "The prime minister, Michel Barnier, stepped down and left Matignon.",
    ],
)
def test_an_undated_resignation_the_facts_date_after_publication_is_out_of_order(text: str) -> None:
    """A past-tense report of a resignation the facts date after the document's publication is TIM003."""
    assert _confirmation_codes(text, TimeSpan.day(2024, 12, 2)) == ["TIM003"]


@pytest.mark.parametrize(
    "text",
    [
        "Michel Barnier resigned after a stormy week in parliament, aides said.",
        "Michel Barnier resigns if the motion passes, aides said.",
        "Michel Barnier could be forced out if he loses a no-confidence vote.",
    ],
)
def test_a_resignation_reported_after_it_or_still_to_come_is_clean(text: str) -> None:
    """A resignation told after the recorded day, or only in the present or the conditional, is clean."""
    published = TimeSpan.day(2024, 12, 9) if "stormy" in text else TimeSpan.day(2024, 12, 2)
    assert _confirmation_codes(text, published) == []


def _summer_codes(text: str) -> list[str]:
    """The TIM001 codes of the findings on *text* read as a report of late July 2024."""
    kb = KnowledgeBase.default()
    source = Source(document_id="summer", published=TimeSpan.day(2024, 7, 30))
    return [f.code for f in run_checks([extract(text, source=source, kb=kb)], kb, select=["TIM001"])]


def test_a_summit_declaration_is_dated_by_its_day_of_issue_not_the_summits_days() -> None:
    """A summit's declaration named by its city is its own event: another day of the summit is wrong for it."""
    assert _summer_codes("The Washington summit declaration, published on 9 July, set out the path.") == ["TIM001"]
    assert _summer_codes("The Washington summit declaration, published on 10 July, set out the path.") == []
    assert _summer_codes("Leaders gathered at the Washington summit on 9 July.") == []


def test_a_declaration_with_no_place_or_a_body_before_it_is_left_alone() -> None:
    """With no city naming it, or a body in the city's stead, a declaration is not the recorded one."""
    assert _summer_codes("The NATO summit declaration, published on 9 July, set out the path.") == []
    assert _summer_codes("In its declaration of 9 July the alliance set out the path.") == []


def test_a_declaration_takes_the_city_the_sentence_before_names() -> None:
    """A declaration with no place of its own, after a sentence naming the city of the
    recorded summit, is that summit's declaration; a city with no summit places nothing."""
    assert _summer_codes("Then to Washington. Its declaration of 9 July set out the path.") == ["TIM001"]
    assert _summer_codes("Then to Washington. Its declaration of 10 July set out the path.") == []
    assert _summer_codes("Then to Lisbon. Its declaration of 9 July set out the path.") == []


def test_a_dated_censure_is_matched_to_the_government_head_it_brought_down() -> None:
    """A censure dated a day off the recorded vote, with the head of government as subject, is TIM001."""
    kb = KnowledgeBase.default()
    source = Source(document_id="paris", published=TimeSpan.day(2024, 12, 10))

    def codes(text: str) -> list[str]:
        return [f.code for f in run_checks([extract(text, source=source, kb=kb)], kb, select=["TIM001"])]

    assert codes("Michel Barnier lost a no-confidence vote on 3 December.") == ["TIM001"]
    assert codes("Michel Barnier lost a no-confidence vote on 4 December.") == []


@pytest.mark.parametrize(
    ("verb", "flagged"),
    [("faces", False), ("will face", False), ("lost", True)],
)
def test_this_week_in_a_weekend_story_may_mean_the_coming_week(verb: str, flagged: bool) -> None:
    """On a Sunday, "faces a vote this week" may mean the week ahead: a later report that dates
    the vote to the coming Wednesday agrees with that fair reading; a past verb keeps the week
    just ending, and the two datings conflict."""
    sunday = _article("sunday", f"Prime Minister Helga Brandt {verb} a no-confidence vote this week.", TimeSpan.day(2031, 3, 9))
    later = _article("later", "Prime Minister Helga Brandt lost a no-confidence vote on 12 March.", TimeSpan.day(2031, 3, 13))
    findings = run_checks([sunday, later], KnowledgeBase.default(), select=["TIM001"])
    assert bool(findings) is flagged


def test_a_term_that_runs_to_a_later_session_is_not_reported_as_past() -> None:
    """"The term runs to the next session, in autumn" tells of a session still to come."""
    text = "The new speaker's two-year term runs to the assembly's next plenary session, in autumn 2032."
    doc = _article("assembly", text, TimeSpan.day(2031, 3, 6))
    assert run_checks([doc], KnowledgeBase.default(), select=["TIM003"]) == []



def test_a_weekday_no_tense_points_agrees_with_the_coming_day() -> None:
    """"Faces a vote on Wednesday" in a Sunday story may mean the coming Wednesday: a later
    report that dates the vote to it agrees."""
    sunday = _article(
        "sunday", "Prime Minister Helga Brandt faces a no-confidence vote on Wednesday.", TimeSpan.day(2031, 3, 9)
    )
    later = _article("later", "Prime Minister Helga Brandt lost a no-confidence vote on 12 March.", TimeSpan.day(2031, 3, 13))
    assert run_checks([sunday, later], KnowledgeBase.default(), select=["TIM001"]) == []
