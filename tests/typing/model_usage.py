"""Checked by mypy, never run: everyday use of the model types."""

from claimcheck import Actor, Claim, RoleHeld, Source, TimeSpan

source = Source(document_id="a1", published=TimeSpan.day(2024, 12, 3))
claim = Claim(
    id="c1",
    source=source,
    assertion=RoleHeld(actor=Actor("Mark Rutte"), role="Secretary General", organization="NATO"),
)
ref: str = claim.ref
