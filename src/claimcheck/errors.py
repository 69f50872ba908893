"""The exceptions claimcheck raises.

Every error subclasses `ClaimcheckError` and the built-in exception it resembles, so
``except ValueError`` keeps working for callers that do not know claimcheck. Messages say
where (file, path inside it), what went wrong, and which value, and are built before the
``raise``.

>>> from claimcheck.errors import CaseFileError
>>> err = CaseFileError("wrong type", location="seeds/a.json", path="$.claims[2].when", value=3)
>>> print(err)
seeds/a.json: $.claims[2].when: wrong type (got 3)
>>> isinstance(err, ValueError)
True

.. versionadded:: 0.1.0
"""

from __future__ import annotations

__all__ = [
    "ArticleError",
    "CaseFileError",
    "CheckDefinitionError",
    "ClaimcheckError",
    "DateError",
    "FactFileError",
    "InputError",
    "UnknownCheckError",
]

_NO_VALUE = object()


class ClaimcheckError(Exception):
    """Base class of every exception raised by claimcheck."""


class InputError(ClaimcheckError, ValueError):
    """Input that claimcheck cannot read, with where it was found.

    Args:
        problem: What is wrong, in a few words.
        location: The file (or other origin) of the input, if known.
        path: Where inside it, as a JSON path such as ``$.claims[2].when``.
        value: The offending value, if there is one.
    """

    location: str | None
    path: str | None
    value: object
    problem: str

    def __init__(
        self,
        problem: str,
        *,
        location: str | None = None,
        path: str | None = None,
        value: object = _NO_VALUE,
    ) -> None:
        self.problem = problem
        self.location = location
        self.path = path
        self.value = None if value is _NO_VALUE else value
        self._has_value = value is not _NO_VALUE
        parts = [p for p in (location, path) if p]
        msg = ": ".join([*parts, problem])
        if value is not _NO_VALUE and repr(value) not in problem:
            msg += f" (got {value!r})"
        super().__init__(msg)

    def __reduce__(self) -> tuple[object, ...]:
        state = (self.problem, self.location, self.path, self._has_value, self.value)
        return (_rebuild, (type(self), *state))


def _rebuild(
    cls: type[InputError],
    problem: str,
    location: str | None,
    path: str | None,
    has_value: bool,
    value: object,
) -> InputError:
    if has_value:
        return cls(problem, location=location, path=path, value=value)
    return cls(problem, location=location, path=path)


class DateError(InputError):
    """Text that cannot become a `TimeSpan` or `Duration` (strict readers only)."""


class CaseFileError(InputError):
    """A case file that does not fit the model; names the file, the path and the value."""


class ArticleError(InputError):
    """An article file that cannot be read: empty, binary, not UTF-8, or with a bad header.

    The message names the file and the line (``path: line 3: ...``).
    """


class FactFileError(InputError):
    """A fact file (or a merge of them) that does not fit the format or contradicts itself.

    The message names the file, the record (its index and id) and the field: a bad date, an
    end before its start, or two tenures of a single-holder office that overlap.
    """


class CheckDefinitionError(ClaimcheckError, TypeError):
    """A check defined wrongly: a bad or duplicate code, or a wrong signature."""


class UnknownCheckError(ClaimcheckError, LookupError):
    """``select=`` or ``ignore=`` names no known check code or family."""
