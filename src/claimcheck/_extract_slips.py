"""Unknown names one slip from a person the same document names: "Olaf Schulz" in an article
that names Chancellor Olaf Scholz, or a lone "Hegsteth" in one that names Pete Hegseth.

The knowledge base alone keeps such a name unknown, as it may be someone else (a given name
of four letters tells little); the document's own naming of the person says who is meant,
as a title does for "NATO Secretary General Mark Rette".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from claimcheck._extract_lexicon import TITLE_WORDS
from claimcheck._extract_spellings import quoted_spellings
from claimcheck._extract_text import Sentence
from claimcheck._names_near import distance
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Actor, ActorKind, NameMention, Span
from claimcheck.names import Method, near_miss_of

__all__ = ["lone_slips_of_named", "slips_of_named"]


def slips_of_named(
    unknown: Iterable[Span],
    named: Sequence[NameMention],
    kb: KnowledgeBase,
    sentences: Sequence[Sentence] = (),
) -> list[NameMention]:
    """The *unknown* person names that misspell a known person the document names (*named*),
    each recorded as naming that person.

    Args:
        unknown: Where the document writes person names the knowledge base does not know.
        named: The names of known actors the document writes.
        kb: The knowledge base the *named* actors resolve in.
        sentences: The document's sentences, where lone surnames are looked for
            (`lone_slips_of_named`).

    Returns:
        A name mention for each unknown name one slip from a person named, with the given
        name written as theirs (`claimcheck.names.near_miss_of`), then those of
        `lone_slips_of_named`.

    >>> from claimcheck.kb import KnowledgeBase
    >>> named = [NameMention(span=Span("a", 0, "Olaf Scholz"), actor="Olaf Scholz")]
    >>> [m.actor for m in slips_of_named([Span("a", 40, "Olaf Schulz")], named, KnowledgeBase.default())]
    ['Olaf Scholz']

    .. versionadded:: 0.1.0
    """
    people = _people(named, kb)
    if not people:
        return []
    found = []
    for span in unknown:
        if len(span.text.split()) < 2:
            continue  # a lone surname: see lone_slips_of_named
        resolution = near_miss_of(span.text, people)
        if resolution.method is Method.NEAR_MISS and resolution.actor is not None:
            found.append(NameMention(span=span, actor=resolution.actor.name))
    return found + lone_slips_of_named(sentences, named, kb)


def _people(named: Sequence[NameMention], kb: KnowledgeBase, *, in_full: bool = False) -> list[Actor]:
    """The people among the actors *named*; with *in_full*, those named by two words or more."""
    people = []
    for name in dict.fromkeys(m.actor for m in named if not in_full or len(m.span.text.split()) > 1):
        actor = kb.identify(name).actor
        if actor is not None and actor.kind is ActorKind.PERSON:
            people.append(actor)
    return people


_LONE = re.compile(r"(?<![\w’'.-])[A-Z][a-z]{5,}(?![\w-])")
"""A capitalised word of six letters or more, alone: a surname written without its given name."""
_ONE_EDIT = 2
"""One edit, in the half edits `claimcheck._names_near.distance` counts."""
_NAME_BEFORE = re.compile(r"([A-Z][\w’'.-]*)\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z]")


def lone_slips_of_named(
    sentences: Sequence[Sentence], named: Sequence[NameMention], kb: KnowledgeBase
) -> list[NameMention]:
    """The lone surnames in *sentences* one edit from the surname of a person the document
    names in full (*named*), each recorded as naming that person.

    The word stands alone (no capitalised word beside it but a title: "Secretary
    Hegsteth"), has six letters or more and the person's first letter, is no name the
    knowledge base knows, ends no other full name the document writes ("Olena Zelenska"
    makes a lone "Zelenska" hers, not a slip for Volodymyr Zelensky), and is not quoted as a
    spelling (`quoted_spellings`: 'one tribute used "Hegsteth"').

    Args:
        sentences: The document's sentences.
        named: The names of known actors the document writes.
        kb: The knowledge base the *named* actors resolve in.

    Returns:
        A name mention for each such word (`claimcheck.names.near_miss_of`), in order.

    >>> from claimcheck.kb import KnowledgeBase
    >>> text = "Pete Hegseth spoke. Hegsteth left."
    >>> named = [NameMention(span=Span("a", 0, "Pete Hegseth"), actor="Pete Hegseth")]
    >>> sentence = Sentence(number=0, offset=0, text=text, paragraph=0)
    >>> [m.span.text for m in lone_slips_of_named([sentence], named, KnowledgeBase.default())]
    ['Hegsteth']

    .. versionadded:: 0.1.0
    """
    people = _people(named, kb, in_full=True)
    if not people or not sentences:
        return []
    surnames = {a.name.split()[-1] for a in people}
    document = named[0].span.document
    text = " ".join(s.text for s in sentences)
    found = []
    for sentence in sentences:
        cited: list[tuple[int, int]] | None = None  # read only once a word may be a slip
        for word in _LONE.finditer(sentence.text):
            written = word.group()
            if written in surnames or not any(_may_slip(written, s) for s in surnames):
                continue
            cited = quoted_spellings(sentence.text) if cited is None else cited
            if any(a <= word.start() and word.end() <= b for a, b in cited):
                continue
            before = _NAME_BEFORE.search(sentence.text, 0, word.start())
            if before is not None and before.group(1).casefold() not in TITLE_WORDS:
                continue
            if _NAME_AFTER.match(sentence.text, word.end()) or kb.identify(written).actor is not None:
                continue
            if _ends_a_full_name(written, text):
                continue
            resolution = near_miss_of(written, people)
            if resolution.method is Method.NEAR_MISS and resolution.actor is not None:
                span = Span(document, sentence.offset + word.start(), written)
                found.append(NameMention(span=span, actor=resolution.actor.name))
    return found


def _ends_sentence(word: str) -> bool:
    """Whether a capitalised word with a full stop ends a sentence ("in January."), rather
    than being an initial or an abbreviated title ("J.", "Sen.")."""
    bare = word.rstrip(".")
    return word.endswith(".") and len(bare) > 1 and "." not in bare and bare.casefold() not in TITLE_WORDS and word.casefold() not in TITLE_WORDS


def _ends_a_full_name(written: str, text: str) -> bool:
    """Whether *text* writes *written* after a capitalised word other than a title: the
    surname of someone the document names in full."""
    before = re.finditer(rf"([A-Z][\w’'.-]*)\s+{re.escape(written)}\b", text)
    return any(m.group(1).casefold() not in TITLE_WORDS and not _ends_sentence(m.group(1)) for m in before)


def _may_slip(written: str, surname: str) -> bool:
    """Whether *written* is one edit from *surname*, with the same first letter."""
    if written[0] != surname[0] or abs(len(written) - len(surname)) > 1:
        return False
    return distance(written.lower(), surname.lower(), _ONE_EDIT) <= _ONE_EDIT
