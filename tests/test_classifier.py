"""The reply classifier against the project's labelled sets and the safety rules."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.understand import LABELS, classify
from bot.understand.evaluate import evaluate, load_jsonl
from bot.understand.model.predict import guess, p_of_each
from bot.understand.rules import by_rules

DATA = Path(__file__).parent / "data"
SETS = ["replies.jsonl", "replies_dev.jsonl", "replies_hard.jsonl"]


def test_labelled_sets_are_big_and_cover_every_label():
    examples = [e for s in SETS for e in load_jsonl(str(DATA / s))]
    assert len(examples) >= 300
    assert {e[1] for e in examples} == set(LABELS)
    assert all(e[1] in LABELS for e in examples)


@pytest.mark.parametrize("name", SETS)
def test_quality_bar(name):
    report = evaluate(load_jsonl(str(DATA / name)))
    print(f"\n{name}\n{report.summary()}")
    assert report.crisis_recall == 1.0, report.summary()
    assert report.opt_out_recall == 1.0, report.summary()
    assert report.false_opt_outs == 0, report.summary()
    assert report.accuracy >= 0.95, report.summary()


def test_the_report_counts_replies_marked_as_someone_elses_read_so():
    report = evaluate([("this is his mum, he is at college", "status:education", "parent"),
                       ("i am at college", "status:education", None),
                       ("he is at college doing plumbing", "status:education", "parent")])
    assert (report.reported, report.reported_read) == (2, 2)
    assert "someone else's: 2/2" in report.summary()


@pytest.mark.parametrize("text", [
    "I'll never stop trying to find a job", "I won't stop until I get an apprenticeship",
    "I stopped going to college", "the bus stop by the college", "can't stop laughing lol at college",
    "I need to stop smoking", "they stopped my benefits", "non-stop work at the warehouse",
    "start", "I want to start a course", "stopping by the job centre later",
    "I had to STOP going to college", "dont stop messaging me", "please don't stop texting",
    "can you stop calling me and text instead", "I quit college", "my course got cancelled",
    "I want to stop working at tesco", "i would like to stop being neet", "I want to stop smoking",
])
def test_sentences_merely_containing_stop_are_not_opt_outs(text):
    assert classify(text).label != "opt_out"


@pytest.mark.parametrize("text", [
    "At college doing plumbing but I want to kill myself",
    "working at tesco. my stepdad hits me and I'm scared to go home",
    "STOP texting me, I'm going to end it all tonight",
    "nothing. kicked out by my mum and nowhere to sleep tonight",
    "i'm pregnant and scared he'll hurt me",
])
def test_a_crisis_inside_any_other_reply_is_a_crisis(text):
    assert classify(text).label == "crisis"


def test_menu_digits_follow_the_default_check_in():
    assert [classify(d).label for d in "1234"] == [
        "status:education", "status:apprenticeship", "status:employment", "status:seeking"]
    assert classify("option 4 please").details["code"] == 619
    assert classify("2", asked="offer").details == {"choice": 2}


@pytest.mark.parametrize("text, digit, label", [
    ("wagwan 3", 3, "status:employment"), ("evening, 1 x", 1, "status:education"),
    ("heya 4 cheers", 4, "status:seeking"), ("2 ty xx", 2, "status:apprenticeship"),
    ("good morning 1 lol", 1, "status:education")])
def test_a_menu_answer_with_a_greeting_or_a_sign_off_is_read_exactly(text, digit, label):
    """The 1-4 menu is the rules' (exact, confidence 1): the words people put around an answer
    (bot/understand/data/around_an_answer.txt) leave it a bare menu answer."""
    from bot.understand.rules import by_rules

    u = by_rules(text)
    assert u.label == label and u.details["menu"] == digit
    assert classify(text).confidence == 1.0
    # a number that is a quantity is still not a menu answer
    assert "menu" not in by_rules(f"hiya {digit} weeks ago i left college").details


def test_details_codes_follow_design_section_8():
    cases = {
        "at uni": 240, "sixth form at my school": 210, "doing a part time course at college": 250,
        "working part time at costa": 360, "self employed window cleaner": 380,
        "temp job at the post office": 350, "working and doing my NVQ level 2 at college": 320,
        "supported internship at the council": 460, "volunteering at oxfam": 540,
        "starting work at a hotel next week": 615, "starting college in january": 616,
        "I'm pregnant": 650, "looking after my son": 630, "young carer for my mum": 620,
        "depression, can't work": 640,
    }
    for text, code in cases.items():
        assert classify(text).details.get("code") == code, text


def test_status_and_help_records_status_and_flags_help():
    u = classify("I'm not doing anything, can someone call me")
    assert u.label == "status:seeking" and u.details["help_requested"] is True


def test_interests_start_dates_and_establishments_are_extracted():
    u = classify("nothing atm, I'm into cars and football")
    assert u.details["interests"] == ["motor vehicle", "sport"]
    assert classify("starting my apprenticeship on 6th January").details["start_date"].endswith("-01-06")
    assert classify("i work at tesco").details["establishment"] == "Tesco"
    # employers come from data/employers.txt, read as replies are normalised
    assert classify("i work at sports direct").details["establishment"] == "Sports Direct"
    assert classify("i work at b&q").details["establishment"] == "B And Q"
    assert classify("i start at tesco next week").details.get("establishment") == "Tesco"
    # "deliveroo" read "delivery" once, and could not be recorded (wordlists.written_words)
    assert classify("driving for deliveroo").details["establishment"] == "Deliveroo"


@pytest.mark.clockless
@pytest.mark.parametrize("text", ["", "   ", "🙂🙂🙂", "?" * 5000, "a" * 100_000, "\x00\x01",
                                  "college " * 3000, "ｃｏｌｌｅｇｅ"])
def test_odd_input_gets_a_label_quickly(text):
    assert classify(text).label in LABELS


def test_classify_command_contract():
    lines = "at colege doing plumbing\nSTOP\n\nI don't want to be here anymore\n"
    r = subprocess.run([sys.executable, "-m", "app.cli", "classify"], input=lines,
                       capture_output=True, text=True, check=True)
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert [o["label"] for o in out] == ["status:education", "opt_out", "unclear", "crisis"]
    assert [o["text"] for o in out] == lines.split("\n")[:4]
    r = subprocess.run([sys.executable, "-m", "app.cli", "classify", "--jsonl"],
                       input='{"text": "nah"}\n{"nope": 1}\n', capture_output=True, text=True)
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert out[0]["label"] == "deny" and out[1]["label"] == "unclear"
    assert "line 2" in r.stderr


@pytest.mark.parametrize("text,lang", [
    ("nie chcę już żyć", "pl"), ("Nie chce juz zyc, przepraszam", "pl"),
    ("nu mai vreau sa traiesc", "ro"), ("я не хочу жити більше", "uk"),
    ("хочу умереть", "ru"), ("اريد ان اموت", "ar"), ("artık yaşamak istemiyorum", "tr"),
    ("म मर्न चाहन्छु", "ne"), ("dua të vdes", "sq"),
])
def test_a_crisis_in_another_language_is_a_crisis_with_its_language(text, lang):
    u = classify(text)
    assert u.label == "crisis" and u.details["language"] == lang


@pytest.mark.parametrize("text", ["Я хочу працювати", "Pracuję w Tesco", "Lucrez la un depozit",
                                  "Okula gidiyorum", "أنا في الكلية", "at college doing plumbing"])
def test_ordinary_replies_in_other_languages_are_not_crises(text):
    assert classify(text).label != "crisis"


@pytest.mark.parametrize("text,lang", [
    ("pocięłam się wczoraj", "pl"), ("ojczym mnie pobił", "pl"), ("vreau să mor", "ro"),
    ("m-a bătut iar", "ro"), ("мене вигнали з дому", "uk"), ("меня заставляют работать", "ru"),
    ("يهددني كل يوم", "ar"), ("kendimi öldüreceğim", "tr"), ("më rrahu babai", "sq"),
    ("mikham bemiram", "fa"), ("quiero morirme ya", "es"),
])
def test_other_kinds_of_harm_and_other_word_forms_are_crises(text, lang):
    """The list holds parts of words for each kind of harm, so inflected forms are caught."""
    u = classify(text)
    assert u.label == "crisis" and u.details["language"] == lang


def test_no_crisis_phrase_of_another_language_is_found_in_an_english_reply():
    """The other-language list is matched anywhere in every reply: none of its parts of words
    may occur in an ordinary English reply of the corpus."""
    from bot.understand.other_languages import crisis_language

    found = []
    for split in ("train", "dev"):
        for line in (Path(__file__).resolve().parent.parent / "corpus" / "replies" / f"{split}.jsonl").read_text("utf-8").splitlines():
            r = json.loads(line)
            if r["label"] != "crisis" and "language" not in r and crisis_language(r["text"]):
                found.append(r["text"])
    assert found == []


@pytest.mark.clockless
def test_no_word_of_harm_or_refusal_of_messages_of_another_language_is_in_an_ordinary_reply():
    """The other-language words of harm and of refusing messages are read at the start of any
    word of a reply not in English: none may be in a reply of train or dev that is not a
    crisis (or, for the refusals, not an opt-out), in any language. A reply in English is read
    as combine reads it: a word of one word inside an English word is the rules' ("my EPQ is on
    suicide prevention" holds Spanish "suicid")."""
    from bot.understand.language import detect
    from bot.understand.other_languages import (
        crisis_word,
        near_crisis_word,
        near_opt_out_words,
        opt_out_words,
    )

    found = []
    for split in ("train", "dev"):
        for line in (Path(__file__).resolve().parent.parent / "corpus" / "replies" / f"{split}.jsonl").read_text("utf-8").splitlines():
            r = json.loads(line)
            if r["label"] != "crisis" and crisis_word(r["text"], english=detect(r["text"]) == "en"):
                found.append(r["text"])
            if r["label"] != "opt_out" and opt_out_words(r["text"]):
                found.append(r["text"])
            if r["label"] != "opt_out" and detect(r["text"]) != "en" and near_opt_out_words(r["text"]):
                found.append(r["text"])  # (one of them typed with a slip: read as combine does)
            if r["label"] != "crisis" and not r["text"].isascii() and near_crisis_word(r["text"]):
                found.append(r["text"])  # (read through a slip: replies not in English only)
    assert found == []


