"""Yes and no to the question the bot asked ("Can we pass your details to an adviser?"):
a yes that hedges, says it would help or asks us to go ahead, a no that says it is not wanted
or needed, as young people answer (data/yes_phrases.txt, data/no_phrases.txt, and a negation
before a word of wanting read whatever the words of how much between it)."""

import pytest

from bot.understand import classify


@pytest.mark.parametrize("text", [
    "i suppose so yeah", "think so", "yeah i reckon so", "mm hm", "uh huh yeah",
    "please do thanks", "yes that would really help", "that would be really helpful",
    "yeah that would help me", "fine by me", "yeah happy for you to",
    "okie dokie", "yes probably", "works for me",
])
def test_a_yes_of_its_own_kind(text):
    assert classify(text, asked="yesno").label == "affirm"


@pytest.mark.parametrize("text", [
    "not that bothered tbh", "im not too fussed", "not really keen", "no im not interested at all",
    "nah dont need it", "i dont want to", "no need ta", "dont need any help thanks",
    "not overly bothered to be honest", "nah i'll sort it myself", "ur alright thanks",
    "i dont think so", "not fancy it", "no honestly not interested",
])
def test_a_no_of_its_own_kind(text):
    assert classify(text, asked="yesno").label == "deny"


@pytest.mark.parametrize("text", [
    "not sure", "maybe", "no one asked me", "i dont know",
])
def test_neither_stays_neither(text):
    assert classify(text, asked="yesno").label not in ("affirm", "deny")


def test_a_yes_that_would_help_is_the_yes_only_to_a_yes_or_no():
    assert classify("yes that would help", asked="yesno").label == "affirm"
    # to "what are you doing?" a want of help is still a request for a person
    assert classify("can someone help me find a job", asked="yesno").label == "help"


@pytest.mark.parametrize("text", [
    "i do need help", "not interested in college but want a job", "i do want it",
])
def test_a_want_said_is_not_a_no(text):
    assert classify(text, asked="yesno").label != "deny"


@pytest.mark.parametrize("text", ["none of those sound right tbh", "neither of them suits me", "none of them are for me",
                                  "not those"])
def test_none_of_the_offers_however_it_is_put_is_a_no(text):
    assert classify(text, asked="offer").label == "deny", text
