"""Records the council can trust: who reported each status and how sure the bot was; a move
away dated, with the receiving council, in the export, and never changing past months; the
"plans to leave" at-risk flag; the 31 August hold and start-agreed currency at their edges."""

from __future__ import annotations

import csv
import io
from datetime import date

from sqlalchemy import select
from werkzeug.security import generate_password_hash

from db.models import Activity, Person, StaffUser
from db.session import transaction
from neet.interchange import cohort, export
from neet.reports import scorecard
from outreach import audience
from tests.factories import cohort_csv, row
from tests.helpers import TODAY, person, seed, signed_in
from tests.test_conversation import say
from web.app import create_app

PW = "correct horse battery"


def test_every_status_keeps_who_reported_it_and_how_sure_the_bot_was(rt):
    seed(rt)
    with rt.sessions() as s:
        assert s.scalar(select(Activity.reporter)) == "import"
    say(rt, "im at college doing plumbing")
    with rt.sessions() as s:
        a = person(s).current_activity
        assert a.source == "reply" and a.reporter == "young_person"
        assert 0.0 < a.confidence <= 1.0
    out = io.StringIO()
    with rt.sessions() as s:
        w = csv.writer(out)
        w.writerow(export.COLUMNS)
        w.writerows(export.rows_since(s, date(2000, 1, 1), TODAY))
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["Reporter"] for r in rows] == ["import", "young_person"]


def test_a_move_away_is_dated_exported_and_never_changes_earlier_months(rt):
    seed(rt)
    say(rt, "we moved to manchester last month")
    with rt.sessions() as s:
        p = person(s)
        assert p.transferred_out and p.transferred_on == TODAY
    with rt.sessions() as s:
        people = scorecard.load_people(s)
    before = scorecard.snapshot(people, date(2026, 10, 31), "2026-10").county.cohort
    after = scorecard.snapshot(people, TODAY, "2026-11").county.cohort
    assert (before, after) == (1, 0)  # October keeps them; November does not
    with rt.sessions() as s:
        rows = list(export.rows_since(s, TODAY, TODAY))
    moved = [dict(zip(export.COLUMNS, r, strict=True)) for r in rows]
    moved = [r for r in moved if r["TransferDate"]]
    assert len(moved) == 1 and moved[0]["YoungPersonsID"] == "YP1"
    assert moved[0]["TransferDate"] == TODAY.isoformat()


def test_a_transfer_in_the_import_round_trips(rt):
    seed(rt, with_catalogue=False)
    with transaction(rt.sessions) as s:
        r = row(YoungPersonsID="YP1", Forename="Jade", Mobile="07400 123456",
                District="Maidstone", ActivityCode="810", DateAscertained="2026-09-01",
                DateVerified="", StartDate="")
        r.update(TransferredTo="Medway Council", TransferDate="2026-10-31")
        cohort.load(s, cohort_csv([r], columns=cohort.COLUMNS + ["TransferredTo", "TransferDate"]),
                    "test", TODAY)
    with rt.sessions() as s:
        p = person(s)
        assert (p.transferred_to, p.transferred_on) == ("Medway Council", date(2026, 10, 31))
        rows = list(export.rows_since(s, date(2026, 10, 1), TODAY))
    last = dict(zip(export.COLUMNS, rows[-1], strict=True))
    assert (last["TransferredTo"], last["TransferDate"]) == ("Medway Council", "2026-10-31")
    with transaction(rt.sessions) as s:  # a later file without the columns never undoes it
        cohort.load(s, cohort_csv([row(YoungPersonsID="YP1", Forename="Jade",
                                       Mobile="07400 123456", District="Maidstone")]), "t", TODAY)
    with rt.sessions() as s:
        assert person(s).transferred_out


def test_planning_to_leave_is_recorded_with_an_at_risk_flag_staff_see_and_campaigns_target(rt):
    seed(rt)
    replies = say(rt, "im at college but i hate my course and want to drop out")
    assert "Before you leave, talk to us" in replies[0]  # not "good luck with your studies"
    with rt.sessions() as s:
        p = person(s)
        assert p.current_activity.code in (230, 220, 210) and p.at_risk_on == TODAY
        pid = p.id
    with transaction(rt.sessions) as s:
        s.add(StaffUser(email="track@k", name="T", role="tracking",
                        password_hash=generate_password_hash(PW)))
    t, tok = signed_in(create_app(rt), "track@k", PW)
    assert "at risk" in t.get(f"/people/{pid}").get_data(as_text=True)
    assert "Jade" in t.get("/people?at_risk=1").get_data(as_text=True)
    with rt.sessions() as s:
        snaps = audience.load_snapshots(s)
    rule = audience.Rule.from_dict({"kind": "lapsing", "lapsing_days": 400, "at_risk_only": True})
    assert [x.person_id for x in snaps if audience.matches(x, rule, TODAY)] == [pid]
    assert t.post(f"/people/{pid}/at-risk/clear", data={"csrf_token": tok}).status_code == 302
    with rt.sessions() as s:
        assert person(s).at_risk_on is None
    say(rt, "im at college doing plumbing, loving it")
    with rt.sessions() as s:
        assert person(s).at_risk_on is None  # an ordinary reply raises no flag


