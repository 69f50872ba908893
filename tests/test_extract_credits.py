"""Statements credited to sources: corroboration and origin phrases, what the SRC checks make
of them across the documents checked together, and the words around a cue."""

from __future__ import annotations

import pytest

from claimcheck._extract_credits import OutletNames, sourcing_phrases
from claimcheck.checks import run_checks
from claimcheck.checks._propositions import same_proposition
from claimcheck.extract import extract
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Actor, ActorKind, Document, Finding, Source, Statement
from claimcheck.timespan import TimeSpan

KB = KnowledgeBase.default()


def _phrases(sentence: str) -> list[tuple[str, list[str]]]:
    found = sourcing_phrases(sentence, OutletNames(sentence, None))
    return [(p.weighing.value, [a.speaker_name for a in p.attributions]) for p in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The memo, confirmed by both Reuters and the Fjord Post, said the toll was cut.",
            [("corroboration", ["Reuters", "Fjord Post"])],
        ),
        (
            "The toll was cut, according to two outlets, the Fjord Post and Reuters.",
            [("corroboration", ["Fjord Post", "Reuters"])],
        ),
        (
            "Reuters and the Fjord Post both reported that the toll was cut.",
            [("corroboration", ["Reuters", "Fjord Post"])],
        ),
        (
            "The cut has since been corroborated by several outlets.",
            [("corroboration", ["several outlets"])],
        ),
        ("The toll cut was first reported by the Fjord Post.", [("origin", ["Fjord Post"])]),
        (
            "The Fjord Post, which broke the story, said the toll was cut.",
            [("origin", ["Fjord Post"])],
        ),
        ("An exclusive by the Fjord Post said the toll was cut.", [("origin", ["Fjord Post"])]),
        ("The Fjord Post revealed that the toll was cut.", [("origin", ["Fjord Post"])]),
        (
            "The toll was cut, according to reports in the Fjord Post and Reuters.",
            [("corroboration", ["Fjord Post", "Reuters"])],
        ),
        (
            "The toll was cut, the Fjord Post reported in an exclusive on Friday.",
            [("origin", ["Fjord Post"])],
        ),
        ("According to a Fjord Post scoop, the toll was cut.", [("origin", ["Fjord Post"])]),
        (
            "The toll was cut by half, as the Nordhavn Institute's study revealed on Monday.",
            [("origin", ["Nordhavn Institute"])],
        ),
        (
            "The toll cut was confirmed independently by the Fjord Post and the Skerry Lantern.",
            [("corroboration", ["Fjord Post", "Skerry Lantern"])],
        ),
    ],
)
def test_phrases_about_sources_are_read(sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    """Corroboration names two sources or more, or counts them; origin names one outlet."""
    assert _phrases(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway and Sweden both said the toll was cut.",
        "The toll was confirmed by Reuters on Monday.",
        "Officials in Oslo and Bergen reported that the toll was cut.",
        "The report said the toll was cut.",
        "Minister Kari Holm revealed that the toll was cut.",
        "The toll was cut by half, as the Nordhavn Institute's director said on Monday.",
        "The toll was confirmed by the Fjord Post and the transport ministry.",
    ],
)
def test_other_phrases_name_no_sources(sentence: str) -> None:
    """Countries, a single confirming outlet, officials and a person revealing are not read as
    a report's sources."""
    assert _phrases(sentence) == []


def test_outlets_are_recognised_by_the_words_that_name_them() -> None:
    """A name that ends as outlets' names do is an outlet; the document's own outlet is too."""
    outlets = OutletNames("Readers of the Fjord Post wrote in.", Actor("Oslo Wire", ActorKind.OUTLET))
    assert [a.name for a in outlets.extra] == ["Fjord Post", "Oslo Wire"]
    assert outlets.outlet("the Fjord Post") is not None
    assert outlets.outlet("Norway") is None


def _doc(doc_id: str, outlet: str, day: int, text: str) -> Document:
    source = Source(
        document_id=doc_id,
        published=TimeSpan.day(2024, 11, day),
        outlet=Actor(outlet, ActorKind.OUTLET),
    )
    return extract(text, source=source, kb=KB)


