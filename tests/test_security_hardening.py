"""The holes of the reliability and security issue, each shut with a test: secrets required in
production, same-origin redirects only, sign-in throttling that cannot lock a real user out or
reveal who has an account, sessions that end on sign-out, parsed endpoint URLs, least data,
audited look-ups, headers, no personal data in logs, NUL bytes and odd Telegram updates, and
look-alike characters that hide a crisis."""

from __future__ import annotations

import logging
import re
import statistics
import threading
import time

import pytest
from sqlalchemy import func, select
from werkzeug.security import generate_password_hash

from bot.understand import classify
from db.models import AuditEntry, Campaign, District, StaffUser, WebhookDelivery
from db.session import transaction
from neet import notifications, runtime
from outreach import campaigns
from tests.factories import row
from tests.helpers import TODAY, add_endpoint, seed, shows
from web.app import create_app
from webhooks import outbound

PW = "correct horse battery"


def _staff(rt):
    nk = {"ActivityCode": "810", "StartDate": "", "DateVerified": "",
          "DateAscertained": "2026-09-01"}  # Not Known whatever the date
    seed(rt, [row(YoungPersonsID="M1", Forename="Jade", Mobile="07400 700001", **nk),
              row(YoungPersonsID="T1", Forename="Tess", Mobile="07400 800001", District="Thanet",
                  **nk)])
    with transaction(rt.sessions) as s:
        d = {x.name: x for x in s.scalars(select(District))}
        pw = generate_password_hash(PW)
        s.add_all([
            StaffUser(email="track@kent", name="T", role="tracking", password_hash=pw),
            StaffUser(email="admin@kent", name="A", role="admin", password_hash=pw),
            StaffUser(email="nss.t@kent", name="N", role="nss", district_id=d["Thanet"].id,
                      password_hash=pw),
            StaffUser(email="mgr.west@kent", name="W", role="manager",
                      area_id=d["Maidstone"].area_id, password_hash=pw)])


def _csrf(client, path="/login") -> str:
    html = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def _login(client, email, password=PW, next_=None):
    url = "/login" + (f"?next={next_}" if next_ is not None else "")
    return client.post(url, data={"email": email, "password": password,
                                  "csrf_token": _csrf(client)})


@pytest.fixture
def app(rt):
    _staff(rt)
    return create_app(rt), rt


# ------------------------------------------------------------------ secrets in production
def test_production_refuses_to_start_without_real_secrets(db_url):
    base = {"DATABASE_URL": db_url, "NEET_ENV": "production"}
    with pytest.raises(RuntimeError, match="SECRET_KEY"):
        create_app(runtime.build(base))
    with pytest.raises(RuntimeError, match="PUBLIC_BASE_URL"):
        create_app(runtime.build({**base, "SECRET_KEY": "k" * 40}))
    with pytest.raises(RuntimeError, match="TWILIO_AUTH_TOKEN"):
        create_app(runtime.build({**base, "SECRET_KEY": "k" * 40, "TWILIO_ACCOUNT_SID": "AC1",
                                  "PUBLIC_BASE_URL": "https://neet.example.org"}))
    app = create_app(runtime.build({**base, "SECRET_KEY": "k" * 40,
                                    "PUBLIC_BASE_URL": "https://neet.example.org"}))
    assert app.config["SESSION_COOKIE_SECURE"] is True
    r = app.test_client().get("/login")
    assert "max-age" in r.headers["Strict-Transport-Security"]
    assert r.headers["Cache-Control"] == "no-store"


# ------------------------------------------------------------------ open redirect
@pytest.mark.parametrize("target", ["/%09/evil.example/", "//evil.example/", "/%5Cevil.example",
                                    "https://evil.example/", "/%0d%0a/evil.example",
                                    "javascript:alert(1)", "/\\/evil.example"])
def test_sign_in_never_redirects_off_site(app, target):
    a, _ = app
    r = _login(a.test_client(), "track@kent", next_=target)
    assert r.status_code == 302 and r.headers["Location"] == "/dashboard"


def test_sign_in_follows_a_path_on_this_site(app):
    a, _ = app
    r = _login(a.test_client(), "track@kent", next_="/people%3Fq%3Dhall")
    assert r.headers["Location"] == "/people?q=hall"