@pytest.mark.parametrize("text, lang", [
    ("chłopak mnie udrzył i zabrał mi telefon, boję się", "pl"), ("üvey babam bana vuruyro", "tr"),
    ("kendimi çok kötü hissediyorum, hyatıma son vermek istiyorum", "tr")])
def test_a_word_of_harm_in_another_language_typed_with_a_slip_is_a_crisis(text, lang):
    u = classify(text)
    assert u.label == "crisis" and u.language == lang, u


@pytest.mark.parametrize("text,label,lang", [
    ("nie widzę po co żyć", "crisis", "pl"),  # "żyć", however the sentence is put
    ("він погрожував моїй сестрі", "crisis", "uk"),
    ("kendimi öldürmeyi düşünüyorum", "crisis", "tr"),
    ("got a job in a warehouse now, ale ojczym mnie pobił wczoraj", "crisis", "pl"),  # after English
    ("bu sms'leri istemiyorum artık", "opt_out", "tr"),  # a "don't want" and a "texts"
    ("nie chcę już żadnych smsów od was", "opt_out", "pl"),
    ("nie dostałem wiadomości", "unclear", "pl"),  # "I didn't get the message": no refusal
    ("mieszkam z mamą i zabieram brata do szkoły", "unclear", "pl"),  # "zabieram" is not "zabić"
    ("hoy me toca, trabajo en una tienda", "status:employment", "es"),  # "my turn", not touched
    ("numara yanlış, tanımıyorum öyle birini", "wrong_number", "tr"),  # "the number is wrong"
    ("kim bu? bu numarayı tanımıyorum", "question", "tr"),  # a sender not known: who are you?
])
def test_words_of_harm_and_refusals_are_read_however_a_sentence_in_another_language_is_put(
        text, label, lang):
    u = classify(text)
    assert u.label == label, u
    assert u.language == lang or u.details.get("language") == lang


