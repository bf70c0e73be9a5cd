"""When a model sure of another label may replace the rules' reading, one reason at a time
(combine.kept_from_the_rules), and that a reply read so keeps the rules' label end to end."""

from __future__ import annotations

import pytest

from bot.understand import classify
from bot.understand.combine import OVERRULE, kept_from_the_rules
from bot.understand.model.predict import Guess
from bot.understand.rules import Understanding


def _sure(label: str) -> Guess:
    return Guess(label, OVERRULE, {label: OVERRULE})


KEPT = [
    ("opt_in", "status:seeking", {}, "", "not a label the model gives by overruling"),
    ("opt_out", "status:seeking", {}, "", "not a label the model gives by overruling"),
    ("unclear", "status:employment", {}, "", "not a label the model gives by overruling"),
    ("status:seeking", "question", {}, "", "never overruled"),
    ("status:education", "help", {}, "", "never overruled"),
    ("status:seeking", "status:education", {"also_works": True}, "", "read beside what they do now"),
    ("status:start_agreed", "status:education", {"starts_later": True}, "", "read beside what they do now"),
    ("status:education", "status:seeking", {"ended": True}, "", "ended"),
    ("status:seeking", "status:not_available_illness", {}, "", "a reason they cannot work"),
    ("status:employment", "status:not_available_illness", {}, "too ill to work", "unable to do it"),
    ("status:employment", "status:not_available_parent", {}, "got a newborn", "caring, and nothing else read"),
    ("status:education", "status:not_available_carer", {}, "", "caring, and nothing else read"),
    ("status:education", "status:employment", {"establishment": "greggs"}, "", "at a place they named"),
    ("status:employment", "status:education", {}, "", "a student with a job"),
    ("help", "status:education", {"menu_and_words": 1}, "", "a menu number beside a request for help"),
    ("status:employment", "status:moved_away", {}, "", "a move away"),
]


@pytest.mark.parametrize(("model", "rules", "details", "text", "why"), KEPT)
def test_each_reason_the_rules_reading_stands(model, rules, details, text, why):
    assert kept_from_the_rules(Understanding(rules, details, text), _sure(model)) == why


@pytest.mark.parametrize(("model", "rules", "details"), [
    ("status:employment", "status:seeking", {}),  # "im at asda now" read as looking
    ("status:education", "unclear", {}),
    ("status:seeking", "status:employment", {}),
    ("status:education", "status:employment", {}),  # no place named: the model may say college
    ("help", "status:education", {}),
])
def test_otherwise_a_sure_model_overrules(model, rules, details):
    assert kept_from_the_rules(Understanding(rules, details, ""), _sure(model)) is None


def test_a_sure_model_does_not_undo_what_ended():
    # the rules read a course that ended; whatever the model makes of "college", it stays
    u = classify("dropped out of college in october, looking for work now")
    assert u.label == "status:seeking"
