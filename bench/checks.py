"""Time claimcheck.checks.run_checks on a generated corpus of documents, with planted errors.

Usage: python bench/checks.py [--sizes 10000 100000 1000000] [--documents 10000] [--seed S]
                              [--rate R] [--profile FILE]

The corpus is built from the model types, never from text: office titles of people the
bundled knowledge base knows and of invented people and offices, datings of known and of
invented events, counts, ordinals, quantities, durations, weekdays, and statements with
propositions and attribution chains through outlets. A small share of the claims (``--rate``)
carries a planted error of one of the kinds the built-in checks look for; the benchmark
reports how many of them the checks find (recall), by code.

Each size is generated first and then checked, so generation stays out of the timed part.
Printed per size: claims per second, wall and CPU time of `run_checks` (CPU time of this
process, `time.process_time`, which other processes on a shared machine change less than
wall time), the peak resident memory of the process (`resource.getrusage` ``ru_maxrss``,
which includes the corpus itself), the findings per code and the recall of the planted
errors. At the end: the scaling exponent of CPU time against size between the two largest
sizes (1.0 is linear; the target is at most 1.15). The targets for 1M claims are at most
60 s of one core and at most 2 GB of peak memory.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import math
import random
import resource
import sys
import time
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import attrs

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from claimcheck.checks import run_checks  # noqa: E402
from claimcheck.kb import Confidence, KnowledgeBase, Tenure  # noqa: E402
from claimcheck.model import (  # noqa: E402
    WEEKDAYS,
    Actor,
    ActorKind,
    Anonymity,
    Attribution,
    Citation,
    Claim,
    Count,
    Document,
    DurationSince,
    Event,
    EventDate,
    Finding,
    Modality,
    Ordinal,
    Quantity,
    RoleHeld,
    Source,
    Span,
    Statement,
    TitleTime,
    Weekday,
)
from claimcheck.timespan import Duration, Modifier, TimeSpan  # noqa: E402

TARGET_SECONDS = 60.0
TARGET_BYTES = 2 * 1024**3
TARGET_EXPONENT = 1.15

FIRST_DAY = date(2023, 1, 1)
LAST_DAY = date(2025, 6, 30)
OUTLETS = [
    "Reuters", "Le Monde", "Bloomberg", "The Guardian", "Politico", "Der Spiegel", "Kyiv Independent",
    "Associated Press", "Agence France-Presse", "El País", "Corriere della Sera", "Gazeta Wyborcza",
]
SYLLABLES = ["ka", "lo", "mi", "ren", "ta", "vos", "dr", "el", "ana", "per", "si", "gu", "bo", "zan", "ti"]
TITLES = ["Mayor", "Governor", "Chair", "Director", "Speaker", "Chief Executive"]
KINDS = ["meeting", "summit", "visit", "press_conference", "talks"]
MEASURES = [("aid package", "USD"), ("budget", "EUR"), ("loan", "USD"), ("harvest", "tonnes"), ("turnout", "%")]
VAGUE = ["sources", "unnamed sources", "anonymous sources"]


def _day(value: date) -> TimeSpan:
    return TimeSpan.day(value.year, value.month, value.day)


def _between(rng: random.Random, low: date, high: date) -> date:
    return low + timedelta(days=rng.randint(0, max(0, (high - low).days)))


def _invented_name(rng: random.Random, index: int) -> str:
    first = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
    last = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
    return f"{first} {last}{index}"


@attrs.frozen
class Planted:
    """An error put into the corpus on purpose: the check that should find it, and where."""

    code: str
    refs: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()


@attrs.frozen
class _Office:
    title: str
    organization: str
    holders: tuple[tuple[str, date, date], ...]  # (name, first day, day after the last)


@attrs.frozen
class _InventedEvent:
    id: str
    kind: str
    place: Actor
    participants: tuple[Actor, ...]
    day: date


@attrs.frozen
class _QuantityFact:
    subject: str
    measure: str
    unit: str
    value: float
    year: int


class Generator:
    """Documents built from the model types, with errors planted at *rate*."""

    def __init__(self, kb: KnowledgeBase, *, seed: int, rate: float) -> None:
        self.rng = random.Random(seed)
        self.rate = rate
        self.planted: list[Planted] = []
        rng = self.rng
        self.tenures = [
            t
            for t in kb.tenures
            if t.start is not None
            and t.start_confidence is Confidence.HIGH
            and t.end_confidence is Confidence.HIGH
            and t.start.first_day() is not None
            and t.start.first_day() < LAST_DAY  # type: ignore[operator]
        ]
        self.actors = {name: actor for actor in kb.actors for name in actor.names}
        self.events = [e for e in kb.events if e.when.first_day() is not None]
        self.outlets = [Actor(name, ActorKind.OUTLET) for name in OUTLETS]
        self.vague = VAGUE
        self.offices = [self._invented_office(i) for i in range(2000)]
        self.invented_events = [self._invented_event(i) for i in range(5000)]
        self.quantities = [
            _QuantityFact(
                f"project {i}",
                MEASURES[i % len(MEASURES)][0],
                MEASURES[i % len(MEASURES)][1],
                float(rng.randint(100, 999) * 10 ** rng.randint(0, 3)),
                rng.choice([2023, 2024, 2025]),
            )
            for i in range(5000)
        ]
        self.pending: list[tuple[str, str, Actor]] = []
        self.propositions = [f"prop-{i}" for i in range(20000)]
        self.speakers = [Actor(_invented_name(rng, 90000 + i)) for i in range(3000)]
        self.misspelt = [(a.actor.name, m) for a in kb.aliases for m in a.misspellings]
        self.variants = [
            (tenure, variant)
            for tenure in self.tenures
            for variant in self.actors[tenure.holder.name].names
            if variant != tenure.holder.name and len(variant.split()) > 1
        ]

    # -- pools ----------------------------------------------------------------------------

    def _invented_office(self, index: int) -> _Office:
        rng = self.rng
        title = TITLES[index % len(TITLES)]
        organization = f"{''.join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()}ville {index}"
        holders = []
        day = FIRST_DAY - timedelta(days=rng.randint(0, 400))
        while day < LAST_DAY:
            end = day + timedelta(days=rng.randint(200, 900))
            holders.append((_invented_name(rng, index * 10 + len(holders)), day, end))
            day = end
        return _Office(title, organization, tuple(holders))

    def _invented_event(self, index: int) -> _InventedEvent:
        rng = self.rng
        people = tuple(Actor(_invented_name(rng, 50000 + index * 3 + k)) for k in range(rng.randint(2, 3)))
        place = Actor(f"{''.join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()}burg {index}", ActorKind.PLACE)
        day = _between(rng, FIRST_DAY, LAST_DAY - timedelta(days=30))
        return _InventedEvent(f"inv{index}", rng.choice(KINDS), place, people, day)

    # -- documents --------------------------------------------------------------------------

    def corpus(self, claims: int, documents: int) -> list[Document]:
        """*documents* documents holding *claims* claims between them."""
        per, extra = divmod(claims, documents)
        docs = [self.document(i, per + (1 if i < extra else 0)) for i in range(documents)]
        return self._plant_rings(docs)

    def document(self, index: int, size: int) -> Document:
        rng = self.rng
        doc_id = f"doc{index}"
        published_day = _between(rng, FIRST_DAY + timedelta(days=60), LAST_DAY)
        source = Source(document_id=doc_id, published=_day(published_day), outlet=rng.choice(self.outlets))
        builder = _DocumentBuilder(self, source, published_day)
        pending, self.pending = self.pending, []
        for code, proposition, outlet in pending:
            builder.companion(code, proposition, outlet)
        makers: list[tuple[float, Callable[[_DocumentBuilder], None]]] = [
            (0.20, _DocumentBuilder.known_title),
            (0.10, _DocumentBuilder.invented_title),
            (0.08, _DocumentBuilder.known_dating),
            (0.10, _DocumentBuilder.invented_dating),
            (0.06, _DocumentBuilder.weekday),
            (0.05, _DocumentBuilder.count),
            (0.03, _DocumentBuilder.ordinal),
            (0.06, _DocumentBuilder.duration),
            (0.12, _DocumentBuilder.quantity),
            (0.20, _DocumentBuilder.statement),
        ]
        weights = [w for w, _ in makers]
        functions = [f for _, f in makers]
        while len(builder.claims) < size:
            rng.choices(functions, weights)[0](builder)
        return builder.build()

    def _plant_rings(self, docs: list[Document]) -> list[Document]:
        """Make some documents cite others, and a few pairs cite each other (a ring)."""
        rng = self.rng
        count = len(docs)
        if count < 4:
            return docs
        result = list(docs)
        for _ in range(max(1, count // 20)):
            a = rng.randrange(count)
            b = rng.randrange(count)
            if a == b:
                continue
            ring = rng.random() < self.rate * 5
            result[a] = _citing(result[a], result[b])
            if ring:
                result[b] = _citing(result[b], result[a])
                self.planted.append(Planted("SRC002", documents=(result[a].id, result[b].id)))
        return result

    def chance(self) -> bool:
        """Whether to plant an error in the claim being made."""
        return self.rng.random() < self.rate


def _citing(document: Document, cited: Document) -> Document:
    """*document* with a citation of *cited* added to its source (claims re-sourced)."""
    citation = Citation(outlet=cited.source.outlet or Actor("Unknown outlet", ActorKind.OUTLET),
                        document_id=cited.id, published=cited.source.published)
    source = attrs.evolve(document.source, cites=(*document.source.cites, citation))
    claims = tuple(attrs.evolve(c, source=source) for c in document.claims)
    return Document(source=source, claims=claims, events=document.events)


def quantity_of(fact: _QuantityFact, value: float, modifier: Modifier) -> Quantity:
    """A claim's figure for *fact*."""
    return Quantity(subject=fact.subject, measure=fact.measure, value=value, unit=fact.unit,
                    when=TimeSpan.year(fact.year), modifier=modifier)