@pytest.mark.parametrize("text,label", [
    ("pracuje w fabryce od wrzesnia", "status:employment"),  # "od" is "since" in Polish
    ("gonna od tonight", "crisis"), ("took an od", "crisis"), ("od", "crisis"),
])
def test_od_is_an_overdose_only_where_english_says_so(text, label):
    got = classify(text).label
    assert (got == "crisis") == (label == "crisis"), got


def test_two_swapped_letters_in_a_short_word_are_read():
    from bot.understand.normalise import normalise

    assert normalise("jst txet me") == "just text me"
    assert normalise("hrut myself") == "hurt myself"
    assert normalise("form college") == "form college"  # an ordinary word stays
    assert classify("please stop ringing me, jst txet").label != "opt_out"


def test_a_stop_they_mean_for_themselves_is_not_an_opt_out():
    assert classify("i need to stop messaging my ex").label != "opt_out"
    assert classify("please stop messaging me").label == "opt_out"


@pytest.mark.parametrize("text", ["pracuję w salonie, tnę włosy", "me corté el pelo ayer",
                                  "ce travail va me tuer lol", "можу ночувати у друга",
                                  "me corto el pelo mañana", "me mato estudiando para los exámenes",
                                  "я помру від сміху", "tomei o remédio, me cortei o cabelo",
                                  "başım ağrıyor, hap içtim", "đang bị đánh giá ở chỗ làm",
                                  "вчора выпил таблетки от головы"])
def test_everyday_words_that_share_a_stem_with_harm_are_not_crises(text):
    from bot.understand.other_languages import crisis_language

    assert crisis_language(text) is None


@pytest.mark.parametrize("text,label", [
    ("trabajo en una tienda", "status:employment"), ("no trabajo, estoy buscando", "status:seeking"),
    ("pracuje na magazynie", "status:employment"), ("nie pracuje teraz", "status:seeking"),
    ("працюю на складі", "status:employment"), ("шукаю роботу", "status:seeking"),
    ("okula gidiyorum", "status:education"), ("iş arıyorum", "status:seeking"),
    ("jestem w ciąży, na razie nie pracuję", "status:not_available_pregnancy"),
])
def test_what_they_do_said_in_another_language_is_read_and_kept_to_verify(text, label):
    from bot.understand.combine import needs_verifying

    u = classify(text)
    assert u.label == label and needs_verifying(u)


