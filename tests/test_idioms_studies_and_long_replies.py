"""Long replies with hard words in them: a loss that "hit me hard" is grief, not a blow (a
person who hit them is still a crisis); a harm learnt about "in one of my modules" is what
they study, and a part of the reply that only names it makes no crisis (the duty worker still
glances at it); the work of a course struggled with is no job."""

import pytest

from bot.understand import classify


@pytest.mark.parametrize("text", ["when my grandad died it hit me so hard, im not doing anything atm",
                                  "then it hit me how much i want to be a mechanic, looking for an apprenticeship"])
def test_a_loss_or_a_thought_that_hit_them_is_no_crisis(text):
    assert classify(text).label == "status:seeking"


@pytest.mark.parametrize("text", ["my stepdad hit me really hard last night", "it hit me hard and then he hit me again"])
def test_a_person_who_hit_them_is_still_a_crisis(text):
    assert classify(text).label == "crisis"


def test_a_harm_studied_in_their_modules_makes_no_crisis_but_is_seen():
    u = classify("at college doing health and social care, we have been covering suicide prevention in one of my "
                 "units which is really good, i want to be a nurse")
    assert u.label == "status:education", u
    assert "possible_crisis" in u.details


def test_a_harm_studied_then_their_own_is_a_crisis():
    assert classify("learning about self harm in my lessons, my arms are cut to bits").label == "crisis"


@pytest.mark.parametrize("text", ["quit sixth form cos i couldnt cope with the work, nothing since",
                                  "dropped out of uni, was falling behind with my work"])
def test_the_work_of_a_course_struggled_with_is_no_job(text):
    assert classify(text).label == "status:seeking"


@pytest.mark.parametrize("text", ["the warehouse is cutting shifts so im worried, still there for now",
                                  "they're cutting back on staff at the cafe where i work",
                                  "still at the chippy, they're cutting hours", "job at boots, they keep cutting my hours"])
def test_hours_or_staff_cut_at_work_is_no_harm(text):
    assert classify(text).label == "status:employment", text


def test_cutting_said_of_themselves_beside_cuts_at_work_is_still_a_crisis():
    assert classify("they're cutting my hours and i've started cutting myself again").label == "crisis"