# ------------------------------------------------------------------ throttling
def test_a_stranger_cannot_lock_out_a_named_worker(app):
    a, _ = app
    attacker = a.test_client()
    attacker.environ_base["REMOTE_ADDR"] = "203.0.113.9"
    codes = [_login(attacker, "nss.t@kent", "guess").status_code for _ in range(8)]
    assert codes[:5] == [401] * 5 and set(codes[5:]) == {429}
    worker = a.test_client()
    worker.environ_base["REMOTE_ADDR"] = "198.51.100.7"
    assert _login(worker, "nss.t@kent").status_code == 302


def test_unknown_accounts_answer_like_real_ones(app):
    a, _ = app
    def statuses(email):
        c = a.test_client()
        c.environ_base["REMOTE_ADDR"] = f"192.0.2.{len(email)}"
        return [_login(c, email, "wrong").status_code for _ in range(7)]

    assert statuses("track@kent") == statuses("ghost@kent.x") == [401] * 5 + [429] * 2

    def timed(email):
        c = a.test_client()
        c.environ_base["REMOTE_ADDR"] = "192.0.2.200"
        out = []
        for _ in range(3):
            t0 = time.perf_counter()
            _login(c, email, "wrong")
            out.append(time.perf_counter() - t0)
        return statistics.median(out)

    real, ghost = timed("admin@kent"), timed("nobody@kent")
    assert ghost > 0.4 * real, (real, ghost)  # the password check runs for unknown accounts too


def test_concurrent_guesses_get_at_most_five_password_checks(app):
    a, rt = app
    start = threading.Barrier(20)
    codes: list[int] = []

    def guess():
        c = a.test_client()
        c.environ_base["REMOTE_ADDR"] = "203.0.113.50"
        token = _csrf(c)
        start.wait()
        for _ in range(2):
            r = c.post("/login", data={"email": "track@kent", "password": "wrong",
                                       "csrf_token": token})
            codes.append(r.status_code)

    threads = [threading.Thread(target=guess) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert len(codes) == 40 and 500 not in codes
    assert codes.count(401) <= 5 and codes.count(429) >= 35
    with rt.sessions() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)
                        .where(AuditEntry.action == "auth.failed")) <= 5


# ------------------------------------------------------------------ sessions
def test_a_cookie_stops_working_after_sign_out(app):
    a, _ = app
    c = a.test_client()
    _login(c, "track@kent")
    stolen = c.get_cookie("session").value
    assert c.get("/people").status_code == 200
    c.post("/logout", data={"csrf_token": _csrf(c, "/people")})
    thief = a.test_client()
    thief.set_cookie("session", stolen)
    assert thief.get("/people").status_code == 302


# ------------------------------------------------------------------ endpoint URLs
@pytest.mark.parametrize("url", ["http://127.0.0.1@evil.example/", "http://127.0.0.1.evil.example/",
                                 "http://localhost:80@evil.example/hook", "https://user:pw@x.example/",
                                 "http://evil.example/", "https://x.example/\x00", "ftp://x.example/",
                                 "https:///nohost", "https://[::1/"])
def test_endpoint_urls_are_parsed_not_prefix_matched(app, url):
    a, rt = app
    c = a.test_client()
    _login(c, "admin@kent")
    r = c.post("/admin/endpoints", data={"url": url, "name": "x", "csrf_token": _csrf(c, "/admin")})
    assert r.status_code == 400
    assert outbound.endpoint_url_problem(url, allow_loopback_http=True)


def test_good_endpoint_urls_pass():
    assert outbound.endpoint_url_problem("https://nss.kent.example/hook", False) is None
    assert outbound.endpoint_url_problem("http://127.0.0.1:8080/hook", True) is None
    assert outbound.endpoint_url_problem("http://127.0.0.1:8080/hook", False)


def test_deliveries_to_a_switched_off_endpoint_never_go(rt):
    seed(rt)
    ep = add_endpoint(rt, "https://nss.example/hook")  # county-wide
    with transaction(rt.sessions) as s:
        notifications.notify(s, "referral.raised", {"x": 1}, district_id=None, key="k1")
        from db.models import WebhookEndpoint

        s.get(WebhookEndpoint, ep).active = False
    posted = []
    res = outbound.deliver_due(rt.sessions, post=lambda *a: posted.append(a) or 204)
    assert posted == [] and res["cancelled"] == 1
    with rt.sessions() as s:
        assert s.scalar(select(WebhookDelivery.status)) == "cancelled"


