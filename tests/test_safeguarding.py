"""Safeguarding ownership: only the district's NSS workers and its area's managers act on a
crisis alert, with a note; clearing the hold needs a confirmation, a note and a choice of what
happens next; unacknowledged alerts escalate to the area managers, then out of hours; and a
crisis reaches a caseworker system within a minute of the young person's message."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from sqlalchemy import select
from twilio.request_validator import RequestValidator
from werkzeug.security import generate_password_hash

from db.models import Alert, AuditEntry, District, OutboxItem, Person, StaffUser
from db.session import transaction
from neet import alerts, runtime
from neet.clock import utcnow
from outreach import campaigns
from tests.helpers import TODAY, add_endpoint, seed, signed_in
from tests.receiver import Receiver
from tests.test_conversation import say
from web.app import create_app
from webhooks import outbound

PW = "correct horse battery"


def _staff(rt) -> None:
    with transaction(rt.sessions) as s:
        d = {x.name: x for x in s.scalars(select(District))}
        pw = generate_password_hash(PW)
        s.add_all([
            StaffUser(email="track@k", name="T", role="tracking", password_hash=pw),
            StaffUser(email="admin@k", name="A", role="admin", password_hash=pw),
            StaffUser(email="nss.m@k", name="M", role="nss", district_id=d["Maidstone"].id,
                      password_hash=pw),
            StaffUser(email="nss.t@k", name="N", role="nss", district_id=d["Thanet"].id,
                      password_hash=pw),
            StaffUser(email="mgr.west@k", name="W", role="manager", area_id=d["Maidstone"].area_id,
                      password_hash=pw),
            StaffUser(email="mgr.east@k", name="E", role="manager", area_id=d["Thanet"].area_id,
                      password_hash=pw)])


def _client(app, email):
    return signed_in(app, email, PW)


def _crisis(rt) -> int:
    say(rt, "i took a load of pills and i want to die")
    with rt.sessions() as s:
        return s.scalar(select(Alert.id).where(Alert.kind == "safeguarding"))


def test_only_the_districts_workers_and_area_managers_acknowledge_with_a_note(rt):
    seed(rt)
    _staff(rt)
    aid = _crisis(rt)
    app = create_app(rt)
    for email, status in (("track@k", 403), ("admin@k", 403), ("nss.t@k", 404), ("mgr.east@k", 404)):
        c, token = _client(app, email)
        r = c.post(f"/alerts/{aid}/acknowledge", data={"note": "I rang her", "csrf_token": token})
        assert r.status_code == status, email
    c, token = _client(app, "track@k")
    assert b"Only the district" in c.get(f"/alerts/{aid}").data  # sees it, cannot take it
    c, token = _client(app, "nss.m@k")
    assert c.post(f"/alerts/{aid}/acknowledge", data={"note": " ", "csrf_token": token}).status_code == 400
    with rt.sessions() as s:
        assert s.get(Alert, aid).acknowledged_at is None
    r = c.post(f"/alerts/{aid}/acknowledge", data={"note": "Rang her, she is with her mum",
                                                    "csrf_token": token})
    assert r.status_code == 302
    with rt.sessions() as s:
        a = s.get(Alert, aid)
        assert a.acknowledged_by == "nss.m@k" and "with her mum" in a.ack_note
    page = c.get(f"/alerts/{aid}").get_data(as_text=True)
    assert "with her mum" in page and "acknowledged by nss.m@k" in page


def test_an_area_manager_may_act_too(rt):
    seed(rt)
    _staff(rt)
    aid = _crisis(rt)
    c, token = _client(create_app(rt), "mgr.west@k")
    assert c.post(f"/alerts/{aid}/acknowledge", data={"note": "Called the duty worker",
                                                       "csrf_token": token}).status_code == 302


@pytest.mark.parametrize("then,left", [("caseworker", 0), ("resume", 1)])
def test_clearing_a_hold_needs_a_confirmation_a_note_and_a_choice(rt, then, left):
    seed(rt)
    _staff(rt)
    with transaction(rt.sessions) as s:
        c = campaigns.create(s, name="Chase", rule={"kind": "not_known"}, actor="t", now=utcnow())
        campaigns.launch(s, c, "t", TODAY, utcnow())
    aid = _crisis(rt)
    app = create_app(rt)
    c, token = _client(app, "nss.m@k")
    c.post(f"/alerts/{aid}/acknowledge", data={"note": "Spoke to her", "csrf_token": token})
    for form in ({"note": "safe now", "then": then},  # no confirmation
                 {"note": "", "then": then, "confirm": "yes"},  # no note
                 {"note": "safe now", "confirm": "yes"}):  # no choice
        assert c.post(f"/alerts/{aid}/clear", data={**form, "csrf_token": token}).status_code == 400
    with rt.sessions() as s:
        assert s.scalar(select(Person.crisis_hold))
    r = c.post(f"/alerts/{aid}/clear", data={"note": "Safe with family, seen today", "then": then,
                                             "confirm": "yes", "csrf_token": token})
    assert r.status_code == 302
    with rt.sessions() as s:
        assert not s.scalar(select(Person.crisis_hold))
        pending = s.scalars(select(OutboxItem).where(OutboxItem.status == "pending")).all()
        assert len(pending) == left
        assert s.get(Alert, aid).after_hold == then


def test_unacknowledged_crises_escalate_to_managers_then_out_of_hours(rt):
    seed(rt)
    _staff(rt)
    area_hook = add_endpoint(rt, "https://west.example/hook", district="Maidstone")
    county_hook = add_endpoint(rt, "https://ooh.example/hook")
    aid = _crisis(rt)
    with rt.sessions() as s:
        raised = s.get(Alert, aid).raised_at
    raised = raised if raised.tzinfo else raised.replace(tzinfo=utcnow().tzinfo)
    after = timedelta(minutes=10)
    posted: list[tuple[str, dict]] = []

    def post(url, body, headers, timeout):
        import json

        posted.append((url, json.loads(body)))
        return 204

    with transaction(rt.sessions) as s:
        assert alerts.escalate_due(s, raised + timedelta(minutes=9), after, "http://x") == []
    with transaction(rt.sessions) as s:
        assert alerts.escalate_due(s, raised + timedelta(minutes=11), after, "http://x") == [aid]
    outbound.deliver_due(rt.sessions, post=post, now=raised + timedelta(minutes=11))
    escalated = [(u, b) for u, b in posted if b["event"] == "safeguarding.escalated"]
    assert {u for u, _ in escalated} == {"https://west.example/hook", "https://ooh.example/hook"}
    assert escalated[0][1]["data"]["to"] == ["mgr.west@k"]
    with transaction(rt.sessions) as s:
        assert alerts.escalate_due(s, raised + timedelta(minutes=12), after, "http://x") == []
        assert alerts.escalate_due(s, raised + timedelta(minutes=21), after, "http://x") == [aid]
    posted.clear()
    outbound.deliver_due(rt.sessions, post=post, now=raised + timedelta(minutes=21))
    assert [(u, b["event"]) for u, b in posted] == [("https://ooh.example/hook",
                                                      "safeguarding.out_of_hours")]
    with rt.sessions() as s:
        trail = s.scalars(select(AuditEntry.detail).where(AuditEntry.action == "alert.escalated")).all()
        assert len(trail) == 2 and "mgr.west@k" in trail[0] and "out-of-hours" in trail[1]
    assert area_hook and county_hook


def test_an_acknowledged_alert_never_escalates(rt):
    seed(rt)
    _staff(rt)
    aid = _crisis(rt)
    with transaction(rt.sessions) as s:
        a = s.get(Alert, aid)
        alerts.acknowledge(s, a, s.scalar(select(StaffUser).where(StaffUser.email == "nss.m@k")),
                           "On the phone with her now")
    with transaction(rt.sessions) as s:
        assert alerts.escalate_due(s, utcnow() + timedelta(hours=3), timedelta(minutes=10), "x") == []


def test_a_crisis_reaches_a_caseworker_system_within_a_minute(db_url):
    """From the young person's message arriving at the Twilio webhook to the safeguarding
    notification accepted by the county's endpoint, measured."""
    public = "https://outreach.example.org"
    rt = runtime.build({"NEET_SEND_RATE": "1000", "DATABASE_URL": db_url, "NEET_CHANNEL": "simulator",
                        "TWILIO_AUTH_TOKEN": "tok", "PUBLIC_BASE_URL": public})
    seed(rt)
    receiver = Receiver("s3cret")
    try:
        add_endpoint(rt, receiver.url)
        client = create_app(rt).test_client()
        params = {"MessageSid": "SMcrisis1", "From": "+447400123456", "To": "+447700900001",
                  "Body": "i cant do this anymore, i want to kill myself tonight"}
        sig = RequestValidator("tok").compute_signature(public + "/webhooks/twilio/sms", params)
        t0 = time.monotonic()
        assert client.post("/webhooks/twilio/sms", data=params,
                           headers={"X-Twilio-Signature": sig}).status_code == 200
        while not any(b["event"] == "safeguarding.alert" for b in receiver.accepted.values()):
            assert time.monotonic() - t0 < 60, "no safeguarding notification within a minute"
            time.sleep(0.02)
        elapsed = time.monotonic() - t0
        print(f"\ninbound crisis -> caseworker notification delivered in {elapsed * 1000:.0f} ms")
        assert elapsed < 60
    finally:
        receiver.close()
        rt.engine.dispose()


