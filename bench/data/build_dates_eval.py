"""Write dates_eval.jsonl and dates_text.jsonl from the compact tables below.

Golds follow docs/time.md and were worked out by hand for each anchor. Notation:
``D:2024-12-03`` a day; ``D:2024-12-03..2024-12-05`` days, last inclusive; ``M:2024-03`` and
``M:2024-03..2024-05`` months; ``W:2025-W10``; ``Q:2024-Q3``; ``Y:2014``, ``Y:2014..2016``;
``X:1990`` a decade; a granularity letter with explicit days ``M=2024-03-01..2024-03-10``;
``+mod`` adds a modifier; ``open`` forms ``Y>=2008`` (on or after the start of the unit),
``Y>2018`` (after its end), ``Y<2010`` (before its start), ``Y<=2030`` (up to its end);
``T:2024-12-03T14:00+00:00/PT1H`` a datetime span; ``P2Y`` a duration, ``P2Y+more_than``,
``P2M@before``; ``-`` no date.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from pathlib import Path

from dateutil.relativedelta import relativedelta

HERE = Path(__file__).parent
A = "2025-03-07"  # a Friday
B = "2023-12-31"  # a Sunday
C = "2024-07-15"  # a Monday
AT = "2025-03-07T10:00:00+00:00"

GRAN = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year", "X": "decade"}
STEP = {
    "D": relativedelta(days=1),
    "W": relativedelta(weeks=1),
    "M": relativedelta(months=1),
    "Q": relativedelta(months=3),
    "Y": relativedelta(years=1),
    "X": relativedelta(years=10),
}


def _unit_start(letter: str, text: str) -> date:
    if letter == "W":
        year, week = text.split("-W")
        return date.fromisocalendar(int(year), int(week), 1)
    if letter == "Q":
        year, quarter = text.split("-Q")
        return date(int(year), 3 * int(quarter) - 2, 1)
    parts = [int(p) for p in text.split("-")]
    return date(parts[0], *(parts[1:] + [1] * (3 - len(parts))))


def gold(spec: str) -> dict[str, object] | None:
    if spec == "-":
        return None
    if spec.startswith("P"):
        body, _, relation = spec.partition("@")
        body, _, modifier = body.partition("+")
        return {"duration": body, "modifier": modifier or "exact", "relation": relation or None}
    if spec.startswith("T:"):
        start, _, length = spec[2:].partition("/")
        begin = datetime.fromisoformat(start)
        delta = timedelta(hours=1) if length == "PT1H" else timedelta(minutes=1)
        return {
            "start": begin.isoformat(),
            "end": (begin + delta).isoformat(),
            "granularity": "datetime",
            "modifier": "exact",
        }
    body, _, modifier = spec.partition("+")
    letter = body[0]
    granularity = GRAN[letter]
    match = re.fullmatch(r"([DWMQYX])(<=|>=|<|>)(.+)", body)
    if match:
        _, op, unit = match.groups()
        start = _unit_start(letter, unit)
        end = start + STEP[letter]
        table = {
            ">=": (start, None, "on_or_after"),
            ">": (end, None, "after"),
            "<": (None, start, "before"),
            "<=": (None, end, "on_or_before"),
        }
        lo, hi, mod = table[op]
        return {
            "start": lo and lo.isoformat(),
            "end": hi and hi.isoformat(),
            "granularity": granularity,
            "modifier": mod,
        }
    if body[1] == "=":
        first, _, last = body[2:].partition("..")
        start, end = date.fromisoformat(first), date.fromisoformat(last) + timedelta(days=1)
    else:
        first, _, last = body[2:].partition("..")
        start = _unit_start(letter, first)
        end = _unit_start(letter, last or first) + STEP[letter]
    return {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "granularity": granularity,
        "modifier": modifier or "exact",
    }


# (category, anchor, tense, text, gold)
CASES = [
    # absolute dates, every common news form
    ("absolute", A, None, "March 3, 2021", "D:2021-03-03"),
    ("absolute", A, None, "Mar. 3, 2021", "D:2021-03-03"),
    ("absolute", A, None, "Sept. 14, 2019", "D:2019-09-14"),
    ("absolute", A, None, "14 September 2019", "D:2019-09-14"),
    ("absolute", A, None, "14th of September 2019", "D:2019-09-14"),
    ("absolute", A, None, "Saturday, September 14, 2019", "D:2019-09-14"),
    ("absolute", A, None, "Sat., Sept. 14, 2019", "D:2019-09-14"),
    ("absolute", A, None, "Jan 5 2020", "D:2020-01-05"),
    ("absolute", A, None, "5th Jan 2020", "D:2020-01-05"),
    ("absolute", A, None, "2020-01-05", "D:2020-01-05"),
    ("absolute", A, None, "01/05/2020", "D:2020-01-05"),
    ("absolute", A, None, "22/08/2018", "D:2018-08-22"),
    ("absolute", A, None, "2018/08/22", "D:2018-08-22"),
    ("absolute", A, None, "August 2018", "M:2018-08"),
    ("absolute", A, None, "Aug. 2018", "M:2018-08"),
    ("absolute", A, None, "in 1997", "Y:1997"),
    ("absolute", A, None, "the year 2000", "Y:2000"),
    ("absolute", A, None, "Feb. 29, 2024", "D:2024-02-29"),
    ("absolute", A, None, "Thursday, 12 December 2019", "D:2019-12-12"),
    ("absolute", A, None, "October 7th, 2023", "D:2023-10-07"),
    ("absolute", A, None, "the 4th of July, 1976", "D:1976-07-04"),
    ("absolute", A, None, "December 2025", "M:2025-12"),
    ("absolute", A, None, "1 January 2000", "D:2000-01-01"),
    ("absolute", A, None, "Nov. 8, 2016", "D:2016-11-08"),
    ("absolute", A, None, "Wednesday, Jan. 6, 2021", "D:2021-01-06"),
    ("absolute", A, None, "on 9 November 1989", "D:1989-11-09"),
    ("absolute", A, None, "May 8, 1945", "D:1945-05-08"),
    ("absolute", A, None, "March 2020", "M:2020-03"),
    ("absolute", A, None, "June of 2019", "M:2019-06"),
    ("absolute", A, None, "in May 2022", "M:2022-05"),
    # foreign-origin formats
    ("foreign", A, None, "17.06.2022", "D:2022-06-17"),
    ("foreign", A, None, "7.1.2021", "D:2021-01-07"),
    ("foreign", A, None, "2022年6月17日", "D:2022-06-17"),
    ("foreign", A, None, "2019年10月", "M:2019-10"),
    ("foreign", A, None, "17. Juni 2022", "D:2022-06-17"),
    ("foreign", A, None, "3. Oktober 1990", "D:1990-10-03"),
    ("foreign", A, None, "14 juillet 2015", "D:2015-07-14"),
    ("foreign", A, None, "1er mai 2019", "D:2019-05-01"),
    ("foreign", A, None, "25 de diciembre de 2020", "D:2020-12-25"),
    ("foreign", A, None, "2 février 2022", "D:2022-02-02"),
    ("foreign", A, None, "9 de julio de 2016", "D:2016-07-09"),
    ("foreign", A, None, "18/11/2021", "D:2021-11-18"),
    ("foreign", A, None, "10月1日", "D:2024-10-01"),
    ("foreign", A, None, "31. Dezember 2022", "D:2022-12-31"),
    ("foreign", A, None, "12 octobre 2020", "D:2020-10-12"),
    ("foreign", A, None, "15 de agosto de 2021", "D:2021-08-15"),
    ("foreign", A, None, "01.09.2023", "D:2023-09-01"),
    # day and month or month without year: tense rule
    ("yearless", A, None, "5 March", "D:2025-03-05"),
    ("yearless", A, None, "March 7", "D:2025-03-07"),
    ("yearless", A, None, "March 8", "D:2024-03-08"),
    ("yearless", A, None, "Nov. 11", "D:2024-11-11"),
    ("yearless", A, None, "December, 25", "D:2024-12-25"),
    ("yearless", A, None, "on the 2nd", "D:2025-03-02"),
    ("yearless", A, None, "on the 15th", "D:2025-02-15"),
    ("yearless", A, None, "in February", "M:2025-02"),
    ("yearless", A, None, "in March", "M:2025-03"),
    ("yearless", A, None, "in April", "M:2024-04"),
    ("yearless", A, None, "in September", "M:2024-09"),
    ("yearless", A, None, "New Year's Day", "D:2025-01-01"),
    ("yearless", A, None, "Christmas", "D:2024-12-25"),
    ("yearless", A, None, "Halloween", "D:2024-10-31"),
    ("yearless", A, "future", "5 March", "D:2026-03-05"),
    ("yearless", A, "future", "March 7", "D:2025-03-07"),
    ("yearless", A, "future", "March 8", "D:2025-03-08"),
    ("yearless", A, "future", "in March", "M:2026-03"),
    ("yearless", A, "future", "in April", "M:2025-04"),
    ("yearless", A, "future", "on the 15th", "D:2025-03-15"),
    ("yearless", A, "future", "on the 3rd", "D:2025-04-03"),
    ("yearless", A, "future", "Christmas", "D:2025-12-25"),
    ("yearless", A, "future", "Easter", "D:2025-04-20"),
    ("yearless", B, None, "December 31", "D:2023-12-31"),
    ("yearless", B, None, "January 1", "D:2023-01-01"),
    ("yearless", B, None, "in December", "M:2023-12"),
    ("yearless", B, None, "in January", "M:2023-01"),
    ("yearless", B, "future", "January 1", "D:2024-01-01"),
    ("yearless", C, None, "3rd July", "D:2024-07-03"),
    ("yearless", C, None, "Aug. 2", "D:2023-08-02"),
    # weekdays and weekends
    ("weekday", A, None, "Friday", "D:2025-03-07"),
    ("weekday", A, None, "Thursday", "D:2025-03-06"),
    ("weekday", A, None, "Saturday", "D:2025-03-01"),
    ("weekday", A, None, "on Monday", "D:2025-03-03"),
    ("weekday", A, None, "last Friday", "D:2025-02-28"),
    ("weekday", A, None, "last Thursday", "D:2025-03-06"),
    ("weekday", A, None, "next Friday", "D:2025-03-14"),
    ("weekday", A, None, "next Monday", "D:2025-03-10"),
    ("weekday", A, None, "this Saturday", "D:2025-03-08"),
    ("weekday", A, "future", "Friday", "D:2025-03-07"),  # future tense, the anchor's weekday: later that day
    ("weekday", A, "future", "Sunday", "D:2025-03-09"),
    ("weekday", A, None, "Wednesday night", "D:2025-03-05"),
    ("weekday", A, None, "Tuesday afternoon", "D:2025-03-04"),
    ("weekday", A, None, "this weekend", "D:2025-03-08..2025-03-09"),
    ("weekday", A, None, "last weekend", "D:2025-03-01..2025-03-02"),
    ("weekday", A, None, "over the weekend", "D:2025-03-01..2025-03-02"),
    ("weekday", C, None, "Monday", "D:2024-07-15"),
    ("weekday", C, None, "last Monday", "D:2024-07-08"),
    ("weekday", C, None, "Sunday", "D:2024-07-14"),
    ("weekday", C, None, "this weekend", "D:2024-07-20..2024-07-21"),
    ("weekday", C, None, "last weekend", "D:2024-07-13..2024-07-14"),
    ("weekday", C, None, "Monday of last week", "D:2024-07-08"),
    ("weekday", C, None, "Wednesday next week", "D:2024-07-24"),
    ("weekday", B, None, "this weekend", "D:2023-12-30..2023-12-31"),
    ("weekday", B, None, "last weekend", "D:2023-12-23..2023-12-24"),
    ("weekday", B, None, "Saturday", "D:2023-12-30"),
    # deictic days
    ("deictic", A, None, "yesterday", "D:2025-03-06"),
    ("deictic", A, None, "today", "D:2025-03-07"),
    ("deictic", A, None, "tomorrow", "D:2025-03-08"),
    ("deictic", A, None, "the day before yesterday", "D:2025-03-05"),
    ("deictic", A, None, "the day after tomorrow", "D:2025-03-09"),
    ("deictic", A, None, "last night", "D:2025-03-06"),
    ("deictic", A, None, "this morning", "D:2025-03-07"),
    ("deictic", A, None, "yesterday afternoon", "D:2025-03-06"),
    ("deictic", A, None, "tonight", "D:2025-03-07"),
    ("deictic", B, None, "yesterday", "D:2023-12-30"),
    ("deictic", B, None, "tomorrow", "D:2024-01-01"),
    # relative units
    ("relative", A, None, "two years ago", "Y:2023"),
    ("relative", A, None, "a year ago", "Y:2024"),
    ("relative", A, None, "six months ago", "M:2024-09"),
    ("relative", A, None, "three months ago", "M:2024-12"),
    ("relative", A, None, "a week ago", "W:2025-W09"),
    ("relative", A, None, "two weeks ago", "W:2025-W08"),
    ("relative", A, None, "three days ago", "D:2025-03-04"),
    ("relative", A, None, "ten days ago", "D:2025-02-25"),
    ("relative", A, None, "in two weeks", "W:2025-W12"),
    ("relative", A, None, "in three years", "Y:2028"),
    ("relative", A, None, "in five days", "D:2025-03-12"),
    ("relative", A, None, "two months from now", "M:2025-05"),
    ("relative", A, None, "earlier this month", "M=2025-03-01..2025-03-06+start"),
    ("relative", A, None, "later this month", "M=2025-03-08..2025-03-31+end"),
    ("relative", A, None, "earlier this year", "Y=2025-01-01..2025-03-06+start"),
    ("relative", A, None, "later this year", "Y=2025-03-08..2025-12-31+end"),
    ("relative", A, None, "earlier this week", "W=2025-03-03..2025-03-06+start"),
    ("relative", A, None, "next year", "Y:2026"),
    ("relative", A, None, "last year", "Y:2024"),
    ("relative", A, None, "this year", "Y:2025"),
    ("relative", A, None, "last month", "M:2025-02"),
    ("relative", A, None, "next month", "M:2025-04"),
    ("relative", A, None, "this month", "M:2025-03"),
    ("relative", A, None, "last week", "W:2025-W09"),
    ("relative", A, None, "next week", "W:2025-W11"),
    ("relative", A, None, "this week", "W:2025-W10"),
    ("relative", A, None, "last quarter", "Q:2024-Q4"),
    ("relative", A, None, "this quarter", "Q:2025-Q1"),
    ("relative", A, None, "next quarter", "Q:2025-Q2"),
    ("relative", A, None, "October of last year", "M:2024-10"),
    ("relative", A, None, "last October", "M:2024-10"),
    ("relative", A, None, "next October", "M:2025-10"),
    ("relative", A, None, "the past three years", "Y:2022..2024"),
    ("relative", A, None, "the next two months", "M:2025-04..2025-05"),
    ("relative", A, None, "last decade", "X:2010"),
    ("relative", A, None, "within the next decade", "X=2025-03-07..2035-03-06"),
    ("relative", A, None, "within two years", "Y=2025-03-07..2027-03-06"),
    ("relative", AT, None, "in 48 hours", "T:2025-03-09T10:00:00+00:00/PT1H"),
    ("relative", B, None, "a month ago", "M:2023-11"),
    ("relative", B, None, "last year", "Y:2022"),
    ("relative", B, None, "next week", "W:2024-W01"),
    ("relative", C, None, "two years ago", "Y:2022"),
    ("relative", C, None, "five years ago", "Y:2019"),
    # parts of periods
    ("part", A, None, "early March 2024", "M=2024-03-01..2024-03-10+start"),
    ("part", A, None, "mid-March 2024", "M=2024-03-11..2024-03-20+mid"),
    ("part", A, None, "late March 2024", "M=2024-03-21..2024-03-31+end"),
    ("part", A, None, "the end of March 2024", "M=2024-03-21..2024-03-31+end"),
    ("part", A, None, "the beginning of April 2023", "M=2023-04-01..2023-04-10+start"),
    ("part", A, None, "early 2024", "Y=2024-01-01..2024-04-30+start"),
    ("part", A, None, "mid-2024", "Y=2024-05-01..2024-08-31+mid"),
    ("part", A, None, "late 2024", "Y=2024-09-01..2024-12-31+end"),
    ("part", A, None, "the end of 2024", "Y=2024-12-01..2024-12-31+end"),
    ("part", A, None, "the end of the year", "Y=2025-12-01..2025-12-31+end"),
    ("part", A, None, "the end of the month", "M=2025-03-21..2025-03-31+end"),
    ("part", A, None, "early next year", "Y=2026-01-01..2026-04-30+start"),
    ("part", A, None, "late last year", "Y=2024-09-01..2024-12-31+end"),
    ("part", A, None, "mid-October", "M=2024-10-11..2024-10-20+mid"),
    ("part", A, None, "in early February", "M=2025-02-01..2025-02-10+start"),
    ("part", A, None, "the first half of 2024", "Q=2024-01-01..2024-06-30"),
    ("part", A, None, "the second half of 2024", "Q=2024-07-01..2024-12-31"),
    ("part", A, None, "H1 2026", "Q=2026-01-01..2026-06-30"),
    ("part", A, None, "the early 2000s", "X=2000-01-01..2003-12-31+start"),
    ("part", A, None, "the late 1980s", "X=1987-01-01..1989-12-31+end"),
    ("part", A, None, "mid-1990s", "X=1994-01-01..1996-12-31+mid"),
    ("part", A, None, "the middle of next month", "M=2025-04-11..2025-04-20+mid"),
    ("part", A, None, "the end of next week", "W=2025-03-14..2025-03-16+end"),
    ("part", A, None, "the beginning of the week", "W=2025-03-03..2025-03-05+start"),
    ("part", A, None, "late May 2021", "M=2021-05-21..2021-05-31+end"),
    # seasons and quarters
    ("season_quarter", A, None, "spring 2024", "Q=2024-03-01..2024-05-31"),
    ("season_quarter", A, None, "the summer of 2023", "Q=2023-06-01..2023-08-31"),
    ("season_quarter", A, None, "autumn 2022", "Q=2022-09-01..2022-11-30"),
    ("season_quarter", A, None, "winter 2023", "Q=2023-12-01..2024-02-29"),
    ("season_quarter", A, None, "this spring", "Q=2025-03-01..2025-05-31"),
    ("season_quarter", A, None, "last summer", "Q=2024-06-01..2024-08-31"),
    ("season_quarter", A, None, "this summer", "Q=2025-06-01..2025-08-31"),
    ("season_quarter", A, None, "last winter", "Q=2024-12-01..2025-02-28"),
    ("season_quarter", A, None, "in the autumn", "Q=2024-09-01..2024-11-30"),
    ("season_quarter", A, None, "fall 2021", "Q=2021-09-01..2021-11-30"),
    ("season_quarter", A, None, "Q3 2024", "Q:2024-Q3"),
    ("season_quarter", A, None, "the fourth quarter of 2023", "Q:2023-Q4"),
    ("season_quarter", A, None, "the second quarter", "Q:2024-Q2"),
    ("season_quarter", A, None, "the first quarter", "Q:2025-Q1"),
    ("season_quarter", A, "future", "the first quarter", "Q:2026-Q1"),
    ("season_quarter", A, None, "Q4", "Q:2024-Q4"),
    ("season_quarter", A, None, "third-quarter", "Q:2024-Q3"),
    ("season_quarter", A, None, "2023Q2", "Q:2023-Q2"),
    ("season_quarter", C, None, "the second quarter", "Q:2024-Q2"),
    ("season_quarter", C, None, "this summer", "Q=2024-06-01..2024-08-31"),
    # years and decades
    ("year_decade", A, None, "2015", "Y:2015"),
    ("year_decade", A, None, "in 1989", "Y:1989"),
    ("year_decade", A, None, "the 1960s", "X:1960"),
    ("year_decade", A, None, "the '70s", "X:1970"),
    ("year_decade", A, None, "the 2020s", "X:2020"),
    ("year_decade", A, None, "the nineties", "X:1990"),
    ("year_decade", A, None, "1990s", "X:1990"),
    ("year_decade", A, None, "the year 1066", "Y:1066"),
    ("year_decade", A, None, "the 80s", "X:1980"),
    ("year_decade", A, None, "in 2031", "Y:2031"),
    # ranges
    ("range", A, None, "4-6 June 2023", "D:2023-06-04..2023-06-06"),
    ("range", A, None, "June 4-6, 2023", "D:2023-06-04..2023-06-06"),
    ("range", A, None, "from 4 to 6 June 2023", "D:2023-06-04..2023-06-06"),
    ("range", A, None, "between 4 and 6 June 2023", "D:2023-06-04..2023-06-06"),
    ("range", A, None, "June 4 to June 6, 2023", "D:2023-06-04..2023-06-06"),
    ("range", A, None, "from 2010 to 2015", "Y:2010..2015"),
    ("range", A, None, "between 1999 and 2004", "Y:1999..2004"),
    ("range", A, None, "2012-2016", "Y:2012..2016"),
    ("range", A, None, "2019-20", "Y:2019..2020"),
    ("range", A, None, "from January to March 2024", "M:2024-01..2024-03"),
    ("range", A, None, "between May and August", "M:2024-05..2024-08"),
    ("range", A, None, "March-May 2022", "M:2022-03..2022-05"),
    ("range", A, None, "28 February to 3 March 2024", "D:2024-02-28..2024-03-03"),
    ("range", A, None, "Monday to Friday", "D:2025-03-03..2025-03-07"),
    ("range", C, None, "from Tuesday to Thursday", "D:2024-07-09..2024-07-11"),
    ("range", A, None, "from 1 to 3 May 2019", "D:2019-05-01..2019-05-03"),
    ("range", A, None, "between 2020 and 2022", "Y:2020..2022"),
    ("range", A, None, "July 1\u20133, 2022", "D:2022-07-01..2022-07-03"),
    ("range", A, None, "from 2001 through 2003", "Y:2001..2003"),
    ("range", A, None, "between June 2020 and March 2021", "M:2020-06..2021-03"),
    # open intervals and approximate dates
    ("open", A, None, "since 2015", "Y>=2015"),
    ("open", A, None, "since March 2020", "M>=2020-03"),
    ("open", A, None, "since 12 June 2019", "D>=2019-06-12"),
    ("open", A, None, "before 2010", "Y<2010"),
    ("open", A, None, "until 2030", "Y<=2030"),
    ("open", A, None, "until June 2025", "M<=2025-06"),
    ("open", A, None, "after 2018", "Y>2018"),
    ("open", A, None, "prior to 2001", "Y<2001"),
    ("open", A, None, "around 2005", "Y:2005+approx"),
    ("open", A, None, "circa 1850", "Y:1850+approx"),
    ("open", A, None, "about two years ago", "Y:2023+approx"),
    # durations with hedges
    ("duration", A, None, "for 16 years", "P16Y"),
    ("duration", A, None, "12 years", "P12Y"),
    ("duration", A, None, "48 hours", "PT48H"),
    ("duration", A, None, "three weeks", "P3W"),
    ("duration", A, None, "five-year", "P5Y"),
    ("duration", A, None, "10-day", "P10D"),
    ("duration", A, None, "more than a year", "P1Y+more_than"),
    ("duration", A, None, "nearly a decade", "P10Y+approx"),
    ("duration", A, None, "almost three decades", "P30Y+approx"),
    ("duration", A, None, "over two years", "P2Y+more_than"),
    ("duration", A, None, "less than a month", "P1M+less_than"),
    ("duration", A, None, "at least 30 days", "P30D+equal_or_more"),
    ("duration", A, None, "up to five years", "P5Y+equal_or_less"),
    ("duration", A, None, "two and a half years", "P2Y6M"),
    ("duration", A, None, "a year and a half", "P1Y6M"),
    ("duration", A, None, "half a century", "P50Y"),
    ("duration", A, None, "18 months", "P18M"),
    ("duration", A, None, "six months", "P6M"),
    ("duration", A, None, "a decade", "P10Y"),
    ("duration", A, None, "roughly 40 years", "P40Y+approx"),
    ("duration", A, None, "some 20 years", "P20Y+approx"),
    ("duration", A, None, "twenty-five years", "P25Y"),
    ("duration", A, None, "90 minutes", "PT90M"),
    ("duration", A, None, "three years and four months", "P3Y4M"),
    ("duration", A, None, "a fortnight", "P2W"),
    ("duration", A, None, "no more than 72 hours", "PT72H+equal_or_less"),
    ("duration", A, None, "24-hour", "PT24H"),
    ("duration", A, None, "more than three decades", "P30Y+more_than"),
    # offsets from an event
    ("event_relative", A, None, "two months before", "P2M@before"),
    ("event_relative", A, None, "three days later", "P3D@after"),
    ("event_relative", A, None, "a week earlier", "P1W@before"),
    ("event_relative", A, None, "the following week", "P1W@after"),
    ("event_relative", A, None, "the next day", "P1D@after"),
    ("event_relative", A, None, "the previous month", "P1M@before"),
    ("event_relative", A, None, "the day before", "P1D@before"),
    ("event_relative", A, None, "two years later", "P2Y@after"),
    ("event_relative", A, None, "ten days after", "P10D@after"),
    ("event_relative", A, None, "six weeks before", "P6W@before"),
    ("event_relative", A, None, "the following year", "P1Y@after"),
    ("event_relative", A, None, "more than a month later", "P1M+more_than@after"),
    ("event_relative", A, None, "five years earlier", "P5Y@before"),
    ("event_relative", A, None, "a year on", "P1Y@after"),
    ("event_relative", A, None, "the following day", "P1D@after"),
    ("event_relative", A, None, "three weeks after", "P3W@after"),
    ("event_relative", A, None, "the year before", "P1Y@before"),
    # holidays and offsets from known dates
    ("holiday", A, None, "two days before Christmas 2022", "D:2022-12-23"),
    ("holiday", A, None, "Christmas Day 2020", "D:2020-12-25"),
    ("holiday", A, None, "Thanksgiving 2023", "D:2023-11-23"),
    ("holiday", A, None, "New Year's Eve 2019", "D:2019-12-31"),
    ("holiday", A, None, "Good Friday 2024", "D:2024-03-29"),
    ("holiday", A, None, "Easter Monday 2023", "D:2023-04-10"),
    ("holiday", A, None, "Labor Day 2024", "D:2024-09-02"),
    ("holiday", A, None, "Memorial Day 2022", "D:2022-05-30"),
    ("holiday", A, None, "Valentine's Day 2021", "D:2021-02-14"),
    ("holiday", A, None, "a week after Easter 2021", "D:2021-04-11"),
    # clock times with zones
    ("time", A, None, "December 3, 2024 at 2 p.m. GMT", "T:2024-12-03T14:00:00+00:00/PT1H"),
    ("time", A, None, "2024-12-03T14:30Z", "T:2024-12-03T14:30:00+00:00/PT1M"),
    ("time", A, None, "Friday at 10:15 a.m. ET", "T:2025-03-07T10:15:00-05:00/PT1M"),
    ("time", A, None, "June 1, 2022, 08:00 UTC", "T:2022-06-01T08:00:00+00:00/PT1M"),
    ("time", AT, None, "yesterday at 9pm", "T:2025-03-06T21:00:00+00:00/PT1H"),
    # not dates
    *(
        ("non_date", A, None, text, "-")
        for text in [
            "May",
            "may",
            "march",
            "a march",
            "the 1,500",
            "$2,000",
            "€2024",
            "£1,999",
            "45%",
            "3-1",
            "2-2",
            "Article 15",
            "Section 2019",
            "Model 3",
            "version 3.1.4",
            "the 5th time",
            "the 20th century",
            "number 2024",
            "one",
            "seventeen",
            "7.5",
            "Sunday Times",
            "mayday",
            "12:1",
            "twice a year",
            "every two years",
            "page 2012",
            "room 1984",
            "flight 1776",
            "fall",
            "10 million",
            "3.5%",
            "Route 66",
            "the march",
            "may have",
            "1st",
            "Sunday Telegraph",
            "No. 10",
        ]
    ),
]

# Text mode: sentences with every mention, in order: (anchor, text, [(mention, gold), ...]).
TEXTS = [
    (
        A,
        "The council approved the budget on Tuesday after three weeks of debate.",
        [("Tuesday", "D:2025-03-04"), ("three weeks", "P3W")],
    ),
    (
        A,
        "Elections will be held on 14 September, the commission said.",
        [("14 September", "D:2025-09-14")],
    ),
    (
        A,
        "The agency said last week that prices rose 4% in January.",
        [("last week", "W:2025-W09"), ("January", "M:2025-01")],
    ),
    (
        A,
        "Production stopped in mid-2023 and resumed two years later.",
        [("mid-2023", "Y=2023-05-01..2023-08-31+mid"), ("two years later", "P2Y@after")],
    ),
    (
        A,
        "The 1,500 workers at Plant 7 have been on strike since February.",
        [("since February", "M>=2025-02")],
    ),
    (
        A,
        "Her predecessor served from 2014 to 2022 and left office in disgrace.",
        [("from 2014 to 2022", "Y:2014..2022")],
    ),
    (
        A,
        "The lease expires in December and the owners plan to sell before then.",
        [("December", "M:2025-12")],
    ),
    (A, "Officials said the bridge would reopen on Monday.", [("Monday", "D:2025-03-10")]),
    (A, "Theresa May spoke to reporters outside Downing Street.", []),
    (A, "Inflation may march higher, the Sunday Times reported.", []),
    (A, "The company sold 2,000 units at $1,999 each and posted a 3-1 win in the cup.", []),
    (
        A,
        "More than a year after the flood, residents are still waiting for aid.",
        [("More than a year after", "P1Y+more_than@after")],
    ),
    (
        A,
        "The law was passed on 3. Oktober 2019 and took effect the following year.",
        [("3. Oktober 2019", "D:2019-10-03"), ("the following year", "P1Y@after")],
    ),
    (
        A,
        "Fighting broke out on Dec. 3, 2023, nearly a decade after the first ceasefire.",
        [("Dec. 3, 2023", "D:2023-12-03"), ("nearly a decade after", "P10Y+approx@after")],
    ),
    (
        A,
        "Shares fell sharply in the third quarter, the bank said on Thursday.",
        [("the third quarter", "Q:2024-Q3"), ("Thursday", "D:2025-03-06")],
    ),
    (
        A,
        "The summit is scheduled for 9-11 July in Vienna.",
        [("9-11 July", "D:2025-07-09..2025-07-11")],
    ),
    (
        A,
        "Talks collapsed late last year, and a new round is due to start next month.",
        [("late last year", "Y=2024-09-01..2024-12-31+end"), ("next month", "M:2025-04")],
    ),
    (
        A,
        "The ministry announced yesterday that the programme would run until 2030.",
        [("yesterday", "D:2025-03-06"), ("until 2030", "Y<=2030")],
    ),
    (
        A,
        "Article 12 of the 1998 treaty was amended in the 2010s.",
        [("1998", "Y:1998"), ("the 2010s", "X:2010")],
    ),
    (
        A,
        "Two days before the vote, the opposition leader withdrew.",
        [("Two days before", "P2D@before")],
    ),
    (
        A,
        "The factory opened in 1987 and employed some 400 people for 30 years.",
        [("1987", "Y:1987"), ("30 years", "P30Y")],
    ),
    (
        A,
        "Between March and May, rainfall was well below average.",
        [("Between March and May", "M:2024-03..2024-05")],
    ),
    (
        A,
        "A spokesman said on Wednesday the figures for early February were incomplete.",
        [("Wednesday", "D:2025-03-05"), ("early February", "M=2025-02-01..2025-02-10+start")],
    ),
    (
        A,
        "The decree, signed on 17.06.2022, lasts for five years.",
        [("17.06.2022", "D:2022-06-17"), ("five years", "P5Y")],
    ),
    (
        A,
        "The vote will take place this weekend, three months ahead of schedule.",
        [("this weekend", "D:2025-03-08..2025-03-09"), ("three months", "P3M")],
    ),
    (
        A,
        "Route 66 reopened after 18 months of repairs, officials said earlier this week.",
        [("18 months", "P18M"), ("earlier this week", "W=2025-03-03..2025-03-06+start")],
    ),
    (
        A,
        "The minister, who took office two years ago, faces a confidence vote on Friday.",
        [("two years ago", "Y:2023"), ("Friday", "D:2025-03-07")],
    ),
    (
        A,
        "The first half of 2024 was the warmest on record, the institute said.",
        [("The first half of 2024", "Q=2024-01-01..2024-06-30")],
    ),
    (A, "Sales in Q4 beat forecasts by 12 percent.", [("Q4", "Q:2024-Q4")]),
    (
        A,
        "Since the early 1990s the town has lost half its population.",
        [("Since the early 1990s", "X>=1990")],
    ),
    (
        A,
        "Subscribers pay $12 a month, and the offer ends on 31 March.",
        [("31 March", "D:2024-03-31")],
    ),
    (
        A,
        "The court will rule on the appeal within the next decade, lawyers fear.",
        [("within the next decade", "X=2025-03-07..2035-03-06")],
    ),
    (
        A,
        "Turnout in the 2022 election was the lowest in two decades.",
        [("2022", "Y:2022"), ("two decades", "P20Y")],
    ),
    (
        A,
        "The ceasefire, agreed on the night of 14 February, collapsed a week later.",
        [("the night of 14 February", "D:2025-02-14"), ("a week later", "P1W@after")],
    ),
    (
        A,
        "Polls close at 8 p.m. GMT on 6 May 2021.",
        [("8 p.m. GMT on 6 May 2021", "T:2021-05-06T20:00:00+00:00/PT1H")],
    ),
    (
        A,
        "He has served as mayor for almost a decade and plans to retire next spring.",
        [("almost a decade", "P10Y+approx"), ("next spring", "Q=2026-03-01..2026-05-31")],
    ),
    (A, "Room 2024 on the 3rd floor was booked for 2 people at 9.", []),
    (
        A,
        "The index rose 0.3% from a year earlier, its first gain since Q2 2023.",
        [("a year earlier", "P1Y@before"), ("since Q2 2023", "Q>=2023-Q2")],
    ),
    (
        A,
        "The deal was struck in Brussels on Wednesday, two days before the deadline.",
        [("Wednesday", "D:2025-03-05"), ("two days before", "P2D@before")],
    ),
    (
        A,
        "Construction is due to finish in the second half of 2027, three years late.",
        [("the second half of 2027", "Q=2027-07-01..2027-12-31"), ("three years", "P3Y")],
    ),
]


def main() -> None:
    seen: set[tuple[str, str, str | None]] = set()
    with (HERE / "dates_eval.jsonl").open("w", encoding="utf-8") as out:
        for number, (category, anchor, tense, text, spec) in enumerate(CASES, start=1):
            key = (anchor, text, tense)
            assert key not in seen, key
            seen.add(key)
            row = {
                "id": number,
                "category": category,
                "anchor": anchor,
                "tense": tense,
                "text": text,
                "gold": gold(spec),
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    with (HERE / "dates_text.jsonl").open("w", encoding="utf-8") as out:
        for number, (anchor, text, mentions) in enumerate(TEXTS, start=1):
            rows, position = [], 0
            for mention, spec in mentions:
                offset = text.index(mention, position)
                position = offset + len(mention)
                rows.append({"text": mention, "offset": offset, "gold": gold(spec)})
            out.write(
                json.dumps(
                    {"id": number, "anchor": anchor, "text": text, "mentions": rows},
                    ensure_ascii=False,
                )
                + "\n"
            )
    print(len(CASES), "expressions,", len(TEXTS), "sentences")


if __name__ == "__main__":
    main()
