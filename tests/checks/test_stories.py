"""Which statements tell one story (`claimcheck.checks._stories`), which outlet a name
means, and proposition keys whose heads differ only by numbers
(`claimcheck.checks._propositions`)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.checks._propositions import clusters, same_proposition
from claimcheck.checks._stories import names_outlet, outlet_key, same_story, story_words
from claimcheck.model import Actor, ActorKind, Claim, Source, Statement
from claimcheck.timespan import TimeSpan

SOURCE = Source(document_id="d", published=TimeSpan.day(2020, 5, 4))


def _claim(content: str, proposition: str | None = None) -> Claim:
    return Claim(id="c", source=SOURCE, assertion=Statement(content=content, proposition=proposition))


def test_a_story_retold_in_other_words_is_one_story() -> None:
    """A relay that changes the subject and verb but keeps the facts tells the same story."""
    assert same_story(
        _claim("The regional government is fast-tracking a contract for 40 hospital beds"),
        _claim("Styria is speeding up its contract for 40 hospital beds"),
    )


def test_stories_that_share_only_common_words_differ() -> None:
    """Two statements about one actor doing different things are different stories."""
    assert not same_story(
        _claim("The regional government is fast-tracking a contract for 40 hospital beds"),
        _claim("The regional government raised school fees for foreign students"),
    )


def test_keys_that_state_one_proposition_make_one_story() -> None:
    """Statements whose keys match tell one story, whatever their words."""
    assert same_story(_claim("a", "x-cut:troop"), _claim("b", "x-cut-5:troop"))


words = st.text(alphabet=st.sampled_from("abcdefghij 0123456789,"), min_size=1, max_size=60).filter(str.strip)


@given(words, words)
def test_same_story_is_symmetric(first: str, second: str) -> None:
    """Whether two statements tell one story does not depend on their order."""
    assert same_story(_claim(first), _claim(second)) == same_story(_claim(second), _claim(first))


@given(words)
def test_a_statement_with_three_content_words_is_its_own_story(content: str) -> None:
    """A statement with at least three content words tells the same story as itself."""
    claim = _claim(content)
    assert same_story(claim, claim) == (len(story_words(content)) >= 3)


def test_an_outlet_is_named_by_its_first_words() -> None:
    """A short form names an outlet by its leading words, never by a later word alone."""
    gazette = Actor("Lakeshore Gazette", ActorKind.OUTLET)
    assert names_outlet("the Lakeshore", gazette)
    assert names_outlet("Lakeshore Gazette", gazette)
    assert not names_outlet("Gazette", gazette)
    assert not names_outlet("Lake", gazette)
    assert outlet_key("The Lakeshore Gazette") == outlet_key("Lakeshore") == "lakeshore"


def test_a_head_without_numbers_meets_one_with_numbers() -> None:
    """A key without numbers states the proposition of a key with them; different numbers do not."""
    assert same_proposition("x-weigh:cut.troop", "x-weigh-9-000:troop")
    assert not same_proposition("x-weigh-8-000:troop", "x-weigh-9-000:troop")
    assert clusters(["x-weigh-8:troop", "x-weigh-9:troop"]) == [[0], [1]]
    assert clusters(["x-weigh-8:troop", "x-weigh-9:troop", "x-weigh:troop"]) == [[0, 1, 2]]
