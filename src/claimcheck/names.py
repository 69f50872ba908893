# ruff: noqa: RUF001, RUF002
"""Names: fold the spellings of a name onto one key, and resolve a mention to a known `Actor`.

News spells the same person many ways: "Zelenskyy", "Zelenskiy" and "Zelensky"; "Andrii Sybiha"
and "Andrey Sibiga"; the French "Orechnik" for "Oreshnik"; sometimes with a Cyrillic letter that
looks Latin. `fold` maps all of them onto one comparison key. `AliasIndex` resolves a mention
("Mr. Zelensky", "Rutte", the misspelt "Jerry Connolly") to the actor it names, and says how.

>>> fold("Volodymyr Zelenskyy") == fold("volodymyr ZELENSKY")
True

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType

import attrs

from claimcheck._names_near import (
    Form,
    NearIndex,
    close_enough,
    closeness,
    given_and_surname,
    same_initial,
    similarity,
    written_surname,
)
from claimcheck._names_fold import (
    fold,
    is_cyrillic,
    letters_key,
    lettered_form,
    plain_words,
    spelling_key,
    transliterate,
)
from claimcheck._names_tables import NAME_SUFFIXES, SURNAME_PARTICLES, TITLE_WORDS
from claimcheck.model import Actor, ActorKind

__all__ = [  # noqa: RUF022 - sorted() order, as tests/test_public_api.py checks
    "AliasIndex",
    "Method",
    "NEAR_MISS_GIVEN_NAME",
    "NEAR_MISS_SINGLE",
    "NEAR_MISS_SURNAME",
    "Resolution",
    "fold",
    "is_title",
    "near_miss_of",
    "strip_titles",
    "transliterate",
]

# -- resolving mentions -------------------------------------------------------------------

_TITLE_KEYS = frozenset(fold(word) for word in TITLE_WORDS)
_SUFFIX_KEYS = frozenset(fold(word) for word in NAME_SUFFIXES)
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")

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
_MAX_TOKENS = 12


class Method(enum.Enum):
    """How an `AliasIndex` resolved a mention (or why it did not)."""

    EXACT = "exact"
    """The mention is a name or alias of the actor as written."""
    FOLDED = "folded"
    """The mention folds to a name or alias of the actor ("Zelenskiy" for "Zelenskyy")."""
    SURNAME = "surname"
    """The mention is the surname of exactly one known person ("Mr. Rutte")."""
    INITIAL = "initial"
    """The mention is an initial and the surname of exactly one known person ("M. Rutte")."""
    NEAR_MISS = "near_miss"
    """The mention looks like a misspelling of one known name ("Jerry Connolly")."""
    AMBIGUOUS = "ambiguous"
    """Several actors fit equally well; none is chosen."""
    UNKNOWN = "unknown"
    """No known actor fits."""


@attrs.frozen(kw_only=True)
class Resolution:
    """The answer of `AliasIndex.resolve`: which actor a mention names, and how sure that is.

    Args:
        mention: The mention as given.
        method: How it was resolved.
        actor: The actor, unless the method is `Method.AMBIGUOUS` or `Method.UNKNOWN`.
        score: 1.0 for a sure match, the similarity for a near miss, 0.0 when unresolved.
        suggestion: For a near miss, the known spelling the mention most resembles.
        candidates: For an ambiguous mention, the actors it could name, sorted by name.

    >>> Resolution(mention="Xu", method=Method.UNKNOWN).resolved
    False

    .. versionadded:: 0.1.0
    """

    mention: str = attrs.field(validator=attrs.validators.instance_of(str))
    method: Method = attrs.field(validator=attrs.validators.instance_of(Method))
    actor: Actor | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Actor))
    )
    score: float = attrs.field(default=0.0, validator=attrs.validators.instance_of(float))
    suggestion: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )
    candidates: tuple[Actor, ...] = attrs.field(
        default=(),
        validator=attrs.validators.deep_iterable(
            attrs.validators.instance_of(Actor), attrs.validators.instance_of(tuple)
        ),
    )

    @property
    def resolved(self) -> bool:
        """Whether the mention was resolved to one actor."""
        return self.actor is not None


def strip_titles(name: str) -> str:
    """*name* without the titles and qualifiers before it: "NATO Secretary General Mark Rutte".

    The name is the run of capitalised words at the end (with particles such as "von der")
    up to the first title ("Mr.", "Secretary", "Ukrainian"), possessive ("Moldova's") or
    lower-case word ("spokesman"); the last word always stays.

    Args:
        name: A name as written, perhaps with titles.

    Returns:
        The name as written from its first word that is not a title.

    >>> strip_titles("US Secretary of State Antony Blinken")
    'Antony Blinken'

    .. versionadded:: 0.1.0
    """
    words = name.split()
    start = len(words) - 1
    while start > 0:
        word = words[start - 1]
        particle = word in SURNAME_PARTICLES or word in _NAME_JOINERS
        if not particle and (not word[:1].isupper() or is_title(word) or _is_possessive(word)):
            break
        start -= 1
    return " ".join(words[start:])


_NAME_JOINERS = frozenset({"&", "y", "e"})
"""Words that join two capitalised words inside one name: "Ernst & Young", "Ortega y
Gasset", "Instituto de Energia e Meio Ambiente"."""


