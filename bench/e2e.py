"""Measure claimcheck end to end on a folder of article files against its gold file.

Usage: python bench/e2e.py [FOLDER ...] [-v]

Every ``*.txt`` file of the folders (``bench/data/articles`` by default; add
``bench/data/holdout`` for the articles written after the fixes, or give both to check them
together) is read with `claimcheck.extract.read_article`, and all the documents are checked
together with `claimcheck.checks.run_checks`, so cross-document checks see them all. The
``gold.json`` of each folder lists, per article, the real problems a correct run finds and the
traps it must pass.

A gold problem is found when a finding of its category (and its code, if the gold names one)
involves every document the problem lists and has a span that overlaps the problem's text. The
text is located in the problem's first document, at its first occurrence inside ``context``
when a context is given, else at its first occurrence. A finding at warning or above that
matches no gold problem (nor an ``also_ok`` entry) is a false flag. A trap is sprung when a
false flag has a span overlapping the trap's text.

Printed: per category and overall, problems found out of problems planted (recall) and false
flags out of findings at warning or above; the traps sprung; articles per second for reading
and checking (process CPU time). ``-v`` adds every article's findings and misses.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from claimcheck.checks import run_checks  # noqa: E402
from claimcheck.extract import read_article  # noqa: E402
from claimcheck.kb import KnowledgeBase  # noqa: E402
from claimcheck.model import Document, Finding, Severity  # noqa: E402

ARTICLES = HERE / "data" / "articles"
TARGET_RECALL = 0.90
TARGET_FALSE_FLAGS = 0.05

__all__ = ["Outcome", "Expectation", "evaluate", "load_gold", "run_corpus"]


class Expectation:
    """One gold entry (a problem, an acceptable finding or a trap), located in its article."""

    def __init__(self, entry: Mapping[str, Any], article: str, texts: Mapping[str, str]) -> None:
        self.article = article
        self.category: str | None = entry.get("category")
        self.code: str | None = entry.get("code")
        self.documents: tuple[str, ...] = tuple(entry.get("documents", (article,)))
        self.text: str = entry["text"]
        self.why: str = entry.get("why", "")
        document = self.documents[0]
        body = texts[document]
        context = entry.get("context", self.text)
        at = body.find(context)
        inner = context.find(self.text)
        if at < 0 or inner < 0:
            raise ValueError(f"gold.json: {article}: {context!r} is not in {document}")
        self.document = document
        self.start = at + inner
        self.end = self.start + len(self.text)

    def overlaps(self, finding: Finding) -> bool:
        """Whether one of *finding*'s spans covers some of this entry's text."""
        return any(
            s.document == self.document and s.offset < self.end and self.start < s.offset + len(s.text)
            for s in finding.spans
        )

    def matches(self, finding: Finding) -> bool:
        """Whether *finding* is the one this entry expects."""
        if self.category is not None and finding.category != self.category:
            return False
        if self.code is not None and finding.code != self.code:
            return False
        return set(self.documents) <= set(finding.documents) and self.overlaps(finding)

    def __str__(self) -> str:
        kind = self.code or self.category or "trap"
        return f"{kind} {self.text!r} in {self.document}"


class Outcome:
    """The comparison of one run's findings with the gold file."""

    def __init__(
        self,
        findings: Sequence[Finding],
        problems: Sequence[Expectation],
        accepted: Sequence[Expectation],
        traps: Sequence[Expectation],
        *,
        articles: Sequence[str] = (),
        seconds: float = 0.0,
    ) -> None:
        self.articles = list(articles)
        self.seconds = seconds
        self.findings = list(findings)
        self.serious = [f for f in findings if f.severity.at_least(Severity.WARNING)]
        self.found = [p for p in problems if any(p.matches(f) for f in findings)]
        self.missed = [p for p in problems if p not in self.found]
        self.false_flags = [
            f for f in self.serious if not any(e.matches(f) for e in (*problems, *accepted))
        ]
        self.sprung = [(t, f) for t in traps for f in self.false_flags if t.overlaps(f)]
        self.problems = list(problems)

    @property
    def recall(self) -> float:
        """Problems found, as a share of problems planted."""
        return len(self.found) / len(self.problems) if self.problems else 1.0

    @property
    def false_flag_share(self) -> float:
        """False flags, as a share of findings at warning or above."""
        return len(self.false_flags) / len(self.serious) if self.serious else 0.0

    def by_category(self) -> dict[str, tuple[int, int, int, int]]:
        """Per category: problems found, problems planted, false flags, serious findings."""
        planted = Counter(p.category or "?" for p in self.problems)
        found = Counter(p.category or "?" for p in self.found)
        flagged = Counter(f.category for f in self.false_flags)
        serious = Counter(f.category for f in self.serious)
        names = sorted(set(planted) | set(serious))
        return {c: (found[c], planted[c], flagged[c], serious[c]) for c in names}


