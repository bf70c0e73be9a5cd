"""Exports open as valid CSV and XLSX, hold the right rows for the user's districts only,
show numbers only to those who may see them, and are audited."""

from __future__ import annotations

import csv
import io

from openpyxl import load_workbook
from sqlalchemy import select
from werkzeug.security import generate_password_hash

from db.models import AuditEntry, District, Person, StaffUser
from db.session import transaction
from neet import consent
from tests.factories import row
from tests.helpers import seed, signed_in
from web.app import create_app

PW = "correct horse battery"


def _setup(rt, opted_out: bool = True):
    nk = {"ActivityCode": "810", "StartDate": "", "DateVerified": ""}
    seed(rt, [row(YoungPersonsID="M1", Forename="Jade", Mobile="07400 700001", District="Maidstone",
                  **nk),
              row(YoungPersonsID="T1", Forename="Tess", Mobile="07400 800001", District="Thanet",
                  **nk)],
         with_catalogue=False)
    with transaction(rt.sessions) as s:
        d = {x.name: x.id for x in s.scalars(select(District))}
        pw = generate_password_hash(PW)
        s.add_all([StaffUser(email="track@k", name="T", role="tracking", password_hash=pw),
                   StaffUser(email="nss.t@k", name="N", role="nss", district_id=d["Thanet"], password_hash=pw),
                   StaffUser(email="mgr.west@k", name="W", role="manager", password_hash=pw,
                             area_id=s.get(District, d["Maidstone"]).area_id),
                   StaffUser(email="admin@k", name="A", role="admin", password_hash=pw)])
        for p in s.scalars(select(Person)):
            p.phone_chase = True
            if opted_out:
                consent.record(s, p.id, "sms", False, source="reply", reason="opt-out reply")


def _csv(resp) -> list[list[str]]:
    assert resp.status_code == 200 and resp.mimetype == "text/csv"
    return list(csv.reader(io.StringIO(resp.get_data(as_text=True))))


def _xlsx(resp) -> list[list]:
    assert resp.status_code == 200
    ws = load_workbook(io.BytesIO(resp.data), read_only=True).active
    return [[c for c in r] for r in ws.iter_rows(values_only=True)]


def test_exports_are_valid_scoped_and_audited(rt):
    _setup(rt)
    app = create_app(rt)
    track, _ = signed_in(app, "track@k", PW)
    rows = _csv(track.get("/exports/phone-chase.csv"))
    assert rows[0][-1] == "Mobile" and {r[1] for r in rows[1:]} == {"Jade", "Tess"}
    assert "+447400700001" in {r[-1] for r in rows[1:]}
    sheet = _xlsx(track.get("/exports/opt-outs.xlsx"))
    assert sheet[0][0] == "YoungPersonsID" and {r[1] for r in sheet[1:]} == {"Jade", "Tess"}
    statuses = _csv(track.get("/exports/statuses.csv?since=2000-01-01"))
    assert statuses[0][0] == "YoungPersonsID" and {r[0] for r in statuses[1:]} == {"M1", "T1"}

    nss, _ = signed_in(app, "nss.t@k", PW)
    rows = _csv(nss.get("/exports/phone-chase.csv"))
    assert [r[1] for r in rows[1:]] == ["Tess"]  # Thanet only
    assert nss.get("/exports/opt-outs.csv").status_code == 403

    mgr, _ = signed_in(app, "mgr.west@k", PW)
    rows = _csv(mgr.get("/exports/phone-chase.csv"))
    assert rows[0][-1] != "Mobile" and [r[1] for r in rows[1:]] == ["Jade"]  # West, no numbers
    assert [r[0] for r in _xlsx(mgr.get("/exports/statuses.xlsx?since=2000-01-01"))[1:]] == ["M1"]
    assert mgr.get("/exports/audit.csv").status_code == 403

    admin, _ = signed_in(app, "admin@k", PW)
    log = _csv(admin.get("/exports/audit.csv?since=2000-01-01"))
    assert any(r[2] == "export.phone-chase" and r[1] == "nss.t@k" for r in log[1:])
    with rt.sessions() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.action.like("export.%"))).all()
    assert len(actions) >= 7


def test_campaign_scorecard_and_kpi_exports_hold_only_the_users_districts(rt):
    from neet.clock import utcnow
    from neet.referrals.rules import Routing
    from neet.referrals.service import raise_referral
    from outreach import campaigns
    from tests.helpers import TODAY

    _setup(rt, opted_out=False)
    with transaction(rt.sessions) as s:
        c = campaigns.create(s, name="All", rule={"kind": "not_known"}, actor="t", now=utcnow())
        campaigns.launch(s, c, "t", utcnow().date(), utcnow())
        cid = c.id
        for p in s.scalars(select(Person)):
            raise_referral(s, p, Routing("NSS", (), ("asked for help",)), said="x", actor="bot",
                           base_url="http://x", today=TODAY)
    app = create_app(rt)
    mgr, _ = signed_in(app, "mgr.west@k", PW)
    recipients = _csv(mgr.get(f"/exports/campaigns/{cid}/recipients.csv"))
    assert recipients[0][0] == "YoungPersonsID" and [r[1] for r in recipients[1:]] == ["Jade"]
    results = _xlsx(mgr.get(f"/exports/campaigns/{cid}/results.xlsx"))
    assert list(results[0][:2]) == ["District", "planned"]
    assert [r[0] for r in results[1:]] == ["Maidstone"]
    card = _csv(mgr.get("/exports/figures/scorecard.csv"))
    places = {(r[1], r[2]) for r in card[1:]}
    assert ("district", "Maidstone") in places and ("district", "Thanet") not in places
    assert ("county", "Kent") in places  # the county, for comparison
    k = _xlsx(mgr.get("/exports/figures/kpis.xlsx"))
    assert {(r[2], r[3]) for r in k[1:]} == {("district", "Maidstone"), ("area", "West"),
                                             ("all", "your districts")}
    assert mgr.get(f"/exports/campaigns/{cid}/everything.csv").status_code == 404
    assert mgr.get("/exports/figures/secrets.csv").status_code == 404
    nss, _ = signed_in(app, "nss.t@k", PW)
    assert nss.get(f"/exports/campaigns/{cid}/recipients.csv").status_code == 403
    k = _csv(nss.get("/exports/figures/kpis.csv"))
    assert {r[3] for r in k[1:] if r[2] == "district"} == {"Thanet"}
    page = mgr.get("/reports/figures").get_data(as_text=True)
    assert "Trend this tracking year" in page and "West area" in page and "Thanet" not in page