def test_an_ordinary_english_word_is_never_corrected_into_another():
    from bot.understand.normalise import normalise

    assert normalise("job hunting, day release, quite hard, hearing aid") == \
        "job hunting , day release , quite hard , hearing aid".replace(" ,", " .")
    assert normalise("at collage") == "at college"  # a slip that is also a word, listed


def test_a_crisis_said_in_english_inside_another_language_is_a_crisis():
    u = classify("trabalho numa loja tbh im going to the bridge 2nite and not coming back")
    assert u.label == "crisis" and u.language == "pt"
    assert classify("mos me shkruani me").label != "crisis"  # Albanian: "don't write to me"


def test_voices_that_tell_them_what_to_do_are_a_crisis():
    assert classify("at college but hearing voices telling me to hurt people").label == "crisis"


@pytest.mark.parametrize("text", ["can u not message me anymore ta", "i'd like to not receive these anymore",
                                  "withdraw my consent", "enough with the texts",
                                  "please take my son's number off your system, he's not interested",
                                  "can you not message my son anymore please"])
def test_stop_asked_for_with_a_not_or_a_consent_is_an_opt_out(text):
    assert classify(text).label == "opt_out"


@pytest.mark.parametrize("text", ["can you not text me during college, ring after 4",
                                  "i'd like to not get texts before 9am",
                                  "can u not message my mum, message me",
                                  "where did you get my details from"])
def test_when_or_whom_to_message_is_not_an_opt_out(text):
    assert classify(text).label != "opt_out"


def test_a_crisis_in_cyrillic_after_latin_words_is_not_turned_into_latin_lookalikes():
    from bot.understand.unicode_clean import clean

    assert clean("estoy en el college tbh не хочу больше жить").endswith("не хочу больше жить")
    assert clean("i want to kіll myself") == "i want to kill myself"  # a Cyrillic і in disguise
    assert classify("estoy estudiando en el college tbh не хочу больше жить").label == "crisis"


@pytest.mark.parametrize("text", ["my phone died last night sorry",
                                  "i volunteer at the charity shop, it's not paid but i like it"])
def test_ordinary_replies_in_words_crises_use_are_not_crises(text):
    assert classify(text).label != "crisis"


def test_a_crisis_said_after_an_ordinary_status_is_a_crisis():
    u = classify("we've moved to romania now, thanks for your help, the marks on my wrists are "
                 "getting deeper every night")
    assert u.label == "crisis"


@pytest.mark.parametrize("text,opt_out", [("remote", False), ("quiet", False), ("unsubscibe", True),
                                          ("wish u would stpo bothering me", True)])
def test_one_ordinary_word_is_never_a_guessed_opt_out_but_a_slip_of_one_is(text, opt_out):
    assert (classify(text).label == "opt_out") == opt_out


def test_a_carer_for_someone_who_is_ill_is_a_carer_and_a_council_asked_to_stop_is_an_opt_out():
    assert classify("my mum has cancer so i'm looking after her and my little brothers").label == \
        "status:not_available_carer"
    assert classify("I'm 18 and I don't want the council texting me anymore").label == "opt_out"
    assert classify("I don't see why I should tell the council what I'm doing").label == "refused"


def test_a_reply_in_another_language_that_nothing_reads_goes_to_the_duty_worker_now():
    from bot.conversation import decide

    u = classify("ሰላም ከመይ ኣለኹም")  # Tigrinya: nothing in the lists, the model reads no English
    assert u.label == "unclear" and u.language == "ti" and "possible_crisis" in u.details
    assert ("possible_crisis_alert", {"language": "ti"}) in decide("idle", {}, 0, u).actions


@pytest.mark.parametrize("text", ["she's at college (mum)", "he is at college - dad",
                                  "Mum of Tyler - he has moved to Leeds",
                                  "Tyler's step mum. He's looking for work",
                                  "we are his carers, he's doing an apprenticeship",
                                  "I am writing on behalf of my grandson who is at college"])
def test_a_relative_signing_or_named_as_whose_is_the_reporter(text):
    assert classify(text).reporter == "parent"


@pytest.mark.parametrize("text,label", [
    ("my boyfriend works at asda, i'm at home with the baby", "status:not_available_parent"),
    ("my mum works but i dont, im looking", "status:seeking"),
    ("my dad works at tesco and so do i", "status:employment"),
    # a reason of someone else's is not theirs, nor an activity said after "while"
    ("my dad is in hospital, im still looking for work", "status:seeking"),
    ("my girlfriend is pregnant, im working at tesco", "status:employment"),
    ("i work at asda while my boyfriend is at college", "status:employment"),
    ("my mum is ill and i look after her", "status:not_available_carer"),
    ("been ill but better now and looking", "status:seeking"),
])
def test_someone_elses_activity_is_not_theirs(text, label):
    assert classify(text).label == label


def test_a_stop_passed_on_and_a_name_that_is_not_theirs():
    assert classify("my son has asked me to tell you to stop messaging him").label == "opt_out"
    assert classify("who is Jordan? this is Steve").label == "wrong_number"
    assert classify("who is this? this is Amy").label != "wrong_number"


