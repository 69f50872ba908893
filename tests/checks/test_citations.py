"""Citations read from the claims of documents checked together: relays (SRC001), rings
(SRC002), one upstream counted as several confirmations (SRC004) and citations of later
articles (TIM003)."""

from __future__ import annotations

from claimcheck.checks import run_checks
from claimcheck.extract import extract
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Actor, ActorKind, Document, Finding, Source
from claimcheck.timespan import TimeSpan

KB = KnowledgeBase.default()


def _article(doc_id: str, outlet: str, published: str, text: str) -> Document:
    source = Source(
        document_id=doc_id,
        outlet=Actor(outlet, ActorKind.OUTLET),
        published=TimeSpan.from_iso(published),
    )
    return extract(text, source=source, kb=KB)


def _run(code: str, *documents: Document) -> list[Finding]:
    return run_checks(documents, KB, select=[code])


ORIGIN = _article(
    "chronicle",
    "Harbour Chronicle",
    "2023-06-12T07:00+02:00",
    "The port authority is considering closing two container terminals at Brekke, four "
    "managers familiar with the plans told the Harbour Chronicle.",
)
RELAY_ONE = _article(
    "northgate",
    "Northgate Times",
    "2023-06-12T15:00+02:00",
    "The port authority is weighing the closure of two container terminals at Brekke, the "
    "Harbour Chronicle reported on Monday, citing four managers.",
)
RELAY_TWO = _article(
    "lakeside",
    "Lakeside Post",
    "2023-06-13T09:00+02:00",
    "The port authority is considering shutting two container terminals at Brekke, the Harbour "
    "Chronicle reported, citing managers familiar with the plans.",
)
ROUNDUP_TEXT = (
    "The Harbour Chronicle report that the port authority is considering closing two container "
    "terminals at Brekke has since been confirmed by the Northgate Times and the Lakeside Post."
)


def test_relays_counted_as_confirmations_are_one_upstream() -> None:
    """Two outlets whose own articles only relay one report are one confirmation of it."""
    roundup = _article("roundup", "Weekly Harbour Review", "2023-06-16T12:00+00:00", ROUNDUP_TEXT)
    findings = _run("SRC004", ORIGIN, RELAY_ONE, RELAY_TWO, roundup)
    assert len(findings) == 1
    assert {"roundup", "northgate", "lakeside"} <= set(findings[0].documents)
    assert "Harbour Chronicle" in findings[0].message


def test_independent_confirmations_are_not_flagged() -> None:
    """Outlets with sources of their own confirm a report independently."""
    own_one = _article(
        "northgate",
        "Northgate Times",
        "2023-06-12T15:00+02:00",
        "The port authority is weighing the closure of two container terminals at Brekke, "
        "three dock workers told the Northgate Times.",
    )
    own_two = _article(
        "lakeside",
        "Lakeside Post",
        "2023-06-13T09:00+02:00",
        "The port authority is considering shutting two container terminals at Brekke, a union "
        "official told the Lakeside Post.",
    )
    roundup = _article("roundup", "Weekly Harbour Review", "2023-06-16T12:00+00:00", ROUNDUP_TEXT)
    assert _run("SRC004", ORIGIN, own_one, own_two, roundup) == []


RELAYING = _article(
    "ridge",
    "Ridge Herald",
    "2022-09-03T10:00+01:00",
    "The Ridge Herald, relaying a story by the Coastal Wire, wrote that the transport ministry "
    "had scrapped the tender for the northern rail line.",
)


def test_an_outlet_that_relayed_a_story_is_not_its_origin() -> None:
    """Crediting an outlet whose own words say it relayed the story hides the origin."""
    credited = _article(
        "brief",
        "Valley Evening Notes",
        "2022-09-04T18:00+01:00",
        "The Ridge Herald reported on Saturday that the transport ministry had dropped the "
        "tender for the northern rail line.",
    )
    findings = _run("SRC001", RELAYING, credited)
    assert [f.documents for f in findings] == [("brief", "ridge")]
    assert findings[0].fix == "according to Coastal Wire, as relayed by Ridge Herald"
    assert any("The Ridge Herald reported" in s.text for s in findings[0].spans)


def test_a_correct_origin_credit_is_not_flagged() -> None:
    """Crediting the outlet the story came from is right."""
    credited = _article(
        "brief",
        "Valley Evening Notes",
        "2022-09-04T18:00+01:00",
        "The Coastal Wire reported on Friday that the transport ministry had dropped the "
        "tender for the northern rail line.",
    )
    assert _run("SRC001", RELAYING, credited) == []


MORNING = _article(
    "morning",
    "Fjordside Gazette",
    "2021-11-17T08:00+02:00",
    "The city council is speeding up the purchase of twelve electric buses worth about "
    "€9 million, as the Inland Courier first reported.",
)
EVENING = _article(
    "evening",
    "Inland Courier",
    "2021-11-17T17:30+01:00",
    "The council is accelerating its purchase of twelve electric buses worth about €9 million, "
    "the Fjordside Gazette reported on Wednesday.",
)


def test_outlets_crediting_each_other_form_a_ring() -> None:
    """Two articles that credit each other's outlet with one story cite each other in a ring."""
    findings = _run("SRC002", MORNING, EVENING)
    assert [f.documents for f in findings] == [("evening", "morning")]
    assert any("as the Inland Courier first reported" in s.text for s in findings[0].spans)


def test_a_citation_of_a_later_article_is_out_of_order() -> None:
    """An article cannot credit a report published after it, compared across time zones."""
    findings = _run("TIM003", MORNING, EVENING)
    assert [(f.documents, f.spans[0].document) for f in findings] == [(("evening", "morning"), "morning")]


def test_citing_an_earlier_article_is_in_order() -> None:
    """Crediting an article published before is neither out of order nor a ring."""
    later = _article(
        "later",
        "Harbour Digest",
        "2021-11-18T09:00+01:00",
        "The council is accelerating its purchase of twelve electric buses worth about €9 million, "
        "the Inland Courier reported on Wednesday.",
    )
    assert _run("TIM003", EVENING, later) == []
    assert _run("SRC002", EVENING, later) == []


def test_a_future_plan_is_not_reported_as_past() -> None:
    """A meeting the text says will happen after publication is not a report out of order."""
    plan = _article(
        "plan",
        "Harbour Digest",
        "2021-11-18T09:00+01:00",
        "Finance ministers will meet in Tallinn on 2 December to discuss the budget.",
    )
    assert _run("TIM003", plan) == []
