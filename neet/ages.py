"""Academic age and year group: the age on 31 August before the school year (DESIGN.md 1)."""

from __future__ import annotations

from datetime import date


def age_on(dob: date, on: date) -> int:
    """Completed years on a date; a 29 February birthday falls on 1 March in other years."""
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


def academic_year_start(on: date) -> int:
    """The calendar year in which the academic year containing `on` began (1 September)."""
    return on.year if on.month >= 9 else on.year - 1


def academic_age(dob: date, on: date) -> int:
    return age_on(dob, date(academic_year_start(on), 8, 31))


def year_group(dob: date, on: date) -> int:
    """National curriculum year: academic age 15 is Year 11, 16 Year 12, 17 Year 13."""
    return academic_age(dob, on) - 4


def in_tracked_cohort(dob: date, on: date, send: bool) -> bool:
    """Tracked from Year 11 to the 20th birthday (academic age 18); with an EHCP up to 25."""
    if send:
        return academic_age(dob, on) >= 15 and age_on(dob, on) < 25
    return 15 <= academic_age(dob, on) <= 18


def in_scorecard_cohort(dob: date, on: date) -> bool:
    """The DfE NEET / Not Known figures cover academic ages 16 and 17 (Years 12 and 13)."""
    return academic_age(dob, on) in (16, 17)


def school_year_start(today: date) -> date:
    """1 September of the school year `today` is in."""
    return date(academic_year_start(today), 9, 1)
