"""Kinds of reply the replies issue names (its examples, kept as regression tests; the
measure of generalisation is the locked split, not these): crises written without the
word, in other languages and inside an ordinary status; a start to come read as a start;
an activity named only as something they cannot do."""

from __future__ import annotations

import re
from datetime import date

import pytest

from bot.understand import classify
from bot.understand.details import start_date
from bot.understand.normalise import normalise
from bot.understand.other_languages import near_crisis_language
from bot.understand.rules import by_rules

CRISES = [
    "took a bunch of my mums tablets", "doing the thing on my arms again",
    "burnt myself with a lighter", "nobody would even notice if i was gone",
    "I just want everything to stop", "relapsed on sh after 6 months clean",
    "they keep sending me to margate to drop stuff off, theyve got my phone",
    "a man i met on snap wants me to meet him, said not to tell anyone",
    "apprenticeship at a factory in sittingbourne. im being sextorted",
    "moved out of kent. i dont see a future, ive got a plan now",
    "nie mam gdzie spać dzisiaj", "babam beni dövüyor", "мені ніде спати",
]


@pytest.mark.parametrize("text", CRISES)
def test_crises_without_the_word_are_crises(text):
    assert classify(text).label == "crisis"


@pytest.mark.parametrize("text,label,starting", [
    ("got the job at the co-op!! start friday", "status:start_agreed", "employment"),
    ("got a place at college, starting in september", "status:start_agreed", "education"),
    ("got the job at tesco, been there since june", "status:employment", None),
    ("at college, start my placement monday", "status:education", None),
    # an offer however it came ("got offered", "they offered me")
    ("they offered me a place on the electrician course, i start in january", "status:start_agreed", None),
    ("got offered the job at tesco!! start monday", "status:start_agreed", "employment"),
    ("i was offered a job but turned it down, still looking", "status:seeking", None),
])
def test_a_start_to_come_is_a_start_agreed(text, label, starting):
    u = classify(text)
    assert u.label == label
    if starting:
        assert starting in u.details.get("starting", [])


def test_a_weekday_start_is_the_next_such_day():
    monday = date(2026, 11, 30)
    assert start_date("start friday", monday) == "2026-12-04"
    assert start_date("starting monday", monday) == "2026-12-07"  # not today
    assert start_date("start next friday", monday) == "2026-12-11"
    assert start_date("i sat at home", monday) is None


@pytest.mark.parametrize("text,label", [
    ("not well enough for work or college", "status:not_available_illness"),
    ("too ill to go to college so im at home", "status:not_available_illness"),
    ("at college now doing level 2", "status:education"),
    ("not well, but back at college monday", "status:education"),
])
def test_an_activity_they_cannot_do_is_not_theirs(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize("text,language", [
    ("nu-mi mai trimiteti mesaje", "ro"),  # detected as English: its opt-out still counts
    ("proszę przestać pisać", "pl"), ("mesaj istemiyorum", "tr"),
])
def test_an_opt_out_in_another_language_counts(text, language):
    u = classify(text)
    assert u.label == "opt_out" and u.language == language


@pytest.mark.parametrize("text", [
    "how do i stop these messages", "how to stop these texts", "how can i stop getting these",
    "please sop", "stpo", "sop texting me", "lose my number", "forget my number mate",
    "reemove me", "pls no moe texts, I'm sorted"])
def test_opt_outs_asked_as_questions_or_mistyped(text):
    """Asking how to make them stop, or stop typed in a hurry where nothing else is meant."""
    assert classify(text).label == "opt_out"


@pytest.mark.parametrize("text", [
    "i need to stop messaging my ex", "how do i stop being so lazy", "spot", "shop",
    "remote", "stop calling me and text instead"])
def test_near_misses_of_a_mistyped_stop_are_not_opt_outs(text):
    assert classify(text).label != "opt_out"


@pytest.mark.parametrize(("text", "label"), [
    ("who am i speaking to", "question"), ("what's all this then", "question"),
    ("what does this mean", "question"), ("is this my college?", "question"),
    ("what's kent county council got to do with me", "question"),
    ("are you from the council", "question"),
    ("ok start sending me stuff again", "opt_in"), ("i want the texts back on", "opt_in"),
    ("theres no jayden here", "wrong_number"), ("this is a work phone, nobody by that name", "wrong_number"),
    ("i dnt know anyone called mia", "wrong_number")])
def test_questions_opt_ins_and_wrong_numbers_said_other_ways(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize("text", ["dont start sending me stuff again", "never turn the texts back on"])
def test_an_opt_in_said_with_a_no_is_not_one(text):
    """A wrong opt-in would message someone who opted out."""
    assert classify(text).label != "opt_in"


@pytest.mark.parametrize(("text", "code", "reporter"), [
    ("tesco", 330, "self"), ("hey greggs full time", 330, "self"), ("asda part time", 360, "self"),
    ("kitchen porter at a pub", 330, "self"), ("my son works at sainsburys", 330, "parent"),
    ("jd sports", 330, "self")])
def test_an_employer_or_a_job_said_alone_is_employment(text, code, reporter):
    u = classify(text)
    assert (u.label, u.details.get("code"), u.reporter) == ("status:employment", code, reporter)


@pytest.mark.parametrize("text", ["i want to work at tesco", "not tesco", "apprentice"])
def test_an_employer_named_in_another_sense_is_not_a_job_now(text):
    assert classify(text).label != "status:employment"


@pytest.mark.parametrize("text", ["im ok", "happy christmas", "no idea", "nah mate", "at college",
                                  "so tired", "not good"])
def test_ordinary_two_word_replies_raise_no_crisis(text):
    """Two words count for the model only when it is sure (combine.SURE_OF_TWO_WORDS)."""
    assert classify(text).label != "crisis"


def test_a_two_word_crisis_the_model_is_sure_of_is_one():
    assert classify("im scared").label == "crisis"


@pytest.mark.parametrize(("text", "label"), [
    ("are there any apprenticeships going in thanet", "help"),
    ("how do i apply for college", "help"),
    ("are there any jobs going? im unemployed", "status:seeking"),
    ("how do i get into college, i left school and im doing nothing", "status:seeking")])
def test_asking_how_to_get_in_is_help_unless_a_status_is_said_too(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("did an access course for a few months, now im at home", "status:seeking"),
    ("tried sixth form for a term", "status:seeking"),
    ("ive been at college for a year now", "status:education"),
    ("had a job at a warehouse for a couple of weeks but now doing a btec at college",
     "status:education"),
])
def test_a_past_activity_for_a_stretch_of_time_is_over(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize("text", ["doing a course through the job centre",
                                  "on a jobcentre course till march"])
def test_a_course_the_job_centre_sends_them_on_is_training(text):
    assert classify(text).label == "status:training"


@pytest.mark.parametrize(("text", "label"), [
    ("fine to get your messages again", "opt_in"),
    ("you can text me again now", "opt_in"),
    ("not happy to get texts again", "unclear"),
])
def test_messages_asked_back_in_other_words(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize("text", [
    "my supervisor will kill me if im late again", "could murder a kebab rn",
    "dying for a cuppa", "this heat is killing me lol", "im dead 😂😂", "lmao im deceased",
    "bored to death today", "smashed my interview, killing it",
])
def test_figures_of_speech_with_death_in_them_are_not_crises(text):
    assert classify(text).label != "crisis"


@pytest.mark.parametrize("text", [
    "my dad will kill me if he finds out im gay", "dead inside lol",
    "bored to death, took a load of pills earlier", "im dying, cant breathe properly",
    "my boss will kill me if im late. i dont want to be here anymore",
    "my manager would kill me if he saw me on my phone lol im in a&e after taking an overdose",
    "my boss will kill me if i go in today i want to die",
    "im fine apart from the voices", "theyve moved me to a trap house",
])
def test_a_crisis_beside_or_like_a_figure_of_speech_is_still_one(text):
    assert classify(text).label == "crisis"


@pytest.mark.parametrize(("text", "label"), [
    ("STPP", "opt_out"), ("quiit", "opt_out"), ("go awya", "opt_out"), ("no mroe texts", "opt_out"),
    ("unsubscibe pls", "opt_out"),
    # one slip away, but an ordinary word: never read as a stop
    ("shop", "unclear"), ("top", "unclear"), ("step", "unclear"), ("get lot", "unclear"),
])
def test_a_stop_phrase_with_one_slip_is_an_opt_out_but_an_ordinary_word_is_not(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("i'm 52 not 16 lol", "wrong_number"), ("it's a landline, wrong person", "wrong_number"),
    ("this is the office phone for a garage", "wrong_number"), ("im 18 not 17 now", "unclear"),
])
def test_a_number_that_is_not_a_young_persons_says_so_by_age_or_line(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("ive asked you to stop already", "opt_out"), ("stop asking me every month", "opt_out"),
    ("i told you to stop by the office", "not opt_out"),
    ("not replying to these anymore", "refused"), ("i dont have to tell u what i do", "refused"),
    ("stood on the edge of the motorway bridge", "crisis"), ("i'll be gone by tomorrow", "crisis"),
    ("nobody can help me now", "crisis"), ("no one can help me with my cv lol", "not crisis"),
])
def test_replies_to_a_reminder(text, label):
    _labelled(text, label)


def _labelled(text: str, label: str) -> None:
    """`label`, or with "not " before it: anything but that label."""
    if label.startswith("not "):
        assert classify(text).label != label[4:], text
    else:
        assert classify(text).label == label, text


@pytest.mark.parametrize(("text", "label"), [
    ("🔪🩸🩸", "crisis"), ("done 🪦", "crisis"), ("i cant take it no more", "crisis"),
    ("cant do this no more", "crisis"), ("cant do this job no more, looking for something else", "status:seeking"),
    ("🏫 college 😊", "status:education"), ("💼 working", "status:employment"),
])
def test_harm_said_in_emoji_and_no_more_for_any_more(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("pretty sure someone spiked me at the club", "crisis"),
    ("a guy slipped something into my drink and i woke up at his", "crisis"),
    ("necked too many pills at a rave, heart racing", "crisis"),
    ("in detox at the moment, not working", "status:not_available_illness"),
    ("im hanging after my mates 18th", "not crisis"), ("bartender at a hotel", "status:employment"),
])
def test_drink_drugs_and_nights_out(text, label):
    _labelled(text, label)


@pytest.mark.parametrize(("text", "label"), [
    ("i'm homeless", "crisis"), ("living in a tent by the river", "crisis"),
    ("i volunteer at a homeless project", "status:volunteering"),
])
def test_homeless_themselves_or_a_homeless_charity(text, label):
    assert classify(text).label == label


def test_the_rules_do_not_take_a_homeless_charity_for_homelessness():
    # the model still reads this one as a crisis in one of its parts (a false crisis it makes)
    assert by_rules("the homeless charity found me a room, at college now").label == "status:education"


def test_every_figure_of_speech_holds_a_trigger_word():
    from bot.understand import idioms
    from bot.understand.wordlists import words

    for line in words("idioms.txt"):
        assert idioms.TRIGGERS.search(line), line


@pytest.mark.parametrize(("text", "label"), [
    ("six months gone now so not working", "status:not_available_pregnancy"),
    ("au pair for a family in canterbury", "status:employment"),
])
def test_pregnancy_and_jobs_said_the_way_young_people_say_them(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("just started at greggs", "status:employment"), ("been at screwfix 3 months now", "status:employment"),
    ("i start at primark on monday", "status:start_agreed"), ("want to work at tesco", "status:seeking"),
    ("i used to work at asda", "status:seeking"),
])
def test_a_workplace_named_is_read_with_its_time(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("Message received.", "not opt_out"), ("Noted, thanks.", "not opt_out"),
    ("dont want these", "opt_out"), ("syop these messages", "opt_out"),
])
def test_the_model_may_not_opt_out_a_few_ordinary_words_that_say_no_stop(text, label):
    _labelled(text, label)


@pytest.mark.parametrize(("text", "label"), [
    ("I'm driving with Driving Focus turned on. I'll see your message when I get there.", "unclear"),
    ("Automatic reply: I am out of the office until Monday", "unclear"),
    ("im driving, i want to die", "crisis"),
    ("I am not currently in education or employment but I am seeking work", "status:seeking"),
    ("I would rather not disclose that", "refused"),
])
def test_auto_replies_and_formal_writing(text, label):
    assert classify(text).label == label


def test_a_crisis_the_model_is_sure_of_counts_in_answer_to_what_they_like():
    # the rules read nothing here; the model does (p 0.97), and it knows interests answers
    said = "ive written letters for my family just in case"
    assert classify(said, asked="interests").label == "crisis"
    assert classify("photographer, i take pics of everything", asked="interests").label != "crisis"
    # to a yes / no it only warns: "no, my mum will help me instead" is no crisis
    assert classify("no, my mum will help me instead", asked="yesno").label != "crisis"


@pytest.mark.parametrize(("text", "label"), [
    ("cnt do dis nemor", "crisis"), ("tk 2 mny pills", "crisis"), ("rong numba", "wrong_number"),
    ("when r u gonna stop texting me", "opt_out"), ("stp txtn me", "opt_out"),
])
def test_text_speak_at_its_most_clipped(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("they scrapped the course i was meant to do in january", "status:seeking"),  # called off
    ("my apprenticeship fell through but i found a new one in canterbury", "status:apprenticeship"),
    ("went for the job at boots and was unsuccessful", "status:seeking"),
    ("the woman who had this number before me moved abroad i think", "wrong_number"),
    ("im his youth worker, he's in hospital after an operation", "status:not_available_illness"),
])
def test_a_plan_called_off_a_new_one_after_an_ended_one_a_refusal_and_a_passed_on_number(text, label):
    # the rules' reading (the model alone still takes "fell through" for a crisis at p 0.4-0.5)
    assert by_rules(text).label == label


def test_who_is_writing_is_not_what_the_young_person_does():
    u = classify("this is her key worker, she's at college in Ashford now")
    assert u.label == "status:education" and u.reporter != "self"
    assert classify("im his girlfriend, he's working on a building site").reporter != "self"
    # "mate" is how they address us, not who is writing
    assert classify("its callum mate, working at asda").reporter == "self"


def test_a_part_that_only_says_who_is_writing_raises_no_alarm_of_its_own():
    assert classify("im his best mate, he is at college now").label == "status:education"
    assert classify("this is her friend, she sent me a goodbye message and wont answer").label == "crisis"


@pytest.mark.parametrize("text", ["tiler now, on site most days", "i do removals with my brother",
                                  "porter at the hospital, nights mostly"])
def test_a_job_said_first_then_something_about_it_is_employment(text):
    assert classify(text).label == "status:employment"


def test_cannot_ends_an_activity_only_where_it_governs_it():
    assert classify("i cant take calls at work, text me").label == "status:employment"
    assert classify("i cant go to college anymore").label == "status:seeking"


@pytest.mark.parametrize(("text", "label"), [
    ("at work now, ill text you later", "status:employment"),  # "ill" typed for "I'll"
    ("been ill all week so not at work", "status:not_available_illness"),  # ill is still ill
    ("on my course till july, then ill look for an apprenticeship", "status:education"),
    ("i was working at a bakery until a few weeks ago, nothing now", "status:seeking"),
    ("was supposed to start at college in september but never turned up", "status:seeking"),
    # an intention that was ("was going to start", "was due to start"), not a start to come
    ("we was gonna start the course in october but it never happened", "status:seeking"),
    ("i was due to start at the warehouse but it never happened, still looking", "status:seeking"),
    ("im due to start at the college in january", "status:start_agreed"),  # still to come
    ("going to start college in september", "status:start_agreed"),
])
def test_times_ill_for_i_will_a_plan_for_later_and_a_start_that_never_happened(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("the lines on my arms are going deeper", "crisis"),  # whatever the word for the wounds
    ("my dad says to tell you to stop texting him", "opt_out"),  # a stop passed on
    ("when u gonna stop txting me", "opt_out"),
    ("сплю на вокзале уже неделю", "crisis"),  # sleeping at the station
])
def test_wounds_a_stop_passed_on_and_nights_at_a_station(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("i am at colidge doing catering", "status:education"),  # spelt as it sounds
    ("no more mesijes pleas", "opt_out"),
    ("i go to college on tuesday and thursday", "status:education"),  # a routine, not a start
])
def test_words_spelt_as_they_sound_and_a_weeks_routine(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("get him off your contacts list please", "opt_out"),  # off a list, whoever is taken off it
    ("ok knock it off with the messages now", "opt_out"),  # stop said as an idiom
    ("please cease messaging me", "opt_out"),
    ("quit texting me", "opt_out"),
    ("take me off the waiting list for the bricklaying course", "not opt_out"),
    ("i quit my job at the chippy", "not opt_out"),
])
def test_a_stop_said_as_an_idiom_or_as_a_list_to_be_taken_off(text, label):
    got = classify(text).label
    assert (got == "opt_out") == (label == "opt_out"), got


@pytest.mark.parametrize("text", ["in hmp till march", "hes in a secure unit, his nan here",
                                  "i am inside, text my mum"])
def test_custody_as_young_people_name_it(text):
    u = classify(text)
    assert u.label == "status:custody" and u.details["code"] == 710, u


@pytest.mark.parametrize(("text", "label"), [
    ("im at college but my dad is in prison so its been hard", "status:education"),
    ("my brother got sent down last week, im still at asda", "status:employment"),
    ("my son is in feltham", "status:custody"),  # a parent writing of the young person
    ("this is his mum, hes in prison at the moment", "status:custody"),
])
def test_custody_is_theirs_not_a_familys(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize("text", ["im in hmp at the moment but out in the spring",
                                  "in hmp at the moment, out in the summer",
                                  "on remand in feltham, it's rough in here"])
def test_a_custody_the_rules_read_is_a_crisis_only_when_the_model_is_sure_but_always_seen(text):
    from bot.understand.combine import OVERRULE, RISK_AT
    from bot.understand.model.predict import guess

    assert by_rules(text).label == "status:custody"
    u, p = classify(text), guess(text).p("crisis")
    assert (u.label == "crisis") == (p >= OVERRULE), (u, p)
    if RISK_AT <= p < OVERRULE:
        assert "possible_crisis" in u.details  # the duty worker still reads it at once
    assert classify("on remand, they said they will stab me in here").label == "crisis"


def test_any_job_of_the_list_said_as_what_they_are_is_employment():
    assert classify("been a window cleaner for a year now").label == "status:employment"
    assert classify("looking for a job as a welder").label == "status:seeking"


@pytest.mark.parametrize(("text", "label"), [
    ("going OT next week with the olders, wont have my phone", "crisis"),  # county lines said as it is
    ("been shotting for some lads in ramsgate", "crisis"),
    ("they made me run a line from london", "crisis"),
    ("i work the line at a food factory", "status:employment"),  # a production line
    ("i produce trap music at home", "not crisis"),
])
def test_county_lines_as_young_people_say_it(text, label):
    """The rules' words for county lines ("OT", "shotting", "run a line") do not fire on a
    line at work or trap music. (What the model makes of an ordinary reply moves with each
    retrain and is measured on held-out replies, not pinned here: "i produce trap music at
    home" was a model crisis at 0.42 after the nineteenth session's retrain.)"""
    got = classify(text).label
    if label == "crisis":
        assert got == "crisis"
    else:
        assert by_rules(text).label != "crisis"
    if label.startswith("status:"):
        assert got == label


@pytest.mark.parametrize(("text", "label"), [
    ("2 - apprenticeship with a roofer", "status:apprenticeship"),  # a menu answer with words
    ("option 3 for now", "status:employment"),
    ("4 since i got sacked", "status:seeking"),
    ("1 but i work weekends too", "status:education"),
    ("two.", "status:apprenticeship"),
    ("the third one", "status:employment"),
    ("2 weeks ago i left college", "status:seeking"),  # a quantity, not a choice
    ("no one ever texts back", "not a choice"),
])
def test_a_menu_answer_with_words_after_it(text, label):
    u = classify(text)
    if label == "not a choice":
        assert "menu_and_words" not in u.details and "menu" not in u.details
    else:
        assert u.label == label, u


@pytest.mark.parametrize(("text", "opt_out"), [
    ("just stop texting me", True), ("but stop messaging me now", True),
    ("4 but stop texting me", True), ("i cant stop texting my mates lol", False),
    ("dont stop messaging me", False),
])
def test_just_stop_is_a_stop_and_cant_stop_is_not(text, opt_out):
    assert (by_rules(text).label == "opt_out") == opt_out
    assert (classify(text).label == "opt_out") == opt_out


def test_no_idea_who_they_mean_is_a_wrong_number():
    assert classify("no idea who that is sorry").label == "wrong_number"
    assert classify("not a clue who you are on about").label != "status:seeking"


@pytest.mark.parametrize(("text", "label"), [
    ("a guy from tiktok wants to meet me this weekend", "crisis"),
    ("on a course. someone from insta wants to meet up and told me to delete our chats", "crisis"),
    ("at college but honestly i cant do life anymore", "crisis"),
    ("i cant stand living in kent lol, still at college", "status:education"),
])
def test_a_stranger_online_who_wants_to_meet_and_life_too_much_to_bear(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("can you help me find a job", "help"),  # a request put to us: a person calls back
    ("could someone help me get an apprenticeship pls", "help"),
    ("nothing atm, looking for work", "status:seeking"),
    ("want to be a nurse, applying now", "status:seeking"),
])
def test_a_request_put_to_us_is_help_and_applying_is_looking(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("doing a level 3 at uni and a part time job in a pub", "status:education"),  # a student who works
    ("we left the uk in the summer, living in spain now", "status:moved_away"),
    ("got my little girl so i cant take a job at the moment", "status:not_available_parent"),
    ("still at the bakery, nothing much has changed", "status:employment"),
])
def test_what_the_rules_read_plainly_the_model_does_not_undo(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize("text", ["doing my maths and english", "resitting my maths at the college",
                                  "retaking english and maths this year"])
def test_maths_and_english_retaken_is_education(text):
    assert classify(text).label == "status:education"


@pytest.mark.parametrize(("text", "crisis"), [
    ("kinda feel like giving up on ever getting a job lol", False),
    ("first aid at college today, we learned about overdoses and burns", False),
    ("i feel like giving up on everything", True),
    ("i took an overdose last night", True),
    ("i cant take any more of this", True),
    ("my stepdad kicked me out last night", True),
])
def test_words_of_crisis_said_of_something_ordinary(text, crisis):
    assert (classify(text).label == "crisis") is crisis


@pytest.mark.parametrize(("text", "label"), [
    ("sroo texting me", "opt_out"),  # two keys beside "stop", before what is to stop
    ("skip texting me for now lol", "not opt_out"),
    ("my daughter doesnt wat any more texts thanks", "opt_out"),
    ("dis is harassment", "opt_out"),
])
def test_a_stop_typed_in_a_hurry_is_still_a_stop(text, label):
    u = classify(text)
    assert (u.label != "opt_out") if label == "not opt_out" else (u.label == label), u


@pytest.mark.parametrize(("text", "label", "help_requested"), [
    ("asda, could someone ring me", "status:employment", True),  # the job, and a call back
    ("not something im happy to share", "refused", None),
    ("she doesnt want to share what she is doing", "refused", None),
])
def test_a_job_with_a_call_asked_for_and_refusals_as_people_put_them(text, label, help_requested):
    u = classify(text)
    assert u.label == label and u.details.get("help_requested") == help_requested


@pytest.mark.parametrize(("text", "label"), [
    ("neva heard of her sorry", "wrong_number"),
    ("this aint ellies phone", "wrong_number"),
])
def test_a_wrong_number_as_people_type_it(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("i think you want someone else", "wrong_number"),
    ("im 60, you must mean somebody else", "wrong_number"),
    ("pretty sure this was meant for someone else", "wrong_number"),
    ("you need someone else to ring me, my worker is off", "help"),  # another person asked for
    ("you texted my work phone. i do not know the person you are looking for", "wrong_number"),
    ("can you tell me which organisation you are?", "question"),
    ("i want someone else to help me", "help"),
])
def test_someone_else_meant_is_a_wrong_number_without_the_word(text, label):
    assert by_rules(text).label == label


def test_never_having_heard_of_a_course_is_no_wrong_number():
    assert classify("i have never heard of this course").label != "wrong_number"


@pytest.mark.parametrize(("text", "stop"), [
    # a slip in a word of a stop phrase that is no English word: read as the phrase
    ("could u plz srop messaging this phone", True),
    ("pls dnt tet me agen", True),
    ("i dont want any more texrs ta", True),
    ("can you taek my number off your system", True),
    # a slip that makes an English word is left as it is ("shop", "test"), and a stop said of
    # what they themselves send is no stop
    ("the shop sending me letters about my order is annoying", False),
    ("dont test me today lol", False),
    ("i dont send more than two texts a day", False),
])
def test_a_stop_phrase_with_a_slip_in_a_longer_reply(text, stop):
    assert (classify(text).label == "opt_out") is stop


def test_a_threat_that_asks_them_to_send_more_is_a_crisis_and_no_stop():
    u = classify("hes threatening to share my pics if i dont send more")
    assert u.label == "crisis" and not u.details.get("opt_out")