@pytest.mark.parametrize("typed,read", [
    ("who is tihs", "who is this"), ("nobdy called that hwre", "nobody called that here"),
    ("im doing contruction at collage", "i am doing construction at college"),
    ("cant stop thinkng about it", "cannot stop thinking about it"),
    ("kayla and jayden", "kayla and jayden"),  # names and ordinary words stay as typed
    ("stpo txting me", "stpo texting me"),  # never guessed into a stop word
])
def test_a_slip_in_any_ordinary_word_is_read_as_that_word_but_never_as_a_stop(typed, read):
    from bot.understand.normalise import normalise

    assert normalise(typed) == read


def test_the_likeliest_slip_is_the_one_a_thumb_makes():
    from neet.spelling import likely_word

    assert likely_word("woeks") == "works"  # r is next to e; "weeks" needs an o for an e
    assert likely_word("tgis") == "this"
    assert likely_word("stoo", frozenset({"stop"})) is None
    assert likely_word("house") is None and likely_word("okula") is None


@pytest.mark.clockless
def test_the_english_words_of_another_language_need_enough_words_to_alarm():
    """The English part of a reply in another language raises the model's alarm on the same
    terms as an English reply: three words, or two it is sure of. "Kam punë në një fabrikë në
    Dover" (I work at a factory in Dover) left "kam dover" (p 0.42) and was a crisis."""
    u = classify("Kam punë në një fabrikë në Dover")
    assert u.label != "crisis" and u.language == "sq"
    # a crisis said in English after the other language still counts, however short the rest
    for text in ["ich arbeite in einer Bäckerei, i took all my tablets tonight",
                 "je suis au lycée, i want to kill myself"]:
        assert classify(text).label == "crisis", text


@pytest.mark.parametrize("typed", [
    "my dad locsk me in my room for days", "im sat on the tain tracks, dont ring anyone",
    "I toko loads of my tablets about an hour ago", "someone is making me sll drugs",
    "i've been slf harming again, my arms are a mess"])
def test_a_crisis_phrase_with_a_slip_in_a_word_is_read_by_the_rules(typed):
    """Crisis words read through a slip the normaliser reads otherwise (slips.SlipReader,
    toward the words of the crisis phrases themselves): the rules read it, not only the
    model. A word of English is never read as another ("the range" is a shop)."""
    from bot.understand.rules import by_rules

    assert by_rules(typed).label == "crisis", typed


@pytest.mark.parametrize("text", ["cant stop thinking about dinner", "i want to kill time",
                                  "i went to the range for paint", "my boss hits his targets"])
def test_no_crisis_is_made_from_a_slip_alone(text):
    from bot.understand.rules import by_rules

    assert by_rules(text).label != "crisis", text


@pytest.mark.parametrize("text, to_a_yes_or_no", [
    ("ok", "affirm"), ("k", "affirm"), ("i'm fine thanks", "deny"), ("im ok", "deny"),
    ("doing alright thanks for asking", None), ("cool ta", "affirm"),
    # how they are, however the model reads it (it took these for a refusal and a course)
    ("not too bad thanks, you?", None), ("doing alright thanks", None), ("cant complain", None)])
def test_an_acknowledgement_answers_no_check_in_but_answers_a_yes_no_question(text, to_a_yes_or_no):
    """To "what are you doing?" an "ok" or "i'm fine thanks" is neither yes nor no (the bot
    asks again, as it would for a yes there); to "can we pass your details on?" it is one."""
    from bot.conversation import decide
    from bot.understand.rules import by_rules

    u = classify(text)
    assert u.label == "unclear", text
    assert [r for r, _ in decide("idle", {}, 0, u).replies] == ["ask_again"]
    if to_a_yes_or_no:
        assert by_rules(text, asked="yesno").label == to_a_yes_or_no
    assert classify("yes").label == "affirm" and classify("no thanks").label == "deny"


@pytest.mark.parametrize("typed", ["adda", "aldii", "wetherspons", "greggz", "kitchen portr", "scaffolfer"])
def test_a_bare_employer_with_a_slip_in_its_name_is_a_job(typed):
    """The rules read a reply that is only an employer or a job through a slip in its name
    (toward the words of employers.txt and jobs.txt); a slip that is an English word, or a
    name inside a longer sentence, is not read so."""
    from bot.understand.rules import by_rules

    assert by_rules(typed).label == "status:employment", typed


@pytest.mark.parametrize("text", ["adds", "the best", "a dad"])
def test_an_english_word_is_never_read_as_an_employer_through_a_slip(text):
    from bot.understand import more_labels

    assert not more_labels.bare_job_with_a_slip(text)


@pytest.mark.parametrize("typed,read", [
    ("yr msg", "your message"), ("in yr 12", "in year 12"), ("c u tmrw", "see you tomorrow"),
    ("option c", "option c"), ("smth like dat", "something like that"),
    ("prolly gna quit", "probably going to quit")])
