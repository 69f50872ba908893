# ruff: noqa: RUF001
"""Courts speaking through their rulings and hearings, for `claimcheck.attribution`.

A court speaks through its rulings: "the tribunal ruled that the contract was void", "the
court, ruling that the seizure was unlawful, ordered ...". The verbs attribute only before
"that", so "ruled out" and "ruled the country" attribute nothing. What a court heard from
someone is what that someone said (`_attribution_hearings`).
"""

from __future__ import annotations

__all__: list[str] = []

VERBS = frozenset({"ruled", "rules", "ruling"})
"""Verbs of a ruling, which attribute only before "that"."""

NON_FINITE = frozenset({"ruling"})
"""The form that opens a clause inserted after its court: "The court, ruling that ..."."""

HEARING = frozenset({"heard", "hears"})
"""Verbs of a hearing, read before "from" and a speaker who says "that"."""

BULLETS = frozenset({"—", "–", "-", "•", "*"})
"""Marks that open a line of a list before its clause: "— The court, ruling that ..."."""