# ------------------------------------------------------------------ least data, audit
def test_previews_show_no_names_from_outside_the_viewers_area(app):
    a, rt = app
    with transaction(rt.sessions) as s:
        c = campaigns.create(s, name="Thanet only", rule={"kind": "not_known",
                                                          "districts": ["Thanet"]},
                             actor="t", now=runtime_now())
        cid = c.id
    mgr = a.test_client()
    _login(mgr, "mgr.west@kent")
    page = mgr.get(f"/campaigns/{cid}").get_data(as_text=True)
    assert not shows(page, "Tess") and "Hi Sam" in page
    track = a.test_client()
    _login(track, "track@kent")
    assert "Tess" in track.get(f"/campaigns/{cid}").get_data(as_text=True)
    with rt.sessions() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)
                        .where(AuditEntry.action == "campaign.preview")) == 2


def runtime_now():
    from neet.clock import utcnow

    return utcnow()


def test_nss_get_only_their_districts_from_the_scorecard_api(app):
    a, _ = app
    c = a.test_client()
    _login(c, "nss.t@kent")
    card = c.get(f"/api/scorecard?month={TODAY:%Y-%m}").get_json()
    assert set(card["districts"]) <= {"Thanet"} and "county" not in card and card["areas"] == {}
    t = a.test_client()
    _login(t, "track@kent")
    assert "county" in t.get(f"/api/scorecard?month={TODAY:%Y-%m}").get_json()


def test_denied_lookups_lists_and_searches_are_audited(app):
    a, rt = app
    c = a.test_client()
    _login(c, "nss.t@kent")
    with rt.sessions() as s:
        from db.models import Person

        jade = s.scalar(select(Person.id).where(Person.ccis_id == "M1"))
    assert c.get(f"/people/{jade}").status_code == 404
    assert c.get("/people/2147483000").status_code == 404
    assert c.get("/people?q=hall").status_code == 200
    assert c.get("/review").status_code == 200
    with rt.sessions() as s:
        acts = [(e.action, e.entity_id, e.detail) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.actor == "nss.t@kent"))]
    assert ("person.denied", str(jade), "") in acts
    assert ("person.denied", "2147483000", "") in acts
    assert any(x[0] == "people.list" and "hall" in x[2] for x in acts)
    assert any(x[0] == "review.list" for x in acts)


# ------------------------------------------------------------------ bad input: never a 500
def test_nul_bytes_and_bad_numbers_in_forms_are_a_clear_400(app):
    a, rt = app
    c = a.test_client()
    assert c.post("/login", data={"email": "a\x00b@kent", "password": "x",
                                  "csrf_token": _csrf(c)}).status_code == 400
    _login(c, "track@kent")
    assert c.get("/people?q=ha\x00ll").status_code == 400
    with rt.sessions() as s:
        from db.models import Person

        pid = s.scalar(select(Person.id).where(Person.ccis_id == "M1"))
    token = _csrf(c, "/people")
    assert c.post(f"/people/{pid}/status", data={"code": "540", "note": "x\x00y",
                                                 "csrf_token": token}).status_code == 400
    for field, value in (("lapsing_days", "ten"), ("not_contacted_days", "1e9"),
                         ("reminders", "3,seven"), ("send_rate", "-1"), ("name", "")):
        form = {"name": "Chase", "kind": "lapsing", "csrf_token": _csrf(c, "/campaigns"),
                field: value}
        r = c.post("/campaigns", data=form)
        assert r.status_code == 400 and b"must" in r.data or b"Give the campaign" in r.data
    with rt.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Campaign)) == 0


@pytest.mark.parametrize("update,header", [
    ({"update_id": 1, "message": {"message_id": 1, "chat": {"id": 10**30}, "text": "hi"}}, "s3cret"),
    ({"update_id": 1, "message": {"message_id": 10**30, "chat": {"id": 5}, "text": "hi"}}, "s3cret"),
    ({"update_id": 1, "message": {"message_id": 1, "chat": {"id": True}, "text": "hi"}}, "s3cret"),
    ({"update_id": 1, "callback_query": {"id": "c1", "message": "not an object", "data": "1"}}, "s3cret"),
    ({"update_id": 1, "callback_query": {"id": ["x"], "message": {"chat": {"id": 5}}, "data": "1"}},
     "s3cret"),
    ({"update_id": 1, "message": {"message_id": 1, "chat": {"id": 5}, "text": "hi"}}, "sécrét✓"),
])
def test_odd_telegram_updates_are_4xx_or_ignored(rt, update, header):
    app = create_app(runtime.build({"DATABASE_URL": rt.settings.database_url,
                                    "TELEGRAM_WEBHOOK_SECRET": "s3cret"}))
    c = app.test_client()
    r = c.post("/webhooks/telegram", json=update,
               headers={"X-Telegram-Bot-Api-Secret-Token": header.encode().decode("latin-1")})
    assert r.status_code in (200, 400, 403)
    if r.status_code == 200:
        assert r.get_json().get("ignored")


