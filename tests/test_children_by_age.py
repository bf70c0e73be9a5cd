"""A small child named by age ("my 6 month old", "a 10 week old", "my 2yo") is a child of
theirs, read as "little one" by the normaliser; an age of the young person ("my 17 year old",
from a parent) and a course or contract counted in months are not."""

import pytest

from bot.understand import classify
from bot.understand.normalise import normalise


@pytest.mark.parametrize(("typed", "read"), [
    ("at home with my 6 month old", "at home with my little one"),
    ("got a 10 week old", "got a little one"), ("my 1yo", "my little one"),
    ("our four-month-old", "our little one"), ("my 3 yr old son", "my son"),
])
def test_a_small_child_by_age_is_a_little_one(typed, read):
    assert normalise(typed) == read


@pytest.mark.parametrize("typed", ["my 17 year old is at college", "a 6 month course", "my 12 month contract",
                                   "2 yr course"])
def test_older_children_and_lengths_of_time_are_left(typed):
    assert "little one" not in normalise(typed)


@pytest.mark.parametrize("text", ["im at home with my 6 month old, not looking for work yet",
                                  "staying home with my 2 year old for now"])
def test_at_home_with_a_small_child_by_age_is_a_parent(text):
    assert classify(text).label == "status:not_available_parent"


def test_a_parent_writing_of_her_and_her_baby_reads_as_the_young_person():
    u = classify("shes at home looking after her 9 month old, not ready for work yet")
    assert (u.label, u.reporter) == ("status:not_available_parent", "parent")
