"""Three kinds a fresh probe found read wrong: not at ease sharing what they do is a refusal
(830), not a request for help; never having heard of us is a question about who we are, not
a wrong number (never having heard of the person still is one); a phone lost, stolen or broken
and this one to use is a new number."""

import pytest

from bot.understand import classify


@pytest.mark.parametrize("text", ["im not comfortable telling you what i do", "dont feel happy disclosing my personal info"])
def test_not_at_ease_sharing_is_a_refusal(text):
    u = classify(text)
    assert u.label == "refused" and u.details.get("code") == 830, u


def test_never_having_heard_of_us_is_a_question():
    assert classify("who are u?? never heard of you").label == "question"


def test_never_having_heard_of_the_person_is_still_a_wrong_number():
    assert classify("never heard of her mate").label == "wrong_number"


@pytest.mark.parametrize("text", ["my old phone got smashed so text me on this one",
                                  "me phone was robbed last week, message me here"])
def test_a_phone_gone_and_this_one_to_use_is_a_new_number(text):
    assert classify(text).label == "new_number", text


def test_a_phone_gone_and_this_one_not_to_use_is_no_new_number():
    assert classify("lost my phone, this is my mates, dont text here").label != "new_number"


@pytest.mark.parametrize("text", ["not handing out my personal details sorry", "im not passing on any info"])
def test_details_not_being_given_is_a_refusal_by_the_rules(text):
    from bot.understand.rules import by_rules
    assert by_rules(text).label == "refused", text


def test_this_number_and_the_other_one_gone_is_a_new_number_by_the_rules():
    from bot.understand.rules import by_rules
    assert by_rules("this is my number now, my old phone got smashed").label == "new_number"
    assert by_rules("my other phone was stolen, this is my number").label == "new_number"


@pytest.mark.parametrize("text", ["how many more times are you going to text me", "will u keep messaging me till im 18"])
def test_how_long_or_how_often_we_write_is_a_question_by_the_rules(text):
    from bot.understand.rules import by_rules
    assert by_rules(text).label == "question", text


def test_a_status_beside_how_often_we_write_stays_the_status():
    assert classify("at sixth form now, how often will you check in").label == "status:education"
