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


LEDGER = _article(
    "ledger",
    "Moorland Ledger",
    "2022-05-10T14:00+02:00",
    "Two regional governments will share the cost of three new hospital ships for the islands, "
    "as the Tidewater Bulletin first reported on Tuesday morning.",
)
BULLETIN = _article(
    "bulletin",
    "Tidewater Bulletin",
    "2022-05-10T11:00+02:00",
    "Two regional governments are close to a deal to co-fund three hospital ships for the "
    "islands, the Quayside Herald reported on Tuesday, citing a harbour official.",
)
HERALD = _article(
    "herald",
    "Quayside Herald",
    "2022-05-10T09:00+03:00",
    "Two regional governments are preparing to pay for three more hospital ships for the "
    "islands, according to the Moorland Ledger and a harbour official who asked not to be named.",
)


def test_three_outlets_crediting_each_other_in_turn_form_a_ring() -> None:
    """A credits B, B credits C and C credits A: one ring of three documents."""
    findings = _run("SRC002", LEDGER, BULLETIN, HERALD)
    assert [f.documents for f in findings] == [("bulletin", "herald", "ledger")]
    assert any("as the Tidewater Bulletin first reported" in s.text for s in findings[0].spans)


def test_an_outlet_in_a_ring_is_not_a_relay_credited_as_origin() -> None:
    """Where the relays of a story lead back to the crediting outlet, it is a ring, not a relay."""
    assert _run("SRC001", LEDGER, BULLETIN, HERALD) == []


def test_a_ring_member_citing_a_later_article_is_out_of_order() -> None:
    """The ring's earliest article credits an outlet whose article came out hours later."""
    findings = _run("TIM003", LEDGER, BULLETIN, HERALD)
    assert [f.documents for f in findings] == [("herald", "ledger")]
    assert "Moorland Ledger" in findings[0].spans[0].text


def test_a_chain_of_relays_that_ends_outside_is_no_ring() -> None:
    """A credits B and B credits C, whose article has its own sources: no ring, but B is a
    relay, and C's article is named as the origin's."""
    origin = _article(
        "herald",
        "Quayside Herald",
        "2022-05-10T09:00+03:00",
        "Two regional governments are preparing to pay for three more hospital ships for the "
        "islands, a harbour official told the Quayside Herald.",
    )
    assert _run("SRC002", LEDGER, BULLETIN, origin) == []
    relays = _run("SRC001", LEDGER, BULLETIN, origin)
    assert [f.documents for f in relays] == [("bulletin", "herald", "ledger")]
    assert relays[0].fix == "according to Quayside Herald, as relayed by Tidewater Bulletin"


def test_a_delivery_date_in_an_infinitive_does_not_date_the_signing() -> None:
    """A date in "to be delivered by" dates the delivery still to come, not the past signing."""
    order = _article(
        "order",
        "Harbour Digest",
        "2021-03-02T09:00+01:00",
        "Three port cities have signed a joint order for 40 electric tugs to be delivered to "
        "the northern harbours by the end of the year, officials said.",
    )
    assert _run("TIM003", order) == []


def test_a_signing_dated_after_publication_is_out_of_order() -> None:
    """A past-tense signing dated after the document's publication is still flagged."""
    order = _article(
        "order",
        "Harbour Digest",
        "2021-03-02T09:00+01:00",
        "Three port cities signed a joint order for 40 electric tugs on 20 March 2021, officials said.",
    )
    assert [f.code for f in _run("TIM003", order)] == ["TIM003"]


def test_a_signing_dated_before_publication_is_in_order() -> None:
    """A past-tense signing dated before publication is in order, whatever follows it."""
    order = _article(
        "order",
        "Harbour Digest",
        "2021-03-02T09:00+01:00",
        "Three port cities signed a joint order for 40 electric tugs on 20 February, officials "
        "said.",
    )
    assert _run("TIM003", order) == []


SCOOP = _article(
    "scoop",
    "Granite Courier",
    "2020-02-04T07:00+01:00",
    "Four provinces have quietly bought 900 snow ploughs for the mountain roads, two officials "
    "told the Granite Courier.",
)
FIRST_RELAY = _article(
    "relay1",
    "Valley Post",
    "2020-02-04T15:00+01:00",
    "Four provinces have purchased 900 snow ploughs for mountain roads, the Granite Courier "
    "reported on Tuesday.",
)
SECOND_RELAY = _article(
    "relay2",
    "Alpine Herald",
    "2020-02-05T09:00+01:00",
    "A joint purchase of snow ploughs by four provinces for the mountain roads, first reported by "
    "the Valley Post on Tuesday, could grow to six provinces, two mayors said.",
)
NEWSLETTER = (
    "The Granite Courier's scoop about a joint purchase of snow ploughs for the mountain roads "
    "has since been confirmed independently by the Valley Post and the Alpine Herald, which "
    "settles it."
)


def test_a_relay_of_a_relay_is_no_independent_confirmation() -> None:
    """Two outlets, one relaying the other's relay of a scoop, are one confirmation of it."""
    letter = _article("letter", "Summit Letter", "2020-02-07T17:00+01:00", NEWSLETTER)
    findings = _run("SRC004", SCOOP, FIRST_RELAY, SECOND_RELAY, letter)
    assert [f.documents for f in findings] == [("letter", "relay1", "relay2", "scoop")]
    assert "Granite Courier" in findings[0].message


def test_confirmations_with_sources_of_their_own_are_independent() -> None:
    """Two outlets whose articles name sources of their own confirm a scoop independently."""
    own_one = _article(
        "relay1",
        "Valley Post",
        "2020-02-04T15:00+01:00",
        "Four provinces have purchased 900 snow ploughs for mountain roads, a road engineer told "
        "the Valley Post.",
    )
    own_two = _article(
        "relay2",
        "Alpine Herald",
        "2020-02-05T09:00+01:00",
        "A joint purchase of snow ploughs by four provinces for the mountain roads could grow to "
        "six provinces, two mayors said.",
    )
    letter = _article("letter", "Summit Letter", "2020-02-07T17:00+01:00", NEWSLETTER)
    assert _run("SRC004", SCOOP, own_one, own_two, letter) == []
