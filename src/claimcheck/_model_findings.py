"""The model's findings and case files."""

from __future__ import annotations

import enum

import attrs
from attrs import validators as v

from claimcheck import _validators as valid
from claimcheck._model_actors import Span, _instance
from claimcheck._model_documents import Document

__all__ = ["CaseFile", "Evidence", "Expectation", "Finding", "Severity"]

_CLAIM_REF = r"^[A-Za-z0-9][A-Za-z0-9_.:\-]*#[A-Za-z0-9][A-Za-z0-9_.:\-]*$"
_CODE = r"^[A-Z]{3}[0-9]{3}$"
_KEBAB = r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"


# -- findings -----------------------------------------------------------------------------


class Severity(enum.Enum):
    """How much a finding matters, from `INFO` to `ERROR`."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """0 for info, 1 for warning, 2 for error."""
        return _SEVERITY_RANK[self]

    def at_least(self, other: Severity) -> bool:
        """Whether this severity is *other* or worse.

        >>> Severity.ERROR.at_least(Severity.WARNING)
        True
        """
        return self.rank >= other.rank


_SEVERITY_RANK = {s: i for i, s in enumerate(Severity)}


@attrs.frozen(kw_only=True)
class Evidence:
    """A fact a finding rests on, and where that fact comes from.

    Args:
        fact: The fact in a sentence ("Mark Rutte has been NATO Secretary General since
            2024-10-01").
        source: Where it comes from: URLs, a knowledge-base file, a document id.
        record: The id of the knowledge-base record, if it comes from one.

    .. versionadded:: 0.1.0
    """

    fact: str = attrs.field(validator=valid.text)
    source: str = attrs.field(validator=valid.text)
    record: str | None = attrs.field(default=None, validator=valid.optional_text)


@attrs.frozen(kw_only=True)
class Finding:
    """Something that does not add up, with the evidence a person needs to check it.

    Args:
        code: The check's stable code, such as ``"ROL001"``.
        name: The check's kebab-case name, such as ``"holder-outside-tenure"``.
        category: The public category, such as ``"role_tenure"``.
        severity: Info, warning or error.
        message: What is wrong, in a sentence.
        documents: The ids of the documents involved.
        claims: The claims involved, as ``"<document id>#<claim id>"``.
        spans: The text that shows it.
        evidence: The facts used, with their sources.
        fix: A suggested correction, if there is one.

    .. versionadded:: 0.1.0
    """

    code: str = attrs.field(validator=v.matches_re(_CODE))
    name: str = attrs.field(validator=v.matches_re(_KEBAB))
    category: str = attrs.field(validator=v.matches_re(valid.SNAKE))
    severity: Severity = attrs.field(validator=_instance(Severity))
    message: str = attrs.field(validator=valid.text)
    documents: tuple[str, ...] = attrs.field(
        default=(), validator=valid.tuple_of(v.matches_re(valid.IDENTIFIER))
    )
    claims: tuple[str, ...] = attrs.field(
        default=(), validator=valid.tuple_of(v.matches_re(_CLAIM_REF))
    )
    spans: tuple[Span, ...] = attrs.field(default=(), validator=valid.tuple_of(_instance(Span)))
    evidence: tuple[Evidence, ...] = attrs.field(
        default=(), validator=valid.tuple_of(_instance(Evidence))
    )
    fix: str | None = attrs.field(default=None, validator=valid.optional_text)

    def sort_key(self) -> tuple[tuple[str, ...], str, tuple[int, ...], tuple[str, ...], str]:
        """Documents, code, span offsets, claims, message: the order reports use."""
        return (
            self.documents,
            self.code,
            tuple(s.offset for s in self.spans),
            self.claims,
            self.message,
        )


# -- case files ---------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Expectation:
    """A finding a case file expects (or forbids) on some claims.

    Args:
        category: The finding's category, such as ``"role_tenure"``.
        claims: The claims it is about, as ``"<document id>#<claim id>"``.
        documents: The documents it is about.
        note: Why, in a sentence.

    .. versionadded:: 0.1.0
    """

    category: str = attrs.field(validator=v.matches_re(valid.SNAKE))
    claims: tuple[str, ...] = attrs.field(
        default=(), validator=valid.tuple_of(v.matches_re(_CLAIM_REF))
    )
    documents: tuple[str, ...] = attrs.field(
        default=(), validator=valid.tuple_of(v.matches_re(valid.IDENTIFIER))
    )
    note: str | None = attrs.field(default=None, validator=valid.optional_text)


@attrs.frozen(kw_only=True)
class CaseFile:
    """One document with the findings a correct run produces on it and the traps it must pass.

    Args:
        document: The document.
        expected: Findings that must appear.
        quiet: Findings that must not appear: a category on the named claims.

    .. versionadded:: 0.1.0
    """

    document: Document = attrs.field(validator=_instance(Document))
    expected: tuple[Expectation, ...] = attrs.field(
        default=(), validator=valid.tuple_of(_instance(Expectation))
    )
    quiet: tuple[Expectation, ...] = attrs.field(
        default=(), validator=valid.tuple_of(_instance(Expectation))
    )

    @property
    def id(self) -> str:
        """The document's id."""
        return self.document.id
