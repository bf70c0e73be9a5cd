"""Crisis phrases of Arabic, Persian, Urdu, Russian and Ukrainian typed in Latin letters with
the vowels spelt some other way than the list's (bot/understand/transliterated.py)."""

import pytest

from bot.understand import classify
from bot.understand.transliterated import skeleton


def test_a_words_consonants_are_what_transliterations_share():
    assert skeleton("biddi") == skeleton("bidi") == skeleton("bdi") == "bd"
    assert skeleton("3eesh") == skeleton("3ish") == "3sh"  # Arabizi's digits are consonants


@pytest.mark.parametrize(("text", "language"), [
    ("ma biddee 3eesh", "ar"), ("ana bade moot", "ar"), ("mikhaam bemiiram", "fa"),
    ("jeenaa nahi chahtaa", "ur"), ("ya ne hochu zhiti", "ru"),
])
def test_a_listed_crisis_with_other_vowels_is_a_crisis_in_its_language(text, language):
    u = classify(text)
    assert (u.label, u.language) == ("crisis", language)


@pytest.mark.parametrize("text", ["bad mate", "bed mat", "my bid is 3 each", "shukran kteer",
                                  "kheili mamnoon", "spasibo"])
def test_english_words_or_thanks_sharing_the_consonants_are_no_crisis(text):
    assert classify(text).label != "crisis"


@pytest.mark.parametrize("text", ["la tba3etli", "working at tesco full time, khalas la tba3etli rasa2el",
                                  "dige payam nafrestin"])
def test_a_listed_stop_with_other_vowels_is_a_stop_even_beside_a_status(text):
    u = classify(text)
    assert u.label == "opt_out" or u.details.get("opt_out")


@pytest.mark.parametrize(("text", "language"), [
    ("ya bolshe ne mogu zhit", "ru"), ("mne negde nochevat segodnya", "ru"), ("pedaram mano mizane", "fa"),
    ("az zendegi khaste shodam", "fa"), ("aaj raat sone ki jagah nahi hai", "ur"), ("bade 2otol 7ali", "ar"),
])
def test_crises_typed_in_latin_letters_beyond_wanting_to_die_are_crises(text, language):
    u = classify(text)
    assert (u.label, u.language) == ("crisis", language)


def test_an_english_slip_beside_an_english_word_is_no_phrase_of_short_consonants():
    # "moeny but" has the consonants of Russian "menya byot" (he beats me): mn bt
    assert classify("its not loads of moeny but its mine, doing nails from home").label != "crisis"
