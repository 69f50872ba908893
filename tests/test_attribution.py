"""Tests for claimcheck.attribution: attribution phrases, documents and the citation graph."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _facts import actors_from_facts
from _shapes import BODY, GROUP, PERSON, SOMEONE
from claimcheck.attribution import (
    OUTLETS,
    AttributionMention,
    CitationGraph,
    IssueKind,
    Root,
    RootKind,
    find_attributions,
    parse_attribution,
)
from claimcheck.errors import InputError
from claimcheck.model import (
    Actor,
    ActorKind,
    Anonymity,
    Attribution,
    Citation,
    Claim,
    Document,
    Modality,
    Source,
    Statement,
)
from claimcheck.names import AliasIndex
from claimcheck.timespan import TimeSpan


@pytest.fixture(scope="module")
def index(shared_dir: Path) -> AliasIndex:
    """The people of facts.json and the built-in outlets."""
    return AliasIndex.from_actors([*actors_from_facts(shared_dir), *OUTLETS])


def _shape(found: list[AttributionMention]) -> list[tuple[str, Anonymity, tuple[str, ...]]]:
    return [
        (
            m.attribution.speaker_name,
            m.attribution.anonymity,
            tuple(a.name for a in m.attribution.via),
        )
        for m in found
    ]


# -- the reference articles -------------------------------------------------------------------

# Every attribution of each reference article, in order: speaker, class and chain. The
# articles are read from ../shared/seeds at test time; nothing of their text is kept here.
SEED_ATTRIBUTIONS: dict[str, list[tuple[str, Anonymity, tuple[str, ...]]]] = {
    "000": [
        ("sources", GROUP, ("Le Monde",)),  # headline "Le Monde: ..., sources say"
        ("An unnamed European diplomat", SOMEONE, ()),
        ("sources", GROUP, ("Le Monde",)),  # the headline again
        ("Le Monde", BODY, ()),  # "according to the French newspaper Le Monde"
        ("Zelenskyy", PERSON, ()),
        ("unnamed sources", GROUP, ("Le Monde",)),  # "Le Monde, citing unnamed sources, reports"
        ("sources", GROUP, ("Le Monde",)),  # bare "sources" keep Le Monde's chain
        ("An unnamed European diplomat", SOMEONE, ("Le Monde",)),  # "told Le Monde"
        ("The diplomat", SOMEONE, ("Le Monde",)),
        ("Le Monde", BODY, ()),  # "the newspaper notes"
        ("Le Monde", BODY, ()),
        ("Mark Rutte", PERSON, ()),
        ("Julianne Smith", PERSON, ()),
        ("Jens Stoltenberg", PERSON, ()),  # "has expressed hope that ..."
    ],
    "001": [
        ("its own sources", GROUP, ("Bloomberg",)),  # "reported by Bloomberg ..., citing"
        ("Bloomberg", BODY, ()),  # "journalists found out"
        ("Bloomberg", BODY, ()),  # "according to the publication"
        ("Bloomberg", BODY, ()),
        # "as the publication noted": the last outlet named is Bloomberg; that the paragraph
        # recalls Le Monde's report is knowledge beyond the text (see the graph test below)
        ("Bloomberg", BODY, ()),
        ("Mark Rutte", PERSON, ()),
        ("Mark Rutte", PERSON, ()),  # "He stated"
        ("Jerry Connolly", PERSON, ()),
        ("Le Monde", BODY, ()),
    ],
    "002": [
        ("The Wall Street Journal", BODY, ()),  # headline "WSJ: ..."
        ("sources in both Kyiv and Brussels", GROUP, ("Caliber.Az", "The Wall Street Journal")),
        ("Volodymyr Zelenskyy", PERSON, ()),  # "he acknowledges"
        ("Sources in Kyiv and Brussels", GROUP, ("Caliber.Az", "The Wall Street Journal")),
        ("The Wall Street Journal", BODY, ("Caliber.Az",)),  # "the newspaper reported"
        ("Mark Rutte", PERSON, ()),
        ("Zelenskyy", PERSON, ()),
        ("Zelenskyy", PERSON, ()),
        ("Rutte", PERSON, ()),
        ("Rutte", PERSON, ()),
        ("Rutte", PERSON, ()),
        ("Rutte", PERSON, ()),
        ("Rutte", PERSON, ()),
    ],
    "003": [
        ("Volodymyr Zelensky", PERSON, ()),
        ("Volodymyr Zelensky", PERSON, ()),  # "he admitted"
        ("a diplomat in Brussels", SOMEONE, ()),
        ("U.S. officials", GROUP, ()),
        ("a European NATO diplomat", SOMEONE, ()),
        ("another", SOMEONE, ()),
        ("this source", SOMEONE, ()),
        ("NATO diplomats", GROUP, ()),
        ("these diplomats", GROUP, ()),
        ("these diplomats", GROUP, ()),  # "they ... point out"
        ("Zelensky", PERSON, ()),
        ("Blinken", PERSON, ()),
    ],
    "004": [
        ("most polls", GROUP, ()),
        ("Mark Rutte", PERSON, ()),
        ("Rutte", PERSON, ()),
        ("Rutte", PERSON, ()),  # "he added"
        ("Rutte", PERSON, ()),  # "He declined ..., telling reporters"
        ("Rutte", PERSON, ()),
        ("Ukraine", BODY, ()),
        ("Zelenskyy", PERSON, ()),
        ("Zelenskyy", PERSON, ()),  # "he said"
        ("NATO diplomats", GROUP, ()),
    ],
}


def _seed(shared_dir: Path, prefix: str) -> str:
    (path,) = (shared_dir / "seeds").glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("prefix", sorted(SEED_ATTRIBUTIONS))
def test_reference_articles_give_every_attribution(
    prefix: str, shared_dir: Path, index: AliasIndex
) -> None:
    """Each reference article yields exactly its attributions, with speaker, class and chain."""
    found = find_attributions(_seed(shared_dir, prefix), index=index)
    assert _shape(found) == SEED_ATTRIBUTIONS[prefix]


def test_reference_speakers_resolve_to_known_people(shared_dir: Path, index: AliasIndex) -> None:
    """Named speakers resolve to facts.json people, the misspelt Connolly included."""
    found = find_attributions(_seed(shared_dir, "001"), index=index)
    speakers = {m.attribution.speaker_name: m.attribution.speaker for m in found}
    connolly = speakers["Jerry Connolly"]
    assert connolly is not None and connolly.name == "Gerald E. Connolly"
    assert speakers["Mark Rutte"] is not None and speakers["Mark Rutte"].name == "Mark Rutte"


def test_reference_mentions_point_at_their_words(shared_dir: Path) -> None:
    """Each mention's text is the text at its offset, and mentions come in order."""
    for prefix in SEED_ATTRIBUTIONS:
        text = _seed(shared_dir, prefix)
        found = find_attributions(text)
        assert [m.offset for m in found] == sorted(m.offset for m in found)
        for mention in found:
            assert text[mention.offset : mention.end] == mention.text


