"""The tracking year: seasons of the termly action plan dated around any day, each with a
countdown on the dashboard and, where a chase helps, a campaign ready to preview."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from werkzeug.security import generate_password_hash

from db.models import Campaign, StaffUser
from db.session import transaction
from neet import calendar
from neet.clock import today_london
from outreach import audience
from tests.helpers import seed, signed_in
from web.app import create_app

PW = "correct horse battery"


def _keys(today: date) -> list[tuple[str, bool, int]]:
    return [(d.season.key, d.running, d.days) for d in calendar.now_and_next(today)]


def test_seasons_are_dated_around_any_day():
    assert _keys(date(2026, 11, 30))[:2] == [("activity_survey", True, 0),
                                             ("not_known_push", True, 31)]
    assert ("christmas_dropouts", False, 33) in _keys(date(2026, 11, 30))
    assert _keys(date(2026, 12, 1))[0] == ("not_known_push", True, 30)  # the survey is over
    assert ("results_day", True, 11) in _keys(date(2027, 8, 20))
    assert ("activity_survey", False, 12) in _keys(date(2027, 8, 20))  # next term's, ahead
    jan1 = _keys(date(2027, 1, 1))
    assert ("not_known_push", True, 0) not in jan1 and ("christmas_dropouts", False, 1) in jan1


@pytest.mark.parametrize("year,day", [(2024, 22), (2025, 21), (2026, 20), (2027, 26)])
def test_results_day_is_the_thursday_between_20_and_26_august(year, day):
    assert calendar.results_day(year) == date(year, 8, day)


def test_every_seasons_audience_is_a_valid_campaign_rule():
    for s in calendar.seasons():
        for today in (date(2026, 11, 30), date(2027, 8, 20)):
            due = calendar.Due(s, *s.dates(today), True, 0)
            if due.audience_for() is not None:
                audience.Rule.from_dict(due.audience_for())  # raises if not


def test_the_dashboard_counts_down_and_prepares_a_seasons_campaign(rt):
    seed(rt, with_catalogue=False)
    with transaction(rt.sessions) as s:
        pw = generate_password_hash(PW)
        s.add(StaffUser(email="track@k", name="T", role="tracking", password_hash=pw))
    app = create_app(rt)
    t, tok = signed_in(app, "track@k", PW)
    page = t.get("/dashboard").get_data(as_text=True)
    assert 'data-testid="seasons"' in page and "days" in page
    due = next(d for d in calendar.now_and_next(today_london(), ahead_days=366)
               if d.audience_for())
    r = t.post(f"/campaigns/season/{due.season.key}", data={"csrf_token": tok})
    assert r.status_code == 302
    with rt.sessions() as s:
        c = s.scalar(select(Campaign))
        assert c.status == "draft" and c.audience == due.audience_for()
    assert t.post("/campaigns/season/gap_analysis", data={"csrf_token": tok}).status_code == 404
    assert t.post("/campaigns/season/nonsense", data={"csrf_token": tok}).status_code == 404
    with transaction(rt.sessions) as s:
        s.add(StaffUser(email="mgr@k", name="M", role="manager", area_id=1,
                        password_hash=generate_password_hash(PW)))
    m, mtok = signed_in(app, "mgr@k", PW)
    assert "Prepare the" not in m.get("/dashboard").get_data(as_text=True)
    assert m.post(f"/campaigns/season/{due.season.key}", data={"csrf_token": mtok}
                  ).status_code == 403


# ------------------------------------------------------------------ September Guarantee
def test_the_cohort_is_set_on_31_may_and_the_figure_is_its_share_with_an_offer():
    from neet import september_guarantee as sg

    y11, y12, y13 = date(2011, 3, 1), date(2010, 3, 1), date(2009, 3, 1)  # on 31 May 2027
    m = [sg.Member(1, "Dover", y11, date(2026, 9, 1), None),
         sg.Member(2, "Dover", y12, date(2026, 9, 1), None),
         sg.Member(3, "Thanet", y12, date(2027, 5, 31), None),    # joined on the day: in
         sg.Member(4, "Thanet", y12, date(2027, 6, 1), None),     # joined after: out
         sg.Member(5, "Thanet", y13, date(2026, 9, 1), None),     # Year 13: out
         sg.Member(6, "Thanet", y11, date(2026, 9, 1), date(2027, 5, 31)),  # moved by then
         sg.Member(7, "Thanet", y11, date(2026, 9, 1), date(2027, 6, 1))]   # moved after: in
    f = sg.figures(m, offered={1, 3, 4}, september=2027)
    assert f["all"] == {"cohort": 4, "offered": 2, "pct": 50.0}
    assert f["year_groups"][11] == {"cohort": 2, "offered": 1, "pct": 50.0}
    assert f["districts"]["Thanet"] == {"cohort": 2, "offered": 1, "pct": 50.0}
    assert [sg.september_for(date(2027, d[0], d[1])) for d in ((3, 1), (9, 30), (10, 1))] == [
        2027, 2027, 2028]


def test_a_september_guarantee_campaign_asks_and_the_answer_is_an_offer_not_a_status(rt):
    from datetime import UTC, datetime, timedelta

    from db.models import Person, SgOffer
    from messaging import dispatch
    from neet.ages import academic_year_start
    from outreach import campaigns, outbox
    from tests.factories import row
    from tests.test_conversation import say

    y11 = date(academic_year_start(today_london()) - 15, 3, 1)  # Year 11 this school year
    seed(rt, [row(YoungPersonsID="Y11", Forename="Amir", DOB=y11.isoformat(),
                  Mobile="07400 123456", ActivityCode="210",
                  StartDate="2026-09-02", DateAscertained="2026-09-02",
                  DateVerified="2026-09-02")], with_catalogue=False)
    now = datetime.now(UTC)
    with transaction(rt.sessions) as s:
        c = campaigns.create(s, name="SG", rule={"kind": "september_guarantee"}, actor="t",
                             now=now, template="sg_checkin")
        assert campaigns.launch(s, c, "t", today_london(), now) == 1
    from datetime import time

    from neet.clock import LONDON
    from outreach import quiet

    at = quiet.next_allowed(now + timedelta(minutes=1), LONDON, time(9), time(20), True)
    assert outbox.run(rt, dispatch.channels_for(rt.settings), now=at)["planned"] == 1
    with rt.sessions() as s:
        code_before = s.scalar(select(Person)).current_activity.code
    replies = say(rt, "hi its his mum, he has got a place at mid kent college for september")
    assert "noted your place for September" in replies[0]
    with rt.sessions() as s:
        offer = s.scalar(select(SgOffer))
        assert offer.offer_type == "fe_college" and offer.reporter == "parent"  # a parent wrote
        assert offer.provider == "Mid Kent College"
        assert offer.for_september in (today_london().year, today_london().year + 1)
        assert s.scalar(select(Person)).current_activity.code == code_before  # no status
    with rt.sessions() as s:  # next time, nobody asks Amir again
        from outreach import audience

        snaps = audience.load_snapshots(s, now=now)
    assert not any(audience.matches(x, audience.Rule("september_guarantee"), today_london())
                   for x in snaps)


# ------------------------------------------------------------------ Activity Survey, participation
def test_participation_counts_education_training_and_work_with_study():
    from neet import currency
    from neet.reports.breakdown import participating

    on = date(2027, 3, 31)
    yes = [currency.Record(c, verified=date(2027, 3, 1)) for c in (230, 250, 310, 320, 450)]
    no = [currency.Record(c, verified=date(2027, 3, 1)) for c in (260, 330, 340, 619, 810)]
    assert all(participating(r, on) for r in yes)
    assert not any(participating(r, on) for r in no)
    assert not participating(currency.Record(230, verified=date(2025, 10, 1)), on)  # lapsed


def test_the_activity_survey_shows_where_each_schools_leavers_went(rt):
    from neet.records import NewActivity, record_activity
    from neet.reports import destinations
    from tests.factories import row

    today = today_london()  # the survey is of this tracking year, whichever it is
    ay = __import__("neet.ages", fromlist=["academic_year_start"]).academic_year_start(today)
    y12 = date(ay - 16, 3, 1).isoformat()
    last_year = date(ay, 3, 1).isoformat()  # confirmed last school year, at their school
    seed(rt, [row(YoungPersonsID=f"L{i}", Forename=f"L{i}", DOB=y12, Mobile=f"07400 6{i:05d}",
                  ActivityCode="210", StartDate=last_year, DateAscertained=last_year,
                  DateVerified=last_year, EstablishmentName=school)
              for i, school in enumerate(["Oakwood School", "Oakwood School", "Hill School"])],
         with_catalogue=False, today=today)
    with transaction(rt.sessions) as s:  # this September: one to college, one NEET
        from db.models import Person

        people = {p.ccis_id: p for p in s.scalars(select(Person))}
        record_activity(s, people["L0"], NewActivity(230, start=today, ascertained=today,
                                                     verified=today,
                                                     establishment="Mid Kent College"),
                        source="caseworker", actor="t", today=today)
        record_activity(s, people["L1"], NewActivity(619, start=today, ascertained=today,
                                                     verified=today),
                        source="caseworker", actor="t", today=today)
    with rt.sessions() as s:
        rows = destinations.by_school(destinations.load(s, today), today)
    oak = rows["Oakwood School"]
    assert (oak["young_people"], oak["education"], oak["NEET"]) == (2, 1, 1)
    assert oak["known_pct"] == 100.0
    assert rows["Hill School"]["young_people"] == 1
