"""Events named by their weekday: one document that names the same one twice means one day."""

from __future__ import annotations

from datetime import date

from claimcheck._extract_dayevents import one_day_per_dayevent
from claimcheck.checks import run_checks
from claimcheck.dates import find_dates
from claimcheck.extract import extract
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Source
from claimcheck.timespan import TimeSpan

KB = KnowledgeBase.default()


def _days(text: str, anchor: date) -> list[str]:
    return [m.value.isoformat() for m in one_day_per_dayevent(text, find_dates(text, anchor=anchor))]


def test_a_past_mention_of_an_announced_dayevent_keeps_its_day() -> None:
    """"spoke at Thursday's hearing" after "will testify at Thursday's hearing" is the same Thursday."""
    text = "The envoy will testify at Thursday's hearing. The envoy warned at Thursday's hearing that funds ran low."
    assert _days(text, date(2030, 3, 5)) == ["2030-03-07", "2030-03-07"]


def test_another_noun_after_the_weekday_is_left_alone() -> None:
    """"Thursday's hearing" does not tie "Thursday's vote": each weekday event is its own."""
    text = "The envoy will testify at Thursday's hearing. The bill lost Thursday's vote."
    assert _days(text, date(2030, 3, 5)) == ["2030-03-07", "2030-02-28"]


def test_a_dayevent_told_as_past_before_it_happened_is_flagged() -> None:
    """A story that announces "Friday's summit" and later tells what was agreed at it reports
    the future as past (`TIM003`)."""
    text = (
        "Olaf Scholz will chair Friday's summit in Lisbon. "
        "Olaf Scholz told reporters at Friday's summit that the fund would double."
    )
    document = extract(text, source=Source(document_id="d", published=TimeSpan.day(2024, 10, 15)), kb=KB)
    flagged = [f for f in run_checks([document], KB) if f.code == "TIM003"]
    assert [s.text for f in flagged for s in f.spans] == ["Friday's summit"]
