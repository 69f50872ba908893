"""Score claimcheck.attribution on an evaluation set and time find_attributions.

Usage: python bench/attribution.py [EVAL.jsonl ...] [--seeds DIR] [--errors] [--quick]

By default it scores ``data/attribution_eval.jsonl`` (the development set) and
``data/attribution_holdout.jsonl`` (sentences written later, in other styles).

Each line of an evaluation file is a JSON object: ``text`` (one sentence), and ``speaker``
(the speaker as `Attribution.speaker_name` gives it, or null when the sentence attributes
nothing), ``anonymity`` (an `Anonymity` value) and ``via`` (outlet names, from the reporting
document towards the speaker). Speakers and outlets are compared after `fold`, and by
identity: a name the outlet list knows counts as its canonical name, and a leading "The" is
ignored, so "Kyodo" and "Kyodo News", or "The Kyiv Independent" and "Kyiv Independent", agree.

Printed, per file: precision and recall of the speaker, the chain (``via``), the anonymity
class, and the rate of false attributions (an attribution found in a sentence without one).
Then the speed of `find_attributions` on 1, 2 and 4 MB of text (processor time, the best of
three runs), and the exponent of time against size (1.0 is linear), on two texts:

- **news articles**, the measure of the target: the reference articles and the article files
  of ``data/*/`` (whole articles, with their headers, furniture and unattributed sentences);
- **attribution sentences**, a stress test: the evaluation sentences one after another, where
  nearly every clause carries a cue, so it reads slower than any real article.

Each is timed once alone and once resolving speakers with an `AliasIndex` of the people in
``../shared/facts.json``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from claimcheck.attribution import OUTLETS, find_attributions, parse_attribution  # noqa: E402
from claimcheck.model import Actor  # noqa: E402
from claimcheck.names import AliasIndex, fold  # noqa: E402

TARGETS = {"speaker": 0.95, "chain": 0.90, "anonymity": 0.95}
FALSE_TARGET = 0.02


_CANONICAL_OUTLET = {
    fold(alias): fold(outlet.name) for outlet in OUTLETS for alias in (outlet.name, *outlet.aliases)
}


def _same(found: str, gold: str) -> bool:
    """Whether two names of a speaker or outlet name the same one (see the module docstring)."""

    def key(name: str) -> str:
        folded = fold(name)
        folded = folded.removeprefix("the ") if folded.startswith("the ") else folded
        return _CANONICAL_OUTLET.get(folded, folded)

    return key(found) == key(gold)


def score(path: Path, *, show_errors: bool) -> dict[str, float]:
    """Precision and recall per field, and the false-attribution rate, on one file."""
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    expected = predicted = false = negatives = 0
    correct = {"speaker": 0, "chain": 0, "anonymity": 0}
    for row in rows:
        found = parse_attribution(row["text"])
        if row["speaker"] is None:
            negatives += 1
            if found is not None:
                false += 1
                predicted += 1
                if show_errors:
                    print(
                        f"  FALSE  {row['text']}\n         -> {found.speaker_name!r} ({found.cue})"
                    )
            continue
        expected += 1
        if found is None:
            if show_errors:
                print(f"  MISSED {row['text']}")
            continue
        predicted += 1
        checks = {
            "speaker": _same(found.speaker_name, row["speaker"]),
            "chain": len(found.via) == len(row["via"])
            and all(_same(a.name, v) for a, v in zip(found.via, row["via"], strict=True)),
            "anonymity": found.anonymity.value == row["anonymity"],
        }
        for field, ok in checks.items():
            correct[field] += ok
        if show_errors and not all(checks.values()):
            got = (found.speaker_name, found.anonymity.value, [a.name for a in found.via])
            want = (row["speaker"], row["anonymity"], row["via"])
            print(f"  WRONG  {row['text']}\n         got {got}\n         want {want}")
    result: dict[str, float] = {}
    for field, hits in correct.items():
        result[f"{field} precision"] = hits / predicted if predicted else 1.0
        result[f"{field} recall"] = hits / expected if expected else 1.0
    result["false attributions"] = false / negatives if negatives else 0.0
    print(
        f"{path.name}: {len(rows)} sentences, {expected} with an attribution, {negatives} without"
    )
    for name, value in result.items():
        field = name.split()[0]
        target = FALSE_TARGET if field == "false" else TARGETS[field]
        ok = value <= target if field == "false" else value >= target
        print(
            f"  {name:22} {value:7.1%}   target {'<=' if field == 'false' else '>='} {target:.0%}"
            f"  {'ok' if ok else 'MISSED'}"
        )
    return result


def articles(seeds: Path) -> list[str]:
    """The texts of the reference articles and of the article files under ``data/``."""
    paths = [*sorted(seeds.glob("*.txt")), *sorted((HERE / "data").glob("*/*.txt"))]
    return [path.read_text(encoding="utf-8") for path in paths]


def sentences(eval_files: list[Path]) -> list[str]:
    """The evaluation sentences of each file, one after another."""
    return [
        " ".join(
            json.loads(line)["text"]
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        )
        for path in eval_files
    ]


def corpus(pieces: list[str], size: int) -> str:
    """*size* characters of the pieces, repeated as often as needed."""
    block = "\n\n".join(pieces)
    return (block * (size // len(block) + 1))[:size]


def facts_index(facts: Path) -> AliasIndex:
    """The people of a facts.json file and the built-in outlets, as an alias index."""
    people: dict[str, set[str]] = {}
    for record in json.loads(facts.read_text(encoding="utf-8")):
        if record["kind"] == "tenure":
            people.setdefault(record["holder"], set()).update(record["aliases"])
    actors = [Actor(name, aliases=tuple(sorted(v - {name}))) for name, v in people.items()]
    return AliasIndex.from_actors([*actors, *OUTLETS])


def speed(
    pieces: list[str], *, sizes: tuple[int, ...], index: AliasIndex | None, target: bool
) -> None:
    """Throughput of find_attributions and the exponent of time against input size; *target*
    says whether the text is the kind the 1 MB/s target speaks of (news articles)."""
    timings: list[tuple[int, float]] = []
    for size in sizes:
        text = corpus(pieces, size)
        best = math.inf
        for _ in range(3):
            began = time.process_time()
            found = find_attributions(text, index=index)
            best = min(best, time.process_time() - began)
        timings.append((size, best))
        print(
            f"  {size / 1e6:4.1f} MB  {best:6.2f} s  {size / best / 1e6:5.2f} MB/s"
            f"  {len(found)} attributions"
        )
    (s0, t0), (s1, t1) = timings[0], timings[-1]
    exponent = math.log(t1 / t0) / math.log(s1 / s0)
    rate = min(size / t for size, t in timings) / 1e6
    print(
        f"  slowest rate {rate:.2f} MB/s ({'target >= 1.00' if target else 'no target'})"
        f"  scaling exponent {exponent:.2f} (1.00 is linear)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    default = [
        HERE / "data" / "attribution_eval.jsonl",
        HERE / "data" / "attribution_holdout.jsonl",
    ]
    parser.add_argument("files", nargs="*", type=Path, default=default)
    parser.add_argument("--seeds", type=Path, default=HERE.parent.parent / "shared" / "seeds")
    parser.add_argument(
        "--errors", action="store_true", help="print every wrong, missed or false answer"
    )
    parser.add_argument("--quick", action="store_true", help="time on 0.25, 0.5 and 1 MB only")
    args = parser.parse_args()
    for path in args.files:
        score(path, show_errors=args.errors)
    sizes = (250_000, 500_000, 1_000_000) if args.quick else (1_000_000, 2_000_000, 4_000_000)
    facts = args.seeds.parent / "facts.json"
    if not facts.is_file():
        parser.error(f"{facts}: no facts file there (give --seeds the shared seeds folder)")
    index = facts_index(facts)
    for label, pieces, target in (
        ("news articles", articles(args.seeds), True),
        ("attribution sentences (stress test)", sentences(args.files), False),
    ):
        print(f"find_attributions speed on {label}:")
        speed(pieces, sizes=sizes, index=None, target=target)
        print(f"find_attributions speed on {label}, resolving speakers with facts.json:")
        speed(pieces, sizes=sizes, index=index, target=target)


if __name__ == "__main__":
    main()