@pytest.mark.parametrize(("text", "label"), [
    # asked for again, kept on, or a stop taken back
    ("ok carry on messaging me then", "opt_in"),
    ("please resume the texts", "opt_in"),
    ("i pressed stop by mistake sorry", "opt_in"),
    ("would love to hear from u again", "opt_in"),
    # complaints about being messaged, or a stop meant, are never an opt-in: a wrong one
    # messages someone who opted out
    ("you lot keep texting me", "not opt_in"),
    ("why does this number keep messaging me", "not opt_in"),
    ("i never said stop by accident", "not opt_in"),
])
def test_messages_asked_back_kept_on_or_a_stop_taken_back(text, label):
    got = classify(text).label
    assert (got != "opt_in") if label == "not opt_in" else (got == label), got


@pytest.mark.parametrize("text", [
    # kinds the rules now read themselves, so a status beside them cannot dilute them
    "at sixth form still. my brother has been missing since sunday",
    "working at the co-op now but im not gonna be around for much longer",
    "doing my apprenticeship, been having unalive thoughts tho",
    "looking for work. i took 25 of my sertraline earlier",
    "on a traineeship, drank loads and took my dads tramadol",
    "got a job at costa. my uncle comes into my room at night",
    "at college, my mate says hes going to kill himself tonight",
])
def test_a_crisis_of_these_kinds_beside_a_status_is_a_crisis(text):
    assert classify(text).label == "crisis"


@pytest.mark.parametrize("text", [
    "ive been missing college cos of my anxiety",
    "she is missing out on loads by not doing the course",
    "took 2 paracetamol for my headache and went to bed",
    "my mum has been away for a few days visiting my nan",
])
def test_missing_college_or_a_couple_of_tablets_is_no_crisis_to_the_rules(text):
    # (the rules only: the model still reads some of these as crises, DESIGN.md 3 recall first)
    assert by_rules(text).label != "crisis"


@pytest.mark.parametrize(("text", "crisis"), [
    ("at college. relapsed w the blades on sunday", True),
    ("working at aldi, cutting myself again and its deeper", True),
    ("still looking for work. theres a rope under my bed", True),
    ("giving all my things away as i wont need them", True),
    ("my shifts got cut again, deeper cuts next month", False),
    ("i need a new skipping rope for boxing", False),
])
def test_self_harm_gone_back_to_and_means_kept_ready(text, crisis):
    assert (by_rules(text).label == "crisis") is crisis


@pytest.mark.parametrize(("text", "label"), [
    ("at college, in class we covered overdoses and sepsis", "status:education"),
    ("i feel like giving up applying for jobs tbh", "status:seeking"),
    ("i took an overdose and we did first aid at college", "crisis"),
])
def test_a_lesson_about_overdoses_or_giving_up_a_search_is_no_crisis(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("left sixth form, looking for a job or an apprenticeship in plumbing", "status:seeking"),
    ("want work or a course, anything really", "status:seeking"),
    ("got the place at hair academy, i start on the 3rd", "status:start_agreed"),
    ("got the job at costa, it starts from the 21st", "status:start_agreed"),
    ("i work at asda, paid on the 28th", "status:employment"),
    # learners of English leave out the article and the auxiliary
    ("i lost job in the warehouse, now i search new job", "status:seeking"),
    ("sorry i do not have job now", "status:seeking"),
])
def test_what_they_want_a_start_on_a_day_and_learners_english(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("who is this? i dont know this number", "question"),
    ("i dont know this person you want", "wrong_number"),
    ("I don't see why the council needs to know what she does", "refused"),
    # asked why, nothing declined: answered with who we are and why we may ask (DESIGN.md 3,
    # question), not recorded as 830 refused to disclose; declined beside it, a refusal
    ("why does the government need to know", "question"),
    ("why does the government need to know, its private", "refused"),
])
def test_a_number_not_known_is_a_question_and_a_refusal_for_whoever(text, label):
    # a wrong number stops all contact, so a sender they do not know is asked about, not read
    # as not theirs (DESIGN.md 3: never invalidate by guesswork)
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "crisis"), [
    ("a man from insta keeps asking for pics of me", True),
    ("someone on discord keeps asking me to send nudes", True),
    ("my ex keeps pressuring me for nudes", True),
    ("my ex is sharing me nudes round school", True),
    ("someone shared my pics on snap", True),  # "shared", "sharing": each form of the verb
    ("my ex has been sharing my photos in group chats", True),
    ("her boyfriend is way older and she stays at his", True),
    ("can you send me pics of the college please", False),
    ("my boyfriend is older than me, we both work at asda", False),
])
def test_pictures_asked_for_and_a_much_older_partner(text, crisis):
    assert (by_rules(text).label == "crisis") is crisis


@pytest.mark.parametrize(("text", "label"), [
    ("i got into the college course i wanted", "status:education"),  # got into: there, not wanted
    ("trying to get into college", "status:seeking"),
    ("she will not be engaging with education or employment", "status:seeking"),  # neither
    ("he is an inpatient at the moment", "status:not_available_illness"),
    ("im due in 6 weeks so not doing anything", "status:not_available_pregnancy"),  # a due date
    ("due to start in february", "status:start_agreed"),  # a start, not a birth
])
def test_got_into_neither_of_two_and_a_due_date(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("on universal credit, my work coach says i have to apply for more", "status:seeking"),
    ("got a job but it didnt last", "status:seeking"),  # "it" is the job the clause before named
    ("got a job at asda, it only lasted 2 weeks tho", "status:seeking"),
    ("at college and got a job but it didnt last", "status:education"),  # only the job ended
    ("at college, it finished at 3 today", "status:education"),  # a day's end
    ("working at asda, it ended up being ok", "status:employment"),
])
def test_a_work_coach_is_no_job_and_it_ended_ends_what_was_named(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "stop"), [
    ("thanks but dont message again", True),  # the "me" left out
    ("not for me. sotp", True), ("got a job now. syop", True),  # a sentence that is a stop typed
    ("pls remove me details", True), ("withdraw me consent please", True),  # "me" for "my"
    ("i dont want to hear from ya again", True),  # "ya" after "from" is you
    ("i never message again after 10", False), ("at college. shop", False),
    ("i dont message anymore since i lost my phone", False),
])
def test_a_stop_with_a_word_left_out_or_typed_in_a_hurry(text, stop):
    assert (by_rules(text).label == "opt_out") is stop


@pytest.mark.parametrize(("text", "crisis"), [
    ("giving away all my things this week", True), ("gave my old clothes to charity", False),
    ("think im planning my exit tbh", True), ("planning my exit from this job", False),
    ("what happens if you take the whole packet", True), ("ate the whole box of chocolates", False),
    ("gonna walk into the river tonight", True), ("walked into the sea for a swim", False),
    ("someone has got a knife outside my flat", True),
    ("not sure ill be around much longer", True), ("wont be around for long, moving to spain", False),
    ("my stepdad burns me with his lighter", True),
    ("mum locked me out of the house last night", True), ("locked me out of my account", False),
    ("so tired of being alive", True), ("tired of living in kent", False),
])
def test_warning_signs_said_in_everyday_words(text, crisis):
    assert (by_rules(text).label == "crisis") is crisis


@pytest.mark.parametrize(("text", "crisis"), [
    ("they said they will shank me if i dont pay", True),
    ("bro theyre gonna wet me up", True),
    ("he is going to batter me when i get home", True),
    ("the rain is going to wet my hair", False),  # the thing threatened is a person
])
def test_a_threat_in_street_words_is_a_crisis(text, crisis):
    assert (by_rules(text).label == "crisis") is crisis


def test_a_slip_put_right_is_read_as_the_words_it_stands_for():
    # "istn" is put right as "isnt", which is read "is not" like any "isnt"
    assert by_rules("working at a nursery, life istn worth living").label == "crisis"


def test_a_crisis_phrase_of_another_language_with_slips_after_english_is_a_crisis():
    u = classify("part time at mcdonalds and looking for more hours. main zinda nahi rehnaa chahta")
    assert (u.label, u.language) == ("crisis", "ur")
    # English alone near such a phrase is no crisis
    assert classify("i hate me job but it pays the bills").label != "crisis"


@pytest.mark.parametrize(("text", "label"), [
    ("got a job at the port, just waiting on my dbs to start", "status:start_agreed"),
    ("got the apprenticeship, waiting for my references before i can start", "status:start_agreed"),
    ("working at asda, waiting for my shift to start", "status:employment"),
    ("he stays home to look after his dad who has cancer, he cant work", "status:not_available_carer"),
    ("second year of nursing at christ church", "status:education"),
    ("first year of my apprenticeship at the council", "status:apprenticeship"),
    ("im not discussing my life over text", "refused"),
])
def test_a_start_waiting_on_checks_a_carer_reported_a_year_of_a_course(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "crisis"), [
    ("getting bullied so bad, i'd rather be dead", True),
    ("honestly id rather not wake up tomorrow", True),
    ("i would rather die than work at that call centre again lol", False),
])
def test_rather_be_dead_is_a_crisis_and_rather_die_than_a_figure_of_speech(text, crisis):
    assert (by_rules(text).label == "crisis") is crisis


@pytest.mark.parametrize(("text", "lang"), [
    ("شخص يهددني إذا ما أرسلت صور", "ar"),        # someone threatens me if I don't send pictures
    ("me amenazan con publicar mis fotos", "es"),  # they threaten to post my photos
    ("он мне угрожает", "ru"),                     # he threatens me
    ("mă șantajează cu poze", "ro"),               # blackmails me with pictures
])
def test_threats_and_blackmail_in_other_languages_are_crises(text, lang):
    u = classify(text)
    assert (u.label, u.language) == ("crisis", lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("szef zabrał mi paszport i nie płaci", "pl"),         # the boss took my passport
    ("el jefe me quitó el pasaporte", "es"),
    ("patronum pasaportumu aldı", "tr"),
    ("він вчора забрав мій паспорт", "uk"),                # a word between: still the phrase
    ("хозяин отобрал паспорт", "ru"),
    ("patronul mi-a luat actele", "ro"),                   # my papers
    ("мене бʼють вдома", "uk"),                            # a modifier apostrophe
    ("мене бють вдома", "uk"),                             # the apostrophe left out
])
def test_papers_taken_by_one_person_and_words_typed_without_apostrophes_are_crises(text, lang):
    u = classify(text)
    assert (u.label, u.language) == ("crisis", lang)


@pytest.mark.parametrize("text", [
    "mi-am luat pașaportul ieri, acum lucrez la un depozit",  # I collected my passport
    "я забрав паспорт з міграційної, тепер шукаю роботу",
    "pasaportumu aldım, şimdi iş arıyorum",
    "پاسپورتم را گرفتم و الان کار میکنم",
    "пам'ятаю вас, я зараз навчаюся в коледжі",
    "бєз роботи зараз, шукаю",  # "бє" without its apostrophe is a whole word only
])
def test_collecting_ones_own_passport_and_an_apostrophe_are_not_crises(text):
    assert classify(text).label != "crisis"


@pytest.mark.parametrize(("text", "label"), [
    ("nie potrzebuję więcej wiadomości", "opt_out"),        # I don't need any more messages
    ("no necesito más mensajes, gracias", "opt_out"),
    ("не нужны мне ваши сообщения", "opt_out"),
    ("przestań do nas pisać", "opt_out"),                   # a phrase with words inside it
    ("prosze przestancie wysylac wiadomosci", "opt_out"),   # no accents
    ("nie potrzebuję pomocy, pracuję w sklepie", "status:employment"),  # no stop, no "nie pracuję"
    ("gresit numar, nu stiu cine e", "wrong_number"),
])
def test_stops_said_as_not_needed_and_listed_phrases_with_words_inside(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("they kept me on when my apprenticeship finished, full time now", "status:employment"),
    ("got taken on permanent after the agency", "status:employment"),
    ("finished my apprenticeship, they didnt keep me on", "status:seeking"),
    ("signed my contract today, start at the council on the 2nd", "status:start_agreed"),
    ("going back to college in january to redo my english", "status:start_agreed"),
    ("learning about self harm on my health and social care course", "status:education"),
    ("at school, got hit by a football in pe lol", "status:education"),
])
def test_kept_on_a_contract_signed_and_harm_as_a_subject_or_a_ball(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "crisis"), [
    ("life ait worth living", True),          # "aint" with a slip
    ("i self harm again", True),
    ("got hit by my stepdad", True),
    ("chodze do college, rboie kus mechaniki", False),  # "kus" is no slip of "kms"
])
def test_slips_of_short_forms_of_a_crisis_phrase(text, crisis):
    assert (by_rules(text).label == "crisis") is crisis


@pytest.mark.parametrize(("text", "label"), [
    ("2, can someone call me", "status:apprenticeship"),
    ("1️⃣, could someone ring me please", "status:education"),
])
def test_a_menu_number_beside_a_request_for_help_is_the_status_with_the_call_kept(text, label):
    u = classify(text)
    assert (u.label, u.details.get("help_requested")) == (label, True)


@pytest.mark.parametrize(("text", "label"), [
    ("my supervisor will kill me if im late again lol", "status:employment"),
    ("my gaffer is sound, been on the site a year", "status:employment"),
    ("left that job cos my manager was horrible, looking now", "status:seeking"),
    ("my old boss still texts me, im job hunting", "status:seeking"),
    ("we move to Bristol with my aunt, social worker say ok", "status:moved_away"),
    ("childminder from home since the summer", "status:employment"),
])
def test_who_they_answer_to_at_work_says_they_work_and_learners_moves(text, label):
    # a figure of speech is taken out, but who it was said of is kept (idioms.txt, "kept")
    assert by_rules(text).label == label


@pytest.mark.parametrize("text", [
    "nobody will take me on", "will anyone take me on?", "they kept me on hold for an hour",
    "the doctor kept me on antidepressants",
])
def test_taken_on_hoped_for_or_kept_on_hold_is_no_job(text):
    assert by_rules(text).label != "status:employment"


@pytest.mark.parametrize(("text", "label"), [
    ("i go to the gym and work out most days, not got a job", "status:seeking"),   # not a job
    ("i work out of a van doing deliveries", "status:employment"),
    ("doing work experience at a vets for two weeks, no job yet", "status:seeking"),
    ("left school in june. my previous job was at a farm shop, looking for work now", "status:seeking"),
    ("back at my old job at the farm shop", "status:employment"),
    ("had bad depression last year but im doing much better now and looking for an apprenticeship",
     "status:seeking"),
    ("feeling better now but still signed off by my gp", "status:not_available_illness"),
    ("was really depressed last year but im doing much better now and still looking for work",
     "status:seeking"),
    ("been struggling with my anxiety, not well enough to work", "status:not_available_illness"),
])
def test_work_out_work_experience_an_old_job_and_an_illness_said_to_be_over(text, label):
    """Working out (what to do, or at the gym) and work experience are no job; "my old job",
    "my previous job" is one that ended, unless they are back at it; an illness they say they
    are better from is no reason they cannot work now, unless something after says it still is."""
    assert by_rules(text).label == label
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("must be the previous owner of this number, i only got it last week", "wrong_number"),
    ("sorry im not the intended recipient of this message", "wrong_number"),
    ("this phone is my brother's now", "wrong_number"),
    ("this number belongs to my dad now", "wrong_number"),
    ("I'm retired, you must have the wrong details", "wrong_number"),
    ("you have got the wrong idea about me, im at college", "status:education"),
    ("my phone is my lifeline now", "unclear"),
])
def test_a_number_passed_on_or_a_message_for_its_intended_recipient_is_a_wrong_number(text, label):
    """Read by the rules, not only by a model that has seen such replies: whose the number was
    ("the last owner"), whose it is now, the words of an automatic reply."""
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("can ya stop texting me", "opt_out"),                 # "ya" asked of you is you, not yes
    ("would appreciate it if ya no longer contacted me", "opt_out"),
    ("could u no longer message this number", "opt_out"),
    ("stahp texting me", "opt_out"),                       # never "corrected" to "stamp"
    ("dot txt me again", "opt_out"),                       # "dont" with a slip
    ("ya i am at college", "status:education"),            # a yes
    ("see ya, im at college now", "status:education"),
    ("i no longer text my old mates", "unclear"),          # what they do, not asked of us
    ("dint stop messaging me, i like the updates", "unclear"),  # "didnt" with a slip: no stop
])
def test_stops_asked_with_ya_no_longer_and_playful_spellings(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("why do you need to know what im doing", "question"),  # answered: who we are, why we ask
    ("but why would the council want to know", "question"),
    ("why do you need to know? not telling you", "refused"),
    ("why do u need to know, not saying", "refused"),
    ("im not saying im lazy but im tired", "unclear"),
])
def test_why_we_need_to_know_is_a_question_unless_they_refuse_beside_it(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("went to sixth form for a month and dropped out", "status:seeking"),
    ("my course is on hold till after the baby", "status:seeking"),
    ("school finish for me in june, now i look for work", "status:seeking"),
    ("me brothers at college but im not doing nothing", "status:seeking"),   # his, not theirs
    ("my sisters at uni, i work at tesco", "status:employment"),
    ("me and my sister are at college", "status:education"),
    ("my sister and i work at tesco", "status:employment"),
])
def test_a_course_dropped_after_it_or_on_hold_and_a_sibling_written_without_an_apostrophe(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "crisis"), [
    ("my dad is taking me back home to pakistan in the summer to get married, i dont want to", True),
    ("we're sending me nan back home to pakistan for a wedding", False),
    ("my mum threw all my clothes out on the street last night", True),
    ("i put my stuff out to dry", False),
    ("the landlord changed the locks while i was at work", True),
    ("ive stopped eating again and lost so much weight", True),
    ("stopped eating meat this year, vegan now lol", False),
    ("been starving myself to lose weight", True),
    ("havent had no food for three days", True),
    ("no gas or electric in the flat since friday", True),
    ("my boss has my passport and says i owe him", True),
    ("my manager keeps touching me and i dont want to go back", True),
    ("my legs are covered in bruises from him", True),
    ("my hands are covered in paint from work lol", False),
    ("some lad pulled a blade on me at the station", True),
    ("everyone would be better without me", True),
    ("the team would be fine without me for a day", False),
    ("my mum collapsed this morning and im looking after my sisters", True),
    ("my life is so pointless", True),
    ("the course is pointless", False),
])
def test_crises_the_rules_read_without_a_model_that_has_seen_them(text, crisis):
    """Kinds a model missed when their probe files were held out from it (sent abroad to be
    married, shut out of home, not eating, no heating, papers held by a boss, a hand on them at
    work, cuts or bruises shown, a blade pulled, a world without them, a parent collapsed, life
    pointless): the rules read them, and near misses stay ordinary for the rules."""
    assert (by_rules(text).label == "crisis") is crisis


@pytest.mark.parametrize(("text", "crisis"), [
    ("we did a unit on self harm awareness in health and social care", False),
    ("doing a project on self harm for psychology", False),
    ("had a talk on self harm at college and i think i need help with it", True),
    ("did a self harm awareness course and it made me realise im doing it too", True),
    ("some weeks i feel like giving up on my course but im sticking with it", False),
    ("some days i feel like giving up but i wont lie its getting worse", True),
    ("i feel like giving up on everything", True),
])
def test_harm_as_a_subject_or_giving_up_said_and_denied_unless_they_say_it_is_theirs(text, crisis):
    assert (by_rules(text).label == "crisis") is crisis


@pytest.mark.parametrize(("text", "crisis"), [
    ("💊💊 took them all", True),                      # the pill emoji reads "pills"
    ("tablets, swallowed the lot last night", True),
    ("got some painkillers for my back and took them all back to the shop", False),
    ("had my meds reviewed, took them all to the gp", False),
])
def test_pills_named_or_shown_then_all_of_them_taken(text, crisis):
    assert (by_rules(text).label == "crisis") is crisis


@pytest.mark.parametrize(("text", "label"), [
    ("waiting to see if i got the job at costa", "status:seeking"),
    ("not sure if i got the apprenticeship yet", "status:seeking"),
    ("had the interview, waiting to find out if i got it", "status:seeking"),
    ("got turned down again, third time this month", "status:seeking"),
    ("i keep getting turned down for jobs", "status:seeking"),
    ("found out i got the job at costa, start monday", "status:start_agreed"),  # heard: a start
    ("i got the job at costa", "status:employment"),
    ("working at tesco, if i get a promotion ill stay", "status:employment"),
])
def test_an_answer_not_heard_yet_or_a_turn_down_is_still_looking(text, label):
    """"If I got the job" is not a job yet; "turned down" is looking again."""
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("dnt stpo messaging me, i like the updates", "unclear"),  # a no before the stop's slip
    ("never sotp texting me x", "unclear"),
    ("dont srip messaging me", "unclear"),                     # two keys off, after a no
    ("dont step texting me i like it", "unclear"),
    ("stpo messaging me", "opt_out"),                          # the same slips, no no: stops
    ("why dont you stpo texting me", "opt_out"),               # a no asked of us is a stop
    ("srip messaging me", "opt_out"),
    ("step texting me", "opt_out"),
])
def test_a_stop_typed_with_a_slip_after_a_no_is_no_stop(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("wat is a neeet", "question"),                        # what the words of the message mean
    ("whats a participation team", "question"),
    ("is this da careers lady", "question"),
    ("who is messaging me", "question"),
    ("why u asking me that", "question"),
    ("do i know you", "question"),
    ("on wat legal basis r ya processing my personal data?", "question"),
    ("why you asking? mind your own business", "refused"),  # declines to say: a refusal
    ("at college, why do you keep texting me", "status:education"),  # what they do comes first
    ("why do you keep texting me, stop", "opt_out"),
    ("i know you from college", "status:education"),
])
def test_questions_about_the_message_its_words_and_their_data(text, label):
    """Answered with who we are and why we may contact them (s68) and how to stop."""
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("i finish the esol course. now i want work but i dont have job", "status:seeking"),
    ("i leave college because i need money but i not find work", "status:seeking"),
    ("i finish college at 4 so i work after", "status:education"),  # a day's end
    ("i finish college in june", "status:education"),               # to come
    ("i finish work now, talk later", "status:employment"),
    ("now no work", "status:seeking"),                  # the no after the now
    ("left college but now working at tesco", "status:employment"),  # the now after the end
    ("not now, working at tesco", "status:employment"),
])
def test_what_ended_said_in_the_present_by_learners_of_english(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "crisis"), [
    ("i have the rope ready", True),                  # the means made ready, however said
    ("the rope is tied", True),
    ("the skipping rope is ready for pe", False),
    ("the climbing rope is set up for the kids", False),
    ("i just need it all to end", True),              # an ending wished, however wished
    ("wish everything would stop", True),
    ("i need my shift to end", False),
    ("i need the noise to stop", False),
])
def test_the_rope_made_ready_and_an_ending_wished_however_said(text, crisis):
    assert (by_rules(text).label == "crisis") is crisis


def test_a_short_part_is_read_with_the_part_before_it():
    """"goodbye x" is too short for the model alone, and says most beside what came before."""
    from bot.understand.combine import _parts_to_alarm

    def parts(raw):
        return [p.strip() for p in _parts_to_alarm(raw)]

    assert parts("on a course, my carer drives me. sorry for being a pain. goodbye x") == [
        "on a course", "my carer drives me", "sorry for being a pain. goodbye x"]
    assert parts("ok. at college now, doing level 2") == ["at college now", "doing level 2"]  # none before


@pytest.mark.parametrize("text", ["unsotp", "my mum told me to stop texting my ex",
                                  "can u stop phoning and just tet me"])
def test_what_the_model_may_not_take_for_a_stop(text):
    """A slip of asking for the messages back, somebody else's stop, texts asked for."""
    from bot.understand.patterns import not_an_opt_out

    assert not_an_opt_out(normalise(text))
    assert not not_an_opt_out(normalise("unsubscibe")) and not not_an_opt_out(normalise("stop texting me"))


@pytest.mark.parametrize(("text", "label"), [
    ("ya keep texting me, who is this", "question"),   # "ya" before a verb is "you": no opt-in
    ("ya can text me again", "opt_in"),                # "you can text me again" asks for them
    ("ya im at college", "status:education"),          # a yes before "i"
    ("i'm a dog groomer, self employed", "status:employment"),  # never "corrected" to groomed
    ("working at a dog grooming salon", "status:employment"),
    ("i think im being groomed", "crisis"),
    ("he was grooming me", "crisis"),
    ("working at asda, saving up for driving lessons", "status:employment"),  # not a course
    ("my number has changed to this one", "new_number"),
])
def test_ya_before_a_verb_groomers_driving_lessons_and_a_changed_number(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("ignore the other number, this is me now", "new_number"),   # the old number set aside
    ("delete my old number", "new_number"),
    ("this is my number now, the girl you want had it before me", "wrong_number"),
])
def test_the_old_number_set_aside_is_a_new_number(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("roofing", "status:employment"), ("landscaping", "status:employment"),
    ("pret", "status:employment"), ("five guys", "status:employment"),
    ("shift leader", "status:employment"), ("housekeeping", "status:employment"),
    ("nanny", "unclear"),            # a grandmother as often as a job: left out of the list
    ("scaffolding with my brother, could someone ring me please", "status:employment"),
])
def test_more_jobs_and_employers_named_alone(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "crisis"), [
    ("im just a burden on my mum, she'd be happier without me", True),
    ("i am a burden to everyone", True),
    ("coursework is a burden but im getting through it", False),   # a burden not theirs
    ("had my last meal today, im at peace with it", True),          # a last act said plainly
    ("had my last meal before my shift", False),
    ("i think im going to overdose", True),
    ("learnt what to do if someone overdoses", False),              # somebody else, a lesson
    ("so bored i could die", False),                                # a figure of speech
    ("this lesson is so boring i could die", False),                # ... of what bores them
    ("the shift was so long i could die", False),
    ("so tired i could die, i want to die", True),                  # the rest is still read
])
def test_a_burden_a_last_meal_an_overdose_and_bored_to_death(text, crisis):
    """Crises read whole; near misses by the rules (the model's reading of an ordinary reply
    moves with each retrain and is measured on held-out replies)."""
    from bot.understand import idioms

    if crisis:
        assert classify(text).label == "crisis"
    else:  # (a figure of speech is taken out before the rules read the rest)
        assert by_rules(idioms.without(text)).label != "crisis"


