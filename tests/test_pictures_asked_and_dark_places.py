"""Two crisis kinds: an adult with a hold over the young person (a key worker, a landlord, a
boss; data/adults_of_trust.txt) asking them for pictures, and a dark place they say they are in
now. Pictures of a thing asked for work or study are no crisis, and a dark place that was, or
one they say they are better from, is read as what it is."""

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