def test_reference_hedges_are_kept(shared_dir: Path) -> None:
    """ "privately" and "reportedly" stay with their attributions."""
    hedged = [
        (m.attribution.speaker_name, m.attribution.hedges)
        for prefix in ("000", "003")
        for m in find_attributions(_seed(shared_dir, prefix))
        if m.attribution.hedges
    ]
    assert hedged == [("Le Monde", ("reportedly",)), ("U.S. officials", ("privately",))]


# -- one phrase at a time ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "anonymity", "via", "cue"),
    [
        ("Olena Kovalenko said the bridge was safe.", "Olena Kovalenko", PERSON, (), "said"),
        ("“It will hold,” said Olena Kovalenko.", "Olena Kovalenko", PERSON, (), "said"),
        (
            "Reuters, citing two officials, reports that the road reopened.",
            "two officials",
            GROUP,
            ("Reuters",),
            "citing",
        ),
        (
            "According to Axios, which cited a White House aide, the trip is off.",
            "a White House aide",
            SOMEONE,
            ("Axios",),
            "citing",
        ),
        ("As reported by Bloomberg, the fund doubled.", "Bloomberg", BODY, (), "reported by"),
        ("The fund doubled, per Semafor.", "Semafor", BODY, (), "per"),
        (
            "CNN reported, citing its own sources, that the talks failed.",
            "its own sources",
            GROUP,
            ("CNN",),
            "citing",
        ),
        (
            "Sources in Warsaw and Vilnius suggest the exercise will grow.",
            "Sources in Warsaw and Vilnius",
            GROUP,
            (),
            "suggest",
        ),
        (
            "U.S. officials privately acknowledge the delay.",
            "U.S. officials",
            GROUP,
            (),
            "acknowledge",
        ),
        (
            "It was a quiet deal, as a diplomat in Vienna described it.",
            "a diplomat in Vienna",
            SOMEONE,
            (),
            "described",
        ),
        (
            "A lawmaker told Le Monde that the vote was close.",
            "A lawmaker",
            SOMEONE,
            ("Le Monde",),
            "told",
        ),
        (
            "The tanks were late, according to the Polish daily Rzeczpospolita.",
            "Rzeczpospolita",
            BODY,
            (),
            "according to",
        ),
        (
            "According to The Wall Street Journal (WSJ), the talks stalled.",
            "The Wall Street Journal",
            BODY,
            (),
            "according to",
        ),
        (
            "According to the WSJ, the talks stalled, per Caliber.Az.",
            "The Wall Street Journal",
            BODY,
            ("Caliber.Az",),
            "according to",
        ),
        (
            "Writing in Le Figaro, Anne Dubois argued that the treaty holds.",
            "Anne Dubois",
            PERSON,
            ("Le Figaro",),
            "argued",
        ),
        (
            "According to a report in Die Welt, the depot burned.",
            "Die Welt",
            BODY,
            (),
            "according to",
        ),
        ("According to reports, the depot burned.", "reports", GROUP, (), "according to"),
        ("Guardian reporters found that the depot burned.", "The Guardian", BODY, (), "found"),
        (
            "The depot burned, a Pentagon spokesman said.",
            "a Pentagon spokesman",
            SOMEONE,
            (),
            "said",
        ),
        (
            "The head of the agency, Maria Lind, said the depot burned.",
            "Maria Lind",
            PERSON,
            (),
            "said",
        ),
        (
            "Zeit Online, citing two lawmakers, reported a deal.",
            "two lawmakers",
            GROUP,
            ("Zeit Online",),
            "citing",
        ),
        (
            "As Der Spiegel reported, the ministry had warned of it.",
            "ministry",
            BODY,
            ("Der Spiegel",),
            "warned",
        ),
        (
            "In remarks to reporters, the chancellor said the depot burned.",
            "the chancellor",
            SOMEONE,
            (),
            "said",
        ),
        ("The depot burned, the grid operator Ukrenergo said.", "Ukrenergo", BODY, (), "said"),
        (
            "CNN's Dana Bash reported that the depot burned.",
            "Dana Bash",
            PERSON,
            ("CNN",),
            "reported",
        ),
    ],
)
def test_cues_in_any_order_and_shape(
    text: str, speaker: str, anonymity: Anonymity, via: tuple[str, ...], cue: str
) -> None:
    """Each shape of cue gives the speaker, its class, the chain of outlets and the cue."""
    found = parse_attribution(text)
    assert found is not None
    assert (found.speaker_name, found.anonymity, tuple(a.name for a in found.via)) == (
        speaker,
        anonymity,
        via,
    )
    assert found.cue == cue