# ------------------------------------------------------------------ logs
def test_no_phone_number_or_reply_text_reaches_a_log_under_faults(rt, tmp_path, caplog):
    """A database fault in the inbound path: the reply is spooled, and neither the number nor
    the text appears in any log record or traceback."""
    seed(rt)
    broken = runtime.build({"DATABASE_URL": f"sqlite:///{tmp_path}/missing/dir/x.db/",
                            "NEET_SPOOL_DIR": str(tmp_path / "spool")})
    from bot.arrival import handle

    caplog.set_level(logging.DEBUG)
    out = handle(broken, "sms", "+447400123456", "my secret reply 12345", "SMfault1")
    assert out == {"spooled": True}
    from sqlalchemy.exc import IntegrityError

    from db.models import Message

    with pytest.raises(IntegrityError) as err, transaction(rt.sessions) as s:
        s.add(Message(channel="sms", direction="in", sender="+447400123456",
                      body="my secret reply 12345", provider_id="dup", status="received"))
        s.add(Message(channel="sms", direction="in", sender="+447400123456",
                      body="my secret reply 12345", provider_id="dup", status="received"))
    logging.getLogger("test").exception("fault", exc_info=err.value)
    text = caplog.text + str(err.value)
    assert "7400123456" not in text and "secret reply" not in text


# ------------------------------------------------------------------ look-alike characters
@pytest.mark.parametrize("text", [
    "I want to k\u200bill myself", "I want to ki\u00adll myself", "I want to k\u0456ll my\u0455elf",
    "\u0406 w\u0430nt t\u043e d\u0456e", "ｉ ｗａｎｔ ｔｏ ｋｉｌｌ ｍｙｓｅｌｆ", "kill\u200d myself",
    "I\u2060 want\u2060 to\u2060 end\u2060 it",
])
def test_hidden_characters_cannot_hide_a_crisis(text):
    assert classify(text).label == "crisis"


def test_other_scripts_are_left_alone():
    from bot.understand.unicode_clean import clean

    assert clean("Я хочу працювати") == "Я хочу працювати"
    assert clean("Ελπίζω να βρω δουλειά") == "Ελπίζω να βρω δουλειά"


def test_access_log_lines_lose_their_query_strings():
    from neet.logs import DropQueryStrings

    record = logging.LogRecord("werkzeug", logging.INFO, __file__, 1, '%s - - [%s] "%s" %s',
                               ("127.0.0.1", "now", "GET /people?q=Megan+Hall&page=2 HTTP/1.1",
                                "200"), None)
    assert DropQueryStrings().filter(record)
    line = record.getMessage()
    assert "Megan" not in line and "/people?…" in line


def test_disabling_or_resetting_a_user_ends_their_sessions_and_nss_needs_a_district(app):
    a, rt = app
    victim = a.test_client()
    _login(victim, "nss.t@kent")
    assert victim.get("/people").status_code == 200
    admin = a.test_client()
    _login(admin, "admin@kent")
    token = _csrf(admin, "/admin")
    with rt.sessions() as s:
        uid = s.scalar(select(StaffUser.id).where(StaffUser.email == "nss.t@kent"))
        me = s.scalar(select(StaffUser.id).where(StaffUser.email == "admin@kent"))
    assert admin.post(f"/admin/users/{uid}/password", data={"password": "short",
                                                             "csrf_token": token}).status_code == 400
    assert admin.post(f"/admin/users/{uid}/password", data={"password": "a new long password 1",
                                                             "csrf_token": token}).status_code == 302
    assert victim.get("/people").status_code == 302  # the old session has ended
    _login(victim, "nss.t@kent", "a new long password 1")
    assert victim.get("/people").status_code == 200
    assert admin.post(f"/admin/users/{uid}/active", data={"active": "no",
                                                           "csrf_token": token}).status_code == 302
    assert victim.get("/people").status_code == 302
    assert admin.post(f"/admin/users/{me}/active", data={"active": "no",
                                                          "csrf_token": token}).status_code == 400
    r = admin.post("/admin/users", data={"email": "new@kent", "role": "nss",
                                         "password": "a long enough password", "csrf_token": token})
    assert r.status_code == 400  # an NSS worker with no district would see nobody
