"""Tests for claimcheck._names_near: the edit distance of spellings and the index of close ones."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from _edits import EDIT_KINDS, one_edit
from claimcheck._names_near import NearIndex, distance, neighbourhood, similarity

words = st.text(alphabet="abcdehnkz", max_size=9)
SOUNDS = ("ckq", "csz", "gh", "ijy", "vw")


def _full_table(a: str, b: str) -> int:
    """The half-edit distance computed over the whole table, as the definition reads."""

    def indel(word: str, at: int) -> int:
        near = {word[at - 1] if at > 0 else "", word[at + 1] if at + 1 < len(word) else ""}
        return 1 if word[at] in near else 2

    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        table[i][0] = table[i - 1][0] + indel(a, i - 1)
    for j in range(1, len(b) + 1):
        table[0][j] = table[0][j - 1] + indel(b, j - 1)
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                change = 0
            elif i == j == 1 and any({a[0], b[0]} <= set(group) for group in SOUNDS):
                change = 1
            else:
                change = 2
            options = [
                table[i - 1][j] + indel(a, i - 1),
                table[i][j - 1] + indel(b, j - 1),
                table[i - 1][j - 1] + change,
            ]
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                options.append(table[i - 2][j - 2] + 1)
            table[i][j] = min(options)
    return table[-1][-1]


@given(words, words, st.integers(min_value=0, max_value=12))
def test_banded_distance_agrees_with_the_full_table(a: str, b: str, limit: int) -> None:
    """Computing only the band a limit allows gives the full distance, or limit + 1 past it."""
    full = _full_table(a, b)
    assert distance(a, b, limit) == (full if full <= limit else limit + 1)


@given(words, words)
def test_distance_is_symmetric(a: str, b: str) -> None:
    """Turning a into b costs what turning b into a costs."""
    assert distance(a, b, 40) == distance(b, a, 40)


def test_slips_that_keep_the_letters_cost_half_an_edit() -> None:
    """A swap of neighbours, a doubled letter or a first letter of the same sound costs half an
    edit; another changed letter a whole one."""
    assert distance("zelenksy", "zelensky", 4) == 1
    assert distance("conolly", "connolly", 4) == 1
    assert distance("leyden", "leyen", 4) == 2
    assert distance("kallis", "kallas", 4) == 2
    assert distance("callas", "kallas", 4) == 1
    assert distance("gallas", "kallas", 4) == 2
    assert similarity("sybhia", "sybiha") == 1 - 1 / 12


@given(words, words, st.sampled_from([0.0, 0.5, 0.8, 0.85, 0.9]))
def test_similarity_below_the_least_is_zero(a: str, b: str, least: float) -> None:
    """A similarity under the threshold is reported as 0.0, any other in full."""
    full = similarity(a, b)
    assert similarity(a, b, least) == (full if full >= least else 0.0)


@given(
    st.text(alphabet="abcdehn", min_size=2, max_size=9),
    st.sampled_from(EDIT_KINDS),
    st.integers(0, 9),
    st.sampled_from("abcdehnz"),
)
def test_one_edit_apart_means_a_shared_neighbour(word: str, kind: str, at: int, letter: str) -> None:
    """A word one change, addition, drop or swap away shares a deletion neighbour, and the
    index finds the item of the other."""
    edited = one_edit(word, kind, at, letter)
    assert distance(word, edited, 2) <= 2
    assert neighbourhood(word) & neighbourhood(edited)
    assert NearIndex([(word, "known")]).near([edited]) == ["known"]


def test_index_leaves_far_words_out() -> None:
    """Words more than two edits away share no deletion neighbour, so the index skips them."""
    index = NearIndex([("rutte", "Rutte"), ("connolly", "Connolly")])
    assert index.near(["conolly"]) == ["Connolly"]
    assert index.near(["zelensky"]) == []


GIVEN_NAMES = ("Mark", "Joe", "Olaf", "Kaja", "Anna", "Li")
surnames = st.text(alphabet="abdeghiklmnoprstuvz", min_size=5, max_size=10).map(str.capitalize)


@given(st.sampled_from(GIVEN_NAMES), surnames, st.sampled_from(EDIT_KINDS), st.integers(1, 9), st.sampled_from("aeiouy"))
def test_a_slip_in_the_surname_of_an_expected_person_is_a_near_miss_of_them(
    given_name: str, surname: str, kind: str, at: int, letter: str
) -> None:
    """With the person expected, any one slip after the surname's first letter, under their
    given name however short, is a near miss of them suggesting their name (or their name
    itself, when the slip folds away: "y" for "i")."""
    from claimcheck.model import Actor
    from claimcheck.names import Method, fold, near_miss_of

    slipped = surname[0] + one_edit(surname[1:], kind, at, letter)
    person = Actor(f"{given_name} {surname}")
    found = near_miss_of(f"{given_name} {slipped}", [person])
    if fold(slipped) == fold(surname):
        assert (found.method, found.actor) == (Method.FOLDED, person)
    else:
        assert (found.method, found.actor, found.suggestion) == (Method.NEAR_MISS, person, person.name)


@given(st.sampled_from(GIVEN_NAMES), surnames)
def test_an_expected_persons_own_name_is_found_not_misspelt(given_name: str, surname: str) -> None:
    """A mention that writes an expected person's name, in any case, is found as that
    person (folded), never reported as a misspelling of them."""
    from claimcheck.model import Actor
    from claimcheck.names import Method, near_miss_of

    person = Actor(f"{given_name} {surname}")
    for written in (person.name, person.name.upper(), f"Mr {person.name}"):
        found = near_miss_of(written, [person])
        assert (found.method, found.actor) == (Method.FOLDED, person)


def test_near_miss_of_weighs_the_expected_people_only() -> None:
    """Another given name, a surname two slips off, or an unexpected person are no near
    miss; two expected people who fit as well leave the mention ambiguous."""
    from claimcheck.model import Actor
    from claimcheck.names import Method, near_miss_of

    rutte = Actor("Mark Rutte")
    assert near_miss_of("Mike Rutte", [rutte]).method is Method.UNKNOWN
    assert near_miss_of("Mark Rotta", [rutte]).method is Method.UNKNOWN
    assert near_miss_of("Mark Rette", [Actor("Mark Rubens")]).method is Method.UNKNOWN
    assert near_miss_of("Mark Rette", [rutte, Actor("Mark Retts")]).method is Method.AMBIGUOUS
    assert near_miss_of("Rete", [rutte]).method is Method.UNKNOWN  # a lone surname stays strict
