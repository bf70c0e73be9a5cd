"""Nothing sent twice: claims are conditional on every backend, and crash recovery settles
each stuck message on its own (never taking a provider id that is already recorded)."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from db.models import Message
from db.session import transaction
from messaging import dispatch, send
from neet import runtime
from neet.clock import utcnow
from tests.emulators.twilio_api import TwilioEmulator
from tests.factories import row
from tests.helpers import person, seed


@pytest.fixture
def twilio_rt(db_url):
    tw = TwilioEmulator()
    rt = runtime.build({"NEET_SEND_RATE": "1000", "DATABASE_URL": db_url, "NEET_CHANNEL": "live",
                        "TWILIO_ACCOUNT_SID": tw.sid, "TWILIO_AUTH_TOKEN": tw.token,
                        "TWILIO_FROM_NUMBER": "+447700900001", "TWILIO_API_BASE": tw.url})
    yield rt, tw
    tw.close()
    rt.engine.dispose()


def _queue(rt, n: int = 1, ccis: str = "YP1", template: str = "checkin") -> list[int]:
    with transaction(rt.sessions) as s:
        return [send.queue(s, rt.settings, person(s, ccis), template, kind="reply").id
                for _ in range(n)]


def _mark_stuck(rt, ids: list[int]) -> None:
    """As a dispatcher that died after its claim: "sending", claimed five minutes ago."""
    with transaction(rt.sessions) as s:
        s.execute(update(Message).where(Message.id.in_(ids))
                  .values(status="sending", processed_at=utcnow() - timedelta(minutes=5)))


def test_reconcile_never_reuses_a_recorded_provider_id_and_settles_each_alone(twilio_rt):
    rt, tw = twilio_rt
    seed(rt)
    channels = dispatch.channels_for(rt.settings)
    first = _queue(rt)[0]
    assert dispatch.send_queued(rt, channels, ids=[first])["sent"] == 1  # same number, same text
    lost_before_send = _queue(rt)[0]  # the same text as the one already sent
    sent_before_crash = _queue(rt, template="reminder")[0]
    with rt.sessions() as s:
        m = s.get(Message, sent_before_crash)
        address, body = "+447400123456", m.body
    # the provider accepted this one, then the dispatcher died before recording it
    channels["sms"].client.messages.create(to=address, body=body, from_="+447700900001")
    _mark_stuck(rt, [lost_before_send, sent_before_crash])

    res = dispatch.reconcile(rt, channels)
    assert res["found"] == 1 and res["requeued"] == 1 and res["errors"] == 0
    with rt.sessions() as s:
        sids = s.scalars(select(Message.provider_id).where(Message.provider_id.is_not(None))).all()
        assert len(sids) == len(set(sids)) == 2
        assert s.get(Message, lost_before_send).status == "queued"
    # the requeued one goes once; nothing went twice
    dispatch.send_queued(rt, channels)
    assert len(tw.sent_to(address)) == 3


def test_concurrent_claimers_never_send_a_message_twice(twilio_rt):
    """The webhook's immediate send and the worker race for the same queued messages."""
    rt, tw = twilio_rt
    seed(rt, [row(YoungPersonsID=f"P{i}", Mobile=f"07400 {600000 + i}", ActivityCode="810",
                  DateAscertained="2026-09-01", DateVerified="", StartDate="")
              for i in range(60)], with_catalogue=False)
    ids = []
    for i in range(60):
        ids += _queue(rt, 1, f"P{i}")
    channels = dispatch.channels_for(rt.settings)
    start = threading.Barrier(4)
    errors: list[BaseException] = []

    def claimer(only: list[int] | None) -> None:
        try:
            start.wait()
            for _ in range(5):
                dispatch.send_queued(rt, channels, ids=only, limit=60)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=claimer, args=(ids if i % 2 else None,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    per_number = Counter(m["to"] for m in tw.messages)
    assert len(per_number) == 60 and max(per_number.values()) == 1
    with rt.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Message)
                        .where(Message.status == "sent")) == 60


def test_webhook_replies_under_load_with_a_worker_running_go_once_each(twilio_rt):
    """Signed inbound SMS from many people at once while a worker (its own engine, as its own
    process would have) sends whatever is queued in a tight loop: every reply goes once."""
    from twilio.request_validator import RequestValidator

    from web.app import create_app

    rt, tw = twilio_rt
    public = "http://127.0.0.1:5000"
    seed(rt, [row(YoungPersonsID=f"W{i}", Mobile=f"07400 {610000 + i}", ActivityCode="810",
                  DateAscertained="2026-09-01", DateVerified="", StartDate="")
              for i in range(30)], with_catalogue=False)
    worker_rt = runtime.build({"NEET_SEND_RATE": "1000", "DATABASE_URL": rt.settings.database_url, "NEET_CHANNEL": "live",
                               "TWILIO_ACCOUNT_SID": tw.sid, "TWILIO_AUTH_TOKEN": tw.token,
                               "TWILIO_FROM_NUMBER": "+447700900001",
                               "TWILIO_API_BASE": tw.url})
    app = create_app(rt)
    stop = threading.Event()
    errors: list[BaseException] = []

    def worker():
        channels = dispatch.channels_for(worker_rt.settings)
        while not stop.is_set():
            try:
                dispatch.send_queued(worker_rt, channels, limit=50)
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)
                return

    def texter(k: int):
        client = app.test_client()
        validator = RequestValidator(tw.token)
        for j in range(10):
            i = (k * 10 + j) % 30
            params = {"MessageSid": f"SMload{k}x{j}", "From": f"+4474006{10000 + i}",
                      "To": "+447700900001", "Body": ["nothing atm", "at college", "1"][j % 3]}
            sig = validator.compute_signature(public + "/webhooks/twilio/sms", params)
            r = client.post("/webhooks/twilio/sms", data=params, headers={"X-Twilio-Signature": sig})
            if r.status_code != 200:
                errors.append(AssertionError(r.status_code))

    w = threading.Thread(target=worker)
    w.start()
    texters = [threading.Thread(target=texter, args=(k,)) for k in range(3)]
    for t in texters:
        t.start()
    for t in texters:
        t.join(120)
    dispatch.send_queued(rt, dispatch.channels_for(rt.settings), limit=500)
    stop.set()
    w.join(60)
    worker_rt.engine.dispose()
    assert not errors, errors
    with rt.sessions() as s:
        out = s.scalars(select(Message).where(Message.direction == "out")).all()
    assert len(out) >= 30 and all(m.status == "sent" for m in out)
    assert len(tw.messages) == len(out)  # the provider got each message exactly once
    assert len({m["sid"] for m in tw.messages}) == len({m.provider_id for m in out})
