"""claimcheck.dates: lengths used as adjectives, offsets from a named event, the idiom "one day"."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.dates import find_dates, normalize
from claimcheck.timespan import Duration, Granularity, Modifier, Relation, TimeSpan

ANCHOR = date(2023, 5, 9)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("a four-year mandate", "P4Y"),
        ("an eight-year prison sentence", "P8Y"),
        ("a 90-day moratorium", "P90D"),
        ("a three-week strike", "P3W"),
        ("a twenty-one-day quarantine", "P21D"),
        ("the two-month inquiry", "P2M"),
        ("six-month suspension", "P6M"),
        ("a six-year Senate term", "P6Y"),
        ("a two-month-long blockade", "P2M"),
        ("a decade-long feud", "P10Y"),
        ("a week-long visit", "P1W"),
        ("a one-year extension", "P1Y"),
    ],
)
def test_length_used_as_an_adjective_is_the_length(text: str, iso: str) -> None:
    """ "a four-year mandate" is the length four years: a Duration, never a date."""
    value = normalize(text, anchor=ANCHOR)
    assert isinstance(value, Duration) and value.isoformat() == iso
    assert value.relation is None


@pytest.mark.parametrize(
    "text",
    [
        "a four-year-old",
        "a four-year",
        "a four years",
        "a four-year term, she said",
        "a weeks-long row",
    ],
)
def test_adjectival_length_needs_its_noun(text: str) -> None:
    """Only a length with one to three words after it, and nothing else, is read whole."""
    assert normalize(text, anchor=ANCHOR) is None


def test_adjectival_length_in_text_keeps_its_own_span() -> None:
    """In running text the mention is the length alone, without its article or noun."""
    found = find_dates("She began a four-year mandate.", anchor=ANCHOR)
    assert [(m.text, str(m.value)) for m in found] == [("four-year", "P4Y")]


@pytest.mark.parametrize(
    ("text", "iso", "relation"),
    [
        ("three weeks before the referendum", "P3W", Relation.BEFORE),
        ("ten days after the earthquake", "P10D", Relation.AFTER),
        ("a year after her re-election", "P1Y", Relation.AFTER),
        ("two hours before the polls closed", "PT2H", Relation.BEFORE),
        ("four months after the 2020 coup", "P4M", Relation.AFTER),
        ("five years before Brexit", "P5Y", Relation.BEFORE),
        ("the week after the summit", "P1W", Relation.AFTER),
        ("the day before the hearing", "P1D", Relation.BEFORE),
        ("nine months into the pandemic", "P9M", Relation.AFTER),
        ("within a week of the ruling", "P1W", Relation.AFTER),
    ],
)
def test_offset_from_a_named_event(text: str, iso: str, relation: Relation) -> None:
    """An offset from an event named by a phrase is the length with its relation, no date."""
    value = normalize(text, anchor=ANCHOR)
    assert isinstance(value, Duration) and value.isoformat() == iso
    assert value.relation is relation


def test_hedged_offset_from_a_named_event_keeps_its_hedge() -> None:
    """ "almost a decade after the merger" keeps APPROX and the relation."""
    value = normalize("almost a decade after the merger", anchor=ANCHOR)
    assert isinstance(value, Duration) and value.modifier is Modifier.APPROX
    assert value.relation is Relation.AFTER


def test_offset_from_a_known_date_is_still_resolved() -> None:
    """Where the event is a date the reader knows, the offset is resolved on the calendar."""
    assert str(normalize("three days after 1 March 2023", anchor=ANCHOR)) == "2023-03-04"
    assert str(normalize("a week before New Year's Day 2023", anchor=ANCHOR)) == "2022-12-25"


def test_event_phrase_stays_out_of_text_mentions() -> None:
    """In running text the mention stops at "before"; the event is left to the reader."""
    found = find_dates("Three weeks before the referendum, polls shifted.", anchor=ANCHOR)
    assert [(m.text, str(m.value)) for m in found] == [("Three weeks before", "P3W")]


def test_event_must_be_a_short_phrase_of_words() -> None:
    """A clause broken by punctuation after "before" is not one expression."""
    assert normalize("three weeks before the referendum, polls shifted", anchor=ANCHOR) is None


@pytest.mark.parametrize("text", ["one day", "One day", "one day."])
def test_bare_one_day_is_the_idiom(text: str) -> None:
    """ "one day" on its own is the idiom (some day), not a length."""
    assert normalize(text, anchor=ANCHOR) is None


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("One day we may see peace.", []),
        ("Her father told her one day she would lead the party.", []),
        ("One day later the ban was lifted.", ["One day later"]),
        ("One day of talks was planned.", ["One day"]),
        ("The strike lasted one day, the union said.", ["one day"]),
    ],
)
def test_one_day_in_text(text: str, mentions: list[str]) -> None:
    """In text, "one day" opening a clause or before its subject is the idiom; else a length."""
    assert [m.text for m in find_dates(text, anchor=ANCHOR)] == mentions


@pytest.mark.parametrize(
    ("text", "iso", "relation"),
    [
        ("for one day", "P1D", None),
        ("one day later", "P1D", Relation.AFTER),
        ("one day before the hearing", "P1D", Relation.BEFORE),
        ("one week", "P1W", None),
        ("a day", "P1D", None),
    ],
)
def test_one_day_with_a_cue_stays_a_length(text: str, iso: str, relation: Relation | None) -> None:
    """With a preposition or a relation, "one day" is a length or an offset."""
    value = normalize(text, anchor=ANCHOR)
    assert isinstance(value, Duration) and value.isoformat() == iso
    assert value.relation is relation


@given(
    count=st.integers(2, 99),
    unit=st.sampled_from(["day", "week", "month", "year"]),
    noun=st.sampled_from(["truce", "term", "ban", "jail term", "pilot scheme"]),
)
def test_adjectival_length_is_never_a_date(count: int, unit: str, noun: str) -> None:
    """ "a N-unit noun" reads as N units, whatever the count, unit and noun."""
    value = normalize(f"a {count}-{unit} {noun}", anchor=ANCHOR)
    assert isinstance(value, Duration)
    assert value == normalize(f"{count} {unit}s", anchor=ANCHOR)


@pytest.mark.parametrize("text", ["the week before last", "the weekend before last"])
def test_before_last_is_no_event(text: str) -> None:
    """ "last" after "before" counts from the anchor, so it is not read as an event."""
    assert not isinstance(normalize(text, anchor=ANCHOR), Duration)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("the day before Easter Sunday 2023", "2023-04-08"),
        ("the day after 14 February 2023", "2023-02-15"),
        ("the week before Christmas 2022", "2022-12-18"),
    ],
)
def test_unit_counted_from_a_known_date_is_resolved(text: str, iso: str) -> None:
    """ "the day before <date>" is a date on the calendar, as "one day before <date>" is."""
    assert str(normalize(text, anchor=ANCHOR)) == iso


def test_unit_counted_from_an_event_stays_a_relation() -> None:
    """ "the day before the vote" names no date: it stays a one-day length before an event."""
    value = normalize("the day before the vote", anchor=ANCHOR)
    assert isinstance(value, Duration) and value.relation is Relation.BEFORE


@given(count=st.integers(1_000, 999_999), unit=st.sampled_from(["day", "week", "year"]))
def test_counts_with_thousands_separators_are_lengths(count: int, unit: str) -> None:
    """ "1,000 days" is as long as "1000 days": the separator never splits the count."""
    written = normalize(f"more than {count:,} {unit}s", anchor=ANCHOR)
    assert isinstance(written, Duration) and written.modifier is Modifier.MORE_THAN
    assert written == Duration(**{f"{unit}s": count}, modifier=Modifier.MORE_THAN)


@pytest.mark.parametrize("text", ["1,000.5 days", "1,00 days", "10,000,0 days"])
def test_malformed_separators_give_no_length(text: str) -> None:
    """A count whose groups are not three digits, or that goes on as a decimal, is not read."""
    assert normalize(text, anchor=ANCHOR) is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [("a month prior to the tournament", "P1M"), ("six weeks prior to the census", "P6W")],
)
def test_prior_to_an_event_is_before_it(text: str, iso: str) -> None:
    """ "<length> prior to <event>" is the length before the event, as with "before"."""
    value = normalize(text, anchor=ANCHOR)
    assert isinstance(value, Duration) and value.isoformat() == iso
    assert value.relation is Relation.BEFORE


def test_prior_to_a_known_date_is_resolved() -> None:
    """ "<length> prior to <date>" is a date on the calendar."""
    assert str(normalize("three days prior to 1 March 2023", anchor=ANCHOR)) == "2023-02-26"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in or around 2003", "2003~"),
        ("on or about 5 March 2024", "2024-03-05~"),
        ("at or around Easter 2021", "2021-04-04~"),
    ],
)
def test_or_around_hedges_a_date(text: str, expected: str) -> None:
    """ "in or around", "on or about" and "at or around" make a date approximate."""
    value = normalize(text, anchor=ANCHOR)
    assert str(value) == expected
    assert isinstance(value, TimeSpan) and value.modifier is Modifier.APPROX


def test_or_without_a_hedge_reads_no_date() -> None:
    """ "in or out of office" has no hedge after "or", so no date is read from "in"."""
    assert [m.text for m in find_dates("in or out of office", anchor=ANCHOR)] == []


_UNIT_WORDS = st.sampled_from(["day", "week", "month", "year"])


@given(count=st.integers(2, 40), unit=_UNIT_WORDS, days=st.integers(0, 3000))
def test_back_after_a_length_reads_as_ago(count: int, unit: str, days: int) -> None:
    """ "<n> <units> back" is the same calendar unit as "<n> <units> ago", for any anchor."""
    anchor = date(2020, 1, 1) + timedelta(days=days)
    back = normalize(f"{count} {unit}s back", anchor=anchor)
    assert back is not None and back == normalize(f"{count} {unit}s ago", anchor=anchor)


@pytest.mark.parametrize(
    "text", ["He flew two days back to Paris.", "She drove three hours back home."]
)
def test_back_toward_a_place_is_no_date(text: str) -> None:
    """ "back to" and "back home" after a length give a direction, not a time in the past."""
    assert all(not isinstance(m.value, TimeSpan) for m in find_dates(text, anchor=ANCHOR))


@given(count=st.integers(1, 6), days=st.integers(0, 3000))
def test_fortnights_ago_are_twice_as_many_weeks_ago(count: int, days: int) -> None:
    """ "<n> fortnights ago" is the ISO week of "<2n> weeks ago", granularity week."""
    anchor = date(2020, 1, 1) + timedelta(days=days)
    text = "a fortnight ago" if count == 1 else f"{count} fortnights ago"
    value = normalize(text, anchor=anchor)
    assert isinstance(value, TimeSpan) and value.granularity is Granularity.WEEK
    assert value == normalize(f"{2 * count} weeks ago", anchor=anchor)


@pytest.mark.parametrize(
    ("text", "iso", "relation"),
    [
        ("four months ahead of the general election", "P4M", Relation.BEFORE),
        ("a week ahead of the deadline", "P1W", Relation.BEFORE),
        ("two years on from the earthquake", "P2Y", Relation.AFTER),
        ("ten days in the run-up to polling day", "P10D", Relation.BEFORE),
        ("six weeks in the lead-up to the summit", "P6W", Relation.BEFORE),
        ("three days following the blast", "P3D", Relation.AFTER),
        ("the night prior", "P1D", Relation.BEFORE),
        ("the week prior to the hearing", "P1W", Relation.BEFORE),
        ("the year earlier", "P1Y", Relation.BEFORE),
    ],
)
def test_words_that_tie_a_length_to_an_event(text: str, iso: str, relation: Relation) -> None:
    """ "ahead of", "on from", "in the run-up to", "following" and a bare "prior" tie a length
    to an event: the length with its relation, never a date."""
    value = normalize(text, anchor=ANCHOR)
    assert isinstance(value, Duration) and value.isoformat() == iso
    assert value.relation is relation


@given(count=st.integers(2, 30), unit=_UNIT_WORDS)
def test_ahead_of_an_event_reads_as_before_it(count: int, unit: str) -> None:
    """ "<length> ahead of <event>" is the same value as "<length> before <event>"."""
    ahead = normalize(f"{count} {unit}s ahead of the launch", anchor=ANCHOR)
    assert ahead is not None
    assert ahead == normalize(f"{count} {unit}s before the launch", anchor=ANCHOR)


def test_ahead_of_a_known_date_is_resolved() -> None:
    """ "<length> ahead of <date>" counts back from that date, as "before" does."""
    assert str(normalize("two days ahead of 10 June 2023", anchor=ANCHOR)) == "2023-06-08"


def test_ahead_of_schedule_is_a_plain_length() -> None:
    """A schedule is a plan, not an event: "ahead of schedule" leaves the length unrelated."""
    found = find_dates("It opened two months ahead of schedule.", anchor=ANCHOR)
    assert [(m.text, str(m.value)) for m in found] == [("two months", "P2M")]
    assert isinstance(found[0].value, Duration) and found[0].value.relation is None


@given(days=st.integers(0, 2000), bound=st.sampled_from(["before", "after"]))
def test_on_or_bound_leaves_the_day_open_on_one_side(days: int, bound: str) -> None:
    """ "on or before <day>" ends where the day ends; "on or after <day>" starts where it
    starts: the day itself is included, the other side open."""
    day = date(2021, 1, 1) + timedelta(days=days)
    written = f"{day.day} {day:%B} {day.year}"
    whole = normalize(written, anchor=ANCHOR)
    value = normalize(f"on or {bound} {written}", anchor=ANCHOR)
    assert isinstance(whole, TimeSpan) and isinstance(value, TimeSpan)
    if bound == "before":
        assert (value.start, value.end, value.modifier) == (None, whole.end, Modifier.ON_OR_BEFORE)
    else:
        assert (value.start, value.end, value.modifier) == (whole.start, None, Modifier.ON_OR_AFTER)


@pytest.mark.parametrize(
    ("text", "iso", "modifier"),
    [
        ("close to four decades", "P40Y", Modifier.APPROX),
        ("nigh on ten years", "P10Y", Modifier.APPROX),
        ("the better part of a decade", "P10Y", Modifier.APPROX),
        ("in the region of six months", "P6M", Modifier.APPROX),
        ("getting on for a year", "P1Y", Modifier.APPROX),
        ("no fewer than five weeks", "P5W", Modifier.EQUAL_OR_MORE),
        ("not less than 30 days", "P30D", Modifier.EQUAL_OR_MORE),
        ("no longer than two years", "P2Y", Modifier.EQUAL_OR_LESS),
        ("in excess of three years", "P3Y", Modifier.MORE_THAN),
        ("well over a decade", "P10Y", Modifier.MORE_THAN),
        ("shy of two years", "P2Y", Modifier.LESS_THAN),
        ("well under a month", "P1M", Modifier.LESS_THAN),
        ("a little over a year", "P1Y", Modifier.MORE_THAN),
        ("a bit under two years", "P2Y", Modifier.LESS_THAN),
        ("more or less a decade", "P10Y", Modifier.APPROX),
    ],
)
def test_hedged_and_bounded_lengths(text: str, iso: str, modifier: Modifier) -> None:
    """Hedges and bounds of a length ("close to", "no fewer than", "shy of", "the better part
    of") go in its modifier; the length stays a length."""
    value = normalize(text, anchor=ANCHOR)
    assert isinstance(value, Duration)
    assert (value.isoformat(), value.modifier, value.relation) == (iso, modifier, None)


@given(
    count=st.integers(2, 60),
    unit=st.sampled_from(["day", "week", "month", "year", "decade"]),
    hedge=st.sampled_from(["close to", "no fewer than", "shy of", "in excess of", "well over"]),
)
def test_a_hedge_keeps_the_length(count: int, unit: str, hedge: str) -> None:
    """A hedged length is the same length as the bare one, only its modifier differs."""
    bare = normalize(f"{count} {unit}s", anchor=ANCHOR)
    value = normalize(f"{hedge} {count} {unit}s", anchor=ANCHOR)
    assert isinstance(bare, Duration) and isinstance(value, Duration)
    assert value.isoformat() == bare.isoformat() and value.modifier is not Modifier.EXACT


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("five years to the day after the invasion", "P5Y"),
        ("a year to the day before the election", "P1Y"),
        ("five years to the day after 24 February 2022", "2027-02-24"),
        ("ten years ago to the day", "2013-05-09"),
    ],
)
def test_to_the_day(text: str, iso: str) -> None:
    """ "to the day" pins an offset to the day: from an event it stays the length with its
    relation; from a known date or with "ago" it is that day."""
    value = normalize(text, anchor=ANCHOR)
    assert value is not None and value.isoformat() == iso
    if isinstance(value, Duration):
        assert value.relation is not None
    else:
        assert value.granularity is Granularity.DAY


@given(days=st.integers(0, 20000), years=st.integers(1, 40))
def test_years_ago_to_the_day_is_the_same_calendar_day(days: int, years: int) -> None:
    """ "N years ago to the day" is the anchor's day and month, N years back (28 February for
    a 29 February anchor in a common year)."""
    anchor = date(1980, 1, 1) + timedelta(days=days)
    value = normalize(f"{years} years ago to the day", anchor=anchor)
    assert isinstance(value, TimeSpan) and value.granularity is Granularity.DAY
    assert value.start is not None and isinstance(value.start, date)
    assert value.start.year == anchor.year - years and value.start.month == anchor.month
    assert value.start.day in (anchor.day, 28)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The envoy was sworn in three days later.", "three days later"),
        ("The new chief moved in two weeks after the vote.", "two weeks after"),
        ("The tenants moved in five days earlier.", "five days earlier"),
    ],
)
def test_in_before_a_length_from_an_event_is_a_particle(text: str, found: str) -> None:
    """"Sworn in three days later" is three days after an event, never "in three days" from the anchor."""
    (mention,) = find_dates(text, anchor=date(2031, 3, 6))
    assert mention.text == found
    assert isinstance(mention.value, Duration)
