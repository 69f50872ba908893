"""The ``claimcheck`` command: check reports, extract them, explain checks, show facts.

``claimcheck check PATH...`` reads case files (``.json``, ``.toml``), article texts
(``.txt``) and folders of them, runs the checks against the bundled knowledge base (and any
``--kb`` fact files) and prints the findings grouped by document, with the quoted text, the
facts and their sources, and a suggested fix. The exit status is that of a linter: 0 when
nothing at or above ``--fail-on`` (a warning, by default) was found, 1 when something was,
and 2 for a usage error or an input that could not be read (which is named on standard error
as ``claimcheck: <file>: <message>``, while the other inputs are still checked).
``docs/cli.md`` describes every command and option.

>>> from claimcheck.cli import main
>>> main(["check", "-q", "docs/examples/stale-title.toml"])
stale-title:15: ROL001 [error] Jens Stoltenberg is called Secretary General of NATO at 3 December 2024, but Mark Rutte held that office then
1

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Sequence
from datetime import date
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, TextIO

from claimcheck._cli_inputs import ArticleMetadata, read_article_file, read_inputs
from claimcheck._cli_kb import describe, listing
from claimcheck._cli_report import expectations_to_json, report, short_line
from claimcheck.checks import BUILTIN, CheckSpec, Registry, compare_expectations, run_checks
from claimcheck.errors import ClaimcheckError, DateError, UnknownCheckError
from claimcheck.kb import KnowledgeBase
from claimcheck.model import CaseFile, Severity
from claimcheck.serialize import dumps_case_file, findings_to_claimreview, findings_to_json
from claimcheck.timespan import TimeSpan

__all__ = ["EXIT_BAD_INPUT", "EXIT_FINDINGS", "EXIT_OK", "main"]

EXIT_OK = 0
"""Nothing at or above ``--fail-on`` was found (and every input was read)."""
EXIT_FINDINGS = 1
"""Findings at or above ``--fail-on`` (or, with ``--expected``, a missed expectation)."""
EXIT_BAD_INPUT = 2
"""A usage error, or an input, fact file or plugin that could not be read."""

_FAIL_ON = {
    "info": Severity.INFO,
    "warning": Severity.WARNING,
    "error": Severity.ERROR,
    "never": None,
}


class _Failure(Exception):
    """Stops a command with ``claimcheck: <message>`` on standard error and status 2."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``claimcheck`` command with *argv* (the process arguments by default).

    Args:
        argv: The arguments after the program name.

    Returns:
        The exit status: 0 clean, 1 findings at or above ``--fail-on``, 2 a usage error or
        an input that could not be read.

    >>> main(["check", "seeds/no-such-file.json"])
    No findings in 0 documents; 1 input could not be read.
    2

    .. versionadded:: 0.1.0
    """
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed the usage or the help
        return exc.code if isinstance(exc.code, int) else EXIT_BAD_INPUT
    if getattr(args, "run", None) is None:
        parser.print_help(sys.stderr)
        return EXIT_BAD_INPUT
    try:
        status: int = args.run(args)
    except (_Failure, ClaimcheckError) as exc:
        print(f"claimcheck: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # the reader went away (``claimcheck check . | head``)
        _silence_stdout()
        return EXIT_FINDINGS
    return status


def _silence_stdout() -> None:
    """Point standard output at the null device, so that Python's flush at exit stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):  # not a real file: nothing to flush
        pass


# -- the parser ---------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimcheck",
        description="Check the claims in news reports against each other and against the facts.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_check(commands)
    extract = commands.add_parser(
        "extract",
        help="print the document extracted from an article text, as a case file",
        description="Extract the claims and events of an article text and print them as a "
        "JSON case file.",
    )
    extract.add_argument("path", metavar="FILE", type=Path, help="an article text (.txt)")
    _add_metadata(extract)
    _add_kb(extract)
    extract.set_defaults(run=_run_extract)

    explain = commands.add_parser(
        "explain",
        help="describe a check (or list them all)",
        description="Print a check's code, name, category, severity, status and documentation; "
        "without CODE, list every check.",
    )
    explain.add_argument("code", metavar="CODE", nargs="?", help="a check's code or name")
    _add_entry_points(explain)
    explain.set_defaults(run=_run_explain)

    kb = commands.add_parser(
        "kb",
        help="show what the knowledge base knows",
        description="Show what the knowledge base knows of an actor or office, or list them.",
    )
    kb_commands = kb.add_subparsers(dest="kb_command", required=True)
    show = kb_commands.add_parser(
        "show",
        help="an actor's names, offices and events, or an office's holders",
        description="Print what the knowledge base knows of an actor (names, offices with "
        "dates and sources, events) or of an office (other names, holders).",
    )
    show.add_argument(
        "name",
        metavar="NAME",
        help='an actor ("Mark Rutte") or an office ("Secretary General, NATO")',
    )
    _add_kb(show)
    show.set_defaults(run=_run_kb_show)
    listed = kb_commands.add_parser("list", help="every actor and office")
    _add_kb(listed)
    listed.set_defaults(run=_run_kb_list)
    return parser