class _DocumentBuilder:
    """The claims and events of one document as they are made."""

    def __init__(self, generator: Generator, source: Source, published: date) -> None:
        self.g = generator
        self.rng = generator.rng
        self.source = source
        self.published = published
        self.claims: list[Claim] = []
        self.events: list[Event] = []
        self.offset = 0

    def build(self) -> Document:
        claims = self.claims
        used = {c.assertion.event for c in claims if isinstance(c.assertion, EventDate)}
        events = [e for e in self.events if e.id in used]
        return Document(source=self.source, claims=tuple(claims), events=tuple(events))

    def add(self, assertion: object, text: str, *, code: str | None = None, **options: object) -> None:
        claim_id = f"c{len(self.claims)}"
        span = Span(self.source.document_id, self.offset, text)
        self.offset += len(text) + 1
        claim = Claim(id=claim_id, source=self.source, assertion=assertion, evidence=span, **options)  # type: ignore[arg-type]
        self.claims.append(claim)
        if code is not None:
            self.g.planted.append(Planted(code, refs=(claim.ref,)))

    # -- titles -----------------------------------------------------------------------------

    def known_title(self) -> None:
        rng, g = self.rng, self.g
        tenure: Tenure = rng.choice(g.tenures)
        start = tenure.start.first_day()  # type: ignore[union-attr]
        end = LAST_DAY if tenure.end is None else tenure.end.first_day() - timedelta(days=1)  # type: ignore[union-attr]
        name = tenure.holder.name
        if g.variants and rng.random() < 0.05:
            tenure, name = rng.choice(g.variants)
            start = tenure.start.first_day()  # type: ignore[union-attr]
            end = LAST_DAY if tenure.end is None else tenure.end.first_day() - timedelta(days=1)  # type: ignore[union-attr]
        when = _between(rng, start, min(end, LAST_DAY, self.published))  # type: ignore[arg-type, type-var]
        title_time = TitleTime.PRESENT
        code = None
        if g.chance():
            later = [
                t for t in g.tenures
                if t.office == tenure.office and t.start is not None and t.end is None
                and t.holder != tenure.holder and t.start.first_day() > when + timedelta(days=30)  # type: ignore[operator]
            ]
            if later and rng.random() < 0.5:
                name, code = later[0].holder.name, "ROL001"  # a later holder named too early
            elif tenure.end is not None and tenure.end.first_day() < LAST_DAY:  # type: ignore[operator]
                when = _between(rng, tenure.end.first_day() + timedelta(days=5), LAST_DAY)  # type: ignore[operator]
                code = "ROL001"  # a stale title
            else:
                title_time, code = TitleTime.FORMER, "ROL001"  # "former" while in office
                when = min(when, LAST_DAY)
        elif g.misspelt and rng.random() < g.rate:
            correct, name = rng.choice(g.misspelt)
            code = "NAM001"
            matching = [t for t in g.tenures if t.holder.name == correct]
            if matching:
                tenure = matching[0]
        role = RoleHeld(
            actor=Actor(name),
            role=tenure.office.role,
            organization=tenure.office.organization,
            when=_day(when) if when != self.published else None,
            title_time=title_time,
        )
        if role.when is None and when > self.published:
            role = attrs.evolve(role, when=_day(when))
        self.add(role, f"{tenure.office.role} {name} on {when:%d %B %Y}", code=code)

    def invented_title(self) -> None:
        rng, g = self.rng, self.g
        office = rng.choice(g.offices)
        name, first, after = rng.choice(office.holders)
        when = _between(rng, max(first, FIRST_DAY), min(after - timedelta(days=1), LAST_DAY))
        code = None
        if g.chance():  # the holder named too, so that two claims meet
            self.add(RoleHeld(actor=Actor(name), role=office.title, organization=office.organization, when=_day(when)),
                     f"{name}, {office.title} of {office.organization}")
            others = [h for h in office.holders if h[0] != name]
            name, code = rng.choice(others)[0], "ROL002"
        role = RoleHeld(actor=Actor(name), role=office.title, organization=office.organization, when=_day(when))
        self.add(role, f"{name}, {office.title} of {office.organization}", code=code)

    # -- events -----------------------------------------------------------------------------

    def known_dating(self) -> None:
        rng, g = self.rng, self.g
        record = rng.choice(g.events)
        participants = tuple(dict.fromkeys(Actor(p.name, p.kind) for p in record.participants))
        when = record.when
        code = None
        if g.chance():
            first = record.when.first_day()
            assert first is not None
            when = _day(first + timedelta(days=rng.choice([-9, -5, -3, 3, 4, 8])))
            code = "TIM001"
        event = Event(
            id=f"e{len(self.events)}",
            kind=record.kind,
            name=record.name,
            place=record.place,
            participants=participants,
        )
        self.events.append(event)
        self.add(EventDate(event=event.id, when=when), f"{record.name} on {when.isoformat()}", code=code)

    def invented_dating(self) -> None:
        rng, g = self.rng, self.g
        invented = rng.choice(g.invented_events)
        day = invented.day
        code = None
        if g.chance():
            if rng.random() < 0.5 and invented.day + timedelta(days=6) <= self.published:  # the right date too
                self._date_invented(invented, day, None)
                day, code = day + timedelta(days=rng.choice([-6, -3, 2, 5])), "TIM001"
            else:
                day, code = self.published + timedelta(days=rng.randint(3, 40)), "TIM003"
                invented = attrs.evolve(invented, participants=(Actor(_invented_name(rng, 70000 + len(g.planted))),))
        self._date_invented(invented, day, code)

    def _date_invented(self, invented: _InventedEvent, day: date, code: str | None) -> None:
        event = Event(
            id=f"e{len(self.events)}",
            kind=invented.kind,
            name=f"{invented.kind.replace('_', ' ')} in {invented.place.name}",
            place=invented.place,
            participants=invented.participants,
        )
        self.events.append(event)
        modality = Modality.ASSERTED if code == "TIM003" or day <= self.published else Modality.EXPECTED
        self.add(EventDate(event=event.id, when=_day(day)), f"{event.name} on {day:%d %B %Y}",
                 code=code, modality=modality)

    def weekday(self) -> None:
        rng, g = self.rng, self.g
        day = _between(rng, FIRST_DAY, self.published)
        weekday = WEEKDAYS[day.weekday()]
        code = None
        if g.chance():
            weekday, code = WEEKDAYS[(day.weekday() + rng.randint(1, 6)) % 7], "TIM002"
        self.add(Weekday(when=_day(day), weekday=weekday), f"{weekday}, {day:%d %B %Y}", code=code)

    # -- numbers ----------------------------------------------------------------------------

    def _members(self, day: date) -> int:
        if day < date(2023, 4, 4):
            return 30
        return 31 if day < date(2024, 3, 7) else 32

    def count(self) -> None:
        rng, g = self.rng, self.g
        series = rng.choice(["NATO members", "NATO member countries", "members of NATO"])
        value = self._members(self.published)
        code = None
        if g.chance():
            value, code = value + rng.choice([-2, -1, 1, 2]), "CNT003"
        excluded = 1 if rng.random() < 0.1 else 0
        self.add(Count(subject=series, value=value - excluded, excluded=excluded),
                 f"all {value - excluded} {series}", code=code)

    def ordinal(self) -> None:
        rng, g = self.rng, self.g
        value = self._members(self.published)
        prospective = rng.random() < 0.5
        position = value + 1 if prospective else rng.randint(1, value)
        code = None
        if g.chance():
            position, code = (value + 3, "CNT002") if not prospective else (value, "CNT002")
        self.add(Ordinal(subject="a new member", series="NATO members", position=position, prospective=prospective),
                 f"the {position}th member", code=code)

    def duration(self) -> None:
        rng, g = self.rng, self.g
        since_year = rng.randint(1990, self.published.year - 2)
        years = self.published.year - since_year
        code = None
        if g.chance():
            years, code = years + rng.choice([-5, -4, 4, 6]), "CNT001"
        self.add(DurationSince(subject="the dispute", since=TimeSpan.year(since_year), length=Duration(years=max(years, 1))),
                 f"for {years} years, since {since_year}", code=code)

    def quantity(self) -> None:
        rng, g = self.rng, self.g
        fact = rng.choice(g.quantities)
        value = fact.value
        modifier = Modifier.APPROX if rng.random() < 0.2 else Modifier.EXACT
        code = None
        if g.chance():  # the right value given too, so that two values meet
            self.add(quantity_of(fact, value, modifier), f"{fact.subject}: {value:g} {fact.unit}")
            value, code = value * rng.choice([0.5, 1.6, 2.0, 3.0]), "CNT004"
            modifier = Modifier.EXACT
        quantity = quantity_of(fact, value, modifier)
        self.add(quantity, f"the {fact.measure} of {fact.subject}: {value:g} {fact.unit}", code=code)

    # -- statements -------------------------------------------------------------------------

    def companion(self, code: str, proposition: str, outlet: Actor) -> None:
        """The report, in another document, that completes a planted relay or shared upstream.

        For a relay: the outlet passing on a named speaker's words. For single-upstream
        corroboration: the same outlet's anonymous sources.
        """
        if code == "SRC001":
            speaker = self.rng.choice(self.g.speakers)
            attribution = Attribution(speaker_name=speaker.name, anonymity=Anonymity.NAMED_PERSON,
                                      speaker=speaker, via=(outlet,), cue="said")
        else:
            attribution = Attribution(speaker_name="diplomats", anonymity=Anonymity.ANONYMOUS_GROUP,
                                      via=(outlet,), cue="according to")
        self.add(Statement(content=f"statement {len(self.claims)}", proposition=proposition),
                 f"statement {len(self.claims)}", attribution=attribution)

    def statement(self) -> None:
        rng, g = self.rng, self.g
        roll = rng.random()
        proposition = f"{self.source.document_id}-p{len(self.claims)}"
        if roll < 0.6:
            speaker = rng.choice(g.speakers)
            attribution = Attribution(speaker_name=speaker.name, anonymity=Anonymity.NAMED_PERSON, speaker=speaker,
                                      via=tuple(rng.sample(g.outlets, rng.randint(0, 2))), cue="said")
        elif roll < 0.9:
            attribution = Attribution(speaker_name="officials", anonymity=Anonymity.ANONYMOUS_GROUP,
                                      via=(rng.choice(g.outlets),), cue="according to")
        else:
            attribution = None
        code = None
        if g.chance():
            kind = rng.randrange(3)
            if kind == 0:
                attribution = Attribution(speaker_name=rng.choice(g.vague), anonymity=Anonymity.ANONYMOUS_GROUP)
                code = "SRC003"
            else:
                proposition = rng.choice(g.propositions)
                outlet = rng.choice(g.outlets)
                if kind == 1:  # credits the relay; another report shows the outlet took it from a speaker
                    attribution = Attribution(speaker_name=outlet.name, anonymity=Anonymity.NAMED_ORGANIZATION,
                                              speaker=outlet, cue="according to")
                    code = "SRC001"
                else:  # many reports, all through one outlet's anonymous sources
                    attribution = Attribution(speaker_name="diplomats", anonymity=Anonymity.ANONYMOUS_GROUP,
                                              via=(outlet,), cue="according to")
                    code = "SRC004"
                g.pending.append((code, proposition, outlet))
        self.add(Statement(content=f"statement {len(self.claims)}", proposition=proposition),
                 f"statement {len(self.claims)}", attribution=attribution, code=code)


