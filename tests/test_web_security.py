"""Security of the web app: CSRF, session fixation, roles, district walls, brute force, the
audit trail, and the OpenAPI schema fuzzed with schemathesis (never a 500)."""

from __future__ import annotations

import re

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from sqlalchemy import select
from werkzeug.security import generate_password_hash

from db.models import AuditEntry, District, Person, Referral, StaffUser
from db.session import transaction
from neet.referrals.rules import Routing
from neet.referrals.service import raise_referral
from tests.factories import row
from tests.helpers import TODAY, seed
from web.app import create_app

PW = "correct horse battery"


def _setup(rt):
    seed(rt, [row(YoungPersonsID="M1", Forename="Jade", Mobile="07400 700001"),
              row(YoungPersonsID="T1", Forename="Tess", Mobile="07400 800001", District="Thanet")])
    with transaction(rt.sessions) as s:
        d = {x.name: x.id for x in s.scalars(select(District))}
        pw = generate_password_hash(PW)
        s.add_all([StaffUser(email="track@kent", name="T", role="tracking", password_hash=pw),
                   StaffUser(email="nss.m@kent", name="M", role="nss", district_id=d["Maidstone"], password_hash=pw),
                   StaffUser(email="nss.t@kent", name="N", role="nss", district_id=d["Thanet"], password_hash=pw)])
        jade = s.scalar(select(Person).where(Person.ccis_id == "M1"))
        raise_referral(s, jade, Routing("NSS", (), ("asked for help",)), said="help", actor="t",
                       base_url="http://x", today=TODAY)


def _csrf(client, path="/login") -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).get_data(as_text=True)).group(1)


def _login(client, email, password=PW):
    return client.post("/login", data={"email": email, "password": password, "csrf_token": _csrf(client)})


@pytest.fixture
def app(rt):
    _setup(rt)
    return create_app(rt), rt


def test_forms_without_csrf_are_refused(app):
    a, rt = app
    c = a.test_client()
    assert c.post("/login", data={"email": "track@kent", "password": PW}).status_code == 400
    _login(c, "nss.m@kent")
    with rt.sessions() as s:
        rid = s.scalar(select(Referral.id))
    assert c.post(f"/referrals/{rid}/move", data={"to": "accepted"}).status_code == 400
    with rt.sessions() as s:
        assert s.get(Referral, rid).status == "raised"
    assert c.post(f"/api/referrals/{rid}/move", json={"to": "accepted"}).status_code == 400


def test_session_is_renewed_on_sign_in(app):
    a, _ = app
    c = a.test_client()
    with c.session_transaction() as sess:
        sess["planted"] = "attacker"
    _login(c, "track@kent")
    with c.session_transaction() as sess:
        assert "planted" not in sess and sess["uid"]


def test_wrong_role_and_other_district(app):
    a, rt = app
    c = a.test_client()
    _login(c, "nss.t@kent")
    with rt.sessions() as s:
        rid = s.scalar(select(Referral.id))
        jade = s.scalar(select(Person.id).where(Person.ccis_id == "M1"))
        tess = s.scalar(select(Person.id).where(Person.ccis_id == "T1"))
    assert c.get("/campaigns").status_code == 403
    assert c.get("/admin").status_code == 403
    assert c.get(f"/people/{jade}").status_code == 404
    assert c.get(f"/api/people/{jade}").status_code == 404
    assert c.get(f"/referrals/{rid}").status_code == 404
    assert c.get("/api/referrals").get_json()["referrals"] == []
    tok = _csrf(c, f"/people/{tess}")
    r = c.post(f"/api/referrals/{rid}/move", json={"to": "accepted"}, headers={"X-CSRFToken": tok})
    assert r.status_code == 404
    assert c.get(f"/people/{tess}").status_code == 200
    with rt.sessions() as s:
        views = s.scalars(select(AuditEntry).where(AuditEntry.action == "person.view")).all()
        assert [(v.actor, v.person_id) for v in views][-1] == ("nss.t@kent", tess)


