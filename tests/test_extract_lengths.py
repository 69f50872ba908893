"""Lengths of time in office written before their office or said of a tenure that lasted."""

from __future__ import annotations

from claimcheck.checks import run_checks
from claimcheck.extract import extract
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Document, DurationSince, Source
from claimcheck.timespan import Duration, TimeSpan

KB = KnowledgeBase.default()


def _doc(text: str, published: TimeSpan) -> Document:
    return extract(text, source=Source(document_id="len", published=published), kb=KB)


def _lengths(doc: Document) -> list[DurationSince]:
    return [c.assertion for c in doc.claims if isinstance(c.assertion, DurationSince)]


def _flagged(doc: Document) -> list[str]:
    return [f.spans[0].text for f in run_checks([doc], KB, select=["CNT001"])]


def test_time_spent_at_an_office_runs_from_the_recorded_start() -> None:
    """"has spent N at X's helm" measures the tenure still held, from its recorded start."""
    doc = _doc(
        "Andrii Sybiha, who has spent almost a year at the head of Ukraine's diplomacy, met envoys.",
        TimeSpan.day(2025, 8, 20),
    )
    (length,) = _lengths(doc)
    assert length.subject == "Andrii Sybiha as Minister of Foreign Affairs of Ukraine"
    assert _flagged(doc) == []  # September 2024 to August 2025 is almost a year
    doc = _doc(
        "Mark Rutte, who has now spent over two years at NATO's helm, flew to Ankara.",
        TimeSpan.day(2025, 6, 2),
    )
    (length,) = _lengths(doc)
    assert length.subject == "Mark Rutte as Secretary General of NATO"
    assert (length.since, length.as_of) == (TimeSpan.day(2024, 10, 1), None)
    assert _flagged(doc) == ["spent over two years at NATO's helm"]


def test_a_right_length_before_its_office_is_not_flagged() -> None:
    """A length that fits the recorded tenure, hedged or not, gives a claim but no finding."""
    doc = _doc(
        "Mark Rutte has spent nearly two years in charge of NATO, aides noted.",
        TimeSpan.day(2026, 9, 1),
    )
    assert len(_lengths(doc)) == 1
    assert _flagged(doc) == []
    doc = _doc(
        "Jens Stoltenberg, who spent a decade at the helm of NATO, wrote a memoir.",
        TimeSpan.day(2025, 3, 1),
    )
    (length,) = _lengths(doc)
    assert length.as_of is not None and length.length == Duration(years=10)
    assert _flagged(doc) == []


def test_a_past_spent_length_needs_an_ended_tenure() -> None:
    """"spent" in the past tense speaks of an ended tenure: of a tenure still held, no claim."""
    doc = _doc(
        "Mark Rutte spent a year at the helm of NATO before the summit.",
        TimeSpan.day(2025, 11, 1),
    )
    assert _lengths(doc) == []


def test_a_tenure_that_lasted_is_measured_to_its_handover() -> None:
    """"his term at the head of X lasted N" is measured from the recorded start to the end,
    with "his" the person named last, in an earlier sentence if not in its own."""
    doc = _doc(
        "Charles Michel left Brussels on Friday. His term at the head of the European Council "
        "lasted seven years, aides said.",
        TimeSpan.day(2025, 1, 10),
    )
    (length,) = _lengths(doc)
    assert length.subject == "Charles Michel as President of the European Council of European Union"
    assert length.since == TimeSpan.day(2019, 12, 1)
    assert length.as_of is not None
    assert _flagged(doc) == ["His term at the head of the European Council lasted seven years"]


def test_a_right_tenure_length_that_lasted_is_not_flagged() -> None:
    """A tenure that lasted the years the facts give makes no finding."""
    doc = _doc(
        "Charles Michel left Brussels on Friday. His term at the head of the European Council "
        "lasted five years.",
        TimeSpan.day(2025, 1, 10),
    )
    assert len(_lengths(doc)) == 1
    assert _flagged(doc) == []


