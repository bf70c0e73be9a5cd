"""Refusals, stops, new numbers and who is writing, as fresh probes found them read wrong.
Declining to say what they do is `refused` (830), however it is put, and never an opt-out
("rather not get into it" stops nothing: the stop pattern's "rather not get" is only of
messages); a stop said as "no need to message me again" or asked for before is one, a stop
of messages at some times only is none but holds the bot for a person; "text me on here from
now on" is a new number; a first name later in a reply with no "i" is someone else writing."""

import pytest

from bot.understand import classify


@pytest.mark.parametrize("text", [
    "id rather not get into that tbh", "prefer not to discuss it thanks", "would rather not talk about it",
    "honestly i dont want to talk about it", "sorry i'd rather not go into it", "i rather not talk about my situation over text",
])
def test_declining_to_say_is_refused(text):
    assert classify(text).label == "refused"


@pytest.mark.parametrize("text", [
    "rather not get these texts anymore", "id prefer not to get any messages", "i'd rather not receive these",
])
def test_not_getting_messages_is_still_a_stop(text):
    assert classify(text).label == "opt_out"


@pytest.mark.parametrize("text", ["id rather not get involved", "rather not get into it"])
def test_not_getting_into_something_is_no_stop(text):
    assert classify(text).label != "opt_out"


def test_a_status_said_beside_it_is_kept():
    assert classify("left college in october, dont really want to talk about it").label == "status:seeking"


@pytest.mark.parametrize("text, label", [
    ("just text me on here from now on", "new_number"),
    ("msg me on this phone now pls", "new_number"),
    ("text me on here instead of ringing", "unclear"),
    ("erm who's asking", "question"),
    ("who's kayden", "wrong_number"),
])
def test_this_number_from_now_on_and_who_is_asking(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize("text", [
    "youve no need to message me again, all sorted", "you dont need to contact me anymore",
    "how many times do i have to ask you to stop", "i've told you already to stop",
])
def test_a_stop_said_as_no_need_or_asked_before(text):
    assert classify(text).label == "opt_out"


@pytest.mark.parametrize("text", [
    "at sixth form, can you stop messaging during lessons",
    "working, stop texting me during my shifts please",
])
def test_a_stop_only_at_some_times_is_no_opt_out_but_held_for_a_person(text):
    u = classify(text)
    assert u.label != "opt_out" and "possible_opt_out" in u.details


@pytest.mark.parametrize("text, reporter", [
    ("we have moved to wales as a family, chloe goes to college there now", "parent"),
    ("all good here, tyler started at the garage on monday", "parent"),
    ("at college. jack is my mate there", None),
    ("i work with jordan, jordan is my boss", None),
])
def test_a_first_name_later_in_a_reply_with_no_i_is_someone_else_writing(text, reporter):
    assert classify(text).details.get("reporter") == reporter


@pytest.mark.parametrize("text", [
    "could someone from the send team contact me please",
    "can somebody from the youth support team ring me please",
])
def test_a_call_asked_of_a_team_named_is_help(text):
    assert classify(text).label == "help"


@pytest.mark.parametrize("text", ["Poppy no longer lives with us, she moved to her dads in Leeds",
                                  "Willow attends a special school until she is 19",
                                  "she studies part time at the college now"])
def test_a_name_or_she_before_no_longer_attends_or_studies_is_someone_else_writing(text):
    assert classify(text).reporter == "parent"


@pytest.mark.parametrize("text", ["ivy league unis are too hard for me lol, im at college", "hazel eyes and a bad attitude lol"])
def test_flower_names_that_open_a_sentence_as_words_are_no_writer(text):
    assert classify(text).reporter == "self"


@pytest.mark.parametrize("text", ["this is his granny, he is working at the garage now",
                                  "I'm her big brother, she's at college in Dover",
                                  "its his grandfather, hes not working",
                                  "the phone is mine, his stepfather. he is at sixth form",
                                  "you texted me, her mother. she is working at asda"])
def test_grandparents_older_siblings_and_step_parents_are_someone_else_writing(text):
    assert classify(text).reporter == "parent"


@pytest.mark.parametrize("text", ["she told me her boyfriend is at college with me", "i am a big sister to 3 kids, at college"])
def test_a_relative_named_in_passing_is_no_writer(text):
    assert classify(text).reporter == "self"


@pytest.mark.parametrize("text", ["could you send me the contact details for the college",
                                  "can u text me the number of the careers adviser",
                                  "does anyone know any garages taking on apprentices"])
def test_a_number_or_a_place_that_is_hiring_asked_for_is_help_not_a_wrong_number(text):
    assert classify(text).label == "help"


@pytest.mark.parametrize("text, label", [("S T O P", "opt_out"), ("s.t.o.p pls", "opt_out"), ("u-n-s-u-b-s-c-r-i-b-e", "opt_out"),
                                         ("h e l p me find a job", "help")])
def test_a_word_typed_a_letter_at_a_time_is_read_as_the_word(text, label):
    assert classify(text).label == label


def test_letters_that_make_no_word_stay_as_typed():
    from bot.understand.normalise import normalise
    assert "abcd" not in normalise("a b c d") and "jkqw" not in normalise("j k q w")


@pytest.mark.parametrize("text", ["my old phone doesnt work no more, message me here", "me old sim stopped working, txt me here"])
def test_an_old_number_that_does_not_work_and_this_one_to_use_is_a_new_number(text):
    assert classify(text).label == "new_number"


def test_a_number_that_does_not_work_is_no_job_ended():
    from bot.understand.rules import by_rules
    assert by_rules("my old number does not work").label != "status:seeking"


@pytest.mark.parametrize("text", ["could do with a hand getting onto a course", "would appreciate a few pointers on finding work"])
def test_a_hand_or_pointers_asked_for_is_help(text):
    assert classify(text).label == "help"