@pytest.mark.parametrize(
    "text",
    [
        "According to the plan, the brigade moves in May.",
        "The envoy is said to be close to the president.",
        "Exports fell by 6 per cent.",
        "Spending per capita doubled.",
        "The factory makes 300 drones per day.",
        "Ukraine wants the invitation before the summit.",
        "The minister declined to say when the jets arrive.",
        "The report was published in March.",
        "According to the treaty, an attack on one is an attack on all.",
        "The president will say more on Friday.",
        "What the chancellor said remains unclear.",
        "The alliance has reportedly softened its stance.",
        "The newspaper was founded in 1944.",
        "The figure is disputed by independent experts.",
        "The depot was quoted at a higher price.",
        "Prices rose and fell in a week.",
        "The envoy is believed to be in Riyadh.",
        "The said memorandum was never ratified.",
        "The so-called coalition of the willing met in Paris.",
        "That said, the talks were productive.",
        "According to official data, exports fell.",
        "Per the agreement, the grain ships sail weekly.",
        "",
        "   ",
    ],
)
def test_traps_attribute_nothing(text: str) -> None:
    """Plans, hearsay passives, units and speech without a cue are not attributions."""
    assert parse_attribution(text) is None


def test_hedges_are_collected() -> None:
    """Hedging words and phrases are kept, once each, in order."""
    found = parse_attribution(
        "Officials reportedly told Reuters, on condition of anonymity, that talks failed."
    )
    assert found is not None
    assert found.hedges == ("reportedly", "on condition of anonymity")


