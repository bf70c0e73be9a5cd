"""The phone-chase list: who a campaign could not reach, numbers only for those who may call
(each look audited), calls logged from the list, and the hand-over to 820."""

from __future__ import annotations

from sqlalchemy import func, select

from db.models import AuditEntry, CallLog, Person
from db.session import transaction
from tests.factories import row
from tests.helpers import add_staff, seed, shows, signed_in
from web.app import create_app

PW = "correct horse battery"


def _setup(rt):
    nk = {"ActivityCode": "810", "StartDate": "", "DateVerified": ""}
    seed(rt, [row(YoungPersonsID="M1", Forename="Jade", Surname="Hall", Mobile="07400 700001",
                  District="Maidstone", **nk),
              row(YoungPersonsID="M2", Forename="Kai", Mobile="07400 700002",
                  District="Maidstone", **nk),
              row(YoungPersonsID="T1", Forename="Tess", Mobile="07400 800001", District="Thanet",
                  **nk)], with_catalogue=False)
    add_staff(rt, ("track@k", "tracking"), ("nss.t@k", "nss", "Thanet"),
              ("mgr@k", "manager", "Maidstone"))
    with transaction(rt.sessions) as s:
        for p in s.scalars(select(Person).where(Person.ccis_id.in_(("M1", "T1")))):
            p.phone_chase = True
    with rt.sessions() as s:
        return {p.ccis_id: p.id for p in s.scalars(select(Person))}


def test_the_list_shows_numbers_only_to_callers_and_audits_each_look(rt):
    ids = _setup(rt)
    app = create_app(rt)
    track, _ = signed_in(app, "track@k", PW)
    page = track.get("/phone-chase").get_data(as_text=True)
    assert "+447400700001" in page and "+447400800001" in page and not shows(page, "Kai")
    thanet = track.get("/phone-chase?district=Thanet").get_data(as_text=True)
    assert "+447400800001" in thanet and "+447400700001" not in thanet
    mgr, _ = signed_in(app, "mgr@k", PW)
    page = mgr.get("/phone-chase").get_data(as_text=True)
    assert "Jade" in page and "+447400700001" not in page and not shows(page, "Tess")
    nss, _ = signed_in(app, "nss.t@k", PW)
    page = nss.get("/phone-chase").get_data(as_text=True)
    assert "+447400800001" in page and not shows(page, "Jade")
    with rt.sessions() as s:
        looks = s.execute(select(AuditEntry.actor, AuditEntry.person_id).where(
            AuditEntry.action == "contact.reveal")).all()
    assert sorted(looks) == sorted([("track@k", ids["M1"]), ("track@k", ids["T1"]),
                                    ("track@k", ids["T1"]), ("nss.t@k", ids["T1"])])


def test_a_call_is_logged_from_the_list_and_820_needs_a_confirmation(rt):
    ids = _setup(rt)
    app = create_app(rt)
    track, tok = signed_in(app, "track@k", PW)
    jade = ids["M1"]
    assert track.post(f"/phone-chase/{jade}/call", data={"csrf_token": tok}).status_code == 400
    r = track.post(f"/phone-chase/{jade}/call?page=1", data={
        "outcome": "voicemail", "note": "left a message at 5pm", "csrf_token": tok})
    assert r.status_code == 302 and "/phone-chase" in r.headers["Location"]
    assert "left a voicemail" in track.get("/phone-chase").get_data(as_text=True)
    assert track.post(f"/phone-chase/{jade}/cannot-contact", data={"csrf_token": tok}
                      ).status_code == 400  # no confirmation
    assert track.post(f"/phone-chase/{jade}/cannot-contact", data={
        "confirm": "yes", "csrf_token": tok}).status_code == 302
    with rt.sessions() as s:
        p = s.get(Person, jade)
        assert p.current_activity.code == 820 and not p.phone_chase
        assert s.scalar(select(func.count()).select_from(CallLog)) == 1
    track.get("/phone-chase")  # the flash message is shown once
    assert "Jade" not in track.get("/phone-chase").get_data(as_text=True)
    mgr, mtok = signed_in(app, "mgr@k", PW)
    assert mgr.post(f"/phone-chase/{ids['T1']}/call", data={
        "outcome": "answered", "csrf_token": mtok}).status_code == 403  # managers don't call
    nss, ntok = signed_in(app, "nss.t@k", PW)
    assert nss.post(f"/phone-chase/{jade}/call", data={
        "outcome": "answered", "csrf_token": ntok}).status_code == 404  # not their district