def _is_possessive(word: str) -> bool:
    return word.endswith(("'s", "’s"))


@functools.lru_cache(maxsize=4096)
def is_title(word: str) -> bool:
    """Whether a written word is a title, an honorific or a qualifier of a name.

    Args:
        word: One word as written ("Secretary-General", "U.S.", "Mr.", "Ukrainian").

    Returns:
        Whether `strip_titles` would drop it before a name.

    >>> is_title("Secretary-General"), is_title("Rutte")
    (True, False)

    .. versionadded:: 0.1.0
    """
    if word.isascii():
        parts = word.lower().replace(".", "").split("-")
        return all(p in TITLE_WORDS for p in parts)
    keys = fold(word).split()
    return bool(keys) and all(k in _TITLE_KEYS for k in keys)


def _core(tokens: list[str]) -> list[int]:
    """The positions of folded *tokens* without leading titles ("president", "mr") and
    trailing suffixes ("jr")."""
    start, end = 0, len(tokens)
    while start < end - 1 and tokens[start] in _TITLE_KEYS:
        start += 1
    while end - 1 > start and tokens[end - 1] in _SUFFIX_KEYS:
        end -= 1
    return list(range(start, end))


def _loose(positions: list[int], tokens: list[str]) -> list[int]:
    """The positions without middle initials: "gerald e connolly" keeps "gerald connolly"."""
    if len(positions) < 3:
        return positions
    middle = [p for p in positions[1:-1] if len(tokens[p]) > 1]
    return [positions[0], *middle, positions[-1]]


def _join(tokens: list[str], positions: list[int]) -> str:
    return " ".join(tokens[p] for p in positions)


def _both(words: list[str]) -> tuple[str, str]:
    """Surname words run together, plain and folded: ("vonderleyen", "vonderleien")."""
    return "".join(words), "".join(spelling_key(word) for word in words)


def _transliterated(actor: Actor) -> bool:
    """Whether *actor*'s name comes from another script: it has a Cyrillic spelling, or
    spellings that differ in letters but fold together ("Zelensky", "Zelenskyy")."""
    spellings: dict[str, set[str]] = {}
    for name in actor.names:
        if any(map(is_cyrillic, name)):
            return True
        spellings.setdefault(fold(name), set()).add(" ".join(plain_words(name)))
    return any(len(plain) > 1 for plain in spellings.values())


def _freeze(table: dict[str, list[Actor]]) -> Mapping[str, tuple[Actor, ...]]:
    return MappingProxyType({key: tuple(actors) for key, actors in table.items()})


def _add(table: dict[str, list[Actor]], key: str, actor: Actor) -> None:
    if key:
        bucket = table.setdefault(key, [])
        if actor not in bucket:
            bucket.append(actor)


def _spell(table: dict[str, dict[str, str]], key: str, lettered: str, written: str) -> None:
    """Record a spelling, unless an earlier name is spelt so."""
    if key:
        table.setdefault(key, {}).setdefault(lettered, written)