def test_text_speak_read_by_what_follows(typed, read):
    """"yr" is "your" except before a school year; "c" is "see" before "u"."""
    from bot.understand.normalise import normalise

    assert normalise(typed) == read


@pytest.mark.parametrize("text,label", [
    ("too ill to go to college so im at home", "status:not_available_illness"),
    ("too anxious and depressed to work", "status:not_available_illness"),
    ("doing nights at a hospital, im shattered", "status:employment"),
    ("im in hospital at the moment", "status:not_available_illness"),
    ("not telling you, i dont know who you are", "refused"),
    ("i dont know anyone called mia", "wrong_number")])
def test_what_they_cannot_do_where_they_work_and_who_they_do_not_know(text, label):
    """An activity they are too ill for is not theirs, and the model may not make it theirs;
    a hospital they work at is no illness; not knowing who we are is no wrong number."""
    assert classify(text).label == label


@pytest.mark.parametrize("typed,read", [
    ("me mum works at asda", "my mum works at asda"), ("me phone broke", "my phone broke"),
    ("give me a ring", "give me a ring"), ("leave me alone", "leave me alone")])
def test_me_is_my_before_people_and_things_of_their_own(typed, read):
    from bot.understand.normalise import normalise

    assert normalise(typed) == read


def test_a_yes_said_with_an_acknowledgement_is_still_a_yes_to_the_rules():
    from bot.understand.rules import by_rules

    for text in ["okay yes", "yes ok", "yeah fine", "ok yes please"]:
        assert by_rules(text).label == "affirm", text


def test_ya_is_you_after_thanks_and_a_yes_alone():
    from bot.understand.normalise import normalise

    assert normalise("good thx ya") == "good thanks you" and normalise("see ya") == "see you"
    assert normalise("ya im at college") == "yes i am at college"


def test_every_listed_phrase_of_another_language_is_three_letters_or_more():
    # the lists are scanned by the first three letters of each phrase (other_languages._KEY)
    from bot.understand.other_languages import _CRISES, _INTENT_PHRASES, _KEY

    for phrases in (_CRISES, _INTENT_PHRASES):
        assert all(len(phrase) >= _KEY for _, phrase in phrases.entries)


def test_the_parts_of_a_reply_read_together_score_as_each_read_alone():
    parts = ["left school in july", "looking for an apprenticeship", "also a guy from tiktok keeps asking for pics",
             "", "😊", "zzqx", "left school in july"]
    assert p_of_each(parts, "crisis") == [guess(p).p("crisis") for p in parts]  # to the last bit
    assert p_of_each(parts[:1], "status:seeking") == [guess(parts[0]).p("status:seeking")]


LONG_ORDINARY = ("hiya sorry for the slow reply, its been a hard few months. my nan passed away and "
                 "mum has been struggling. still at east kent college doing bricklaying though, my "
                 "tutor has been good about it all")


def _risks(raw: str, each: float):
    from bot.understand import combine

    risks = combine._PartRisks()
    risks.update({p: each for p in combine._parts(raw)})
    return risks


@pytest.mark.parametrize(("part_risk", "calm"), [(0.69, True), (0.70, False), (0.95, False)])
@pytest.mark.parametrize("p_crisis", [0.45, 0.95])
def test_a_long_status_message_is_a_crisis_only_if_some_part_of_it_alone_is_one(part_risk, calm, p_crisis):
    """Feelings and family news told over many sentences add up to a crisis for the model when
    no sentence says one: a long message whose status the rules read needs a part read as a
    crisis alone (LONG_PARTS_CLEAR_BELOW), however sure the model is of the whole."""
    from bot.understand import combine
    from bot.understand.rules import by_rules

    u = by_rules(LONG_ORDINARY)
    assert u.label == "status:education" and len(LONG_ORDINARY.split()) >= combine.LONG_MESSAGE_WORDS
    assert combine._status_told_calmly(u, LONG_ORDINARY, p_crisis, _risks(LONG_ORDINARY, part_risk)) is calm


SHORT_ORDINARY = "still at college, my nan passed away and mum is struggling"


@pytest.mark.parametrize(("p_crisis", "part_risk", "calm"), [
    (0.45, 0.10, True), (0.69, 0.69, True), (0.84, 0.10, True),  # below STATUS_CRISIS_AT
    # (0.85), no part a crisis alone
    (0.85, 0.10, False),  # the model sure enough of the whole
    (0.45, 0.70, False), (0.45, 0.95, False),  # a part that is a crisis alone
])
def test_a_short_status_reply_needs_the_model_sure_or_a_part_that_says_a_crisis(p_crisis, part_risk, calm):
    """Beside a status the rules read, the model's crisis below STATUS_CRISIS_AT counts only
    when some part of the reply reads as one alone ("at college full time but my dad throws
    things at me"); a reply of one part is read as that part."""
    from bot.understand import combine
    from bot.understand.rules import by_rules

    u = by_rules(SHORT_ORDINARY)
    assert u.label == "status:education" and len(SHORT_ORDINARY.split()) < combine.LONG_MESSAGE_WORDS
    assert combine._status_told_calmly(u, SHORT_ORDINARY, p_crisis, _risks(SHORT_ORDINARY, part_risk)) is calm
    one = "me boyfriend works days and i look after our son"
    assert combine._status_told_calmly(by_rules(one), one, p_crisis, _risks(one, part_risk)) is calm


