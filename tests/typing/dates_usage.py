"""Checked by mypy, never run: everyday use of claimcheck.dates."""

from datetime import date

from claimcheck.dates import DateMention, Direction, Tense, find_dates, normalize
from claimcheck.timespan import Duration, TimeSpan

anchor = date(2024, 10, 16)
value: TimeSpan | Duration | None = normalize("last Friday", anchor=anchor)
scheduling: Direction = "future"
upcoming = normalize("Friday", anchor=anchor, prefer=scheduling)
tense: Tense = "future"
forward = normalize("18 October", anchor=anchor, tense=tense)
mentions: list[DateMention] = find_dates("The law passed on 3 March.", anchor=anchor)
first_offset: int = mentions[0].offset
if isinstance(value, TimeSpan):
    start = value.start
elif isinstance(value, Duration):
    relation = value.relation
