"""The bodies a document names, in order, for the common nouns that refer back to them
("the alliance", "the bloc", "the assembly")."""

from __future__ import annotations

from claimcheck._extract_lexicon import BODY_WORDS, LOOSE_BODY_WORDS
from claimcheck._extract_tokens import Token, folded
from claimcheck.kb import KnowledgeBase

__all__: list[str] = []


class BodyTrail:
    """The bodies named so far in a document, the latest last."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.named: list[str] = []
        self.offices: list[str] = []
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

    def note_office(self, organization: str) -> None:
        """Record that the text gives a title of an office of *organization* ("Secretary
        General Mark Rutte" of NATO), which tells what the text is about without naming it."""
        if organization in self.offices:
            self.offices.remove(organization)
        self.offices.append(organization)

    def alliance(self) -> str | None:
        """The alliance the text is about: the body named last whose own names hold
        "alliance" ("North Atlantic Alliance" for NATO), or whose name opens with such a
        body's ("NATO Parliamentary Assembly"), else the one whose office it named last;
        ``None`` when it names neither."""
        for name in (*reversed(self.named), *reversed(self.offices)):
            for body in dict.fromkeys((name, name.split()[0])):
                if self._holds_word(body, "alliance"):
                    return body
        return None

    def _holds_word(self, name: str, word: str) -> bool:
        key = (name, word)
        if key not in self._holds:
            actor = self.kb.identify(name).actor
            names = actor.names if actor is not None else (name,)
            self._holds[key] = any(folded(word) in folded(n).split() for n in names)
        return self._holds[key]

    def body_for(self, word: str) -> str | None:
        """The body a common noun such as "alliance" or "assembly" refers to: the body named
        last whose own names hold the word ("North Atlantic Alliance"), else, for a loose
        word ("the bloc", see `LOOSE_BODY_WORDS`), the body named last; a word of a kind
        ("the ministry") that no named body's names hold refers to none of them."""
        for name in reversed(self.named):
            if self._holds_word(name, word):
                return name
        return self.last if word in LOOSE_BODY_WORDS else None

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
