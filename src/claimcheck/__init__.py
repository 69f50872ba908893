"""claimcheck: check the claims in news reports against each other and against the facts.

The everyday names are importable from here; each submodule documents its own.

>>> import claimcheck
>>> claimcheck.TimeSpan.from_iso("2024-10").granularity
<Granularity.MONTH: 'month'>
"""

from claimcheck.errors import (
    CaseFileError,
    CheckDefinitionError,
    ClaimcheckError,
    DateError,
    InputError,
    UnknownCheckError,
)
from claimcheck.model import (
    Actor,
    ActorKind,
    Anonymity,
    Attribution,
    CaseFile,
    Citation,
    Claim,
    Count,
    Document,
    DurationSince,
    Event,
    EventDate,
    Evidence,
    Expectation,
    Finding,
    Modality,
    Ordinal,
    Quantity,
    RoleHeld,
    Severity,
    Source,
    Span,
    Statement,
    TitleTime,
)
from claimcheck.timespan import (
    Agreement,
    Comparison,
    Duration,
    Granularity,
    Modifier,
    Relation,
    TimeSpan,
)



def __getattr__(name: str) -> str:
    """``__version__``, read from the installed metadata on first use (importing stays fast)."""
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("claimcheck")
        except PackageNotFoundError:  # pragma: no cover - running from a source tree
            return "0.0.0"
    raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")

__all__ = [
    "Actor",
    "ActorKind",
    "Agreement",
    "Anonymity",
    "Attribution",
    "CaseFile",
    "CaseFileError",
    "CheckDefinitionError",
    "Citation",
    "Claim",
    "ClaimcheckError",
    "Comparison",
    "Count",
    "DateError",
    "Document",
    "Duration",
    "DurationSince",
    "Event",
    "EventDate",
    "Evidence",
    "Expectation",
    "Finding",
    "Granularity",
    "InputError",
    "Modality",
    "Modifier",
    "Ordinal",
    "Quantity",
    "Relation",
    "RoleHeld",
    "Severity",
    "Source",
    "Span",
    "Statement",
    "TimeSpan",
    "TitleTime",
    "UnknownCheckError",
    "__version__",
]
