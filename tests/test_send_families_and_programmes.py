"""Parents of young people with SEND write of them after a reason of theirs ("due to his
autism he is unable to...") or after a family move ("we moved to devon, she is at college
there"): someone else writing. Project SEARCH is a supported internship (460), not a search."""

import pytest

from bot.understand import classify


@pytest.mark.parametrize(("text", "label"), [
    ("because of her epilepsy she is not able to attend college at the moment", "status:not_available_illness"),
    ("we moved to norfolk in the spring. he is at a college there now", "status:moved_away"),
])
def test_a_parent_writing_of_them_is_someone_else(text, label):
    u = classify(text)
    assert (u.label, u.reporter) == (label, "parent"), u


def test_a_threat_after_a_move_is_the_young_persons_own():
    u = classify("we moved to a refuge but my stepdad found us and he is sending threats")
    assert u.label == "crisis" and u.reporter == "self", u


def test_a_project_search_internship_is_a_supported_internship():
    u = classify("started a project search internship at the hospital in september")
    assert (u.label, u.details.get("code")) == ("status:training", 460), u


def test_me_before_an_ex_is_my_so_a_stop_said_of_texting_them_is_not_ours():
    # "me ex" is "my ex": a slip of "stop" told of texting their ex is no request to us
    assert classify("applying for jobs daily. my dad told me to sotp texting me ex").label != "opt_out"


@pytest.mark.parametrize(("text", "label"), [
    ("my son asked me to reply as he's at work, he's an apprentice electrician", "status:apprenticeship"),
    ("our daughter has asked me to let you know she is at uni in kent", "status:education"),
])
def test_asked_by_the_young_person_to_write_is_someone_else_writing(text, label):
    u = classify(text)
    assert (u.label, u.reporter) == (label, "parent"), u


@pytest.mark.parametrize("text", ["my mum asked me to tell you im working at the bakery now",
                                  "my sister works at a salon and she asked me to tell you they're hiring, im still looking"])
def test_asked_by_a_parent_or_with_a_clause_between_is_the_young_person(text):
    assert classify(text).reporter == "self", text
