"""What the command reads: case files and article texts, named directly or found in folders."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import attrs

from claimcheck.errors import InputError
from claimcheck.extract import extract, has_header, read_article
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Actor, ActorKind, CaseFile, Document, Source
from claimcheck.serialize import load_case_file
from claimcheck.timespan import TimeSpan

__all__ = [
    "ARTICLE_SUFFIXES",
    "CASE_SUFFIXES",
    "ArticleMetadata",
    "Inputs",
    "read_article_file",
    "read_inputs",
]

CASE_SUFFIXES = (".json", ".toml")
ARTICLE_SUFFIXES = (".txt",)
_SUFFIXES = CASE_SUFFIXES + ARTICLE_SUFFIXES

Progress = Callable[[int, int, Path], None]


@attrs.frozen(kw_only=True)
class ArticleMetadata:
    """What the command line says of an article text without a header."""

    published: TimeSpan | None = None
    outlet: Actor | None = None

    @classmethod
    def of(cls, published: TimeSpan | None, outlet: str | None) -> ArticleMetadata:
        return cls(
            published=published,
            outlet=None if outlet is None else Actor(outlet, ActorKind.OUTLET),
        )


@attrs.frozen(kw_only=True)
class Inputs:
    """The case files read (an article becomes a case file without expectations) and the
    problems met, each as ``<file>: <message>``, in the order of the paths."""

    cases: tuple[CaseFile, ...]
    errors: tuple[str, ...]

    @property
    def documents(self) -> tuple[Document, ...]:
        """The documents of the case files."""
        return tuple(case.document for case in self.cases)


def read_inputs(
    paths: Sequence[Path],
    *,
    metadata: ArticleMetadata,
    kb: KnowledgeBase,
    progress: Progress | None = None,
) -> Inputs:
    """Read every case file and article that *paths* name, going on past bad ones.

    A folder is searched through its subfolders for ``*.json``, ``*.toml`` and ``*.txt``, in
    sorted order, skipping hidden files and folders (``.git``, ``.venv``, the temporary
    files `claimcheck.serialize.dump_case_file` writes). Two inputs with one document id are
    an error on the second.
    """
    errors: list[str] = []
    files = list(_files(paths, errors))
    cases: list[CaseFile] = []
    seen: dict[str, Path] = {}
    for index, path in enumerate(files, 1):
        if progress is not None:
            progress(index, len(files), path)
        try:
            case = _read(path, metadata, kb)
        except InputError as exc:
            errors.append(str(exc) if exc.location else f"{path}: {exc}")
            continue
        first = seen.setdefault(case.id, path)
        if first != path:
            errors.append(f"{path}: document {case.id!r} was already read from {first}")
            continue
        cases.append(case)
    return Inputs(cases=tuple(cases), errors=tuple(errors))


def _files(paths: Sequence[Path], errors: list[str]) -> Iterator[Path]:
    for path in paths:
        if not path.is_dir():
            yield path  # the readers report a missing file or a wrong suffix
            continue
        found = sorted(
            p
            for p in path.rglob("*")
            if p.suffix.lower() in _SUFFIXES
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
            and p.is_file()
        )
        if not found:
            errors.append(
                f"{path}: no case file (*.json, *.toml) or article (*.txt) in this folder"
            )
        yield from found


def _read(path: Path, metadata: ArticleMetadata, kb: KnowledgeBase) -> CaseFile:
    suffix = path.suffix.lower()
    if path.is_file() and path.stat().st_size == 0:
        raise InputError("the file is empty", location=os.fspath(path))
    if suffix in ARTICLE_SUFFIXES:
        return CaseFile(document=read_article_file(path, metadata=metadata, kb=kb))
    if suffix in CASE_SUFFIXES:
        return load_case_file(path)
    if not path.exists():
        raise InputError("no such file or folder", location=os.fspath(path))
    msg = "not a case file (.json, .toml) or an article (.txt)"
    raise InputError(msg, location=os.fspath(path), value=path.suffix)


def read_article_file(path: Path, *, metadata: ArticleMetadata, kb: KnowledgeBase) -> Document:
    """The document extracted from the article text at *path*.

    A file whose first line is a header field (``published: 2024-12-03``) goes to
    `claimcheck.extract.read_article`. A file without one needs ``metadata.published``: its
    whole text is the body, its id the file name without the extension, and *metadata* gives
    its publication time and outlet.

    Raises:
        InputError: The file cannot be read, is not text, has a broken header, or has no
            header and no publication time was given.
    """
    location = os.fspath(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror})", location=location) from None
    if metadata.published is None or has_header(raw.decode("utf-8", "replace")):
        return read_article(path, kb=kb)
    if b"\x00" in raw:
        raise InputError("a binary file, not article text (it holds NUL bytes)", location=location)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        msg = f"not UTF-8 text (byte {exc.start} is {raw[exc.start : exc.start + 1]!r})"
        raise InputError(msg, location=location) from None
    if not text.strip():
        raise InputError("the article holds no text", location=location)
    try:
        source = Source(document_id=path.stem, published=metadata.published, outlet=metadata.outlet)
    except ValueError:
        msg = "the file name cannot be a document id (use letters, digits and _.:-)"
        raise InputError(msg, location=location, value=path.stem) from None
    return extract(text, source=source, kb=kb)