def test_labelling_a_reply_crisis_in_the_review_queue_acts_as_the_bot_would(rt):
    seed(rt)
    _staff(rt)
    say(rt, "hmm")
    say(rt, "eh")  # unclear twice: the review queue
    from db.models import Message, ReviewItem

    with rt.sessions() as s:
        item = s.scalar(select(ReviewItem))
        assert item is not None and s.scalar(select(Alert)) is None
    app = create_app(rt)
    c, token = _client(app, "nss.m@k")
    page = c.get("/review").get_data(as_text=True)
    assert "Choose..." in page and "Crisis: at risk of harm" in page and "Jade" in page
    assert c.post(f"/review/{item.id}", data={"label": "", "csrf_token": token}).status_code == 302
    with rt.sessions() as s:
        assert s.get(ReviewItem, item.id).status == "open"  # no default label
    c.post(f"/review/{item.id}", data={"label": "crisis", "csrf_token": token})
    with rt.sessions() as s:
        alert = s.scalar(select(Alert).where(Alert.kind == "safeguarding"))
        assert alert is not None and s.scalar(select(Person.crisis_hold))
        sent = s.scalars(select(Message.body).where(Message.direction == "out")).all()
        assert any("116 123" in b for b in sent)


def test_vsk_send_lead_and_youth_justice_are_told_what_concerns_their_young_people(rt):
    from db.models import WebhookDelivery, WebhookEndpoint
    from neet.referrals.rules import Routing
    from neet.referrals.service import raise_referral
    from tests.factories import row

    seed(rt, [row(YoungPersonsID="C1", Forename="Cara", Mobile="07400 123456",
                  Characteristics="110;170", ActivityCode="810", DateAscertained="2026-09-01",
                  DateVerified="", StartDate=""),
              row(YoungPersonsID="P1", Forename="Pat", Mobile="07400 123457", ActivityCode="810",
                  DateAscertained="2026-09-01", DateVerified="", StartDate="")])
    ids = {name: add_endpoint(rt, f"https://{name}.example/hook") for name in
           ("nss", "vsk", "send", "yj")}
    with transaction(rt.sessions) as s:
        for name, service in (("vsk", "VSK"), ("send", "SEND NEET lead"), ("yj", "Youth Justice")):
            s.get(WebhookEndpoint, ids[name]).service = service
    say(rt, "i want to kill myself", address="+447400123456")  # Cara: in care, supervised by YJ
    say(rt, "i want to kill myself", address="+447400123457")  # Pat: neither

    def told(event: str, person: str) -> set[str]:
        with rt.sessions() as s:
            rows = s.execute(select(WebhookEndpoint.url, WebhookDelivery.payload)
                             .join(WebhookEndpoint, WebhookEndpoint.id == WebhookDelivery.endpoint_id)
                             .where(WebhookDelivery.event == event)).all()
        return {url.split("//")[1].split(".")[0] for url, payload in rows
                if (payload.get("young_person") or {}).get("first_name") == person}

    assert told("safeguarding.alert", "Cara") == {"nss", "vsk", "yj"}
    assert told("safeguarding.alert", "Pat") == {"nss"}
    with transaction(rt.sessions) as s:
        cara = s.scalar(select(Person).where(Person.forename == "Cara"))
        raise_referral(s, cara, Routing("VSK", ("Youth Justice",), ("child in care",)), said="help",
                       actor="t", base_url="http://x", today=TODAY)
    with rt.sessions() as s:
        urls = set(s.scalars(select(WebhookEndpoint.url).join(
            WebhookDelivery, WebhookDelivery.endpoint_id == WebhookEndpoint.id)
            .where(WebhookDelivery.event == "referral.raised")))
    assert urls == {"https://nss.example/hook", "https://vsk.example/hook", "https://yj.example/hook"}


def test_a_crisis_in_another_language_reaches_a_person_with_its_language_named(rt):
    from db.models import WebhookDelivery

    seed(rt)
    add_endpoint(rt, "https://nss.example/hook")
    replies = say(rt, "nie chcę już żyć")
    assert any("116 123" in r for r in replies)
    with rt.sessions() as s:
        payload = s.scalar(select(WebhookDelivery.payload)
                           .where(WebhookDelivery.event == "safeguarding.alert"))
        assert payload["language"] == "pl" and s.scalar(select(Person.crisis_hold))
