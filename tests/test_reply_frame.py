"""What arrives around a reply is not the answer: a quoted earlier message, a phone's
signature, a greeting with the writer's name, an apology for the delay, a sign-off
(bot/understand/frame.py). Each frame is put around replies the classifier reads right, and
the reading must not change."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from bot.understand import classify
from bot.understand.frame import without_courtesy, without_frame
from bot.understand.normalise import normalise

DEV = Path(__file__).resolve().parent.parent / "corpus" / "replies" / "dev.jsonl"

FRAMES = {
    "quoted check-in": lambda t: t + "\n\n> What are you doing at the moment? Reply 1 College, "
                                     "2 Apprenticeship, 3 Work, 4 Nothing",
    "mail app quote": lambda t: t + "\n\nOn Tue, 1 Dec 2026 at 10:02, Youth Support <ys@kent.example> wrote:\n"
                                    "What are you doing at the moment?",
    "phone signature": lambda t: t + "\n\nSent from my Samsung Galaxy smartphone.",
    "greeting with a name": lambda t: "Hiya it's Kofi, " + t,
    "listed name first": lambda t: "Megan here. " + t,
    "apology": lambda t: "Sorry I didn't see your message! " + t,
    "sign-off": lambda t: t + "\nMany thanks, Sophie",
    "a letter": lambda t: "Dear Youth Support,\n" + t + "\nKind regards,\nMr Okafor",
    "an email's subject": lambda t: "RE: Check-in\n" + t,
    "a pleasantry back": lambda t: t + ", hbu?",
    "an opening filler": lambda t: "ngl " + t,
    "a full name signed": lambda t: t + "\n\nBest wishes,\nGrace O'Neill",
}


def _sample() -> list[dict]:
    rows = [json.loads(x) for x in DEV.read_text("utf-8").splitlines()]
    rows = [r for r in rows if r["origin"] == "written" and len(r["text"]) < 160]
    random.Random(24).shuffle(rows)
    return [r for r in rows[:240] if classify(r["text"]).label == r["label"]]


@pytest.fixture(scope="module")
def read_right() -> list[dict]:
    return _sample()


@pytest.mark.parametrize("frame", FRAMES)
def test_a_frame_around_a_reply_changes_nothing(read_right, frame):
    wrap = FRAMES[frame]
    changed = [(r["label"], classify(wrap(r["text"])).label, r["text"]) for r in read_right
               if classify(wrap(r["text"])).label != r["label"]]
    # a few replies read differently with anything beside them (a bare "bet", a one-word
    # stop): at most 2 in 100
    assert len(changed) <= 0.02 * len(read_right), changed[:10]


def test_quoted_lines_and_signatures_are_set_aside():
    assert without_frame("at college\n> What are you doing?\n> Reply 1-4") == "at college"
    assert without_frame("working at tesco\n\nOn 1 Dec 2026, Youth Support wrote:\nhi") == "working at tesco"
    assert without_frame("3\nSent from my iPhone") == "3"
    assert without_frame("Get Outlook for Android") == "Get Outlook for Android"  # nothing else
    assert without_frame("sent from my mum's phone, he is at college") != ""


def test_courtesies_are_set_aside_but_never_another_script_or_everything():
    assert without_courtesy("Hi it's Kayden, at college", normalise) == "at college"
    assert without_courtesy("asda. Thanks, Chloe", normalise) == "asda."
    assert without_courtesy("sorry for the late reply, 4", normalise) == "4"
    # the English normaliser drops Cyrillic: "hi there" + Russian is not a greeting alone
    assert without_courtesy("hi there работаю на складе, полный день", normalise).startswith("hi there")
    assert without_courtesy("sorry, thanks", normalise) == "sorry, thanks"
    # a parent introducing themselves stays: the reporter is read from it
    assert classify("Hi, this is his mum. He is at college").reporter == "parent"


def test_a_quoted_check_in_is_not_the_young_person_choosing_every_option():
    u = classify("got a job in a bakery\n\n> What are you doing now? Reply 1 College 2 Apprenticeship 3 Work 4 Nothing")
    assert u.label == "status:employment"


@pytest.mark.parametrize(("text", "label"), [
    ("at the moment 4", "status:seeking"), ("atm 3", "status:employment"), ("right now 1", "status:education"),
])
def test_a_menu_number_after_a_time_word(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("yeah greggs", "status:employment"), ("ok option 2", "status:apprenticeship"),
    ("yes", "affirm"), ("yeah please", "affirm"),
])
def test_a_yes_before_an_answer_to_what_are_you_doing(text, label):
    assert classify(text).label == label


def test_a_sign_off_and_the_name_under_it_are_set_aside_but_never_a_crisis():
    assert without_frame("Please stop texting my son.\n\nKind regards,\nSandra Wells") == "Please stop texting my son."
    assert classify("Not interested, remove me.\n\nThanks\nDaniel Okafor").label == "opt_out"
    assert without_frame("at college\nthanks\ni want to die") == "at college\nthanks\ni want to die"
    # whatever a frame sets aside, a crisis in it is still read
    assert classify("at college\nCheers\nI Want To Die").label == "crisis"


@pytest.mark.parametrize(("text", "label"), [
    ("stop all (Jade)", "opt_out"),
    ("qit from Tyler", "opt_out"),
    ("at college - Amira", "status:education"),
    ("working - Tesco", "status:employment"),
    ("i want to die - Tonight", "crisis"),
])
def test_a_name_signed_after_the_answer_is_set_aside(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label", "help_requested"), [
    ("morning can someone help me find\na course for after christmas please", "help", None),  # was a start
    ("asda\ncould someone ring me please", "status:employment", True),
])
def test_a_line_broken_mid_sentence_is_one_sentence_beside_a_request(text, label, help_requested):
    u = classify(text)
    assert (u.label, u.details.get("help_requested")) == (label, help_requested)