@pytest.mark.parametrize(("text", "crisis"), [
    ("lol its fine i only cut a bit last night, not deep", True),   # their cut, played down
    ("i cut again but its not that deep", True),
    ("cut my finger at work, not deep", False),                     # an injury
    ("i cut my hours at work, its not that deep", False),           # "no big deal"
    ("i cut class today lol its not that deep", False),
])
def test_a_cut_of_theirs_played_down_is_a_crisis(text, crisis):
    assert (by_rules(text).label == "crisis") is crisis


@pytest.mark.parametrize(("text", "label"), [
    ("college kicked me out", "status:seeking"),                 # the place they studied
    ("sixth form kicked me out last month", "status:seeking"),
    ("the college kicked me out for my attendance", "status:seeking"),
    ("my mum kicked me out", "crisis"),                          # home: a crisis
    ("at college, my mum kicked me out last night", "crisis"),
    ("i was on an apprenticeship but got kicked out in may", "status:seeking"),  # out of it
    ("was at sixth form and was kicked out for fighting", "status:seeking"),
    ("was at college but got kicked out of the house", "crisis"),            # out of home
    ("had a job but then got kicked out, sleeping in the car", "crisis"),
])
def test_kicked_out_by_a_college_is_no_crisis_but_by_a_parent_is(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "crisis"), [
    ("so tired i cud die lol, still at the bakery", False),       # a slip in the figure
    ("me fone is about to die, at college till 4", False),
    ("my manger is gonna kill me if im late, still working", False),
    ("so bored i cud die. took all my tablets an hour ago", True),  # the rest still read
    ("i could die, nobody would care", True),                       # no figure at all
])
def test_a_figure_of_speech_typed_with_a_slip_is_still_one(text, crisis):
    assert (classify(text).label == "crisis") is crisis


@pytest.mark.parametrize(("text", "label"), [
    ("exams are killin me but i like my course", "status:education"),  # what it said of stays
    ("at the pupil referral unit till summer", "status:education"),
    ("still in alternative provision 3 days a week", "status:education"),
    ("my grandma cannot be left by herself so i stay in with her", "status:not_available_carer"),
    ("my dog cant be left on its own so i work from home", "status:employment"),
    ("baby is 3 weeks so not doing anything yet", "status:not_available_parent"),
    ("not looking for work until my daughter goes to nursery", "status:not_available_parent"),
    ("my little sister starts school in september, im looking for work", "status:seeking"),
    ("passed my raf selection, start basic training in march", "status:start_agreed"),
])
def test_a_pru_a_relative_not_left_alone_a_childs_nursery_and_a_forces_selection(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    # someone writing for them: "she" / "he" is the young person
    ("his support worker here, he had his interview and now works at lidl", "status:employment"),
    ("this is her nan. she has her little girl at home with her all day", "status:not_available_parent"),
    # the model may not make someone else's activity theirs
    ("my sister is at college but im not doing anything", "status:seeking"),
    # said, then the same said to be over now
    ("i do the english course in college, but now no course, i look for job", "status:seeking"),
    ("at uni now, not at college any more", "status:education"),
])
def test_someone_writing_for_them_and_what_is_over_now(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "crisis"), [
    ("my stepdad does stuff to me when everyone is asleep", True),
    ("at college, my cousin keeps doing things to me i dont like", True),
    ("my nan does loads of stuff for me, im at college", False),   # for them, not to them
    ("my mate did stuff to me car lol, working at kwik fit", False),
])
def test_abuse_told_as_things_done_to_them(text, crisis):
    assert (by_rules(text).label == "crisis") is crisis


@pytest.mark.parametrize(("text", "label"), [
    # asked not to be taken off: never a stop (a false opt-out silences someone who wants us)
    ("pls dont take me off the list, still looking for work", "status:seeking"),
    ("do not unsubscribe me!!", "unclear"),
    # a stop beside a "not" that is not about being taken off stays a stop
    ("not interested remove me", "opt_out"),
    ("dont want them, remove me", "opt_out"),
    ("no thanks, unsubscribe me", "opt_out"),
])
def test_do_not_remove_me_is_no_stop(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("my baby has had a bad cough so im not looking for anything yet", "status:not_available_parent"),
    ("got my baby so i cant work at the moment", "status:not_available_parent"),
    ("my son has been ill so he has not looked for work", "status:not_available_illness"),  # a parent's words
    ("on antidepressants, not ready for college yet", "status:not_available_illness"),
])
def test_a_small_childs_illness_is_theirs_and_says_they_are_a_parent(text, label):
    assert by_rules(text).label == label


def test_a_lesson_about_overdoses_is_no_crisis():
    assert classify("did first aid today, the trainer went through cpr and what to do about "
                    "overdoses, im on a health and social care course").label != "crisis"


@pytest.mark.parametrize(("text", "label"), [
    ("im a youtuber now, its going well", "status:employment"),
    ("working as a content creator, brand deals mostly", "status:employment"),
    ("this is his old foster carer, i have not got any contact with him now", "wrong_number"),
    ("not in touch with her any more sorry", "wrong_number"),
    # out of touch with someone of theirs, beside what they do: a status
    ("my dad left and i dont have any contact with him, im at college", "status:education"),
])
def test_creators_and_someone_out_of_touch_with_them(text, label):
    assert by_rules(text).label == label


def test_a_slipped_figure_of_speech_never_hides_what_other_scripts_or_emoji_say():
    from bot.understand import idioms

    farsi = "so bored i cud die, need a job asap. شب جایی برای خوابیدن ندارم"  # then a crisis
    assert idioms.without(farsi) == farsi  # read as written: the other words stay
    assert "knife" in idioms.without("so bored i cud die lol 🔪🩸")  # emoji read as words
    assert classify("so bored i cud die lol 🔪🩸 took pills").label == "crisis"


@pytest.mark.parametrize(("text", "label"), [
    ("passed my navy selection, i go to raleigh on 3rd of march", "status:start_agreed"),
    ("got the job at the co-op, first day is 3rd of march", "status:start_agreed"),
    ("got the job at tesco, been there since january", "status:employment"),
    ("got offered the job, start date is the 14th", "status:start_agreed"),
    ("got taken on at the garage, start date monday", "status:start_agreed"),
])
def test_got_it_on_a_day_to_come_is_a_start(text, label):
    assert by_rules(text).label == label


def test_got_it_in_a_month_just_past_has_begun_and_one_to_come_has_not():
    from datetime import date

    month = ["january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december"]
    today = date.today()
    past, ahead = month[(today.month - 3) % 12], month[(today.month + 4) % 12]
    assert by_rules(f"got a job at the warehouse in {past}, full time").label == "status:employment"
    assert by_rules(f"got taken on at the garage in {past}").label == "status:employment"
    assert by_rules(f"got the job, i start in {past}").label == "status:start_agreed"  # said to come
    assert by_rules(f"got a job at the warehouse in {ahead}").label == "status:start_agreed"


@pytest.mark.parametrize(("text", "crisis"), [
    ("at college, i think i cut too deep this time", True),
    ("i cut my fringe too short lol, at college", False),
    ("a guy i met online is 31 and says im really mature for my age", True),
    ("my supervisor says im mature for my age, got promoted", False),
    ("got out last month and now theres a price on my head", True),
    ("took like 20 of them earlier, im sure ill be fine", True),
    ("took 20 of them to the recycling, working at the tip", False),
    ("too scared to go home, my stepdad said he will kill me", True),
    ("cant go home this weekend, working a double", False),
])
def test_a_deep_cut_groomings_words_a_price_on_their_head_and_afraid_to_go_home(text, crisis):
    assert (by_rules(text).label == "crisis") is crisis


@pytest.mark.parametrize(("text", "crisis"), [
    ("had me last supper tonight, im ready", True),          # "me" for "my"
    ("consider this me goodbye", True),
    ("had me last meal at 12 then went to work", False),     # the last meal before a time
])
def test_a_last_act_said_with_me_for_my(text, crisis):
    assert (by_rules(text).label == "crisis") is crisis


@pytest.mark.parametrize(("text", "crisis"), [
    ("my family watch me like a hawk about applying for jobs lol", False),
    ("my uncle is watching me everywhere i go, i cant get away", True),
    ("did a course on what to do with overdoses, wot to do w overdoses mostly", False),
    ("in class we covered self harm awareness, doing childcare level 2", False),
    ("i started self harming again after class", True),
    ("hurt me ankle at training so off work this week", False),
    ("he hurt me last night and i am scared to go back", True),
    ("i was homeless a few years ago, got my own place now, working", False),
    ("i was homeless last night, slept at the bus station", True),
    ("i volunteer with a domestic abuse helpline on saturdays", False),
    ("theres domestic abuse at home and im scared", True),
])
def test_ordinary_replies_in_the_words_of_a_crisis_and_the_crisis_beside_them(text, crisis):
    assert (classify(text).label == "crisis") is crisis  # (figures of speech: classify)


@pytest.mark.parametrize(("text", "label"), [
    # an offer taken up, with a start to come
    ("ive accepted an offer from a college to do a level 3 in business, i start next september",
     "status:start_agreed"),
    ("had an offer from uni but i work at costa now", "status:employment"),
    # what they do until the start is what they do now
    ("got a place at uni for september, working at costa till then", "status:employment"),
    ("got an unconditional offer for uni in september, working at costa till then",
     "status:employment"),
    ("got a place on the army course in jan, doing nothing for now", "status:start_agreed"),
    ("got the job at tesco, start monday, wait till then to say", "status:start_agreed"),
    # a ward they are in, not one someone else is in or they work on
    ("im in a psychiatric unit at the moment, not doing any education til im discharged",
     "status:not_available_illness"),
    ("i work in a mental health unit as a support worker", "status:employment"),
    # a when said in a clause of its own; "dying to" taken out without its verb
    ("dying to start my new job at the leisure centre, its on the 5th", "status:start_agreed"),
    ("got a job at asda, its on the high street", "status:employment"),
])
def test_offers_meanwhile_wards_and_a_when_of_its_own(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "crisis"), [
    ("a teacher at my old school has been messaging me asking to meet up secretly", True),
    ("my coach wants to see me on the quiet, says its our little secret", True),
    ("he said keep it between us and dont tell my mum", True),
    ("planning a surprise for my mums birthday, keep it a secret from her lol, working at next", True),
    ("meeting my mates at the park later, at college tomorrow", False),
    ("my teacher helped me apply for college, starting in september", False),
])
def test_a_meeting_or_a_secret_asked_to_be_kept(text, crisis):
    assert (classify(text).label == "crisis") is crisis  # recall first: a person reads it


@pytest.mark.parametrize("text", ["hi", "hello there", "hiya", "alright mate", "hey x", "morning"])
def test_a_greeting_alone_is_no_status(text):
    u = classify(text)  # to a check-in: the bot asks again, whatever the model guesses
    assert u.label == "unclear" and u.details.get("acknowledges")
    assert classify(f"{text} im at college").label == "status:education"


@pytest.mark.parametrize(("text", "label"), [
    # an interview or a trial still to come, no start said: looking, wherever it is
    ("ive got an interview at screwfix on wednesday", "status:seeking"),
    ("my son has a job interview on the 10th", "status:seeking"),
    ("doing a work trial at a cafe next week", "status:seeking"),
    # ... beside what they do now, what they do now stands
    ("working at boots, got an interview for a better job next week", "status:employment"),
    # an interview passed, a job got or a start said: a start
    ("had the interview friday and got the job, i start on monday", "status:start_agreed"),
    ("my trial day went well and they kept me on, been there three weeks", "status:employment"),
    # a start wanted is looking; a start got is a start
    ("im after an apprenticeship that starts in september", "status:seeking"),
    ("got an apprenticeship that starts in september", "status:start_agreed"),
])
def test_an_interview_or_a_trial_to_come_is_looking(text, label):
    u = classify(text)
    assert u.label == label, u


@pytest.mark.parametrize(("text", "label"), [
    ("i help out at the cat shelter a few days, dont get paid for it", "status:volunteering"),
    ("no wages but helping out at my local riding school most days", "status:volunteering"),
    ("i go to a centre in dover three days a week to learn skills for work", "status:training"),
    ("my grandad had a fall and now its me caring for him most of the day", "status:not_available_carer"),
    ("accepted an offer from greenwich uni for next year, working at lidl till then",
     "status:employment"),
])
def test_unpaid_help_work_skills_and_a_place_accepted(text, label):
    u = classify(text)
    assert u.label == label, u


@pytest.mark.parametrize(("text", "label"), [
    ("could my nan phone you, shes better at explaining", "help"),
    ("i dont feel i have to justify what i do to anyone", "refused"),
])
def test_the_rules_read_a_call_from_family_and_no_need_to_explain(text, label):
    # the rules' reading; the whole reply is read otherwise today: the model takes "she is
    # better at explaining" for a job (0.63, beside a request for help), and the refusal for
    # a crisis (0.99: recall first, a person reads it)
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("will answering this change my pip?", "question"),
    ("does replying to you affect my benefits", "question"),
    ("on site with my uncle most days", "status:employment"),
    ("chose who gets all my things now", "crisis"),
    ("working, just working out who should have my belongings", "crisis"),
    ("a levels, coursework will be the death of me", "status:education"),
])
def test_benefits_asked_about_a_site_things_handed_on_and_the_death_of_me(text, label):
    assert classify(text).label == label


def test_things_handed_on_by_someone_else_are_no_crisis_the_rules_read():
    # the rules read their own things only; the retrained model reads this one as a crisis
    # too (0.87), which a person then reads: recall first
    assert by_rules("my nan is sorting out who gets her stuff").label != "crisis"


@pytest.mark.parametrize(("text", "label"), [
    ("its kyle from my new sim", "new_number"),
    ("messaging from me new phone, working at the garage still", "new_number"),
    ("the early intervention team see me weekly so no work for now", "status:not_available_illness"),
    ("been going through a really dark patch, not up to college yet", "status:not_available_illness"),
])
def test_a_new_phone_written_from_and_a_mental_health_teams_care(text, label):
    assert classify(text).label == label


def test_someone_elses_new_phone_is_no_new_number():
    assert classify("my sister dropped her new phone in the bath lol").label != "new_number"


@pytest.mark.parametrize(("text", "label"), [
    ("reselling retro football shirts on ebay, thats my income now", "status:employment"),
    ("earning alright money doing deliveries for an app", "status:employment"),
    ("selling some of my old games on ebay, still no job", "status:seeking"),
    ("nothing much to report", "unclear"),
    ("no news, still at sixth form", "status:education"),
])
def test_trading_online_money_made_and_no_news(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("on an app with a roofer since the summer", "status:apprenticeship"),
    ("im after an app in bricklaying", "status:seeking"),
    ("the app keeps crashing on my phone", "unclear"),
    ("driving for a delivery app, earning ok money", "status:employment"),
])
def test_an_app_said_for_an_apprenticeship_and_a_phones_app(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "crisis"), [
    ("how many co-codamol would it take to not wake up", True),
    ("whats a fatal amount of sleeping pills", True),
    ("how many paracetamol can i take for period pain", False),
])
def test_a_lethal_amount_asked_about(text, crisis):
    assert (by_rules(text).label == "crisis") is crisis


@pytest.mark.parametrize(("text", "label"), [
    ("my social worker thinks i should be at college, but im not", "status:seeking"),
    ("im meant to be on an apprenticeship but they let me go", "status:seeking"),
    ("i should be starting sixth form after christmas", "status:start_agreed"),
    ("on a supported employment programme two days a week", "status:training"),
    ("are you my new social worker?", "question"),
])
def test_what_they_should_be_doing_supported_employment_and_a_worker_asked_about(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("this is her dad, we do not want her contacted again", "opt_out"),
    ("i dont want my son messaged by you lot anymore", "opt_out"),
    ("please dont want him texted during his exams, he is at sixth form", "status:education"),
])
def test_a_parents_stop_for_their_child(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize("text", [
    "finally got a job, ate that interview no crumbs, been there 2 weeks",
    "smashed the interview at the garage, been working there a month now",
])
def test_a_job_held_a_while_after_an_interview_is_a_job(text):
    # the model reads "interview" as looking; the rules read the job held for a while
    assert classify(text).label == "status:employment"


@pytest.mark.parametrize(("text", "label"), [
    ("serving with the royal signals in germany", "status:employment"),
    ("passed out from basic last month, with the paras now", "status:employment"),
    ("doing my phase 2 at the royal engineers", "status:employment"),
    ("hoping to join the royal marines next year", "status:seeking"),
    ("got thrown out of the navy for failing a drugs test", "status:seeking"),
    ("my brother is in the household cavalry", "unclear"),
])
def test_service_in_the_armed_forces_is_a_job(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "code"), [
    ("do eyebrows and lashes out of my flat, bout 15 clients", 380),
    ("braids for people at weekends from home", 380),
    ("sole trader now, gardening", 380),
    ("work at the salon, loads of regulars ask for me", 330),
])
def test_a_trade_of_their_own_is_self_employment(text, code):
    u = by_rules(text)
    assert (u.label, u.details.get("code")) == ("status:employment", code)


@pytest.mark.parametrize(("text", "label"), [
    ("apprentice mechanic at my uncles garage, not a proper one, cash in hand", "status:employment"),
    ("plumbing apprentice but nothing official, no college", "status:employment"),
    ("level 2 apprentice plumber with the council", "status:apprenticeship"),
])
def test_an_apprenticeship_in_name_only_is_work(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("She would be grateful for a telephone call to discuss what is available", "help"),
    ("we'd really appreciate a call back, he has been out of work since june", "status:seeking"),
    ("thanks, i appreciate a text like that", "unclear"),
    ("I do not think it necessary to provide details of my son's activities", "refused"),
    ("there is no need for me to tell you that", "refused"),
])
def test_help_asked_for_and_a_refusal_said_formally(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize("text", [
    "doing the King's Trust course at the fire station",
    "my daughter is on a Prince's Trust team programme",
])
def test_the_kings_trust_by_either_name_is_training(text):
    assert by_rules(text).label == "status:training"


@pytest.mark.parametrize(("text", "language"), [
    ("என் பெயர் ரவி", "ta"), ("મારું નામ રવિ છે", "gu"), ("ฉันชื่อรวี", "th"), ("שמי רבי", "he"),
])
def test_a_script_beyond_the_detectors_list_is_named_not_taken_for_english(text, language):
    # unread, in a language named by its script: the duty worker reads it at once
    u = classify(text)
    assert (u.language, u.label) == (language, "unclear")
    assert "possible_crisis" in u.details


@pytest.mark.parametrize(("text", "language"), [
    ("சாக வேண்டும் போல இருக்கு", "ta"), ("આત્મહત્યા વિશે વિચારું છું", "gu"),
])
def test_harm_in_tamil_and_gujarati(text, language):
    u = classify(text)
    assert (u.label, u.language) == ("crisis", language)


def test_a_stop_in_words_of_its_own_language_taken_for_english():
    # Somali detected as English (its short words are text speak too): the stop still counts
    u = classify("fadlan fariin dambe ha ii soo dirin")
    assert (u.label, u.language) == ("opt_out", "so")


@pytest.mark.parametrize(("text", "label"), [
    ("i look after my younger sisters while dad works days", "status:not_available_carer"),
    ("dad works nights so i have the twins, my little brothers, all day", "unclear"),
    ("mum works at the school, im doing nothing", "status:seeking"),
])
def test_a_parents_work_is_not_theirs_and_siblings_cared_for(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize("text", [
    "my fiance is expecting in may",
    "my partner works full time at the council",
    "my best mates at uni now",
])
def test_only_what_someone_else_does_is_no_status_of_theirs(text):
    # the model may not take it for theirs either: the bot asks again
    u = classify(text)
    assert u.label == "unclear"
    assert u.details.get("someone_elses")


@pytest.mark.parametrize(("text", "crisis"), [
    ("his mate forced me into sleeping with him", True),
    ("she keeps pushing me to send him pics of me", True),
    ("they recorded me in the shower and put it on snap", True),
    ("we had sex and he recorded it without asking", True),
    ("my stepdad gets aggressive when he has been drinking", True),
    ("mums boyfriend smashed the flat up last night", True),
    ("locked myself in the toilet, hes drunk and kicking off", True),
    ("my brother got knifed outside the chicken shop", True),
    ("they made us do a sex ed lesson in year 9", False),
    ("recorded me singing for my mums birthday", False),
    ("hiding in my room revising lol", False),
    ("smashed my driving test", False),
])
def test_sex_forced_or_filmed_violence_at_home_and_knife_wounds(text, crisis):
    assert (by_rules(text).label == "crisis") is crisis


@pytest.mark.parametrize(("text", "label"), [
    ("hired at the chippy, first shift is on friday", "status:start_agreed"),
    ("first day next week at the nursery, cant wait", "status:start_agreed"),
    ("my first shift was on friday and i loved it", "status:employment"),
    ("was due to start sixth form in september, never turned up", "status:seeking"),
    ("meant to begin the course last month but did not go", "status:seeking"),
    ("starting an apprenticeship in march, never went to college", "status:start_agreed"),
])
def test_a_first_shift_to_come_and_a_start_that_never_came(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label", "language"), [
    ("już nie chcę tu być", "crisis", "pl"),
    ("ya no quiero estar aquí, estoy muy cansada", "crisis", "es"),
    ("mi-ai scris la numărul greșit", "wrong_number", "ro"),
])
def test_not_wanting_to_be_here_any_more_and_a_wrong_number_in_other_languages(text, label, language):
    u = classify(text)
    assert (u.label, u.language) == (label, language)


@pytest.mark.parametrize(("text", "crisis"), [
    ("they make me go and see punters at a hotel", True),
    ("made me be with his mates for money", True),
    ("mum makes me visit my aunties every sunday", False),
])
def test_made_to_see_men_for_money_is_exploitation(text, crisis):
    assert (by_rules(text).label == "crisis") is crisis


def test_clients_said_alone_are_no_job_that_could_calm_a_crisis():
    # "clients" is how exploitation is talked of too: no status from it alone
    assert by_rules("gets me clients most nights").label != "status:employment"


@pytest.mark.parametrize(("text", "label", "language"), [
    ("fiul meu nu lucrează, caută de lucru de o lună", "status:seeking", "ro"),
    ("мой сын ищет работу уже два месяца", "status:seeking", "ru"),
    ("mi hija trabaja en una tienda de ropa", "status:employment", "es"),
    ("kızım okula gidiyor, her şey yolunda", "status:education", "tr"),
    ("ви помилилися, це не його телефон", "wrong_number", "uk"),
])
def test_a_parent_writing_of_their_child_in_another_language(text, label, language):
    # the lists held the young person's own words ("nu lucrez"), not a parent's ("nu lucrează")
    u = classify(text)
    assert (u.label, u.language) == (label, language)


@pytest.mark.parametrize(("text", "crisis"), [
    ("honestly whats the point of getting up any more", True),
    ("no point in waking up tbh", True),
    ("no point getting up early, my shift starts at 2", False),
])
def test_no_reason_to_wake_or_get_up(text, crisis):
    assert (by_rules(text).label == "crisis") is crisis


@pytest.mark.parametrize("text", [
    "angisafuni ukuphila",  # Zulu, "I no longer want to live": the model read a status
    "ngiyabonga kakhulu",  # Zulu, "thank you very much"
    "habari yako rafiki",  # Swahili, "how are you, friend"
])
def test_latin_letters_of_a_language_no_list_knows_go_to_the_duty_worker(text):
    # lingua knows only the listed languages and named these English: no one here can read
    # them, so the duty worker does, at once, as for any unread language
    u = classify(text)
    assert (u.label, u.language) == ("unclear", "und")
    assert "possible_crisis" in u.details


@pytest.mark.parametrize("text", ["i likke caars", "asdf jkl", "wagwan fam", "nnoe of thme"])
def test_english_slips_slang_and_key_mashing_stay_english(text):
    u = classify(text)
    assert u.language == "en"
    assert "possible_crisis" not in u.details


@pytest.mark.parametrize(("text", "label"), [
    ("my depression is much better these days, applying for jobs", "status:seeking"),
    ("fully recovered from the op now and job hunting", "status:seeking"),
    ("my epilepsy is under control now so looking for an apprenticeship", "status:seeking"),
    ("recovered from covid but still signed off by the gp", "status:not_available_illness"),
    ("my anxiety is no better, cant leave the house", "status:not_available_illness"),
])
def test_an_illness_said_to_be_better_is_over(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("had a christmas temp job at boots, nothing since january", "status:seeking"),
    ("picked fruit on a farm last summer. not had any work since", "status:seeking"),
    ("working at the garage, been there since may", "status:employment"),
])
def test_what_nothing_has_followed_is_over(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize("text", ["no worries", "no problem, speak soon", "no probs", "np"])
def test_courtesy_answers_no_check_in(text):
    u = by_rules(text)
    assert (u.label, u.details.get("acknowledges")) == ("unclear", True)


def test_no_problem_to_a_question_is_a_yes():
    assert by_rules("no problem", asked="yesno").label == "affirm"
    assert by_rules("no worries", asked="yesno").label == "unclear"  # a yes to some, a no to others


@pytest.mark.parametrize("text", [
    "can my support worker call you? im trying to find a course",
    "could my social worker ring you about college",
    "can his key worker speak to you",
])
def test_a_worker_of_theirs_asking_to_call_us_is_a_call_asked_for(text):
    # the call back is kept whatever the label ("help", or a status with help_requested)
    u = classify(text)
    assert u.label == "help" or u.details.get("help_requested"), u


@pytest.mark.parametrize(("text", "label"), [
    ("im being sextoeted", "crisis"),  # a slip in a word the patterns take with any ending
    ("he keeps blakmailing me", "crisis"),
    ("been sleping rough for a week", "crisis"),
    ("i keep sleeping in", "unclear"),  # an ordinary word is no slip
    ("i was strangled by my ex", "crisis"),  # harm said of themselves, by a person
    ("i was punched by my dad last night", "crisis"),
    ("been battered by some lads in town", "crisis"),
    ("i was hit by a car last year", "unclear"),
    ("i was pushed by my mum to apply", "unclear"),
])
def test_the_rules_read_slips_in_word_endings_and_harm_said_in_the_passive(text, label):
    # the rules' own reading: the model reads most of these too, and a crisis from either is
    # a crisis (combine); the rules are what holds when the model is unsure
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label", "language"), [
    ("i feel suicidal", "crisis", "en"),  # Spanish "suicid" is in it: the help goes in English
    ("I keep thinking about suicide", "crisis", "en"),
    ("quiero suicidarme", "crisis", "es"),
    ("il me menace tous les jours", "crisis", "fr"),
    ("my little brother is a menace lol, im at college", "status:education", "en"),
    ("Okay so moved up north to live w me dad in leeds", "status:moved_away", "en"),  # not "sờ mó"
    ("so mo toi", "crisis", "vi"),  # ... which typed without its accents is still read
])
def test_a_crisis_said_in_english_is_answered_in_english(text, label, language):
    u = classify(text)
    assert (u.label, u.language) == (label, language)


