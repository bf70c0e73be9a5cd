"""Currency, group and academic-age rules at their boundaries (pure functions)."""

from datetime import date

import pytest

from neet import ages, codes, currency
from neet.codes import Group
from neet.currency import Record


@pytest.mark.parametrize("code,group", [
    (210, Group.EET), (240, Group.EET), (310, Group.EET), (330, Group.EET), (450, Group.EET),
    (460, Group.EET), (530, Group.OTHER), (540, Group.NEET), (619, Group.NEET),
    (616, Group.NEET), (640, Group.NEET), (710, Group.OTHER), (810, Group.NOT_KNOWN),
    (820, Group.NOT_KNOWN), (830, Group.NOT_KNOWN),
])
def test_group_of_code(code, group):
    assert codes.group_of(code) is group


@pytest.mark.parametrize("legacy,current", [(420, 430), (510, 530), (520, 540), (551, 540)])
def test_legacy_codes_are_mapped(legacy, current):
    assert codes.normalise_code(str(legacy)) == current


@pytest.mark.parametrize("bad", ["999", "abc", "", "61", "6190"])
def test_unknown_codes_are_refused(bad):
    with pytest.raises(codes.UnknownCode):
        codes.normalise_code(bad)


def test_education_is_due_on_31_august_and_held_current_until_the_survey_ends():
    """DueToLapseDate stays 31 August (what CCIS expects); the figures and the chases hold
    it current until the Activity Survey ends (30 November by default)."""
    rec = Record(230, verified=date(2026, 3, 10))
    assert currency.due_to_lapse(rec) == date(2026, 8, 31)
    for day in (date(2026, 8, 31), date(2026, 9, 1), date(2026, 11, 30)):
        assert not currency.is_lapsed(rec, day)
        assert currency.effective_group(rec, day) is Group.EET
    assert currency.is_lapsed(rec, date(2026, 12, 1))
    assert currency.effective_group(rec, date(2026, 12, 1)) is Group.NOT_KNOWN
    # a "lapsing within 30 days" chase in August does not take in the whole cohort
    assert not currency.lapses_within(rec, date(2026, 8, 15), 30)
    assert currency.lapses_within(rec, date(2026, 11, 15), 30)
    # other codes are not held: an apprenticeship due on 31 August lapses on 1 September
    appr = Record(310, verified=date(2025, 8, 31))
    assert currency.is_lapsed(appr, date(2026, 9, 1))


def test_the_survey_end_is_configurable():
    rec = Record(230, verified=date(2026, 3, 10))
    try:
        currency.configure((10, 31))
        assert currency.is_lapsed(rec, date(2026, 11, 1))
        assert not currency.is_lapsed(rec, date(2026, 10, 31))
    finally:
        currency.configure((11, 30))
    for bad in ((2, 30), (6, 30)):
        with pytest.raises(ValueError):
            currency.configure(bad)


def test_education_verified_in_september_runs_to_next_august():
    assert currency.due_to_lapse(Record(210, verified=date(2026, 9, 1))) == date(2027, 8, 31)
    assert currency.due_to_lapse(Record(210, verified=date(2026, 8, 31))) == date(2026, 8, 31)


def test_apprenticeship_twelve_months_from_verification_with_leap_day():
    rec = Record(310, verified=date(2024, 2, 29))
    assert currency.due_to_lapse(rec) == date(2025, 2, 28)
    assert not currency.is_lapsed(rec, date(2025, 2, 28))
    assert currency.is_lapsed(rec, date(2025, 3, 1))


def test_employment_without_training_six_months_month_end_clamped():
    assert currency.due_to_lapse(Record(330, verified=date(2026, 8, 31))) == date(2027, 2, 28)
    assert currency.due_to_lapse(Record(330, verified=date(2027, 8, 31))) == date(2028, 2, 29)


def test_neet_lapses_after_one_month_day_before_and_after():
    rec = Record(619, verified=date(2026, 1, 31))
    due = currency.due_to_lapse(rec)
    assert due == date(2026, 2, 28)
    assert currency.effective_group(rec, date(2026, 2, 28)) is Group.NEET
    assert currency.effective_group(rec, date(2026, 3, 1)) is Group.NOT_KNOWN