@attrs.frozen
class AliasIndex:
    """An immutable index from the names and aliases of actors to the actors.

    Build it with `AliasIndex.from_actors`; ask it with `AliasIndex.resolve`. It never
    forces an unknown name onto the nearest actor: a near miss must be within one edit of a
    known surname and close in the given name (see `NEAR_MISS_SURNAME` and
    `NEAR_MISS_GIVEN_NAME`), and a surname or a near miss shared by several actors resolves
    to none.

    >>> from claimcheck.model import Actor
    >>> index = AliasIndex.from_actors([Actor("Mark Rutte")])
    >>> index.resolve("Secretary-General Rutte").method.value
    'surname'

    .. versionadded:: 0.1.0
    """

    actors: tuple[Actor, ...]
    _exact: Mapping[str, tuple[Actor, ...]]
    _folded: Mapping[str, tuple[Actor, ...]]
    _surnames: Mapping[str, tuple[Actor, ...]]
    _spellings: Mapping[str, Mapping[str, str]]
    """For each folded key of a name or surname, its known spellings with doubled letters
    kept (see `letters_key`), each with the name as written."""
    _transliterated: frozenset[Actor]
    _forms: NearIndex[Form]
    """Known spellings of persons' names by the deletion neighbourhoods of their surnames,
    plain and folded: any slip of one letter, the first included, is looked for."""
    _memo: dict[str, Resolution] = attrs.field(init=False, factory=dict, eq=False, repr=False)
    """Answers already given: the index is immutable, so each mention is resolved once."""

    @classmethod
    def from_actors(cls, actors: Iterable[Actor]) -> AliasIndex:
        """Index *actors* by their names and aliases, as written and folded.

        Args:
            actors: The actors; repeated (equal) actors count once.

        Returns:
            The index.

        Raises:
            TypeError: An item is not an `Actor`.

        >>> AliasIndex.from_actors([Actor("Le Monde", ActorKind.OUTLET)]).resolve("LE MONDE").method
        <Method.FOLDED: 'folded'>

        .. versionadded:: 0.1.0
        """
        unique: list[Actor] = []
        for actor in actors:
            if not isinstance(actor, Actor):
                msg = f"AliasIndex.from_actors() takes Actors (got {actor!r})"
                raise TypeError(msg)
            if actor not in unique:
                unique.append(actor)
        exact: dict[str, list[Actor]] = {}
        folded: dict[str, list[Actor]] = {}
        surnames: dict[str, list[Actor]] = {}
        spellings: dict[str, dict[str, str]] = {}
        forms: list[Form] = []
        whole: list[tuple[str, str, str]] = []  # key, lettered key, name: as written first,
        shortened: list[tuple[str, str, str]] = []  # then without titles and initials
        for actor in unique:
            for name in actor.names:
                _add(exact, " ".join(name.split()), actor)
                plain = plain_words(name)
                tokens = [spelling_key(word) for word in plain]
                letters = [letters_key(word) for word in plain]
                for positions, spelt in (
                    (list(range(len(tokens))), whole),
                    (_loose(_core(tokens), tokens), shortened),
                ):
                    key = _join(tokens, positions)
                    _add(folded, key, actor)
                    spelt.append((key, _join(letters, positions), name))
                if actor.kind is ActorKind.PERSON and len(plain) >= 2:
                    surname = written_surname(name)
                    _add(surnames, fold(surname), actor)
                    _spell(spellings, fold(surname), lettered_form(surname), surname)
                    _add(surnames, tokens[-1], actor)
                    last = name.split()[-1]
                    if fold(last) == tokens[-1]:
                        _spell(spellings, tokens[-1], letters[-1], last)
            forms.extend(_forms_of(actor))
        for key, lettered, name in (*whole, *shortened):
            _spell(spellings, key, lettered, name)
        return cls(
            tuple(unique),
            _freeze(exact),
            _freeze(folded),
            _freeze(surnames),
            MappingProxyType({k: MappingProxyType(v) for k, v in spellings.items()}),
            frozenset(a for a in unique if a.kind is ActorKind.PERSON and _transliterated(a)),
            NearIndex((key, form) for form in forms for key in form.surname),
        )

    def resolve(self, mention: str) -> Resolution:
        """Which known actor *mention* names, and how the index found it.

        Tried in order: the exact name or alias; the folded one (also without leading
        titles, middle initials and a possessive "'s"); a lone surname; an initial and a
        surname; a near miss of a known name, with the known spelling as the suggestion.
        A person's name that folds to a known one but differs from every known spelling in
        a doubled letter ("Gerry Conolly") is a near miss too, unless the name comes from
        another script and the mention only writes a doubled letter once.

        Args:
            mention: A name as found in a text ("Mr. Zelensky", "Jerry Connolly").

        Returns:
            The resolution; `Method.UNKNOWN` or `Method.AMBIGUOUS` leave the actor unset.

        >>> connolly = Actor("Gerald E. Connolly", aliases=("Gerry Connolly",))
        >>> found = AliasIndex.from_actors([connolly]).resolve("Jerry Connolly")
        >>> found.method.value, found.actor.name, found.suggestion
        ('near_miss', 'Gerald E. Connolly', 'Gerry Connolly')

        .. versionadded:: 0.1.0
        """
        known = self._memo.get(mention)
        if known is None:
            known = self._memo[mention] = self._resolve(mention)
        return known

    def _resolve(self, mention: str) -> Resolution:
        text = " ".join(str(mention).split())
        hits = self._exact.get(text, ())
        if hits:
            return self._found(mention, Method.EXACT, hits)
        words = plain_words(_POSSESSIVE.sub("", text))[-_MAX_TOKENS:]
        tokens = [spelling_key(word) for word in words]
        letters = [letters_key(word) for word in words]
        core = _core(tokens)
        keys = [list(range(len(tokens))), core, _loose(core, tokens)]
        keys += [list(range(start, len(tokens))) for start in range(1, len(tokens) - 1)]
        for positions in keys:
            key = _join(tokens, positions)
            hits = self._folded.get(key, ())
            if hits:
                least = NEAR_MISS_SINGLE if len(positions) == 1 else NEAR_MISS_SURNAME
                spelt = (key, _join(letters, positions))
                return self._spelt(mention, Method.FOLDED, hits, spelt, least)
        key = _join(tokens, core)
        hits = self._surnames.get(key, ())
        if hits:
            spelt = (key, _join(letters, core))
            return self._spelt(mention, Method.SURNAME, hits, spelt, NEAR_MISS_SINGLE)
        if len(core) >= 2 and all(len(tokens[p]) == 1 for p in core[:-1]):
            last, initial = core[-1], tokens[core[0]]
            hits = tuple(
                a for a in self._surnames.get(tokens[last], ()) if _has_initial(a, initial)
            )
            if hits:
                spelt = (tokens[last], letters[last])
                return self._spelt(mention, Method.INITIAL, hits, spelt, NEAR_MISS_SURNAME)
        return self._near_miss(mention, [words[p] for p in _loose(core, tokens)])

    def _found(self, mention: str, method: Method, hits: tuple[Actor, ...]) -> Resolution:
        if len(hits) > 1:
            ordered = tuple(sorted(hits, key=lambda a: (a.name, a.kind.value)))
            return Resolution(mention=mention, method=Method.AMBIGUOUS, candidates=ordered)
        return Resolution(mention=mention, method=method, actor=hits[0], score=1.0)

    def _spelt(
        self,
        mention: str,
        method: Method,
        hits: tuple[Actor, ...],
        spelt: tuple[str, str],
        least: float,
    ) -> Resolution:
        """The resolution of a mention whose folded key (``spelt[0]``) names *hits*: as
        found when one known spelling has its letters (``spelt[1]``); a near miss when it
        differs from all in a doubled letter only, or unknown when that leaves it below
        *least*. A name from another script may write a doubled letter once (schemes
        differ: "Rossiya", "Rosiya"), but never double one that no spelling doubles."""
        key, lettered = spelt
        known = self._spellings.get(key, {})
        if len(hits) > 1 or hits[0].kind is not ActorKind.PERSON or lettered in known or not known:
            return self._found(mention, method, hits)
        actor = hits[0]
        if actor in self._transliterated and any(len(lettered) < len(k) for k in known):
            return self._found(mention, method, hits)
        score, suggestion = max(
            (similarity(lettered, spelling), written) for spelling, written in known.items()
        )
        if score < least:
            return Resolution(mention=mention, method=Method.UNKNOWN)
        return Resolution(
            mention=mention,
            method=Method.NEAR_MISS,
            actor=actor,
            score=round(score, 3),
            suggestion=suggestion,
        )

    def _near_miss(self, mention: str, plain: list[str]) -> Resolution:
        written = _both(given_and_surname(plain)[1]) if plain else ("", "")
        return _best_near_miss(mention, plain, self._forms.near(written), expected=False)


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
    forms = [form for actor in dict.fromkeys(expected) for form in _forms_of(actor)]
    for form in forms:
        if _folded(form.text) == spelt:
            return Resolution(mention=mention, method=Method.FOLDED, actor=form.actor, score=1.0)
    return _best_near_miss(mention, list(plain[-_MAX_TOKENS:]), forms, expected=True)


