"""The chains of outlets that relay a story, for `relay_credited_as_origin` (SRC001): the
relays of one claim's story looked up outlet by outlet, and the origin a relay passed on
among the documents checked together, each found without comparing every pair."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from claimcheck.checks._stories import (
    StoryIndex,
    names_outlet,
    names_outlet_called,
    outlet_key,
    tells_story_of,
)
from claimcheck.checks._support import folded
from claimcheck.model import Claim, Document

__all__ = ["RelayOrigins", "ToldRelays"]


class RelayOrigins:
    """The documents checked together, by the `outlet_key` of each name of their outlet, to
    find the origin a relay passed on without looking at every document."""

    def __init__(self, documents: Iterable[Document]) -> None:
        self.by_key: dict[str, list[Document]] = defaultdict(list)
        for document in documents:
            outlet = document.source.outlet
            if outlet is not None:
                for key in dict.fromkeys(map(outlet_key, outlet.names)):
                    self.by_key[key].append(document)

    def of(self, claim: Claim, name: str) -> Document | None:
        """The one document checked together that the outlet *name* published with a
        statement of *claim*'s story: the origin a relay passed on, named beside the relay."""
        found: Document | None = None
        for document in self.by_key.get(outlet_key(name), ()):
            outlet = document.source.outlet
            if (
                outlet is not None
                and names_outlet(name, outlet)
                and tells_story_of(claim, document.claims)
            ):
                if found is not None:
                    return None
                found = document
        return found


class ToldRelays:
    """The relays of one claim's story, each outlet's looked up once: `SRC001` follows the
    same chains from many witnesses."""

    def __init__(self, claim: Claim, relays: StoryIndex[tuple[Claim, str, str]]) -> None:
        self.claim = claim
        self.index = relays
        self.found: dict[tuple[str | None, str], list[tuple[Claim, str, str]]] = {}
        self.back: dict[tuple[str, str, str | None], bool] = {}

    def relays(self, scope: str, told: Claim | None = None) -> list[tuple[Claim, str, str]]:
        """The relays of the story by the outlets of *scope* (`outlet_key`): of the claim's
        story, or of the story as *told* by a relay further down the chain."""
        key = (None if told is None else told.ref, scope)
        found = self.found.get(key)
        if found is None:
            found = self.found[key] = self.index.matches(self.claim if told is None else told, scope=scope)
        return found

    def leads_back(self, upstream: str, own: str, witness: Claim | None = None) -> bool:
        """Whether the relays of the story, followed up from *upstream* (credited by the relay
        *witness*), come back to the outlet *own* that credits it: a ring of any length (for
        `SRC002`), not a relay hidden. Each step matches the story as the step before told
        it, so a ring whose outlets each retell the story in their own words is still one."""
        key = (upstream, own, None if witness is None else witness.ref)
        known = self.back.get(key)
        if known is None:
            known = self.back[key] = self._leads_back(upstream, own, witness)
        return known

    def _leads_back(self, upstream: str, own: str, witness: Claim | None) -> bool:
        seen: set[str] = set()
        steps: list[tuple[str, Claim | None]] = [(upstream, witness)]
        while steps:
            name, told = steps.pop()
            if names_outlet_called(name, own):
                return True
            if folded(name) in seen:
                continue
            seen.add(folded(name))
            scope = outlet_key(name)
            found = self.relays(scope) + ([] if told is None else self.relays(scope, told))
            steps.extend((further, relay_claim) for relay_claim, relay, further in found if names_outlet_called(name, relay))
        return False
