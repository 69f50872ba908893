"""The SRC checks: relays credited as origins (SRC001), citation rings (SRC002), bare "sources" (SRC003)
and re-reports counted as corroboration (SRC004)."""

from __future__ import annotations

import pytest

from claimcheck.checks import run_checks
from claimcheck.kb import KnowledgeBase

from .support import load_scenario, scenario_report, scenarios


@pytest.mark.parametrize("scenario", scenarios("SRC001", "SRC002", "SRC003", "SRC004"))
def test_scenario(scenario: str) -> None:
    """The check fires on every expected claim of its ``-fires`` case files and stays silent on ``-quiet``."""
    assert scenario_report(scenario) == []


def test_relay_fix_names_the_origin() -> None:
    """A claim credited to a relay gets a fix that names the origin and the relay."""
    documents = [c.document for c in load_scenario("SRC001-fires")]
    findings = run_checks(documents, KnowledgeBase.default(), select=["SRC001"])
    assert [f.fix for f in findings] == ["according to The Ledger, as relayed by Caliber Daily"]


def test_shared_root_is_named() -> None:
    """The corroboration finding names the one upstream both reports rest on."""
    documents = [c.document for c in load_scenario("SRC004-fires")]
    findings = run_checks(documents, KnowledgeBase.default(), select=["SRC004"])
    assert len(findings) == 1
    assert "The Ledger" in findings[0].message


def test_a_single_report_is_not_corroboration() -> None:
    """One document alone never raises a corroboration finding."""
    documents = [load_scenario("SRC004-fires")[0].document]
    assert run_checks(documents, KnowledgeBase.default(), select=["SRC004"]) == []