def test_no_common_english_word_is_read_as_a_phrase_of_another_language():
    # "parking violation" held Romanian "viol", "somerset" Romanian "somer" (unemployed),
    # "menace" French "menac"
    from wordfreq import top_n_list

    from bot.understand.other_languages import crisis_language, crisis_word, intent

    common = [w for w in top_n_list("en", 30_000) if w.isalpha()]
    assert [w for w in common if crisis_word(f"i am {w} now", english=True)] == []
    assert [w for w in common if crisis_language(f"i am {w} now")] == []
    assert [w for w in common if intent(f"i am {w} now", english=True)] == []


@pytest.mark.parametrize(("text", "label"), [
    ("i was violated", "crisis"), ("he molested me when i was 12", "crisis"),
    ("i got a parking violation at work", "status:employment"), ("am fost violata", "crisis"),
])
def test_sexual_harm_in_other_words_and_not_a_parking_violation(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("we moved to ashford last month, im at college there now", "status:education"),
    ("moved to margate with my mum, looking for work", "status:seeking"),
    ("living in dover now with my nan", "unclear"),  # where, not what: asked again
    ("moved to leeds", "status:moved_away"),
    ("moved from margate to leeds", "status:moved_away"),
    ("moved out of kent, living in folkestone before", "status:moved_away"),
])
def test_a_move_within_kent_is_no_move_away(text, label):
    # DESIGN.md 3: moved away is out of the area; the young person is still Kent's to track
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("no thanks, please delete my info", "opt_out"),  # was a request for help ("info")
    ("erase my data please", "opt_out"),
    ("report spam", "opt_out"),
    # "ur" is read as "your", so "ur number" in the pattern never matched
    ("reported ur number as spam", "opt_out"),
    ("ive reported this number for spam", "opt_out"),
    ("blocked and marked all these texts as spam", "opt_out"),
    ("is this spam?", "question"),
    ("i need info on courses", "help"),
])
def test_their_data_wiped_or_us_reported_as_spam_is_a_stop(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("im dying inside", "crisis"),  # was custody: "inside" is prison only of a person
    ("broken inside tbh", "crisis"),
    ("working inside the warehouse", "status:employment"),
    ("im inside", "status:custody"),
    ("kill me now", "crisis"),  # was a job: the model's guess on three words
])
def test_feelings_inside_are_no_custody_and_a_bare_kill_me_is_read_by_a_person(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("our son finished his course in the summer and has been looking for work since", "status:seeking"),
    ("my daughter attends the grammar school sixth form", "status:education"),
    ("our daughter dropped out of college in october, nothing since", "status:seeking"),
])
def test_what_a_parent_says_their_child_did_names_the_parent(text, label):
    u = classify(text)
    assert (u.label, u.reporter) == (label, "parent")


@pytest.mark.parametrize(("text", "label"), [
    ("working at the holiday inn as a housekeeper, thinking about doing an nvq maybe next year",
     "status:employment"),  # a qualification only thought of
    ("working at the holiday inn, they are putting me through an nvq", "status:employment_with_training"),
    ("the doctor says i shouldnt be working or at college right now", "status:seeking"),
    ("camhs said i shouldnt be working or at college because of my mental health",
     "status:not_available_illness"),
])
def test_a_qualification_thought_of_and_being_told_not_to_work_or_study(text, label):
    assert by_rules(text).label == label


def test_a_parent_who_will_kill_them_said_bare_reaches_a_person():
    """"my mum will kill me" with nothing after it is no figure of speech the rules set aside
    (data/idioms.txt keeps a parent who will kill them a crisis): a crisis, or a reply the
    duty worker sees for its risk; which of the two rests on the model."""
    u = classify("my mum will kill me")
    assert u.label == "crisis" or (u.label == "unclear" and "possible_crisis" in u.details), u


@pytest.mark.parametrize(("text", "label", "reporter"), [
    ("text me on 07700 900456 from now on", "new_number", "self"),
    ("she doesnt use this number anymore", "wrong_number", "self"),  # was a new number
    ("please use this number from now", "new_number", "self"),
    ("I think you mean my daughter, she's at college", "status:education", "parent"),
    ("that message is for my son, hes working now", "status:employment", "parent"),
])
def test_a_number_given_one_no_longer_used_and_the_parent_of_the_one_meant(text, label, reporter):
    u = classify(text)
    assert (u.label, u.reporter) == (label, reporter)


@pytest.mark.parametrize(("text", "when"), [
    ("start 03/01", "2027-01-03"),  # a date written with slashes, the day first
    ("starting on 12/01/2027", "2027-01-12"),
    ("start in 2 weeks", "2026-12-16"),
    ("starting in a couple of weeks", "2026-12-16"),
])
def test_a_start_date_in_figures_or_weeks_from_now(text, when):
    u = classify(text)
    assert u.label == "status:start_agreed"
    assert start_date(u.text, date(2026, 12, 2)) == when


@pytest.mark.parametrize("text", [
    "am i in trouble?",  # was a crisis (the model at 0.48): the answer is who we are and why
    "is this the police", "have i done something wrong", "can i ignore this",
    "what will you do with my info",  # was a request for help ("info")
])
def test_whether_the_message_means_trouble_or_must_be_answered_is_a_question(text):
    assert classify(text).label == "question"


@pytest.mark.parametrize(("text", "label", "choice"), [
    ("the second one", "affirm", 2), ("number 3 looks good", "affirm", 3), ("the first", "affirm", 1),
    ("none of them", "deny", None), ("neither", "deny", None), ("not the first one", "unclear", None),
])
def test_an_offer_taken_by_its_place_or_every_offer_turned_down(text, label, choice):
    u = by_rules(text, "offer")
    assert (u.label, u.details.get("choice")) == (label, choice)


@pytest.mark.parametrize(("text", "label"), [
    ("i work in grooming", "status:employment"),  # each was a crisis: grooming and bleach are
    ("hair bleach course", "status:education"),   # trades too
    ("cleaning with bleach at work", "status:employment"),
    ("he is grooming me", "crisis"), ("i think im being groomed", "crisis"),
    ("he groomed me online", "crisis"), ("i drank bleach", "crisis"),
    ("thinking about drinking bleach", "crisis"), ("bleach", "crisis"),
])
def test_grooming_and_bleach_as_trades_and_as_harm(text, label):
    assert classify(text).label == label


def test_every_field_of_work_named_by_a_harm_holds_a_trigger_word():
    from bot.understand import idioms
    from bot.understand.wordlists import words

    for line in words("harm_as_work.txt"):
        assert idioms.WORK_TRIGGERS.search(line), line


@pytest.mark.parametrize(("text", "label"), [
    ("working at a hostel for homeless young people", "status:employment"),  # each was a crisis
    ("volunteer for a suicide prevention charity", "status:volunteering"),
    ("doing a course on drug and alcohol abuse", "status:education"),
    # theirs, not their work: still a crisis
    ("im homeless and staying at a homeless shelter", "crisis"),
    ("im staying at a domestic abuse refuge with my mum", "crisis"),  # was a job
    ("i work at a homeless charity but i want to kill myself", "crisis"),
])
def test_a_harm_that_names_a_field_of_work_is_no_crisis_of_theirs(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize("text", ["im a bin man", "im a front of house"])
def test_a_reply_that_is_only_a_job_is_the_job_and_the_duty_worker_judges_the_model(text):
    # the model read both as crises ("im a" comes mostly before "burden" in what it read)
    u = classify(text)
    assert u.label == "status:employment" and "possible_crisis" in u.details


@pytest.mark.parametrize(("text", "label"), [
    ("im a drug runner", "crisis"),  # each was a job
    ("im a runner for some older lads", "crisis"),
    ("im a courier for some guys", "crisis"),
    ("im a dealer", "crisis"),
    ("im a car dealer", "status:employment"),
    ("im a food runner at a restaurant", "status:employment"),
    ("delivering food for some lads on deliveroo", "status:employment"),
])
def test_running_drugs_said_as_a_job_is_exploitation(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("i make money doing runs", "crisis"),  # each was a job
    ("working for some guys in london, they gave me a phone", "crisis"),
    ("i do cam work", "crisis"),
    ("my boss gave me a work phone", "status:employment"),
])
def test_runs_for_money_a_phone_handed_over_and_cam_work_are_exploitation(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize("text", [
    "I am his mother and I do not give permission for you to contact him",  # was held, unclear
    "you dont have my consent", "i dont consent to being contacted",
])
def test_permission_to_contact_refused_is_a_stop(text):
    assert classify(text).label == "opt_out"


@pytest.mark.parametrize(("text", "label", "reporter"), [
    ("my daughter ran away", "crisis", "parent"),  # was unclear
    ("hes got in with a bad crowd", "crisis", "self"),  # was illness (640)
    ("my son said he wants to kill himself", "crisis", "parent"),
    ("the dog ran away", "unclear", "self"),
])
def test_a_child_run_away_or_in_with_a_bad_crowd_and_who_reports_a_crisis(text, label, reporter):
    u = classify(text)
    assert (u.label, u.reporter) == (label, reporter)


@pytest.mark.parametrize(("text", "crisis"), [
    ("unsubscribe. nobody cares about me", True),  # was a stop alone: the stop is kept too
    ("nobody cares about me", True),
    ("nobody cares about my opinion at work", False),
])
def test_no_one_caring_whether_they_live_is_a_crisis_even_beside_a_stop(text, crisis):
    u = classify(text)
    assert (u.label == "crisis") == crisis
    assert u.details.get("opt_out", False) == ("unsubscribe" in text)


@pytest.mark.parametrize(("text", "crisis"), [
    ("im worthless", True),  # was looking for work
    ("nothing will ever get better", True),  # was looking for work ("nothing")
    ("things will never get better", True), ("im a waste of space", True),
    ("im hopeless at maths", False), ("the money isnt great yet but it will get better", False),
    ("hello, life ait worth living", True),  # a slip the new words must not make ambiguous
])
def test_worth_nothing_and_nothing_to_come_are_crises(text, crisis):
    assert (by_rules(text).label == "crisis") == crisis


@pytest.mark.parametrize(("text", "crisis"), [
    ("got new scars", True), ("have new cuts again", True), ("i purge", True),  # each was unclear
    ("i keep purging after meals", True),
    ("got new scars from my operation", False), ("im purging my old clothes", False),
])
def test_fresh_marks_and_purging_are_crises(text, crisis):
    assert (classify(text).label == "crisis") == crisis


@pytest.mark.parametrize(("text", "crisis"), [
    ("i cant stop crying", True),  # was unclear, with no alert
    ("couldnt stop shaking after", True),
    ("cant stop crying 😂", False), ("i cant stop crying lol this video", False),
])
def test_distress_that_will_not_stop_is_a_crisis_unless_laughed(text, crisis):
    assert (classify(text).label == "crisis") == crisis


@pytest.mark.parametrize(("text", "crisis"), [
    # the kinds, in other words than the held-out replies they were found in
    ("downed half a bottle of vodka with my sleeping pills", True),
    ("took too many of my tablets on purpose", True), ("i took my meds on purpose this morning", False),
    ("honestly think everyone would be better if i was dead", True),
    ("been going in cars with older men who buy me stuff", True),
    ("my stepmum locked me in the shed all night", True),
    ("got a razor next to me right now", True),
    ("this guy i live with now wont let me go out", True), ("my mum wont let me go out on school nights", False),
    ("thought about lying in front of a train", True), ("jumped in front of the camera", False),
])
def test_kinds_the_held_out_folds_missed(text, crisis):
    assert (by_rules(text).label == "crisis") == crisis


@pytest.mark.parametrize("text", [
    "my daughter would like you to no longer contact her",  # was unclear: "him", "her" after it
    "please could you no longer text him",
])
def test_a_stop_asked_for_someone_else_in_formal_words(text):
    assert classify(text).label == "opt_out"


@pytest.mark.parametrize(("text", "label"), [
    ("doing time", "status:custody"),  # was education: the model read "doing"
    ("banged up till march", "status:custody"),  # was a job
    ("got banged up in a car crash", None),
])
def test_custody_said_plainly_stands_against_the_model(text, label):
    u = classify(text)
    if label:
        assert u.label == label and u.details.get("code") == 710
    else:
        assert u.label != "status:custody"


@pytest.mark.parametrize(("text", "label"), [
    ("going uni in september", "status:start_agreed"),  # was education: the model read "uni"
    ("im off to college in january", "status:start_agreed"),
    ("i commenced an apprenticeship in september", "status:apprenticeship"),  # begun: theirs now
    ("on the dole", "status:seeking"),  # was unclear
])
def test_a_start_to_come_with_its_date_and_the_dole(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize("text", ["i'm after a full time job in retail", "im after a weekend job",
                                  "i am after some part time work at the moment",
                                  "we are skint, im after an evening job"])
def test_after_a_job_is_wanting_one_whatever_the_words_between(text):
    # the rules read the five words before what is wanted: "i am after a full time" had lost
    # its "i" and read as a job had
    assert by_rules(text).label == "status:seeking"
    assert classify(text).label == "status:seeking"


@pytest.mark.parametrize("text", ["builder", "nail technician", "im a barman", "dog walker",
                                  "hospital porter", "cabin crew", "kitchen porter in a pub",
                                  "cleaner for a hotel", "labouring for my uncle", "barmaid x"])
def test_common_jobs_said_alone_are_employment(text):
    assert by_rules(text).label == "status:employment"


@pytest.mark.parametrize("text", ["carpet fitter", "boiler engineer", "hotel receptionist",
                                  "crane operator", "my son is a car mechanic",
                                  "pastry chef at a hotel", "tyre technician full time"])
def test_a_title_no_list_holds_is_a_job_by_its_worker_word(text):
    # data/job_heads.txt: a trade, place or thing before a worker's word
    assert by_rules(text).label == "status:employment"


@pytest.mark.parametrize("text", ["learner driver", "ex cleaner", "apprentice mechanic at kwik fit",
                                  "student nurse", "being a nurse", "game controller",
                                  "hair dryer", "vacuum cleaner"])
def test_a_worker_word_after_what_says_it_is_not_their_job_is_no_job(text):
    assert by_rules(text).label != "status:employment"


def test_a_job_in_or_for_somewhere_is_only_read_so_when_nothing_more_is_said():
    from bot.understand.more_labels import bare_job

    assert bare_job(normalise("cleaner in a school"))
    assert not bare_job(normalise("working at the council in admin and they are putting me through a qualification"))
    assert not bare_job(normalise("cleaner in a school and i hate it"))


@pytest.mark.parametrize("text", ["handing cvs out in town", "been dropping my cv in everywhere",
                                  "sending out loads of cvs"])
def test_sending_cvs_out_is_looking(text):
    assert by_rules(text).label == "status:seeking"


def test_a_child_said_plainly_is_not_a_job_to_the_model():
    assert classify("got a newborn so not working").label == "status:not_available_parent"


@pytest.mark.parametrize(("text", "label"), [
    ("i want to be removed", "opt_out"),
    ("hi, we would like to be removed please", "opt_out"),
    ("id like to be taken off your list", "opt_out"),
    ("i want to be removed from the waiting list at college", "status:education"),  # their list
])
def test_asking_to_be_removed_is_a_stop(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("this is her dad, please stop messaging my daughter", "opt_out"),
    ("hes in a yoi at the moment", "status:custody"),
    ("shes an apprentice at a vets", "status:apprenticeship"),
    ("she doesnt want to share that", "refused"),
])
def test_someone_else_writing_is_named_whatever_the_label(text, label):
    u = classify(text)
    assert (u.label, u.reporter) == (label, "parent")


def test_he_in_a_crisis_is_who_hurts_them_not_who_writes():
    u = classify("hes took my phone and my bank card and says i cant leave the flat")
    assert (u.label, u.reporter) == ("crisis", "self")


@pytest.mark.parametrize(("text", "label"), [
    ("my trial went well and they kept me on", "status:employment"),
    ("the garage took me on full time", "status:employment"),
    ("got kept on", "status:employment"),
    ("the salon couldnt keep me on", "unclear"),
    ("they didnt keep me on after my apprenticeship", "status:seeking"),
    ("hoping they keep me on", "status:seeking"),
    ("finished my apprenticeship and they kept me on", "status:employment"),  # what ended is the clause before
    ("did my placement and the salon kept me on", "status:employment"),
])
def test_kept_on_is_a_job_and_not_kept_on_is_none(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("was working at asda but i went back to college in september", "status:education"),
    ("left my job to go back to sixth form", "status:education"),
    ("quit the warehouse to go back to college in january", "status:start_agreed"),  # to come
    ("offered the job, waiting on my start date", "status:start_agreed"),
    ("i was studying at uni", "status:seeking"),  # over, nothing now said
])
def test_what_was_and_what_is_now(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize("text", ["can you say that again", "could u repeat the question pls",
                                  "same as last time", "nothing has changed since last time",
                                  "sorry i dont understand the question"])
def test_no_answer_in_a_reply_is_asked_again_whatever_the_model_reads(text):
    u = classify(text)
    assert u.label == "unclear" and u.details.get("no_answer"), u
    assert "code" not in u.details  # never a refusal (830) or a job recorded from it


@pytest.mark.parametrize(("text", "code"), [
    ("level 1 beauty therapy", 230), ("doing a btec in public services", 230),
    ("travel and tourism at college", 230), ("L2 carpentry", 230), ("creative media level 3", 230),
    ("studying criminology", 230), ("home schooled", 230), ("elective home education", 230),
])
def test_a_course_said_alone_is_education(text, code):
    u = classify(text)
    assert (u.label, u.details.get("code")) == ("status:education", code), u


@pytest.mark.parametrize("text", ["carpentry", "music", "childcare"])
def test_a_subject_that_is_also_work_needs_a_level_or_a_college_beside_it(text):
    from bot.understand.more_labels import bare_course

    assert not bare_course(normalise(text))
    assert bare_course(normalise(f"{text} level 2")) and bare_course(normalise(f"{text} course"))


def test_a_course_said_alone_is_interests_when_asked_what_they_are_into():
    assert by_rules("hair and beauty", asked="interests").label != "status:education"


@pytest.mark.parametrize("text", ["nope not me", "not me soz", "thats not mine sorry", "no not me mate"])
def test_not_me_said_alone_is_a_wrong_number(text):
    assert by_rules(text).label == "wrong_number"


@pytest.mark.parametrize("text", ["not me who needs help its my brother", "not me that wants the course, my sister",
                                  "not my fault"])
def test_not_me_in_a_sentence_is_not_a_wrong_number(text):
    assert by_rules(text).label != "wrong_number"


@pytest.mark.parametrize("text", ["wat has that got to do with u", "why would that matter to anyone",
                                  "whats that got to do with the council"])
def test_asking_what_it_has_to_do_with_us_is_a_refusal(text):
    assert by_rules(text).label == "refused"


@pytest.mark.parametrize("text", ["got a court date in feb", "seeing my probation officer next week",
                                  "got to do 80 hours community service", "been tagged since october",
                                  "the youth offending team want me to do a course"])
def test_an_order_of_the_court_is_no_activity_and_no_start(text):
    u = classify(text)
    # a course they are asked to do is wanted, not had
    assert u.label in ("unclear", "crisis") or (u.label == "status:seeking" and "course" in text), u


def test_a_yot_worker_is_not_their_job():
    assert by_rules("my yot worker is helping me look for college").label != "status:employment"


@pytest.mark.parametrize(("text", "label"), [
    ("was in jail till august, now on universal credit looking for work", "status:seeking"),
    ("i was inside for 4 months and got released in june", "unclear"),
    ("he was in a yoi but hes home now and at college", "status:education"),
    ("been in custody since march", "status:custody"),
])
def test_custody_that_is_over_is_not_custody(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "code"), [("having a year out", 260), ("taking my year out before uni", 260)])
def test_a_year_out_is_a_gap_year(text, code):
    u = by_rules(text)
    assert u.label == "status:education" and u.details.get("code") == code


@pytest.mark.parametrize(("text", "language"), [
    ("вибачте, це не мій номер телефону", "uk"), ("disculpa pero no es mi número", "es"),
    ("desculpe, não é o meu número", "pt"), ("przepraszam, to nie mój numer", "pl"),
])
def test_not_my_number_in_another_language_is_a_wrong_number(text, language):
    u = classify(text)
    assert (u.label, u.language) == ("wrong_number", language), u


@pytest.mark.parametrize(("text", "crisis"), [
    ("been plotting when to do it", True), ("i have chosen where im going to do it", True),
    ("working at the chippy but ive planned how ill do it", True),
    ("my tutor set a project, im planning how to do it this weekend", False),
])
def test_it_with_nothing_it_could_be_but_the_act_is_a_crisis(text, crisis):
    assert (by_rules(text).label == "crisis") is crisis


@pytest.mark.parametrize("text", ["hi, please dont message my daughter any more", "letting you know she started at the co-op",
                                  "just so u know he is in year 13 now"])
def test_a_parent_who_names_no_relation_first_is_still_a_parent(text):
    assert classify(text).reporter == "parent"


def test_a_young_parent_speaking_of_their_child_is_not_a_parent_writing():
    assert classify("cant work at the moment, i look after my daughter").reporter == "self"


@pytest.mark.parametrize(("text", "code"), [
    ("in year 12 at the grammar and hoping to go to uni after", 210),
    ("shes doing a levels and plans to go to university", 230),
])
def test_a_university_hoped_for_is_not_the_code(text, code):
    assert classify(text).details.get("code") == code


@pytest.mark.parametrize("text", ["not doing anything but dont need any help thanks",
                                  "at sixth form, no support needed", "im alright, dont want advice"])
def test_help_turned_down_is_no_request_for_help(text):
    u = by_rules(text)
    assert u.label != "help" and not u.details.get("help_requested"), u


@pytest.mark.parametrize(("text", "day"), [
    ("got the job!! starting at the warehouse wednesday", date(2026, 12, 9)),
    ("i start my apprenticeship tomorrow", date(2026, 12, 4)),
    ("starting at college on the 14th", date(2026, 12, 14)),
    ("i start back on the 2nd", date(2027, 1, 2)),
])
def test_a_start_day_said_without_its_month(text, day):
    assert start_date(normalise(text), date(2026, 12, 3)) == day.isoformat()


@pytest.mark.parametrize(("text", "code"), [("work at a chippy, about 12 hours a week", 360),
                                            ("at the garage 40 hours a week", 330),
                                            ("at college 16 hours a week", 230)])
