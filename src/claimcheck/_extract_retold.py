"""Sentences that retell what another, unnamed text said: "A letter published on Saturday
referred to Finland as the alliance's 32nd member", "Our report of Monday said ...".

Corrections columns and fact-checks tell what a caption, a letter or an earlier report of
their own claimed, in order to set it right: those words are the other text's, not the
document's own, and no check on the document should hold it to them. A text named by its
outlet or author ("A Reuters report said") is a source the document relies on, and is left
to attribution.
"""

from __future__ import annotations

import re

__all__ = ["retold_from"]

_TEXTS = (
    "report", "reports", "article", "story", "piece", "letter", "explainer", "caption",
    "headline", "graphic", "chart", "map", "table", "profile", "obituary", "item", "diary",
    "column", "editorial", "review", "analysis", "feature", "summary", "newsletter", "blog",
    "podcast", "broadcast", "preview", "standfirst", "subheading", "timeline", "factbox",
    "version", "edition", "image", "photograph", "photo", "paragraph", "sentence",
)  # fmt: skip
"""Nouns for a published text whose words a sentence can retell. Texts that news relies on
as sources when it does not name who issued them (a statement, a briefing, a message, a
post) are left out: "A statement from the ministry said" credits the ministry's words."""

_AS_VERBS = (
    "described", "referred to", "gave", "identified", "listed", "put", "misspelt",
    "misspelled", "labelled", "labeled", "characterised", "characterized", "presented",
    "portrayed", "dated", "captioned",
)  # fmt: skip
"""Verbs whose retold words follow "as": "described the minister as a former senator"."""

_THAT_VERBS = (
    "said", "says", "stated", "states", "claimed", "claims", "reported", "suggested",
    "asserted", "wrote", "called", "named", "implied", "added", "noted",
)  # fmt: skip
"""Verbs whose retold words follow at once: "said the alliance had 31 members"."""

_RETOLD = re.compile(
    r"""^[\W_]*
    (?:(?i:our|an?|another|one)\s+(?:[a-z][\w-]*\s+){0,3}   # "A photo", "A news in brief"
      |(?i:our)\s+(?:[\w'’-]+\s+){0,3})                          # "Our Brussels"
    (?:""" + "|".join(_TEXTS) + r""")\b
    (?P<about>[^.;:!?"“”]{0,160}?)                               # "published on Saturday"
    \s(?:(?:also|wrongly|incorrectly|mistakenly|erroneously|falsely)\s+)?
    (?:(?P<as_verb>""" + "|".join(re.escape(v) for v in _AS_VERBS) + r""")
      |(?P<verb>""" + "|".join(_THAT_VERBS) + r"""))\b
    """,
    re.VERBOSE,
)
_EARLIER = re.compile(
    r"""(?:^[\W_]*|[;:,]\s+)
    (?:(?i:this|the)\s+(?:""" + "|".join(_TEXTS) + r""")|(?i:it|which))
    \s+(?:had\s+|has\s+)?
    (?i:previously|originally|initially|wrongly|incorrectly|mistakenly|erroneously)\s+
    (?:(?P<as_verb>""" + "|".join(re.escape(v) for v in _AS_VERBS) + r""")
      |(?P<verb>""" + "|".join(_THAT_VERBS) + r"""))\b
    """,
    re.VERBOSE,
)
"""A text, "it" or "which", said to have said something before or wrongly ("it previously
said", "this story originally gave", ", which wrongly said"): a correction retelling the
words it sets right."""
_NAMED = re.compile(r"\b(?:by|from|in\s+the)\s+(?:the\s+)?[A-Z][\w.'’-]*")
"""An outlet or author in the words about a text ("A report by Reuters", "A story in the
Times"): a named source, not an unnamed text. Weekdays and months name no source; "of" and
"about" give what the text is about ("a report about the meeting of NATO ministers")."""
_NOT_SOURCES = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
    }
)  # fmt: skip
_AS = re.compile(r"\bas\b")


def retold_from(sentence: str) -> int | None:
    """Where in *sentence* the words it retells from another, unnamed text begin, if it
    retells any: after "said" and the like, after "as" for "described X as" and the like.

    The sentence must open with the text as its subject (a caption, a letter, "our report of
    Monday"); "the report" is left alone, as it may be a named report told of before; a text named by an outlet or author after "by", "in", "from" or "of" is a
    source, not retold words. A clause in which this text, "it" or "which" is said to have
    said something before or wrongly ("this story previously said", "; it originally gave") retells
    words being set right, wherever it stands.

    Args:
        sentence: One sentence.

    Returns:
        The offset in *sentence* where the retold words begin, or ``None``.

    >>> s = "A letter published on Saturday referred to Finland as the 32nd member."
    >>> s[retold_from(s):]
    ' the 32nd member.'

    .. versionadded:: 0.1.0
    """
    match = _RETOLD.match(sentence)
    if match is None or _names_a_source(match.group("about")):
        match = _EARLIER.search(sentence)
    if match is None:
        return None
    if match.group("verb") is not None:
        return match.end()
    retold = _AS.search(sentence, match.end())
    return None if retold is None else retold.end()


def _names_a_source(about: str) -> bool:
    """Whether the words about a text name its outlet or author ("by Reuters")."""
    for named in _NAMED.finditer(about):
        word = named.group(0).split()[-1].strip("'’").lower()
        if word.removesuffix("'s").removesuffix("’s") not in _NOT_SOURCES:
            return True
    return False
