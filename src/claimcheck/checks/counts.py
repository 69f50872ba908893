"""Checks of numbers: durations against their endpoints, ordinals and counts against the facts,
and one quantity reported with different values (family ``CNT``)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Hashable, Iterable, Iterator
from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta

from claimcheck.checks._quantities import (
    EXACT_SLACK,
    NUMBER_MEASURE,
    bare_sum,
    counted,
    final_counts,
    head_keys,
    quantity_of,
    sums_of_one_day,
)
from claimcheck.checks._registry import Group, check
from claimcheck.checks._relays import RELAY_KEY, changed, relay_keys, relayed_figures, relays_among
from claimcheck.checks._support import (
    OFFICE_SERIES,
    REPORTED_AS_FACT,
    accession,
    asserted,
    describe_span,
    disjoint_members,
    emit,
    evidence_of,
    folded,
    office_taken,
    reference_time,
)
from claimcheck.kb import CountAnswer, EventRecord, KnowledgeBase, Tenure, Truth
from claimcheck.model import Claim, Count, Document, DurationSince, Finding, Ordinal, Quantity, Severity, Statement
from claimcheck.timespan import Duration, Granularity, Modifier, TimeSpan

__all__ = [
    "count_against_facts",
    "duration_fits",
    "duration_mismatch",
    "ordinal_against_count",
    "quantity_conflict",
]

_UNITS = ("years", "months", "weeks", "days", "hours", "minutes", "seconds")
_AT_LEAST = frozenset({Modifier.MORE_THAN, Modifier.EQUAL_OR_MORE})
_AT_MOST = frozenset({Modifier.LESS_THAN, Modifier.EQUAL_OR_LESS})


_HALF_UNIT = {
    "years": relativedelta(months=6),
    "months": relativedelta(days=15),
    "weeks": relativedelta(days=3),
    "days": relativedelta(hours=12),
    "hours": relativedelta(minutes=30),
    "minutes": relativedelta(seconds=30),
    "seconds": relativedelta(),
}
"""Half of each unit: the slack of a length of one ("a year" is six to eighteen months)."""


_FEW = 2
"""The largest count of years or months that allows only half a unit either way: one unit
either way would halve "two years" to one."""
_LONG_UNITS = frozenset({"years", "months"})


def _tolerance(length: Duration) -> relativedelta:
    """The slack a stated length allows: one of its largest unit (half of it for a length
    of one, or of two years or months: "a year" is not a few months, "two years" not
    thirteen months), and for
    "about" or "some" a slack that grows with the size and the unit (`_approximate_slack`)."""
    for unit in _UNITS:
        amount = getattr(length, unit)
        if amount:
            if length.modifier is not Modifier.APPROX and (amount == 1 or (amount <= _FEW and unit in _LONG_UNITS)):
                return _HALF_UNIT[unit]
            slack = _approximate_slack(unit, amount) if length.modifier is Modifier.APPROX else 1
            return Duration(**{unit: slack}).to_relativedelta()  # type: ignore[arg-type]
    return relativedelta()


def _approximate_slack(unit: str, amount: int) -> int:
    """How many *unit* "about *amount*" may be off: news rounds years to the year below two
    decades and to the five or ten above ("some 14 years" is 13 to 15, "about 30 years" 27
    to 33); months to the month below a year, then to the quarter or half year ("about 18
    months" is 15 to 21); shorter units by a fifth.

    >>> _approximate_slack("years", 14), _approximate_slack("years", 30), _approximate_slack("months", 18)
    (1, 3, 3)
    """
    if unit == "years":
        return 1 if amount < 20 else round(amount / 10)
    if unit == "months":
        return 1 if amount < 12 else max(2, round(amount * 0.15))
    return max(1, round(amount * 0.2))


def _shift(day: date, delta: relativedelta, sign: int) -> date | None:
    """*day* moved by *delta*, to the day (hours and minutes land within a day), or ``None``
    past the calendar's ends."""
    try:
        result: date = day + delta if sign > 0 else day - delta
    except (OverflowError, ValueError):
        return None
    return result.date() if isinstance(result, datetime) else result


def duration_fits(since: TimeSpan, until: TimeSpan, length: Duration) -> bool:
    """Whether *length*, as stated (with its hedge), can be the time from *since* to *until*.

    The length may end on any day of *until*, counted from any day of *since*; an exact
    length allows one unit of its largest field either way ("16 years" is 15 to 17 years;
    half a unit for a length of one, or two years or months: "a year" is 6 to 18 months,
    "two years" 18 to 30),
    "about" the slack of `_approximate_slack`, "more than" and "less than" only one side.

    >>> duration_fits(TimeSpan.year(2008), TimeSpan.day(2024, 10, 16), Duration(years=16))
    True
    >>> duration_fits(TimeSpan.year(2008), TimeSpan.day(2024, 10, 16), Duration(years=20))
    False
    """
    first, last = since.first_day(), since.last_day()
    until_first, until_last = until.first_day(), until.last_day()
    if None in (first, last, until_first, until_last):
        return True
    assert first is not None and last is not None and until_first is not None and until_last is not None
    delta = length.to_relativedelta()
    slack = _tolerance(length)
    earliest = _shift(first, delta, +1) if length.modifier in _AT_LEAST else _shift(first, delta - slack, +1)
    latest = _shift(last, delta, +1) if length.modifier in _AT_MOST else _shift(last, delta + slack, +1)
    if length.modifier in _AT_MOST:
        earliest = first
    if length.modifier in _AT_LEAST:
        latest = None
    if earliest is not None and earliest > until_last:
        return False
    return latest is None or latest >= until_first


@check("CNT001", "duration-mismatch", category="arithmetic", severity=Severity.WARNING)
def duration_mismatch(doc: Document, kb: KnowledgeBase) -> Iterator[Finding]:
    """Flag a length of time that does not fit its own starting point and the time of writing.

    "weighed for 16 years" since 2008, written in October 2024, fits (15 to 17 years are
    allowed for a round figure); "for 20 years" would not.

    Why it matters:
        A wrong duration usually betrays a wrong start date, or a figure copied from an older
        story.

    Example:
        A story of 2024 says the alliance has debated membership "for 20 years" since 2008.

    References:
        The claim's own starting point and reference time.

    .. versionadded:: 0.1.0
    """
    for claim, assertion in asserted(doc, DurationSince):
        until = reference_time(claim, assertion.as_of)
        if not duration_fits(assertion.since, until, assertion.length):
            yield emit(
                duration_mismatch,
                message=(
                    f"{assertion.subject}: {_length(assertion.length)} since {describe_span(assertion.since)} "
                    f"does not reach {describe_span(until)}"
                ),
                claims=[claim],
                spans=[claim.evidence],
            )


@check("CNT002", "ordinal-against-count", category="arithmetic", severity=Severity.WARNING)
def ordinal_against_count(doc: Document, kb: KnowledgeBase) -> Iterator[Finding]:
    """Flag an ordinal that does not fit the count of its series at the time.

    "the spot for the 33rd member" (the next one) fits a series of 32; "Sweden, the 32nd
    member" needs at least 32, and where the facts date the subject's accession to the body,
    exactly the count of that day ("North Macedonia, the 29th member" joined as the 30th).
    An office's holders ("became the 47th president") are measured only on the count of the
    first day of the tenure their subject began within a month before.

    Why it matters:
        An ordinal carries a count; a wrong one betrays an outdated count or a wrong subject.

    Example:
        A story of late 2024 calls Ukraine the would-be 32nd member of NATO, which had 32.

    References:
        The knowledge-base counts of the series, with their sources.

    .. versionadded:: 0.1.0
    """
    for claim, assertion in asserted(doc, Ordinal):
        at = reference_time(claim, assertion.when)
        joined: tuple[EventRecord | Tenure, CountAnswer] | None = accession(kb, assertion, at)
        joined = joined or office_taken(kb, assertion, at)
        if joined is not None:
            event, answer = joined
            if answer.value != assertion.position:
                how = "joined" if isinstance(event, EventRecord) else "took office"
                day = event.when if isinstance(event, EventRecord) else event.start
                yield emit(
                    ordinal_against_count,
                    message=(
                        f"{assertion.subject} is given the position {assertion.position} of "
                        f"{answer.what}, but {how} as number {_plain(answer.value)} on "
                        f"{describe_span(day)}"
                    ),
                    claims=[claim],
                    spans=[claim.evidence],
                    evidence=evidence_of((event, *answer.records)),
                    fix=f"position {_plain(answer.value)}",
                )
            continue
        if assertion.series.endswith(tuple(OFFICE_SERIES)):
            continue  # an office's holders: measured only on the taking of office
        answer = kb.count_at(assertion.series, reference_time(claim, assertion.when))
        value = answer.value
        if value is None:
            continue
        expected = assertion.position - 1
        wrong = value != expected if assertion.prospective else value < assertion.position
        if wrong:
            which = "next" if assertion.prospective else "existing"
            yield emit(
                ordinal_against_count,
                message=(
                    f"{assertion.subject} is given the {which} position {assertion.position} of "
                    f"{answer.what}, which numbered {_plain(value)} then"
                ),
                claims=[claim],
                spans=[claim.evidence],
                evidence=evidence_of(answer.records),
                fix=f"position {int(value) + 1}" if assertion.prospective else None,
            )


@check("CNT003", "count-against-facts", category="arithmetic", severity=Severity.WARNING)
def count_against_facts(doc: Document, kb: KnowledgeBase) -> Iterator[Finding]:
    """Flag a count that differs from the count the facts give for that time.

    A count that leaves members out ("his 31 counterparts", `Count.excluded`) is compared
    by the size of the series it implies: 31 counterparts and one minister make 32.

    Why it matters:
        Counts date quickly ("30 members" after Finland and Sweden joined) and are easy to
        verify.

    Example:
        A story of October 2024 speaks of "all 31 member countries" of NATO, which had 32.

    References:
        The knowledge-base counts of the series, with their sources.

    .. versionadded:: 0.1.0
    """
    for claim, assertion in asserted(doc, Count):
        answer = kb.count_at(assertion.subject, reference_time(claim, assertion.when))
        verdict = answer.assess(assertion.implied)
        if verdict.truth is Truth.FALSE:
            given = str(assertion.value)
            if assertion.excluded:
                given += f" (so {assertion.implied} with the {assertion.excluded} left out)"
            fix = None
            if answer.value is not None:
                fix = _plain(answer.value - assertion.excluded)
            yield emit(
                count_against_facts,
                message=(
                    f"{answer.what} given as {given}, but the count was "
                    f"{_plain(answer.value)} at {describe_span(answer.when)}"
                ),
                claims=[claim],
                spans=[claim.evidence],
                evidence=evidence_of(verdict.records),
                fix=fix,
            )


def _plain(value: float | None) -> str:
    """A number as a reader writes it: "32", "725,000,000", "2.5"."""
    if value is None:
        return "unknown"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


_HEDGE_TEXT = {
    Modifier.APPROX: "about ",
    Modifier.MORE_THAN: "more than ",
    Modifier.LESS_THAN: "less than ",
    Modifier.EQUAL_OR_MORE: "at least ",
    Modifier.EQUAL_OR_LESS: "at most ",
}


def _length(length: Duration) -> str:
    """A length as a reader writes it: "20 years", "about 1 year and 6 months", "1 week".

    >>> _length(Duration(years=2, months=6, modifier=Modifier.MORE_THAN))
    'more than 2 years and 6 months'
    """
    parts = []
    for unit in _UNITS:
        amount = getattr(length, unit)
        if amount:
            parts.append(f"{amount} {unit if amount != 1 else unit[:-1]}")
    text = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
    return _HEDGE_TEXT.get(length.modifier, "") + text


# -- one quantity, several values ---------------------------------------------------------

#: Relative slack of an approximate figure (an exact one allows rounding, `EXACT_SLACK`); an
#: approximate count of things ("some 12,000 troops") is rounded to its leading figures, so
#: it allows less.
APPROX_SLACK = 0.15
APPROX_COUNT_SLACK = 0.05


def _quantity_key(claim: Claim, document: Document, kb: KnowledgeBase) -> Iterable[Hashable]:
    assertion = claim.assertion
    if not isinstance(assertion, Quantity) or claim.modality not in REPORTED_AS_FACT:
        return relay_keys(claim) if isinstance(assertion, Statement) else ()
    if assertion.measure == NUMBER_MEASURE:
        return relay_keys(claim)  # a number of things in passing: compared only relay to source
    when = assertion.when
    if bare_sum(assertion):
        return [*head_keys(assertion), *relay_keys(claim)]
    same = (folded(assertion.subject), folded(assertion.measure), folded(assertion.unit or ""))
    if when is None:
        return [(*same, None), *relay_keys(claim)]
    period = when.isoformat() if when.granularity is Granularity.DAY else when.coarsen(Granularity.YEAR).isoformat()
    return [(*same, period), (*same, None), *head_keys(assertion), *relay_keys(claim)]


def _bounds_compared(quantities: Iterable[Quantity]) -> bool:
    """Whether *quantities* all bear one hedge of one side ("up to 30,000" and "up to 40,000"
    troops): the reports then state a bound each, and differing bounds disagree."""
    modifiers = {q.modifier for q in quantities}
    return len(modifiers) == 1 and modifiers <= _AT_LEAST | _AT_MOST


def _range(quantity: Quantity, *, as_bound: bool = False) -> tuple[float, float]:
    """The values *quantity* allows: a hedge of one side bounds one side only, unless
    *as_bound* (`_bounds_compared`), which compares the bound itself."""
    value = quantity.value
    modifier = quantity.modifier
    if as_bound:
        return value - abs(value) * EXACT_SLACK, value + abs(value) * EXACT_SLACK
    if modifier in (Modifier.MORE_THAN, Modifier.EQUAL_OR_MORE):
        return value, float("inf")
    if modifier in (Modifier.LESS_THAN, Modifier.EQUAL_OR_LESS):
        return float("-inf"), value
    approximate = APPROX_COUNT_SLACK if quantity.measure == "count" else APPROX_SLACK
    slack = abs(value) * (approximate if modifier is Modifier.APPROX else EXACT_SLACK)
    return value - slack, value + slack


@check(
    "CNT004",
    "quantity-conflict",
    category="numeric_conflict",
    severity=Severity.WARNING,
    key=_quantity_key,
)
def quantity_conflict(group: Group, kb: KnowledgeBase) -> Iterator[Finding]:
    """Flag one quantity given different values by different claims.

    Claims are grouped by subject, measure, unit and, for a figure tied to a time, its day
    when it is tied to a day (one day's announcement), else its year; a figure tied to no
    time is compared with the other such figures, and with the figures of the week before
    its report when those are of one day or agree with each other (the latest package, not
    an older one);
    an exact figure allows rounding, an approximate one about 15 %, "more than" and "less
    than" one side.

    Why it matters:
        Transposed digits ($725 million against $752 million) spread quickly through
        re-reports.

    Example:
        One report puts an aid package at $725 million, another at $752 million.

    References:
        The claims themselves.

    .. versionadded:: 0.1.0
    """
    if group.key == RELAY_KEY:
        for relay, source in relayed_figures(group.members):
            if changed(relay, source):
                how = f"{relay.source.document_id} relays {source.source.document_id} with another value"
                yield from _finding([relay, source], how=how)
        return
    claims = [m.claim for m in group.members]
    relays = relays_among(c for c in claims if not counted(c))
    claims = [c for c in claims if c.ref not in relays]  # each set against its own source
    range_of = {i: _range(c.assertion) for i, c in enumerate(claims) if isinstance(c.assertion, Quantity)}
    if group.key[0] == "head":  # type: ignore[index]
        yield from _finding(sums_of_one_day(claims, range_of))
        return
    if all(counted(c) for c in claims):
        if _bounds_compared(quantity_of(c) for c in claims):
            range_of = {i: _range(quantity_of(c), as_bound=True) for i, c in enumerate(claims)}
        for conflicting in final_counts(claims, range_of):
            yield from _finding(conflicting)
        return
    if group.key[-1] is not None:  # type: ignore[index]
        yield from _conflict(claims)
        return
    undated = [c for c in claims if _when(c) is None]
    yield from _conflict(undated)
    week = _Week(c for c in claims if _when(c) is not None)
    for claim in undated:
        recent, ranges = week.before(claim.source.published)
        low, high = _range(claim.assertion) if isinstance(claim.assertion, Quantity) else (0.0, 0.0)
        differing = [c for c, (lo, hi) in zip(recent, ranges) if high < lo or hi < low]
        if differing:
            yield from _conflict([claim, *differing])


#: How far back an undated figure reaches for the dated figures it speaks of: the week of news
#: before its report.
RECENT = timedelta(days=7)


def _when(claim: Claim) -> TimeSpan | None:
    return claim.assertion.when if isinstance(claim.assertion, Quantity) else None


class _Week:
    """Dated figures in order of time, so that the week before a report is found by bisection."""

    def __init__(self, dated: Iterable[Claim]) -> None:
        spans = []
        for claim in dated:
            when = _when(claim)
            first = None if when is None else when.first_day()
            last = None if when is None else when.last_day()
            if first is not None and last is not None:
                spans.append((first, last, claim))
        spans.sort(key=lambda item: (item[0], item[2].ref))
        self._spans = spans
        self._starts = [first for first, _, _ in spans]
        self._seen: dict[tuple[date, date], tuple[list[Claim], list[tuple[float, float]]]] = {}

    def before(self, published: TimeSpan) -> tuple[list[Claim], list[tuple[float, float]]]:
        """The figures dated within the week up to *published*, with their ranges; none when
        they are of several days and disagree (several packages: which one is meant?)."""
        first, last = published.first_day(), published.last_day()
        if first is None or last is None:
            return [], []
        known = self._seen.get((first, last))
        if known is not None:
            return known
        since = first - min(RECENT, first - date.min)  # the week before, within the calendar
        window = self._spans[bisect_left(self._starts, since) : bisect_right(self._starts, last)]
        recent = [claim for _, end, claim in window if end <= last]
        ranges = [_range(c.assertion) for c in recent if isinstance(c.assertion, Quantity)]
        if len({_when(c) for c in recent}) > 1 and disjoint_members(ranges, closed=True):
            recent, ranges = [], []
        self._seen[first, last] = (recent, ranges)
        return recent, ranges


def _conflict(claims: list[Claim]) -> Iterator[Finding]:
    """The finding for the claims among *claims* whose values cannot all be right, if any."""
    ranges = [_range(c.assertion) for c in claims if isinstance(c.assertion, Quantity)]
    yield from _finding([claims[i] for i in disjoint_members(ranges, closed=True)])


def _finding(involved: list[Claim], *, how: str = "the values differ") -> Iterator[Finding]:
    """The finding for *involved*, claims whose values cannot all be right, if any; *how*
    says how they came to differ."""
    if not involved:
        return
    ordered = sorted(involved, key=lambda c: c.ref)
    first_quantity = ordered[0].assertion
    assert isinstance(first_quantity, Quantity)
    values = "; ".join(
        f"{c.source.document_id} says {_plain(c.assertion.value)}" for c in ordered if isinstance(c.assertion, Quantity)
    )
    unit = f" ({first_quantity.unit})" if first_quantity.unit else ""
    yield emit(
        quantity_conflict,
        message=f"{first_quantity.subject}, {first_quantity.measure}{unit}: {how} ({values})",
        claims=ordered,
        spans=[c.evidence for c in ordered],
    )