def test_work_under_twenty_hours_a_week_is_part_time(text, code):
    assert classify(text).details.get("code") == code


@pytest.mark.parametrize(("text", "label"), [("had a lil girl in june so im home with her", "status:not_available_parent"),
                                             ("ntg at the moment", "status:seeking"),
                                             ("i sign on at the job centre on tuesdays", "status:seeking")])
def test_texting_words_for_a_child_nothing_and_signing_on(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("sod off", "opt_out"), ("FCK OFF MATE", "opt_out"), ("Stop2End", "opt_out"),
    ("ya can stop now thanks", "opt_out"), ("you could stop by the office on friday", "unclear"),
    ("u can stop worrying, i got a job", "status:employment"),
])
def test_go_away_said_rudely_and_leave_given_to_stop(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("not her any more, she has a new phone number", "wrong_number"),
    ("hes changed his number, its 07700 900456 now", "new_number"),
    ("youre messaging a retired woman", "wrong_number"),
])
def test_someone_elses_changed_number_is_a_wrong_number_unless_the_new_one_is_given(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("got a job in a dental practice, theyre putting me through my level 3 in dental nursing", "status:employment_with_training"),
    ("work in a bakery and the owner pays for my food hygiene qualification", "status:employment_with_training"),
    ("at college doing level 3 sport and i work at jd on weekends", "status:education"),
    ("labouring for my cousin, he pays me cash in hand", "status:employment"),
])
def test_training_the_employer_pays_for_is_a_job_with_training(text, label):
    assert by_rules(text).label == label


def test_a_day_of_the_month_beside_a_weekday_is_the_date():
    assert start_date(normalise("i start on tuesday the 19th"), date(2027, 1, 4)) == "2027-01-19"


@pytest.mark.parametrize(("text", "label"), [
    ("i worked at tesco over the summer", "status:seeking"),
    ("worked as a waitress but the cafe shut", "status:seeking"),
    ("ive worked at boots for 2 years", "status:employment"),
    ("been working at boots since may", "status:employment"),
])
def test_work_in_the_past_simple_is_over(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize("text", ["got sacked from aldi, can someone give me a call",
                                  "dropped out of my course in october, i need some help"])
def test_what_ended_beside_a_request_for_help_is_looking_and_the_call_is_kept(text):
    u = by_rules(text)
    assert (u.label, u.details.get("help_requested")) == ("status:seeking", True)


@pytest.mark.parametrize("text", ["im on jobseekers allowance", "signing on at the job centre", "staying at my aunties",
                                  "moved in with my girlfriend"])
def test_a_short_ordinary_reply_the_model_finds_a_little_risky_goes_to_a_person_not_the_crisis_reply(text):
    u = classify(text)
    assert u.label != "crisis", u


@pytest.mark.parametrize("text", ["took all my tablets", "bridge tonight. goodbye", "hes hitting me again",
                                  "cant go on", "want to die"])
def test_a_short_crisis_is_still_a_crisis(text):
    assert classify(text).label == "crisis"


@pytest.mark.parametrize("text", ["im living at my aunties", "still in a childrens home", "left care last year",
                                  "got my own flat now", "staying with foster carers"])
def test_where_they_live_is_no_activity(text):
    u = classify(text)
    assert u.label in ("unclear", "crisis") and "code" not in u.details, u


def test_where_they_live_beside_an_activity_keeps_the_activity():
    assert classify("living at my dads now and at college").label == "status:education"


@pytest.mark.parametrize(("text", "name"), [("apprenticeship with the nhs", "NHS"), ("apprentice at the nhs", "NHS"),
                                            ("working at sports direct", "Sports Direct")])
def test_initials_are_written_in_capitals_in_the_establishment(text, name):
    assert classify(text).details.get("establishment") == name


@pytest.mark.parametrize(("text", "label"), [
    ("started a btec in september then dropped out", "status:seeking"),
    ("was on a traineeship but the provider let me go", "status:seeking"),
    ("enrolled at the college but i never go", "status:seeking"),
    ("offered a job at the garage but chose not to take it", "status:seeking"),
    ("at sixth form but i left early today for the dentist", "status:education"),
])
def test_an_activity_left_in_the_clause_after_is_over(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "crisis"), [
    ("a guy keeps asking me for nude pics", True), ("some older man asked me to send photos", True),
    ("noone cares anymore", True), ("everything is getting too much now", True),
    ("this ll be my last message. goodbye", True),
    ("my boss asked for photos of the display", False), ("the homework is too much", False),
    ("this is my last text until payday", False),
    ("why bother living", True), ("why should i even bother going on", True),
    ("why bother going on the course", False), ("why bother trying for a job", False),
    ("this is the last you will hear from me", True),
    ("i wont be replying after tonight, thanks for trying", True),
    ("cant reply after tonight, phone is going in for repair", False),
])
def test_short_hopelessness_goodbyes_and_pictures_asked_for(text, crisis):
    assert (by_rules(text).label == "crisis") is crisis


@pytest.mark.parametrize("text", ["its all too much", "no one cares"])
def test_a_short_reply_the_rules_read_nothing_in_keeps_the_low_model_line(text):
    from bot.understand.combine import SHORT_CRISIS_AT, combine
    from bot.understand.model.predict import Guess

    rules = by_rules("hmm ok whatever")  # a reading with nothing in it, as the rules give these
    g = Guess("crisis", 0.6, {"crisis": 0.6, "unclear": 0.4})
    assert SHORT_CRISIS_AT > 0.6
    assert combine(rules, g, "en", text).label == "crisis"
    status = by_rules("on universal credit")
    assert combine(status, g, "en", "im on universal credit").label != "crisis"


@pytest.mark.parametrize("text", ["i dont want to get a job or go back to school", "hoping to find work or start a course"])
def test_the_second_of_two_things_wanted_is_wanted_too(text):
    assert by_rules(text).label == "status:seeking"


@pytest.mark.parametrize(("text", "had"), [
    ("i would work but theres no one to mind my son", False),
    ("i could work if i had a bike", False),
    ("i would say im working most days", True),
])
def test_work_said_as_a_hypothetical_is_not_had(text, had):
    assert (by_rules(text).label == "status:employment") is had


@pytest.mark.parametrize(("text", "label"), [
    ("my grandad has dementia and i look after him most days", "status:not_available_carer"),
    ("nan is housebound, im at home helping her", "status:not_available_carer"),
    ("my stepdad had a stroke so i do all the cooking and his meds", "status:not_available_carer"),
    ("my dad needs me at home, he cant walk since the accident", "status:not_available_carer"),
    ("my mum is poorly", "unclear"),  # theirs, and nothing of the writer's: asked again
    ("my dad is ill so im looking for a job to help out", "status:seeking"),
    ("my mum has cancer, im at college still", "status:education"),
])
def test_helping_someone_of_theirs_who_is_unwell_is_caring_not_their_illness(text, label):
    assert by_rules(text).label == label


def test_a_carer_the_rules_read_is_kept_from_a_model_sure_of_a_parent():
    from bot.understand.combine import kept_from_the_rules
    from bot.understand.model.predict import Guess

    rules = by_rules("grandma is really poorly so im home looking after her")
    assert rules.label == "status:not_available_carer"
    g = Guess("status:not_available_parent", 0.9, {"status:not_available_parent": 0.9})
    assert kept_from_the_rules(rules, g)
    mother = by_rules("on maternity, baby is 3 months")  # a child: the model may still be right
    assert kept_from_the_rules(mother, g) is None


@pytest.mark.parametrize(("text", "label"), [
    ("babysitting for two families nearby", "status:employment"),
    ("i do dog walking", "status:employment"),
    ("paper round and dog walking", "status:employment"),
    ("private tutor for gcse kids", "status:employment"),
    ("babysitting my little brother", "unclear"),  # family, not work
])
def test_informal_work_named_by_what_they_do_is_a_job(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("my health is fine, i just cant get anything, been applying for months", "status:seeking"),
    ("had to give up college due to my epilepsy, now applying for jobs", "status:seeking"),
    ("left work because of my depression", "status:not_available_illness"),  # no looking said
    ("my anxiety is fine but my depression is really bad, not working", "status:not_available_illness"),
    ("dropped out cos of my mental health, not well enough for anything yet", "status:not_available_illness"),
])
def test_an_illness_said_to_be_fine_or_only_why_it_ended_is_not_their_status_when_looking(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize("text", ["could someone from your office ring my nan, she looks after me",
                                  "would you phone my foster carer please",
                                  "can anyone from your end get in touch"])
def test_a_call_asked_for_someone_of_theirs_or_from_the_team_is_a_request_for_help(text):
    from bot.understand.patterns.help import asks_for_help

    assert asks_for_help(normalise(text))
    assert not asks_for_help(normalise("i will ring my nan later"))


@pytest.mark.parametrize(("text", "crisis"), [("sos", True), ("S.O.S.", True), ("sos please help", True),
                                              ("sos im at college", False)])
def test_sos_said_as_the_whole_reply_is_a_crisis(text, crisis):
    assert (by_rules(text).label == "crisis") is crisis


@pytest.mark.parametrize(("text", "label"), [
    ("left the warehouse, looking for better money", "status:seeking"),
    ("on the hunt for an apprenticeship in bricklaying", "status:seeking"),
    ("trying to get into hairdressing", "status:seeking"),
    ("looking for part time hours, nothing yet", "status:seeking"),
    ("at greggs but on the hunt for something better", "status:employment"),  # has a job
])
def test_a_search_however_it_is_put_is_looking(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label", "language"), [
    ("nepracuju, hledám nějakou práci", "status:seeking", "cs"),
    ("mám práci v obchodě", "status:employment", "cs"),
    ("kdo je to prosím", "question", "cs"),
    ("teraz nič nerobím", "status:seeking", "sk"),
    ("to nie je moje číslo", "wrong_number", "sk"),
    ("es nestrādāju, meklēju darbu", "status:seeking", "lv"),
    ("spolykala jsem prášky", "crisis", "cs"),
    ("chcem zomrieť", "crisis", "sk"),
])
def test_czech_slovak_and_latvian_statuses_intents_and_crises(text, label, language):
    u = classify(text)
    assert (u.label, u.language) == (label, language)


@pytest.mark.parametrize(("text", "label"), [
    ("trial shift saturday and if im successful i start the week after", "status:seeking"),
    ("interview for the apprenticeship on monday, if i get in i start in april", "status:seeking"),
    ("got the place, i start in april", "status:start_agreed"),
])
def test_a_start_that_hangs_on_an_interview_or_trial_to_come_is_looking(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "said"), [
    ("my bro is at college", "my brother is at college"),
    ("me mate got me in at his work", "my mate got me in at his work"),
    ("cheers mate, at college", "thanks . at college"),  # a word of address is still dropped
])
def test_a_mate_or_a_bro_after_my_is_a_person_not_a_word_of_address(text, said):
    assert normalise(text) == said


@pytest.mark.parametrize(("text", "label"), [
    ("my mates doing an apprenticeship but im in year 13", "status:education"),
    ("my bro is at uni, i do nothing all day", "status:seeking"),
    ("taking a year out for my mental health after dropping out of sixth form", "status:not_available_illness"),
    ("having a year out to recover after my operation", "status:not_available_illness"),
    ("taking a year out then going to uni", "status:education"),
])
def test_someone_elses_activity_and_a_year_out_for_their_health(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "crisis"), [
    ("honestly i might do something stupid tonight", True), ("scared ill do something silly", True),
    ("i did something stupid at work, got told off", False),
    ("might do something drastic with my hair lol", False),
])
def test_doing_something_stupid_is_the_euphemism_for_harm(text, crisis):
    assert (by_rules(text).label == "crisis") is crisis


@pytest.mark.parametrize("text", ["domino's", "working at sainsbury's", "papa john's full time",
                                  "wingstop", "holland and barrett part time"])
def test_an_employer_typed_with_its_apostrophe_or_a_chain_named_alone_is_a_job(text):
    assert by_rules(text).label == "status:employment"


def test_what_they_do_now_beside_what_ended_is_kept_from_a_model_sure_of_the_ended_one():
    from bot.understand.combine import kept_from_the_rules
    from bot.understand.model.predict import Guess

    rules = by_rules("was doing a btec but now im working at a garage")
    assert rules.label == "status:employment" and rules.details.get("ended_before")
    g = Guess("status:education", 0.95, {"status:education": 0.95})
    assert kept_from_the_rules(rules, g)


@pytest.mark.parametrize(("text", "label", "ended"), [
    ("quit sainsburys, looking for warehouse work", "status:seeking", True),
    ("got fired from primark last month", "status:seeking", True),
    ("just got back from lidl with the shopping", "unclear", False),
])
def test_an_employer_named_just_after_leaving_it_is_a_job_that_ended(text, label, ended):
    r = by_rules(text)
    assert r.label == label and bool(r.details.get("ended")) is ended


@pytest.mark.parametrize(("text", "model_label"), [
    ("looking for an apprenticeship that starts in the new year", "status:start_agreed"),
    ("32 weeks pregnant, not starting anything new till shes born", "status:start_agreed"),
    ("full time job and they train me for my nvq", "status:employment"),
])
def test_the_rules_reading_is_kept_from_a_model_that_misreads_a_start_or_the_training(text, model_label):
    from bot.understand.combine import kept_from_the_rules
    from bot.understand.model.predict import Guess

    rules = by_rules(text)
    assert rules.label != model_label
    assert kept_from_the_rules(rules, Guess(model_label, 0.95, {model_label: 0.95}))


def test_a_request_for_a_call_with_please_inside_it_is_kept_beside_the_status():
    u = classify("Would somebody please contact me about my daughter, she finished college and is doing nothing")
    assert u.label == "status:seeking" and u.details.get("help_requested")


@pytest.mark.parametrize(("text", "label"), [
    ("my twin works at greggs, im at college", "status:education"),
    ("my step sister is doing an apprenticeship but i have no job", "status:seeking"),
    ("my foster carer works at the hospital, i go to sixth form", "status:education"),
])
def test_a_twin_a_step_sibling_or_a_foster_carer_is_someone_else(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize("text", [
    "two evenings a week working at the takeaway and nothing else",
    "part time at boots, nothing more tbh",
    "full time at sixth form and that is it really",
])
def test_nothing_else_closing_what_they_do_is_no_search_for_work(text):
    from bot.understand.combine import kept_from_the_rules
    from bot.understand.model.predict import Guess

    rules = by_rules(text)
    assert rules.label.startswith("status:") and rules.label != "status:seeking"
    assert kept_from_the_rules(rules, Guess("status:seeking", 0.95, {"status:seeking": 0.95}))


def test_nothing_else_to_come_is_still_a_search_the_model_may_read():
    from bot.understand.combine import kept_from_the_rules
    from bot.understand.model.predict import Guess

    rules = by_rules("dropped off the course list, nothing else planned either")
    assert rules.label != "status:education" or not kept_from_the_rules(
        rules, Guess("status:seeking", 0.95, {"status:seeking": 0.95}))


@pytest.mark.parametrize("text", ["having a few driving lessons", "doing my theory test soon",
                                  "boxing classes three times a week", "learnt to drive last month"])
def test_lessons_that_are_no_course_are_no_activity(text):
    u = classify(text)
    assert u.label == "unclear" and by_rules(text).details.get("pastime")


@pytest.mark.parametrize(("text", "label"), [
    ("at college and having driving lessons", "status:education"),
    ("no job, just driving lessons, looking for work", "status:seeking"),
])
def test_lessons_beside_an_activity_leave_the_activity(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize("text", ["not actually doing anything atm", "not even doing much tbh"])
def test_nothing_said_with_an_adverb_inside_is_still_nothing(text):
    assert by_rules(text).label == "status:seeking"


@pytest.mark.parametrize(("text", "label"), [
    ("got two jobs, a paper round and a shop", "status:employment"),
    ("holding down 3 jobs at the minute", "status:employment"),
    ("got a couple of jobs in mind to apply for", "status:seeking"),
])
def test_several_jobs_held_are_a_job_not_jobs_wanted(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize("text", [
    "had a trial shift at the garden centre yesterday, could somebody phone me",
    "got let go from the bakery in november, can someone ring me back",
    # a search told in a clause of its own is their status too (DESIGN.md 3); until the
    # thirty-eighth session this was held to be help
    "been trying to find a course for ages, could someone ring me",
])
def test_a_status_told_beside_a_call_request_is_recorded_with_the_call(text):
    u = classify(text)
    assert u.label == "status:seeking" and u.details.get("help_requested")


@pytest.mark.parametrize("text", [
    "struggling to find anything, could someone help me",
    "i would like to work with horses, can you help me",
])
def test_help_asked_with_the_search_itself_is_a_request_for_help(text):
    assert classify(text).label == "help"


@pytest.mark.parametrize(("text", "label"), [
    ("almost walked out of my job last week but im still there", "status:employment"),
    ("wanna pull out of sixth form honestly", "status:education"),
    ("considering leaving my traineeship", "status:training"),
    ("quit my job in march", "status:seeking"),
])
def test_a_leaving_only_thought_of_or_nearly_done_leaves_them_where_they_are(text, label):
    r = by_rules(text)  # (the model's crisis for "wanna pull out of sixth form" stands: recall first)
    assert r.label == label
    if label != "status:seeking":
        assert r.details.get("plans_to_leave") and not r.details.get("ended")


@pytest.mark.parametrize(("text", "label"), [
    ("nah still at home", "status:seeking"),
    ("yep still at home tbh", "status:seeking"),
    ("still at home but working nights at the depot", "status:employment"),
])
def test_still_at_home_after_a_yes_or_no_is_nothing_to_a_check_in(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("furloughed from the garage since october", "status:employment"),
    ("got furloughed and then they let me go", "status:seeking"),
])
def test_furlough_is_a_job_still_held(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "wanted"), [
    ("my nan reckons i should go to college", "education"),
    ("my key worker keeps saying i need to apply for an apprenticeship", "apprenticeship"),
])
def test_what_someone_else_says_they_should_do_is_no_activity_of_theirs(text, wanted):
    r = by_rules(text)
    assert r.label == "status:seeking" and wanted in r.details.get("wanted", ())


@pytest.mark.parametrize(("text", "label"), [
    ("came through a bad spell with my depression, feeling much better now and hunting for a job", "status:seeking"),
    ("my anxiety holds me back but i would like to get back into college", "status:seeking"),
    ("my anxiety holds me back, not ready for college yet", "status:not_available_illness"),
])
def test_an_illness_with_a_recovery_or_a_readiness_said_after_it_is_looking(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("just dossing around tbh", "status:seeking"),
    ("updating my cv most days", "status:seeking"),
    ("job searching online mostly", "status:seeking"),
    ("can someone help with my cv", "help"),
])
def test_idle_in_their_words_and_a_search_at_its_work_are_looking(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("really shot myself in the foot by being late to the interview, still job hunting", "status:seeking"),
    ("shot myself in the foot with that exam. i want to end it all", "crisis"),
])
def test_shooting_yourself_in_the_foot_is_a_figure_of_speech(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("would you not text this number any more", "opt_out"),
    ("can u not message this number after 9pm", "unclear"),
    ("no comment tbh", "refused"),
])
def test_a_stop_asked_of_this_number_and_no_comment(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize("text", ["im after a job in a kitchen, can i speak to someone", "i want a job, could someone ring me please"])
def test_what_they_are_after_beside_a_call_asked_for_is_their_status(text):
    u = classify(text)
    assert u.label == "status:seeking" and u.details.get("help_requested")


@pytest.mark.parametrize(("text", "label"), [
    ("at cpllrge doing bricklaying", "status:education"),
    ("im prengat, due in may", "status:not_available_pregnancy"),
])
def test_a_word_of_the_vocabulary_typed_with_two_slips_is_read_by_the_rules(text, label):
    from bot.understand.normalise import normalise

    assert by_rules(text).label == label
    assert "college" not in normalise(text) and "pregnant" not in normalise(text)  # (the model's reading is as trained)


@pytest.mark.parametrize(("text", "label"), [
    ("started at the bakery so theres no need to help me get a job now", "status:employment"),
    ("on an apprenticeship now, you dont need to help me find one", "status:apprenticeship"),
])
def test_help_turned_down_beside_what_they_do_is_no_request_and_no_search(text, label):
    u = classify(text)
    assert u.label == label and not u.details.get("help_requested")


@pytest.mark.parametrize(("text", "held"), [
    ("usnb", True), ("stpp", True), ("cancl", True), ("sup", False), ("step", False), ("shop", False),
    ("quid", False), ("lol", False),
])
def test_one_word_two_slips_from_a_stop_word_is_held_for_a_person(text, held):
    from bot.understand.combine import _possibly_a_stop
    from bot.understand.model.predict import Guess
    from bot.understand.patterns import near_a_stop_word
    from bot.understand.rules import Understanding

    assert near_a_stop_word(text) is held
    unclear = Understanding("unclear", {}, text)
    assert _possibly_a_stop(unclear, Guess("unclear", 0.9, {"unclear": 0.9, "opt_out": 0.01}), "checkin", text) is held


def test_every_lesson_that_is_no_course_holds_a_word_the_quick_check_looks_for():
    from bot.understand.rules import _LESSON_WORD
    from bot.understand.wordlists import words

    for line in words("lessons_not_courses.txt"):
        assert _LESSON_WORD.search(line), line


@pytest.mark.parametrize("text", ["sorry this is me work mobile", "its me office number mate"])
def test_a_work_phone_said_with_me_for_my_is_a_wrong_number(text):
    assert by_rules(text).label == "wrong_number"


@pytest.mark.parametrize(("text", "label"), [
    ("prenticeship with a roofer", "status:apprenticeship"),
    ("hes serving time, this is his nan", "status:custody"),
])
def test_an_apprenticeship_without_its_first_letters_and_serving_time(text, label):
    assert by_rules(text).label == label


def test_looking_now_beside_a_child_is_kept_from_a_model_sure_of_a_parent():
    from bot.understand.combine import kept_from_the_rules
    from bot.understand.model.predict import Guess

    rules = by_rules("my lad goes to nursery now so im applying for part time jobs")
    assert rules.label == "status:seeking"
    assert kept_from_the_rules(rules, Guess("status:not_available_parent", 0.95, {"status:not_available_parent": 0.95}))
    thinking = by_rules("she's at home with the baby, thinking about college next year")
    assert not (thinking.label == "status:seeking" and kept_from_the_rules(
        thinking, Guess("status:not_available_parent", 0.95, {"status:not_available_parent": 0.95})) == "looking now")


@pytest.mark.parametrize(("text", "label"), [
    ("i work at my uncles garage, i would like to do a proper mechanics course one day", "status:employment"),
    ("no job, hoping to go on a short forklift course", "status:seeking"),
])
def test_a_course_wished_for_further_back_than_five_words_is_wanted(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("applied to sixth form, not heard anything back yet", "status:seeking"),
    ("not sure if i am in the right place", "unclear"),
])
def test_no_answer_yet_from_where_they_applied_is_a_search(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("nope im not telling", "refused"),
    ("nothing the council needs to know", "refused"),
    ("sorry i never give out my details over text", "refused"),
    ("i'll pass thanks", "deny"),
])
def test_refusals_in_other_words_and_a_pass(text, label):
    assert by_rules(text).label == label
    assert by_rules("im not saying i hate college, its fine").label != "refused"  # (said, not refused)


@pytest.mark.parametrize(("text", "label"), [
    ("been offered a place on the level 2 bricklaying course, it starts after easter", "status:start_agreed"),
    ("they accepted me, got onto the childcare and education course, begins 6th january", "status:start_agreed"),
    ("got the train to my job, my shift starts at 9 tomorrow", "status:employment"),
    ("working at the garage, got a phone interview for a better job next week", "status:employment"),
])
def test_an_offer_of_a_course_named_in_a_few_words_with_its_start_to_come(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("would like to talk to my previous key worker if shes still there", "help"),
    ("could i speak with the same adviser as last time please", "help"),
    ("my worker said i should reply to this, im at college", "status:education"),
])
def test_their_own_worker_asked_for_is_help_not_a_job(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("trainee electrician with a small firm, no college yet", "status:employment"),
    ("i am a trainee groomer at a dog parlour", "status:employment"),
    ("trainee on the princes trust programme", "status:training"),
])
def test_a_trainee_named_by_a_trade_is_in_a_job(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("the warehouse rang back, first shift is the 4th of january", "status:start_agreed"),
    ("sixth form let me in, first day 7 jan", "status:start_agreed"),
    ("my first day at work was the 2nd, loving the job", "status:employment"),
])
def test_a_first_day_on_a_date_to_come_is_a_start(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("and what's it to u", "refused"),
    ("wat is that to you mate", "refused"),
    ("what is it to you guys, im at college anyway", "status:education"),
])
def test_what_is_it_to_you_asked_back_is_a_refusal(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("i have fibromyalgia and arthritis so a job is out of the question", "status:not_available_illness"),
    ("some days i cant even get out of bed, college isnt possible right now", "status:not_available_illness"),
    ("an apprenticeship is not an option for me atm", "status:seeking"),
    ("is it possible to do an apprenticeship and college?", "help"),
])
def test_a_long_condition_and_what_is_out_of_reach_for_now(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "who"), [
    ("my daughter starts nursery after christmas so ill be looking for a job", None),
    ("my son is 10 months so im at home with him", None),
    ("my son is 17 and looking for work", "parent"),
    ("my daughter goes to canterbury college", "parent"),
])
def test_their_own_small_child_does_not_make_the_writer_a_parent_of_theirs(text, who):
    assert by_rules(text).details.get("reporter") == who


