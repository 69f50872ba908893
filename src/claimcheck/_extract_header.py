"""Reading an article file: its bytes, its header block and where its body starts."""

from __future__ import annotations

import os
import re
from pathlib import Path

import attrs

from claimcheck.errors import ArticleError, DateError
from claimcheck.model import Actor, ActorKind, Source
from claimcheck.timespan import TimeSpan

__all__: list[str] = []

HEADER_FIELDS = ("outlet", "published", "byline", "url", "title")
_HEADER_START = re.compile(rf"\A\ufeff?(?:{'|'.join(HEADER_FIELDS)})[ \t]*:", re.IGNORECASE)
_FIELD = re.compile(r"([A-Za-z][A-Za-z_-]*)[ \t]*:[ \t]*(.*)\Z")
_BYLINE_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&)\s*")
_DOCUMENT_ID = re.compile(r"[^A-Za-z0-9_.:\-]+")


@attrs.frozen
class Article:
    """An article file read: its text, where the body starts, and its source."""

    text: str
    body_start: int
    source: Source


def starts_with_header(text: str) -> bool:
    """Whether the first line of *text* opens with a header field name and a colon."""
    return _HEADER_START.match(text) is not None


def _fail(path: str, line: int | None, problem: str, value: object = None) -> ArticleError:
    where = f"line {line}" if line is not None else None
    if value is None:
        return ArticleError(problem, location=path, path=where)
    return ArticleError(problem, location=path, path=where, value=value)


def _decode(raw: bytes, path: str) -> str:
    if not raw.strip():
        raise _fail(path, None, "the file is empty")
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise _fail(path, line, "the file is binary (it holds NUL bytes), not an article")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        msg = f"the file is not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})"
        raise _fail(path, line, msg) from None
    return text.removeprefix("\ufeff") if text.startswith("\ufeff") else text


def document_id(path: str | os.PathLike[str]) -> str:
    """The document id of an article file: its file name without the extension."""
    stem = _DOCUMENT_ID.sub("-", Path(path).stem).strip("-._:")
    return stem or "article"


def _published(value: str, path: str, line: int) -> TimeSpan:
    try:
        return TimeSpan.from_iso(value.strip())
    except (DateError, ValueError):
        msg = f"cannot read the publication date {value.strip()!r} as an ISO date, datetime or interval"
        raise _fail(path, line, msg) from None


def read_article_file(path: str | os.PathLike[str]) -> Article:
    """The text of the article at *path*, with its header read into a `Source`.

    Raises:
        ArticleError: The file is missing, empty, binary or not UTF-8, or its header is
            missing, broken, or gives an unreadable publication date.
    """
    shown = os.fspath(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise _fail(shown, None, f"cannot read the file ({exc.strerror or exc})") from None
    text = _decode(raw, shown)
    fields: dict[str, tuple[str, int]] = {}
    offset = 0
    lines = text.split("\n")
    body_start: int | None = None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            if not fields:
                raise _fail(
                    shown,
                    number,
                    "expected a header line such as 'published: 2024-10-16' before the blank line",
                )
            body_start = offset + len(line) + 1
            break
        match = _FIELD.match(line.rstrip("\r"))
        if match is None:
            if not fields:
                msg = "the file has no header: it must start with lines such as 'published: 2024-10-16'"
            else:
                msg = "a header line must read 'field: value' (end the header with a blank line)"
            raise _fail(shown, number, msg, value=line[:60])
        name, value = match.group(1).lower(), match.group(2).strip()
        if name not in HEADER_FIELDS:
            msg = f"unknown header field {name!r} (known: {', '.join(HEADER_FIELDS)})"
            raise _fail(shown, number, msg)
        if name in fields:
            raise _fail(shown, number, f"the header gives {name!r} twice")
        if not value:
            raise _fail(shown, number, f"the header field {name!r} is empty")
        fields[name] = (value, number)
        offset += len(line) + 1
    if body_start is None:
        raise _fail(shown, len(lines), "the header is not followed by a blank line and a body")
    if "published" not in fields:
        raise _fail(shown, 1, "the header lacks the 'published' field")
    if not text[body_start:].strip():
        raise _fail(shown, len(lines), "the article has a header but no body")
    published = _published(fields["published"][0], shown, fields["published"][1])
    outlet = fields.get("outlet")
    byline = fields.get("byline")
    source = Source(
        document_id=document_id(path),
        published=published,
        outlet=Actor(outlet[0], ActorKind.OUTLET) if outlet else None,
        title=fields["title"][0] if "title" in fields else None,
        url=fields["url"][0] if "url" in fields else None,
        byline=tuple(n for n in _BYLINE_SPLIT.split(byline[0]) if n.strip()) if byline else (),
    )
    return Article(text=text, body_start=body_start, source=source)
