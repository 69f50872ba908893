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
        # offices held by many, named by their office alone
        "commissioner", "administrator", "councillor", "councilor", "prefect", "warden",
        "superintendent", "headman", "elder",
        # trades of the land, the shop floor and the professions
        "grower", "producer", "winemaker", "vintner", "beekeeper", "shepherd", "herder",
        "rancher", "smallholder", "landowner", "baker", "butcher", "chef", "cook", "waiter",
        "labourer", "laborer", "carpenter", "plumber", "electrician", "mechanic", "welder",
        "bricklayer", "gardener", "courier", "trucker", "porter", "janitor", "housekeeper",
        "carer", "caregiver", "nanny", "servant", "founder", "co-founder", "entrepreneur",
        "businessman", "businesswoman", "salesman", "saleswoman", "craftsman", "tradesman",
        "policeman", "policewoman", "fireman", "architect", "designer", "programmer", "artist",
        "writer", "author", "musician", "actor", "singer", "dentist", "vet", "veterinarian",
        "psychologist", "psychiatrist", "therapist", "counsellor", "counselor", "clinician",
        "pathologist", "radiologist", "oncologist", "cardiologist", "paediatrician",
        "pediatrician", "neurologist", "immunologist", "microbiologist", "nutritionist",
        "physiotherapist", "biologist", "ecologist", "geologist", "meteorologist",
        "seismologist", "climatologist", "statistician", "demographer", "sociologist",
        "anthropologist", "criminologist", "archaeologist", "jurist", "juror", "magistrate",
        "coroner", "footballer", "cricketer", "umpire", "referee", "jockey", "trainer",
        "cyclist", "runner", "climber", "rower", "sprinter", "swimmer", "boxer", "striker",
        "goalkeeper", "midfielder", "batsman", "bowler", "skier", "golfer", "wrestler",
        "olympian", "sailor", "diver", "lifeguard", "ranger", "monk", "nun",
        "imam", "rabbi", "pastor", "vicar", "pupil", "graduate", "retiree", "pensioner",
        "homeowner", "householder", "commuter", "traveller", "traveler", "tourist", "visitor",
        "patient", "stallholder", "hawker", "importer", "exporter", "wholesaler", "distributor",
        # persons known by sex, age or kin
        "man", "woman", "boy", "girl", "child", "teenager", "mother", "father", "sister",
        "brother", "son", "daughter", "wife", "husband", "widow", "widower", "cousin", "aunt",
        "uncle", "grandmother", "grandfather", "friend",
    }
)

_IRREGULAR_PLURALS = {"child": "children", "midwife": "midwives", "wife": "wives"}


def _plural(word: str) -> str:
    """The plural of a trade: "lawyers", "fishermen", "coaches", "nannies", "children"."""
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith(("ch", "sh", "s", "x")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in {"a", "e", "o", "u"}:
        return word[:-1] + "ies"
    return word + "s"


SINGULAR = _TRADES - {"official", "regulator"}
"""Trades read as the head of a description of one person ("a lawyer for the tenants")."""

PLURAL = frozenset(_plural(word) for word in _TRADES - {"regulator"})
"""The same trades in the plural ("two bankers involved in the deal")."""
