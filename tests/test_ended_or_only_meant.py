"""What ended and what was only wished: taken off a course or removed from a job is over
("they took me off the course"); a leaving someone would make if they could is a plan, not an
end ("wish i could quit work"); "had to" before any leaving ends it. "ill" before a verb of a
plan said to us is "I'll" ("ill pop in"), not ill (data/after_i_will.txt)."""

import pytest

from bot.understand import classify


@pytest.mark.parametrize("text", [
    "college took me off the register in november", "got removed from my course for missing too much",
    "my employer pulled me off the apprenticeship", "had to give up my college place, couldnt afford the bus",
    "had to drop out of sixth form when my nan got ill",
])
def test_taken_off_or_made_to_leave_is_over(text):
    assert classify(text).label == "status:seeking"


@pytest.mark.parametrize("text, label", [
    ("honestly wish i could quit my job", "status:employment"),
    ("i would leave college if i could", "status:education"),
    ("might quit my apprenticeship soon, dunno", "status:apprenticeship"),
])
def test_a_leaving_only_wished_keeps_what_they_do_and_flags_it(text, label):
    u = classify(text)
    assert u.label == label and u.details.get("plans_to_leave")


@pytest.mark.parametrize("text", ["ill pop into the office", "ill speak to my dad and get back to you",
                                  "ill ask my careers adviser"])
def test_ill_before_a_plan_is_i_will(text):
    assert classify(text).label != "status:not_available_illness"


def test_ill_alone_is_still_ill():
    assert classify("ill at the moment so not doing anything").label == "status:not_available_illness"


@pytest.mark.parametrize("text, label", [
    ("quit my job when my grandad got really ill", "status:seeking"),
    ("not been doing much since my brother got sick", "status:seeking"),
    ("stopped going to college after my mum was poorly", "status:seeking"),
    ("left work cos i got ill", "status:not_available_illness"),
])
def test_someone_elses_illness_after_when_or_since_is_not_theirs(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize("text", [
    "my anxiety has been much better recently, looking for a job now",
    "my depression has been more under control lately so applying for courses",
])
def test_an_illness_said_to_have_been_better_lately_leaves_the_search(text):
    assert classify(text).label == "status:seeking"


@pytest.mark.parametrize("text, label", [
    ("was on a zero hours contract at a hotel, they stopped giving me shifts in october", "status:seeking"),
    ("had agency work at a factory but they cut all my hours, looking now", "status:seeking"),
    ("at home with my little boy, not looking for work til hes in nursery", "status:not_available_parent"),
])
def test_shifts_no_longer_given_end_a_job_and_a_child_at_home_is_a_parent(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize("text", [
    "still waiting to find out if i got into sixth form",
    "no idea yet whether i got onto the course",
])
def test_a_place_not_yet_known_is_no_place(text):
    assert classify(text).label == "status:seeking"
