"""An outlet's report dated in the text: "Bloomberg reported on November 23 that ...".

The day a report came out is an event of its own, its outlet the one participant: a story
that dates a report after its own publication cites something that did not yet exist
(`TIM003`). A day written without its year after a past verb is read back into the past by
the date reader, a whole year back when the day lies just after publication; a report means
the nearest such day, so a day within a week after publication is taken in its own year.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from claimcheck._extract_events import EventMention, Participant
from claimcheck._extract_yearless import nearest_year
from claimcheck.attribution import AttributionMention
from claimcheck.checks._reports_recorded import DATED_REPORT, PAST_REPORT_CUES
from claimcheck.dates import DateMention
from claimcheck.model import ActorKind
from claimcheck.timespan import Granularity, TimeSpan

__all__: list[str] = []

_ON = re.compile(r"\s+on\s+")
_YEAR = re.compile(r"\b\d{4}\b")
_WEEK_AHEAD = datetime.timedelta(days=7)
"""How far after publication a yearless day is still read as the nearest one."""


def dated_report(
    text: str,
    attributions: Sequence[AttributionMention],
    dates: Sequence[DateMention],
    published: TimeSpan,
) -> EventMention | None:
    """The report of an outlet that *text* dates right after its cue ("X reported on 3 May").

    Args:
        text: The document's text (offsets of *attributions* and *dates* are in it).
        attributions: The attributions of one sentence.
        dates: The dates of that sentence.
        published: When the document was published.

    Returns:
        The publication event, with the characters from the outlet's name to the date, or
        ``None`` when no outlet's report cue is followed by "on" and a day.

    >>> from claimcheck.attribution import find_attributions
    >>> from claimcheck.dates import find_dates
    >>> text = "Reuters reported on 3 May that the port reopened."
    >>> anchor = datetime.date(2025, 5, 9)
    >>> event = dated_report(text, find_attributions(text), find_dates(text, anchor=anchor), TimeSpan.day(2025, 5, 9))
    >>> event.name, event.when.isoformat()
    ('report of Reuters', '2025-05-03')

    .. versionadded:: 0.1.0
    """
    for mention in attributions:
        attribution = mention.attribution
        speaker = attribution.speaker
        if speaker is None or speaker.kind is not ActorKind.OUTLET or attribution.via:
            continue
        if attribution.cue not in PAST_REPORT_CUES or not mention.text.endswith(attribution.cue):
            continue
        for date in dates:
            value = date.value
            if (
                not isinstance(value, TimeSpan)
                or value.granularity is not Granularity.DAY
                or _ON.fullmatch(text, mention.end, date.offset) is None
            ):
                continue
            when = value if _YEAR.search(date.text) else _near(value, published)
            stop = date.offset + len(date.text)
            named = (Participant(speaker, mention.offset, mention.offset + len(attribution.speaker_name)),)
            return EventMention(
                kind=DATED_REPORT,
                name=f"report of {speaker.name}",
                when=when,
                place=None,
                participants=(speaker,),
                expected=False,
                start=mention.offset,
                stop=stop,
                named=named,
            )
    return None


def _near(day: TimeSpan, published: TimeSpan) -> TimeSpan:
    """*day*, moved to the nearest year when that puts it within a week after *published*."""
    first = published.first_day()
    if first is None:
        return day
    nearest = nearest_year(day, first)
    moved = nearest.first_day()
    if moved is not None and first < moved <= first + _WEEK_AHEAD:
        return nearest
    return day
