"""Benchmark claimcheck.dates against dateparser: accuracy, false positives, speed, scaling.

Run from the checkout: ``python bench/dates.py [-v] [FILE ...]`` (needs ``pip install
dateparser``). ``-v`` lists the Duckling misses outside holidays. Each FILE is an extra
evaluation set in JSON Lines, scored in a section of its own after the default ones: a file
whose rows carry ``mentions`` is a text-mode set (rows ``{"anchor", "text", "mentions": [{"text",
"offset", "gold"}]}``), any other an expression-mode set (rows ``{"category", "anchor", "tense",
"text", "gold"}``, ``gold`` null for a non-date); golds are written as `_value_record` writes
values.

Inputs:
1. ``bench/data/dates_eval.jsonl``: our own expressions with gold values (docs/time.md), and
   ``bench/data/dates_text.jsonl``: sentences with every gold mention. The fresh sets, written
   independently of the development ones (``dates_fresh1.jsonl``, ``dates_fresh2.jsonl`` and
   ``dates_text_fresh.jsonl``), are scored by default too, each in its own section. Speed is
   measured on the development sets and Duckling only, so that figures stay comparable.
2. ``../shared/benchmarks/time-duckling-en.jsonl``: Duckling's English corpus, day or coarser
   grains, run with ``prefer="future"`` (Duckling resolves like a scheduling assistant), and
   the breakdown by mode (``prefer="future"`` and the default news mode).

Scoring. claimcheck is exact when start, end, granularity and modifier (or the duration, its
hedge and relation) equal the gold. dateparser returns one datetime and no granularity, so it is
scored generously: correct when its date lies inside the gold interval; durations, open
intervals and non-dates (where any answer is a false positive) cannot be right for it.
Duckling golds are compared on start and end (its interval grain is the grain of the ends, not
the unit named, so grains are reported but not required).

Speed. Each expression is timed once per round, in a shuffled order, with an anchor moved by a
random number of days, so no cache sees the same input twice; three rounds, each with a fresh
order and fresh anchors, and the median of the round medians (microseconds) is reported, so
that a burst of load on the machine does not decide the ratio. dateparser gets
the same inputs in the same run (RELATIVE_BASE = the anchor, naive; PREFER_DATES_FROM = past;
languages = ["en"]).
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from claimcheck.dates import find_dates, normalize  # noqa: E402
from claimcheck.timespan import Duration, TimeSpan  # noqa: E402

DATA = ROOT / "bench" / "data"
DUCKLING = ROOT.parent / "shared" / "benchmarks" / "time-duckling-en.jsonl"
COARSE = ("day", "week", "month", "quarter", "year")
OWN = ("dates_eval.jsonl", "dates_text.jsonl")
FRESH = ("dates_fresh1.jsonl", "dates_fresh2.jsonl", "dates_text_fresh.jsonl")


def _anchor(text: str) -> date | datetime:
    return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)


def _value_record(value: TimeSpan | Duration | None) -> dict[str, object] | None:
    if value is None:
        return None
    if isinstance(value, Duration):
        return {
            "duration": value.isoformat(),
            "modifier": value.modifier.value,
            "relation": value.relation.value if value.relation else None,
        }
    start, end = value.start, value.end
    return {
        "start": start.isoformat() if start is not None else None,
        "end": end.isoformat() if end is not None else None,
        "granularity": value.granularity.value,
        "modifier": value.modifier.value,
    }


def _dateparser_settings(anchor: date | datetime) -> dict[str, object]:
    base = anchor if isinstance(anchor, datetime) else datetime.combine(anchor, datetime.min.time())
    return {"RELATIVE_BASE": base.replace(tzinfo=None), "PREFER_DATES_FROM": "past"}


def _dateparser_right(result: datetime | None, gold: dict[str, object] | None) -> bool:
    if gold is None or result is None or "duration" in gold:
        return False
    if gold["start"] is None or gold["end"] is None:
        return False
    if gold["granularity"] == "datetime":
        start = datetime.fromisoformat(str(gold["start"]))
        return result.replace(tzinfo=None) == start.replace(tzinfo=None)
    day = result.date()
    return date.fromisoformat(str(gold["start"])) <= day < date.fromisoformat(str(gold["end"]))


def _rows(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def expression_mode(dateparser: object, path: Path) -> None:
    rows = _rows(path)
    ours: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    theirs: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    false_ours = false_theirs = non_dates = 0
    misses = []
    for row in rows:
        anchor = _anchor(row["anchor"])
        gold = row["gold"]
        got = _value_record(normalize(row["text"], anchor=anchor, tense=row["tense"]))
        category = row["category"]
        ours[category][1] += 1
        theirs[category][1] += 1
        right = got == gold
        ours[category][0] += right
        if not right:
            misses.append((row["text"], row["anchor"], got, gold))
        parsed = dateparser.parse(
            row["text"],
            languages=["en"],  # type: ignore[attr-defined]
            settings=_dateparser_settings(anchor),
        )
        theirs[category][0] += _dateparser_right(parsed, gold)
        if gold is None:
            non_dates += 1
            false_ours += got is not None
            false_theirs += parsed is not None
    print(f"\n== Expression mode, {path.name}: {len(rows)} cases ({non_dates} non-dates) ==")
    print(f"{'category':16} {'n':>4} {'claimcheck':>11} {'dateparser*':>12}")
    total_ours = total_theirs = total = 0
    for category in sorted(ours):
        right, n = ours[category]
        other = theirs[category][0]
        total_ours, total_theirs, total = total_ours + right, total_theirs + other, total + n
        print(f"{category:16} {n:4d} {right / n:11.1%} {other / n:12.1%}")
    print(f"{'all':16} {total:4d} {total_ours / total:11.1%} {total_theirs / total:12.1%}")
    print(
        f"false positives on non-dates: claimcheck {false_ours}/{non_dates}, "
        f"dateparser {false_theirs}/{non_dates}"
    )
    print("(* dateparser: right when its date falls inside the gold interval)")
    for text, anchor, got, gold in misses:
        print(f"  miss: {text!r} @ {anchor}: got {got}, gold {gold}")


def text_mode(path: Path) -> list[str]:
    rows = _rows(path)
    gold_count = found_right = spurious = 0
    for row in rows:
        anchor = _anchor(row["anchor"])
        mentions = find_dates(row["text"], anchor=anchor)
        got = {(m.offset, m.text): _value_record(m.value) for m in mentions}
        gold = {(g["offset"], g["text"]): g["gold"] for g in row["mentions"]}
        gold_count += len(gold)
        for key, value in gold.items():
            if got.get(key, "absent") == value:
                found_right += 1
            else:
                print(f"  text miss: {key[1]!r} in {row['text']!r}: got {got.get(key)}")
        for key in got:
            if key not in gold:
                spurious += 1
                print(f"  spurious: {key[1]!r} in {row['text']!r}")
    print(f"\n== Text mode, {path.name}: {len(rows)} sentences, {gold_count} mentions ==")
    print(
        f"exact span and value: {found_right}/{gold_count} = {found_right / gold_count:.1%}; "
        f"spurious matches: {spurious}"
    )
    return [row["text"] for row in rows]


def duckling() -> None:
    rows = [json.loads(line) for line in DUCKLING.open(encoding="utf-8")]
    rows = [r for r in rows if r["grain"] in COARSE and not r.get("latent")]
    by_grain: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    subsets: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: dict[str, int] = defaultdict(int)
    for row in rows:
        anchor = datetime.fromisoformat(row["reference"])
        value = normalize(row["text"], anchor=anchor, prefer="future")
        past = normalize(row["text"], anchor=anchor, prefer="past")
        start = row["start"] and datetime.fromisoformat(row["start"]).date()
        end = row["end"] and datetime.fromisoformat(row["end"]).date()
        right = (
            isinstance(value, TimeSpan)
            and not value.is_datetime
            and (value.start, value.end) == (start, end)
        )
        holiday = "holiday" if row.get("holiday") else "no holiday"
        if not right:
            misses["not read" if value is None else "read differently"] += 1
            if "-v" in sys.argv and not row.get("holiday"):
                print(f"  duckling miss: {row['text']!r}: got {value}, gold {start}..{end}")
        for key in (row["grain"], "all"):
            by_grain[f"{key} ({holiday})"][0] += right
            by_grain[f"{key} ({holiday})"][1] += 1
        if value is None and past is None:
            agree = "read in neither direction"
        elif value == past:
            agree = "past and future readings agree"
        else:
            agree = "direction matters"
        for key in (agree,):
            subsets[f"{key} ({holiday})"][0] += right
            subsets[f"{key} ({holiday})"][1] += 1
    print(f"\n== Duckling English corpus, day or coarser grains, prefer='future': {len(rows)} ==")
    for key in sorted(by_grain):
        right, n = by_grain[key]
        print(f"{key:36} {right:4d}/{n:<4d} {right / n:6.1%}")
    print("by whether the direction of incomplete dates changes our reading:")
    for key in sorted(subsets):
        right, n = subsets[key]
        print(f"{key:44} {right:4d}/{n:<4d} {right / n:6.1%}")
    print(f"misses: {dict(misses)} (run with -v to list those outside holidays)")
    print("by mode (exact start and end; the news mode is not built to agree):")
    for mode in ("future", "past"):
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for row in rows:
            anchor = datetime.fromisoformat(row["reference"])
            value = normalize(row["text"], anchor=anchor, prefer=mode)  # type: ignore[arg-type]
            start = row["start"] and datetime.fromisoformat(row["start"]).date()
            end = row["end"] and datetime.fromisoformat(row["end"]).date()
            right = (
                isinstance(value, TimeSpan)
                and not value.is_datetime
                and (value.start, value.end) == (start, end)
            )
            for key in ("holiday" if row.get("holiday") else "no holiday", "all"):
                counts[key][0] += right
                counts[key][1] += 1
        line = ", ".join(
            f"{key} {right}/{n} = {right / n:.1%}"
            for key, (right, n) in sorted(counts.items(), key=lambda item: item[0] != "all")
        )
        print(f"  prefer={mode!r:9} {line}")


def speed(dateparser: object, sentences: list[str]) -> None:
    expressions = [
        json.loads(line)["text"] for line in (DATA / "dates_eval.jsonl").open(encoding="utf-8")
    ]
    expressions += [json.loads(line)["text"] for line in DUCKLING.open(encoding="utf-8")]
    rng = random.Random(20241016)
    base = date(2024, 10, 16)
    rounds = []
    for _ in range(3):
        order = list(range(len(expressions)))
        rng.shuffle(order)
        anchors = [base + timedelta(days=rng.randrange(-5000, 5000)) for _ in order]
        ours, theirs = [], []
        for index, anchor in zip(order, anchors, strict=True):
            text = expressions[index]
            begin = time.perf_counter_ns()
            normalize(text, anchor=anchor)
            ours.append((time.perf_counter_ns() - begin) / 1000)
        for index, anchor in zip(order, anchors, strict=True):
            text = expressions[index]
            settings = _dateparser_settings(anchor)
            begin = time.perf_counter_ns()
            dateparser.parse(text, languages=["en"], settings=settings)  # type: ignore[attr-defined]
            theirs.append((time.perf_counter_ns() - begin) / 1000)
        rounds.append((statistics.median(ours), statistics.median(theirs)))
    print(
        f"\n== Speed: {len(expressions)} expressions, 3 rounds, each round in a fresh order "
        "with fresh anchors =="
    )
    for number, (mine, other) in enumerate(rounds, start=1):
        print(
            f"round {number}: median claimcheck {mine:.1f} µs, dateparser {other:.1f} µs, "
            f"ratio {other / mine:.1f}x"
        )
    mine = statistics.median(r[0] for r in rounds)
    other = statistics.median(r[1] for r in rounds)
    print(
        f"median per expression: claimcheck {mine:.1f} µs, dateparser {other:.1f} µs, "
        f"ratio {other / mine:.1f}x"
    )
    per_sentence = []
    for text in sentences:
        anchor = base + timedelta(days=rng.randrange(-5000, 5000))
        begin = time.perf_counter_ns()
        find_dates(text, anchor=anchor)
        per_sentence.append((time.perf_counter_ns() - begin) / 1000)
    print(f"find_dates median per news sentence: {statistics.median(per_sentence):.1f} µs")
    code = (
        "import time; t = time.perf_counter(); c = time.process_time(); import claimcheck; "
        "u = time.perf_counter(); "
        "from datetime import date; from claimcheck.dates import normalize; "
        "normalize('Dec. 3, 2024', anchor=date(2024, 10, 16)); "
        "print((time.perf_counter() - t) * 1000, (u - t) * 1000, "
        "(time.process_time() - c) * 1000)"
    )
    runs = [
        [
            float(x)
            for x in subprocess.run(
                [sys.executable, "-c", code],
                capture_output=True,
                text=True,
                check=True,
                env={"PYTHONPATH": str(ROOT / "src")},
            ).stdout.split()
        ]
        for _ in range(5)
    ]
    total = statistics.median(r[0] for r in runs)
    package = statistics.median(r[1] for r in runs)
    cpu = statistics.median(r[2] for r in runs)
    print(
        f"import plus first call: median {total:.1f} ms over 5 fresh processes, of which "
        f"{package:.1f} ms is `import claimcheck` (the package facade) and "
        f"{total - package:.1f} ms claimcheck.dates with its first call; "
        f"CPU time {cpu:.1f} ms (less sensitive to a busy machine)"
    )


def adversarial(size: int, rng: random.Random) -> str:
    """Text built to stress the scanner: digit runs, punctuation, month and weekday names and
    near-names, prepositions, numbers and money, in random order (few or no real dates)."""
    pieces = [
        "1234567",
        "98765432101",
        ";;",
        "--",
        "/",
        ".",
        ",",
        "...",
        "'",
        "(",
        ")",
        "0000000",
        "31/31/31/31",
        "99.99.99.99",
        "12:99:99",
        "--//--",
        "Q9",
        "H7",
        "Januaryx",
        "Mayday",
        "Marching",
        "Sundays",
        "Decembrist",
        "may",
        "march",
        "Sept.",
        "Mon.",
        "the",
        "of",
        "to",
        "-",
        "2,000",
        "45%",
        "$1999",
    ]
    out: list[str] = []
    length = 0
    while length < size:
        piece = rng.choice(pieces)
        out.append(piece)
        length += len(piece) + 1
    return " ".join(out)[:size]


def scaling() -> None:
    rng = random.Random(7)
    sizes = [10_000, 100_000, 1_000_000]
    times = []
    for size in sizes:
        text = adversarial(size, rng)
        runs = []
        for _ in range(3):
            begin = time.perf_counter()
            found = find_dates(text, anchor=date(2024, 10, 16))
            runs.append(time.perf_counter() - begin)
        times.append(min(runs))
        print(
            f"adversarial {size:>9,} chars: {times[-1] * 1000:8.1f} ms (best of 3), "
            f"{len(found)} mentions"
        )
    import math

    slope = (math.log(times[-1]) - math.log(times[0])) / (math.log(sizes[-1]) - math.log(sizes[0]))
    print(f"scaling exponent (10 KB to 1 MB): {slope:.2f}")
    digits = "9" * 1_000_000
    begin = time.perf_counter()
    find_dates(digits, anchor=date(2024, 10, 16))
    print(f"1 MB of digits: {(time.perf_counter() - begin) * 1000:.1f} ms")


def main() -> None:
    import dateparser

    extra = [Path(arg) for arg in sys.argv[1:] if arg != "-v"]
    sets = [DATA / name for name in (*OWN, *FRESH)] + extra
    sentences: list[str] = []
    for path in sets:
        if "mentions" in _rows(path)[0]:
            texts = text_mode(path)
            sentences += texts if path.name in OWN else []
        else:
            expression_mode(dateparser, path)
    duckling()
    speed(dateparser, sentences)
    print("\n== Scaling of find_dates on adversarial text ==")
    scaling()


if __name__ == "__main__":
    main()
