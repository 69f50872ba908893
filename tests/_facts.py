"""The people, places and things of ../shared/facts.json as actors, for the tests."""

from __future__ import annotations

import json
from pathlib import Path

from claimcheck.model import Actor, ActorKind

NOT_PERSONS = {"Kyiv": ActorKind.PLACE, "Türkiye": ActorKind.PLACE, "Oreshnik": ActorKind.OBJECT}


def load_people(shared_dir: Path) -> dict[str, set[str]]:
    """Every canonical name in facts.json with the set of its variants (the name included)."""
    records = json.loads((shared_dir / "facts.json").read_text(encoding="utf-8"))
    people: dict[str, set[str]] = {}
    for record in records:
        if record["kind"] == "tenure":
            people.setdefault(record["holder"], {record["holder"]}).update(record["aliases"])
        elif record["kind"] == "alias":
            people.setdefault(record["canonical"], {record["canonical"]}).update(record["variants"])
    return people


def actors_from_facts(shared_dir: Path) -> list[Actor]:
    """One actor per canonical name in facts.json, with its variants as aliases."""
    return [
        Actor(
            canonical,
            NOT_PERSONS.get(canonical, ActorKind.PERSON),
            aliases=tuple(sorted(variants - {canonical})),
        )
        for canonical, variants in sorted(load_people(shared_dir).items())
    ]