def test_anaphora_needs_a_document() -> None:
    """Alone, "the newspaper" stays as written; in a document it is the last newspaper named."""
    alone = parse_attribution("The newspaper notes that the vote was close.")
    assert alone is not None and alone.speaker_name == "The newspaper" and alone.speaker is None
    text = (
        "The Guardian and Reuters both covered the vote. Reuters said it was close. "
        "The newspaper notes that turnout fell. Journalists found out that the count was late."
    )
    names = [m.attribution.speaker_name for m in find_attributions(text)]
    assert names == ["Reuters", "The Guardian", "Reuters"]


def test_the_chain_of_an_outlet_is_kept_through_the_document() -> None:
    """Once the text says it reached an outlet through another, later reports keep that chain."""
    text = (
        "According to the Financial Times, officials agreed, per Euronews. "
        "The newspaper reported that the deal was signed."
    )
    found = find_attributions(text)
    assert [
        (m.attribution.speaker_name, tuple(a.name for a in m.attribution.via)) for m in found
    ] == [
        ("Financial Times", ("Euronews",)),
        ("Financial Times", ("Euronews",)),
    ]


def test_pronouns_and_definite_descriptions_take_their_antecedents() -> None:
    """ "he" is the last person named; "the official" keeps the last anonymous chain."""
    text = (
        "Mayor Ivan Petrenko spoke on Monday. He said the water was back. "
        "An official told the BBC that repairs were slow. The official added that pumps failed."
    )
    found = find_attributions(text)
    assert [
        (m.attribution.speaker_name, tuple(a.name for a in m.attribution.via)) for m in found
    ] == [
        ("Ivan Petrenko", ()),
        ("An official", ("BBC",)),
        ("The official", ("BBC",)),
    ]


def test_callers_can_add_outlets_and_resolve_speakers() -> None:
    """Outlets given by the caller are recognised; an index resolves named speakers."""
    local = Actor("Kyiv Weekly Observer", ActorKind.OUTLET)
    mayor = Actor("Ivan Petrenko")
    index = AliasIndex.from_actors([mayor, local])
    found = parse_attribution(
        "Mayor Petrenko told the Kyiv Weekly Observer that the bridge reopened.",
        index=index,
        outlets=[local],
    )
    assert found is not None
    assert found.speaker == mayor and found.via == (local,)


def test_anonymous_speakers_are_never_resolved() -> None:
    """An anonymous description never gets a resolved speaker, even with an index."""
    index = AliasIndex.from_actors([Actor("Mark Rutte")])
    found = parse_attribution("A NATO diplomat said the meeting was tense.", index=index)
    assert found is not None and found.anonymous and found.speaker is None


# -- robustness ----------------------------------------------------------------------------------


@given(st.text(max_size=400))
def test_find_attributions_never_raises_and_points_at_its_words(text: str) -> None:
    """Any string is read without error; each mention is the text at its offset."""
    for mention in find_attributions(text):
        assert text[mention.offset : mention.end] == mention.text


WORDS = [
    "said",
    "according",
    "to",
    "per",
    "citing",
    "the",
    "newspaper",
    "Le",
    "Monde",
    ",",
    "“",
    "”",
    "officials",
    "Mr.",
    "Rutte",
    "he",
    "told",
    "Reuters",
    "by",
    "reported",
    "sources",
    ".",
    "\n",
]