def recall(planted: list[Planted], findings: list[Finding]) -> dict[str, tuple[int, int]]:
    """For each code, how many planted errors a finding of that code covers, of how many."""
    by_code: dict[str, list[Finding]] = {}
    for finding in findings:
        by_code.setdefault(finding.code, []).append(finding)
    claim_sets = {code: {ref for f in found for ref in f.claims} for code, found in by_code.items()}
    doc_sets = {code: [set(f.documents) for f in found] for code, found in by_code.items()}
    result: dict[str, tuple[int, int]] = {}
    for item in planted:
        hit, total = result.get(item.code, (0, 0))
        if item.refs:
            found = all(ref in claim_sets.get(item.code, set()) for ref in item.refs)
        else:
            found = any(set(item.documents) <= docs for docs in doc_sets.get(item.code, []))
        result[item.code] = (hit + int(found), total + 1)
    return result


def _maxrss() -> int:
    """The peak resident memory of this process so far, in bytes (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def measure(documents: list[Document], kb: KnowledgeBase, profile: str | None) -> tuple[float, float, list[Finding]]:
    """Wall and CPU seconds of one `run_checks` over *documents*, and its findings."""
    gc.collect()
    profiler = cProfile.Profile() if profile else None
    wall, cpu = time.perf_counter(), time.process_time()
    if profiler is not None:
        profiler.enable()
    findings = run_checks(documents, kb)
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(profile)  # type: ignore[arg-type]
    return time.perf_counter() - wall, time.process_time() - cpu, findings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--rate", type=float, default=0.01)
    parser.add_argument("--profile", default=None, help="write a cProfile of the largest size here")
    args = parser.parse_args()
    kb = KnowledgeBase.default()
    results = []
    for size in args.sizes:
        generator = Generator(kb, seed=args.seed, rate=args.rate)
        gen_start = time.process_time()
        documents = generator.corpus(size, min(args.documents, size))
        generation = time.process_time() - gen_start
        claims = sum(len(d.claims) for d in documents)
        profile = args.profile if size == max(args.sizes) else None
        wall, cpu, findings = measure(documents, kb, profile)
        peak = _maxrss()
        results.append((claims, cpu))
        print(
            f"{claims:8d} claims in {len(documents)} documents (generated in {generation:.1f} s CPU): "
            f"{claims / cpu:9.0f} claims/s CPU; run_checks {wall:7.2f} s wall, {cpu:7.2f} s CPU; "
            f"peak RSS {peak / 1e6:7.0f} MB (ru_maxrss, corpus included)"
        )
        per_code = Counter(f.code for f in findings)
        print("    findings: " + ", ".join(f"{code} {n}" for code, n in sorted(per_code.items())))
        found = recall(generator.planted, findings)
        hits = sum(h for h, _ in found.values())
        total = sum(t for _, t in found.values())
        print(
            f"    planted errors found: {hits}/{total} "
            + "(" + ", ".join(f"{code} {h}/{t}" for code, (h, t) in sorted(found.items())) + ")"
        )
        del documents, findings, generator
        gc.collect()
    if len(results) >= 2:
        (n1, t1), (n2, t2) = results[-2], results[-1]
        exponent = math.log(t2 / t1) / math.log(n2 / n1)
        verdict = "meets" if exponent <= TARGET_EXPONENT else "misses"
        print(f"scaling exponent (CPU time vs claims, {n1} to {n2}): {exponent:.2f} ({verdict} <= {TARGET_EXPONENT})")
    n, t = results[-1]
    if n >= 1_000_000:
        print(
            f"1M target: {t:.1f} s CPU ({'meets' if t <= TARGET_SECONDS else 'misses'} <= {TARGET_SECONDS:.0f} s), "
            f"peak {_maxrss() / 1e9:.2f} GB ({'meets' if _maxrss() <= TARGET_BYTES else 'misses'} <= 2 GiB)"
        )


if __name__ == "__main__":
    main()