@pytest.mark.parametrize(("text", "label"), [
    ("been gaming and sleeping mostly, should probably get my life sorted", "status:seeking"),
    ("only on my xbox tbh", "status:seeking"),
    ("at sixth form but i need to sort my life out", "status:education"),
])
def test_a_day_of_games_and_sleep_is_no_activity(text, label):
    assert by_rules(text).label == label


def test_every_ordinary_reflexive_holds_myself_once():
    from bot.understand.wordlists import words

    for line in words("ordinary_reflexives.txt"):
        assert line.count("myself") == 1, line


@pytest.mark.parametrize("text", [
    "i hurt myself again last night", "i did it to myself", "put myself in danger",
    "got myself into a mess with some older lads", "i want to kill myself", "i hate myself",
    "i keep myself to myself", "dont trust myself tonight",
])
def test_myself_said_of_a_harm_stays_for_the_model(text):
    from bot.understand.reflexives import for_the_model

    assert "myself" in for_the_model(text)


@pytest.mark.parametrize(("text", "label"), [
    # each a model crisis before (p 0.59-0.93)
    ("i work for myself", "status:employment"),
    ("taught myself to edit videos, looking for work", "status:seeking"),
    ("at uni, living by myself in a flat now", "status:education"),
    ("got myself onto a plastering course", "status:education"),
    # a harm beside one is still read
    ("i work for myself but i took a load of tablets last night", "crisis"),
    ("proud of myself for getting into college but my stepdad hits me", "crisis"),
    ("got some paracetamol, im gonna take them all at once", "crisis"),
])
def test_ordinary_things_said_of_oneself_are_no_crisis(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("on a zero hours contract at the pub, the manager said he'll give me more shifts in january", "status:employment"),
    ("cleaning at a hotel for now, they said they'll make me permanent after christmas", "status:employment"),
    # a part that promises a harm, or pays for one, is still read alone
    ("working at a car wash. they said theyll pay me to drive stuff to margate", "crisis"),
    ("i work at tesco, they said they'll hurt my mum if i don't keep going out for them", "crisis"),
])
def test_a_part_that_only_says_what_work_promised_is_not_read_alone_for_a_crisis(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("2 - with a builder", "status:apprenticeship"),
    ("3, at a nursery", "status:employment"),
    ("3 - apprenticeship at a garage", "status:apprenticeship"),  # the words say more than the number
])
def test_a_menu_number_with_words_that_only_place_it_keeps_the_number(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize("text", ["not interested in any of them", "dont fancy any tbh", "nah dont like any of those"])
def test_offers_turned_down_in_other_words(text):
    assert classify(text, asked="offer").label == "deny"


@pytest.mark.parametrize(("text", "label"), [
    ("need some help getting an apprenticeship please", "help"),
    ("i want help to find a part time job", "help"),
    ("been out of work since may, need help finding a job", "status:seeking"),  # said beside it
])
def test_help_asked_to_find_something_is_a_request_not_a_status(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label", "code"), [
    ("plastering for a local builder", "status:employment", 330),
    ("tree surgery with my uncle, mostly weekends", "status:employment", 330),
    ("running a small shop on depop from my bedroom", "status:employment", 380),
    ("i want to do roofing with my dad one day", "status:seeking", 619),
])
def test_a_trade_done_with_someone_and_a_little_business_of_their_own(text, label, code):
    u = by_rules(text)
    assert (u.label, u.details.get("code")) == (label, code)


@pytest.mark.parametrize("text", ["ninataka kujiua", "sitaki kuishi tena", "màá pa ara mi", "zan kashe kaina",
                                  "chci skoncovat se životem"])
def test_a_wish_to_die_in_swahili_yoruba_hausa_and_czech_is_a_crisis(text):
    u = classify(text)
    assert u.label == "crisis" and u.language != "en"


@pytest.mark.parametrize(("text", "label"), [
    ("honestly close to giving up on getting an apprenticeship", "status:seeking"),
    ("my nan drives me to my cleaning jobs", "status:employment"),
    ("applying for jobs", "status:seeking"),
])
def test_a_search_given_up_on_and_jobs_of_their_own(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("the family im staying with makes me work at their car wash and they take my wages", "crisis"),
    ("they force me to work in the kitchen without pay, i cant leave", "crisis"),
    ("my boss made me work late again lol", "status:employment"),
])
def test_made_to_work_with_their_money_kept_is_a_crisis(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("doing sod all tbh", "status:seeking"),
    ("bagged a place at sixth form for january, nothing till then", "status:start_agreed"),
])
def test_nothing_said_coarsely_and_a_place_sorted(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize("text", ["i think im going to ctb this weekend", "planning to ctb"])
def test_catching_the_bus_said_as_the_forums_say_it_is_a_crisis(text):
    assert by_rules(text).label == "crisis"


@pytest.mark.parametrize(("text", "label"), [
    ("i'll never give up on my apprenticeship", "status:apprenticeship"),
    ("i gave up on college", "status:seeking"),
    ("never went back to college after xmas", "status:seeking"),
])
def test_a_leaving_denied_is_not_a_leaving(text, label):
    assert classify(text).label == label


def test_a_search_over_because_work_was_found_is_work():
    assert classify("stopped looking as i got a job at tesco").label == "status:employment"


def test_asking_how_to_put_right_something_of_theirs_is_help():
    u = classify("how can i appeal my universal credit sanction")
    assert u.label == "help" or u.details.get("help_requested")


@pytest.mark.parametrize(("text", "label"), [
    ("saturday job at boots, nothing during the week", "status:employment"),
    ("evening shifts at a bar, nothing full time", "status:employment"),
    ("nothing in the week", "status:seeking"),
])
def test_a_job_and_the_rest_of_the_week_empty_is_a_job(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize("text", ["what support can i claim while im looking for work",
                                  "is she entitled to free bus travel to college",
                                  "what sort of apprenticeships are available round here"])
def test_asking_what_they_could_have_or_do_is_asking_for_help(text):
    u = classify(text)
    assert u.label == "help" or u.details.get("help_requested")


def test_what_they_could_get_of_something_else_is_no_help():
    assert not classify("what can i get for my birthday").details.get("help_requested")


@pytest.mark.parametrize(("text", "label"), [
    ("i'd kill for a traineeship right now", "status:seeking"),
    ("would die for a job at the docks tbh", "status:seeking"),
    ("dying to start my new job on monday", "status:start_agreed"),
])
def test_a_thing_longed_for_is_wanted_and_a_start_longed_for_is_a_start(text, label):
    assert classify(text).label == label


def test_a_thing_longed_for_leaves_want_in_the_reply():
    from bot.understand import idioms
    assert idioms.without("i'd kill for a job") == "i want a job"


@pytest.mark.parametrize(("text", "label"), [
    ("my traineeship ends in march", "status:training"),
    ("my shift is over at 10 so text me after", "status:employment"),
])
def test_an_end_to_come_or_the_end_of_a_day_is_no_start_and_no_end(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize("text", ["is it too late for him to apply for sixth form",
                                  "wanted to find out whether she can get help with her bus fare",
                                  "could you let me know if i am able to do an apprenticeship while on benefits"])
def test_a_question_put_to_us_about_what_they_may_do_is_help_and_no_status(text):
    u = classify(text)
    assert u.label == "help" or (u.details.get("help_requested") and u.label in ("status:seeking", "unclear"))


@pytest.mark.parametrize("text", ["how much does a level 2 plumbing course cost?",
                                  "which apprenticeships start in september?",
                                  "hi, can my daughter do an apprenticeship at 16? thanks",
                                  "is there anything for young people who have been in care"])
def test_a_question_put_to_us_names_what_it_asks_about_not_what_they_do(text):
    assert classify(text).label == "help"


def test_a_question_that_says_what_they_do_keeps_it():
    assert classify("is it ok to do a course while i am working at asda").label.startswith("status:")


@pytest.mark.parametrize("text", ["what organisation are you with", "is this to do with my benefits",
                                  "which charity r u from"])
def test_which_of_anything_we_are_is_a_question_about_us(text):
    assert classify(text).label == "question"


def test_a_care_leaver_is_not_corrected_into_a_level():
    from bot.understand.normalise import for_the_rules
    read = for_the_rules(normalise("im a care leaver, my mate is a plasterer"))
    assert "leaver" in read.split() and "plasterer" in read.split()


@pytest.mark.parametrize("text", ["shelf stacker at lidl", "im temping at the moment", "tiler for my uncle"])
def test_a_job_is_never_corrected_into_something_else(text):
    assert classify(text).label == "status:employment"  # not "sacked", "tempting", "tier"


@pytest.mark.parametrize("text", ["night shelf stacker", "weekend barista", "agency carer on nights"])
def test_a_job_said_alone_with_when_it_is_held_is_a_job(text):
    assert classify(text).label == "status:employment"


def test_every_word_the_rules_lists_are_written_with_reads_as_itself():
    """A word of a list the normaliser turned into another ("stacker" into "sacked", "esol"
    into "esl", the employer "itsu" into "it is") would be read as that word: an ended job, a
    temptation, an employer named in "its all good now". Every word of the lists the rules
    name things with is kept as written (wordlists.written_words); text speak the normaliser
    reads by its own list is read so in the list and in replies alike ("tk" of TK Maxx)."""
    from bot.understand import wordlists
    from bot.understand.normalise import SLANG, for_the_rules

    changed = {f"{w} -> {read}" for w in wordlists.written_words()
               if w not in SLANG and (read := for_the_rules(normalise(w))) != w}
    assert not changed


@pytest.mark.parametrize("name", ["jobs.txt", "trade_work.txt", "workplaces.txt", "courses.txt", "employers.txt",
                                  "armed_forces.txt", "medicines.txt", "job_heads.txt", "place_names.txt"])
def test_the_lists_the_rules_name_things_with_are_all_kept_as_written(name):
    from bot.understand import wordlists
    assert {w for line in wordlists.words(name) for w in re.findall(r"[a-z]+", line.lower())} <= wordlists.written_words()


def test_an_employer_is_read_by_its_own_name():
    # "itsu" was read "it is", "currys" "curry", "wickes" "wicked": "its all good now" named an
    # employer, and a start there was recorded as a job's (615, not 616)
    from bot.understand.more_labels import employer_names, names_employer
    assert {"itsu", "currys", "wickes", "budgens", "deliveroo"} <= employer_names()
    assert not names_employer(normalise("its all good now, wicked"))
    assert names_employer(normalise("started at itsu last week"))
    assert by_rules("got an interview then i start in january, its all good now").details["code"] == 616


@pytest.mark.parametrize(("word", "not_read_as"), [("moped", "moved"), ("crohns", "crowns"), ("camhs", "cams"),
                                                  ("uasc", "usc")])
def test_words_of_health_travel_and_care_are_not_corrected(word, not_read_as):
    from bot.understand.normalise import for_the_rules
    assert not_read_as not in for_the_rules(normalise(f"i have {word} now")).split()


def test_an_illness_named_by_its_name_is_an_illness():
    assert classify("got crohns, too ill for work").label == "status:not_available_illness"


@pytest.mark.parametrize("text", ["got shanked walking back from college", "my mate got chinged and now they want me",
                                  "was knifed outside the chicken shop last week"])
def test_a_stabbing_in_street_words_is_a_crisis_and_never_a_sacking(text):
    assert by_rules(text).label == "crisis"


def test_got_shot_of_is_no_shooting():
    assert classify("got shot of my old job, working at asda now").label == "status:employment"


@pytest.mark.parametrize(("word", "not_read_as"), [("overjoyed", "overdosed"), ("sexting", "seeking"),
                                                  ("poached", "punched"), ("dyeing", "dying")])
def test_a_long_word_of_some_currency_is_meant_not_a_slip(word, not_read_as):
    assert normalise(f"been {word}") != f"been {not_read_as}"


def test_joy_is_no_crisis():
    assert classify("absolutely overjoyed, they offered me the apprenticeship").label != "crisis"


@pytest.mark.parametrize("text", ["raved all weekend lol, still at college", "got roped into helping at my uncles garage",
                                  "i do djing at weekends for cash"])
def test_a_real_word_near_a_word_of_harm_is_no_slip_of_it(text):
    assert by_rules(text).label != "crisis"


@pytest.mark.parametrize("text", ["he rapd me", "he raoed me at the party"])
def test_a_word_of_harm_with_a_slip_is_still_read(text):
    assert by_rules(text).label == "crisis"


@pytest.mark.parametrize(("text", "label"), [
    ("dropped out of uni in april and got a job at a hotel", "status:employment"),
    ("finished my course in july, got a job at the garden centre", "status:employment"),
    ("got the job at the garden centre, i start in april", "status:start_agreed"),
])
def test_the_month_something_ended_is_no_start_of_what_they_got(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "month", "code"), [
    ("finished at school in june, got a job at the co-op, i start in april", "04", 615),
    ("left my apprenticeship in may and starting sixth form in september", "09", 616),
])
def test_the_start_date_and_code_are_the_start_s_not_the_end_s(text, month, code):
    u = classify(text)  # (the month of the start, whatever the year today makes it)
    assert (u.label, u.details.get("start_date")[5:7], u.details.get("code")) == ("status:start_agreed", month, code)
    assert not (u.details.get("establishment") or "").lower().startswith(("may", "june"))


@pytest.mark.parametrize("text", ["go on then, put my name down", "count me in", "yeah im up for it"])
def test_a_yes_said_as_taking_it_up_is_a_yes(text):
    assert classify(text, "yesno").label == "affirm"


@pytest.mark.parametrize("text", ["go on then, put my name down", "count me in"])
def test_a_short_yes_is_no_crisis_unless_the_model_is_sure(text):
    # (the model retrained in the thirty-first session reads "yes i am up for it" at 0.83:
    # above the line, so a crisis; the line is the model's to hold, not this list's)
    assert classify(text).label != "crisis"


@pytest.mark.parametrize(("text", "label"), [("i want to get your messages again please", "opt_in"),
                                             ("i dont want to get your texts again", "opt_out")])
def test_the_messages_wanted_back_is_an_opt_in_and_not_wanted_a_stop(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("been having proper dark thoughts again", "crisis"),
    ("my thoughts have been really dark this week", "crisis"),
    ("having bad thoughts about my coursework lol", None),
])
def test_dark_thoughts_are_a_crisis(text, label):
    got = classify(text).label
    assert got == label if label else got != "crisis"


@pytest.mark.parametrize("text", ["honestly in a very dark place since my nan passed, not working",
                                  "not in a good place at all, cant face college",
                                  "struggling to cope with everything at the moment"])
def test_how_badly_they_are_is_put_in_front_of_the_duty_worker(text):
    u = classify(text)
    assert u.label == "crisis" or "possible_crisis" in u.details


@pytest.mark.parametrize("text", ["struggling to find a job, been months", "not in a good place for money atm, looking for work",
                                  "cant cope with the early starts so looking for something else"])
def test_a_struggle_with_something_ordinary_raises_no_alert(text):
    u = classify(text)
    assert u.label != "crisis" and not u.details.get("worrying")


@pytest.mark.parametrize(("text", "label"), [
    ("someone at sixth form posted my pics online and everyone's seen them", "crisis"),
    ("my naked pictures are going round college", "crisis"),
    ("sent my photos to the college for my portfolio", None),
])
def test_their_images_shared_are_a_crisis(text, label):
    got = by_rules(text).label
    assert got == label if label else got != "crisis"


@pytest.mark.parametrize("text", ["stop stop stop", "🛑🛑", "Stop. Stop. Stop."])
def test_a_stop_said_again_is_a_stop(text):
    assert classify(text).label == "opt_out"


@pytest.mark.parametrize(("text", "label"), [
    ("my pay got cut so im looking for another job", "status:seeking"),
    ("they cut my shifts at the pub, still there tho", "status:employment"),
    ("my bursary got cut and i cut myself last night", "crisis"),
])
def test_money_cut_is_no_cutting(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize("text", ["the manager reckons they might take me on in the new year",
                                  "my cousin says he might have some work for me",
                                  "my dads mate said he would get me in at the warehouse"])
def test_a_promise_of_work_alone_is_no_crisis_label(text):
    # the model read "they said they ... me" as a threat; the duty worker may still read it
    assert classify(text).label != "crisis"


@pytest.mark.parametrize("text", ["they said they will get me", "he said he would get me if i told anyone",
                                  "my uncle said he will hurt me if i say anything"])
def test_a_threat_to_get_them_is_still_a_crisis(text):
    assert classify(text).label == "crisis"


def test_a_crisis_the_model_is_all_but_sure_of_is_one_in_answer_to_a_yes_or_no():
    u = classify("no point. i wont be here by next week", "yesno")
    assert u.label == "crisis"


@pytest.mark.parametrize("text", ["no thanks", "nah im good thanks", "yes please"])
def test_a_plain_yes_or_no_stays_one(text):
    assert classify(text, "yesno").label in ("affirm", "deny")


@pytest.mark.parametrize(("text", "label"), [
    ("i dont really want to tell you what im up to", "refused"),
    ("don't wish to share that thanks", "refused"),
    ("i dont want to tell my dad i left college", "status:seeking"),
])
def test_not_wanting_to_tell_us_is_a_refusal(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "crisis"), [
    ("cut myself shaving this morning, at the barbers still", False),
    ("hurt myself playing rugby, off college for a week", False),
    ("i cut myself again last night", True),
    ("keep cutting myself, cant stop", True),
])
def test_a_hurt_by_a_task_s_accident_is_no_self_harm(text, crisis):
    assert (by_rules(text).label == "crisis") == crisis


def test_an_ordinary_reflexive_said_of_someone_else_is_read_so_too():
    from bot.understand.reflexives import for_the_model
    assert "herself" not in for_the_model("she finds it hard to motivate herself")
    assert "himself" in for_the_model("he hurt himself again")


def test_a_worker_writing_for_someone_named_is_the_writer_not_their_job():
    u = classify("Hello, I'm a key worker for Jordan, can someone give me a call about college options")
    assert u.label == "help" and u.details.get("reporter")
    assert classify("im a support worker for a charity").label == "status:employment"


@pytest.mark.parametrize(("text", "label"), [
    ("my daughter is looking for an apprenticeship in hair", "status:seeking"),
    ("hello. our son is not doing anything since he left school", "status:seeking"),
    ("my son is 8 months old so i cant work yet", "status:not_available_parent"),
])
def test_their_son_or_daughter_reported_on_is_the_young_person_not_a_child_of_theirs(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("taking a break from sixth form for a while", "status:seeking"),
    ("home on a break from uni for christmas", "status:education"),
])
def test_a_break_taken_from_an_activity_ends_it_and_a_holiday_does_not(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("my daughter goes to the childminder now so im searching for a job", "status:seeking"),
    ("single mum, applying for jobs now my boy is at school", "status:seeking"),
    ("looking after my baby, not looking for work till shes 1", "status:not_available_parent"),
])
def test_a_young_parent_looking_for_work_is_looking(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("expecting in june but applying for jobs till then", "status:seeking"),
    ("i look after my grandad at weekends but im looking for a full time job", "status:seeking"),
    ("im my dads carer so cant work, not looking at the moment", "status:not_available_carer"),
])
def test_looking_beside_a_reason_not_to_be_available_is_looking(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("no chloe here mate, please take this number off", "wrong_number"),
    ("theres no ethan living here", "wrong_number"),
    ("no jobs here, still looking", "status:seeking"),
])
def test_a_name_said_not_to_be_here_is_a_wrong_number(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label", "month"), [
    ("got into canterbury college for september, doing carpentry", "status:start_agreed", 9),
    ("been accepted at hadlow for january on the animal care course", "status:start_agreed", 1),
    ("got into sixth form for next september", "status:start_agreed", 9),
])
def test_a_place_held_for_a_month_to_come_is_a_start_with_its_date(text, label, month):
    u = classify(text)
    assert u.label == label
    assert int(u.details["start_date"][5:7]) == month


