"""Tests for claimcheck._attribution_asides: claims made by someone and the words set
around a speaker."""

from __future__ import annotations

import pytest

from _shapes import BODY, GROUP, PERSON, SOMEONE, shape
from claimcheck._attribution_asides import before_age, before_aside, claim_made
from claimcheck._attribution_text import Token, tokenize
from claimcheck.attribution import parse_attribution
from claimcheck.model import Anonymity


def _tokens(text: str) -> list[Token]:
    return tokenize(text, 0, len(text))


@pytest.mark.parametrize(
    ("text", "speaker", "anonymity"),
    [
        (
            "The accusation — that the port was sold below value — was made by a retired "
            "customs officer in an interview.",
            "a retired customs officer",
            SOMEONE,
        ),
        (
            "The claim that the dam had cracked was made by Greenpeace in a statement.",
            "Greenpeace",
            BODY,
        ),
        (
            "The prediction was made by two economists at the central bank.",
            "two economists at the central bank",
            GROUP,
        ),
    ],
)
def test_a_claim_made_by_someone_is_theirs(text: str, speaker: str, anonymity: Anonymity) -> None:
    """Whoever a claim noun's claim "was made by" speaks, read by kind, without the medium."""
    assert shape(text) == (speaker, anonymity, ())


@pytest.mark.parametrize(
    "text",
    [
        "The decision was made by the cabinet on Friday.",
        "The chairs were made by hand in a workshop.",
    ],
)
def test_other_things_made_by_someone_attribute_nothing(text: str) -> None:
    """A decision or a thing made by someone is no claim of theirs."""
    assert parse_attribution(text) is None


def test_claim_made_needs_a_claim_noun_and_by() -> None:
    """ "was made by" counts after a subject headed by a claim noun only."""
    tokens = _tokens("The allegation was made by a senator.")
    assert claim_made(tokens, 3, 0, len(tokens))
    tokens = _tokens("The film was made by a senator.")
    assert not claim_made(tokens, 3, 0, len(tokens))


def test_an_aside_between_dashes_is_skipped() -> None:
    """A speaker before an aside set between dashes speaks, read by the aside's kind."""
    text = "Continental — the tyre maker, not the airline — said it would shut a plant."
    assert shape(text) == ("Continental", BODY, ())
    tokens = _tokens("Bosch — the supplier — said")
    assert before_aside(tokens, 0, 5) == 1
    assert before_aside(tokens, 0, 1) == 1


def test_an_age_before_a_description_keeps_the_name() -> None:
    """ "Name, 34, a nurse who ..., said" is the named person, over age and description."""
    text = (
        "Lena Okafor, 41, a teacher who had queued since dawn, said: "
        "“Nobody told us anything.”"
    )
    assert shape(text) == ("Lena Okafor", PERSON, ())
    tokens = _tokens("Lena Okafor, 41, a teacher, said")
    assert before_age(tokens, 4, 0) == 2
    assert before_age(tokens, 2, 0) == 2


def test_a_long_description_after_a_name_keeps_the_name_speaking() -> None:
    """A name set apart by one long description between commas (with "who ... and who
    ...") still speaks."""
    text = (
        "Ana Ruiz, a baker in Vigo who has sold bread there for thirty years and who closed "
        "her shop in June after the floods, said the town was empty."
    )
    assert shape(text) == ("Ana Ruiz", PERSON, ())


@pytest.mark.parametrize(
    "text",
    [
        "Ilse Varga, Hungary's trade minister, who has travelled between Vienna, Prague and "
        "Bratislava for a month to save the rail deal, said on Friday that it could be signed.",
        "Ilse Varga, the trade minister, whose staff visited Lyon, Turin and Graz in May, "
        "said the deal was close.",
    ],
)
def test_a_relative_clause_after_an_apposition_keeps_the_name_speaking(text: str) -> None:
    """A relative clause after a comma that closes an apposition, even one that lists places
    between commas, leaves the name before them as the speaker."""
    assert shape(text) == ("Ilse Varga", PERSON, ())


@pytest.mark.parametrize(
    "text",
    [
        "“Se acabó” — it is over — said Tomas Berg.",
        "“The road is shut,” says Tomas Berg of the port authority.",
        "“The road is shut,” said Tomas Berg from the ministry, “and nobody knows why.”",
    ],
)
def test_an_inverted_speaker_after_a_quote(text: str) -> None:
    """A speaker after the verb that follows quoted words speaks, past a dash that closes a
    gloss and with where they work after the name."""
    assert shape(text) == ("Tomas Berg", PERSON, ())


def test_a_dash_without_quoted_words_inverts_nothing() -> None:
    """A dash before "said" with no quoted words before it makes no inverted speaker of what
    follows the verb."""
    assert shape("The storm hit the coast — said the forecasters' models would miss it.") is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The sport's ruling body — World Aquatics — said the record would stand.",
         "World Aquatics"),
        ("The watchdog — Ofgem — said bills would fall in April.", "Ofgem"),
    ],
)
def test_a_name_between_dashes_names_the_description_before_it(text: str, speaker: str) -> None:
    """A description of common words named by an aside between dashes speaks by that name."""
    assert shape(text) == (speaker, BODY, ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Supreme Court of Norway, in a judgment that lawyers for the fishermen had "
            "described beforehand as “historic”, said the quota system was lawful.",
            ("Supreme Court of Norway", BODY, ()),
        ),
        (
            "The European Commission, at a meeting in Brussels that farmers had described as "
            "“a last chance”, said the quotas would stay.",
            ("European Commission", BODY, ()),
        ),
        (
            "Ana Ruiz reportedly described the plan, at a dinner with party donors, as “a gift "
            "to the banks”, according to El País.",
            ("Ana Ruiz", PERSON, ("El País",)),
        ),
    ],
)
def test_a_long_aside_of_occasion_keeps_the_speaker_and_its_cue(
    text: str, expected: tuple[str, Anonymity, tuple[str, ...]]
) -> None:
    """An aside of occasion between commas (", in a judgment that ...,", ", at a dinner
    with ...,") however long, and another cue inside it, leave the subject before it as the
    speaker, and "described ..., as" a cue."""
    assert shape(text) == expected


def test_an_inverted_speaker_of_a_bodys_place_in_the_possessive() -> None:
    """A speaker inverted after a quote keeps speaking when the affiliation after "of" runs
    through a place's possessive ("of South Korea's coast guard")."""
    text = "“The boats were empty,” says Captain Min-jun Seo of South Korea's coast guard."
    assert shape(text) == ("Min-jun Seo", PERSON, ())