@functools.lru_cache(maxsize=4096)
def _mention_words(mention: str) -> tuple[tuple[str, ...], str]:
    """The plain words of *mention* without titles and possessive, and their fold;
    remembered, as the same names are weighed in document after document."""
    plain = plain_words(_POSSESSIVE.sub("", strip_titles(" ".join(mention.split()))))
    return tuple(plain), fold(" ".join(plain))


@functools.lru_cache(maxsize=4096)
def _forms_of(actor: Actor) -> tuple[Form, ...]:
    """The spellings of a person's names that near misses are weighed against (remembered:
    the same people are weighed for every name of a text)."""
    if actor.kind is not ActorKind.PERSON:
        return ()
    forms = []
    for name in actor.names:
        plain = plain_words(name)
        if len(plain) >= 2:
            surname = written_surname(name)
            forms.append(Form(actor, name, plain[0], _both(plain_words(surname)), surname))
    return tuple(forms)


_folded = functools.lru_cache(maxsize=4096)(fold)
"""`fold`, remembered for the known spellings that `near_miss_of` compares again and again."""


def _best_near_miss(
    mention: str, plain: list[str], forms: Iterable[Form], *, expected: bool
) -> Resolution:
    """The near miss of *mention* (its *plain* words) among *forms*, by surname and given
    name; an *expected* person's surname needs no long given name to be one letter off."""
    unknown = Resolution(mention=mention, method=Method.UNKNOWN)
    if not plain:
        return unknown
    given, surname = given_and_surname(plain)
    written = _both(surname)
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


def _has_initial(actor: Actor, initial: str) -> bool:
    return any(fold(name).startswith(initial) for name in actor.names)
