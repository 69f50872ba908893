"""Time claimcheck.extract end to end (extraction and checks) on a generated news corpus.

Usage: python bench/extract.py [--articles N] [--seed S]

The corpus comes from our own templates, varied in names, titles, dates, places, outlets and
numbers; it never uses the reference articles. Printed: articles per second and MB/s of one
core (process CPU time) for extraction alone and for extraction plus `run_checks`, at two corpus sizes (N and
2N articles), and the exponent of time against size (1.0 is linear). The target is at least
200 articles per second end to end, and an exponent near 1.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from claimcheck.checks import run_checks  # noqa: E402
from claimcheck.extract import extract  # noqa: E402
from claimcheck.kb import KnowledgeBase  # noqa: E402
from claimcheck.model import Actor, ActorKind, Document, Source  # noqa: E402
from claimcheck.timespan import TimeSpan  # noqa: E402

TARGET = 200.0

PEOPLE = [
    ("German", "Chancellor", "Olaf Scholz"),
    ("French", "President", "Emmanuel Macron"),
    ("British", "Prime Minister", "Keir Starmer"),
    ("U.S.", "President", "Joe Biden"),
    ("NATO", "Secretary General", "Mark Rutte"),
    ("Ukrainian", "President", "Volodymyr Zelensky"),
    ("Ukrainian", "Foreign Minister", "Andrii Sybiha"),
    ("Polish", "Prime Minister", "Donald Tusk"),
    ("Dutch", "Prime Minister", "Dick Schoof"),
    ("Finnish", "President", "Alexander Stubb"),
    ("Estonian", "Prime Minister", "Kristen Michal"),
    ("Italian", "Prime Minister", "Giorgia Meloni"),
    ("Swedish", "Prime Minister", "Ulf Kristersson"),
    ("Spanish", "Prime Minister", "Pedro Sanchez"),
]
PLACES = [
    "Brussels",
    "Berlin",
    "Warsaw",
    "Vilnius",
    "Riga",
    "Oslo",
    "Madrid",
    "Rome",
    "Prague",
    "Tallinn",
]
OUTLETS = ["Reuters", "Le Monde", "Bloomberg", "The Guardian", "Politico", "Der Spiegel"]
EVENTS = ["met", "held talks with", "visited"]
TOPICS = [
    "air defence",
    "grain exports",
    "energy prices",
    "border controls",
    "reconstruction funds",
]
APPEALS = [
    "Subscribe to our newsletter for the latest updates.",
    "Your support helps us keep our reporting free.",
    "Please disable your ad blocker to continue reading.",
    "© 2024 Example Media. All rights reserved.",
    "Related:",
]


def article(rng: random.Random, day: date) -> str:
    """One short news story from the templates."""
    first, second, third = rng.sample(PEOPLE, 3)
    place, outlet, topic = rng.choice(PLACES), rng.choice(OUTLETS), rng.choice(TOPICS)
    when = day - timedelta(days=rng.randint(1, 20))
    amount = rng.choice([150, 250, 400, 725, 1200])
    share = rng.randint(5, 40)
    members = rng.choice([27, 31, 32])
    years = rng.randint(5, 20)
    lines = [
        rng.choice(APPEALS),
        f"{first[0]} {first[1]} {first[2]} {rng.choice(EVENTS)} {second[0]} {second[1]} {second[2]} "
        f"in {place} on {when.day} {when:%B}, officials said.",
        f"The talks focused on {topic}, according to {outlet}.",
        f"{third[2]}, {third[0]} {third[1].lower()}, said that the plan would cost ${amount} million.",
        f"Sources told {outlet} that about {share}% of the funds were already spent.",
        f"All {members} member countries of the alliance backed the statement.",
        f"The bloc has discussed the issue for {years} years, since {when.year - years}.",
        f"Leaders will meet again at a summit in {rng.choice(PLACES)} next month.",
        rng.choice(APPEALS),
    ]
    return "\n\n".join(lines) + "\n"


def corpus(size: int, seed: int) -> list[tuple[str, Source]]:
    """*size* articles with their sources, from one seed."""
    rng = random.Random(seed)
    items = []
    for index in range(size):
        day = date(2024, 1, 1) + timedelta(days=rng.randint(0, 360))
        source = Source(
            document_id=f"gen{index}",
            published=TimeSpan.day(day.year, day.month, day.day),
            outlet=Actor(rng.choice(OUTLETS), ActorKind.OUTLET),
        )
        items.append((article(rng, day), source))
    return items


def run(items: list[tuple[str, Source]], kb: KnowledgeBase) -> tuple[float, float]:
    """CPU seconds of this process for extraction alone and for extraction plus checks.

    CPU time, not wall-clock time: the benchmark measures one core's work, which other
    processes on a shared machine do not change.
    """
    start = time.process_time()
    documents: list[Document] = [extract(text, source=source, kb=kb) for text, source in items]
    extracted = time.process_time()
    run_checks(documents, kb)
    return extracted - start, time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    kb = KnowledgeBase.default()
    run(corpus(50, args.seed + 1), kb)  # warm the knowledge base's caches
    results = []
    for size in (args.articles, 2 * args.articles):
        items = corpus(size, args.seed)
        megabytes = sum(len(text.encode("utf-8")) for text, _ in items) / 1e6
        best = min((run(items, kb) for _ in range(3)), key=lambda pair: pair[1])
        results.append((size, best[0], best[1]))
        print(
            f"{size:6d} articles, {megabytes:6.2f} MB: extract {size / best[0]:7.1f} articles/s "
            f"{megabytes / best[0]:5.2f} MB/s; extract + checks {size / best[1]:7.1f} articles/s "
            f"{megabytes / best[1]:5.2f} MB/s"
        )
    (n1, e1, t1), (n2, e2, t2) = results
    grow = math.log(n2 / n1)
    print(
        f"scaling exponent (time vs size): extract {math.log(e2 / e1) / grow:.2f}, "
        f"end to end {math.log(t2 / t1) / grow:.2f}"
    )
    rate = n2 / t2
    print(
        f"end to end: {rate:.0f} articles/s ({'meets' if rate >= TARGET else 'misses'} the target of {TARGET:.0f})"
    )


if __name__ == "__main__":
    main()
