"""Findings as schema.org ClaimReview JSON-LD, one review per finding and document."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from claimcheck.errors import InputError
from claimcheck.model import (
    Assertion,
    Count,
    Document,
    DurationSince,
    EventDate,
    Finding,
    Ordinal,
    Quantity,
    RoleHeld,
    Severity,
    Source,
    Statement,
    TitleTime,
)
from claimcheck.timespan import Granularity, Modifier, TimeSpan

__all__ = ["CLAIMREVIEW_RATINGS", "findings_to_claimreview"]

CLAIMREVIEW_RATINGS: dict[Severity, tuple[int, str]] = {
    Severity.ERROR: (1, "Conflicting"),
    Severity.WARNING: (2, "Questionable"),
    Severity.INFO: (3, "Imprecise"),
}
"""The ``reviewRating`` of a finding of each severity: ``ratingValue`` and ``alternateName``
on a scale from 1 (``worstRating``) to 5 (``bestRating``, a claim without findings)."""

_BEST, _WORST = 5, 1


def findings_to_claimreview(
    findings: Iterable[Finding],
    documents: Iterable[Document],
    *,
    reviewer: str,
    review_date: date,
    review_url: str | None = None,
) -> list[dict[str, Any]]:
    """*findings* as schema.org ``ClaimReview`` objects (JSON-LD), ready for `json.dumps`.

    Each finding gives one review per document it names, so a conflict between two reports
    reviews each report's own words. A review holds:

    - ``claimReviewed``: what the finding's claims in that document assert, in plain words
      ("Jens Stoltenberg is Secretary General of NATO"); else its quoted spans there; else
      its message;
    - ``reviewRating``: a ``Rating`` from `CLAIMREVIEW_RATINGS` (by severity), with the
      message as ``ratingExplanation``;
    - ``itemReviewed``: a ``Claim`` whose ``appearance`` is the document (headline, url,
      publisher, date) and whose ``author`` is the document's byline (``Person``) or, without
      one, its outlet (``Organization``);
    - ``author``: the *reviewer* (an ``Organization``), ``datePublished``: *review_date*,
      and ``url``: *review_url*, the page that publishes the reviews, when given;
    - ``reviewBody``: the message, the facts with their sources, and the fix.

    A publication date goes out only when it is one day or an instant; a wider span ("late
    November") has no schema.org date and is left out. *review_date* is an argument, never
    today's date: ClaimReview requires it, and only the caller knows when the review is out.

    Args:
        findings: The findings to publish.
        documents: The documents they name (others are ignored).
        reviewer: The organization that publishes the reviews.
        review_date: The day the reviews are published.
        review_url: The address of the page that publishes them, if known.

    Returns:
        One JSON-LD object per finding and document, in the order of *findings*.

    Raises:
        InputError: A finding names a document that is not among *documents*.

    >>> from datetime import date
    >>> from claimcheck.model import Document, Finding, Severity, Source, Span
    >>> from claimcheck.timespan import TimeSpan
    >>> doc = Document(source=Source(document_id="a1", published=TimeSpan.day(2024, 12, 3)))
    >>> finding = Finding(code="NAM001", name="misspelled-name", category="name_error",
    ...                   severity=Severity.WARNING, message="'Jerry' looks misspelt",
    ...                   documents=("a1",), spans=(Span("a1", 4, "Jerry"),))
    >>> (review,) = findings_to_claimreview([finding], [doc], reviewer="Desk",
    ...                                      review_date=date(2024, 12, 5))
    >>> review["claimReviewed"], review["reviewRating"]["alternateName"]
    ('Jerry', 'Questionable')
    >>> review["reviewBody"]
    "'Jerry' looks misspelt."

    .. versionadded:: 0.1.0
    """
    if isinstance(review_date, datetime) or not isinstance(review_date, date):
        raise TypeError(f"review_date must be a date (got {review_date!r})")
    by_id = {d.id: d for d in documents}
    reviews = []
    for finding in findings:
        for document_id in finding.documents:
            document = by_id.get(document_id)
            if document is None:
                msg = "the finding names a document that is not among the documents given"
                raise InputError(msg, path=finding.code, value=document_id)
            review = _review(finding, document, reviewer, review_date)
            if review_url is not None:
                review["url"] = review_url
            reviews.append(review)
    return reviews


def _review(
    finding: Finding, document: Document, reviewer: str, review_date: date
) -> dict[str, Any]:
    source = document.source
    claims = [c for c in document.claims if c.ref in finding.claims]
    quoted = [s.text for s in finding.spans if s.document == source.document_id]
    reviewed = "; ".join(_assertion_text(c.assertion, document) for c in claims)
    value, label = CLAIMREVIEW_RATINGS[finding.severity]
    body = [finding.message]
    body.extend(f"{e.fact} (source: {e.source})" for e in finding.evidence)
    if finding.fix is not None:
        body.append(f"Suggested fix: {finding.fix}")
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": reviewed or " / ".join(quoted) or finding.message,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": _BEST,
            "worstRating": _WORST,
            "alternateName": label,
            "ratingExplanation": finding.message,
        },
        "itemReviewed": _claim(source),
        "author": {"@type": "Organization", "name": reviewer},
        "datePublished": review_date.isoformat(),
        "reviewBody": " ".join(_sentence(part) for part in body),
        "name": f"{finding.code} {finding.name}",
    }


def _claim(source: Source) -> dict[str, Any]:
    appearance: dict[str, Any] = {"@type": "NewsArticle", "identifier": source.document_id}
    if source.title is not None:
        appearance["headline"] = source.title
    if source.url is not None:
        appearance["url"] = source.url
    published = _schema_date(source.published)
    if published is not None:
        appearance["datePublished"] = published
    if source.outlet is not None:
        appearance["publisher"] = {"@type": "Organization", "name": source.outlet.name}
    claim: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
    if published is not None:
        claim["datePublished"] = published
    if source.byline:
        claim["author"] = [{"@type": "Person", "name": name} for name in source.byline]
    elif source.outlet is not None:
        claim["author"] = {"@type": "Organization", "name": source.outlet.name}
    return claim


def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?")) else f"{text}."


_TITLE_VERBS = {
    TitleTime.PRESENT: "is",
    TitleTime.FORMER: "is a former",
    TitleTime.THEN: "was then",
    TitleTime.FUTURE: "will be",
}


def _assertion_text(assertion: Assertion, document: Document) -> str:
    """What *assertion* says, in a plain sentence without the document's own words."""
    if isinstance(assertion, RoleHeld):
        office = (
            assertion.role
            if assertion.organization is None
            else f"{assertion.role} of {assertion.organization}"
        )
        acting = "acting " if assertion.acting else ""
        when = "" if assertion.when is None else f" ({assertion.when.isoformat()})"
        return f"{assertion.actor.name} {_TITLE_VERBS[assertion.title_time]} {acting}{office}{when}"
    if isinstance(assertion, EventDate):
        event = document.event(assertion.event)
        name = event.name or event.kind.replace("_", " ")
        return f"{name} took place on {assertion.when.isoformat()}"
    if isinstance(assertion, Quantity):
        unit = "" if assertion.unit is None else f" {assertion.unit}"
        return f"{assertion.subject}: {assertion.measure} {assertion.value:g}{unit}"
    if isinstance(assertion, DurationSince):
        return f"{assertion.subject}: {assertion.length} since {assertion.since.isoformat()}"
    if isinstance(assertion, Count):
        return f"{assertion.subject}: {assertion.value}"
    if isinstance(assertion, Ordinal):
        return f"{assertion.subject}: number {assertion.position} of {assertion.series}"
    if isinstance(assertion, Statement):
        return assertion.content
    return f"{assertion.when.isoformat()} is a {assertion.weekday}"


def _schema_date(span: TimeSpan) -> str | None:
    """The schema.org ``Date`` or ``DateTime`` of *span*, if it is one day or an instant."""
    if span.modifier is not Modifier.EXACT or span.start is None:
        return None
    if isinstance(span.start, datetime):
        return span.start.isoformat()
    if span.granularity is Granularity.DAY and span.first_day() == span.last_day():
        return span.start.isoformat()
    return None
