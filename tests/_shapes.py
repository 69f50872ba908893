"""What an attribution says, as one comparable value, for the attribution tests."""

from __future__ import annotations

from claimcheck.attribution import parse_attribution
from claimcheck.model import Anonymity

PERSON = Anonymity.NAMED_PERSON
BODY = Anonymity.NAMED_ORGANIZATION
SOMEONE = Anonymity.ANONYMOUS_PERSON
GROUP = Anonymity.ANONYMOUS_GROUP
"""The four anonymity classes, by the short names the attribution tests write them with."""


def shape(text: str) -> tuple[str, Anonymity, tuple[str, ...]] | None:
    """The speaker, its class and the names of its chain of outlets, or ``None``."""
    found = parse_attribution(text)
    if found is None:
        return None
    return found.speaker_name, found.anonymity, tuple(a.name for a in found.via)
