"""Bodies that speak through their data, forecasts and rulings, for `claimcheck.attribution`.

"Frontex data show that ...", "Figures published by Statistics Norway showed", "The Bank of
Finland expects growth to pick up", "OPEC lowered its forecast for demand", "..., the court
found in a 7-2 decision": the body whose figures, forecast or ruling a clause reports is its
speaker. Data that nobody is said to have made attribute nothing, and a person, a group or a
place that expects or finds a thing only hopes or finds.
"""

from __future__ import annotations

from claimcheck import _attribution_lexicon as lex
from claimcheck import _attribution_revisions as revisions
from claimcheck import _attribution_rulings as rulings
from claimcheck._attribution_bodies import FORECASTING, SHOWING
from claimcheck._attribution_issued import issued_data_end
from claimcheck._attribution_sites import SUBJECT, Site
from claimcheck._attribution_spans import NOT_BEFORE_VERB, Kind
from claimcheck._attribution_subjects import MAX_PHRASE, SubjectReader
from claimcheck._attribution_text import Token

__all__: list[str] = []

CUE_WORDS = SHOWING | FORECASTING | revisions.REVISING | rulings.FINDINGS
"""The verbs whose subject speaks only when it is a body or its data."""
_JOINS = frozenset({"and", "but", "that", "as", "while", "whereas"})
_CLAUSE_ENDS = frozenset({".", ";", "!", "?"})


class FindingReader(SubjectReader):
    """Reads the body whose data, forecast or ruling a clause reports."""

    def data_shows(self, tokens: list[Token], v: int, lo: int, hi: int) -> list[Site] | None:
        """The body whose data speak: "Frontex data show that ...", "figures from the
        ministry suggest ..."; data that nobody is said to have made attribute nothing."""
        ending = v + 1 >= hi or tokens[v + 1].text in _CLAUSE_ENDS  # "..., data from X showed."
        if v == lo or not (ending or tokens[v + 1].is_word):
            return None
        if tokens[v - 1].lower in NOT_BEFORE_VERB:
            return None  # "the figures to show", "has been shown"
        report = self.subject(tokens, v, lo)
        if report is not None and report.kind in {Kind.OUTLET, Kind.NAMED}:
            noun = report.stop - 1 if report.kind is Kind.OUTLET else report.stop
            if noun > report.start and tokens[noun].lower in lex.REPORT_NOUNS:
                return [Site(SUBJECT, report, tokens[v].lower, v, v + 1)]  # "X's analysis showed"
        issued = self.data_issued_by(tokens, lo, v)  # "Figures published by X showed"
        if issued is not None:
            return [Site(SUBJECT, issued, tokens[v].lower, v, v + 1)]
        end = issued_data_end(tokens, lo, v)  # "Eurostat data released on Friday showed"
        for start in range(max(lo, end - MAX_PHRASE), end):
            if start > lo and tokens[start - 1].is_word and tokens[start - 1].lower not in _JOINS:
                continue
            body = self.data_source(tokens, start, end)
            if body is not None:
                return [Site(SUBJECT, body, tokens[v].lower, v, v + 1)]
        return None

    def forecast(self, tokens: list[Token], v: int, lo: int, hi: int) -> list[Site] | None:
        """A body's forecast: "The Bank of Finland expects growth to pick up", "the ministry
        estimates losses at 5,000"; a person, a group or a place only hopes or guesses."""
        previous = tokens[v - 1].lower if v > lo else ""
        if previous in NOT_BEFORE_VERB or previous in lex.FUTURE:
            return None
        if v + 1 >= hi or not tokens[v + 1].is_word or tokens[v + 1].lower == "that":
            return None  # "expects that ..." is read as speech
        subject = self.subject(tokens, v, lo)
        if subject is None or not self.is_body(subject):
            return None
        return [Site(SUBJECT, subject, tokens[v].lower, v, v + 1)]

    def ruling(self, tokens: list[Token], k: int, lo: int, hi: int) -> list[Site] | None:
        """The court or body that rules with the verb at *k*: "..., the court found in a 7-2
        decision", "the tribunal ruled that"; never "was held" or "to find"."""
        lower = tokens[k].lower
        ruled = tokens[k - 1].lower not in NOT_BEFORE_VERB  # not "was held", "to find"
        stop = rulings.ruling_stop(tokens, k + 1, hi) if ruled else None  # "found in a 7-2"
        court = self.subject(tokens, k, lo) if stop is not None else None
        if court is not None and self.is_body(court):
            return [Site(SUBJECT, court, lower, k, k + 1)]
        return None

    def reviser(self, tokens: list[Token], k: int, lo: int) -> list[Site] | None:
        """The body that revises its forecast with the verb at *k*: "OPEC lowered its
        forecast for demand"."""
        reviser = self.subject(tokens, k, lo)
        if reviser is not None and self.is_body(reviser):
            return [Site(SUBJECT, reviser, tokens[k].lower, k, k + 1)]
        return None
