"""Currency: how long a recorded activity stays current before it counts as Not Known.

The table below is the one place to change the periods (DESIGN.md section 8).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from neet import codes
from neet.codes import CurrencyRule, Group


def add_months(d: date, months: int) -> date:
    """Calendar months, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb)."""
    month_index = d.month - 1 + months
    year, month = d.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def end_of_academic_year(d: date) -> date:
    return date(d.year if d.month <= 8 else d.year + 1, 8, 31)


# rule -> function from the verification date to the last day the activity is current.
CURRENCY_TABLE = {
    CurrencyRule.EDUCATION: end_of_academic_year,
    CurrencyRule.WITH_STUDY: lambda d: add_months(d, 12),
    CurrencyRule.EMPLOYMENT_TRAINING: lambda d: add_months(d, 6),
    CurrencyRule.RE_ENGAGEMENT: lambda d: add_months(d, 3),
    CurrencyRule.NEET: lambda d: add_months(d, 1),
    CurrencyRule.OTHER: lambda d: add_months(d, 12),
}
REVIEW_GRACE = timedelta(weeks=4)  # codes with a review date: review date + 4 weeks
# Education lapsing on 31 August is held current until the end of the Activity Survey
# (DESIGN.md 8): enrolment data arrives through the autumn. (month, day); see configure().
SURVEY_END = (11, 30)


def configure(survey_end: tuple[int, int] | None = None) -> None:
    """Set the end of the Activity Survey (NEET_ACTIVITY_SURVEY_END) for this process."""
    global SURVEY_END
    if survey_end is not None:
        date(2001, *survey_end)  # a real day of the year, or ValueError
        if survey_end[0] < 9:
            raise ValueError("the Activity Survey ends in the autumn (September to December)")
        SURVEY_END = survey_end


@dataclass(frozen=True)
class Record:
    """The dated facts of one activity that currency depends on."""

    code: int
    start: date | None = None
    ascertained: date | None = None
    verified: date | None = None
    review: date | None = None
    due_to_lapse: date | None = None


def confirmed_on(rec: Record) -> date | None:
    return rec.verified or rec.ascertained or rec.start


def due_to_lapse(rec: Record) -> date | None:
    """Last day the activity is current; None when it never lapses (Not Known codes).

    An explicit DueToLapseDate from CCIS wins, then a review date, then the code's rule.
    """
    rule = codes.activity(rec.code).currency
    if rule is CurrencyRule.NOT_KNOWN:
        return None
    if rec.due_to_lapse:
        return rec.due_to_lapse
    base = confirmed_on(rec)
    if rule is CurrencyRule.NEET:
        # every NEET code, "start agreed" (615/616) with its review date too, lapses a month
        # after it was last confirmed (DESIGN.md 8): NEET young people are reviewed monthly
        return add_months(base, 1) if base else None
    if rec.review:
        return rec.review + REVIEW_GRACE
    if base is None:
        return None
    return CURRENCY_TABLE[rule](base)


def held_until(rec: Record, due: date | None) -> date | None:
    """The last day the record counts as current in figures and chases: its DueToLapseDate,
    or, for education lapsing on 31 August, the end of the Activity Survey."""
    if (due is not None and due.month == 8 and due.day == 31
            and codes.activity(rec.code).currency is CurrencyRule.EDUCATION):
        return date(due.year, *SURVEY_END)
    return due


def is_lapsed(rec: Record, on: date) -> bool:
    """True from the day after DueToLapseDate (education due on 31 August: after the Activity
    Survey). A record with no dates at all is lapsed."""
    if codes.group_of(rec.code) is Group.NOT_KNOWN:
        return False
    held = held_until(rec, due_to_lapse(rec))
    return held is None or on > held


def effective_group(rec: Record | None, on: date) -> Group:
    """Group for figures: a lapsed record counts as Not Known (810)."""
    if rec is None:
        return Group.NOT_KNOWN
    if is_lapsed(rec, on):
        return Group.NOT_KNOWN
    return codes.group_of(rec.code)


def lapses_within(rec: Record, on: date, days: int) -> bool:
    due = held_until(rec, due_to_lapse(rec))
    return due is not None and on <= due <= on + timedelta(days=days)
