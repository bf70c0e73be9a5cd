"""Channels for real: Twilio SDK and python-telegram-bot against local emulators, and the
signed inbound webhooks of both, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from twilio.request_validator import RequestValidator

from db.models import ConsentEvent, ContactPoint, Message
from db.session import transaction
from neet import runtime
from tests.emulators.telegram_api import TelegramEmulator
from tests.emulators.twilio_api import TwilioEmulator
from tests.helpers import person, seed
from web.app import create_app
from webhooks.telegram_inbound import new_deep_link

PUBLIC = "https://outreach.example.org"
TG_SECRET = "tg-secret-123"


@pytest.fixture
def live(db_url):
    tw, tg = TwilioEmulator(), TelegramEmulator()
    rt = runtime.build({"NEET_SEND_RATE": "1000", "DATABASE_URL": db_url, "NEET_CHANNEL": "live",
                        "TWILIO_ACCOUNT_SID": tw.sid, "TWILIO_AUTH_TOKEN": tw.token,
                        "TWILIO_FROM_NUMBER": "+447700900001", "TWILIO_API_BASE": tw.url,
                        "TELEGRAM_BOT_TOKEN": tg.token, "TELEGRAM_API_BASE": tg.url,
                        "TELEGRAM_WEBHOOK_SECRET": TG_SECRET, "PUBLIC_BASE_URL": PUBLIC})
    seed(rt)
    app = create_app(rt)
    yield rt, app.test_client(), tw, tg
    tw.close()
    tg.close()
    rt.engine.dispose()


def twilio_post(client, tw, path: str, params: dict, signature: str | None = None):
    sig = signature if signature is not None else RequestValidator(tw.token).compute_signature(
        PUBLIC + path, params)
    return client.post(path, data=params, headers={"X-Twilio-Signature": sig})


def test_inbound_sms_signed_reply_goes_out_through_twilio(live):
    rt, client, tw, _ = live
    params = {"MessageSid": "SM1", "From": "+447400123456", "To": "+447700900001",
              "Body": "nothing atm"}
    r = twilio_post(client, tw, "/webhooks/twilio/sms", params)
    assert r.status_code == 200 and b"<Response>" in r.data
    replies = tw.sent_to("+447400123456")
    assert len(replies) == 1 and "What are you into" in replies[0]["body"]
    # Twilio retries the same webhook: stored and answered once
    assert twilio_post(client, tw, "/webhooks/twilio/sms", params).status_code == 200
    assert len(tw.sent_to("+447400123456")) == 1
    with rt.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Message).where(Message.direction == "in")) == 1


@pytest.mark.parametrize("case", ["forged", "unsigned", "other-url", "malformed"])
def test_forged_or_malformed_sms_webhooks_change_nothing(live, case):
    rt, client, tw, _ = live
    params = {"MessageSid": "SM2", "From": "+447400123456", "Body": "STOP"}
    if case == "forged":
        r = twilio_post(client, tw, "/webhooks/twilio/sms", params, signature="AAAA")
    elif case == "unsigned":
        r = client.post("/webhooks/twilio/sms", data=params)
    elif case == "other-url":
        sig = RequestValidator(tw.token).compute_signature("http://evil.example/webhooks/twilio/sms", params)
        r = twilio_post(client, tw, "/webhooks/twilio/sms", params, signature=sig)
    else:
        r = twilio_post(client, tw, "/webhooks/twilio/sms", {"From": "+447400123456"})
    assert r.status_code in (400, 403)
    with rt.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Message)) == 0
        assert s.scalar(select(func.count()).select_from(ConsentEvent)) == 0


def test_status_callback_updates_delivery_and_invalidates_bad_numbers(live):
    rt, client, tw, _ = live
    twilio_post(client, tw, "/webhooks/twilio/sms",
                {"MessageSid": "SM3", "From": "+447400123456", "Body": "4"})
    with rt.sessions() as s:
        out = s.scalar(select(Message).where(Message.direction == "out"))
    r = twilio_post(client, tw, "/webhooks/twilio/status",
                    {"MessageSid": out.provider_id, "MessageStatus": "delivered"})
    assert r.status_code == 204
    twilio_post(client, tw, "/webhooks/twilio/status",
                {"MessageSid": out.provider_id, "MessageStatus": "undelivered", "ErrorCode": "30006"})
    with rt.sessions() as s:
        m = s.get(Message, out.id)
        assert m.status == "undelivered" and m.error_code == "30006"
        assert not s.get(ContactPoint, m.contact_point_id).valid


def test_twilio_errors_mark_numbers_and_opt_outs(live):
    rt, client, tw, _ = live
    from messaging import dispatch, send

    tw.errors["+447400123456"] = (400, 21610)
    with transaction(rt.sessions) as s:
        mid = send.queue(s, rt.settings, person(s), "checkin", kind="campaign").id
    res = dispatch.send_queued(rt, dispatch.channels_for(rt.settings), ids=[mid])
    assert res["failed"] == 1
    with rt.sessions() as s:
        from neet import consent

        assert not consent.may_message(s, person(s).id, "sms")


def test_telegram_deep_link_then_conversation_and_block(live):
    rt, client, _, tg = live
    with transaction(rt.sessions) as s:
        link = new_deep_link(s, person(s), "neet_test_bot")
    token = link.split("start=")[1]
    hdr = {"X-Telegram-Bot-Api-Secret-Token": TG_SECRET}

    def update(uid: int, text: str, chat: int = 4242):
        return {"update_id": uid, "message": {"message_id": uid, "date": 0, "text": text,
                                              "chat": {"id": chat, "type": "private"}}}

    assert client.post("/webhooks/telegram", json=update(1, "hi")).status_code == 403
    r = client.post("/webhooks/telegram", json=update(1, f"/start {token}"), headers=hdr)
    assert r.get_json()["linked"] is True and "What are you doing" in tg.sent[-1]["text"]
    buttons = [b["callback_data"] for rowb in tg.sent[-1]["reply_markup"]["inline_keyboard"] for b in rowb]
    assert buttons == ["1", "2", "3", "4"]
    # the token is single use
    r = client.post("/webhooks/telegram", json=update(2, f"/start {token}", chat=999), headers=hdr)
    assert r.get_json()["linked"] is False
    press = {"update_id": 3, "callback_query": {"id": "cb1", "data": "2", "chat_instance": "x",
                                                "from": {"id": 4242, "is_bot": False, "first_name": "J"},
                                                "message": {"message_id": 9, "date": 0,
                                                            "chat": {"id": 4242, "type": "private"}}}}
    client.post("/webhooks/telegram", json=press, headers=hdr)
    assert "Good luck" in tg.sent[-1]["text"]
    with rt.sessions() as s:
        assert person(s).current_activity.code == 310
    assert client.post("/webhooks/telegram", data="not json", headers=hdr).status_code == 400
    # a user who blocks the bot is treated as opted out of Telegram
    tg.blocked.add("4242")
    from messaging import dispatch, send

    with transaction(rt.sessions) as s:
        mid = send.queue(s, rt.settings, person(s), "reminder", kind="campaign", channel="telegram").id
    dispatch.send_queued(rt, dispatch.channels_for(rt.settings), ids=[mid])
    with rt.sessions() as s:
        from neet import consent

        assert not consent.may_message(s, person(s).id, "telegram")
        assert consent.may_message(s, person(s).id, "sms")


def test_end_to_end_over_http_check_in_status_callback_and_signed_reply(db_url):
    """The check-in leaves through the twilio SDK to the emulator; the emulator posts a signed
    status callback and a signed reply back to the running service; the status changes."""
    import socket
    import threading

    from werkzeug.serving import make_server

    from messaging import dispatch, send

    tw = TwilioEmulator()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    rt = runtime.build({"NEET_SEND_RATE": "1000", "DATABASE_URL": db_url, "NEET_CHANNEL": "live",
                        "TWILIO_ACCOUNT_SID": tw.sid, "TWILIO_AUTH_TOKEN": tw.token,
                        "TWILIO_MESSAGING_SERVICE_SID": "MG" + "1" * 32,
                        "TWILIO_API_BASE": tw.url, "PUBLIC_BASE_URL": base})
    seed(rt)
    srv = make_server("127.0.0.1", port, create_app(rt), threaded=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        with transaction(rt.sessions) as s:
            mid = send.queue(s, rt.settings, person(s), "checkin", kind="campaign").id
        assert dispatch.send_queued(rt, dispatch.channels_for(rt.settings), ids=[mid])["sent"] == 1
        out = tw.sent_to("+447400123456")[0]
        assert out["status_callback"] == f"{base}/webhooks/twilio/status"
        assert tw.deliver_status(out["sid"], "delivered").status_code == 204
        r = tw.send_inbound(f"{base}/webhooks/twilio/sms", "+447400123456", "2")
        assert r.status_code == 200
        with rt.sessions() as s:
            assert s.get(Message, mid).status == "delivered"
            assert person(s).current_activity.code == 310
        assert "Good luck" in tw.sent_to("+447400123456")[-1]["body"]
    finally:
        srv.shutdown()
        tw.close()
        rt.engine.dispose()
