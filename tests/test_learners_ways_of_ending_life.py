"""Learners of English say "end my life" as "finish my life" and "kill myself" as "finish
myself": crises by the rules, whatever the model makes of them. Finishing a course, a life
story or "this job will finish me off" is not."""

import pytest

from bot.understand import classify
from bot.understand.rules import by_rules


@pytest.mark.parametrize("text", ["every night i think to finish my life", "i am tired, i want finish me life",
                                  "i think i will finish myself soon"])
def test_finishing_their_life_is_a_crisis(text):
    assert by_rules(text).label == "crisis" and classify(text).label == "crisis", text


@pytest.mark.parametrize("text", ["i want to finish my course first", "writing my life story for english",
                                  "this warehouse job will finish me off lol"])
def test_finishing_other_things_is_not(text):
    assert by_rules(text).label != "crisis", text