def _serious(documents: list[Document]) -> list[Finding]:
    return [f for f in run_checks(documents, KB) if f.code in ("SRC001", "SRC004")]


RELAY = (
    "Oslo considered a toll on electric ferries but dropped the idea, Reuters reported on "
    "Monday, citing two people close to the talks."
)


def test_a_relayed_report_offered_as_two_confirmations_is_one() -> None:
    """A report counted as confirmed by an outlet and by another that only relayed it rests on
    one upstream: the finding covers the confirming words and the relay's document."""
    relay = _doc("relay", "Fjord Post", 5, RELAY)
    digest_text = (
        "The ferry toll is off. The report, confirmed by both Reuters and the Fjord Post, "
        "said Oslo had decided against the ferry toll."
    )
    digest = _doc("digest", "Harbor Digest", 7, digest_text)
    corroboration = [f for f in _serious([relay, digest]) if f.code == "SRC004"]
    assert [f.documents for f in corroboration] == [("digest", "relay")]
    assert "digest counts Reuters and Fjord Post as separate confirmations" in corroboration[0].message
    start = digest_text.index("confirmed by both")
    assert any(s.document == "digest" and s.offset <= start < s.offset + len(s.text) for s in corroboration[0].spans)


def test_two_outlets_reporting_two_different_things_are_not_paired() -> None:
    """Confirmation of another proposition than the relay carries makes no finding."""
    relay = _doc("relay", "Fjord Post", 5, RELAY)
    digest = _doc(
        "digest",
        "Harbor Digest",
        7,
        "The report, confirmed by both Reuters and the Fjord Post, said Oslo had approved a "
        "new bridge over the fjord.",
    )
    assert _serious([relay, digest]) == []


def test_an_origin_that_only_relayed_is_flagged() -> None:
    """"First reported by" an outlet whose own report cites another outlet credits a relay."""
    relay = _doc("relay", "Fjord Post", 5, RELAY)
    later = _doc(
        "later",
        "Harbor Digest",
        7,
        "Oslo has given up the ferry toll. The story was first reported by the Fjord Post.",
    )
    relays = [f for f in _serious([relay, later]) if f.code == "SRC001"]
    assert [f.documents for f in relays] == [("later", "relay")]
    assert relays[0].fix == "according to Reuters, as relayed by Fjord Post"


def test_a_relay_credited_as_origin_names_the_origins_document() -> None:
    """Where the documents checked together hold the origin's own article of the story, the
    finding names it beside the relay and the document that credits the relay."""
    relay = _doc("relay", "Fjord Post", 5, RELAY)
    origin = _doc("origin", "Reuters", 4, "Oslo considered a toll on electric ferries but dropped the idea, two people close to the talks said.")
    later = _doc("later", "Harbor Digest", 7, "Oslo has given up the ferry toll. The story was first reported by the Fjord Post.")
    (finding,) = [f for f in _serious([relay, later, origin]) if f.code == "SRC001"]
    assert finding.documents == ("later", "origin", "relay")


@pytest.mark.parametrize(
    "original",
    [
        "Oslo considered a toll on electric ferries but dropped the idea, the Fjord Post "
        "reported on Monday, citing its own earlier reporting.",
        "Transport minister Kari Holm told the Fjord Post that Oslo considered a toll on "
        "electric ferries but dropped the idea.",
    ],
)
def test_an_original_report_is_a_true_origin(original: str) -> None:
    """An outlet citing its own report, or quoting a named person, is the origin it is
    credited as, though the two reports state one proposition."""
    first = _doc("first", "Fjord Post", 5, original)
    later = _doc(
        "later",
        "Harbor Digest",
        7,
        "Oslo has given up the ferry toll, the Fjord Post, which broke the story, said.",
    )
    assert [f for f in _serious([first, later]) if f.code == "SRC001"] == []
    keys = [_key(first), _key(later)]
    assert keys[0] is not None and keys[1] is not None and same_proposition(keys[0], keys[1])


