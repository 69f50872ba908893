"""Checked by mypy, never run: everyday use of claimcheck.extract."""

from claimcheck.errors import ArticleError
from claimcheck.extract import extract, read_article
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Claim, Document, Event, RoleHeld, Source
from claimcheck.timespan import TimeSpan

source = Source(document_id="d1", published=TimeSpan.day(2024, 12, 3))
document: Document = extract("German Chancellor Olaf Scholz met Joe Biden.", source=source)
with_kb: Document = extract("A text.", source=source, kb=KnowledgeBase.default())
claims: tuple[Claim, ...] = document.claims
events: tuple[Event, ...] = document.events
roles = [c.assertion for c in claims if isinstance(c.assertion, RoleHeld)]
try:
    from_file: Document = read_article("story.txt")
except ArticleError as error:
    where: str | None = error.location