def test_re_engagement_three_months():
    assert currency.due_to_lapse(Record(530, verified=date(2026, 11, 30))) == date(2027, 2, 28)


def test_review_date_gives_four_weeks_grace_and_explicit_due_date_wins():
    rec = Record(330, verified=date(2026, 9, 1), review=date(2026, 10, 1))
    assert currency.due_to_lapse(rec) == date(2026, 10, 29)
    rec2 = Record(330, verified=date(2026, 9, 1), review=date(2026, 10, 1),
                  due_to_lapse=date(2026, 12, 1))
    assert currency.due_to_lapse(rec2) == date(2026, 12, 1)


def test_start_agreed_lapses_a_month_after_it_was_confirmed_like_every_neet_code():
    """"Got a place at college in September", said in November: 616 with the start as its
    review date; still a NEET code, so it lapses in a month unless confirmed again."""
    rec = Record(616, ascertained=date(2026, 11, 24), verified=date(2026, 11, 24),
                 review=date(2027, 9, 6))
    assert currency.due_to_lapse(rec) == date(2026, 12, 24)
    assert currency.effective_group(rec, date(2026, 12, 24)) is Group.NEET
    assert currency.effective_group(rec, date(2026, 12, 25)) is Group.NOT_KNOWN
    assert currency.due_to_lapse(Record(615, verified=date(2027, 1, 31),
                                        review=date(2027, 2, 1))) == date(2027, 2, 28)


def test_not_known_never_lapses_and_undated_record_is_not_known():
    assert not currency.is_lapsed(Record(810), date(2030, 1, 1))
    assert currency.effective_group(Record(810), date(2030, 1, 1)) is Group.NOT_KNOWN
    assert currency.effective_group(Record(230), date(2026, 1, 1)) is Group.NOT_KNOWN
    assert currency.effective_group(None, date(2026, 1, 1)) is Group.NOT_KNOWN


def test_lapses_within_window():
    rec = Record(619, verified=date(2026, 11, 1))  # due 2026-12-01
    assert currency.lapses_within(rec, date(2026, 11, 23), 14)
    assert not currency.lapses_within(rec, date(2026, 11, 10), 14)
    assert not currency.lapses_within(rec, date(2026, 12, 2), 14)


@pytest.mark.parametrize("dob,on,acad", [
    (date(2010, 8, 31), date(2026, 11, 23), 16),  # 16 on 31 Aug 2026: Year 12
    (date(2010, 9, 1), date(2026, 11, 23), 15),   # one day younger: Year 11
    (date(2010, 9, 1), date(2026, 8, 31), 14),    # 31 August still belongs to 2025-26
    (date(2010, 9, 1), date(2026, 9, 1), 15),     # 1 Sept: new school year, age on 31 Aug
    (date(2009, 9, 1), date(2026, 9, 1), 16),
    (date(2008, 2, 29), date(2025, 12, 1), 17),   # leap-day birthday
    (date(2008, 2, 29), date(2026, 3, 1), 17),
])
def test_academic_age_is_age_on_31_august_before_the_school_year(dob, on, acad):
    assert ages.academic_age(dob, on) == acad
    assert ages.year_group(dob, on) == acad - 4


def test_leap_day_birthday_turns_a_year_older_on_1_march():
    assert ages.age_on(date(2008, 2, 29), date(2026, 2, 28)) == 17
    assert ages.age_on(date(2008, 2, 29), date(2026, 3, 1)) == 18


def test_tracked_cohort_limits():
    on = date(2026, 11, 23)
    assert ages.in_tracked_cohort(date(2008, 1, 1), on, send=False)  # academic age 18
    assert not ages.in_tracked_cohort(date(2007, 8, 31), on, send=False)  # academic age 19
    assert ages.in_tracked_cohort(date(2002, 1, 1), on, send=True)  # 24 with an EHCP
    assert not ages.in_tracked_cohort(date(2001, 11, 23), on, send=True)  # 25 today
    assert ages.in_scorecard_cohort(date(2009, 5, 1), on)
    assert not ages.in_scorecard_cohort(date(2008, 5, 1), on)
