"""Campaigns reach thousands of people: launching needs a confirmation that restates who and
what it costs (typing the number above 1,000), cancelling needs a confirmation and stops
messages already queued, and pausing holds them."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select
from werkzeug.security import generate_password_hash

from db.models import Campaign, Message, StaffUser
from db.session import transaction
from messaging import dispatch
from neet.clock import utcnow
from outreach import campaigns, outbox
from tests.factories import row
from tests.helpers import TODAY, seed, signed_in
from web.app import create_app

PW = "correct horse battery"


def _people(rt, n: int) -> None:
    seed(rt, [row(YoungPersonsID=f"S{i}", Mobile=f"07400 {650000 + i}", ActivityCode="810",
                  DateAscertained="2026-09-01", DateVerified="", StartDate="") for i in range(n)],
         with_catalogue=False)
    with transaction(rt.sessions) as s:
        s.add(StaffUser(email="track@k", name="T", role="tracking",
                        password_hash=generate_password_hash(PW)))


def _client(rt):
    return signed_in(create_app(rt), "track@k", PW)


def _draft(rt) -> int:
    with transaction(rt.sessions) as s:
        return campaigns.create(s, name="Chase", rule={"kind": "not_known"}, actor="t",
                                now=utcnow()).id


def test_launch_needs_a_confirmation_of_who_and_how_many(rt):
    _people(rt, 5)
    cid = _draft(rt)
    c, token = _client(rt)
    page = c.get(f"/campaigns/{cid}").get_data(as_text=True)
    assert "Launch to 5 young people" in page and "I have checked" in page
    assert c.post(f"/campaigns/{cid}/launch", data={"csrf_token": token}).status_code == 400
    with rt.sessions() as s:
        assert s.get(Campaign, cid).status == "draft"
    assert c.post(f"/campaigns/{cid}/launch", data={"confirm": "yes", "csrf_token": token}).status_code == 302
    with rt.sessions() as s:
        assert s.get(Campaign, cid).status == "live"


def test_more_than_a_thousand_means_typing_the_number(sqlite_rt, monkeypatch):
    from web import campaign_pages

    monkeypatch.setattr(campaign_pages, "TYPE_THE_NUMBER_ABOVE", 3)  # the rule, on a small cohort
    _people(sqlite_rt, 5)
    cid = _draft(sqlite_rt)
    c, token = _client(sqlite_rt)
    assert "Type the number of young people (5)" in c.get(f"/campaigns/{cid}").get_data(as_text=True)
    for said in ("yes", "4", "50"):
        assert c.post(f"/campaigns/{cid}/launch", data={"confirm": said, "csrf_token": token}).status_code == 400
    assert c.post(f"/campaigns/{cid}/launch", data={"confirm": "5", "csrf_token": token}).status_code == 302


def test_cancel_stops_queued_messages_and_pause_holds_them(rt):
    _people(rt, 6)
    monday_10am = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)  # inside sending hours
    with transaction(rt.sessions) as s:
        c = campaigns.create(s, name="Chase", rule={"kind": "not_known"}, actor="t", now=monday_10am)
        campaigns.launch(s, c, "t", TODAY, monday_10am)
        cid = c.id
    assert len(outbox.plan_due(rt, now=monday_10am, limit=100)) == 6  # queued, not yet sent
    channels = dispatch.channels_for(rt.settings)
    with transaction(rt.sessions) as s:
        campaigns.set_status(s, s.get(Campaign, cid), "pause", "t")
    assert dispatch.send_queued(rt, channels, limit=100)["sent"] == 0  # paused: held
    with transaction(rt.sessions) as s:
        campaigns.set_status(s, s.get(Campaign, cid), "resume", "t")
    assert dispatch.send_queued(rt, channels, limit=2)["sent"] == 2
    c, token = _client(rt)
    assert c.post(f"/campaigns/{cid}/cancel", data={"csrf_token": token}).status_code == 400
    assert c.post(f"/campaigns/{cid}/cancel", data={"confirm": "yes", "csrf_token": token}).status_code == 302
    assert dispatch.send_queued(rt, channels, limit=100)["sent"] == 0
    with rt.sessions() as s:
        counts = dict(s.execute(select(Message.status, func.count()).where(
            Message.campaign_id == cid).group_by(Message.status)).all())
    assert counts == {"delivered": 2, "cancelled": 4} or counts == {"sent": 2, "cancelled": 4}


def test_the_report_counts_queued_apart_from_sent(rt):
    _people(rt, 4)
    monday_10am = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    with transaction(rt.sessions) as s:
        c = campaigns.create(s, name="Chase", rule={"kind": "not_known"}, actor="t", now=monday_10am)
        campaigns.launch(s, c, "t", TODAY, monday_10am)
        cid = c.id
    outbox.plan_due(rt, now=monday_10am, limit=100)
    dispatch.send_queued(rt, dispatch.channels_for(rt.settings), limit=1)
    with rt.sessions() as s:
        total = campaigns.report(s, s.get(Campaign, cid))["total"]
    assert total["planned"] == 4 and total["queued"] == 3 and total["sent"] == 1


def test_a_campaigns_own_rate_governs_its_sending(rt):
    """10 messages of a campaign set to 5 a second take at least 1.8 s to start (the pacer
    spaces starts 0.2 s apart), whatever the sender's ceiling."""
    import time

    _people(rt, 10)
    monday_10am = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    with transaction(rt.sessions) as s:
        c = campaigns.create(s, name="Slow", rule={"kind": "not_known"}, actor="t",
                             now=monday_10am, send_rate=5)
        campaigns.launch(s, c, "t", TODAY, monday_10am)
    t0 = time.monotonic()
    res = outbox.run(rt, dispatch.channels_for(rt.settings), now=monday_10am, rate=1000)
    assert res["planned"] == 10 and res["sent"] == 10
    assert time.monotonic() - t0 >= 1.75


def test_a_date_event_campaign_is_made_from_the_form_and_checked(rt):
    _people(rt, 1)
    c, tok = _client(rt)
    base = {"name": "Results day check-in", "kind": "event", "csrf_token": tok}
    assert c.post("/campaigns", data={**base, "event": "birthday"}).status_code == 400
    assert c.post("/campaigns", data={**base, "event": "results_day"}).status_code == 400
    assert c.post("/campaigns", data={**base, "event": "before_lapse",
                                      "offset_days": "500"}).status_code == 400
    r = c.post("/campaigns", data={**base, "event": "results_day", "event_date": "2027-08-19",
                                   "offset_days": "0"})
    assert r.status_code == 302
    with rt.sessions() as s:
        made = s.scalar(select(Campaign))
        assert made.audience["event"] == "results_day" and made.audience["offset_days"] == 0
    page = c.get("/campaigns").get_data(as_text=True)
    assert "0 days after results day (2027-08-19)" in page
