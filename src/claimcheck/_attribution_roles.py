"""Trades and roles that head an anonymous description, for `claimcheck.attribution`.

"a lawyer for the tenants", "one epidemiologist at the Institut Pasteur", "several
small-business owners on the high street", "two judges", "a refugee in Calais": a person
known only by a trade or a role speaks for nobody named. The plurals are made by rule, so
each word is listed once.
"""

from __future__ import annotations

__all__: list[str] = []

_TRADES = frozenset(
    {
        "lawyer", "attorney", "barrister", "solicitor", "prosecutor", "judge", "banker",
        "trader", "broker", "accountant", "auditor", "player", "coach", "athlete", "owner",
        "shopkeeper", "landlord", "tenant", "inspector", "detective", "constable", "sergeant",
        "firefighter", "paramedic", "surgeon", "physician", "pharmacist", "midwife",
        "epidemiologist", "virologist", "scientist", "engineer", "technician", "teacher",
        "lecturer", "professor", "student", "parent", "driver", "passenger", "fisherman",
        "groundsman", "steward", "miner", "builder", "contractor", "developer", "consultant",
        "clerk", "cleaner", "caretaker", "shopper", "customer", "vendor", "supplier",
        "campaigner", "organiser", "organizer", "protester", "demonstrator", "fan", "supporter",
        "neighbour", "neighbor", "local", "relative", "official", "planner", "regulator",
        "investor", "priest", "guest", "refugee", "migrant", "veteran",
    }
)

_IRREGULAR_PLURALS = {
    "fisherman": "fishermen", "groundsman": "groundsmen", "midwife": "midwives",
}

SINGULAR = _TRADES - {"official", "regulator"}
"""Trades read as the head of a description of one person ("a lawyer for the tenants")."""

PLURAL = frozenset(_IRREGULAR_PLURALS.get(word, word + "s") for word in _TRADES - {"regulator"})
"""The same trades in the plural ("two bankers involved in the deal")."""
