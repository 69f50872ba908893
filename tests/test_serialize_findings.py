"""Findings as JSON (``findings_to_json``/``findings_from_json``) and as ClaimReview JSON-LD."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.errors import InputError
from claimcheck.model import (
    Actor,
    ActorKind,
    Claim,
    Count,
    Document,
    Event,
    EventDate,
    Evidence,
    Finding,
    RoleHeld,
    Severity,
    Source,
    Span,
)
from claimcheck.serialize import (
    CLAIMREVIEW_RATINGS,
    findings_from_json,
    findings_to_claimreview,
    findings_to_json,
)
from claimcheck.strategies import findings
from claimcheck.timespan import TimeSpan

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "docs" / "findings.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

_IDS = st.sampled_from(["a1", "b.2", "seed_000", "x:y-z"])


def _finding(**changes: Any) -> Finding:
    fields: dict[str, Any] = {
        "code": "TIM001",
        "name": "event-date-conflict",
        "category": "event_date_conflict",
        "severity": Severity.ERROR,
        "message": "the reports disagree on the date",
        "documents": ("a1", "a2"),
        "claims": ("a1#date", "a2#date"),
        "spans": (Span("a1", 10, "on 18 October"), Span("a2", 20, "on October 16")),
        "evidence": (
            Evidence(
                fact="The meeting took place on 18 October 2024", source="https://example.org/"
            ),
        ),
        "fix": "18 October 2024",
    }
    return Finding(**{**fields, **changes})


@given(st.lists(findings(), max_size=3), st.lists(_IDS, max_size=3))
def test_json_round_trips_and_fits_the_schema(
    findings: list[Finding], documents: list[str]
) -> None:
    """Any findings come back equal through JSON text, in data valid under the published schema,
    with a summary that counts them all."""
    data = findings_to_json(findings, documents=documents)
    VALIDATOR.validate(data)
    assert findings_from_json(json.loads(json.dumps(data))) == findings
    summary = data["summary"]
    assert summary["findings"] == len(findings) == sum(summary["by_severity"].values())
    assert set(summary["documents"]) == set(documents) | {d for f in findings for d in f.documents}


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    """The shipped schema is itself valid under the JSON Schema 2020-12 meta-schema."""
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_schema_refuses_a_finding_without_a_key() -> None:
    """The schema requires every key of a finding, so consumers can rely on them."""
    data = findings_to_json([_finding()])
    del data["findings"][0]["fix"]
    with pytest.raises(jsonschema.ValidationError, match="'fix' is a required property"):
        VALIDATOR.validate(data)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(version=2), "<data>: $.version: expected version 1 (got 2)"),
        (lambda d: d.update(findings={}), "<data>: $.findings: expected an array (got {})"),
        (
            lambda d: d["findings"][0].update(severity="fatal"),
            "<data>: $.findings[0].severity: expected error, warning or info (got 'fatal')",
        ),
        (
            lambda d: d["findings"][0]["spans"][1].update(offset=-1),
            "<data>: $.findings[0].spans[1]: 'offset' must be >= 0: -1",
        ),
        (
            lambda d: d["findings"][0]["evidence"][0].update(extra=1),
            "<data>: $.findings[0].evidence[0].extra: unknown key (got 'extra')",
        ),
        (
            lambda d: d["findings"][0].update(code="T1"),
            "<data>: $.findings[0]: 'code' must match regex '^[A-Z]{3}[0-9]{3}$' ('T1' doesn't)",
        ),
    ],
)
def test_json_reader_names_the_path(change: Any, message: str) -> None:
    """Data that does not fit is refused with an InputError naming the path and the value."""
    data = findings_to_json([_finding()])
    change(data)
    with pytest.raises(InputError) as info:
        findings_from_json(data)
    assert str(info.value) == message


# -- ClaimReview --------------------------------------------------------------------------


def _documents() -> list[Document]:
    wire = Actor("Example Wire", ActorKind.OUTLET)
    first = Source(
        document_id="a1",
        published=TimeSpan.moment(datetime(2024, 10, 16, 13, 40, tzinfo=timezone.utc)),
        outlet=wire,
        title="Leaders meet in Berlin",
        url="https://example.org/a1",
        byline=("A. Writer", "B. Writer"),
    )
    second = Source(
        document_id="a2", published=TimeSpan.from_iso("2024-11-23/2024-11-24"), outlet=wire
    )
    return [Document(source=first), Document(source=second)]


def test_claimreview_has_one_review_per_finding_and_document() -> None:
    """A cross-document finding reviews each document's claim, rated by the finding's severity."""
    reviews = findings_to_claimreview(
        [_finding()], _documents(), reviewer="Example Desk", review_date=date(2024, 12, 10)
    )
    assert [r["claimReviewed"] for r in reviews] == ["on 18 October", "on October 16"]
    first, second = reviews
    assert first["@context"] == "https://schema.org"
    assert first["@type"] == "ClaimReview"
    assert first["author"] == {"@type": "Organization", "name": "Example Desk"}
    assert first["datePublished"] == "2024-12-10"
    value, label = CLAIMREVIEW_RATINGS[Severity.ERROR]
    assert first["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": value,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": label,
        "ratingExplanation": "the reports disagree on the date",
    }
    assert first["itemReviewed"] == {
        "@type": "Claim",
        "appearance": {
            "@type": "NewsArticle",
            "identifier": "a1",
            "headline": "Leaders meet in Berlin",
            "url": "https://example.org/a1",
            "datePublished": "2024-10-16T13:40:00+00:00",
            "publisher": {"@type": "Organization", "name": "Example Wire"},
        },
        "datePublished": "2024-10-16T13:40:00+00:00",
        "author": [
            {"@type": "Person", "name": "A. Writer"},
            {"@type": "Person", "name": "B. Writer"},
        ],
    }
    assert "url" not in first
    assert "datePublished" not in second["itemReviewed"]["appearance"]
    assert second["itemReviewed"]["author"] == {"@type": "Organization", "name": "Example Wire"}
    assert first["reviewBody"] == (
        "the reports disagree on the date. The meeting took place on 18 October 2024 "
        "(source: https://example.org/). Suggested fix: 18 October 2024."
    )


def test_claimreview_reviews_what_the_claims_assert() -> None:
    """``claimReviewed`` says in plain words what each of the finding's claims asserts."""
    source = Source(document_id="a1", published=TimeSpan.day(2024, 12, 3))
    stale = Claim(
        id="sg",
        source=source,
        assertion=RoleHeld(
            actor=Actor("Jens Stoltenberg"), role="Secretary General", organization="NATO"
        ),
    )
    meeting = Claim(
        id="date",
        source=source,
        assertion=EventDate(event="berlin", when=TimeSpan.day(2024, 10, 16)),
    )
    members = Claim(id="members", source=source, assertion=Count(subject="NATO members", value=31))
    document = Document(
        source=source,
        claims=(stale, meeting, members),
        events=(Event(id="berlin", kind="meeting", name="Berlin meeting"),),
    )
    finding = _finding(documents=("a1",), claims=("a1#sg", "a1#date", "a1#members"), spans=())
    (review,) = findings_to_claimreview(
        [finding], [document], reviewer="Desk", review_date=date(2024, 12, 10)
    )
    assert review["claimReviewed"] == (
        "Jens Stoltenberg is Secretary General of NATO; "
        "Berlin meeting took place on 2024-10-16; NATO members: 31"
    )