@given(st.lists(st.sampled_from(WORDS), max_size=200))
def test_attribution_words_in_any_order_never_raise(words: list[str]) -> None:
    """Cue words and names in any order are read without error."""
    text = " ".join(words)
    for mention in find_attributions(text):
        assert text[mention.offset : mention.end] == mention.text


@pytest.mark.parametrize(
    "unit",
    [
        "Mr. A. B. C. D. E. F. G. said ",
        "according to according to per per citing citing ",
        "“ ” “ said “ ” ",
        "a b c d e f g h i j k l m n o p q r s t said ",
        "Le Monde, Le Monde, Le Monde, citing citing ",
        ", , , , , , , , , said , , , ",
        "Mr. ",
        "spokesman ",
        "he said ",
        "Ivan Petrenko ",
        "officials maintained ",
    ],
)
def test_reading_time_grows_linearly(unit: str) -> None:
    """Sixteen times the input takes well under sixty-four times as long (a quadratic path
    would take 256 times), and no recursion that a long run of one word could exhaust; the
    wide margin keeps a busy machine from failing a linear reader."""
    small, large = unit * 200, unit * 3200

    def cost(text: str) -> float:
        began = time.process_time()
        find_attributions(text)
        return time.process_time() - began

    base = max(min(cost(small) for _ in range(3)), 1e-3)
    assert min(cost(large) for _ in range(3)) < 64 * base


# -- the citation graph --------------------------------------------------------------------------

OBJECTION = "us-no-longer-objects-to-ukraine-invitation"
LE_MONDE = Actor("Le Monde", ActorKind.OUTLET)


def _claim(
    document: str,
    attribution: Attribution | None,
    *,
    proposition: str = OBJECTION,
    outlet: Actor | None = None,
    month: int = 10,
    cites: tuple[Citation, ...] = (),
) -> Claim:
    source = Source(
        document_id=document, published=TimeSpan.month(2024, month), outlet=outlet, cites=cites
    )
    return Claim(
        id="c1",
        source=source,
        assertion=Statement(content="the US no longer objects", proposition=proposition),
        attribution=attribution,
        modality=Modality.REPORTED,
    )


def test_the_objection_claim_of_two_articles_has_one_root(
    shared_dir: Path, index: AliasIndex
) -> None:
    """Article 000 (through Le Monde's sources) and 001 (crediting Le Monde) share one root."""
    in_000 = next(
        m.attribution
        for m in find_attributions(_seed(shared_dir, "000"), index=index)
        if m.text.startswith("sources suggest")
    )
    # the case file credits 001's claim to Le Monde: "the publication" there recalls its report
    in_001 = Attribution(speaker_name="Le Monde", anonymity=BODY, speaker=LE_MONDE, cue="noted")
    euromaidan = Actor("Euromaidan Press", ActorKind.OUTLET)
    first = _claim("000", in_000, outlet=euromaidan, cites=(Citation(outlet=LE_MONDE),))
    second = _claim(
        "001", in_001, month=11, cites=(Citation(outlet=Actor("Bloomberg", ActorKind.OUTLET)),)
    )
    graph = CitationGraph.build(claims=[first, second])
    expected = (Root(RootKind.ANONYMOUS, "Le Monde"),)
    assert graph.roots(first) == graph.roots(second) == expected
    assert not graph.independent(first, second)
    assert graph.issues == ()


def test_reports_with_different_origins_are_independent() -> None:
    """Two claims whose chains end at different origins are independent."""
    rutte = Actor("Mark Rutte")
    said = Attribution(
        speaker_name="Mark Rutte",
        anonymity=PERSON,
        speaker=rutte,
        via=(Actor("Reuters", ActorKind.OUTLET),),
    )
    leaked = Attribution(speaker_name="diplomats", anonymity=GROUP, via=(LE_MONDE,))
    a, b = _claim("a", said), _claim("b", leaked)
    graph = CitationGraph.build(claims=[a, b])
    assert graph.roots(a) == (Root(RootKind.SPEAKER, "Mark Rutte"),)
    assert graph.independent(a, b)
    assert graph.independent("a#c1", "b#c1")


