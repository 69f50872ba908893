"""The person, the tense and the claim the readers of lengths in office share."""

from __future__ import annotations

from claimcheck._extract_actors import Mention
from claimcheck._extract_tenures import fits_tense, person_before, tenure_length
from claimcheck._extract_tokens import tokenize
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Actor
from claimcheck.timespan import Duration, TimeSpan

KB = KnowledgeBase.default()


def test_the_person_is_the_one_named_last_before_the_length() -> None:
    """Of two people named before the length, the later-named one is its person."""
    text = "Jane Roe met John Doe, in office for a year."
    tokens = tokenize(text, 0)
    named = [
        Mention(0, 2, "Jane Roe", Actor("Jane Roe"), False),
        Mention(3, 5, "John Doe", Actor("John Doe"), False),
    ]
    assert person_before(named, tokens, text.index("in office")) == "John Doe"


def test_an_adjacent_person_must_end_right_before_the_length() -> None:
    """With *adjacent*, a name that does not end where the length starts names no one."""
    text = "Jane Roe, two months into the job, spoke."
    tokens = tokenize(text, 0)
    named = [Mention(0, 2, "Jane Roe", Actor("Jane Roe"), False)]
    assert person_before(named, tokens, text.index(","), adjacent=True) == "Jane Roe"
    assert person_before(named, tokens, text.index("two"), adjacent=True) is None


def test_a_tenure_held_at_writing_fits_the_present_not_the_past() -> None:
    """A tenure open at the time of writing fits a present perfect and not a past tense."""
    now = TimeSpan.day(2024, 12, 1)
    (held,) = KB.offices_of("Mark Rutte", now).holdings
    assert fits_tense(held, True, now) and not fits_tense(held, False, now)
    assert fits_tense(held, None, now)


def test_a_length_in_a_tenure_runs_from_its_recorded_start() -> None:
    """The claim of a length in a tenure starts where the recorded tenure starts."""
    now = TimeSpan.day(2024, 12, 1)
    (held,) = KB.offices_of("Mark Rutte", now).holdings
    claim = tenure_length(held.tenure, Duration(months=1), as_of=now)
    assert claim.since == held.tenure.start and claim.length == Duration(months=1)
    assert claim.as_of == now
