"""The subject of a copular title: "Jane Doe is the bank's chief"."""

from __future__ import annotations

from typing import Protocol, TypeVar

from claimcheck._extract_tokens import Token

__all__ = ["copular_subject"]

_COPULAS = frozenset({("is",), ("is", "now"), ("is", "still"), ("remains",)})
"""Words between a sentence's subject and its title: a title of the time of writing."""


class _Named(Protocol):
    @property
    def first(self) -> int: ...


_M = TypeVar("_M", bound=_Named)


def copular_subject(tokens: list[Token], k: int, ends: dict[int, _M]) -> _M | None:
    """The name that opens the sentence and ends just before the copula that ends at token
    *k* (*ends* maps where each name stops to it), as in "Jane Doe is the bank's chief".

    >>> from types import SimpleNamespace
    >>> from claimcheck._extract_tokens import tokenize
    >>> jane = SimpleNamespace(first=0, written="Jane Doe")
    >>> copular_subject(tokenize("Jane Doe is the chief", 0), 2, {2: jane}).written
    'Jane Doe'


    .. versionadded:: 0.1.0
    """
    for length in (2, 1):
        key = tuple(t.lower for t in tokens[max(0, k - length + 1) : k + 1])
        name = ends.get(k - length + 1) if key in _COPULAS else None
        if name is not None and name.first == 0:
            return name
    return None
