"""Crisis kinds and one that is none: an adult with a hold over the young person (a key
worker, a landlord, a boss; data/adults_of_trust.txt) asking them for pictures, and a dark
place they say they are in now, are crises. Pictures of a thing asked for work or study are
none, nor a dark place that was or that they are better from, nor a cut or a burn on a tool
of the job (data/idioms.txt); a blade, straighteners or "on purpose" stay crises."""

import pytest

from bot.understand import classify
from bot.understand.rules import by_rules


@pytest.mark.parametrize("text", [
    "the landlord keeps asking me for pics, says it'll help with the rent",
    "my driving instructor has been asking me to send selfies",
    "me foster dad asks me for photos when im in my room",
    "honestly im in a really dark place right now",
    "im at college but i am in such a dark place",
])
def test_a_crisis(text):
    assert classify(text).label == "crisis"


@pytest.mark.parametrize("text", [
    "my manager asked me for photos of the stock room",
    "my tutor keeps asking me to send pictures of my coursework",
    "was in a dark place last year but im doing an apprenticeship now",
    "im in a dark place but im better now, looking for work",
])
def test_no_crisis_to_the_rules(text):
    # (the model alone reads the coursework one as a crisis at 0.42: recall first, left)
    assert by_rules(text).label != "crisis"


@pytest.mark.parametrize("text, crisis", [
    ("at the butchers, nicked my thumb on the slicer again haha", False),
    ("burnt my arm on the fryer at kfc, im fine", False),
    ("cut my hand by accident at work", False),
    ("cut myself with a blade last night", True),
    ("burnt myself with my straighteners on purpose", True),
    ("cut myself on the clippers and then cut my arms again at home", True),
])
def test_an_accident_on_a_tool_of_the_job_is_no_crisis(text, crisis):
    assert (classify(text).label == "crisis") is crisis


@pytest.mark.parametrize("text, crisis", [
    ("my cousins mate has got me running bags round folkestone", True),
    ("the olders have me doing drops after school", True),
    ("my boss has got me delivering parcels for evri", False),
])
def test_someone_having_them_run_things_is_exploitation(text, crisis):
    assert (by_rules(text).label == "crisis") is crisis
