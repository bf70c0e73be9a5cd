"""NEET spelt out is no activity ("not in education, employment or training": the "not" goes
over the whole list), a dash between spaces parts clauses as a comma does ("dad here - tom is
at college"), and a family naming its own ("our kayleigh is at college") is someone else
writing."""

import pytest

from bot.understand import classify


@pytest.mark.parametrize("text", [
    "she is not in education, employment or training at the moment",
    "Not currently in employment, education or training.",
    "he's not in work, college or training since the summer",
])
def test_neet_spelt_out_is_seeking(text):
    assert classify(text).label == "status:seeking", text


def test_what_is_said_after_the_list_still_counts():
    assert classify("not in education or training, but working full time at a bakery").label == "status:employment"


@pytest.mark.parametrize(("text", "label"), [
    ("dad here - tom is at college doing engineering", "status:education"),
    ("her nan here - she works at the chemist", "status:employment"),
])
def test_a_signature_set_off_by_a_dash_is_someone_else_writing(text, label):
    u = classify(text)
    assert (u.label, u.reporter) == (label, "parent"), u


def test_a_dash_answers_the_menu_as_a_comma_does():
    assert classify("3 - weekends at a garden centre").label == "status:employment"


def test_a_family_naming_its_own_is_someone_else_writing():
    u = classify("our chloe is doing her a levels at the grammar")
    assert (u.label, u.reporter) == ("status:education", "parent"), u


@pytest.mark.parametrize("text", ["our house is near the college", "me and our kayleigh are both working at the docks"])
def test_our_and_a_thing_or_the_writer_with_a_sibling_is_the_young_person(text):
    assert classify(text).reporter == "self", text


@pytest.mark.parametrize(("text", "label"), [
    ("she is not in a position to engage with college or work at present", "status:seeking"),
    ("not well enough to go to college or work at the moment", "status:not_available_illness"),
])
def test_not_in_a_position_or_not_well_enough_is_read_by_the_rules(text, label):
    from bot.understand.rules import by_rules
    assert by_rules(text).label == label, text