def test_a_tenure_that_lasted_without_a_person_or_office_gives_no_claim() -> None:
    """Without a person before "his", or with an office the facts do not fit, no claim."""
    assert _lengths(_doc("His term at the head of the council lasted two years.", TimeSpan.day(2025, 1, 10))) == []
    doc = _doc(
        "Olaf Scholz spoke in Kiel. His stint at the head of the city's rowing club lasted two years.",
        TimeSpan.day(2025, 1, 10),
    )
    assert _lengths(doc) == []


def test_a_length_in_apposition_into_the_job_measures_the_tenure() -> None:
    """"X, two months into the job," runs from X's recorded start, in any unit; a length
    "into his presidency" not set beside a name gives no claim."""
    published = TimeSpan.day(2025, 5, 24)
    doc = _doc("Critics were quick to judge Friedrich Merz, two months into the job.", published)
    (length,) = _lengths(doc)
    assert (length.subject, length.since) == ("Friedrich Merz as Chancellor of Germany", TimeSpan.day(2025, 5, 6))
    assert _flagged(doc) == ["two months into the job"]
    assert _flagged(_doc("Friedrich Merz, barely two weeks into the job, flew to Kyiv.", published)) == []
    assert _lengths(_doc("Merz said that, two years into his presidency, Zelensky was tired.", published)) == []


def test_a_title_held_for_weeks_is_measured() -> None:
    """"has now been <title> for two weeks" counts in weeks, as the title names the office;
    a verb without a title ("has led the talks for two weeks") does not."""
    published = TimeSpan.day(2024, 12, 6)
    doc = _doc("Kaja Kallas, who has now been High Representative for two weeks, met envoys.", published)
    (length,) = _lengths(doc)
    assert length.length == Duration(weeks=2)
    assert _flagged(doc) == ["been High Representative for two weeks"]
    assert _flagged(_doc("Kaja Kallas, who has been High Representative for five days, met envoys.", published)) == []
    assert _lengths(_doc("Kaja Kallas, who has led the talks for two weeks, met envoys.", published)) == []


def test_a_length_after_leaving_is_of_the_tenure_the_seat_names() -> None:
    """"left after N in the chancellery" measures the chancellor's tenure, flagged when wrong."""
    doc = _doc("Olaf Scholz left after five years in the chancellery and sat down.", TimeSpan.day(2025, 5, 7))
    (length,) = _lengths(doc)
    assert length.subject == "Olaf Scholz as Chancellor of Germany"
    assert _flagged(doc) == ["left after five years in the chancellery"]
    right = _doc("Olaf Scholz left after three years in the chancellery and sat down.", TimeSpan.day(2025, 5, 7))
    assert _flagged(right) == []


def test_a_length_after_leaving_with_no_office_after_it_is_no_tenure() -> None:
    """Leaving "after two hours" or "after years of talks" says nothing of an office."""
    doc = _doc("Olaf Scholz left after two hours of talks with the unions.", TimeSpan.day(2025, 5, 7))
    assert _lengths(doc) == []


def test_a_length_in_the_post_set_beside_a_name_measures_the_tenure() -> None:
    """"X, in the post for N months," reads as "in post": the tenure still held, from its start."""
    published = TimeSpan.day(2024, 10, 24)
    doc = _doc("Ukraine's foreign minister, Andrii Sybiha, in the post for five months, met envoys.", published)
    (length,) = _lengths(doc)
    assert (length.subject, length.since) == ("Andrii Sybiha as Minister of Foreign Affairs of Ukraine", TimeSpan.day(2024, 9, 5))
    assert _flagged(doc) == ["in the post for five months"]
    assert _flagged(_doc("Andrii Sybiha, in the post for seven weeks, met envoys.", published)) == []


def test_a_length_in_office_set_beside_a_name_measures_the_tenure_held() -> None:
    """"X, N years in office," (even opening a quotation) measures the tenure held at writing."""
    doc = _doc(
        'Analysts called President Volodymyr Zelensky, "nearly seven years in office and tired", a survivor.',
        TimeSpan.day(2025, 2, 10),
    )
    (length,) = _lengths(doc)
    assert length.subject == "Volodymyr Zelensky as President of Ukraine"
    assert length.as_of is None
    assert _flagged(doc) == ["nearly seven years in office"]
    fits = _doc("Volodymyr Zelensky, five years in office, toured the front.", TimeSpan.day(2025, 2, 10))
    assert len(_lengths(fits)) == 1 and _flagged(fits) == []


