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
    if rec.review:
        return rec.review + REVIEW_GRACE
    base = confirmed_on(rec)
    if base is None:
        return None
    return CURRENCY_TABLE[rule](base)


def is_lapsed(rec: Record, on: date) -> bool:
    """True from the day after DueToLapseDate. A record with no dates at all is lapsed."""
    if codes.group_of(rec.code) is Group.NOT_KNOWN:
        return False
    due = due_to_lapse(rec)
    return due is None or on > due


def effective_group(rec: Record | None, on: date) -> Group:
    """Group for figures: a lapsed record counts as Not Known (810)."""
    if rec is None:
        return Group.NOT_KNOWN
    if is_lapsed(rec, on):
        return Group.NOT_KNOWN
    return codes.group_of(rec.code)


def lapses_within(rec: Record, on: date, days: int) -> bool:
    due = due_to_lapse(rec)
    return due is not None and on <= due <= on + timedelta(days=days)
