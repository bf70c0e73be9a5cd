"""A holiday from a place they keep, said before the return, is that place, not a start:
"half term this week, back at school on monday" is at school. A start after leaving ("left
college at christmas, going back to college in september") or a new place after a holiday
("on holiday now, i start college in january") is still a start."""

import pytest

from bot.understand import classify


@pytest.mark.parametrize(("text", "label"), [
    ("its the easter holidays, back to sixth form on the 14th", "status:education"),
    ("home over the summer, uni starts again in october", "status:education"),
    ("on annual leave, back at work on tuesday", "status:employment"),
])
def test_a_return_after_a_holiday_said_first_is_the_place_now(text, label):
    u = classify(text)
    assert u.label == label, u


@pytest.mark.parametrize("text", [
    "left sixth form at christmas, going back to college in september",
    "on holiday at the moment, i start my apprenticeship in january",
])
def test_a_start_after_leaving_or_a_new_place_is_still_a_start(text):
    assert classify(text).label == "status:start_agreed", text