def test_claimreview_url_is_the_review_page() -> None:
    """*review_url* becomes every review's ``url``: the page that publishes them."""
    reviews = findings_to_claimreview(
        [_finding()],
        _documents(),
        reviewer="Desk",
        review_date=date(2024, 12, 10),
        review_url="https://desk.example/checks/berlin",
    )
    assert [r["url"] for r in reviews] == ["https://desk.example/checks/berlin"] * 2


def test_claimreview_falls_back_on_the_message() -> None:
    """A finding without spans in a document reviews its message."""
    (review,) = findings_to_claimreview(
        [_finding(documents=("a2",), spans=(), severity=Severity.INFO)],
        _documents(),
        reviewer="Desk",
        review_date=date(2024, 12, 10),
    )
    assert review["claimReviewed"] == "the reports disagree on the date"
    assert review["reviewRating"]["ratingValue"] == CLAIMREVIEW_RATINGS[Severity.INFO][0]


def test_claimreview_ratings_order_the_severities() -> None:
    """A worse severity has a lower rating, and every rating lies between worst and best."""
    values = [CLAIMREVIEW_RATINGS[s][0] for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)]
    assert values == sorted(values)
    assert values[0] >= 1 and values[-1] < 5


def test_claimreview_refuses_an_unknown_document_and_a_datetime() -> None:
    """A finding about a document not given, or a review date that is a datetime, is refused."""
    with pytest.raises(InputError, match="not among the documents given"):
        findings_to_claimreview(
            [_finding()], _documents()[:1], reviewer="Desk", review_date=date(2024, 12, 10)
        )
    with pytest.raises(TypeError, match="review_date must be a date"):
        findings_to_claimreview(
            [], [], reviewer="Desk", review_date=datetime(2024, 12, 10, tzinfo=timezone.utc)
        )
