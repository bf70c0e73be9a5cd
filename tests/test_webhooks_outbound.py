"""Caseworker notifications against a real local receiver that fails, hangs and recovers."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from db.models import WebhookAttempt, WebhookDelivery
from db.session import transaction
from neet import notifications
from neet.clock import utcnow
from tests.helpers import add_endpoint, seed
from tests.receiver import Receiver
from webhooks import outbound
from webhooks.signing import sign, verify


@pytest.fixture
def receiver():
    r = Receiver("s3cret")
    yield r
    r.close()


def _enqueue(rt, n: int, priority: int = notifications.PRIORITY_REFERRAL, prefix: str = "ref"):
    with transaction(rt.sessions) as s:
        for i in range(n):
            notifications.notify(s, "referral.raised", {"referral_id": i}, district_id=None,
                             key=f"{prefix}-{i}", priority=priority)


def test_signature_and_replay_window():
    body = b'{"a": 1}'
    sig = sign("k", 1_700_000_000, body)
    assert verify("k", "1700000000", body, sig, now=1_700_000_100)
    assert not verify("k", "1700000000", body, sig, now=1_700_000_000 + 301)  # replayed later
    assert not verify("k", "1700000000", body + b" ", sig, now=1_700_000_000)  # tampered
    assert not verify("other", "1700000000", body, sig, now=1_700_000_000)
    assert not verify("k", "not-a-time", body, sig)


def test_failures_timeouts_then_recovery_lose_nothing_and_never_duplicate(rt, receiver):
    seed(rt, with_catalogue=False)
    add_endpoint(rt, receiver.url)
    _enqueue(rt, 3)
    receiver.mode = "fail"
    assert outbound.deliver_due(rt.sessions, timeout=0.5)["retry"] == 3
    receiver.mode = "hang"
    later = utcnow() + timedelta(minutes=2)
    assert outbound.deliver_due(rt.sessions, now=later, timeout=0.5)["retry"] == 3
    receiver.mode = "ok"
    much_later = utcnow() + timedelta(hours=3)
    assert outbound.deliver_due(rt.sessions, now=much_later, timeout=2)["delivered"] == 3
    assert outbound.deliver_due(rt.sessions, now=much_later, timeout=2)["delivered"] == 0
    assert len(receiver.accepted) == 3 and receiver.bad_signatures == 0
    # every retry of one delivery carried the same idempotency key
    assert len(set(receiver.seen_keys)) == 3 and len(receiver.seen_keys) == 9
    with rt.sessions() as s:
        assert s.scalar(select(func.count()).select_from(WebhookAttempt)) == 9
        assert {d.status for d in s.scalars(select(WebhookDelivery))} == {"delivered"}


def test_backoff_grows_and_dead_letters_after_max_attempts(sqlite_rt, receiver):
    rt = sqlite_rt
    seed(rt, with_catalogue=False)
    add_endpoint(rt, receiver.url)
    _enqueue(rt, 1)
    receiver.mode = "fail"
    now = utcnow()
    for _ in range(outbound.MAX_ATTEMPTS):
        now += timedelta(hours=2)
        outbound.deliver_due(rt.sessions, now=now, timeout=0.5)
    with rt.sessions() as s:
        d = s.scalar(select(WebhookDelivery))
        assert d.status == "dead" and d.attempts == outbound.MAX_ATTEMPTS
    assert outbound.backoff(1) < outbound.backoff(3) <= outbound.MAX_DELAY


def test_safeguarding_goes_first_and_wrong_secret_is_refused(sqlite_rt, receiver):
    rt = sqlite_rt
    seed(rt, with_catalogue=False)
    add_endpoint(rt, receiver.url)
    _enqueue(rt, 3)
    _enqueue(rt, 1, priority=notifications.PRIORITY_SAFEGUARDING, prefix="alert")
    outbound.deliver_due(rt.sessions, limit=1)
    assert list(receiver.accepted) == ["alert-0:1"]
    add_endpoint(rt, receiver.url, secret="wrong")
    _enqueue(rt, 1, prefix="x")
    outbound.deliver_due(rt.sessions)
    assert receiver.bad_signatures == 1
