"""The NCCIS code a status reply is recorded with (DESIGN.md section 8): the activity going on
now, not one that has ended, and part time only when the study or the job is. Written as the
kinds of the replies issue ("a part-time job leaking into the education code, a past school
into the current one"), not copied from any corpus split."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from bot.understand import classify
from bot.understand.rules import by_rules

CASES = [
    ("left school in june, at college now", "status:education", 230),
    ("i left school and now im at canterbury college", "status:education", 230),
    ("my old school was rubbish, im at college now", "status:education", 230),
    ("was at uni but now at college", "status:education", 230),
    ("finished sixth form, now at uni", "status:education", 240),
    ("at college doing a level 3, work part time at costa", "status:education", 230),
    ("college and a part time job", "status:education", 230),
    ("i work part time while at college", "status:education", 230),
    ("part time at college", "status:education", 250),
    ("im doing a part time course", "status:education", 250),
    ("year 12 at school", "status:education", 210),
    ("sixth form", "status:education", 210),
    ("doing a levels at sixth form college", "status:education", 220),
    ("doing a degree", "status:education", 240),
    ("used to work part time, full time at asda now", "status:employment", 330),
    ("was temping, now permanent at amazon", "status:employment", 330),
    ("part time at tesco", "status:employment", 360),
    ("self employed", "status:employment", 380),
    ("working full time and doing my nvq level 2", "status:employment_with_training", 320),
    ("doing an apprenticeship in plumbing", "status:apprenticeship", 310),
    ("on a traineeship", "status:training", 450),
    ("looking for work", "status:seeking", 619),
    ("i'm pregnant", "status:not_available_pregnancy", 650),
    # a job named by its employer is a job's start (615); custody is 710 however it is read
    ("starting at tesco on monday!!", "status:start_agreed", 615),
    ("starting college in january", "status:start_agreed", 616),
    ("got the position at the bank, start monday", "status:start_agreed", 615),  # a job, however named
    ("offered me the role, starting next week", "status:start_agreed", 615),
    ("He's currently in HMYOI Cookham Wood", "status:custody", 710),
    # volunteering beside a course is working not for reward with study; a job centre's
    # programme is DWP provision
    ("volunteering at oxfam and doing an online course", "status:volunteering", 550),
    ("volunteering at the food bank", "status:volunteering", 540),
    ("job centre sent me on a course", "status:training", 440),
    ("doing an hnc in engineering", "status:education", 240),  # higher education, wherever taught
    # a special post-16 institution and funded work-based learning, named as the codes name them
    ("she's at a specialist college for deaf students", "status:education", 280),
    ("doing work based learning with a local provider", "status:training", 410),
    ("on a course with a training provider", "status:training", 430),
]


@pytest.mark.parametrize(("text", "label", "code"), CASES)
def test_the_code_is_the_current_activity(text, label, code):
    u = classify(text)
    assert (u.label, u.details.get("code")) == (label, code)


# A set of status replies labelled with their codes (corpus/codes/written.tsv), split once by
# corpus/codes/split.py; the test half is locked: no rule is tuned on it.
CODES = Path(__file__).resolve().parent.parent / "corpus" / "codes"
CODES_TEST_SHA256 = "86f8d4891515540a3f7e59fd228b312c6e12259ba8f974e34871b3ef7a26e36a"


def _code_report(split: str) -> tuple[int, int, int]:
    rows = [json.loads(x) for x in (CODES / f"{split}.jsonl").read_text("utf-8").splitlines()]
    labelled = [(r, u) for r in rows if (u := classify(r["text"])).label == r["label"]]
    right = sum(u.details.get("code") == r["code"] for r, u in labelled)
    print(f"[{split}] {len(rows)} replies, {len(labelled)} labelled right, "
          f"code right for {right} ({right / len(labelled):.3f})")
    return len(rows), len(labelled), right


def test_the_code_test_split_is_locked():
    data = (CODES / "test.jsonl").read_bytes()
    assert hashlib.sha256(data).hexdigest() == CODES_TEST_SHA256
    assert len(data.splitlines()) >= 40


def test_the_code_is_right_for_95_percent_of_correctly_labelled_statuses():
    """The replies issue's bar, on dev (tuned on) and on the locked split (reported; first
    reading, before any change for this set: 42 of 43)."""
    _, labelled, right = _code_report("dev")
    assert right >= 0.95 * labelled
    _, labelled, right = _code_report("test")
    assert right >= 0.9 * labelled


@pytest.mark.parametrize("text", ["sixth form full time, and a saturday job at boots",
                                  "im at college and i work weekends at the garden centre",
                                  "go to college mon to fri and do evening shifts at a pub"])
def test_a_jobs_weekends_or_evenings_do_not_make_the_course_part_time(text):
    u = classify(text)
    assert u.label == "status:education" and u.details["code"] != 250, u


@pytest.mark.parametrize("text", ["doing my degree at uca", "nursing at christ church uni", "second year at ukc"])
def test_a_kent_university_named_is_higher_education(text):
    assert classify(text).details.get("code") == 240


@pytest.mark.parametrize("text", ["i sell clothes on depop full time", "reselling trainers on vinted and ebay, its my income"])
def test_selling_online_as_a_trade_is_self_employment(text):
    u = classify(text)
    assert (u.label, u.details.get("code")) == ("status:employment", 380), u


def test_a_job_that_trains_them_in_house_is_employment_with_training():
    u = classify("work at a hotel, they train us in house")
    assert (u.label, u.details.get("code")) == ("status:employment_with_training", 340), u


@pytest.mark.parametrize("text", [
    "working at a vets and doing my level 2 animal care at college on fridays",
    "i work at a bakery full time and go to college on mondays for my diploma",
])
def test_a_job_with_college_on_a_weekday_said_plural_is_a_job_with_training(text):
    u = classify(text)
    assert u.label == "status:employment_with_training" and u.details["code"] == 320


@pytest.mark.parametrize(("text", "label", "code"), [
    ("btec in engineering, full time at college", "status:education", 230),
    ("level 3 diploma in childcare, full time at the college in dover", "status:education", 230),
    ("part time at college doing my english gcse", "status:education", 250),
    ("full time at the school kitchen as a cook", "status:employment", 330),
])
def test_time_at_a_place_of_study_is_study_and_at_a_workplace_in_it_work(text, label, code):
    for u in (classify(text), by_rules(text)):  # the rules read it so, whatever the model makes of it
        assert (u.label, u.details.get("code")) == (label, code), u
