"""Checks: functions that find what does not add up, and the registry that runs them.

A check is a plain function marked with `check`. A document-local check takes
``(doc, kb)``; a keyed cross-document check declares a grouping ``key`` and takes
``(group, kb)``. `run_checks` runs the checks of a `Registry` (`BUILTIN` by default) and
returns the findings sorted. Add your own with `Registry.with_checks`, or let installed
packages add theirs with `Registry.with_entry_points` (entry-point group
``claimcheck.checks``). `verify` labels a single claim against the knowledge base, the
FEVER way: supported, refuted, or not enough info. `compare_expectations` says which
findings a set of case files expects that a run missed, which forbidden ones it raised, and
which it raised that nobody expected.

.. versionadded:: 0.1.0
"""

from claimcheck.checks._builtin import BUILTIN
from claimcheck.checks._expectations import ExpectationMiss, ExpectationReport, compare_expectations
from claimcheck.checks._registry import CheckSpec, Group, Member, Registry, Status, check, spec_of
from claimcheck.checks._run import run_checks
from claimcheck.checks._verify import Label, Verdict, verify

__all__ = [
    "BUILTIN",
    "CheckSpec",
    "ExpectationMiss",
    "ExpectationReport",
    "Group",
    "Label",
    "Member",
    "Registry",
    "Status",
    "Verdict",
    "check",
    "compare_expectations",
    "run_checks",
    "spec_of",
    "verify",
]