def test_staff_record_a_move_with_its_council_and_date(rt):
    seed(rt, with_catalogue=False)
    with transaction(rt.sessions) as s:
        s.add(StaffUser(email="track@k", name="T", role="tracking",
                        password_hash=generate_password_hash(PW)))
        pid = person(s).id
    t, tok = signed_in(create_app(rt), "track@k", PW)
    assert t.post(f"/people/{pid}/transfer", data={"on": "2999-01-01", "csrf_token": tok}
                  ).status_code == 400
    assert t.post(f"/people/{pid}/transfer", data={"on": "2026-11-02", "to": "Medway",
                                                    "csrf_token": tok}).status_code == 302
    with rt.sessions() as s:
        p = s.get(Person, pid)
        assert (p.transferred_on, p.transferred_to) == (date(2026, 11, 2), "Medway")
    assert "Moved away on 02 Nov 2026 to Medway" in t.get(f"/people/{pid}").get_data(as_text=True)


def test_a_new_number_moves_the_contact_only_once_a_person_confirms_who_it_is(rt):
    from db.models import ContactPoint, Message, ReviewItem

    seed(rt, with_catalogue=False)
    with transaction(rt.sessions) as s:
        s.add(StaffUser(email="track@k", name="T", role="tracking",
                        password_hash=generate_password_hash(PW)))
    assert say(rt, "hiya its jade hart, this is my new number", address="+447400999888") == []
    with rt.sessions() as s:
        item = s.scalar(select(ReviewItem))
        assert item.label == "unknown_sender" and item.person_id is None
        old = s.scalar(select(ContactPoint))
        assert old.valid  # nothing is invalidated by guesswork
        iid = item.id
    t, tok = signed_in(create_app(rt), "track@k", PW)
    assert t.post(f"/review/{iid}/link", data={"ccis_id": "YP1", "csrf_token": tok}
                  ).status_code == 400  # not confirmed
    assert t.post(f"/review/{iid}/link", data={"ccis_id": "NOPE", "confirm": "yes",
                                               "csrf_token": tok}).status_code == 400
    assert t.post(f"/review/{iid}/link", data={"ccis_id": "YP1", "confirm": "yes",
                                               "csrf_token": tok}).status_code == 302
    with rt.sessions() as s:
        numbers = {c.address: (c.valid, c.invalid_reason) for c in s.scalars(select(ContactPoint))}
        assert numbers["+447400999888"] == (True, "")
        assert numbers["+447400123456"][0] is False and "replaced" in numbers["+447400123456"][1]
        assert s.scalar(select(Message.person_id).where(Message.sender == "+447400999888"))
    replies = say(rt, "at college now", address="+447400999888")
    assert replies and "Jade" in replies[0]  # the bot knows her by the new number
    assert t.post(f"/review/{iid}/link", data={"ccis_id": "YP1", "confirm": "yes",
                                               "csrf_token": tok}).status_code == 404  # done


def test_a_move_on_the_last_day_of_a_month_leaves_that_month(rt):
    from neet.records import transfer

    seed(rt, [row(YoungPersonsID=f"M{i}", Forename=f"M{i}", Mobile=f"07400 70000{i}",
                  ActivityCode="810", DateAscertained="2026-09-01", DateVerified="",
                  StartDate="") for i in range(2)], with_catalogue=False)
    with transaction(rt.sessions) as s:
        transfer(s, person(s, "M0"), "t", date(2026, 10, 31))  # the last day of October
        transfer(s, person(s, "M1"), "t", date(2026, 11, 1))   # the first day of November
    with rt.sessions() as s:
        people = scorecard.load_people(s)
    assert scorecard.snapshot(people, date(2026, 9, 30), "2026-09").county.cohort == 2
    assert scorecard.snapshot(people, date(2026, 10, 31), "2026-10").county.cohort == 1
    assert scorecard.snapshot(people, date(2026, 11, 30), "2026-11").county.cohort == 0


def test_september_guarantee_offers_go_out_in_the_status_export_and_come_back(rt):
    from db.models import SgOffer
    from neet import september_guarantee as sg

    seed(rt, with_catalogue=False)
    with transaction(rt.sessions) as s:
        sg.record(s, person(s), offer_type="apprenticeship", provider="BAE Systems",
                  intended="apprenticeship in engineering", today=TODAY, source="caseworker",
                  reporter="caseworker", actor="t")
    with rt.sessions() as s:
        rows = [dict(zip(export.COLUMNS, r, strict=True))
                for r in export.rows_since(s, TODAY, TODAY)]
    offer = next(r for r in rows if r["SGOfferType"])
    assert (offer["SGOfferType"], offer["SGProvider"], offer["SGRecorded"],
            offer["IntendedDestination"]) == ("apprenticeship", "BAE Systems", TODAY.isoformat(),
                                              "apprenticeship in engineering")
    back = row(YoungPersonsID="YP1", Forename="Jade", Mobile="07400 123456",
               District="Maidstone", ActivityCode="810", DateAscertained="2026-09-01",
               DateVerified="", StartDate="", SGOfferType=offer["SGOfferType"],
               SGProvider=offer["SGProvider"], SGRecorded=offer["SGRecorded"],
               IntendedDestination=offer["IntendedDestination"])
    cols = cohort.COLUMNS + ["IntendedDestination", "SGOfferType", "SGProvider", "SGRecorded"]
    with transaction(rt.sessions) as s:
        cohort.load(s, cohort_csv([back], columns=cols), "ccis", TODAY)
    with rt.sessions() as s:  # the same offer: nothing added
        assert len(s.scalars(select(SgOffer)).all()) == 1
    bad = {**back, "SGOfferType": "space_station"}
    import pytest

    from neet.interchange.csvfile import BadFile

    with pytest.raises(BadFile), transaction(rt.sessions) as s:
        cohort.load(s, cohort_csv([bad], columns=cols), "ccis", TODAY)
