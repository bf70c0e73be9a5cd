"""Caseworkers can act: authorised staff see a young person's number (each look audited) and
log calls; a member of staff messages the young person through the one send path while the
bot stays quiet (a crisis still acts at once), then hands back."""

from __future__ import annotations

from sqlalchemy import func, select
from werkzeug.security import generate_password_hash

from db.models import Alert, AuditEntry, CallLog, ContactPoint, District, Message, Person, StaffUser
from db.session import transaction
from tests.helpers import seed, signed_in
from tests.test_conversation import say
from web.app import create_app

PW = "correct horse battery"


def _setup(rt):
    seed(rt)
    with transaction(rt.sessions) as s:
        d = {x.name: x for x in s.scalars(select(District))}
        pw = generate_password_hash(PW)
        s.add_all([
            StaffUser(email="nss.m@k", name="Mo Khan", role="nss", district_id=d["Maidstone"].id,
                      password_hash=pw),
            StaffUser(email="nss.t@k", name="T", role="nss", district_id=d["Thanet"].id, password_hash=pw),
            StaffUser(email="track@k", name="Tracy", role="tracking", password_hash=pw),
            StaffUser(email="mgr@k", name="W", role="manager", area_id=d["Maidstone"].area_id,
                      password_hash=pw)])
    with rt.sessions() as s:
        return s.scalar(select(Person.id))


def test_numbers_are_shown_only_to_those_who_act_and_every_look_is_audited(rt):
    pid = _setup(rt)
    app = create_app(rt)
    c, token = signed_in(app, "nss.m@k", PW)
    page = c.get(f"/people/{pid}").get_data(as_text=True)
    assert "+447400123456" not in page and "…3456" in page
    shown = c.post(f"/people/{pid}/reveal", data={"csrf_token": token}).get_data(as_text=True)
    assert "+447400123456" in shown
    m, mtoken = signed_in(app, "mgr@k", PW)
    assert m.post(f"/people/{pid}/reveal", data={"csrf_token": mtoken}).status_code == 403
    t, ttoken = signed_in(app, "nss.t@k", PW)
    assert t.post(f"/people/{pid}/reveal", data={"csrf_token": ttoken}).status_code == 404
    tr, trtoken = signed_in(app, "track@k", PW)
    assert tr.post(f"/people/{pid}/reveal", data={"csrf_token": trtoken}).status_code == 200
    with rt.sessions() as s:
        looks = s.scalars(select(AuditEntry.actor).where(AuditEntry.action == "contact.reveal")).all()
        assert sorted(looks) == ["nss.m@k", "track@k"]


def test_a_call_is_logged_on_the_timeline_and_a_wrong_number_is_marked(rt):
    pid = _setup(rt)
    c, token = signed_in(create_app(rt), "nss.m@k", PW)
    with rt.sessions() as s:
        cp = s.scalar(select(ContactPoint.id))
    assert c.post(f"/people/{pid}/calls", data={"contact_point_id": cp, "csrf_token": token}).status_code == 400
    r = c.post(f"/people/{pid}/calls", data={"contact_point_id": cp, "outcome": "no_answer",
                                            "note": "tried at 4pm", "csrf_token": token})
    assert r.status_code == 302
    assert "tried at 4pm" in c.get(f"/people/{pid}").get_data(as_text=True)
    c.post(f"/people/{pid}/calls", data={"contact_point_id": cp, "outcome": "wrong_number",
                                        "csrf_token": token})
    with rt.sessions() as s:
        assert s.scalar(select(func.count()).select_from(CallLog)) == 2
        assert not s.get(ContactPoint, cp).valid and s.get(Person, pid).phone_chase


def test_a_worker_talks_the_bot_stays_quiet_then_hands_back(rt):
    pid = _setup(rt)
    c, token = signed_in(create_app(rt), "nss.m@k", PW)
    r = c.post(f"/people/{pid}/message", data={"text": "Hi Jade, it's Mo. Are you free for a chat "
                                                       "tomorrow about courses?", "csrf_token": token})
    assert r.status_code == 302
    with rt.sessions() as s:
        sent = s.scalars(select(Message).where(Message.direction == "out")).all()
        assert len(sent) == 1 and "it's Mo" in sent[0].body and sent[0].status == "delivered"
    assert say(rt, "yeah after 2 is good") == []  # the bot stays quiet: Mo has it
    assert say(rt, "nothing atm") == []
    assert any("116 123" in b for b in say(rt, "i want to kill myself"))  # a crisis still acts
    with rt.sessions() as s:
        assert s.scalar(select(Alert.kind)) == "safeguarding"
    c.post(f"/people/{pid}/hand-back", data={"csrf_token": token})
    with transaction(rt.sessions) as s:
        s.get(Person, pid).crisis_hold = False
        from db.models import Conversation

        s.scalar(select(Conversation)).state = "idle"
    assert "What are you into" in say(rt, "nothing atm")[0]  # the bot again


def test_people_are_found_by_full_name_id_postcode_or_last_digits_with_paging(rt):
    from tests.factories import row

    seed(rt, [row(YoungPersonsID=f"Q{i:03d}", Forename=f"Ann{i:03d}", Surname="Smith",
                  Mobile=f"07400 {900000 + i}", ActivityCode="810", DateAscertained="2026-09-01",
                  DateVerified="", StartDate="") for i in range(60)]
         + [row(YoungPersonsID="MH1", Forename="Megan", Surname="Hall", Mobile="07400 123999",
                Postcode="TN23 7AB", ActivityCode="810", DateAscertained="2026-09-01",
                DateVerified="", StartDate="")], with_catalogue=False)
    with transaction(rt.sessions) as s:
        s.add(StaffUser(email="track@k", name="T", role="tracking",
                        password_hash=generate_password_hash(PW)))
    c, _ = signed_in(create_app(rt), "track@k", PW)
    for q in ("Megan Hall", "megan hall", "MH1", "TN23 7", "tn237ab", "3999", "123 999"):
        page = c.get("/people", query_string={"q": q}).get_data(as_text=True)
        assert "Megan Hall" in page and "Ann001" not in page, q
    first = c.get("/people", query_string={"q": "smith"}).get_data(as_text=True)
    assert first.count("Ann0") == 50 and "Next 50" in first
    second = c.get("/people", query_string={"q": "smith", "page": 2}).get_data(as_text=True)
    assert second.count("Ann0") == 10 and "Previous 50" in second and "Next 50" not in second