def test_brute_force_locks_the_account(app):
    a, _ = app
    c = a.test_client()
    for _ in range(5):
        assert _login(c, "track@kent", "wrong").status_code == 401
    assert _login(c, "track@kent").status_code == 429  # right password, still locked
    assert _login(c, "nobody@kent", "x").status_code == 401


def test_pages_need_sign_in_and_are_not_cached(app):
    a, _ = app
    c = a.test_client()
    assert c.get("/dashboard").status_code == 302
    assert c.get("/api/referrals").status_code == 401
    _login(c, "nss.m@kent")
    r = c.get("/referrals")
    assert r.headers["Cache-Control"] == "no-store" and "DENY" in r.headers["X-Frame-Options"]
    cookie = _login(a.test_client(), "nss.m@kent").headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_openapi_fuzzed_without_a_500(sqlite_rt):
    _setup(sqlite_rt)
    a = create_app(sqlite_rt)
    c = a.test_client()
    _login(c, "nss.m@kent")
    cookie = c.get_cookie("session").value
    token = _csrf(c, "/referrals")
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", a)
    failures, statuses = [], []
    for op in schema.get_all_operations():
        operation = op.ok()

        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def run(case):
            case.headers = {**(case.headers or {}), "X-CSRFToken": token}
            case.cookies = {**(case.cookies or {}), "session": cookie}
            resp = case.call()
            statuses.append(resp.status_code)
            if resp.status_code >= 500:
                failures.append((case.method, case.formatted_path, resp.status_code))

        run()
    assert failures == []
    assert 200 in statuses and len(statuses) > 40  # signed in, really exercised


def test_caseworker_corrects_a_status_and_it_is_audited(app):
    a, rt = app
    c = a.test_client()
    _login(c, "nss.m@kent")
    with rt.sessions() as s:
        jade = s.scalar(select(Person.id).where(Person.ccis_id == "M1"))
    tok = _csrf(c, f"/people/{jade}")
    r = c.post(f"/people/{jade}/status", data={"code": "310", "start": "2026-11-20",
                                               "note": "phoned", "csrf_token": tok})
    assert r.status_code == 302
    assert c.post(f"/people/{jade}/status", data={"code": "999", "csrf_token": tok}).status_code == 302
    with rt.sessions() as s:
        p = s.get(Person, jade)
        assert p.current_activity.code == 310 and p.current_activity.source == "caseworker"
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "person.update")).actor == "nss.m@kent"


def test_referral_falls_back_to_the_area_when_the_district_has_no_worker(app):
    a, rt = app
    from neet.referrals.service import assignee

    with transaction(rt.sessions) as s:
        d = {x.name: x for x in s.scalars(select(District))}
        assert assignee(s, d["Maidstone"].id).email == "nss.m@kent"
        assert assignee(s, d["Dover"].id) is None
        s.add(StaffUser(email="mgr.south@kent", name="S", role="manager", password_hash="x",
                        area_id=d["Dover"].area_id))
        s.flush()
        assert assignee(s, d["Dover"].id).email == "mgr.south@kent"


def test_worker_makes_a_single_use_telegram_link(app):
    a, rt = app
    c = a.test_client()
    _login(c, "nss.m@kent")
    with rt.sessions() as s:
        jade = s.scalar(select(Person.id).where(Person.ccis_id == "M1"))
        tess = s.scalar(select(Person.id).where(Person.ccis_id == "T1"))
    tok = _csrf(c, f"/people/{jade}")
    r = c.post(f"/people/{jade}/telegram-link", data={"csrf_token": tok}, follow_redirects=True)
    assert re.search(r"https://t\.me/\w+\?start=[A-Za-z0-9_-]{16,64}", r.get_data(as_text=True))
    assert c.post(f"/people/{tess}/telegram-link", data={"csrf_token": tok}).status_code == 404
