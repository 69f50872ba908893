"""Sentences of an article, and the page furniture around them that makes no claims."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

__all__: list[str] = []


@attrs.frozen
class Sentence:
    """One sentence: its number among the article's sentences, its text and offset, and its
    paragraph (the line it is on)."""

    number: int
    offset: int
    text: str
    paragraph: int

    @property
    def end(self) -> int:
        return self.offset + len(self.text)


# A sentence ends at . ! ? (and closing quotes after them) before a space and a capital,
# a digit or an opening quote; not after an abbreviation or an initial.
_END = re.compile(r"[.!?…]+[\"”’»)]*(?=\s+[\"“‘«(]?[A-Z0-9À-Ý])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sen|Rep|Gov|St|Jr|Sr|Adm|Maj|Capt|Sgt|Amb|Mme|No|Vol|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Corp|Ltd|Co|vs|etc|approx)"
    r"|\b[A-Z]|(?:\b[A-Za-z]\.){1,}[A-Za-z])\Z"
)

# Page furniture: each pattern names a kind of line that news pages carry around the story.
_FURNITURE = re.compile(
    r"""
      ^\s*(?:copyright\b|©|\(c\)\s*\d{4})                       # copyright lines, photo credits
    | all\ rights\ reserved
    | ^\s*(?:related(?:\ (?:posts|articles|stories|news|coverage))?|read\ more|see\ also
          |more\ on\ this\ story|recommended|advertisement|ground\ truth)\s*:?\s*$
    | ^\s*(?:photo|image|picture|video|illustration|credit|source)s?(?:\ credit)?\s*:
    | \b(?:getty\ images|/afp\b|\bafp/|reuters/|/reuters|\bap\ photo|/ap\b|shutterstock|/pool\b|\bpool/)
    | \bsource:\ [^.]{0,80}\b(?:on\ x|on\ twitter|on\ facebook|on\ telegram|instagram)\b
    | \bcookie | \bprivacy\ (?:policy|policies|settings) | \bterms\ of\ (?:use|service)
    | \b(?:log|sign)\ in\ (?:to|with|here|now)\b | \blogged\ in\b | \bsign\ up\b
    | \bsubscribe\b | \bsubscription\ (?:required|offer|plans?|options?)\b | \bsubscribers?\ only
    | \bnotifications?\ (?:from|can|are|settings) | \brefresh\ (?:the|your)\ (?:page|browser)
    | \bad[-\ ]?block | \bdisabl(?:e|ing)\ (?:your\ )?ad
    | \bto\ suggest\ a\ correction | \bcorrections?\ (?:or\ clarifications?\ )?(?:here|to\ us)
    | \bsuggestions\ or\ corrections | \bhighlight\ the\ text | \bctrl\s*\+\s*enter
    | \byour\ support\b | \bsupport\ (?:us|our\ (?:work|journalism|reporting))
    | \bbecome\ a\ (?:patron|subscriber|supporter)\b | \bbecome\ a\ member\ (?:of\ our|today|now)
    | \bjoin\ our\ community | \bdonate\ (?:now|today|here)\b | \bmake\ a\ donation
    | \bpaywall | ^\s*newsletters?\b | \bnewsletters?\ sign | \b(?:get|receive|our)\b[^.]{0,40}\bnewsletter
    | \bthank\ you\ for\ (?:reading|registering|subscribing|your\ support)
    | \bwritten\ permission | \breprint | \bactive\ hyperlink | \[email\ protected\]
    | \bshare\ (?:this|on)\ (?:article|story|facebook|twitter) | \bclose\ this\ page
    | \bis\ supported\ by\ the\ [\w\ ]{0,40}foundation | \bprovid(?:e|ing)\ quality\ content
    | \bfollow\ us\b | \bclick\ here\b | \blisten\ to\ this\ article | \bdownload\ (?:our|the)\ app
    | ^\s*\d+\s+min(?:ute)?s?\ read\s*$ | ^\s*(?:published|updated|posted|last\ updated)\b[^.]{0,40}\d{4}
    """,
    re.IGNORECASE | re.VERBOSE,
)
_BYLINE = re.compile(
    r"^\s*(?:by|words\ by|reporting\ by)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}\s*$"
)
_DATELINE = re.compile(
    r"^\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+[A-Za-z]+|[A-Za-z]+\s+\d{1,2}),?"
    r"\s+\d{4}(?P<clock>,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?\s*$",
    re.IGNORECASE,
)
"""A line that is a full date with its year alone, or with a clock time: a time stamp."""


# Every line `_FURNITURE` can match holds one of these; the others skip the expensive search.
_CLUES = (
    "copyright",
    "©",
    "(c)",
    "rights reserved",
    "related",
    "read more",
    "see also",
    "more on",
    "recommended",
    "advertisement",
    "ground truth",
    "photo",
    "image",
    "picture",
    "video",
    "illustration",
    "credit",
    "source",
    "getty",
    "afp",
    "reuters",
    "ap ",
    "/ap",
    "shutterstock",
    "pool",
    "cookie",
    "privacy",
    "terms of",
    "log in",
    "logged in",
    "sign",
    "subscri",
    "notification",
    "refresh",
    "ad block",
    "ad-block",
    "adblock",
    "disabl",
    "correction",
    "highlight",
    "ctrl",
    "support",
    "become a",
    "join our",
    "donat",
    "paywall",
    "newsletter",
    "thank you",
    "permission",
    "reprint",
    "hyperlink",
    "[email",
    "share ",
    "close this",
    "quality content",
    "provid",
    "follow us",
    "click here",
    "listen to",
    "download",
    "min read",
    "minute read",
    "published",
    "updated",
    "posted",
)


_LIST_HEADING = re.compile(
    r"^\s*(?:related(?:\s+(?:posts|articles|stories|news|coverage|content))?|read\s+more|see\s+also"
    r"|more\s+on\s+this\s+(?:story|topic)|recommended(?:\s+for\s+you)?|most\s+read|top\s+stories)\s*:?\s*$",
    re.IGNORECASE,
)
_SENTENCE_LINE = re.compile(r"[.!?…][\"”’»)]*\s*$")


def is_furniture(line: str, *, before_body: bool = False) -> bool:
    """Whether a line of a page is furniture: appeals, notices, credits, bylines, time stamps.

    A line that is a full date alone ("Tuesday, 3 December 2024") is a publication stamp
    when it stands *before_body*; further down it is a heading (a daybook's day), and only
    a date with a clock time ("3 December 2024, 14:05 CET") is a stamp there too.
    """
    if _BYLINE.match(line):
        return True
    stamp = _DATELINE.match(line)
    if stamp is not None and (before_body or stamp.group("clock")):
        return True
    low = line.lower()
    return any(clue in low for clue in _CLUES) and _FURNITURE.search(line) is not None


def _lines(text: str, start: int) -> list[tuple[int, str]]:
    """The non-blank lines of ``text[start:]`` with their offsets."""
    found: list[tuple[int, str]] = []
    offset = start
    for line in text[start:].split("\n"):
        if line.strip():
            found.append((offset, line))
        offset += len(line) + 1
    return found


def _split(line: str) -> list[tuple[int, str]]:
    """The sentences of one line, with their offsets in it."""
    pieces: list[tuple[int, str]] = []
    first = 0
    for match in _END.finditer(line):
        stop = match.end()
        head = line[first : match.start()]
        if match.group().startswith(".") and _ABBREVIATION.search(head):
            continue
        pieces.append((first, line[first:stop]))
        first = stop
    pieces.append((first, line[first:]))
    result: list[tuple[int, str]] = []
    for at, piece in pieces:
        stripped = piece.strip()
        if stripped:
            result.append((at + piece.index(stripped), stripped))
    return result


def sentences(text: str, start: int = 0) -> list[Sentence]:
    """The sentences of ``text[start:]`` outside page furniture, numbered from 1.

    A line that repeats an earlier line word for word (a headline or a caption shown twice),
    every line that `is_furniture`, and the headlines listed under a "Related" or "Read
    more" heading (up to the first line that ends as a sentence does) are left out.
    """
    found: list[Sentence] = []
    seen: set[str] = set()
    listing = False
    for paragraph, (offset, line) in enumerate(_lines(text, start)):
        key = " ".join(line.split()).casefold()
        repeated = key in seen
        seen.add(key)
        if _LIST_HEADING.match(line):
            listing = True
            continue
        if listing and not _SENTENCE_LINE.search(line):
            continue
        listing = False
        if repeated or is_furniture(line, before_body=not found):
            continue
        for at, piece in _split(line):
            found.append(Sentence(len(found) + 1, offset + at, piece, paragraph))
    return found


_CAPTION = re.compile(r"^\s*(?:photo|image|picture|caption)\s*:\s*", re.IGNORECASE)


def captions(text: str, start: int = 0) -> list[Sentence]:
    """The sentences of the photo captions of ``text[start:]`` ("Photo: The minister arrives
    in Kyiv."), without the "Photo:" before them.

    Captions are furniture and make no claims, but they name people, and a name misspelt
    there is misspelt in the article; their sentences are numbered from 1 on their own.
    """
    found: list[Sentence] = []
    for paragraph, (offset, line) in enumerate(_lines(text, start)):
        opening = _CAPTION.match(line)
        if opening is None or not is_furniture(line):
            continue
        for at, piece in _split(line[opening.end() :]):
            found.append(Sentence(len(found) + 1, offset + opening.end() + at, piece, paragraph))
    return found



def only_sentences(text: str, found: Sequence[Sentence]) -> str:
    """*text* with everything outside the sentences *found* in it blanked, lines kept."""
    chars = [" " if c != "\n" else c for c in text]
    for sentence in found:
        chars[sentence.offset : sentence.end] = sentence.text
    return "".join(chars)
