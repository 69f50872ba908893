"""The registry of the checks claimcheck ships."""

from __future__ import annotations

from claimcheck.checks._registry import Registry

__all__ = ["BUILTIN"]

BUILTIN = Registry().with_checks()
"""Every built-in check, in code order."""