@pytest.mark.parametrize("body", ["the city's transport department", "Norway's coast guard", "the regional council"])
def test_a_public_bodys_statement_reported_by_an_outlet_is_no_relay(body: str) -> None:
    """An outlet that reports what a public body said is the first reporter of it, so a later
    report crediting that outlet credits no relay."""
    first = _doc("first", "Fjord Post", 5, f"Oslo considered a toll on electric ferries but dropped the idea, {body} said.")
    later = _doc("later", "Harbor Digest", 7, "Oslo has given up the ferry toll, the Fjord Post reported.")
    assert [f for f in _serious([first, later]) if f.code == "SRC001"] == []


def _key(document: Document) -> str | None:
    assertion = next(c.assertion for c in document.claims if isinstance(c.assertion, Statement))
    assert isinstance(assertion, Statement)
    return assertion.proposition


def test_one_person_quoted_twice_is_not_a_shared_upstream() -> None:
    """Two reports of a named person's words rest on a statement on the record: no finding;
    the same words from one outlet's unnamed sources are one upstream."""
    said = "Transport minister Kari Holm said Oslo had dropped the ferry toll."
    quoted = [_doc("a", "Fjord Post", 5, said), _doc("b", "Oslo Wire", 6, said)]
    assert _serious(quoted) == []
    relayed = "Oslo has dropped the ferry toll, Reuters reported, citing two officials."
    relays = [_doc("a", "Fjord Post", 5, relayed), _doc("b", "Oslo Wire", 6, relayed)]
    assert [f.code for f in _serious(relays)] == ["SRC004"]


def test_a_phrase_that_points_back_credits_the_sentence_before() -> None:
    """"The story was first reported by X" credits the statement of the sentence before."""
    doc = _doc(
        "d", "Harbor Digest", 7, "Oslo has dropped the ferry toll. The story was first reported by the Fjord Post."
    )
    (claim,) = [c for c in doc.claims if isinstance(c.assertion, Statement)]
    assert claim.assertion.content == "Oslo has dropped the ferry toll"
    assert claim.attribution is not None and claim.attribution.speaker_name == "Fjord Post"
    assert claim.evidence is not None and claim.evidence.text == "first reported by the Fjord Post"


def test_a_described_subject_with_an_aside_points_back_to_the_sentence_before() -> None:
    """"The details of that toll, first set out by X, were confirmed by A and B" credits A and B with the sentence before."""
    doc = _doc(
        "d", "Harbor Digest", 7,
        "Oslo has dropped the ferry toll. The details of that toll, first set out by the Fjord Post, "
        "were confirmed independently by the Skerry Ledger and the Tide Wire.",
    )
    credited = {c.attribution.speaker_name: c.assertion.content for c in doc.claims if isinstance(c.assertion, Statement) and c.attribution}
    assert credited["Skerry Ledger"] == credited["Tide Wire"] == "Oslo has dropped the ferry toll"


@pytest.mark.parametrize(
    ("follow", "speaker", "via"),
    [
        ("The report cited two officials.", "two officials", ["Fjord Post"]),
        ("It did not name its sources.", "unnamed sources", ["Fjord Post"]),
        ("Its story was based on three port officials.", "three port officials", ["Fjord Post"]),
        ("The Fjord Post, citing a Reuters report, said the cost was too high.", "Reuters", ["Fjord Post"]),
    ],
)
def test_a_relay_named_in_the_next_sentence_belongs_to_the_statement_before(
    follow: str, speaker: str, via: list[str]
) -> None:
    """The sentence after a report credited to an outlet may name that outlet's own source;
    the report then rests on it, through the outlet."""
    doc = _doc("d", "Harbor Digest", 7, f"Oslo dropped the ferry toll, the Fjord Post reported. {follow}")
    first = next(c for c in doc.claims if isinstance(c.assertion, Statement))
    assert first.id == "s1-statement-1" and first.attribution is not None
    assert (first.attribution.speaker_name, [o.name for o in first.attribution.via]) == (speaker, via)


