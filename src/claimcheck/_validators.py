"""The attrs validators and identifier patterns that the model and the knowledge base share.

Each validator raises `ValueError` (or, from attrs, `TypeError`) with a message that names
the field and the value, so a bad value fails where the record is built.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
from attrs import validators as v

__all__ = ["IDENTIFIER", "SNAKE", "optional_text", "text", "texts", "tuple_of", "unique"]

IDENTIFIER = r"^[A-Za-z0-9][A-Za-z0-9_.:\-]*$"
"""An id: a letter or digit, then letters, digits and ``_ . : -``."""
SNAKE = r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$"
"""A snake_case name, such as a finding's category."""


def text(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A non-blank string."""
    if not isinstance(value, str) or not value.strip():
        msg = f"'{attribute.name}' must be a non-blank string (got {value!r})"
        raise ValueError(msg)


def optional_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """``None`` or a non-blank string."""
    if value is not None:
        text(instance, attribute, value)


def texts(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A tuple of non-blank strings; anything else is a `ValueError`."""
    if not isinstance(value, tuple):
        msg = f"'{attribute.name}' must be a tuple of strings (got {value!r})"
        raise ValueError(msg)
    for item in value:
        text(instance, attribute, item)


def tuple_of(member: Callable[[Any, attrs.Attribute[Any], Any], None]) -> Any:
    """A tuple (never a list or a string) whose members pass *member*."""
    return v.deep_iterable(member_validator=member, iterable_validator=v.instance_of(tuple))


def unique(_instance: object, attribute: attrs.Attribute[Any], value: tuple[object, ...]) -> None:
    """A tuple without repeated members."""
    if len(set(value)) != len(value):
        duplicates = sorted({repr(x) for x in value if value.count(x) > 1})
        msg = f"'{attribute.name}' has duplicates: {', '.join(duplicates)}"
        raise ValueError(msg)