def test_a_reply_the_rules_read_no_status_in_keeps_the_models_crisis():
    from bot.understand import combine
    from bot.understand.rules import Understanding

    for text in (SHORT_ORDINARY, LONG_ORDINARY):
        unread = Understanding("unclear", {}, text)
        assert not combine._status_told_calmly(unread, text, 0.45, _risks(text, 0.1))


@pytest.mark.parametrize("text", [
    "at college full time but my dad throws things at me when hes angry",
    "doing voluntary work at a charity shop. i cant keep myself safe",
    "UNEMPLOYED ATM. IVE GOT ALL MY TABLETS SAVED UP IN A DRAWER",
])
def test_a_crisis_said_beside_a_short_status_is_still_a_crisis(text):
    assert classify(text).label == "crisis"


def test_a_status_the_model_half_fears_goes_to_the_duty_worker_at_once():
    """Not a crisis label, but not the ordinary queue either: possible_crisis."""
    from bot.understand import combine
    from bot.understand.model.predict import Guess
    from bot.understand.rules import by_rules

    text = "me boyfriend works days and i look after our son"
    half = Guess("crisis", 0.55, {"crisis": 0.55, "status:not_available_parent": 0.45})
    u = combine.combine(by_rules(text), half, "en", text)
    assert u.label == "status:not_available_parent" and u.details["possible_crisis"] == 0.55
    sure = Guess("crisis", 0.9, {"crisis": 0.9, "status:not_available_parent": 0.1})  # >= STATUS_CRISIS_AT
    assert combine.combine(by_rules(text), sure, "en", text).label == "crisis"


@pytest.mark.parametrize("text", [
    "hiya sorry for the slow reply, its been a mad few weeks. im still at east kent college doing "
    "my level 2 in bricklaying. my nan passed away in october and honestly i keep thinking about "
    "ending it all",
    "hey, still working at the co-op in ramsgate on the tills. me and my boyfriend broke up and he "
    "keeps turning up at my work. last night he said he will hurt me if i dont take him back and im "
    "scared to go home",
])
def test_a_crisis_said_in_one_sentence_of_a_long_status_message_is_a_crisis(text):
    assert classify(text).label == "crisis"


def test_a_kent_place_named_is_one_word_to_the_model_whatever_the_place():
    """A place says nothing of what they do, and its letters collide with words that do
    ("cant" in Canterbury): the model reads every listed place as "placename", so the same
    reply about two places is the same reply to it. Everyday words that are also places
    (Deal, Sandwich) stay words."""
    from bot.understand.model.features import prepare

    assert prepare("Au pair in Canterbury, near Herne Bay") == "au pair in placename, near placename"
    assert prepare("got a good deal on a sandwich") == "got a good deal on a sandwich"
    assert prepare("moved to lydd from chatham") == "moved to placename from placename"  # every town
    a, b = guess("working at tesco in canterbury"), guess("working at tesco in sittingbourne")
    assert a.probabilities == b.probabilities
    assert classify("au pair for a family in canterbury").label == "status:employment"


@pytest.mark.parametrize("text", ["<Media omitted>", "[voice note]", "This message was deleted", "ths msg was deleted",
                                  "image omitted", "[Photo]"])
def test_a_picture_or_voice_note_the_phone_did_not_pass_on_is_asked_for_in_words(text):
    """No one's words: the model does not read them ("[voice note]" was a model crisis at
    0.91), the bot asks for the answer typed, and a person looks after a second time."""
    from bot.conversation import decide

    u = classify(text)
    assert u.label == "unclear" and u.details["placeholder"] is True
    first = decide("idle", {}, 0, u)
    assert [r for r, _ in first.replies] == ["ask_in_words"]
    assert ("human_review", {}) in decide("idle", {}, first.unclear_count, u).actions
    assert "placeholder" not in classify("sent you a pic of my timetable").details  # their words
    assert classify("[voice note] i took all my pills").label == "crisis"  # words beside it are read


_STORY = ("so basically this year has been a lot, i started college in september doing business "
          "and it was ok at first but then my mum got ill and i had to miss loads of days. ") * 30


@pytest.mark.parametrize(("tail", "label"), [
    ("and honestly i just want to kill myself now", "crisis"),
    ("please stop texting me", "opt_out"),
    ("anyway im back at college now", "status:education"),
])
def test_a_crisis_or_a_stop_at_the_end_of_a_long_message_counts(tail, label):
    text = (_STORY[:4800] + " " + tail)
    assert 4800 < len(text) <= 5000  # as long as an inbound message is stored
    assert classify(text).label == label


