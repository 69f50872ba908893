"""Verbs of rulings, for `claimcheck.attribution`.

A court speaks through its rulings: "the tribunal ruled that the contract was void", "the
court, ruling that the seizure was unlawful, ordered ...". The verbs attribute only before
"that", so "ruled out" and "ruled the country" attribute nothing.
"""

from __future__ import annotations

__all__: list[str] = []

VERBS = frozenset({"ruled", "rules", "ruling"})
"""Verbs of a ruling, which attribute only before "that"."""

NON_FINITE = frozenset({"ruling"})
"""The form that opens a clause inserted after its court: "The court, ruling that ..."."""
