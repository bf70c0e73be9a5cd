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