def test_an_outlet_report_follows_that_outlets_own_document() -> None:
    """Crediting an outlet leads to what that outlet's own document says the claim rests on."""
    wsj = Actor("The Wall Street Journal", ActorKind.OUTLET)
    own = _claim("wsj1", Attribution(speaker_name="sources in Kyiv", anonymity=GROUP), outlet=wsj)
    credit = Attribution(
        speaker_name="The Wall Street Journal",
        anonymity=BODY,
        speaker=wsj,
        via=(Actor("Caliber.Az", ActorKind.OUTLET),),
    )
    retold = _claim("cal1", credit, month=12)
    graph = CitationGraph.build(claims=[own, retold])
    assert graph.roots(retold) == (Root(RootKind.ANONYMOUS, "The Wall Street Journal"),)


def test_an_uncredited_claim_rests_on_the_documents_it_cites() -> None:
    """A claim in a document's own voice rests on cited documents that make the same claim."""
    base = _claim("base", Attribution(speaker_name="officials", anonymity=GROUP), outlet=LE_MONDE)
    copy = _claim("copy", None, month=11, cites=(Citation(outlet=LE_MONDE, document_id="base"),))
    graph = CitationGraph.build(claims=[base, copy])
    assert graph.roots(copy) == graph.roots(base) == (Root(RootKind.ANONYMOUS, "Le Monde"),)


def test_citation_problems_are_reported_as_data() -> None:
    """Rings, later documents, self-citations and missing documents become issues, not errors."""
    x = Actor("Outlet X", ActorKind.OUTLET)
    y = Actor("Outlet Y", ActorKind.OUTLET)
    early = Source(
        document_id="early",
        published=TimeSpan.day(2024, 10, 1),
        outlet=x,
        cites=(Citation(outlet=y, document_id="late"), Citation(outlet=y, document_id="gone")),
    )
    late = Source(
        document_id="late",
        published=TimeSpan.day(2024, 10, 5),
        outlet=y,
        cites=(Citation(outlet=x, document_id="early"), Citation(outlet=y, document_id="late")),
    )
    graph = CitationGraph.build(sources=[early, late])
    kinds = sorted((issue.kind.value, issue.documents) for issue in graph.issues)
    assert kinds == [
        ("circular", ("early", "late")),
        ("cites_later", ("early", "late")),
        ("missing_document", ("early", "gone")),
        ("self_citation", ("late",)),
    ]


def test_a_ring_of_reports_ends_without_looping() -> None:
    """Outlets that credit each other for a claim form a ring that is its own root."""
    x = Actor("Outlet X", ActorKind.OUTLET)
    y = Actor("Outlet Y", ActorKind.OUTLET)
    by_x = _claim("dx", Attribution(speaker_name="Outlet Y", anonymity=BODY, speaker=y), outlet=x)
    by_y = _claim("dy", Attribution(speaker_name="Outlet X", anonymity=BODY, speaker=x), outlet=y)
    graph = CitationGraph.build(claims=[by_x, by_y])
    assert graph.roots(by_x) == graph.roots(by_y)
    assert {r.name for r in graph.roots(by_x)} == {"Outlet X", "Outlet Y"}
    assert [issue.kind for issue in graph.issues] == [IssueKind.CIRCULAR]


def test_roots_do_not_depend_on_the_order_they_are_asked_in() -> None:
    """A chain of citations into a ring of reports gives every claim the same roots, whichever
    claim the graph is asked about first."""
    x = Actor("Outlet X", ActorKind.OUTLET)
    y = Actor("Outlet Y", ActorKind.OUTLET)
    by_x = _claim("dx", Attribution(speaker_name="Outlet Y", anonymity=BODY, speaker=y), outlet=x)
    by_y = _claim("dy", Attribution(speaker_name="Outlet X", anonymity=BODY, speaker=x), outlet=y)
    first = _claim("c1", None, month=11, cites=(Citation(outlet=x, document_id="dx"),))
    second = _claim("c2", None, month=12, cites=(Citation(outlet=LE_MONDE, document_id="c1"),))
    claims = [by_x, by_y, first, second]
    forward = CitationGraph.build(claims=claims)
    backward = CitationGraph.build(claims=claims)
    asked = [forward.roots(c) for c in claims]
    assert asked == [backward.roots(c) for c in reversed(claims)][::-1]
    assert asked == [forward.roots(c) for c in claims]
    assert {r.name for r in asked[3]} == {"Outlet X", "Outlet Y"}


