"""How `quantity_conflict` (CNT004) tells one quantity in several reports: a sum named only by
its noun on the day of a sum with a recipient, and the final count of one thing in one act."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Hashable, Iterator, Sequence
from datetime import date, timedelta

from claimcheck.checks._support import disjoint_members, folded
from claimcheck.model import Claim, Quantity
from claimcheck.timespan import Granularity, TimeSpan

__all__ = [
    "COUNT_WINDOW",
    "EXACT_SLACK",
    "NUMBER_MEASURE",
    "SUM_NOUNS",
    "bare_sum",
    "counted",
    "final_counts",
    "head_keys",
    "quantity_of",
    "sum_noun",
    "sums_of_one_day",
]

#: How far apart the reports of one count may be published and still speak of one act: a
#: count a season later is more likely of another one.
COUNT_WINDOW = timedelta(days=92)
EXACT_SLACK = 0.005
"""The relative slack of an exact figure: rounding."""
NUMBER_MEASURE = "number"
"""The measure of a number of things stated in passing ("seven cruise missiles")."""
SUM_NOUNS = frozenset(
    "package packages loan loans grant grants deal deals contract aid fund budget tranche payment "
    "fine bailout programme program bill sale order investment".split()
)
"""Nouns a sum commonly modifies in news ("a $2bn loan", "a $725 million package")."""
_RECIPIENT_WORDS = frozenset({"for", "to"})
_LONGEST_DAY_SPAN = 3


def _head(subject: str) -> tuple[str, bool] | None:
    """The noun a sum's subject is of, and whether the subject is that noun alone ("package"),
    not with its recipient ("package for Chad"); ``None`` for other subjects."""
    words = subject.lower().split()
    if not words or words[0] not in SUM_NOUNS:
        return None
    if len(words) == 1:
        return words[0], True
    if len(words) >= 3 and words[1] in _RECIPIENT_WORDS:
        return words[0], False
    return None


def sum_noun(quantity: Quantity) -> str | None:
    """The noun a sum is of ("package" for "package for Ukraine" and for bare "package"), or
    ``None`` for other figures.

    >>> sum_noun(Quantity(subject="loan to Chad", measure="value", value=5e6, unit="USD"))
    'loan'
    """
    head = _head(quantity.subject) if quantity.measure == "value" else None
    return None if head is None else head[0]


def bare_sum(quantity: Quantity) -> bool:
    """Whether *quantity* is a sum named by its noun alone ("loan"), which is compared only with
    the sums of one recipient that day (`sums_of_one_day`), never with other bare sums: two
    reports' "$40 million loan" may be two loans."""
    head = _head(quantity.subject) if quantity.measure == "value" else None
    return head is not None and head[1]


def head_keys(quantity: Quantity) -> list[Hashable]:
    """The keys that put a sum tied to a day (or a weekend) with the sums of its noun on that
    day: ``("head", noun, unit, day)`` for each of its days.

    >>> head_keys(Quantity(subject="loan to Chad", measure="value", value=5e6, unit="USD",
    ...                    when=TimeSpan.day(2031, 5, 7)))
    [('head', 'loan', 'USD', '2031-05-07')]
    """
    when = quantity.when
    head = _head(quantity.subject)
    if head is None or when is None or quantity.measure != "value" or when.granularity is not Granularity.DAY:
        return []
    first, last = when.first_day(), when.last_day()
    if first is None or last is None or (last - first).days >= _LONGEST_DAY_SPAN:
        return []
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    return [("head", head[0], quantity.unit or "", day.isoformat()) for day in days]


def sums_of_one_day(
    claims: Sequence[Claim], range_of: dict[int, tuple[float, float]]
) -> list[Claim]:
    """The claims of one noun's sums on one day that conflict: a sum named only by its noun
    against the sums of other documents that name their recipient, where they name only one
    (with two recipients, which one the bare noun means is unknown). Sums with a recipient are
    compared with each other under their own key, not here.

    *range_of* maps the index of each claim in *claims* to its range of values.
    """
    bare = [i for i, c in enumerate(claims) if _is_bare(c)]
    full = [i for i in range(len(claims)) if i not in bare]
    recipients = {folded(quantity_of(claims[i]).subject) for i in full}
    if not bare or len(recipients) != 1:
        return []
    involved: set[int] = set()
    for i in bare:
        for j in full:
            if claims[i].source.document_id == claims[j].source.document_id:
                continue
            (low, high), (other_low, other_high) = range_of[i], range_of[j]
            if high < other_low or other_high < low:
                involved |= {i, j}
    return [claims[i] for i in sorted(involved)]


def _is_bare(claim: Claim) -> bool:
    return bare_sum(quantity_of(claim))


def quantity_of(claim: Claim) -> Quantity:
    """The `Quantity` *claim* asserts (a figure's claim, by the caller's grouping)."""
    assertion = claim.assertion
    assert isinstance(assertion, Quantity)
    return assertion


def counted(claim: Claim) -> bool:
    """Whether *claim* is a count of things in an act (`Quantity.measure` ``"count"``)."""
    return isinstance(claim.assertion, Quantity) and claim.assertion.measure == "count"


def final_counts(
    claims: Sequence[Claim], range_of: dict[int, tuple[float, float]]
) -> Iterator[list[Claim]]:
    """The groups of conflicting counts of one thing in one act, across documents.

    A document that gives several counts of one act (the rounds of a vote, the stages of a
    withdrawal) ends on its final one, which alone is compared; documents are compared when
    published within `COUNT_WINDOW` of each other.
    """
    last: dict[str, int] = {}
    for i, claim in enumerate(claims):
        held = last.get(claim.source.document_id)
        if held is None or _offset(claims[held]) < _offset(claim):
            last[claim.source.document_id] = i
    finals = sorted(last.values(), key=lambda i: (_published(claims[i]), claims[i].ref))
    days = [_published(claims[i]) for i in finals]
    involved: set[int] = set()
    for k, day in enumerate(days):
        window = finals[k : bisect_right(days, day + min(COUNT_WINDOW, date.max - day))]
        involved |= {window[f] for f in disjoint_members([range_of[i] for i in window], closed=True)}
    if involved:
        yield [claims[i] for i in sorted(involved)]


def _offset(claim: Claim) -> int:
    return claim.evidence.offset if claim.evidence is not None else 0


def _published(claim: Claim) -> date:
    published: TimeSpan = claim.source.published
    return published.first_day() or published.last_day() or date.min