@pytest.mark.parametrize(("text", "label"), [
    ("got into college last year and i love it", "status:education"),
    ("been at college since september doing plumbing", "status:education"),
])
def test_a_place_given_with_no_time_to_come_is_where_they_are(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("my contract at the depot ran out in october, been looking since", "status:seeking"),
    ("fixed term contract wasnt extended so im unemployed again", "status:seeking"),
    ("worked for the council but my contract expired", "status:seeking"),
    ("off sick since november, contract finished", "status:not_available_illness"),
    ("my contract runs out in april", "status:employment"),
    ("seasonal contract at the farm, it ends in march", "status:employment"),
])
def test_a_contract_that_ran_out_ends_the_job_and_one_that_will_does_not(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize("text", [
    "at college but a lad in my class keeps groping me",
    "working at the pub and the chefs mate wont stop touching me",
    "year 12 now. somebody on my bus has been feeling me up",
])
def test_being_touched_again_and_again_by_anyone_is_a_crisis_beside_a_status(text):
    assert classify(text).label == "crisis"


@pytest.mark.parametrize("text", [
    "at college. honestly i cant keep myself safe tonight",
    "working at the chippy but theres no point when i wont be here next month",
    "cut too deep, theres blood everywhere and i cant stop the bleeding",
    "my stepmum shoved me down the stairs this morning",
    "he chucks plates at me when hes been drinking",
    "older lads at the park keep offering me weed and lifts",
    "a guy pays me in coke to drop off parcels",
    "i owe some people money and they know where my nan lives",
    "took loads of my mums tablets and now feeling really drowsy",
    "burnt my arm with my straighteners on purpose",
    "he told me hed hurt my little brother if i ever told anyone",
    "i use a razor on my thighs when its bad",
    "doing nothing, i cant see any way out",
    "punched myself in the face again last night",
    "he says i owe him and i have to work it off by dropping stuff",
    "got it all planned, goodbye. tomorrow is the day",
    "standing on the edge of the multi storey",
    "took something at a party and now im hearing things",
    "honestly id be doing everyone a favour if i went",
    "looked up how much insulin would kill someone",
    "they keep my passport and i live in the back of the car wash",
    "my mums boyfriend strangled my mum last night",
    "hes making me stash a knife for his mates",
    "my daughter told me she wants to end her life",
    "my ex says hes coming after me",
    "he swore hed find me wherever i go",
    "i owe a dealer and he knows where my mum lives",
    "drunk every night, its easier than being sober",
    "i dont see myself being around much longer",
    "been keeping my pills hidden away in my wardrobe",
    "climbed the bridge to jump but a man stopped me",
    "wont be alive by christmas so nothing matters",
    "my son keeps going missing overnight",
    "how tall is the viaduct",
    "vaping spice, not bothered if it kills me",
    "no point applying for me, got everything planned",
])
def test_crises_said_in_ordinary_words_are_read_by_the_rules(text):
    from bot.understand.rules import by_rules
    assert by_rules(text).label == "crisis"


@pytest.mark.parametrize("text", [
    "my brother beat my sister at fifa again",
    "my mum will kill me if i tell her i failed",
    "tomorrow is the day i start at the garage",
    "going to the beach, wont be back till late",
    "doing my mum a favour by babysitting tonight",
    "the barber uses a razor on my neck",
    "holding a parcel for my neighbour",
    "took my tablets and feel much better",
    "the boss keeps my wages for a week then pays me",
    "my mum said shed find me a job",
    "my mates are coming for me at 7",
    "my phone keeps going missing lol",
    "cant see myself being a chef much longer",
])
def test_ordinary_replies_near_those_crises_are_not_crises_by_the_rules(text):
    from bot.understand.rules import by_rules
    assert by_rules(text).label != "crisis"


@pytest.mark.parametrize("text", [
    "thanks but dont get in touch again",
    "please do not be in touch with me",
    "never reach out to this number",
    "dont phone again, not interested",
])
def test_getting_in_touch_refused_is_an_opt_out(text):
    assert classify(text).label == "opt_out"


@pytest.mark.parametrize("text", [
    "dont phone me at work, im on the tills at lidl till 6",
    "yeah get in touch with me next week about the course",
])
def test_getting_in_touch_put_off_or_welcomed_is_no_opt_out(text):
    assert classify(text).label != "opt_out"


@pytest.mark.parametrize("text", [
    "learning about overdoses and drug misuse on my health and social care course",
    "my dissertation is about knife crime in medway",
    "a level sociology, this week the topic is domestic abuse",
    "we covered county lines and exploitation in pshe",
    "did a workshop on suicide prevention at work",
])
def test_a_crisis_named_as_a_subject_of_study_is_no_crisis_by_the_rules(text):
    from bot.understand.rules import by_rules
    assert by_rules(text).label != "crisis"


@pytest.mark.parametrize("text", [
    "i keep reading about suicide",
    "studying suicide methods online",
    "researching overdoses because i want to try it",
    "we had a lesson on grooming and that is whats happening to me",
    "pshe talk on domestic abuse, it sounds exactly like my house",
    "a talk on self harm at college and i think i need help",
    "learning to live with wanting to kill myself",
])
def test_a_subject_of_study_that_is_theirs_is_still_a_crisis(text):
    from bot.understand.rules import by_rules
    assert by_rules(text).label == "crisis"


@pytest.mark.parametrize(("text", "label"), [
    ("i really dont want to leave my apprenticeship", "status:apprenticeship"),
    ("never going to quit college, i love it", "status:education"),
])
def test_a_leaving_wished_away_is_staying(text, label):
    u = classify(text)
    assert u.label == label and not u.details.get("plans_to_leave"), u


@pytest.mark.parametrize("text", [
    "we do not wish to receive any more correspondence",
    "i no longer wish to get further communication from you",
])
def test_further_correspondence_refused_is_an_opt_out(text):
    assert classify(text).label == "opt_out"


def test_contact_refused_from_someone_else_is_no_opt_out():
    assert classify("i dont want to get contact from the job centre, ill find work myself").label != "opt_out"


def test_volunteering_beside_study_on_the_side_is_working_not_for_reward_with_study():
    u = classify("i volunteer at a youth club and do a short course online")
    assert (u.label, u.details.get("code")) == ("status:volunteering", 550)


@pytest.mark.parametrize(("text", "said"), [
    ("i want 2 die", "i want to die"),
    ("they make me sell 4 them", "they make me sell for them"),
    ("looking 4 work", "looking for work"),
    ("took 2 pills", "took 2 pills"),  # a count
    ("work 4 days a week", "work 4 days a week"),
    ("is it 2 or 3", "is it 2 or 3"),
])
def test_a_digit_said_for_a_word_is_read_as_the_word(text, said):
    assert normalise(text) == said


@pytest.mark.parametrize("text", [
    "swallowed a whole packet of paracetamol",
    "took lots of co codamol an hour ago",
    "💊💊 now",
    "he made me send nudes",
    "i sent a guy some pics and now hes posting them online",
    "been carrying a blade since they jumped me",
    "honestly whats the point of anything",
])
def test_more_crises_in_plain_words_are_read_by_the_rules(text):
    from bot.understand.rules import by_rules
    assert by_rules(text).label == "crisis"


@pytest.mark.parametrize("text", [
    "took my ibuprofen for my headache",
    "my nan showed my baby photos to everyone lol",
    "i carry a knife for work, im a chef",
    "i carried my bat to cricket practice",
    "whats the point of college if there are no jobs",
    "took loads of photos at the beach",
])
def test_near_those_crises_ordinary_replies_are_not_crises_by_the_rules(text):
    from bot.understand.rules import by_rules
    assert by_rules(text).label != "crisis"


def test_a_job_got_back_in_a_month_gone_is_held_not_to_come():
    u = classify("got a job at screwfix back in october, full time, loving it")
    assert u.label == "status:employment", u


def test_study_some_mornings_a_week_is_part_time_education():
    u = classify("doing english and maths retakes at college two mornings a week")
    assert (u.label, u.details.get("code")) == ("status:education", 250)


@pytest.mark.parametrize("text", ["please make the voices stop", "i just want the voices to shut up"])
def test_voices_begged_to_stop_are_a_crisis_by_the_rules(text):
    from bot.understand.rules import by_rules
    assert by_rules(text).label == "crisis"


@pytest.mark.parametrize("text", ["u dont need to know", "the council does not need to know what i do",
                                  "hi nothing you need to know"])
def test_no_need_for_us_to_know_is_a_refusal(text):
    from bot.understand.rules import by_rules
    assert by_rules(text).label == "refused"


def test_an_activity_naming_messages_about_it_is_no_activity_ended():
    from bot.understand.rules import by_rules
    assert by_rules("dont need the job alerts anymore ta").label not in ("status:seeking", "status:employment")


@pytest.mark.parametrize("text", [
    "cant see any light at the end of the tunnel",
    "been googling overdoses, thinking of trying it",
    "shes 14 and her boyfriend is 25",
    "my girlfriend is 30, im 16, dont tell my dad",
    "sorry for being a burden to everyone. goodbye",
])
def test_hope_gone_a_topic_meant_an_older_partner_and_a_goodbye_are_crises_by_the_rules(text):
    from bot.understand.rules import by_rules
    assert by_rules(text).label == "crisis"


@pytest.mark.parametrize("text", [
    "finally some light at the end of the tunnel, passed my test",
    "im 17 and my boyfriend is 18",
    "sorry for being a pain, see you monday",
])
def test_near_those_ordinary_replies_are_not_crises_by_the_rules(text):
    from bot.understand.rules import by_rules
    assert by_rules(text).label != "crisis"


@pytest.mark.parametrize("text", [
    "at sixth form now. nu-mi mai trimiteti mesaje va rog",
    "pracuję w sklepie, nie piszcie do mnie więcej",
    "working at a garage, por favor no me mandes mas mensajes",
    "doing my a levels. I have asked you twice to stop texting me",
    "at uni now, end these messages please",
    "full time at aldi. dont want these anymore thanks",
    "She is at college now. Please remove her from your text service",
    "apprentice electrician. I would like my number removed from your contact list",
    "working at costa. STOP please",
    "at college. i want to be removed",
])
def test_a_stop_said_after_a_status_is_a_stop(text):
    assert classify(text).label == "opt_out"


@pytest.mark.parametrize("text", [
    "i want to remove my name from the waiting list for the course",
    "at college. i want to be taken off the rota at work",
    "at college now, end of term next week",
])
def test_a_list_or_an_end_that_is_not_ours_is_no_stop(text):
    assert classify(text).label != "opt_out"


@pytest.mark.parametrize("text", ["working at the garage full time. quit", "at college. cancel please"])
def test_a_stop_keyword_that_says_other_things_too_holds_the_messages_for_a_person(text):
    u = classify(text)
    assert u.label == "opt_out" or "possible_opt_out" in u.details, u


@pytest.mark.parametrize("text", ["doing a builders apprenticeship, also unsub", "at sixth form tbh STOP",
                                  "no messages more please, i am fine"])
def test_a_stop_said_as_a_clause_of_its_own_is_a_stop(text):
    assert classify(text).label == "opt_out"


@pytest.mark.parametrize("text", ["Why are you asking about my daughter?",
                                  "please can someone help my son find an apprenticeship",
                                  "I don't want to give out information about my son"])
def test_a_writer_asking_about_their_child_is_a_parent(text):
    assert classify(text).reporter == "parent"


@pytest.mark.parametrize("text", ["my daughter keeps me up every night so not looking for work",
                                  "can you help my son get a place at nursery"])
def test_a_young_parent_writing_of_a_small_child_is_no_parent_reporting(text):
    assert classify(text).reporter == "self"


def test_a_bridge_in_emoji_then_tonight_and_goodbye_is_a_crisis_beside_a_status():
    from bot.understand.rules import by_rules
    assert by_rules("at college doing hair. 🌉 tonight. goodbye").label == "crisis"
    assert by_rules("meeting my mates at the bridge tonight, bye").label != "crisis"


@pytest.mark.parametrize("text, label", [
    ("necked everything in my mums cupboard, feeling really dizzy", "crisis"),
    ("took the lot from the kitchen cabinet and now i feel weird", "crisis"),
    ("ate everything in the cupboard lol feel sick now", None),
    ("took everything out of the cupboard to clean it", None),
])
def test_a_cupboard_emptied_with_the_effect_felt_is_an_overdose(text, label):
    from bot.understand.rules import by_rules
    assert (by_rules(text).label == "crisis") == (label == "crisis")


@pytest.mark.parametrize("text", ["sixth form is rubbish ngl 🌉 tonight. bye", "work is dead tbh rope tonight goodbye"])
def test_a_bridge_or_a_rope_tonight_and_goodbye_after_a_filler_is_a_crisis(text):
    from bot.understand.rules import by_rules
    assert by_rules(text).label == "crisis"


def test_a_dictated_full_stop_in_capitals_is_no_stop():
    assert classify("FULL STOP IM AT COLLEGE FULL STOP").label != "opt_out"


@pytest.mark.parametrize("text", ["at sixth form. please cease all further contact",
                                  "working at lidl. f off", "doing plumbing, also i want to be removed"])
def test_more_stops_after_a_status_are_stops(text):
    assert classify(text).label == "opt_out"


def test_a_crisis_named_as_a_subject_of_study_still_reaches_the_duty_worker():
    u = classify("doing criminology, our module is on county lines")
    assert u.label != "crisis" and u.details.get("study_topic") and "possible_crisis" in u.details, u


@pytest.mark.parametrize("text", ["dont worry about me, i have already said my goodbyes",
                                  "they drove me to a different town to sell for them",
                                  "at college but 🌉 tonight. goodbye"])
def test_goodbyes_said_and_being_taken_away_to_deal_are_crises_by_the_rules(text):
    from bot.understand.rules import by_rules
    assert by_rules(text).label == "crisis"


@pytest.mark.parametrize("text", ["said my goodbyes to my mates at the leaving do",
                                  "my mum took me to another town to visit my aunt"])
def test_ordinary_goodbyes_and_trips_are_no_crises_by_the_rules(text):
    from bot.understand.rules import by_rules
    assert by_rules(text).label != "crisis"


def test_an_old_number_gone_and_this_one_to_use_is_a_new_number():
    assert classify("my old number is not working, text me on this from now").label == "new_number"
    assert classify("my old phone stopped working, need a new one for work").label != "new_number"


def test_not_something_they_want_to_talk_about_is_a_refusal():
    assert classify("sorry but thats not something i would like to share").label == "refused"


@pytest.mark.parametrize("text,language", [
    ("oprește sms-urile astea", "ro"), ("перестань слать смс", "ru"),
    ("не пиши мне больше", "ru"), ("припини надсилати повідомлення", "uk"),
    ("спри тези съобщения", "bg"), ("para de mandar mensajes porfa", "es"),
    ("arrête de m'envoyer des sms", "fr"), ("hör auf mit den Nachrichten", "de"),
    ("smetti di mandare messaggi", "it"), ("ndalo këto mesazhe", "sq"),
    ("przestań wysyłać te wiadomości", "pl"), ("přestaň mi psát sms", "cs"),
])
def test_a_stop_said_in_the_familiar_singular(text, language):
    """Young people text a service as they text a friend: the singular "stop", not only the
    plural or polite one the lists began with."""
    u = classify(text)
    assert u.label == "opt_out" and u.language == language


@pytest.mark.parametrize("text", [
    "mesaj atmak istiyorum ama numaranız yok",  # "I want to send a message": atma- is no stop
    "beidzu skolu, paldies par ziņu",  # Latvian "I finished school, thanks for the message"
    "parece que a mensagem não chegou",  # Portuguese "pare" is no word of its own here
    "j'ai arrêté l'école, merci pour le message",  # French "I stopped school"
])
def test_words_that_only_begin_like_a_stop_are_none(text):
    assert classify(text).label != "opt_out"


@pytest.mark.parametrize("text,whole", [
    ("Oprește mesajele", "opreste"), ("un café à Canterbury", "cafe"),
    ("Straße", "strasse"), ("ölmek", "olmek"),
])
def test_a_latin_word_with_accents_is_read_whole(text, whole):
    """Broken at each accent, the pieces were "corrected" into English ("oprește" was read
    "ore te")."""
    assert whole in normalise(text).split()


@pytest.mark.parametrize("text", [
    "я ещё не решила что буду делать после лета", "nie wiem jeszcze co chcę robić",
    "ще не знаю, що робитиму далі", "nu știu încă ce vreau să fac", "je sais pas encore",
    "przepraszam, nie rozumiem dobrze po angielsku", "henüz karar vermedim",
    "هنوز تصمیم نگرفتم", "todavía no sé qué voy a hacer", "em chưa biết nữa",
])
def test_an_everyday_reply_in_another_language_is_no_crisis(text):
    """Half the corpus's replies not in English were crises, and the model had learnt the
    language for the risk ("I don't know yet" read as a crisis at 0.98 in five languages).
    These were written as a probe and kept out of the corpus: the training replies of the kind
    (more_everyday_other_languages.tsv) say it in other words."""
    assert classify(text).label != "crisis"


@pytest.mark.parametrize("text,language", [
    ("main marna chahhti hoon", "ur"), ("میں مرنا چااہتی ہوں", "ur"), ("میں مرنا چہتی ہوں", "ur"),
    ("я хочу умерреть", "ru"),
])
def test_a_slip_inside_the_stem_of_a_listed_phrase_is_read(text, language):
    """The lists match a phrase's last word as the start of a word (Urdu "مرنا چاہت" in
    "چاہتا", "چاہتی"); a letter added inside that stem hid the phrase from the slip reader
    (the model alone read it, when it did)."""
    assert near_crisis_language(text) == language
    assert classify(text).label == "crisis"


@pytest.mark.parametrize("text", [
    "finished me btec in the summer, working now", "could someone ring me pelase",
])
def test_a_short_stem_does_not_slip_into_english(text):
    assert classify(text).label != "crisis"


@pytest.mark.parametrize("text", [
    "ne mi pishete poveche. i dont want to be alive anymore",
    "mesaj atmayın artık, im going to kill myself",
    "no me escriban más, i'm going to end it tonight",
])
def test_a_stop_in_another_language_beside_an_english_crisis_is_kept(text):
    """The crisis comes first, and the stop said with it is honoured as an English one is."""
    u = classify(text)
    assert u.label == "crisis" and u.details.get("opt_out") is True


@pytest.mark.parametrize("text", [
    "college is ok, everyone is friendly", "got a job in a restaurant, havent eaten out in ages lol",
    "i hold the stop go sign on roadworks haha", "working tonight at the pub so cant reply till tomorrow",
    "my stepdad got me a job with his building firm", "bit scared about my exams but college is going ok",
])
def test_an_ordinary_reply_in_the_words_crises_use_is_no_crisis(text):
    """Words the corpus's crises used most ("tonight", "everyone", "scared", "eaten") were
    learnt as the risk itself. Written as a probe and kept out of the corpus; the training
    replies of the kind (more_ordinary_words_of_crises.tsv) use the words in other replies."""
    assert classify(text).label != "crisis"


@pytest.mark.parametrize("text,crisis", [
    ("my work coach said she will find me a course", False),
    ("the agency said theyd find me some work soon", False),
    ("they said theyll find me wherever i go", True),
    ("he said he would find me if i told anyone", True),
])
def test_being_found_a_place_is_no_threat(text, crisis):
    """"They said they'd find me" is a threat; "they'd find me a course" is help."""
    assert (classify(text).label == "crisis") is crisis


@pytest.mark.parametrize("text,crisis", [
    ("my gf goes through my messages every night and screams at me", True),
    ("my boyfriend takes all my wages and says i owe him", True),
    ("my fella wont let me have my bank card", True),
    ("my partner decides who i can see", True),
    ("at college now, my boyfriend checks my location all the time", True),
    ("my bf took my phone to ring his mum", False),
    ("my boyfriend broke my phone by accident lol", False),
])
def test_a_partner_who_controls_is_a_crisis(text, crisis):
    """Coercive control by a partner (the phone gone through, the money kept, who they may
    see decided) is abuse; a partner who borrows a phone is not."""
    assert (classify(text).label == "crisis") is crisis


@pytest.mark.parametrize("text,crisis", [
    ("honestly whats even the point anymore", True),
    ("what is the point of it all any more", True),
    ("whats the point of this text", False),
])
def test_the_point_of_it_all_asked_after_is_read_by_the_rules(text, crisis):
    """Hopelessness said plainly is the rules' to read, not the model's alone."""
    assert (by_rules(text).label == "crisis") is crisis


@pytest.mark.parametrize("text,language", [
    ("molya ne mi pishte poveche", "bg"),  # Bulgarian in Latin letters, a slip; read as English
    ("ok nu imi mai trimiite", "ro"),  # "îmi" typed without its accent, and a slip
])
def test_a_stop_of_another_language_typed_plainly_with_a_slip_is_a_stop(text, language):
    """A listed stop typed without its accents, or in Latin letters taken for English, is
    still read through a slip: the young person asked us to stop."""
    u = classify(text)
    assert (u.label, u.language) == ("opt_out", language)


@pytest.mark.parametrize("text,label", [
    ("what do u do with my details after", "question"),
    ("who gets to see my answers?", "question"),
    ("is any of this confidential", "question"),
    ("its private", "refused"),
    ("what happens to my course if i move house", "help"),
])
def test_what_becomes_of_what_they_tell_us_is_a_question(text, label):
    """Asking what we do with their answers, who sees them or whether they are kept private is
    a question about the contact (answered with who we are and why), not a request for help
    and not a refusal."""
    assert classify(text).label == label


@pytest.mark.parametrize("text,crisis", [
    ("got a rpe and im going to the woods later", True),  # "rpe": "rope" or "rape", both read
    ("i tuk a load of pils an hour ago", True),  # "tuk" is text speak for "took", no slip of "tub"
    ("noooe not really", False),  # a word stretched is emphasis, no slip
    ("nah not rly", False),
])
def test_a_slip_that_may_be_two_words_is_read_as_each(text, crisis):
    """A slip one letter from two words is read as each of them: a crisis either way is a
    crisis (recall first); a listed text speak word is read as its list says."""
    assert (by_rules(text).label == "crisis") is crisis


@pytest.mark.parametrize("text", ["working at a building society and they give me in house training",
                                  "my job gives me training on the tills"])
def test_training_given_at_work_is_employment_with_training(text):
    assert by_rules(text).label == "status:employment_with_training"


@pytest.mark.parametrize("text,crisis", [
    ("bit scared of my driving test next week, still at college", False),
    ("terrified of my results day lol", False),
    ("im scared of my stepbrother, he gets angry", True),
    ("scared of my ex finding out where i live", True),
])
def test_fear_of_exams_is_no_fear_of_a_person(text, crisis):
    """Being scared of someone of theirs is a crisis; of their exams, tests or results not."""
    assert (by_rules(text).label == "crisis") is crisis


@pytest.mark.parametrize("text,label,language", [
    ("ਕਿਰਪਾ ਕਰਕੇ ਮੈਨੂੰ ਮੈਸੇਜ ਨਾ ਕਰੋ", "opt_out", "pa"),
    ("请不要再发短信给我", "opt_out", "zh"),
    ("你好，你是哪位？", "question", "zh"),
    ("wewe ni nani?", "question", "sw"),
    ("我现在没有工作，在找工作", "status:seeking", "zh"),
    ("আমি এখন কাজ খুঁজছি", "status:seeking", "bn"),
    ("நான் கல்லூரியில் படிக்கிறேன்", "status:education", "ta"),
    ("我真的活不下去了", "crisis", "zh"),
    ("mainu mera pyo kutda hai", "crisis", "pa"),
])
def test_the_languages_the_lists_had_least_of(text, label, language):
    """Punjabi (in script and in Latin letters), Chinese, Bengali, Tamil, Swahili: a stop, "who
    are you", the commonest statuses and a crisis are read from the lists, in the language."""
    u = classify(text)
    assert (u.label, u.language) == (label, language)


@pytest.mark.parametrize("text,label", [
    ("my sister told me to stpo messaging her boyfriend lol, im at college", "status:education"),
    ("can u take me of the wait list, got into sixth form", "status:education"),
    ("pls stpo messaging me", "opt_out"),
    ("remove me fom ur list", "opt_out"),
])
def test_a_stop_typed_with_a_slip_said_of_something_else_is_no_stop(text, label):
    """A stop read through a slip is held to what a stop typed right is: told to stop texting
    someone else, or taken off a waiting list of theirs, is no opt-out."""
    assert by_rules(text).label == label


@pytest.mark.parametrize("text", ["Message received", "msg received thanks", "got your text"])
def test_a_message_received_is_an_acknowledgement_not_a_stop(text):
    u = classify(text)
    assert u.label == "unclear" and u.details.get("acknowledges")


@pytest.mark.parametrize("text,crisis", [
    ("my cousin hides my passport and says i owe him", True),
    ("the man i live with keeps my papers locked up, he locks my id in his car", True),
    ("she keeps my passport safe for me while im travelling", False),
    ("sent you pics of me certificates earlier, did they come through", False),
])
def test_papers_held_from_them_are_a_crisis_and_their_own_documents_are_not(text, crisis):
    """Papers kept from them by whoever it is are exploitation; pictures of "me
    certificates" (my certificates) are documents sent, not pictures of them."""
    assert (by_rules(text).label == "crisis") is crisis


@pytest.mark.parametrize("text", ["honestly i dont know who else to tell", "i dont know who to turn to anymore"])
def test_not_knowing_who_to_tell_is_no_wrong_number(text):
    assert by_rules(text).label != "wrong_number"


@pytest.mark.parametrize("text", ["broke both my legs falling off my bike, off my feet for a couple of months",
                                  "tore my acl playing football so cant work for a bit",
                                  "on crutches at the moment so not working"])
def test_an_injury_that_keeps_them_from_work_is_illness(text):
    assert classify(text).label == "status:not_available_illness"


def test_a_jump_at_a_pool_or_a_trampoline_park_is_no_crisis_and_one_from_a_height_is():
    assert classify("got a job at a trampoline park, making sure kids dont jump off the sides").label == "status:employment"
    assert classify("going to jump off the bridge tonight").label == "crisis"


@pytest.mark.parametrize("text", [
    "Please remove my daughter's number from your system. She is not interested.",
    "I'm worried about my son, he's been coming home with money and won't say where from",
    "My son volunteers with St John Ambulance and is applying for jobs",
    "his contract at the warehouse ended and he's been at home since, he's applying for things",
    "Hi I'm Liam's support worker, could someone give me a ring about his options?",
])
def test_someone_writing_of_the_young_person_is_the_reporter(text):
    assert classify(text).reporter == "parent"


def test_a_worker_named_as_whose_is_no_job_of_theirs_and_keen_on_is_a_want():
    u = classify("Hi I'm Liam's support worker, could someone ring me about his options? He's keen on an apprenticeship")
    assert u.label not in ("status:employment", "status:apprenticeship")
    assert classify("im keen on doing an apprenticeship").label == "status:seeking"


@pytest.mark.parametrize("text", ["Her doctor has signed her off, she can't manage college at the moment",
                                  "I am her guardian and I do not consent to these messages"])
def test_a_guardian_or_a_reply_opening_with_what_is_theirs_is_someone_elses(text):
    assert classify(text).reporter == "parent"


def test_a_man_met_online_coming_to_meet_them_is_a_crisis_whatever_else_is_said():
    u = classify("he's on remand at cookham wood, i met a guy online whos 30 and hes picking me up tonight")
    assert u.label == "crisis"


def test_the_arabic_verb_of_suicide_after_an_english_status_is_a_crisis():
    assert classify("foundation year at canterbury. also بدي انتحر، ما عاد فيي").label == "crisis"


@pytest.mark.parametrize("text", ["my stepdad broke my arm", "he grabbed me neck", "my dad smashed my head against the wall",
                                  "he held a knife to me neck", "my step mum pulled my hair and dragged me down the stairs",
                                  "dad threw a plate at my head"])
def test_a_part_of_them_hurt_by_someone_is_a_crisis(text):
    assert classify(text).label == "crisis"


@pytest.mark.parametrize("text", ["fell over at the ice rink and hurt me knee", "my mate cut my hair last week",
                                  "my sister pulled my leg about it lol", "broke my wrist playing rugby, out for 6 weeks",
                                  "the dog at work bit my hand lol, im fine, still at the kennels"])
def test_an_injury_of_their_own_a_haircut_or_a_joke_is_no_crisis(text):
    assert classify(text).label != "crisis"


@pytest.mark.parametrize("text", ["Mason is currently in custody at Cookham Wood. Regards, his YOT worker",
                                  "As his mother I am asking you to stop texting this number",
                                  "my daughter would rather not say", "alright hes in feltham at the mo",
                                  "Dear Sir/Madam, my son Jack is enrolled at East Kent College",
                                  "thanks, her mum"])
def test_someone_else_signing_greeting_or_naming_their_child_is_the_reporter(text):
    assert classify(text).reporter == "parent"


@pytest.mark.parametrize(("text", "label"), [
    ("ishchu rabotu, poka nichego net", "status:seeking"), ("zaraz ne pratsiuiu", "status:seeking"),
    ("ya bezrabotnyi seichas", "status:seeking"), ("ana ma bashtaghel hala2", "status:seeking"),
    ("ana bashtghel fi matbakh", "status:employment"), ("şu an işsizim, iş bakıyorum", "status:seeking"),
    ("estou sem trabalho", "status:seeking"), ("rabotayu na sklade v Dartforde", "status:employment"),
])
def test_statuses_typed_in_latin_letters_or_said_colloquially_in_other_languages(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize("text", ["i feel good about my new job at the leisure centre",
                                  "worried about my job at tesco, they're cutting hours"])
def test_about_their_own_job_is_the_job_not_a_want(text):
    assert classify(text).label == "status:employment"


@pytest.mark.parametrize("text", ["get the train to college every day", "deep into my revision at sixth form"])
def test_travel_to_college_or_being_deep_into_it_is_being_there(text):
    assert classify(text).label == "status:education"


@pytest.mark.parametrize(("text", "label"), [
    ("eto ne ego nomer", "wrong_number"), ("shomare eshtebah", "wrong_number"), ("ra2m ghalat", "wrong_number"),
    ("kto eto pishet?", "question"), ("shoma ki hastin?", "question"), ("meen inte?", "question"),
])
def test_wrong_numbers_and_who_is_this_typed_in_latin_letters(text, label):
    assert classify(text).label == label


def test_a_search_of_their_own_beside_a_call_asked_for_is_their_status_with_the_request():
    u = classify("morning i wanna work, been looking since summer, can someone call me")
    assert (u.label, u.details.get("help_requested")) == ("status:seeking", True)
    assert classify("can you help me find a job").label == "help"
    assert classify("can I talk to someone about college?").label == "help"


@pytest.mark.parametrize("text", ["my niece told me her stepfather has been touching her, she asked me to message you",
                                  "we moved up to Leeds in the summer so she goes to college up there now"])
def test_a_relative_or_a_family_that_moved_writing_of_them_is_the_reporter(text):
    assert classify(text).reporter == "parent"


def test_a_young_person_telling_of_a_family_move_and_a_threat_is_not_read_as_a_parent():
    u = classify("we moved away but her dad found us and he's threatening us")
    assert (u.label, u.reporter) == ("crisis", "self")


def test_being_enrolled_is_being_there_and_enrolling_for_a_month_is_a_start():
    assert classify("she is enrolled at east kent college").label == "status:education"
    assert classify("im enrolled on a level 2 course").label == "status:education"
    assert classify("i enrolled for september").label == "status:start_agreed"


@pytest.mark.parametrize(("text", "code"), [
    ("doing an access course to get into uni next year", 230),
    ("doing my maths gcse to get into college in september", 230),
])
def test_what_they_do_now_to_get_into_something_later_is_what_they_do_now(text, code):
    u = classify(text)  # the aim's time is the aim's, and its code is not theirs yet
    assert (u.label, u.details.get("code")) == ("status:education", code)


@pytest.mark.parametrize("text", ["i want to get into college next year", "hoping to get into college in september"])
def test_getting_into_something_wished_for_is_still_a_search(text):
    assert classify(text).label == "status:seeking"


@pytest.mark.parametrize(("text", "label"), [
    ("if i do not pick up i am at work, nights at the depot", "status:employment"),
    ("sorry if i dont answer, im at college till 4", "status:education"),
    ("i do not work, i am at home", "status:seeking"),
])
def test_a_no_said_of_another_verb_ends_where_a_new_subject_starts(text, label):
    assert by_rules(text).label == label  # "do not" is the reply's, not the work's


@pytest.mark.parametrize(("text", "label"), [
    ("yes if i can do it online", "affirm"), ("yes but only if its not too far from me", "affirm"),
    ("no, if i change my mind ill get in touch", "deny"), ("no unless its in canterbury", "deny"),
])
def test_a_yes_or_a_no_with_what_it_hangs_on_is_still_a_yes_or_a_no(text, label):
    assert by_rules(text, "yesno").label == label


@pytest.mark.parametrize("text", ["ill get in touch when im ready", "if i can help with anything else let me know"])
def test_their_own_word_to_get_in_touch_or_help_is_no_request(text):
    assert by_rules(text).label != "help"
    assert by_rules("can you get in touch").label == "help"


@pytest.mark.parametrize("text", ["i move up to level 3 in september", "we moved up to year 13 this term"])
def test_moving_up_a_level_or_a_year_is_no_move_away(text):
    assert by_rules(text).label != "status:moved_away"
    assert classify(text).label != "status:moved_away"  # nor does the model's "moved" overrule it


@pytest.mark.parametrize(("text", "label"), [
    ("im done with college, got a job at a bakery instead", "status:employment"),
    ("done with school now, looking for an apprenticeship", "status:seeking"),
])
def test_done_with_something_is_its_end(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize(("text", "label"), [
    ("it all starts again monday, back to college after the holidays", "status:education"),
    ("back at work after christmas, still at the hotel", "status:employment"),
    ("going back to uni after reading week", "status:education"),
    # every place it names (a place of two words, "sixth form", once raised a KeyError)
    ("back to sixth form after half term next week", "status:education"),
    ("back to my apprenticeship after the summer, starting monday", "status:apprenticeship"),
    ("back at work after christmas, first shift monday", "status:employment"),
    ("returning to my placement after the holidays next week", "status:training"),
    ("back to lessons after half term on monday", "status:education"),
])
def test_a_return_after_a_break_is_being_there_not_a_start(text, label):
    assert by_rules(text).label == label
    assert classify(text).label == label
    assert by_rules("i start college after christmas").label == "status:start_agreed"


@pytest.mark.parametrize(("text", "label"), [
    ("im usually at work till 3, at the school canteen", "status:employment"),
    ("i work in the school kitchen", "status:employment"),
    ("doing the school run then home with the baby", "status:not_available_parent"),
])
def test_a_schools_kitchen_or_its_run_is_no_place_of_study(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize("text", ["sorry for not answering", "again sorry for not answering",
                                  "sorry about not getting back to you sooner", "sorry for the late reply"])
def test_an_apology_for_not_answering_answers_nothing(text):
    u = classify(text)  # asked again; no refusal (830) the model read in "not answering"
    assert (u.label, u.details.get("no_answer")) == ("unclear", True)
    assert classify(f"{text}, i dont want to be here anymore").label == "crisis"


@pytest.mark.parametrize("text", [
    "Hello, I'm writing from the leaving care team, Amir has moved to a placement in Birmingham.",
    "Hello, teacher here from the PRU, Callum has secured a job with a local builder",
])
def test_someone_writing_from_a_service_or_a_school_is_someone_else(text):
    assert classify(text).reporter == "parent"  # (DESIGN.md 3 names no other kind of reporter)


@pytest.mark.parametrize("text", ["im writing from college to say i'll be late",
                                  "im a carer here at the care home, full time",
                                  "i work as a support worker here at the hostel"])
def test_a_young_person_writing_from_college_or_of_their_own_role_is_themselves(text):
    assert classify(text).reporter == "self"


@pytest.mark.parametrize("text", ["Holly is at college now", "mason works at the garage with his uncle",
                                  "jack is doing nothing at the moment"])
def test_a_first_name_that_is_also_a_word_opening_the_reply_is_someone_else_writing(text):
    assert classify(text).reporter == "parent"
    assert classify("summer is nearly over, still looking for work").reporter == "self"


@pytest.mark.parametrize("text", ["im at the grammar doing a levels", "at the academy in year 12"])
def test_a_grammar_or_an_academy_is_a_schools_sixth_form(text):
    assert classify(text).details.get("code") == 210
    assert classify("doing my a levels").details.get("code") == 230  # no place said: the default


@pytest.mark.parametrize("text", ["this is the last time you'll hear from me",
                                  "this is the last message youll hear from me"])
def test_the_last_time_anyone_will_hear_from_them_is_a_goodbye(text):
    assert by_rules(text).label == "crisis"


def test_every_place_a_return_after_a_break_names_is_an_activity():
    from bot.understand.patterns.statuses import _BACK_AFTER_A_BREAK, _BACK_TO

    places = re.search(r"\((college[^)]*)\)", _BACK_AFTER_A_BREAK.pattern).group(1).split("|")
    assert len(places) >= 8
    assert all(p.removeprefix("my ").removeprefix("the ") in _BACK_TO for p in places)


@pytest.mark.parametrize("text", ["ክመውት እደሊ እየ", "ምሟት ደልየ"])
def test_tigrinya_words_of_dying_are_a_crisis(text):
    u = classify(text)
    assert (u.label, u.language) == ("crisis", "ti")


@pytest.mark.parametrize("text", ["I left my job last month because of my manager now I'm looking for something else",
                                  "quit last week because of my supervisor, looking for something else now"])
def test_a_boss_they_left_because_of_is_no_job_of_theirs_now(text):
    assert classify(text).label == "status:seeking"
    assert classify("still at tesco, stressed because of my manager").label == "status:employment"


@pytest.mark.parametrize(("text", "code"), [
    ("working at a garage and they train me in house, no qualification", 340),
    ("they train me at work but its not a qualification", 340),
    ("work at the bank and do my aat on day release", 320),
])
def test_a_qualification_denied_is_training_without_one(text, code):
    u = classify(text)
    assert (u.label, u.details.get("code")) == ("status:employment_with_training", code)


@pytest.mark.parametrize("text", ["job offer from aldi, start date the 15th", "got a job offer from tesco, start monday"])
def test_a_job_offer_with_a_start_to_come_is_a_start_not_a_job(text):
    u = by_rules(text)
    assert (u.label, u.details.get("code")) == ("status:start_agreed", 615)


@pytest.mark.parametrize("text", ["in year 12 but getting bullied so bad i'd rather be dead thanks",
                                  "honestly id rather die thanks", "i feel not ok within myself",
                                  "got shot often round my way"])
def test_an_exception_ends_at_its_word_so_thanks_is_not_than(text):
    # "rather be dead" is no crisis before "than" ("than work there"); "thanks" begins
    # with those letters and was read as it (a missed crisis in the folds of train and dev)
    assert by_rules(text).label == "crisis"


@pytest.mark.parametrize("text", ["new look", "private tutor", "im a private tutor", "im a postie", "commis chef"])
def test_only_an_employer_or_a_job_of_the_lists_stays_work(text):
    # the model read "new look" as looking and "private tutor" as a refusal, and "im a postie"
    # was Slovak, "commis chef" French: the lists' British words are English
    u = classify(text)
    assert (u.label, u.language) == ("status:employment", "en")


def test_only_a_job_may_still_be_read_as_another_work():
    assert classify("apprenticeship 🔧 mechanic").label == "status:apprenticeship"


@pytest.mark.parametrize(("text", "label"), [
    ("level 2 beauty therapy at college", "status:education"),
    ("massage therapist at a spa", "status:employment"),
    ("im a beauty therapist", "status:employment"),
    ("in therapy for my anxiety, cant work yet", "status:not_available_illness"),
])
def test_a_therapy_that_is_a_trade_is_no_treatment(text, label):
    # "beauty therapy" was an illness (640) by the rules
    assert classify(text).label == label


@pytest.mark.parametrize("place", ["swanley", "west malling", "snodland", "otford", "marden", "sturry",
                                   "hawkinge", "chartham", "st marys bay"])
def test_a_move_to_a_kent_town_is_no_move_away_however_near_another_name(place):
    # the spelling correctors read "otford" as "oxford", "chartham" as "chatham" (Medway),
    # "snodland" as "scotland", "swanley" as "stanley"; a Kent town is read as written
    assert classify(f"we moved to {place} last month").label != "status:moved_away"


@pytest.mark.parametrize("place", ["chatham", "oxford", "hastings", "scotlnd"])
def test_a_move_beyond_kent_is_still_a_move_away(place):
    assert classify(f"we moved to {place} last month").label == "status:moved_away"


@pytest.mark.parametrize(("text", "label"), [
    ("i can do this job in my sleep", "status:employment"),  # was a model crisis (0.99)
    ("working at tesco, could do it in my sleep lol", "status:employment"),
    ("i want to die in my sleep", "crisis"),
    ("i could just go in my sleep and nobody would care", "crisis"),
])
def test_a_task_done_in_their_sleep_is_ease_not_death(text, label):
    assert classify(text).label == label


def test_every_employer_of_the_list_said_alone_is_work():
    # "londis" was read as "london" (two slips) and "new look" as looking; "just eat" alone
    # is also "only eat", so it is read with a word of work ("working at just eat")
    from bot.understand import wordlists

    for name in wordlists.words("employers.txt"):
        assert classify(f"working at {name}").label == "status:employment", name
        if name != "just eat":
            assert classify(name).label == "status:employment", name


@pytest.mark.parametrize("text", ["i am not bad", "i am not bad at all", "not bad and"])
def test_only_how_they_are_is_no_model_crisis_but_is_shown_at_once(text):
    # the model read these as crises (0.59-0.95: it leans on "i am not"); they only alert now
    u = classify(text)
    assert u.label == "unclear" and u.details.get("acknowledges") and u.details.get("possible_crisis")


@pytest.mark.parametrize("text", ["i am not ok", "hello, أريد أن أنههي حياتي", "hi there мені погано, я не хочу жити"])
def test_a_crisis_beside_a_greeting_is_still_one(text):
    assert classify(text).label == "crisis"


@pytest.mark.parametrize("text", ["i hope everything is okay", "thanks for checking in", "hope ur ok"])
def test_only_a_courtesy_answers_nothing_and_raises_no_crisis(text):
    # "i hope everything is okay" was a model crisis (0.93)
    u = classify(text)
    assert u.label == "unclear" and u.details.get("acknowledges")


@pytest.mark.parametrize("text", ["i work at a bakery and go to college one day a week",
                                  "work in a salon and college one day per week"])
def test_one_day_a_week_is_how_often_not_some_day(text):
    # "one day" is a plan ("one day i'll go to college"); "one day a week" is how often they
    # go: a job with its day at college, not a student who also works
    assert by_rules(text).label == "status:employment_with_training"
    assert by_rules("i work at a bakery, want to go to college one day").label == "status:employment"


@pytest.mark.parametrize("text", ["serving at a pub in deal", "on reception at a hotel", "washing up at a care home",
                                  "baking bread for a bakery", "front desk at a gym, mornings"])
def test_the_work_said_alone_at_a_place_of_work_is_a_job(text):
    # no "i" and no job title: the work and where ("serving in a cafe", "reception at a salon")
    assert classify(text).label == "status:employment"


@pytest.mark.parametrize("text", ["cooking at home", "making trouble at the pub", "cleaning my room"])
def test_work_done_at_home_or_no_work_is_no_job(text):
    assert by_rules(text).label != "status:employment"


@pytest.mark.parametrize(("text", "label"), [
    ("Please note that the young person is now in full time employment", "status:employment"),
    ("I am writing to inform you that our learner has withdrawn from the course", "status:seeking"),
    ("the yp is back at school now", "status:education"),
    ("Your client has moved to Leeds with her dad", "status:moved_away"),
])
def test_the_young_person_as_a_service_names_them_is_reported_by_someone_else(text, label):
    # a provider, a social worker or a foster carer writes "the young person", "the yp", "our
    # learner": someone else's report (DESIGN.md 3: recorded "to verify")
    u = classify(text)
    assert (u.label, u.reporter) == (label, "parent")


@pytest.mark.parametrize("text", ["she withdrew from sixth form after christmas", "i have withdrawn from my course",
                                  "he has been withdrawn from the programme"])
def test_withdrawn_from_a_course_is_a_course_that_ended(text):
    assert classify(text).label == "status:seeking"


def test_withdrawn_as_a_mood_ends_nothing():
    assert classify("she has been very withdrawn lately but is still at college").label == "status:education"


@pytest.mark.parametrize("text", ["he dropped out of sixth form in october", "she quit her course in june, nothing since",
                                  "he joined the army in september"])
def test_he_or_she_and_what_they_did_is_someone_else_writing(text):
    assert classify(text).reporter == "parent"


@pytest.mark.parametrize("text", ["he passed away last month so im looking for work now",
                                  "he stopped talking to me, im at college"])
def test_he_or_she_and_what_happened_to_them_is_the_young_person_writing(text):
    assert classify(text).reporter == "self"


@pytest.mark.parametrize("text", ["need work asap, any job at all", "i want an apprenticeship. any apprenticeship tbh",
                                  "my course ended in july, now i look for work, anything is fine"])
def test_any_job_after_a_want_is_what_they_would_take_not_what_they_do(text):
    assert classify(text).label == "status:seeking"


@pytest.mark.parametrize("text", ["this isnt olivia", "not max sorry", "no holly here", "im not ethan x"])
def test_a_name_said_not_to_be_theirs_is_a_wrong_number(text):
    # a name that is also a word ("max", "holly") counts where the reply is only that
    assert classify(text).label == "wrong_number"


def test_not_the_name_and_who_is_writing_instead_is_no_wrong_number():
    assert classify("this is not jack, its his mum, he is at college").label == "status:education"


@pytest.mark.parametrize("text", ["i cant go to work anymore", "she cant go to school any more", "i cannot go back to college"])
def test_only_a_place_they_cannot_go_to_is_an_ending_the_duty_worker_glances_at(text):
    # the model leans on "cant go ... anymore" ("i cant go on anymore"): 0.95 for work, read
    # now as an ending, its worry an alert for the duty worker (possible_crisis)
    assert classify(text).label == "status:seeking"
    assert classify("i cant go to work anymore").details["possible_crisis"] >= 0.5


def test_a_place_they_cannot_go_to_and_a_harm_is_a_crisis():
    assert classify("i cant go to school anymore, they beat me up every day").label == "crisis"
    assert classify("i cant go on anymore").label == "crisis"


@pytest.mark.parametrize("text", ["still at the langton", "ukc doing law", "norton knatchbull sixth form",
                                  "year 13 at highworth", "uca, fashion"])
def test_a_kent_college_school_or_university_named_alone_is_where_they_study(text):
    assert classify(text).label == "status:education"


def test_a_college_is_recorded_by_its_own_name():
    # "hadlow college" was read "harlow college" (Essex) and recorded so; "skinners" "sinners"
    assert classify("at hadlow college doing animal care").details["establishment"] == "Hadlow College"
    assert "skinners" in normalise("skinners school").split()


@pytest.mark.parametrize("text", ["not sainsburys", "nah not at costa", "never maccies"])
def test_a_place_they_do_not_work_says_nothing_of_what_they_do(text):
    u = classify(text)
    assert u.label == "unclear" and u.details.get("no_answer")


@pytest.mark.parametrize(("text", "where"), [("left greggs in june, working at primark now", "Primark"),
                                             ("not at ekc anymore, im at canterbury college", "Canterbury College"),
                                             ("was at college till christmas, now full time at lidl", "Lidl"),
                                             ("dropped out of uni, nothing at the moment", None)])
def test_the_establishment_is_where_they_are_now_not_where_they_were(text, where):
    assert classify(text).details.get("establishment") == where


@pytest.mark.parametrize(("text", "label"), [("new job!! start was on monday at the garden centre", "status:employment"),
                                             ("first day was yesterday at college, its ok", "status:education")])
def test_a_start_said_to_be_over_is_what_they_do_now(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize("text", [
    "i dont really want to be here anymore", "tbh i dont even want to be alive",
    "i honestly cannot go on", "i genuinely want to end it all", "i dont actually want to live",
    "i kind of want to disappear",
])
def test_a_crisis_said_with_a_word_of_how_much_is_read_by_the_rules(text):
    # "really", "even", "honestly" (data/intensifiers.txt) change nothing of what is said
    assert by_rules(text).label == "crisis"


@pytest.mark.parametrize("text", [
    "i dont just want to live, i want to enjoy it", "i really want to live abroad one day",
])
def test_words_that_change_what_is_said_are_kept(text):
    assert by_rules(text).label != "crisis"


@pytest.mark.parametrize("text", [
    "job interview went well", "my job interview was yesterday", "got a job interview on friday",
    "job applications all day", "got a job trial on saturday", "been to a jobs fair",
])
def test_job_naming_the_search_is_looking_not_a_job(text):
    u = by_rules(text)
    assert u.label == "status:seeking", u


@pytest.mark.parametrize("text,label", [
    ("got a job at asda", "status:employment"), ("my job is boring", "status:employment"),
    ("job interview went well, they offered it to me, i start 4th jan", "status:start_agreed"),
])
def test_a_job_held_or_got_is_still_read(text, label):
    assert by_rules(text).label == label


@pytest.mark.parametrize("text", ["my aunt pays me to work in her cafe", "my uncle pays me", "they pay me cash for gardening",
                                  "working cash in hand on a building site"])
def test_pay_for_work_is_a_job(text):
    assert by_rules(text).label == "status:employment"


@pytest.mark.parametrize("text", ["some lad pays me to keep stuff at mine", "they paid me to carry bags to ramsgate"])
def test_pay_to_hold_or_carry_for_someone_is_a_crisis(text):
    assert by_rules(text).label == "crisis"


@pytest.mark.parametrize("text", ["WAS AT COLLEGE BUT LEFT, STOP THE COUNT LOL WRONG CHAT",
                                  "WORKING AT ASDA. STOP SAYING THAT TO ME MUM LOL"])
def test_stop_inside_a_reply_all_in_capitals_is_only_a_word(text):
    # capitals say nothing where every word has them; first or last it is still the keyword
    assert by_rules(text).label != "opt_out"


@pytest.mark.parametrize("text", ["STOP", "AT COLLEGE STOP", "STOP IM WORKING NOW", "IM AT COLLEGE, STOP MESSAGING ME",
                                  "at college. STOP"])
def test_stop_first_or_last_in_capitals_is_an_opt_out(text):
    assert by_rules(text).label == "opt_out"


@pytest.mark.parametrize("text", [
    "Hi, replying on behalf of my grandson, he is at college doing carpentry",
    "I'm answering for my daughter because she's at work, she works at boots",
    "Message from Kian's mum: he's in year 13 at Simon Langton",
    "He has gone to live with his dad in Leeds. Kind regards, Joanne (mum)",
])
def test_a_parent_replying_for_them_or_signing_as_a_parent_is_the_reporter(text):
    assert classify(text).reporter == "parent"


@pytest.mark.parametrize("text", [
    "whats the samaritans number again", "can i have the number for childline", "i called a suicide hotline last night",
    "is there a crisis line i can text", "please help me now before i do something", "i need someone before i do something i regret",
])
def test_a_crisis_line_turned_to_or_something_about_to_be_done_is_a_crisis(text):
    assert by_rules(text).label == "crisis"


@pytest.mark.parametrize("text", [
    "volunteering for samaritans on saturdays", "i work at the samaritans shop in margate",
    "under the crisis team at the moment so not working", "i need to save up before i do something like uni",
])
def test_a_crisis_line_worked_for_or_a_team_they_are_under_is_no_crisis(text):
    assert by_rules(text).label != "crisis"


@pytest.mark.parametrize("text", ["i have worked at the chip shop since i left school",
                                  "ive been working for a roofer for a year now", "been at greggs ever since i left college"])
def test_work_said_in_the_present_perfect_or_since_a_leaving_is_a_job_now(text):
    assert by_rules(text).label == "status:employment"


@pytest.mark.parametrize("text", ["ive worked in a warehouse before", "i have worked in retail in the past, nothing now"])
def test_work_done_before_is_experience_not_a_job(text):
    assert by_rules(text).label != "status:employment"


@pytest.mark.parametrize("text", ["sorry im a pensioner, i think youve got me mixed up",
                                  "we dont have a daughter called chloe", "there's no son called kai at this address"])
def test_an_adult_long_past_it_or_no_such_child_is_a_wrong_number(text):
    assert by_rules(text).label == "wrong_number"


@pytest.mark.parametrize("text", ["how do you even know my number", "how does the council know im not at college"])
def test_how_we_know_about_them_is_a_question(text):
    assert by_rules(text).label == "question"


@pytest.mark.parametrize("text", [
    "swallowed a bottle of pills an hour ago", "took half a bottle of tablets", "an older man online keeps sending me presents",
    "older lads keep giving me weed", "some guy on snap says he will pay me if i meet him", "he gives me money to send him pics",
])
def test_a_bottle_of_pills_an_older_strangers_gifts_and_pay_to_meet_are_crises(text):
    assert by_rules(text).label == "crisis"


@pytest.mark.parametrize("text", [
    "my boss pays me to stay late", "my nan gives me money to go to the shop", "my older brother gave me some money",
    "i have a national insurance number and i can work", "i can work weekends",
])
def test_pay_from_family_or_work_and_work_they_can_do_are_no_crisis_and_no_job(text):
    u = by_rules(text)
    assert u.label != "crisis" and not (text.startswith("i ") and u.label == "status:employment"), u


@pytest.mark.parametrize("text", ["stop ringing me pls, text me istead", "please stop calling my landline, text me insted"])
def test_texts_asked_for_instead_of_calls_with_a_slip_are_no_opt_out(text):
    assert by_rules(text).label != "opt_out"


@pytest.mark.parametrize("text", ["i want my details deleted", "i would like all my data erased", "we want his number removed"])
def test_details_wished_deleted_are_an_opt_out(text):
    assert by_rules(text).label == "opt_out"


@pytest.mark.parametrize("text", ["me very sad, no want live", "i not want to live no more", "no want to be alive"])
def test_a_learners_no_before_a_want_is_read_as_do_not(text):
    assert by_rules(text).label == "crisis"


def test_somali_not_wanting_to_live_with_another_verb_of_wanting_is_a_crisis():
    u = classify("ma doonayo inaan noolaado")
    assert u.label == "crisis" and u.language == "so", u


@pytest.mark.parametrize("text, lang", [("сьогодні мені нема де ночувати", "uk"), ("mero dai le malai kutchha", "ne"),
                                        ("aaja sutne thau chaina", "ne")])
def test_nowhere_to_sleep_in_ukrainian_and_a_beating_in_romanised_nepali_are_crises(text, lang):
    u = classify(text)
    assert u.label == "crisis" and u.language == lang, u


@pytest.mark.parametrize("text", ["not ellie, this is her old number", "that was his old phone, its mine now"])
def test_someone_elses_old_number_is_a_wrong_number(text):
    assert by_rules(text).label == "wrong_number"


def test_their_own_old_number_is_no_wrong_number():
    assert by_rules("this is my old number").label != "wrong_number"
