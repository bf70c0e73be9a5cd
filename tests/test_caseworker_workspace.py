"""The caseworkers' workspace: a queue per service, assignment, notes, next action, the 20
working-day and 6-week clocks with RAG, referrals raised by hand, the monthly NEET review
board and the worker's inbox, each with its role and district walls."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from werkzeug.security import generate_password_hash

from db.models import Activity, AuditEntry, Person, Referral, ReferralNote, StaffUser
from db.session import transaction
from neet.clock import today_london
from neet.referrals import clocks
from neet.referrals.rules import Routing
from neet.referrals.service import assign, raise_referral
from tests.factories import row
from tests.helpers import TODAY, add_staff, seed, shows, signed_in
from tests.test_conversation import say
from web.app import create_app
from web.referral_pages import clocks_of

PW = "correct horse battery"


# -- the clocks (pure) -------------------------------------------------------------------------

def test_working_days_skip_weekends_and_bank_holidays():
    assert clocks.add_working_days(date(2026, 11, 23), 20) == date(2026, 12, 21)
    # over Christmas: Fri 25 Dec and Mon 28 Dec (Boxing Day observed) do not count
    assert clocks.add_working_days(date(2026, 12, 21), 5) == date(2026, 12, 30)
    assert clocks.working_days(date(2026, 12, 21), date(2026, 12, 30)) == 5
    for start in (date(2026, 1, 5) + timedelta(days=i) for i in range(0, 400, 7)):
        assert clocks.working_days(start, clocks.add_working_days(start, 20)) == 20


def test_assessment_clock_turns_amber_then_red_and_stops_when_met():
    raised = date(2026, 11, 2)  # a Monday; due 20 working days later, 30 Nov
    assert clocks.assessment(raised, None, date(2026, 11, 9)).rag == "green"
    amber = clocks.assessment(raised, None, date(2026, 11, 24))
    assert amber.rag == "amber" and "working days left" in amber.words
    red = clocks.assessment(raised, None, date(2026, 12, 2))
    assert red.rag == "red" and red.words == "2 working days overdue"
    assert clocks.assessment(raised, date(2026, 11, 20), date(2027, 1, 1)).rag == "green"
    assert clocks.assessment(raised, date(2026, 12, 4), date(2027, 1, 1)).rag == "red"


def test_eet_clock_is_six_weeks():
    raised = date(2026, 10, 1)
    assert clocks.eet(raised, None, date(2026, 10, 20)).rag == "green"
    assert clocks.eet(raised, None, date(2026, 11, 5)).rag == "amber"
    assert clocks.eet(raised, None, date(2026, 11, 13)).rag == "red"
    assert clocks.eet(raised, date(2026, 11, 10), date(2026, 12, 1)).words.startswith("met")


# -- the web workspace ---------------------------------------------------------------------------

def _setup(rt):
    seed(rt, [row(YoungPersonsID="YP1", Forename="Jade", Mobile="07400 123456",
                  District="Maidstone", ActivityCode="619", DateAscertained="2026-10-01",
                  DateVerified="2026-10-01", StartDate="2026-09-01"),
              row(YoungPersonsID="YP2", Forename="Cara", Mobile="07400 123457",
                  District="Maidstone", ActivityCode="619", DateAscertained="2026-10-01",
                  DateVerified="2026-10-01", StartDate="2026-09-01", Characteristics="160"),
              row(YoungPersonsID="T1", Forename="Tess", Mobile="07400 800001",
                  District="Thanet", ActivityCode="619", DateAscertained="2026-10-01",
                  DateVerified="2026-10-01", StartDate="2026-09-01")])
    add_staff(rt, ("nss.m@k", "nss", "Maidstone"), ("vsk.m@k", "nss", "Maidstone", "VSK"),
              ("nss.t@k", "nss", "Thanet"), ("track@k", "tracking"),
              ("mgr@k", "manager", "Maidstone"))
    with rt.sessions() as s:
        return {p.forename: p.id for p in s.scalars(select(Person))}


def _raise(rt, ccis: str, service: str = "NSS") -> int:
    with transaction(rt.sessions) as s:
        p = s.scalar(select(Person).where(Person.ccis_id == ccis))
        return raise_referral(s, p, Routing(service, (), ("asked for help",)), said="help pls",
                              actor="bot", base_url="http://x", today=TODAY).id


def test_a_referral_goes_to_its_services_queue_and_worker(rt):
    ids = _setup(rt)
    vsk, nss = _raise(rt, "YP2", "VSK"), _raise(rt, "YP1")
    with rt.sessions() as s:
        assert s.get(Referral, vsk).assigned_to_id == s.scalar(
            select(StaffUser.id).where(StaffUser.email == "vsk.m@k"))
        holder = s.get(StaffUser, s.get(Referral, nss).assigned_to_id)
        assert holder.service == "NSS" and holder.district_id == s.get(
            Person, ids["Jade"]).district_id
    app = create_app(rt)
    v, _ = signed_in(app, "vsk.m@k", PW)
    page = v.get("/referrals").get_data(as_text=True)  # a VSK worker starts on the VSK queue
    assert "VSK: open (1)" in page and "Cara" in page and not shows(page, "Jade")
    m, _ = signed_in(app, "nss.m@k", PW)
    page = m.get("/referrals").get_data(as_text=True)
    assert "NSS: open (1)" in page and "Jade" in page and not shows(page, "Cara")
    assert "Cara" in m.get("/referrals?queue=all").get_data(as_text=True)
    assert m.get("/referrals?queue=Nobody").status_code == 400
    assert m.get("/referrals?show=everything").status_code == 400
    # the queue exports without contact details, and the export is audited
    got = m.get("/referrals/export.csv?queue=all")
    rows = list(csv.DictReader(io.StringIO(got.get_data(as_text=True))))
    assert {r["Name"].split()[0] for r in rows} == {"Jade", "Cara"}
    assert "07400" not in got.get_data(as_text=True)
    t, _ = signed_in(app, "nss.t@k", PW)
    assert "Jade" not in t.get("/referrals?queue=all").get_data(as_text=True)


def test_assign_note_and_next_action_with_role_and_district_walls(rt):
    _setup(rt)
    rid = _raise(rt, "YP1")
    app = create_app(rt)
    m, tok = signed_in(app, "mgr@k", PW)
    with rt.sessions() as s:
        vi = s.scalar(select(StaffUser.id).where(StaffUser.email == "vsk.m@k"))
        tom = s.scalar(select(StaffUser.id).where(StaffUser.email == "nss.t@k"))
    assert m.post(f"/referrals/{rid}/assign", data={"worker_id": tom, "csrf_token": tok}
                  ).status_code == 400  # Tom works in Thanet
    assert m.post(f"/referrals/{rid}/assign", data={"worker_id": "x", "csrf_token": tok}
                  ).status_code == 400
    assert m.post(f"/referrals/{rid}/assign", data={"worker_id": vi, "csrf_token": tok}
                  ).status_code == 302
    due = today_london() + timedelta(days=3)
    assert m.post(f"/referrals/{rid}/next-action", data={
        "what": "Ring Jade about the bricklaying course", "due": (today_london() - timedelta(days=1)).isoformat(),
        "csrf_token": tok}).status_code == 400  # not in the past
    assert m.post(f"/referrals/{rid}/next-action", data={
        "what": "Ring Jade about the bricklaying course", "due": due.isoformat(),
        "csrf_token": tok}).status_code == 302
    assert m.post(f"/referrals/{rid}/notes", data={"text": "  ", "csrf_token": tok}).status_code == 400
    long_note = "Met Jade at the library. " * 40
    assert m.post(f"/referrals/{rid}/notes", data={"text": long_note, "csrf_token": tok}
                  ).status_code == 302
    with rt.sessions() as s:
        r = s.get(Referral, rid)
        assert r.assigned_to_id == vi and r.next_action_due == due
        assert s.scalar(select(ReferralNote.text)) == long_note.strip()  # kept whole
        acts = set(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "referral")))
        assert {"referral.assign", "referral.next_action", "referral.note"} <= acts
    page = m.get(f"/referrals/{rid}").get_data(as_text=True)
    assert "vsk.m (VSK)" in page and "bricklaying" in page and "Assessment within 20 working days" in page
    # a tracking officer looks but does not work referrals; Thanet sees nothing of Maidstone
    tr, ttok = signed_in(app, "track@k", PW)
    assert tr.get(f"/referrals/{rid}").status_code == 200
    for path in ("assign", "notes", "next-action", "move"):
        assert tr.post(f"/referrals/{rid}/{path}", data={"csrf_token": ttok}).status_code == 403
    t, ttok = signed_in(app, "nss.t@k", PW)
    for path in ("assign", "notes", "next-action", "move"):
        assert t.post(f"/referrals/{rid}/{path}", data={"text": "x", "csrf_token": ttok}
                      ).status_code == 404
    assert t.get(f"/referrals/{rid}").status_code == 404


def test_staff_raise_a_referral_by_hand(rt):
    ids = _setup(rt)
    app = create_app(rt)
    tr, tok = signed_in(app, "track@k", PW)
    base = {"service": "VSK", "reason": "care leaver, found on a phone chase", "csrf_token": tok}
    assert tr.post(f"/people/{ids['Cara']}/referrals", data=base).status_code == 400  # consent
    assert tr.post(f"/people/{ids['Cara']}/referrals",
                   data={**base, "service": "Nobody", "consent": "yes"}).status_code == 400
    r = tr.post(f"/people/{ids['Cara']}/referrals", data={**base, "consent": "yes"})
    assert r.status_code == 302
    with rt.sessions() as s:
        ref = s.scalar(select(Referral))
        assert ref.service == "VSK" and ref.raised_by == "track@k"
        assert "found on a phone chase" in ref.reasons
    v, _ = signed_in(app, "vsk.m@k", PW)
    assert "Cara" in v.get("/referrals").get_data(as_text=True)
    t, ttok = signed_in(app, "nss.t@k", PW)
    assert t.post(f"/people/{ids['Cara']}/referrals", data={**base, "consent": "yes",
                                                           "csrf_token": ttok}).status_code == 404
    with transaction(rt.sessions) as s:
        s.add(StaffUser(email="admin@k", name="A", role="admin",
                        password_hash=generate_password_hash(PW)))
    a, atok = signed_in(app, "admin@k", PW)
    assert a.post(f"/people/{ids['Cara']}/referrals", data={**base, "consent": "yes",
                                                           "csrf_token": atok}).status_code == 403


def test_the_review_board_lists_every_neet_overdue_first_and_a_review_moves_it_on(rt):
    ids = _setup(rt)
    app = create_app(rt)
    m, tok = signed_in(app, "nss.m@k", PW)
    page = m.get("/board").get_data(as_text=True)
    assert "Jade" in page and "Cara" in page and not shows(page, "Tess")
    rows = list(csv.DictReader(io.StringIO(m.get("/board.csv").get_data(as_text=True))))
    assert {r["YoungPersonsID"] for r in rows} == {"YP1", "YP2"}
    assert all(r["Overdue"] == "Y" for r in rows)  # confirmed 1 Oct: a month has passed
    assert m.post(f"/board/{ids['Jade']}/reviewed", data={"note": "", "csrf_token": tok}
                  ).status_code == 400
    assert m.post(f"/board/{ids['Jade']}/reviewed", data={
        "note": "Still looking; CV done", "csrf_token": tok}).status_code == 302
    rows = list(csv.DictReader(io.StringIO(m.get("/board.csv").get_data(as_text=True))))
    assert [(r["YoungPersonsID"], r["Overdue"]) for r in rows] == [("YP2", "Y"), ("YP1", "N")]
    with rt.sessions() as s:
        cur = s.get(Person, ids["Jade"]).current_activity
        assert cur.code == 619 and cur.verified == today_london() and cur.source == "caseworker"
        assert cur.neet_start == date(2026, 9, 1)  # the NEET episode carries on
        assert s.scalar(select(Activity.note).where(Activity.id == cur.id)).endswith("CV done")
    t, ttok = signed_in(app, "nss.t@k", PW)
    assert t.post(f"/board/{ids['Jade']}/reviewed", data={"note": "x", "csrf_token": ttok}
                  ).status_code == 404
    tr, trtok = signed_in(app, "track@k", PW)
    assert tr.post(f"/board/{ids['Jade']}/reviewed", data={"note": "x", "csrf_token": trtok}
                   ).status_code == 403


def test_the_inbox_holds_my_referrals_help_requests_and_unread_replies(rt):
    _setup(rt)
    rid = _raise(rt, "YP1")
    with transaction(rt.sessions) as s:
        mo = s.scalar(select(StaffUser.id).where(StaffUser.email == "nss.m@k"))
        assign(s, s.get(Referral, rid), mo, "mgr@k")
    say(rt, "can someone ring me please", address="+447400123457")  # Cara asks for help
    say(rt, "blorp", address="+447400123456")
    say(rt, "wibble", address="+447400123456")  # twice unclear: to a person
    app = create_app(rt)
    m, _ = signed_in(app, "nss.m@k", PW)
    page = m.get("/inbox").get_data(as_text=True)
    assert f"/referrals/{rid}" in page
    assert "can someone ring me please" in page  # the conversation is shown
    assert "wibble" in page and "Label this reply" in page
    t, _ = signed_in(app, "nss.t@k", PW)
    other = t.get("/inbox").get_data(as_text=True)
    assert "can someone ring me" not in other and "wibble" not in other


def test_staff_pages_show_london_time_and_london_dates(rt):
    """23:30 UTC on 1 July is 00:30 on 2 July in London: the page and the clocks say 2 July."""
    _setup(rt)
    rid = _raise(rt, "YP1")
    with transaction(rt.sessions) as s:
        s.get(Referral, rid).raised_at = datetime(2026, 7, 1, 23, 30, tzinfo=UTC)
    m, _ = signed_in(create_app(rt), "nss.m@k", PW)
    page = m.get(f"/referrals/{rid}").get_data(as_text=True)
    assert "Raised 02 Jul 2026" in page
    with rt.sessions() as s:
        a, _ = clocks_of(s.get(Referral, rid), date(2026, 7, 3))
        assert a.started == date(2026, 7, 2)