def _folders(folders: Path | Sequence[Path]) -> list[Path]:
    return [folders] if isinstance(folders, Path) else list(folders)


def _paths(folders: Path | Sequence[Path]) -> list[Path]:
    return sorted((p for f in _folders(folders) for p in f.glob("*.txt")), key=lambda p: p.stem)


def load_gold(folders: Path | Sequence[Path], texts: Mapping[str, str]) -> tuple[list[Expectation], ...]:
    """The problems, acceptable findings and traps of the ``gold.json`` of each folder."""
    gold: dict[str, Any] = {}
    for folder in _folders(folders):
        gold.update(json.loads((folder / "gold.json").read_text(encoding="utf-8"))["articles"])
    missing = sorted(set(texts) - set(gold))
    if missing:
        raise ValueError(f"gold.json: no entry for {', '.join(missing)}")
    kinds: tuple[list[Expectation], ...] = ([], [], [])
    for article, entry in sorted(gold.items()):
        if article not in texts:
            continue
        for kinds_list, key in zip(kinds, ("problems", "also_ok", "traps"), strict=True):
            kinds_list.extend(Expectation(e, article, texts) for e in entry.get(key, ()))
    return kinds


def run_corpus(
    folders: Path | Sequence[Path], kb: KnowledgeBase
) -> tuple[list[Document], list[Finding], float]:
    """The documents of the folders' articles, checked together, their findings, and the CPU
    seconds both took."""
    paths = _paths(folders)
    started = time.process_time()
    documents = [read_article(path, kb=kb) for path in paths]
    findings = run_checks(documents, kb)
    return documents, findings, time.process_time() - started


def evaluate(folders: Path | Sequence[Path], kb: KnowledgeBase) -> Outcome:
    """Run the articles of one folder or several together and compare the findings with
    their gold files."""
    texts = {p.stem: p.read_text(encoding="utf-8") for p in _paths(folders)}
    problems, accepted, traps = load_gold(folders, texts)
    documents, findings, seconds = run_corpus(folders, kb)
    return Outcome(
        findings, problems, accepted, traps, articles=[d.id for d in documents], seconds=seconds
    )


def _describe(finding: Finding) -> str:
    spans = "; ".join(repr(s.text) for s in finding.spans)
    return f"{finding.code} {finding.severity.value} [{', '.join(finding.documents)}] {spans}: {finding.message}"


def _report(outcome: Outcome, articles: Iterable[str], *, verbose: bool) -> None:
    print(f"{'category':<22} {'found':>9} {'recall':>7} {'false':>9} {'share':>6}")
    for category, (found, planted, flagged, serious) in outcome.by_category().items():
        recall = f"{found / planted:.0%}" if planted else "-"
        share = f"{flagged / serious:.0%}" if serious else "-"
        print(f"{category:<22} {found:>4}/{planted:<4} {recall:>7} {flagged:>4}/{serious:<4} {share:>6}")
    print(
        f"{'overall':<22} {len(outcome.found):>4}/{len(outcome.problems):<4} {outcome.recall:>7.0%} "
        f"{len(outcome.false_flags):>4}/{len(outcome.serious):<4} {outcome.false_flag_share:>6.0%}"
    )
    print(f"traps sprung: {len(outcome.sprung)}")
    for trap, finding in outcome.sprung:
        print(f"  {trap} ({trap.why}) <- {finding.code}")
    if not verbose:
        return
    for article in articles:
        print(f"\n== {article}")
        for finding in outcome.findings:
            if article in finding.documents and finding.documents[0] == article:
                mark = "FALSE" if finding in outcome.false_flags else "ok"
                print(f"  {mark:<5} {_describe(finding)}")
        for problem in outcome.missed:
            if problem.article == article:
                print(f"  MISS  {problem} ({problem.why})")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the corpus, print the figures; status 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "folders", nargs="*", type=Path, default=[ARTICLES], help="checked together (default: the main corpus)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="print every article's details")
    args = parser.parse_args(argv)
    kb = KnowledgeBase.default()
    outcome = evaluate(args.folders, kb)
    _report(outcome, outcome.articles, verbose=args.verbose)
    count, seconds = len(outcome.articles), outcome.seconds
    rate = count / seconds if seconds else float("inf")
    print(f"{count} articles in {seconds:.2f} s CPU: {rate:.0f} articles/s (read and check)")
    met = outcome.recall >= TARGET_RECALL and outcome.false_flag_share <= TARGET_FALSE_FLAGS
    print(f"targets (recall >= {TARGET_RECALL:.0%}, false flags <= {TARGET_FALSE_FLAGS:.0%}): {'met' if met else 'missed'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
