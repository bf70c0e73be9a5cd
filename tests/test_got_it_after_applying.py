"""What was applied or interviewed for, then got ("had an interview for the apprenticeship and
i got it!!"), with a start to come, is a start agreed; got and held a while is the activity;
only hoped for is still a search."""

from bot.understand import classify


def test_got_after_an_interview_with_a_start_to_come_is_a_start():
    u = classify("went for an interview at the leisure centre for a lifeguard apprenticeship, i got it!! "
                 "first day is the 19th of january")
    assert u.label == "status:start_agreed" and u.details.get("got_it"), u


def test_got_after_a_trial_and_held_a_while_is_the_job():
    assert classify("did a trial shift at the bakery and got it, been there a month").label == "status:employment"


def test_only_hoped_for_is_still_a_search():
    assert classify("applied at the garden centre, fingers crossed i get it").label == "status:seeking"


def test_an_offer_named_by_its_place_is_got():
    u = classify("got my college offer through, i start in january")
    assert u.label == "status:start_agreed" and u.details.get("got_it"), u
