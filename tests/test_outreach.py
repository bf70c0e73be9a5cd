"""Campaigns: audience rules, exclusions, quiet hours, cadence, lifecycle, exactly-once."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from db.models import Campaign, ContactPoint, Message, OutboxItem
from db.session import transaction
from messaging import dispatch
from neet import consent, currency
from outreach import audience, campaigns, outbox, quiet
from tests.factories import row
from tests.helpers import person, seed

LONDON = ZoneInfo("Europe/London")
TODAY = date(2026, 11, 23)
MONDAY_10AM = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)  # 10:00 GMT


# ------------------------------------------------------------------ quiet hours
@pytest.mark.parametrize("utc,ok", [
    (datetime(2026, 10, 23, 8, 30, tzinfo=UTC), True),    # Fri 09:30 BST
    (datetime(2026, 10, 26, 8, 30, tzinfo=UTC), False),   # Mon 08:30 GMT (clocks went back)
    (datetime(2026, 10, 26, 9, 0, tzinfo=UTC), True),     # Mon 09:00 GMT
    (datetime(2027, 3, 29, 8, 0, tzinfo=UTC), True),      # Mon 09:00 BST (clocks went forward)
    (datetime(2027, 3, 26, 8, 0, tzinfo=UTC), False),     # Fri 08:00 GMT
    (datetime(2026, 11, 23, 19, 59, tzinfo=UTC), True),
    (datetime(2026, 11, 23, 20, 0, tzinfo=UTC), False),
    (datetime(2026, 11, 22, 12, 0, tzinfo=UTC), False),   # Sunday
])
def test_quiet_hours_across_the_clock_change(utc, ok):
    assert quiet.allowed(utc, LONDON, time(9), time(20), True) is ok


def test_next_allowed_skips_night_and_sunday():
    sat_night = datetime(2026, 11, 21, 21, 0, tzinfo=UTC)
    assert quiet.next_allowed(sat_night, LONDON, time(9), time(20), True) == datetime(
        2026, 11, 23, 9, 0, tzinfo=UTC)
    before_bst = datetime(2027, 3, 27, 22, 0, tzinfo=UTC)  # Sat; Sunday is the change
    assert quiet.next_allowed(before_bst, LONDON, time(9), time(20), True) == datetime(
        2027, 3, 29, 8, 0, tzinfo=UTC)


# ------------------------------------------------------------------ audience rules
def snap(**kw) -> audience.Snapshot:
    base = dict(person_id=1, district="Dover", dob=date(2009, 10, 1), send=False,
                characteristics=frozenset(), record=currency.Record(810, ascertained=date(2026, 9, 1)),
                risk="", crisis_hold=False, transferred_out=False, channels=frozenset({"sms"}),
                has_valid_contact=True, last_contacted=None, in_live_campaign=False)
    return audience.Snapshot(**{**base, **kw})


def test_audience_kinds():
    r = audience.Rule
    assert audience.matches(snap(), r("not_known"), TODAY)
    lapsing = snap(record=currency.Record(619, verified=date(2026, 11, 10)))  # due 10 Dec
    assert audience.matches(lapsing, r("lapsing", lapsing_days=30), TODAY)
    assert not audience.matches(lapsing, r("lapsing", lapsing_days=10), TODAY)
    assert audience.matches(lapsing, r("neet_followup"), TODAY)
    y11 = snap(dob=date(2010, 10, 1), risk="R", record=currency.Record(210, verified=date(2026, 9, 5)))
    assert audience.matches(y11, r("leavers"), TODAY)
    assert not audience.matches(snap(dob=date(2010, 10, 1), risk="G"), r("leavers"), TODAY)
    assert not audience.matches(snap(dob=date(2000, 1, 1)), r("not_known"), TODAY)  # too old
    assert audience.matches(snap(dob=date(2003, 1, 1), send=True), r("not_known"), TODAY)


def test_audience_filters():
    r = audience.Rule
    assert not audience.matches(snap(), r(districts=["Thanet"]), TODAY)
    assert audience.matches(snap(), r(academic_ages=[16]), TODAY)
    assert not audience.matches(snap(), r(academic_ages=[17]), TODAY)
    assert audience.matches(snap(characteristics=frozenset({160})), r(characteristics=[160]), TODAY)
    assert not audience.matches(snap(), r(send=True), TODAY)


@pytest.mark.parametrize("kw,why", [
    ({"transferred_out": True}, "transferred out"), ({"crisis_hold": True}, "crisis hold"),
    ({"has_valid_contact": False, "channels": frozenset()}, "no valid contact"),
    ({"channels": frozenset()}, "opted out"),
    ({"in_live_campaign": True}, "already in another live campaign"),
    ({"last_contacted": MONDAY_10AM - timedelta(days=3)}, "contacted in the last 14 days"),
])
def test_exclusions_say_why(kw, why):
    assert audience.exclusion(snap(**kw), audience.Rule(), MONDAY_10AM) == why
    assert audience.exclusion(snap(last_contacted=MONDAY_10AM - timedelta(days=20)),
                              audience.Rule(), MONDAY_10AM) is None


# ------------------------------------------------------------------ campaigns end to end
def seed_people(rt):
    rows = [row(YoungPersonsID=f"N{i}", Forename=f"Kid{i}", Mobile=f"07400 2000{i:02d}",
                ActivityCode="810", DateAscertained="2026-09-01", DateVerified="", StartDate="")
            for i in range(6)]
    rows.append(row(YoungPersonsID="NOPHONE", Mobile="", ActivityCode="810",
                    DateAscertained="2026-09-01", DateVerified="", StartDate=""))
    rows.append(row(YoungPersonsID="EET1", Mobile="07400 300001", DateVerified="2026-10-01",
                    DateAscertained="2026-10-01"))
    seed(rt, rows, with_catalogue=False)
    with transaction(rt.sessions) as s:
        consent.record(s, person(s, "N1").id, "sms", False, source="reply")
        person(s, "N2").crisis_hold = True


def channels(rt):
    return dispatch.channels_for(rt.settings)


def test_campaign_preview_launch_dispatch_and_cadence(rt):
    seed_people(rt)
    with transaction(rt.sessions) as s:
        c = campaigns.create(s, name="NK chase", rule={"kind": "not_known"}, actor="t", now=MONDAY_10AM,
                             cadence={"reminders": [3], "chase_after_days": 5})
        cid = c.id
    with transaction(rt.sessions) as s:
        c = s.get(Campaign, cid)
        p = campaigns.preview(s, rt.settings, c, TODAY, MONDAY_10AM)
        assert p["recipients"] == 4 and p["by_district"] == {"Maidstone": 4}
        assert p["excluded"] == {"opted out": 1, "crisis hold": 1, "no valid contact": 1}
        assert p["segments_per_sms"] == 2 and "Kid" in p["samples"][0]
        assert campaigns.launch(s, c, "t", TODAY, MONDAY_10AM) == 4
    # at night nothing goes; rows move to the next window
    night = datetime(2026, 11, 23, 21, 0, tzinfo=UTC)
    assert outbox.run(rt, channels(rt), now=night)["planned"] == 0
    assert outbox.run(rt, channels(rt), now=MONDAY_10AM)["planned"] == 0
    tue = datetime(2026, 11, 24, 9, 5, tzinfo=UTC)
    res = outbox.run(rt, channels(rt), now=tue)
    assert res["planned"] == 4 and res["sent"] == 4
    assert outbox.run(rt, channels(rt), now=tue)["planned"] == 0  # never twice
    # one replies; the rest get a reminder after 3 days, then go to phone chase
    from bot import inbound

    mid, _ = inbound.receive(rt, "sms", "+447400200000", "at college", "SMreply1",
                             now=tue + timedelta(hours=1))
    inbound.process(rt, mid, today=TODAY)
    with transaction(rt.sessions) as s:
        c = s.get(Campaign, cid)
        assert campaigns.advance(s, c, tue + timedelta(days=1), TODAY) == {}
    with transaction(rt.sessions) as s:
        c = s.get(Campaign, cid)
        later = tue + timedelta(days=3, minutes=1)
        assert campaigns.advance(s, c, later, TODAY)["reminders"] == 3
    res = outbox.run(rt, channels(rt), now=quiet.next_allowed(
        later + timedelta(minutes=1), LONDON, time(9), time(20), True))
    assert res["planned"] == 3
    with transaction(rt.sessions) as s:
        c = s.get(Campaign, cid)
        out = campaigns.advance(s, c, later + timedelta(days=8), TODAY)
        assert out["phone_chase"] == 3 and out.get("completed") == 1
        assert person(s, "N3").phone_chase and not person(s, "N0").phone_chase
        rep = campaigns.report(s, c)
        assert rep["total"]["planned"] == 7 and rep["total"]["replied"] == 1
        assert rep["total"]["statuses_resolved"] == 1 and rep["total"]["not_knowns_cleared"] == 1


def test_pause_resume_cancel(rt):
    seed_people(rt)
    with transaction(rt.sessions) as s:
        c = campaigns.create(s, name="x", rule={"kind": "not_known"}, actor="t", now=MONDAY_10AM)
        campaigns.launch(s, c, "t", TODAY, MONDAY_10AM)
        campaigns.set_status(s, c, "pause", "t")
        cid = c.id
    tue = datetime(2026, 11, 24, 9, 5, tzinfo=UTC)
    assert outbox.run(rt, channels(rt), now=tue)["planned"] == 0
    with transaction(rt.sessions) as s:
        campaigns.set_status(s, s.get(Campaign, cid), "resume", "t")
    assert outbox.run(rt, channels(rt), now=tue, limit=2)["planned"] == 2
    with transaction(rt.sessions) as s:
        c = s.get(Campaign, cid)
        campaigns.set_status(s, c, "cancel", "t")
        with pytest.raises(campaigns.CampaignError):
            campaigns.set_status(s, c, "resume", "t")
    assert outbox.run(rt, channels(rt), now=tue)["planned"] == 0
    with rt.sessions() as s:
        assert s.scalar(select(func.count()).select_from(OutboxItem)
                        .where(OutboxItem.status == "cancelled")) == 2


def test_unreachable_people_become_820(rt):
    seed_people(rt)
    with transaction(rt.sessions) as s:
        c = campaigns.create(s, name="x", rule={"kind": "not_known", "districts": ["Maidstone"]}, now=MONDAY_10AM,
                             actor="t")
        campaigns.launch(s, c, "t", TODAY, MONDAY_10AM)
        cid = c.id
        for cp in s.scalars(select(ContactPoint).where(ContactPoint.address == "+447400200003")):
            cp.valid, cp.invalid_reason = False, "provider error 21211"
    outbox.run(rt, channels(rt), now=datetime(2026, 11, 24, 9, 5, tzinfo=UTC))
    with transaction(rt.sessions) as s:
        out = campaigns.advance(s, s.get(Campaign, cid), datetime.now(UTC), TODAY)
        assert out["cannot_be_contacted"] == 1
        assert person(s, "N3").current_activity.code == 820


def test_transient_failures_retry_and_permanent_ones_invalidate(sqlite_rt):
    from messaging.channels.base import PermanentFailure, SendResult, TransientFailure

    class Flaky:
        name = "sms"

        def __init__(self):
            self.calls = 0

        def send(self, address, text, message_id):
            self.calls += 1
            if address.endswith("01"):
                raise PermanentFailure("21211", "bad", invalidates=True)
            if self.calls < 3:
                raise TransientFailure("20429")
            return SendResult(f"SMx{message_id}", "queued")

    rt = sqlite_rt
    seed_people(rt)
    with transaction(rt.sessions) as s:
        from messaging import send

        a = send.queue(s, rt.settings, person(s, "N0"), "checkin", kind="campaign").id
    flaky = Flaky()
    assert dispatch.send_queued(rt, {"sms": flaky}, ids=[a])["retry"] == 1
    assert dispatch.send_queued(rt, {"sms": flaky}, ids=[a])["retry"] == 1
    assert dispatch.send_queued(rt, {"sms": flaky}, ids=[a])["sent"] == 1
    with transaction(rt.sessions) as s:
        from messaging import send

        b = send.queue(s, rt.settings, person(s, "N3"), "checkin", kind="campaign").id
        s.get(ContactPoint, s.get(Message, b).contact_point_id).address = "+447400200001"
    dispatch.send_queued(rt, {"sms": flaky}, ids=[b])
    with rt.sessions() as s:
        m = s.get(Message, b)
        assert m.status == "failed" and not s.get(ContactPoint, m.contact_point_id).valid


def test_nightly_sweep_feeds_the_standing_campaign(sqlite_rt):
    from outreach import currency_sweep

    rt = sqlite_rt
    seed(rt, [row(YoungPersonsID="L1", Mobile="07400 400001", ActivityCode="619",
                  DateVerified="2026-10-22", DateAscertained="2026-10-22", StartDate="2026-10-01")],
         with_catalogue=False)  # NEET: current until 22 Nov, lapsed from 23 Nov
    with transaction(rt.sessions) as s:
        c = campaigns.create(s, name="standing", rule={"kind": "not_known"}, actor="t", now=MONDAY_10AM,
                             cadence={"reminders": [3], "chase_after_days": 7, "standing": True})
        assert campaigns.launch(s, c, "t", date(2026, 11, 22), MONDAY_10AM) == 0  # not yet lapsed
    assert currency_sweep.run(rt, date(2026, 11, 23)) == {"lapsed_today": 1, "added_to_standing": 1}
    assert currency_sweep.run(rt, date(2026, 11, 23))["added_to_standing"] == 0


# ------------------------------------------------------------------ date events
def test_date_events_time_a_message_from_each_record():
    r = audience.Rule.from_dict
    lapse = currency.Record(619, verified=date(2026, 11, 10))  # due 10 Dec
    before = r({"kind": "event", "event": "before_lapse", "offset_days": 7})
    assert audience.event_day(lapse, before, TODAY) == date(2026, 12, 3)
    assert audience.matches(snap(record=lapse), before, date(2026, 12, 3))
    assert audience.matches(snap(record=lapse), before, date(2026, 12, 6))  # catching up
    assert not audience.matches(snap(record=lapse), before, date(2026, 12, 7))
    assert not audience.matches(snap(record=lapse), before, date(2026, 12, 2))
    assert audience.event_day(currency.Record(810, ascertained=date(2026, 9, 1)), before,
                              TODAY) is None  # already Not Known
    after = r({"kind": "event", "event": "after_start", "offset_days": 7})
    agreed = currency.Record(616, ascertained=date(2026, 11, 1), review=date(2027, 1, 4))
    assert audience.event_day(agreed, after, TODAY) == date(2027, 1, 11)
    college = currency.Record(230, start=date(2026, 9, 7), verified=date(2026, 9, 7))
    assert audience.event_day(college, after, TODAY) == date(2026, 9, 14)
    assert audience.event_day(currency.Record(619, verified=date(2026, 11, 1)), after,
                              TODAY) is None  # no start date
    results = r({"kind": "event", "event": "results_day", "offset_days": 1,
                 "event_date": "2027-08-19"})
    assert audience.event_day(None, results, TODAY) == date(2027, 8, 20)
    for bad in ({"event": "birthday"}, {"event": "results_day"},
                {"event": "results_day", "event_date": "19/08/2027"},
                {"event": "before_lapse", "offset_days": -1},
                {"event": "before_lapse", "offset_days": "7"}):
        with pytest.raises(ValueError):
            r({"kind": "event", **bad})


def test_a_date_event_campaign_plans_each_person_once_when_their_day_comes(rt):
    rows = [row(YoungPersonsID=f"E{i}", Forename=f"Eve{i}", Mobile=f"07400 40000{i}",
                ActivityCode="619", StartDate="2026-09-01", DateAscertained=verified,
                DateVerified=verified)
            for i, verified in enumerate(("2026-11-10", "2026-11-20"))]
    seed(rt, rows, with_catalogue=False)
    day1 = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
    with transaction(rt.sessions) as s:
        c = campaigns.create(s, name="A week before lapsing",
                             rule={"kind": "event", "event": "before_lapse", "offset_days": 7},
                             actor="t", now=day1)
        assert campaigns.launch(s, c, "t", day1.date(), day1) == 1  # Eve0: due 10 Dec
        cid = c.id
    with transaction(rt.sessions) as s:
        c = s.get(Campaign, cid)
        assert campaigns.advance(s, c, day1 + timedelta(days=1), date(2026, 12, 4)) == {}
        day2 = datetime(2026, 12, 13, 10, 0, tzinfo=UTC)  # Eve1's lapse (20 Dec) - 7
        assert campaigns.advance(s, c, day2, day2.date())["event_arrivals"] == 1
    with transaction(rt.sessions) as s:
        c = s.get(Campaign, cid)
        assert "event_arrivals" not in campaigns.advance(s, c, day2, day2.date())  # once each
        assert c.status == "live"  # a date-event campaign runs on until cancelled
        planned = s.scalars(select(OutboxItem.person_id).where(OutboxItem.campaign_id == cid,
                                                               OutboxItem.step == 0)).all()
        assert len(planned) == len(set(planned)) == 2
