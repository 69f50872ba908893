"""The origin a relay passed on, among the documents checked together
(`claimcheck.checks._relay_chains`), and outlets named by a name as written
(`claimcheck.checks._stories.names_outlet_called`)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.checks._relay_chains import RelayOrigins
from claimcheck.checks._stories import names_outlet, names_outlet_called
from claimcheck.model import Actor, ActorKind, Claim, Document, Source, Statement
from claimcheck.names import fold
from claimcheck.timespan import TimeSpan

FERRIES = "the port authority is speeding up a tender for six electric ferries"


def _document(doc: str, outlet: str, content: str, *, aliases: tuple[str, ...] = ()) -> Document:
    source = Source(
        document_id=doc,
        published=TimeSpan.day(2025, 3, 4),
        outlet=Actor(outlet, ActorKind.OUTLET, aliases=aliases),
    )
    claim = Claim(id="s1", source=source, assertion=Statement(content=content))
    return Document(source=source, claims=(claim,))


def _retold(doc: str = "relay") -> Claim:
    source = Source(document_id=doc, published=TimeSpan.day(2025, 3, 5))
    content = "Port officials are accelerating their tender for six electric ferries"
    return Claim(id="s1", source=source, assertion=Statement(content=content))


def test_the_one_article_of_the_outlet_telling_the_story_is_the_origin() -> None:
    """Of the documents checked together, the origin is the named outlet's one article of the story."""
    origin = _document("a", "Harbour Ledger", FERRIES)
    others = [
        _document("b", "Harbour Ledger", "the city council cut bus fares for students"),
        _document("c", "Coastal Courier", FERRIES),
    ]
    assert RelayOrigins([*others, origin]).of(_retold(), "the Harbour Ledger") == origin


def test_two_articles_of_the_story_leave_the_origin_unnamed() -> None:
    """Two articles of the named outlet that both tell the story name no origin."""
    documents = [_document("a", "Harbour Ledger", FERRIES), _document("b", "Harbour Ledger", FERRIES)]
    assert RelayOrigins(documents).of(_retold(), "Harbour Ledger") is None


def test_an_outlet_is_found_by_any_of_its_names() -> None:
    """An outlet's article is found by an alias as well as by its canonical name."""
    origin = _document("a", "Harbour Ledger", FERRIES, aliases=("Portside Daily",))
    assert RelayOrigins([origin]).of(_retold(), "Portside") == origin


names = st.lists(st.sampled_from(["the", "Harbour", "harbour", "Ledger", "Daily", "Port"]), min_size=1, max_size=3)


@given(names, names)
def test_a_name_names_an_outlet_as_it_names_an_actor_of_that_name(name: list[str], outlet: list[str]) -> None:
    """A name names the outlet called *outlet* exactly when both fold alike, or it names an
    outlet actor of that name."""
    written, called = " ".join(name), " ".join(outlet)
    assert names_outlet_called(written, called) == (
        fold(written) == fold(called) or names_outlet(written, Actor(called, ActorKind.OUTLET))
    )
