"""Checked by mypy, never run: how a check asks the knowledge base about a claim."""

from claimcheck.kb import HolderAnswer, KnowledgeBase, Office, Tenure, Truth, Assessment
from claimcheck.model import Actor, Evidence
from claimcheck.timespan import TimeSpan

kb = KnowledgeBase.default().merge(KnowledgeBase.load("facts.toml"), replace=True)
answer: HolderAnswer = kb.holder_at(Office("Secretary General", "NATO"), TimeSpan.day(2024, 10, 19))
verdict: Assessment = answer.assess(Actor("Jens Stoltenberg"))
refuted: bool = verdict.truth is Truth.FALSE
evidence = [
    Evidence(fact=f"{r.holder.name}: {r.start} to {r.end}", source=r.source, record=r.id)
    for r in verdict.records
    if isinstance(r, Tenure)
]
members: int | float | None = kb.count_at("NATO members", TimeSpan.month(2024, 10)).value
match = kb.find_actor("Jerry Connolly")
misspelt: bool = match is not None and match.misspelling
