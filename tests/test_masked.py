"""Words with letters stood in for by digits and symbols ("algospeak": "k!ll", "d13",
"s*icide", "SA'd") are read as the words they spell (bot/understand/masked.py); numbers, codes,
grades and times that only look masked are left as typed."""

import pytest

from bot.understand import classify
from bot.understand.masked import unmasked
from bot.understand.normalise import normalise


@pytest.mark.parametrize(("typed", "spelt"), [
    ("i want to d1e", "i want to die"), ("k!ll myself", "kill myself"), ("su1c1dal", "suicidal"),
    ("s*icide", "suicide"), ("s3lf h@rm", "self harm"), ("0verdose", "overdose"),
    ("i w@nt to d!e!!", "i want to die!!"), ("f**k off", "fuck off"), ("w0rking at tesco", "working at tesco"),
])
def test_a_masked_word_is_spelt_out(typed, spelt):
    assert unmasked(typed) == spelt


@pytest.mark.parametrize("typed", ["10am", "3am", "4pm", "1st", "5th", "yr13", "a13", "m20 j5", "ct1 2ab",
                                   "got 3 a*s", "a**", "5*", "3*s", "b4", "gr8", "4ever", "i am 1 of 3"])
def test_numbers_codes_grades_and_text_speak_are_left_as_typed(typed):
    assert unmasked(typed) == typed


@pytest.mark.parametrize("text", ["i wanna d!e", "i want 2 d!3", "thinking abt k*lling myself",
                                  "b3en self h@rming again", "i got SA'd by my cousin", "he SA'd me at a party"])
def test_a_masked_crisis_is_a_crisis(text):
    assert classify(text).label == "crisis"


@pytest.mark.parametrize(("text", "label"), [
    ("l00king for w*rk", "status:seeking"), ("got 3 a*s in my gcses, doing a levels now", "status:education"),
    ("i work at the bakery from 5am every day", "status:employment"),
])
def test_ordinary_replies_masked_or_looking_masked_keep_their_label(text, label):
    assert classify(text).label == label


def test_the_rules_and_the_model_read_the_same_spelt_out_words():
    assert normalise("k!ll myself") == normalise("kill myself")
