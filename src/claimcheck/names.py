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

from collections.abc import Iterable, Mapping
from types import MappingProxyType

import attrs

from claimcheck._names_fold import (
    fold,
    is_cyrillic,
    lettered_form,
    letters_key,
    plain_words,
    spelling_key,
    transliterate,
)
from claimcheck._names_misses import (
    MAX_TOKENS,
    NEAR_MISS_GIVEN_NAME,
    NEAR_MISS_SINGLE,
    NEAR_MISS_SURNAME,
    POSSESSIVE,
    best_near_miss,
    forms_of,
    near_miss_of,
    run_together,
)
from claimcheck._names_near import Form, NearIndex, given_and_surname, similarity, written_surname
from claimcheck._names_resolution import Method, Resolution
from claimcheck._names_tables import NAME_SUFFIXES
from claimcheck._names_titles import TITLE_KEYS, is_title, strip_titles
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

_SUFFIX_KEYS = frozenset(fold(word) for word in NAME_SUFFIXES)


def _core(tokens: list[str]) -> list[int]:
    """The positions of folded *tokens* without leading titles ("president", "mr") and
    trailing suffixes ("jr")."""
    start, end = 0, len(tokens)
    while start < end - 1 and tokens[start] in TITLE_KEYS:
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
            forms.extend(forms_of(actor))
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
        words = plain_words(POSSESSIVE.sub("", text))[-MAX_TOKENS:]
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
        written = run_together(given_and_surname(plain)[1]) if plain else ("", "")
        return best_near_miss(mention, plain, self._forms.near(written), expected=False)


def _has_initial(actor: Actor, initial: str) -> bool:
    return any(fold(name).startswith(initial) for name in actor.names)