def _add_check(commands: Any) -> None:
    check = commands.add_parser(
        "check",
        help="check case files and article texts",
        description="Check case files (.json, .toml) and article texts (.txt), or folders of "
        "them, against each other and the knowledge base, and report the findings.",
    )
    check.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        type=Path,
        help="a case file, an article text, or a folder searched for them",
    )
    check.add_argument(
        "--select",
        type=_codes,
        default=(),
        metavar="CODES",
        help="only these codes or families, comma-separated (ROL,TIM001)",
    )
    check.add_argument(
        "--ignore",
        type=_codes,
        default=(),
        metavar="CODES",
        help="leave out these codes or families, comma-separated",
    )
    check.add_argument(
        "--fail-on",
        choices=tuple(_FAIL_ON),
        default="warning",
        help="the least severity that makes the status 1 (default: warning)",
    )
    check.add_argument(
        "--format",
        choices=("text", "json", "claimreview"),
        default="text",
        help="text for people (default), json for programs, claimreview for schema.org JSON-LD",
    )
    check.add_argument(
        "--reviewer",
        default="claimcheck",
        help="with --format claimreview: the organization publishing the reviews",
    )
    check.add_argument(
        "--review-date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="with --format claimreview (required there): the day the reviews are published",
    )
    check.add_argument(
        "--review-url",
        metavar="URL",
        help="with --format claimreview: the address of the page that publishes the reviews",
    )
    check.add_argument(
        "--expected",
        action="store_true",
        help="also compare the findings with the case files' expected and quiet lists",
    )
    check.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="one line per finding, no details and no summary",
    )
    check.add_argument(
        "--progress",
        action="store_true",
        help="report progress on standard error even when it is not a terminal",
    )
    _add_metadata(check)
    _add_kb(check)
    _add_entry_points(check)
    check.set_defaults(run=_run_check)


def _add_metadata(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--published",
        type=_span,
        metavar="DATE",
        help="for an article text without a header: when it was published (2024-12-03)",
    )
    parser.add_argument(
        "--outlet", help="for an article text without a header: the outlet that published it"
    )


def _add_kb(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--kb",
        action="append",
        type=Path,
        default=[],
        metavar="FILE",
        help="a fact file (.json or .toml) to merge into the bundled facts; repeatable",
    )


def _add_entry_points(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--entry-points",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="load the checks installed packages declare (entry-point group claimcheck.checks)",
    )


def _codes(text: str) -> tuple[str, ...]:
    return tuple(part.strip().upper() for part in text.split(",") if part.strip())


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date written YYYY-MM-DD: {text!r}") from None


def _span(text: str) -> TimeSpan:
    try:
        return TimeSpan.from_iso(text)
    except DateError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _version() -> str:
    try:
        return version("claimcheck")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "(not installed)"


# -- check --------------------------------------------------------------------------------


