"""Asking what a lot of a medicine or a poison would do ("does anyone know what happens if you
take all your meds at once") is a crisis, as asking how many it takes is; a question about a
dose missed is not one by the rules."""

import pytest

from bot.understand import classify
from bot.understand.rules import by_rules


@pytest.mark.parametrize("text", ["anyone know what happens if u take a load of ur meds",
                                  "quick question what happens if u take all ur sertraline at once",
                                  "what would happen if i swallowed a whole box of my mums tablets",
                                  "could you die if you drink a bottle of bleach",
                                  "would it kill me if i took 30 of my antidepressants"])
def test_asking_what_a_lot_would_do_is_a_crisis(text):
    assert classify(text).label == "crisis", text


def test_a_dose_missed_asked_about_is_no_crisis_by_the_rules():
    assert by_rules("what happens if i forget to take my pill one day").label != "crisis"
