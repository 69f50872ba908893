"""Words capitalised only because they open a sentence or fragment, never a name's first part.

A sentence, a fragment after a full stop, or a numbered heading item ("2. Under ...") starts
with a capital whatever its first word is. When that word belongs to a closed class (a
preposition, conjunction or sentence adverb) or is a verb that opens a clause of its own
("Succeeded ...", "Met ..."), the capital tells nothing: the word is not the first part of
the name that follows it, unless the knowledge base knows the whole written name.
"""

from __future__ import annotations

from claimcheck._extract_lexicon import PREPOSITIONS
from claimcheck._extract_tokens import Token

__all__ = ["OPENING_WORDS", "opening_word"]

_CLAUSE_VERBS = """succeeded replaced elected re-elected reelected served joined met named
appointed nominated confirmed resigned retired stepped became founded led chaired headed
represented visited signed took returned died born married studied worked previously formerly
currently"""

# Prepositions: the shared table less "per", plus the rarer ones ("Per" and "Till" are left out:
# they are given names as often).
_PREPOSITIONS = (PREPOSITIONS - {"per"}) | frozenset(
    """above across along alongside amid amidst amongst around as behind below beneath beside
    besides beyond considering down except following including inside like near notwithstanding
    off opposite outside past since than throughout underneath unlike up upon versus within
    without""".split()  # noqa: SIM905
)

_CONJUNCTIONS = """and but or nor so yet although though because unless whereas whether
while if once lest whenever wherever"""

_ADVERBS = """still even only just already again also perhaps maybe instead thus hence
therefore meanwhile nevertheless nonetheless moreover furthermore indeed likewise otherwise
elsewhere ahead soon recently briefly initially eventually ultimately originally separately
similarly notably privately publicly officially reportedly allegedly apparently clearly
certainly surely"""

OPENING_WORDS = _PREPOSITIONS | frozenset(
    " ".join((_CLAUSE_VERBS, _CONJUNCTIONS, _ADVERBS)).split()
)
"""Words that open a sentence or fragment without being part of the name after them."""


def opening_word(tokens: list[Token], i: int) -> bool:
    """Whether token *i* opens a sentence, fragment or numbered item and is a word of
    `OPENING_WORDS`: capitalised by its place alone.

    >>> from claimcheck._extract_tokens import tokenize
    >>> tokens = tokenize("2. Between Jane Roe and her aide.", 0)
    >>> opening_word(tokens, 2), opening_word(tokens, 3)
    (True, False)
    """
    if tokens[i].lower not in OPENING_WORDS:
        return False
    return all(not t.is_word for t in tokens[:i]) or tokens[i - 1].text in {".", ":"}
