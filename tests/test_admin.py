"""Admin: editing accounts (districts in words, sessions end when access changes),
switching caseworker endpoints off and seeing their recent deliveries, and changing message
wording, which is checked before it is saved and then used by every send."""

from __future__ import annotations

from sqlalchemy import select
from werkzeug.security import generate_password_hash

from db.models import Area, AuditEntry, District, Message, StaffUser, WebhookEndpoint
from db.session import transaction
from tests.helpers import seed, signed_in
from tests.test_conversation import say
from web.app import create_app

PW = "correct horse battery"


def _setup(rt):
    seed(rt)
    with transaction(rt.sessions) as s:
        pw = generate_password_hash(PW)
        s.add_all([StaffUser(email="admin@k", name="A", role="admin", password_hash=pw),
                   StaffUser(email="track@k", name="T", role="tracking", password_hash=pw)])
        s.add(WebhookEndpoint(name="Thanet NSS", url="https://thanet.example/hook", secret="x"))
    app = create_app(rt)
    admin, tok = signed_in(app, "admin@k", PW)
    return app, admin, tok


def test_an_admin_edits_an_account_and_a_change_of_access_ends_its_sessions(rt):
    app, admin, tok = _setup(rt)
    victim, _ = signed_in(app, "track@k", PW)
    with rt.sessions() as s:
        uid = s.scalar(select(StaffUser.id).where(StaffUser.email == "track@k"))
        me = s.scalar(select(StaffUser.id).where(StaffUser.email == "admin@k"))
        thanet = s.scalar(select(District.id).where(District.name == "Thanet"))
        west = s.scalar(select(Area.id).where(Area.name == "West"))
    page = admin.get("/admin").get_data(as_text=True)
    assert ">Thanet</option>" in page  # districts are chosen by name
    form = {"role": "nss", "name": "Tara", "csrf_token": tok}
    assert admin.post(f"/admin/users/{uid}", data=form).status_code == 400  # no district
    assert admin.post(f"/admin/users/{uid}", data={**form, "district_id": "999"}).status_code == 400
    assert admin.post(f"/admin/users/{uid}", data={**form, "district_id": thanet,
                                                   "service": "Nobody"}).status_code == 400
    assert admin.post(f"/admin/users/{uid}", data={**form, "district_id": thanet,
                                                   "service": "Youth Justice"}).status_code == 302
    with rt.sessions() as s:
        u = s.get(StaffUser, uid)
        assert (u.role, u.district_id, u.service, u.name) == ("nss", thanet, "Youth Justice", "Tara")
        assert s.scalar(select(AuditEntry.detail).where(AuditEntry.action == "admin.user_edit"))
    assert victim.get("/people").status_code == 302  # their old access has ended
    assert admin.post(f"/admin/users/{me}", data={"role": "manager", "area_id": west,
                                                  "csrf_token": tok}).status_code == 400


def test_endpoints_are_switched_off_and_show_their_recent_deliveries(rt):
    app, admin, tok = _setup(rt)
    say(rt, "i want to kill myself")  # a crisis: a delivery to the county endpoint
    with rt.sessions() as s:
        eid = s.scalar(select(WebhookEndpoint.id))
    page = admin.get("/admin").get_data(as_text=True)
    assert "safeguarding.alert" in page
    assert admin.post(f"/admin/endpoints/{eid}/active", data={"active": "no", "csrf_token": tok}
                      ).status_code == 302
    with rt.sessions() as s:
        assert not s.get(WebhookEndpoint, eid).active
    assert "switched off" in admin.get("/admin").get_data(as_text=True)
    assert admin.post("/admin/endpoints/999/active", data={"csrf_token": tok}).status_code == 404
    track, ttok = signed_in(app, "track@k", PW)
    assert track.post(f"/admin/endpoints/{eid}/active", data={"active": "yes", "csrf_token": ttok}
                      ).status_code == 403


def test_message_wording_is_checked_saved_used_and_restored(rt):
    app, admin, tok = _setup(rt)
    assert "checkin" in admin.get("/admin/wording").get_data(as_text=True)
    url = "/admin/wording/checkin"
    assert "Reply STOP to opt out" in admin.get(url).get_data(as_text=True)
    bad = {
        "Hi {{ first_name }} {% if %}": "line",  # not a template
        "Hi {{ nickname }}, 16-18? Reply STOP to opt out.": "nickname",
        "Hi {{ first_name }}, 16-18, what are you up to?": "STOP",  # the opt-out word stays
        "Hi {{ first_name }}, aged 16-18? " + "What are you up to? " * 30 + "Reply STOP":
            "segments",
        "Hi {{ first_name }}, what are you up to? Reply STOP to opt out.": "16",  # numbers stay
        # the sandbox: wording fills in names and never reaches Python
        "{{ first_name.__class__.__mro__ }} 16-18 STOP": "does not render",
    }
    for body, why in bad.items():
        r = admin.post(url, data={"body": body, "do": "save", "csrf_token": tok})
        assert r.status_code == 400 and why in r.get_data(as_text=True), why
    new = ("Hiya {{ first_name }}! {{ team }} here: we check in with everyone aged 16-18. What "
           "are you up to now? Reply STOP to opt out.")
    preview = admin.post(url, data={"body": new, "do": "preview", "csrf_token": tok})
    assert preview.status_code == 200 and "Hiya Alexandra" in preview.get_data(as_text=True)
    with rt.sessions() as s:
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "admin.wording_change")) is None
    assert admin.post(url, data={"body": new, "do": "save", "csrf_token": tok}).status_code == 302
    # the crisis message can be reworded, never without its help numbers
    r = admin.post("/admin/wording/crisis", data={"body": "We are worried. Call us.", "do": "save",
                                                  "csrf_token": tok})
    assert r.status_code == 400 and "999" in r.get_data(as_text=True)
    # every send uses the saved wording at once
    from messaging import send

    with transaction(rt.sessions) as s:
        from tests.helpers import person

        m = send.queue(s, rt.settings, person(s), "checkin", kind="campaign")
        assert m.body.startswith("Hiya Jade!")
    assert admin.post(f"{url}/restore", data={"csrf_token": tok}).status_code == 302
    with transaction(rt.sessions) as s:
        m = send.queue(s, rt.settings, person(s), "checkin", kind="campaign")
        assert m.body.startswith("Hi Jade")
    assert admin.get("/admin/wording/nonsense").status_code == 404
    track, _ = signed_in(app, "track@k", PW)
    assert track.get(url).status_code == 403
    with rt.sessions() as s:
        assert not s.scalars(select(Message).where(Message.body.like("%nickname%"))).all()
