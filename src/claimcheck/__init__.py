"""claimcheck: check the claims in news reports against each other and against the facts.

The everyday names are importable from here; each submodule documents its own. They are
loaded on first use, so that ``import claimcheck`` stays light and reading one date does not
load the knowledge base.

>>> import claimcheck
>>> claimcheck.TimeSpan.from_iso("2024-10").granularity
<Granularity.MONTH: 'month'>
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimcheck.errors import (
        ArticleError,
        CaseFileError,
        CheckDefinitionError,
        ClaimcheckError,
        DateError,
        FactFileError,
        InputError,
        UnknownCheckError,
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
        Weekday,
    )
    from claimcheck.dates import (
        DateMention,
        find_dates,
        normalize,
    )
    from claimcheck.names import (
        AliasIndex,
        fold,
    )
    from claimcheck.attribution import (
        CitationGraph,
        find_attributions,
        parse_attribution,
    )
    from claimcheck.kb import (
        KnowledgeBase,
        Office,
        Truth,
    )
    from claimcheck.checks import (
        BUILTIN,
        Label,
        Registry,
        Verdict,
        check,
        run_checks,
        verify,
    )
    from claimcheck.extract import (
        extract,
        read_article,
    )
    from claimcheck.serialize import (
        dump_case_file,
        dumps_case_file,
        load_case_file,
        loads_case_file,
        make_converter,
    )

_HOMES: dict[str, str] = {
    "ArticleError": "claimcheck.errors",
    "CaseFileError": "claimcheck.errors",
    "CheckDefinitionError": "claimcheck.errors",
    "ClaimcheckError": "claimcheck.errors",
    "DateError": "claimcheck.errors",
    "FactFileError": "claimcheck.errors",
    "InputError": "claimcheck.errors",
    "UnknownCheckError": "claimcheck.errors",
    "Agreement": "claimcheck.timespan",
    "Comparison": "claimcheck.timespan",
    "Duration": "claimcheck.timespan",
    "Granularity": "claimcheck.timespan",
    "Modifier": "claimcheck.timespan",
    "Relation": "claimcheck.timespan",
    "TimeSpan": "claimcheck.timespan",
    "Actor": "claimcheck.model",
    "ActorKind": "claimcheck.model",
    "Anonymity": "claimcheck.model",
    "Attribution": "claimcheck.model",
    "CaseFile": "claimcheck.model",
    "Citation": "claimcheck.model",
    "Claim": "claimcheck.model",
    "Count": "claimcheck.model",
    "Document": "claimcheck.model",
    "DurationSince": "claimcheck.model",
    "Event": "claimcheck.model",
    "EventDate": "claimcheck.model",
    "Evidence": "claimcheck.model",
    "Expectation": "claimcheck.model",
    "Finding": "claimcheck.model",
    "Modality": "claimcheck.model",
    "Ordinal": "claimcheck.model",
    "Quantity": "claimcheck.model",
    "RoleHeld": "claimcheck.model",
    "Severity": "claimcheck.model",
    "Source": "claimcheck.model",
    "Span": "claimcheck.model",
    "Statement": "claimcheck.model",
    "TitleTime": "claimcheck.model",
    "Weekday": "claimcheck.model",
    "DateMention": "claimcheck.dates",
    "find_dates": "claimcheck.dates",
    "normalize": "claimcheck.dates",
    "AliasIndex": "claimcheck.names",
    "fold": "claimcheck.names",
    "CitationGraph": "claimcheck.attribution",
    "find_attributions": "claimcheck.attribution",
    "parse_attribution": "claimcheck.attribution",
    "KnowledgeBase": "claimcheck.kb",
    "Office": "claimcheck.kb",
    "Truth": "claimcheck.kb",
    "BUILTIN": "claimcheck.checks",
    "Label": "claimcheck.checks",
    "Registry": "claimcheck.checks",
    "Verdict": "claimcheck.checks",
    "check": "claimcheck.checks",
    "run_checks": "claimcheck.checks",
    "verify": "claimcheck.checks",
    "extract": "claimcheck.extract",
    "read_article": "claimcheck.extract",
    "dump_case_file": "claimcheck.serialize",
    "dumps_case_file": "claimcheck.serialize",
    "load_case_file": "claimcheck.serialize",
    "loads_case_file": "claimcheck.serialize",
    "make_converter": "claimcheck.serialize",
}

__all__ = [
    "Actor",
    "ActorKind",
    "Agreement",
    "AliasIndex",
    "Anonymity",
    "ArticleError",
    "Attribution",
    "BUILTIN",
    "CaseFile",
    "CaseFileError",
    "CheckDefinitionError",
    "Citation",
    "CitationGraph",
    "Claim",
    "ClaimcheckError",
    "Comparison",
    "Count",
    "DateError",
    "DateMention",
    "Document",
    "Duration",
    "DurationSince",
    "Event",
    "EventDate",
    "Evidence",
    "Expectation",
    "FactFileError",
    "Finding",
    "Granularity",
    "InputError",
    "KnowledgeBase",
    "Label",
    "Modality",
    "Modifier",
    "Office",
    "Ordinal",
    "Quantity",
    "Registry",
    "Relation",
    "RoleHeld",
    "Severity",
    "Source",
    "Span",
    "Statement",
    "TimeSpan",
    "TitleTime",
    "Truth",
    "UnknownCheckError",
    "Verdict",
    "Weekday",
    "__version__",
    "check",
    "dump_case_file",
    "dumps_case_file",
    "extract",
    "find_attributions",
    "find_dates",
    "fold",
    "load_case_file",
    "loads_case_file",
    "make_converter",
    "normalize",
    "parse_attribution",
    "read_article",
    "run_checks",
    "verify",
]


def __getattr__(name: str) -> Any:
    """Load a re-exported name from its module on first use; ``__version__`` from metadata."""
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("claimcheck")
        except PackageNotFoundError:  # pragma: no cover - running from a source tree
            return "0.0.0"
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