def _run_check(args: argparse.Namespace) -> int:
    if args.format == "claimreview" and args.review_date is None:
        raise _Failure(
            "--format claimreview needs --review-date YYYY-MM-DD (the day the reviews are "
            "published; claimcheck never reads the clock)"
        )
    registry = _registry(args.entry_points)
    for option, codes in (("--select", args.select), ("--ignore", args.ignore)):
        try:
            registry.selected(**{option[2:]: codes})
        except UnknownCheckError as exc:
            raise _Failure(f"{option}: {exc}") from None
    kb = _knowledge_base(args.kb)
    metadata = ArticleMetadata.of(args.published, args.outlet)
    progress = _Progress(sys.stderr) if args.progress or sys.stderr.isatty() else None
    inputs = read_inputs(args.paths, metadata=metadata, kb=kb, progress=progress)
    if progress is not None:
        count = len(inputs.cases)
        progress.finish(f"running the checks on {count} document{'' if count == 1 else 's'}")
    for message in inputs.errors:
        print(f"claimcheck: {message}", file=sys.stderr)
    findings = run_checks(
        inputs.documents, kb, registry=registry, select=args.select, ignore=args.ignore
    )
    threshold = _FAIL_ON[args.fail_on]
    comparison = (
        compare_expectations(findings, inputs.cases, threshold=threshold) if args.expected else None
    )
    if args.format == "json":
        data = findings_to_json(findings, documents=[d.id for d in inputs.documents])
        if comparison is not None:
            data["expectations"] = expectations_to_json(comparison)
        _print_json(data)
    elif args.format == "claimreview":
        _print_json(
            findings_to_claimreview(
                findings,
                inputs.documents,
                reviewer=args.reviewer,
                review_date=args.review_date,
                review_url=args.review_url,
            )
        )
    elif args.quiet:
        sys.stdout.write("".join(short_line(f) + "\n" for f in findings))
    else:
        sys.stdout.write(
            report(
                findings,
                inputs.documents,
                comparison=comparison,
                unreadable=len(inputs.errors),
            )
        )
    if inputs.errors:
        return EXIT_BAD_INPUT
    if comparison is not None:
        return EXIT_OK if comparison.ok else EXIT_FINDINGS
    failing = threshold is not None and any(f.severity.at_least(threshold) for f in findings)
    return EXIT_FINDINGS if failing else EXIT_OK


def _registry(entry_points: bool) -> Registry:
    """The built-in checks, and the installed packages' checks unless *entry_points* is off."""
    return BUILTIN.with_entry_points() if entry_points else BUILTIN


def _knowledge_base(paths: Sequence[Path]) -> KnowledgeBase:
    """The bundled facts with the fact files at *paths* merged in, in order."""
    kb = KnowledgeBase.default()
    for path in paths:
        kb = kb.merge(KnowledgeBase.load(path))
    return kb


def _print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


class _Progress:
    """Reports which input is being read, on one line of a terminal, or line by line."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.terminal = stream.isatty()

    def __call__(self, index: int, total: int, path: Path) -> None:
        line = f"claimcheck: reading {index}/{total}: {path}"
        if self.terminal:
            self.stream.write(f"\r\x1b[K{line}")
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def finish(self, message: str) -> None:
        end = "\r\x1b[K" if self.terminal else ""
        self.stream.write(f"{end}claimcheck: {message}\n")
        self.stream.flush()


# -- extract ------------------------------------------------------------------------------


def _run_extract(args: argparse.Namespace) -> int:
    metadata = ArticleMetadata.of(args.published, args.outlet)
    kb = _knowledge_base(args.kb)
    document = read_article_file(args.path, metadata=metadata, kb=kb)
    sys.stdout.write(dumps_case_file(CaseFile(document=document)))
    return EXIT_OK


# -- explain ------------------------------------------------------------------------------


def _run_explain(args: argparse.Namespace) -> int:
    registry = _registry(args.entry_points)
    if args.code is None:
        for spec in registry:
            status = "" if spec.status.value == "stable" else f" ({spec.status.value})"
            print(f"{spec.code} {spec.name}{status}: {spec.summary}")
        return EXIT_OK
    spec = _find_check(registry, args.code)
    print(f"{spec.code} {spec.name}")
    print(f"  category: {spec.category}")
    print(f"  severity: {spec.severity.value}")
    print(f"  status: {spec.status.value} (since {spec.since})")
    scope = "across documents" if spec.key is not None else "one document at a time"
    print(f"  scope: {scope}")
    print()
    print(spec.doc or "(no documentation)")
    return EXIT_OK


def _find_check(registry: Registry, wanted: str) -> CheckSpec:
    for spec in registry:
        if wanted.upper() == spec.code or wanted.lower() == spec.name:
            return spec
    raise _Failure(f"explain: no check has the code or name {wanted!r}")


# -- kb -----------------------------------------------------------------------------------


def _run_kb_show(args: argparse.Namespace) -> int:
    text = describe(_knowledge_base(args.kb), args.name)
    if text is None:
        print(
            f"claimcheck: kb show: the knowledge base knows nothing of {args.name!r}",
            file=sys.stderr,
        )
        return EXIT_FINDINGS
    sys.stdout.write(text)
    return EXIT_OK


def _run_kb_list(args: argparse.Namespace) -> int:
    sys.stdout.write(listing(_knowledge_base(args.kb)))
    return EXIT_OK
