"""Left one place to work ("quit college to work full time at my dads shop") works now;
left to look for work, or to work on themselves, does not. A leaving that is the ending said
before what they do now is no plan to leave what they do now (no at-risk flag); a plan said in
its own words still is."""

import pytest

from bot.understand import classify


@pytest.mark.parametrize("text", ["dropped out of uni to work for my brothers roofing company",
                                  "left sixth form so i could work full time at the salon"])
def test_left_to_work_works_now(text):
    assert classify(text).label == "status:employment", text


@pytest.mark.parametrize("text", ["left my course to look for a job", "quit my job to work on my confidence"])
def test_left_to_look_or_to_work_on_themselves_is_no_job(text):
    assert classify(text).label not in ("status:employment", "status:employment_with_training"), text


def test_an_ending_said_before_what_they_do_now_is_no_plan_to_leave_it():
    u = classify("dropped out of college, doing an apprenticeship at a garage now")
    assert u.label == "status:apprenticeship" and "plans_to_leave" not in u.details, u


def test_a_plan_to_leave_said_beside_an_ending_still_flags():
    u = classify("left sixth form in march, working at a warehouse now but thinking of quitting")
    assert u.details.get("plans_to_leave"), u