@pytest.mark.parametrize(
    "follow",
    [
        "The Fjord Post cited its own reporting.",
        "Officials in Bergen cited high costs.",
        "\n\nLater, the Oslo Wire, citing Reuters, said the cost was too high.",
    ],
)
def test_other_next_sentences_leave_the_statement_before_alone(follow: str) -> None:
    """An outlet citing itself, a sentence about something else, and another outlet's relay
    leave the report before credited to its outlet alone."""
    doc = _doc("d", "Harbor Digest", 7, f"Oslo dropped the ferry toll, the Fjord Post reported. {follow}")
    first = next(c for c in doc.claims if isinstance(c.assertion, Statement))
    assert first.attribution is not None
    assert (first.attribution.speaker_name, first.attribution.via) == ("Fjord Post", ())


def test_a_report_without_named_sources_rests_on_the_outlets_unnamed_sources() -> None:
    """"X reported, without naming its sources" credits X's unnamed sources, through X; the
    statement is the clause before the cue, not the words about sources after it."""
    doc = _doc("d", "Harbor Digest", 7, "Oslo dropped the ferry toll, the Fjord Post reported, without naming its sources.")
    (claim,) = [c for c in doc.claims if isinstance(c.assertion, Statement)]
    assert claim.attribution is not None
    assert (claim.attribution.speaker_name, [o.name for o in claim.attribution.via]) == ("unnamed sources", ["Fjord Post"])
    assert claim.assertion.content == "Oslo dropped the ferry toll"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Kari Holm said on Friday that the ferry toll was dropped.", "the ferry toll was dropped"),
        ("Kari Holm told a room of mayors that the ferry toll was dropped.", "the ferry toll was dropped"),
        ("The ferry toll was dropped, the Fjord Post reported in its weekend edition.", "The ferry toll was dropped"),
    ],
)
def test_words_of_time_place_or_audience_are_not_the_statement(text: str, content: str) -> None:
    """Between a cue and its "that", or after a cue that follows its clause, the time, place or
    audience of the saying is left out of the statement."""
    doc = _doc("d", "Harbor Digest", 7, text)
    (claim,) = [c for c in doc.claims if isinstance(c.assertion, Statement)]
    assert claim.assertion.content == content


def test_a_name_that_broke_the_story_is_an_outlet_even_if_unknown() -> None:
    """"X, which broke the story" names a publisher whatever its name; "X, who broke it" a person."""
    which = "The toll cut, first reported by Nordlys Desk, which broke the story, angered drivers."
    who = "The toll cut, first reported by Anna Berg, who broke the story, angered drivers."
    assert (_phrases(which), _phrases(who)) == ([("origin", ["Nordlys Desk"])], [])


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Oslo has dropped the ferry toll, as the Fjord Post reported; commuters were relieved.",
            "Oslo has dropped the ferry toll",
        ),
        (
            "Oslo has dropped the ferry toll, the Fjord Post reported this morning, summarising the local papers.",
            "Oslo has dropped the ferry toll",
        ),
        (
            "As the Fjord Post reported, Oslo has dropped the ferry toll.",
            "Oslo has dropped the ferry toll",
        ),
    ],
)
def test_a_credit_set_off_after_its_clause_credits_that_clause(text: str, content: str) -> None:
    """", as X reported" and "X reported this morning, summarising ..." credit the clause
    before them; a credit that opens the sentence credits the clause after it."""
    source = Source(document_id="d", published=TimeSpan.day(2025, 6, 25))
    statements = [c for c in extract(text, source=source, kb=KB).claims if isinstance(c.assertion, Statement)]
    assert [(c.attribution.speaker_name if c.attribution else None, c.assertion.content) for c in statements if isinstance(c.assertion, Statement)] == [("Fjord Post", content)]


def test_a_credit_set_off_before_its_clause_credits_the_clause_after() -> None:
    """"However, as X noted, S" credits S, not the word before the credit."""
    source = Source(document_id="d", published=TimeSpan.day(2025, 6, 25))
    text = "However, as the Fjord Post noted, the city no longer objects to a ferry toll."
    statements = [c for c in extract(text, source=source, kb=KB).claims if isinstance(c.assertion, Statement)]
    assert [c.assertion.content for c in statements if isinstance(c.assertion, Statement)] == [
        "the city no longer objects to a ferry toll"
    ]


