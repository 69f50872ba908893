"""The bodies a document names, in order, for the common nouns that refer back to them
("the alliance", "the bloc", "the assembly")."""

from __future__ import annotations

from claimcheck._extract_lexicon import BODY_WORDS
from claimcheck._extract_tokens import Token, folded
from claimcheck.kb import KnowledgeBase

__all__: list[str] = []


class BodyTrail:
    """The bodies named so far in a document, the latest last."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.named: list[str] = []
        self._holds: dict[tuple[str, str], bool] = {}

    @property
    def last(self) -> str | None:
        """The body named last, if any."""
        return self.named[-1] if self.named else None

    def add(self, name: str) -> None:
        """Record that the text names the body *name*."""
        if name in self.named:
            self.named.remove(name)
        self.named.append(name)

    def body_for(self, word: str) -> str | None:
        """The body a common noun such as "alliance" or "assembly" refers to: the body named
        last whose own names hold the word ("North Atlantic Alliance"), else the body named
        last."""
        for name in reversed(self.named):
            key = (name, word)
            if key not in self._holds:
                actor = self.kb.identify(name).actor
                names = actor.names if actor is not None else (name,)
                self._holds[key] = any(folded(word) in folded(n).split() for n in names)
            if self._holds[key]:
                return name
        return self.last

    def body_meant(self, tokens: list[Token]) -> str | None:
        """The body a sentence refers to by a common noun ("the alliance's 32 members", "of
        the bloc"): `body_for` its first such noun, else the body named last."""
        for k, token in enumerate(tokens):
            if token.lower not in BODY_WORDS:
                continue
            before = tokens[k - 1].lower if k else ""
            owned = k + 1 < len(tokens) and tokens[k + 1].lower == "'s"
            if before in ("the", "its", "this", "that") or owned:
                return self.body_for(token.lower)
        return self.last
