"""Near misses, for `claimcheck.names`: a misspelt name weighed against the known spellings.

"Jerry Connolly" for Gerry Connolly, "Friedrich Mertz" for Friedrich Merz: a mention whose
surname is one edit from a known person's, and whose given name is close or absent, is a
near miss of that person; two people who fit as well leave it ambiguous.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from claimcheck._names_fold import fold, plain_words, spelling_key
from claimcheck._names_near import (
    Form,
    close_enough,
    closeness,
    given_and_surname,
    same_initial,
    written_surname,
)
from claimcheck._names_resolution import Method, Resolution
from claimcheck._names_titles import strip_titles
from claimcheck.model import Actor, ActorKind

__all__: list[str] = []

POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
"""A possessive ending of a mention: "Rutte's", "the Joneses'"."""
NEAR_MISS_SURNAME = 0.85
"""The least similarity of a misspelt surname to the known one ("Connelly" for "Connolly")."""
NEAR_MISS_GIVEN_NAME = 0.8
"""The least similarity of a misspelt given name to the known one ("Jerry" for "Gerry")."""
NEAR_MISS_SINGLE = 0.9
"""The least similarity of a misspelt lone surname: stricter, as "Zelenska" is not "Zelensky"."""
_TELLING_GIVEN_NAME = 6
"""The fewest letters of a given name, written as the known one, with which a surname one
letter off is a near miss however short: "Friedrich Mertz" is a misspelt Friedrich Merz,
while "Mark Ruth" may be anyone."""
_SHORTEST_SURNAME = 4
_LONE_EXPECTED_SURNAME = 6
"""The fewest letters of a lone surname one edit from an expected person's for it to be a
slip of theirs ("Hegsteth" after Pete Hegseth is named), where `NEAR_MISS_SINGLE` would ask
a longer name."""
_TIE = 0.02
MAX_TOKENS = 12
"""The most words of a mention that are weighed."""


def run_together(words: list[str]) -> tuple[str, str]:
    """Surname words run together, plain and folded: ("vonderleyen", "vonderleien")."""
    return "".join(words), "".join(spelling_key(word) for word in words)


def near_miss_of(mention: str, expected: Iterable[Actor]) -> Resolution:
    """Whether *mention* misspells one of the *expected* people: those its context names.

    When the context already says who is meant (the holders of the office a text gives the
    mention: "NATO Secretary General Mark Rette"), a slip is weighed against those people
    alone. A given name written as theirs is then enough however short, where
    `AliasIndex.resolve` keeps "Mark Rette" unknown, as it may name someone else. The
    surname must still be within one edit of theirs, and the given name close or absent; a
    lone surname of six letters or more ("Hegsteth") is weighed as one with a given name,
    but must begin with the same letter.

    Args:
        mention: A name as found in a text.
        expected: The people the context names; other actors are passed over.

    Returns:
        A `Method.NEAR_MISS` resolution with the known spelling as the suggestion,
        `Method.FOLDED` for a mention that spells one of their names, `Method.AMBIGUOUS`
        when two people fit as well, else `Method.UNKNOWN`.

    >>> near_miss_of("Mark Rette", [Actor("Jens Stoltenberg"), Actor("Mark Rutte")]).suggestion
    'Mark Rutte'

    .. versionadded:: 0.1.0
    """
    plain, spelt = _mention_words(str(mention))
    forms = [form for actor in dict.fromkeys(expected) for form in forms_of(actor)]
    for form in forms:
        if _folded(form.text) == spelt:
            return Resolution(mention=mention, method=Method.FOLDED, actor=form.actor, score=1.0)
    return best_near_miss(mention, list(plain[-MAX_TOKENS:]), forms, expected=True)


@functools.lru_cache(maxsize=4096)
def _mention_words(mention: str) -> tuple[tuple[str, ...], str]:
    """The plain words of *mention* without titles and possessive, and their fold;
    remembered, as the same names are weighed in document after document."""
    plain = plain_words(POSSESSIVE.sub("", strip_titles(" ".join(mention.split()))))
    return tuple(plain), fold(" ".join(plain))


@functools.lru_cache(maxsize=4096)
def forms_of(actor: Actor) -> tuple[Form, ...]:
    """The spellings of a person's names that near misses are weighed against (remembered:
    the same people are weighed for every name of a text)."""
    if actor.kind is not ActorKind.PERSON:
        return ()
    forms = []
    for name in actor.names:
        plain = plain_words(name)
        if len(plain) >= 2:
            surname = written_surname(name)
            forms.append(Form(actor, name, plain[0], run_together(plain_words(surname)), surname))
    return tuple(forms)


_folded = functools.lru_cache(maxsize=4096)(fold)
"""`fold`, remembered for the known spellings that `near_miss_of` compares again and again."""


def best_near_miss(
    mention: str, plain: list[str], forms: Iterable[Form], *, expected: bool
) -> Resolution:
    """The near miss of *mention* (its *plain* words) among *forms*, by surname and given
    name; an *expected* person's surname needs no long given name to be one letter off."""
    unknown = Resolution(mention=mention, method=Method.UNKNOWN)
    if not plain:
        return unknown
    given, surname = given_and_surname(plain)
    written = run_together(surname)
    least = NEAR_MISS_SINGLE if given is None else NEAR_MISS_SURNAME
    if given is None and expected and len(written[0]) >= _LONE_EXPECTED_SURNAME:
        least = 0.0  # the context names the person: one edit is enough, as with a given name
    scored: list[tuple[float, Form]] = []
    for form in forms:
        telling = given is not None and (
            _telling(given, form) if not expected else len(form.surname[0]) >= _SHORTEST_SURNAME
        )
        floor = 0.0 if telling else least
        close = closeness(written, form.surname, floor)  # never more than one edit off
        if close == 0.0 or close < floor:
            continue
        if given is None:
            # a lone surname with another first letter may be another person ("Callas")
            if same_initial(written, form.surname):
                scored.append((close, form))
            continue
        given_closeness = _given_similarity(given, form.given)
        if given_closeness >= NEAR_MISS_GIVEN_NAME:
            scored.append(((close + given_closeness) / 2, form))
    if not scored:
        return unknown
    scored.sort(key=lambda item: (-item[0], item[1].text != item[1].actor.name, item[1].text))
    best_score, best = scored[0]
    rivals = {form.actor for score, form in scored if best_score - score <= _TIE}
    if len(rivals) > 1:
        ordered = tuple(sorted(rivals, key=lambda a: (a.name, a.kind.value)))
        return Resolution(mention=mention, method=Method.AMBIGUOUS, candidates=ordered)
    return Resolution(
        mention=mention,
        method=Method.NEAR_MISS,
        actor=best.actor,
        score=round(best_score, 3),
        suggestion=best.text if given is not None else best.written_surname,
    )


def _telling(given: str, form: Form) -> bool:
    """Whether a given name written as the known one says enough to find a short surname
    one letter off: a long given name ("Friedrich Mertz" is Friedrich Merz), but not a short
    one ("Mark Ruth" is not Mark Rutte)."""
    return (
        len(given) >= _TELLING_GIVEN_NAME
        and fold(given) == fold(form.given)
        and len(form.surname[0]) >= _SHORTEST_SURNAME
    )


def _given_similarity(mention: str, known: str) -> float:
    """How alike two given names are; an initial matches a name with that first letter."""
    if len(mention) == 1:
        return 1.0 if fold(known).startswith(fold(mention)) else 0.0
    return close_enough(mention, known, NEAR_MISS_GIVEN_NAME)