def test_a_publisher_named_by_its_brief_closes_a_ring() -> None:
    """"as X's brief revealed" credits X, a publisher the lexicon does not know, with the
    clause before it; where X's own brief credits the crediting outlet, the two make a ring,
    and the earlier document credits a report published after it."""
    brief = _doc(
        "brief", "Nordhavn Institute", 5,
        "As the Fjord Post has reported, a port survey puts the backlog at 40 idle cranes.",
    )
    digest = _doc(
        "digest", "Fjord Post", 6,
        "A port survey puts the harbour backlog at 38 idle cranes, as the Nordhavn "
        "Institute's brief revealed.",
    )
    findings = run_checks([brief, digest], KB)
    assert [f.documents for f in findings if f.code == "SRC002"] == [("brief", "digest")]
    assert [f.documents for f in findings if f.code == "TIM003"] == [("brief", "digest")]


def test_an_origin_inside_a_relay_meets_the_relays_own_article() -> None:
    """"A announced X, B, which broke the story, reported" credits X to B; where B's own
    article credits another outlet with X, `SRC001` flags the credit."""
    relay = _doc(
        "relay", "Harbor Times", 3,
        "Oslo plans a ban on bottom trawling near Svalbard, Reuters reported, citing officials.",
    )
    later = _doc(
        "later", "Fjord Digest", 4,
        "Oslo announced a ban on bottom trawling near Svalbard, the Harbor Times, which broke "
        "the story, reported.",
    )
    assert [f.documents for f in _serious([relay, later]) if f.code == "SRC001"] == [("later", "relay")]


def test_an_outlet_named_after_a_sentence_opener_leaves_the_opener_out() -> None:
    """"As Fenwick Wire noted" names the outlet Fenwick Wire, not "As Fenwick Wire"."""
    outlets = OutletNames("As Fenwick Wire's factbox noted, the ferries were late.", None)
    assert [a.name for a in outlets.extra] == ["Fenwick Wire"]


def test_a_clause_told_by_a_named_speaker_is_what_a_source_phrase_credits() -> None:
    """"The envoy, X, has told staff to act, according to a memo first reported by A" credits A
    with the whole clause, the speaker's words included, not with "The envoy" alone; three
    outlets that each credit the next with it make a ring."""
    text = (
        "The port's new harbour master, Ilse Brandt, has told her staff to clear every idle crane "
        "before the ferry season in Bergen, according to a memo first reported by the {}."
    )
    first = _doc("first", "Fjord Post", 5, text.format("Harbor Times"))
    (statement,) = [c.assertion for c in first.claims if isinstance(c.assertion, Statement)]
    assert "clear every idle crane" in statement.content
    second = _doc(
        "second", "Harbor Times", 6,
        "Harbour master Ilse Brandt wants every idle crane cleared before the ferry season in "
        "Bergen, according to a staff memo first reported by the Nordic Ledger.",
    )
    third = _doc(
        "third", "Nordic Ledger", 7,
        "Ilse Brandt has asked staff to clear every idle crane before the ferry season in Bergen, "
        "according to a memo first reported by the Fjord Post.",
    )
    findings = run_checks([first, second, third], KB)
    assert [set(f.documents) for f in findings if f.code == "SRC002"] == [{"first", "second", "third"}]
    assert [f for f in findings if f.code == "SRC001"] == []


def test_a_ring_retold_in_other_words_at_each_step_is_no_hidden_relay() -> None:
    """A ring is followed step by step, each relay matched to the story as the step before told
    it: an outlet crediting the next with a detail that only the next one's wording shares is
    in a ring, not crediting a relay as the origin."""
    first = _doc(
        "first", "Fjord Post", 7,
        "The harbour memo, as quoted by the Harbor Times, tells crews that every idle crane "
        "must be cleared and the ferry berths dredged before the season.",
    )
    second = _doc(
        "second", "Harbor Times", 6,
        "Harbour master Ilse Brandt has told her crews to clear every idle crane and dredge the "
        "ferry berths before the season in Bergen, according to a memo first reported by the Nordic Ledger.",
    )
    third = _doc(
        "third", "Nordic Ledger", 5,
        "Ilse Brandt wants the port of Bergen ready for the ferry season, according to a memo "
        "first reported by the Fjord Post.",
    )
    findings = run_checks([first, second, third], KB)
    assert [f for f in findings if f.code == "SRC001"] == []
