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
        raise_referral(s, jade, Routing("NSS", (), ("asked for help",)), said="help", actor="t",
                       base_url="http://x", today=TODAY)
    with rt.sessions() as s:
        pid, rid = s.scalar(select(Person.id)), s.scalar(select(Referral.id))
    app = create_app(rt)
    signed_in = app.test_client()
    signed_in.post("/login", data={"email": "admin@kent", "password": PW,
                                   "csrf_token": _csrf(signed_in, "/login")})
    token = _csrf(signed_in, "/people")
    forms = {
        "/people/{pid}/status": ["code", "start", "note"],
        "/campaigns": ["name", "kind", "lapsing_days", "not_contacted_days", "reminders",
                       "chase_after_days", "send_rate", "channel", "districts", "academic_ages"],
        "/referrals/{rid}/move": ["to", "outcome", "eet_code"],
        "/admin/users": ["email", "name", "role", "password", "district_id", "area_id"],
        "/admin/endpoints": ["url", "name", "district_id"],
    }

    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    @given(path=st.sampled_from(sorted(forms)), values=st.lists(NASTY, min_size=10, max_size=10),
           search=NASTY, email=NASTY)
    def run(path, values, search, email):
        data = dict(zip(forms[path], values, strict=False))
        data["csrf_token"] = token
        r = signed_in.post(path.format(pid=pid, rid=rid), data=data)
        assert r.status_code < 500, (path, data, r.status_code)
        r = signed_in.get("/people", query_string={"q": search})
        assert r.status_code < 500
        anon = app.test_client()
        r = anon.post("/login", data={"email": email, "password": search,
                                      "csrf_token": _csrf(anon, "/login")})
        assert r.status_code < 500

    run()
