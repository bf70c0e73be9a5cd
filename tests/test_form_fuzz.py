"""The staff forms fuzzed on SQLite and PostgreSQL: any text (NUL bytes, emoji, other scripts,
huge values, numbers where words go and words where numbers go) gives a page or a clear 4xx,
never a 500."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from werkzeug.security import generate_password_hash

from db.models import Person, Referral, StaffUser
from db.session import transaction
from neet.referrals.rules import Routing
from neet.referrals.service import raise_referral
from tests.factories import row
from tests.helpers import TODAY, seed
from web.app import create_app

PW = "correct horse battery"
NASTY = st.one_of(
    st.text(max_size=300),
    st.sampled_from(["\x00", "a\x00b", "🙂" * 200, "Я хочу", "9" * 40, "-1", "1e309", "NaN",
                     "x" * 5000, "' OR 1=1 --", "<script>alert(1)</script>", "   ", ""]),
)


def _csrf(client, path) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"',
                     client.get(path).get_data(as_text=True)).group(1)


def test_staff_forms_never_500(rt):
    seed(rt, [row(YoungPersonsID="M1", Forename="Jade", Mobile="07400 700001")])
    with transaction(rt.sessions) as s:
        s.add(StaffUser(email="admin@kent", name="A", role="admin",
                        password_hash=generate_password_hash(PW)))
        jade = s.scalar(select(Person).where(Person.ccis_id == "M1"))
        s.add(StaffUser(email="mgr@kent", name="M", role="manager", area_id=jade.district.area_id,
                        password_hash=generate_password_hash(PW)))
        s.add(StaffUser(email="edited@kent", name="E", role="tracking", password_hash="x"))
        raise_referral(s, jade, Routing("NSS", (), ("asked for help",)), said="help", actor="t",
                       base_url="http://x", today=TODAY)
    with rt.sessions() as s:
        pid, rid = s.scalar(select(Person.id)), s.scalar(select(Referral.id))
        uid = s.scalar(select(StaffUser.id).where(StaffUser.email == "edited@kent"))
    app = create_app(rt)
    signed_in = app.test_client()
    signed_in.post("/login", data={"email": "admin@kent", "password": PW,
                                   "csrf_token": _csrf(signed_in, "/login")})
    token = _csrf(signed_in, "/people")
    manager = app.test_client()  # the caseworker forms, as someone allowed to use them
    manager.post("/login", data={"email": "mgr@kent", "password": PW,
                                 "csrf_token": _csrf(manager, "/login")})
    mtoken = _csrf(manager, "/people")
    as_manager = {
        "/referrals/{rid}/move": ["to", "outcome", "eet_code"],
        "/referrals/{rid}/assign": ["worker_id"],
        "/referrals/{rid}/notes": ["text"],
        "/referrals/{rid}/next-action": ["what", "due"],
        "/people/{pid}/referrals": ["service", "reason", "consent"],
        "/board/{pid}/reviewed": ["note"],
    }
    forms = {
        "/people/{pid}/status": ["code", "start", "note"],
        "/campaigns": ["name", "kind", "lapsing_days", "not_contacted_days", "reminders",
                       "chase_after_days", "send_rate", "channel", "districts", "academic_ages"],
        "/admin/users": ["email", "name", "role", "password", "district_id", "area_id"],
        "/admin/endpoints": ["url", "name", "district_id"],
        "/admin/users/{uid}": ["role", "name", "district_id", "area_id", "service", "duty_worker"],
        "/admin/wording/checkin": ["body", "do"],
    }

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(path=st.sampled_from(sorted(forms) + sorted(as_manager)),
           values=st.lists(NASTY, min_size=10, max_size=10), search=NASTY, email=NASTY)
    def run(path, values, search, email):
        client, fields = (manager, as_manager[path]) if path in as_manager \
            else (signed_in, forms[path])
        data = dict(zip(fields, values, strict=False))
        data["csrf_token"] = mtoken if client is manager else token
        r = client.post(path.format(pid=pid, rid=rid, uid=uid), data=data)
        assert r.status_code < 500, (path, data, r.status_code)
        r = signed_in.get("/people", query_string={"q": search})
        assert r.status_code < 500
        r = manager.get("/referrals", query_string={"queue": search, "show": email})
        assert r.status_code < 500
        anon = app.test_client()
        r = anon.post("/login", data={"email": email, "password": search,
                                      "csrf_token": _csrf(anon, "/login")})
        assert r.status_code < 500

    run()
