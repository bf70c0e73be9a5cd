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
