"""The registry of the checks claimcheck ships."""

from __future__ import annotations

from claimcheck.checks import counts, naming, roles, sourcing, timing
from claimcheck.checks._registry import Registry

__all__ = ["BUILTIN"]

BUILTIN = Registry().with_checks(
    roles.holder_outside_tenure,
    roles.concurrent_office_holders,
    timing.event_date_conflict,
    timing.weekday_date_mismatch,
    timing.report_out_of_order,
    counts.duration_mismatch,
    counts.ordinal_against_count,
    counts.count_against_facts,
    counts.quantity_conflict,
    naming.misspelled_name,
    naming.name_variant,
    sourcing.relay_credited_as_origin,
    sourcing.circular_citation,
    sourcing.unsourced_anonymous_claim,
    sourcing.single_upstream_corroboration,
)
"""Every built-in check, in code order."""
