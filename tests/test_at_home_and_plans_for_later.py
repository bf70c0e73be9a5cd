"""At home, and plans for later: a young parent's plan for when the child is older, at nursery
or at school is a plan, not a start ("ill go back to college when shes older" is no college
place), and the child's school is not theirs ("when he's in school i want to work" is no pupil);
a young person at home since they left something is looking, not in danger."""

import pytest

from bot.understand import classify


@pytest.mark.parametrize("text", [
    "home with my daughter, gonna go back to sixth form once shes older",
    "looking after the baby full time, will start a course when hes at nursery",
    "me and my son at home for now, college after he starts school",
    "at home with my kid, when shes in nursery ill go back to work",
])
def test_a_plan_for_when_the_child_is_older_is_no_start(text):
    u = classify(text)
    assert u.label == "status:not_available_parent", u
    assert u.label != "status:start_agreed"


@pytest.mark.parametrize("text", ["at home with my kid", "im home with my kid all day"])
def test_their_kid_at_home_is_a_parent_at_home(text):
    assert classify(text).label == "status:not_available_parent"


def test_a_start_of_their_own_beside_a_child_still_starts():
    u = classify("got a place at college starting in january, my mum will have the baby")
    assert u.label == "status:start_agreed"


@pytest.mark.parametrize("text", [
    "i stay home with my little girl, might do a course when shes older",
    "on maternity with my son, i'll go back when he's bigger",
    "home with the baby for now. when hes older i want to do plumbing",
])
def test_a_plan_for_when_the_child_is_older_is_no_crisis(text):
    u = classify(text)
    assert u.label == "status:not_available_parent", u


@pytest.mark.parametrize("text", ["been at home since august, not in work or college",
                                  "ive stayed home since i left year 13, looking for a job now",
                                  "since then ive mostly been at home applying for things"])
def test_at_home_since_they_left_something_is_looking_not_a_crisis(text):
    assert classify(text).label == "status:seeking"