def test_a_length_by_then_is_measured_at_the_time_given_before() -> None:
    """"who had by then led X for N" measures the tenure up to the time the sentence named
    before it, not to the time of writing, and a tenure not yet held then gives no claim."""
    doc = _doc(
        "In a December interview Mark Rutte, who had by then led NATO for two years, spoke of drones.",
        TimeSpan.day(2025, 5, 2),
    )
    (length,) = _lengths(doc)
    assert (length.since, length.as_of) == (TimeSpan.day(2024, 10, 1), TimeSpan.month(2024, 12))
    assert _flagged(doc) == ["led NATO for two years"]
    fits = _doc(
        "In a February interview Mark Rutte, who had by then led NATO for four months, spoke.",
        TimeSpan.day(2025, 5, 2),
    )
    assert len(_lengths(fits)) == 1 and _flagged(fits) == []
    before = _doc(
        "In a 2023 interview Mark Rutte, who had by then led NATO for a year, spoke.",
        TimeSpan.day(2025, 5, 2),
    )
    assert _lengths(before) == []


def test_running_the_ministry_fits_a_minister_tenure() -> None:
    """"ran the ministry for N" speaks of a minister's one recorded tenure, measured from its
    start to its end; "the ministry" names no president's office."""
    doc = _doc(
        "Oleksii Reznikov, who ran the ministry for a year, was later an envoy.",
        TimeSpan.day(2025, 8, 5),
    )
    (length,) = _lengths(doc)
    assert length.subject == "Oleksii Reznikov as Minister of Defence of Ukraine"
    assert length.as_of == TimeSpan.day(2023, 9, 5)
    assert _flagged(doc) == ["ran the ministry for a year"]
    president = _doc("Joe Biden, who ran the ministry for four years, spoke.", TimeSpan.day(2025, 8, 5))
    assert _lengths(president) == []


def test_a_glossary_entry_measures_the_tenure_of_the_name_on_the_line_before() -> None:
    """An entry sentence naming no one ("Foreign minister, in office for ...") after a line of
    a person's name alone measures that person's tenure."""
    doc = _doc("Andrii Sybiha.\nForeign minister of the country, in office for three months.", TimeSpan.day(2024, 12, 10))
    assert [(d.subject, d.since) for d in _lengths(doc)] == [
        ("Andrii Sybiha as Minister of Foreign Affairs of Ukraine", TimeSpan.day(2024, 9, 5))
    ]


def test_running_the_ministry_is_holding_a_ministers_post() -> None:
    """"ran the ministry for" measures the person's tenure as a minister."""
    doc = _doc("Oleksii Reznikov, who ran the ministry for two years, left in 2023.", TimeSpan.day(2025, 3, 1))
    assert [d.subject for d in _lengths(doc)] == ["Oleksii Reznikov as Minister of Defence of Ukraine"]


def test_a_title_set_beside_a_name_with_a_length_is_the_tenure_still_held() -> None:
    """"X, foreign minister for N years," measures X's tenure in that office up to the time of writing."""
    doc = _doc("Andrii Sybiha, foreign minister for three years, met the envoys in Oslo.", TimeSpan.day(2025, 6, 2))
    (length,) = _lengths(doc)
    assert length.subject == "Andrii Sybiha as Minister of Foreign Affairs of Ukraine"
    assert length.as_of is None
    assert _flagged(doc) == ["foreign minister for three years"]


def test_commanding_a_force_for_a_length_is_time_in_its_command() -> None:
    """"who has commanded the armed forces for N years" measures the command still held."""
    doc = _doc(
        "Oleksandr Syrskyi, who has commanded Ukraine's armed forces for three years, visited Kharkiv.",
        TimeSpan.day(2025, 4, 2),
    )
    (length,) = _lengths(doc)
    assert length.since == TimeSpan.day(2024, 2, 8)
    assert _flagged(doc) == ["commanded Ukraine's armed forces for three years"]