def test_bad_graph_input_raises_input_errors() -> None:
    """Two sources with one id, or a question about an unknown claim, raise InputError."""
    one = Source(document_id="d", published=TimeSpan.day(2024, 1, 1))
    two = Source(document_id="d", published=TimeSpan.day(2024, 1, 2))
    with pytest.raises(InputError, match="'d'"):
        CitationGraph.build(sources=[one, two])
    with pytest.raises(InputError, match="nope#c1"):
        CitationGraph.build(sources=[one]).roots("nope#c1")


def test_from_documents_reads_sources_and_claims() -> None:
    """A graph built from documents knows their claims."""
    claim = _claim("d1", Attribution(speaker_name="sources", anonymity=GROUP, via=(LE_MONDE,)))
    graph = CitationGraph.from_documents([Document(source=claim.source, claims=(claim,))])
    assert graph.roots(claim) == (Root(RootKind.ANONYMOUS, "Le Monde"),)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Ivanov said the road was shut, while Petrenko said it was open.", ["Ivanov", "Petrenko"]),
        ("The road is shut, Ivanov said; Petrenko said it was open.", ["Ivanov", "Petrenko"]),
        (
            "The road is shut, Ivanov said, but Petrenko insisted it was open.",
            ["Ivanov", "Petrenko"],
        ),
        (
            "The Centre for Eastern Studies (OSW) said the road was shut.",
            ["Centre for Eastern Studies"],
        ),
        ("U.S. President-elect Donald Trump said the road was shut.", ["Donald Trump"]),
        ("The ministry's spokesman, Piotr Nowak, said the road was shut.", ["Piotr Nowak"]),
    ],
)
def test_each_clause_gets_its_own_speaker(text: str, speakers: list[str]) -> None:
    """Clauses joined by ";", ", while" or ", but" each keep their speaker; titles go."""
    assert [m.attribution.speaker_name for m in find_attributions(text)] == speakers


def test_only_the_same_sources_inherit_a_chain() -> None:
    """Bare "sources" or the same description again keep the chain; other sources do not."""
    text = (
        "Reuters, citing sources in Kyiv, said the deal was near. "
        "Sources in Kyiv added that talks continue. "
        "Sources in the ministry said talks had stalled."
    )
    found = find_attributions(text)
    assert [tuple(a.name for a in m.attribution.via) for m in found] == [
        ("Reuters",),
        ("Reuters",),
        (),
    ]


def test_outlets_must_be_actors() -> None:
    """An outlet that is not an Actor is refused with a TypeError naming it."""
    with pytest.raises(TypeError, match="'Kyiv Weekly'"):
        find_attributions("The Kyiv Weekly reported it.", outlets=["Kyiv Weekly"])  # type: ignore[list-item]


def test_the_wire_service_refers_to_the_agency_named_before() -> None:
    """"The wire service" speaks for the last agency the text named, as "the agency" does."""
    found = find_attributions("Fenwick Wire reported the strike. The wire service said nine missiles were fired.")
    assert [m.attribution.speaker_name for m in found] == ["Fenwick Wire", "Fenwick Wire"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Nepal's Department of Hydrology logged 310 mm of rain in two days, it said on Monday.",
         "Nepal's Department of Hydrology"),
        ("The Kenya Wildlife Service counted 36 rhinos, all of them in Tsavo, it said.",
         "Kenya Wildlife Service"),
    ],
)
def test_it_said_stands_for_the_body_that_opens_the_clause(text: str, speaker: str) -> None:
    """A trailing ", it said" credits the body whose name is the clause's subject."""
    found = parse_attribution(text)
    assert found is not None
    assert (found.speaker_name, found.anonymity) == (speaker, BODY)


def test_it_said_after_a_person_or_a_thing_stays_unresolved() -> None:
    """", it said" after a person or a thing as subject is not credited to them."""
    found = parse_attribution("The harvest fell by a third this year, it said.")
    assert found is not None
    assert found.speaker_name == "it"