@pytest.mark.clockless
def test_a_word_longer_than_any_is_read_in_well_under_a_second():
    import time

    classify("warm up")
    t0 = time.process_time()
    classify("a" * 100_000)  # the language detector and the spelling guesser once took 6 s
    classify("ha" * 2500 + " x")
    assert time.process_time() - t0 < 2.0


def test_a_known_word_with_an_s_typed_without_its_apostrophe_is_kept_and_a_worker_too():
    # "my nans tablets" was "my nana tablets" and "my grans" "my grand": the rules that name
    # whose tablets were taken, or whose house they stay at, never saw the word
    from bot.understand import wordlists
    from bot.understand.normalise import SLANG, normalise

    for w in wordlists.words("family_and_friends.txt"):
        if " " not in w and w + "s" not in SLANG:
            assert normalise(w + "s") == w + "s"
    for w in wordlists.words("job_heads.txt"):  # read as written (more_labels.bare_job)
        assert normalise(w) == w
    assert by_rules("took all my nans tablets an hour ago").label == "crisis"
    assert by_rules("parcel sorter").label == "status:employment"  # was "parcel shorter"
    assert by_rules("staying at my grans for now").details.get("where_they_live")


@pytest.mark.parametrize("text", ["they keep me in a bando in margate", "theyll merk me if i dont pay",
                                  "scalded myself with the kettle again", "they said theyll hurt me if i snitched",
                                  "i have to go cunch for them every weekend"])
def test_slang_of_harm_the_crisis_rules_name_is_not_corrected_into_another_word(text):
    # "merk" was read as "meek", "bando" as "banco", "scalded" as "scaled", "snitched" as
    # "switched", "cunch" as "crunch" (data/never_correct.txt)
    assert by_rules(text).label == "crisis"


@pytest.mark.parametrize(("text", "read"), [
    ("my best mate works at tesco", "my best mate works at tesco"),  # was "my best works at tesco"
    ("my mums mate keeps texting me", "my mums mate keeps texting me"),  # was "my mums keeps ..."
    ("do i know ya", "do i know you"), ("asking ya to stop", "asking you to stop"),
    ("ya want someone else", "you want someone else"), ("ya at college", "yes at college"),
    ("moved up a yr", "moved up a year"), ("yr msg", "your message"),
    ("on a gap yr", "on a gap year"), ("final yr at uni", "final year at uni"),
    ("i d like to apply", "i would like to apply"),  # an "'d" typed apart, not "the"
    ("they give me job", "they give me job"), ("took me phone", "took my phone"),
])
def test_the_normaliser_keeps_who_is_meant(text, read):
    from bot.understand.normalise import normalise

    assert normalise(text) == read


def test_what_their_best_mate_does_is_not_theirs():
    assert classify("my best mate works at tesco, im still looking").label == "status:seeking"


@pytest.mark.parametrize(("text", "language"), [
    ("je n'ai pas besoin d'aide", "fr"),  # the detector's fast mode: English 0.47 (then a model crisis)
    ("estoy estudiando en el college", "es"), ("nu am loc de munca momentan", "ro"),
    ("i'm NEET", "en"), ("I AM AN APPRNETICE", "en"), ("die hard fan of the band", "en"),
])
def test_a_short_reply_in_another_language_is_not_taken_for_english(text, language):
    from bot.understand.language import detect

    assert detect(text) == language
    if language == "fr":
        assert classify(text).label != "crisis"


@pytest.mark.parametrize("text, lang", [
    ("nie wysyłajice mi wiadomości", "pl"), ("nu mai vreau mesjae", "ro"), ("لا اريد رساءل", "ar"),
    ("mesajlarınızı istemiyroum", "tr")])
def test_a_refusal_of_messages_in_another_language_with_a_slip_in_one_word_is_an_opt_out(text, lang):
    u = classify(text)
    assert u.label == "opt_out" and u.language == lang, u


@pytest.mark.parametrize("text", ["dziękuję za wiadomość, pracuję teraz", "bu mesaj için teşekkürler, iş arıyorum",
                                  "je vais arrêter l'école, merci pour le message"])  # an ending is no slip
def test_thanks_for_a_message_in_another_language_is_no_opt_out(text):
    assert classify(text).label != "opt_out"


@pytest.mark.slow
def test_no_crisis_of_train_or_dev_is_a_stop_alone_to_the_rules():
    """What combine.STOP_CRISIS_AT rests on: the rules read a crisis said with a stop as a
    crisis, so a stop the rules read alone was never a crisis of train or dev; only a model all
    but sure makes one of it (below, the duty worker reads it at once)."""
    found = []
    for split in ("train", "dev"):
        for line in (Path(__file__).resolve().parent.parent / "corpus" / "replies" / f"{split}.jsonl").read_text("utf-8").splitlines():
            r = json.loads(line)
            if r["label"] == "crisis" and by_rules(r["text"]).label == "opt_out":
                found.append(r["text"])
    assert found == []
