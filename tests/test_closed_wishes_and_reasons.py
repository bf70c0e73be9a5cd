"""What the place ended and what others wish: a course axed or a workplace closed or gone under
is over for them ("the college scrapped the course"), while a college closed for a snow day or a
shop that shuts at six is not; what someone else wants them to do ("my dad wants me to get a
job") or what they say they should do is wanted, not had; a request for help "getting" or
"finding" something is a request, not the thing got; the reason an activity is over, in the
present tense of learners' English ("because the course finish in june"), is past; put out of a
college is over, out of a home a crisis; hours or weekends at a place of work are a job."""

import pytest

from bot.understand import classify


@pytest.mark.parametrize("text", [
    "the college axed my course in october", "they scrapped the plumbing course, not enough students",
    "my course got pulled halfway through", "the salon i worked at shut down last month",
    "the firm went into administration so that was that", "the company i worked for went under",
    "the place i was working at closed down", "my traineeship got binned when the funding stopped",
])
def test_what_the_place_closed_is_over(text):
    assert classify(text).label == "status:seeking"


@pytest.mark.parametrize("text, label", [
    ("college was shut today because of the snow, back tomorrow", "status:education"),
    ("working at the bakery, it closes at 3 so message after", "status:employment"),
    ("the warehouse closed down the old site but moved us all to dartford, still there", "status:employment"),
])
def test_a_place_shut_for_the_day_or_moved_is_not_an_end(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize("text", [
    "my foster mum keeps telling me to get a job but im not doing anything yet",
    "nan wants me to do a hairdressing course, im at home for now",
    "my key worker is pushing me to apply for college",
    "i should really go back to sixth form tbh",
])
def test_a_wish_of_theirs_or_of_others_is_wanted_not_had(text):
    u = classify(text)
    assert u.label == "status:seeking", u
    assert u.details.get("wanted")


@pytest.mark.parametrize("text", ["can i get some help getting an apprenticeship",
                                  "my uncle said to ask you lot for help finding work",
                                  "would like help getting a college place"])
def test_help_getting_it_is_a_request_not_the_thing_got(text):
    assert classify(text).label == "help"


@pytest.mark.parametrize("text", ["im not at the college now because the course finish last june",
                                  "no job now cos my contract end in august"])
def test_a_reason_in_the_present_of_learners_english_is_past(text):
    assert classify(text).label == "status:seeking"


@pytest.mark.parametrize("text", ["i got kicked out of my college last year", "got chucked out of my sixth form for fighting",
                                  "they kicked me out of the catering course", "i got kicked out of my school in year 12"])
def test_put_out_of_a_college_or_a_course_is_over_and_no_crisis(text):
    assert classify(text).label == "status:seeking"


@pytest.mark.parametrize("text", ["i got kicked out of my house last night", "got kicked out of my foster placement",
                                  "i got kicked out of my dads"])
def test_put_out_of_a_home_is_still_a_crisis(text):
    assert classify(text).label == "crisis"


def test_a_year_group_after_an_ending_is_when_it_ended_not_the_year_they_are_in():
    assert classify("i quit sixth form in year 13, nothing since").label == "status:seeking"
    assert classify("left my old school and now im in year 12 at a new sixth form").label == "status:education"


@pytest.mark.parametrize("text", ["doing 25 hours a week at the local bakery", "i do weekends at the garden centre",
                                  "work evenings at the chippy", "got 12 hours at the co op"])
def test_hours_days_or_weekends_at_a_place_of_work_are_a_job(text):
    assert classify(text).label == "status:employment"


@pytest.mark.parametrize("text", ["i go to the gym 4 days a week at the leisure centre", "saturdays at the pub with my mates"])
def test_time_spent_at_a_place_is_no_job(text):
    assert classify(text).label != "status:employment"


@pytest.mark.parametrize("text", ["started sixth form in september but i only lasted a month",
                                  "got a job at the cinema, i lasted two weeks",
                                  "was doing shifts at a factory through an agency but they stopped giving me any a few weeks ago"])
def test_lasted_only_so_long_or_shifts_stopped_a_while_ago_is_over(text):
    assert classify(text).label == "status:seeking"


@pytest.mark.parametrize("text, label", [("registered with a couple of agencies but no work yet", "status:seeking"),
                                         ("still on the books at the agency, they give me shifts most weeks", "status:employment")])
def test_an_agency_joined_is_a_search_step_and_its_books_a_job(text, label):
    assert classify(text).label == label


@pytest.mark.parametrize("text", ["doing my cscs card at the moment", "booked onto a forklift licence next week",
                                  "on an sia door supervisor course", "doing a food hygiene course with the job centre"])
def test_a_ticket_or_card_for_a_job_under_way_is_training_no_crisis(text):
    u = classify(text)
    assert u.label in ("status:training", "status:start_agreed"), u


def test_a_card_already_held_is_no_training():
    assert classify("got my cscs card, looking for labouring work").label == "status:seeking"


@pytest.mark.parametrize("text", ["had to give up my course at the college when my dad got ill, nothing since",
                                  "quit my apprenticeship at the garage last month"])
def test_the_place_of_what_ended_is_over_with_it(text):
    assert classify(text).label == "status:seeking"


def test_a_start_that_only_may_come_is_no_start_agreed():
    u = classify("working at the bakery, my manager says i might be able to do my level 2 next year")
    assert u.label == "status:employment", u


@pytest.mark.parametrize("text", ["didnt get into the college i applied for, so nothing at the moment",
                                  "left sixth form after my a levels, nothing lined up"])
def test_the_place_they_wanted_or_the_exams_that_date_an_ending_are_not_theirs_now(text):
    assert classify(text).label == "status:seeking"
