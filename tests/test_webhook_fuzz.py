"""Bad input on the channel webhooks: random forms, bodies, encodings and JSON give a 4xx or
a safe reply, never a 500, and valid-but-odd messages are stored."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from twilio.request_validator import RequestValidator

from db.models import Message
from neet import runtime
from tests.helpers import seed
from web.app import create_app

PUBLIC = "https://outreach.example.org"
TOKEN = "fuzz-token"
_ids = itertools.count()


def _app(sqlite_rt_url: str):
    rt = runtime.build({"NEET_SEND_RATE": "1000", "DATABASE_URL": sqlite_rt_url, "NEET_CHANNEL": "simulator",
                        "TWILIO_AUTH_TOKEN": TOKEN, "TELEGRAM_WEBHOOK_SECRET": "s",
                        "PUBLIC_BASE_URL": PUBLIC})
    return rt, create_app(rt).test_client()


def test_twilio_sms_webhook_fuzzed(sqlite_rt):
    seed(sqlite_rt, with_catalogue=False)
    rt, client = _app(sqlite_rt.settings.database_url)

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(body=st.one_of(st.text(max_size=2000), st.just("🙂" * 900), st.just("")),
           sender=st.one_of(st.just("+447400123456"), st.just("+447400999999"), st.text(max_size=20)),
           drop=st.sampled_from([None, "MessageSid", "From", "Body"]))
    def run(body, sender, drop):
        params = {"MessageSid": f"SMf{next(_ids)}", "From": sender, "Body": body}
        if drop:
            params.pop(drop)
        sig = RequestValidator(TOKEN).compute_signature(PUBLIC + "/webhooks/twilio/sms", params)
        r = client.post("/webhooks/twilio/sms", data=params, headers={"X-Twilio-Signature": sig})
        assert r.status_code in (200, 400), r.status_code
        if drop is None and sender:
            assert r.status_code == 200

    run()
    with rt.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Message).where(Message.direction == "in")) > 0


def test_non_utf8_and_wrong_content_types(sqlite_rt):
    rt, client = _app(sqlite_rt.settings.database_url)
    r = client.post("/webhooks/twilio/sms", data=b"\xff\xfe\x00garbage",
                    content_type="application/x-www-form-urlencoded",
                    headers={"X-Twilio-Signature": "x"})
    assert r.status_code in (400, 403)
    r = client.post("/webhooks/twilio/sms", json={"Body": "hi"}, headers={"X-Twilio-Signature": "x"})
    assert r.status_code == 403
    r = client.post("/webhooks/telegram", data=b"\xff\xfe", content_type="application/json",
                    headers={"X-Telegram-Bot-Api-Secret-Token": "s"})
    assert r.status_code == 400


def test_telegram_webhook_fuzzed(sqlite_rt):
    rt, client = _app(sqlite_rt.settings.database_url)
    json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=30),
                               lambda kids: st.lists(kids, max_size=3) | st.dictionaries(
                                   st.text(max_size=10), kids, max_size=3), max_leaves=10)

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(update=st.one_of(json_values, st.fixed_dictionaries({
        "update_id": st.integers(0, 10**9),
        "message": st.fixed_dictionaries({"message_id": st.integers(), "text": st.text(max_size=500),
                                          "chat": st.fixed_dictionaries({"id": st.integers()})})})))
    def run(update):
        r = client.post("/webhooks/telegram", json=update,
                        headers={"X-Telegram-Bot-Api-Secret-Token": "s"})
        assert r.status_code in (200, 400), r.status_code

    run()
