"""The ``claimcheck`` command.

``claimcheck check PATH...`` reads case files (files, or folders searched for ``*.json``
and ``*.toml``) and reports, for each document, what it holds and which findings it
expects. A file that cannot be read is reported on standard error as
``claimcheck: <message>``; the other files are still processed and the exit status is 2.

>>> from claimcheck.cli import main
>>> main(["check", "seeds/002_4bd521863b4100d8.json"])
002_4bd521863b4100d8
  source: Caliber.Az; published 2024-12-03; by Tamilla Hasanova
  ...
0

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from claimcheck.errors import CaseFileError
from claimcheck.model import Assertion, Attribution, CaseFile, Expectation
from claimcheck.serialize import load_case_file, make_converter

__all__ = ["main"]

EXIT_OK = 0
EXIT_BAD_INPUT = 2
_CASE_SUFFIXES = (".json", ".toml")
_CONVERTER = make_converter()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``claimcheck`` command with *argv* (the process arguments by default).

    Args:
        argv: The arguments after the program name.

    Returns:
        The exit status: 0 when every input was read, 2 when some input was bad.

    >>> main(["check", "seeds/no-such-file.json"])
    2

    .. versionadded:: 0.1.0
    """
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed the usage or the help
        return exc.code if isinstance(exc.code, int) else EXIT_BAD_INPUT
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_BAD_INPUT
    status: int = args.run(args)
    return status


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimcheck",
        description="Check the claims in news reports against each other and against the facts.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser(
        "check",
        help="read case files and report what they hold and expect",
        description="Read case files and report, per document, its source, claims, "
        "attribution chains, and the findings it expects or must not produce.",
    )
    check.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        type=Path,
        help="a case file (.json or .toml), or a folder searched for them",
    )
    check.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text for people (default), json for programs",
    )
    check.set_defaults(run=_run_check)
    return parser


def _run_check(args: argparse.Namespace) -> int:
    summaries: list[dict[str, Any]] = []
    errors: list[str] = []
    for path in _case_paths(args.paths, errors):
        try:
            case = load_case_file(path)
        except CaseFileError as exc:
            errors.append(str(exc))
            continue
        summaries.append(_summary(case))
    for message in errors:
        print(f"claimcheck: {message}", file=sys.stderr)
    if args.format == "json":
        print(json.dumps({"documents": summaries, "errors": errors}, indent=2, ensure_ascii=False))
    else:
        sys.stdout.write("".join(_text(summary) for summary in summaries))
    return EXIT_BAD_INPUT if errors else EXIT_OK


def _case_paths(paths: Sequence[Path], errors: list[str]) -> Iterator[Path]:
    """The case files named by *paths*, folders expanded in sorted order; problems to *errors*.

    A folder is searched through its subfolders, skipping hidden files and folders (``.git``,
    ``.venv``, the temporary files `dump_case_file` writes).
    """
    for path in paths:
        if not path.is_dir():
            yield path  # load_case_file reports a missing file or a wrong suffix
            continue
        found = sorted(
            p
            for p in path.rglob("*")
            if p.suffix.lower() in _CASE_SUFFIXES
            and p.is_file()
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
        if not found:
            missing = CaseFileError(
                "no *.json or *.toml case file in this folder", location=str(path)
            )
            errors.append(str(missing))
        yield from found


def _summary(case: CaseFile) -> dict[str, Any]:
    """What a case file holds, as JSON-ready data."""
    source = case.document.source
    claims = case.document.claims
    types = Counter(_CONVERTER.unstructure(c.assertion, Assertion)["type"] for c in claims)
    return {
        "document": case.id,
        "source": {
            "outlet": None if source.outlet is None else source.outlet.name,
            "published": _CONVERTER.unstructure(source.published),
            "byline": list(source.byline),
            "title": source.title,
            "cites": [citation.outlet.name for citation in source.cites],
        },
        "claims": {"total": len(claims), "by_type": dict(sorted(types.items()))},
        "events": len(case.document.events),
        "attributions": [
            {"claim": c.id, **_chain(c.attribution, source.outlet.name if source.outlet else None)}
            for c in claims
            if c.attribution is not None
        ],
        "expected": [_CONVERTER.unstructure(e, Expectation) for e in case.expected],
        "quiet": [_CONVERTER.unstructure(e, Expectation) for e in case.quiet],
    }


def _chain(attribution: Attribution, outlet: str | None) -> dict[str, Any]:
    """The path from the reporting document to the speaker, with how the speaker is named."""
    return {
        "chain": [
            outlet or "this document",
            *(a.name for a in attribution.via),
            attribution.speaker_name,
        ],
        "speaker": None if attribution.speaker is None else attribution.speaker.name,
        "anonymity": attribution.anonymity.value,
        "cue": attribution.cue,
        "hedges": list(attribution.hedges),
    }


def _text(summary: dict[str, Any]) -> str:
    """*summary* as an indented block for people."""
    doc_id = summary["document"]
    source = summary["source"]
    published = source["published"]
    lines = [
        doc_id,
        "  source: "
        + "; ".join(
            [
                source["outlet"] or "outlet unknown",
                f"published {published if isinstance(published, str) else json.dumps(published)}",
                "by " + ", ".join(source["byline"]) if source["byline"] else "no byline",
            ]
        ),
    ]
    if source["cites"]:
        lines.append("  cites: " + ", ".join(source["cites"]))
    by_type = ", ".join(f"{name} {count}" for name, count in summary["claims"]["by_type"].items())
    lines.append(f"  claims: {summary['claims']['total']} ({by_type}); events: {summary['events']}")
    if summary["attributions"]:
        lines.append("  attributions:")
        for item in summary["attributions"]:
            extras = [item["anonymity"].replace("_", " ")]
            if item["speaker"] and item["speaker"] != item["chain"][-1]:
                extras.append(f"= {item['speaker']}")
            if item["cue"]:
                extras.append(f'"{item["cue"]}"')
            extras.extend(f"hedge: {hedge}" for hedge in item["hedges"])
            lines.append(f"    {item['claim']}: {' -> '.join(item['chain'])} ({'; '.join(extras)})")
    for key, heading in (("expected", "expects"), ("quiet", "must not flag")):
        if summary[key]:
            lines.append(f"  {heading}:")
            lines.extend(_expectation_line(doc_id, e) for e in summary[key])
    return "\n".join(lines) + "\n"


def _expectation_line(doc_id: str, expectation: dict[str, Any]) -> str:
    claims = ", ".join(
        ref.partition("#")[2] if ref.startswith(f"{doc_id}#") else ref
        for ref in expectation.get("claims", ())
    )
    note = expectation.get("note")
    return f"    {expectation['category']}: {claims}" + (f" ({note})" if note else "")
