"""Cohort import on SQLite and PostgreSQL: idempotent, all-or-nothing, every bad line named."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from db.models import Activity, AuditEntry, ContactPoint, Person
from db.session import transaction
from neet.interchange import cohort, leavers
from neet.interchange.csvfile import BadFile
from neet.records import NewActivity, record_activity
from tests.factories import cohort_csv, people, row

TODAY = date(2026, 11, 23)


def counts(rt) -> tuple[int, int, int, int]:
    with rt.sessions() as s:
        return tuple(s.scalar(select(func.count()).select_from(m))
                     for m in (Person, Activity, ContactPoint, AuditEntry))


def load(rt, data: bytes):
    with transaction(rt.sessions) as s:
        return cohort.load(s, data, "test", TODAY)


def test_import_creates_people_statuses_and_contacts(rt):
    result = load(rt, cohort_csv(people(3) + [row(YoungPersonsID="B1", Mobile="",
                                                  ActivityCode="619", DateVerified="2026-11-01",
                                                  DateAscertained="2026-11-01")]))
    assert (result.created, result.activities_added, result.contacts_added) == (4, 4, 3)
    with rt.sessions() as s:
        p = s.scalar(select(Person).where(Person.ccis_id == "B1"))
        assert p.current_activity.code == 619
        assert p.current_activity.neet_start == date(2025, 9, 4)  # from StartDate
        cp = s.scalar(select(ContactPoint).where(ContactPoint.address == "+447400100001"))
        assert cp is not None and cp.channel == "sms"


def test_reimport_updates_and_never_duplicates(rt):
    load(rt, cohort_csv(people(3)))
    before = counts(rt)
    again = load(rt, cohort_csv(people(3)))
    assert again.created == 0 and again.activities_added == 0 and again.contacts_added == 0
    assert counts(rt)[:3] == before[:3]
    renamed = load(rt, cohort_csv([row(YoungPersonsID="A1", Mobile="07400 100001",
                                       Surname="Hart-Jones")]))
    assert renamed.updated == 1
    with rt.sessions() as s:
        assert s.scalar(select(Person.surname).where(Person.ccis_id == "A1")) == "Hart-Jones"
        assert s.scalar(select(func.count()).select_from(Person)) == 3


def test_newer_status_from_a_reply_survives_an_older_file(rt):
    load(rt, cohort_csv(people(1)))
    with transaction(rt.sessions) as s:
        p = s.scalar(select(Person))
        record_activity(s, p, NewActivity(619, start=date(2026, 11, 20),
                                          ascertained=date(2026, 11, 20),
                                          verified=date(2026, 11, 20)),
                        source="reply", actor="bot", today=TODAY)
    result = load(rt, cohort_csv(people(1, ActivityCode="220", DateVerified="2026-10-01",
                                        DateAscertained="2026-10-01")))
    assert result.kept_newer == 1 and result.activities_added == 0
    # The same day as the reply: the file still does not override what they told us.
    load(rt, cohort_csv(people(1, ActivityCode="220", DateVerified="2026-11-20",
                               DateAscertained="2026-11-20")))
    with rt.sessions() as s:
        assert s.scalar(select(Person)).current_activity.code == 619
    # A genuinely newer file wins.
    load(rt, cohort_csv(people(1, ActivityCode="310", DateVerified="2026-11-22",
                               DateAscertained="2026-11-22")))
    with rt.sessions() as s:
        assert s.scalar(select(Person)).current_activity.code == 310


def test_legacy_code_and_bom_and_case_insensitive_headers(rt):
    data = cohort_csv(people(1, ActivityCode="551"))
    header, rest = data.split(b"\n", 1)
    data = b"\xef\xbb\xbf" + header.lower() + b"\n" + rest
    load(rt, data)
    with rt.sessions() as s:
        assert s.scalar(select(Person)).current_activity.code == 540


BAD_CASES = {
    "missing columns": (cohort_csv(people(2), columns=[c for c in cohort.COLUMNS
                                                       if c != "DOB"]), [1], "missing columns"),
    "unknown code": (cohort_csv(people(2) + [row(YoungPersonsID="X", ActivityCode="999")]),
                     [4], "unknown activity code"),
    "bad date": (cohort_csv([row(DOB="12/10/2009")]), [2], "not a date"),
    "impossible date": (cohort_csv(people(1) + [row(YoungPersonsID="X",
                                                    StartDate="2026-02-30")]),
                        [3], "impossible date"),
    "impossible dob": (cohort_csv([row(DOB="1960-01-01")]), [2], "impossible for the cohort"),
    "future date": (cohort_csv([row(DateVerified="2027-01-01")]), [2], "in the future"),
    "invalid number": (cohort_csv([row(Mobile="01622 123"), row(YoungPersonsID="Z",
                                                                  Mobile="not a phone")]),
                       [2, 3], "invalid mobile"),
    "landline": (cohort_csv([row(Mobile="01622 694000")]), [2], "invalid mobile"),
    "duplicate ids": (cohort_csv(people(2) + [row(YoungPersonsID="A1")]), [4], "duplicate"),
    "unknown district": (cohort_csv([row(District="Medway")]), [2], "unknown district"),
    "utf16": ("\ufeff".encode("utf-16-le") + cohort_csv(people(1)).decode().encode("utf-16-le"),
              [1], "UTF-16"),
    "latin1": (cohort_csv([row(Forename="Zo\u00eb")]).decode().encode("latin-1"), [2],
               "not UTF-8"),
    "empty file": (b"", [0], "empty"),
    "header only": (cohort_csv([]), [0], "no records"),
    "short row": (cohort_csv(people(1)) + b"A9,Sam,Lee\n", [3], "fields"),
    "bad flag": (cohort_csv([row(SENDFlag="maybe")]), [2], "not Y or N"),
    "bad characteristic": (cohort_csv([row(Characteristics="110;999")]), [2], "characteristic"),
}


@pytest.mark.parametrize("case", list(BAD_CASES))
def test_bad_file_changes_nothing_and_names_every_bad_line(rt, case):
    load(rt, cohort_csv(people(2)))
    before = counts(rt)
    data, lines, reason = BAD_CASES[case]
    with pytest.raises(BadFile) as info:
        load(rt, data)
    problems = info.value.problems
    assert [p.line for p in problems] == lines
    assert all(reason.lower() in p.reason.lower() for p in problems), problems
    assert counts(rt) == before


def test_a_good_row_among_bad_ones_is_not_written(rt):
    data = cohort_csv([row(YoungPersonsID="NEW1", Mobile="07400 222222"),
                       row(YoungPersonsID="NEW2", District="Atlantis")])
    with pytest.raises(BadFile):
        load(rt, data)
    assert counts(rt) == (0, 0, 0, 0)


def test_leavers_become_not_known_at_risk(rt):
    load(rt, cohort_csv(people(2)))
    data = (b"YoungPersonsID,EstablishmentName,LeaveDate,Reason\n"
            b"A1,Mid Kent College,2026-11-10,withdrew\n")
    with transaction(rt.sessions) as s:
        assert leavers.load(s, data, "test", TODAY) == 1
    with rt.sessions() as s:
        p = s.scalar(select(Person).where(Person.ccis_id == "A1"))
        assert p.current_activity.code == 810 and p.risk_of_neet == "R"
    bad = b"YoungPersonsID,EstablishmentName,LeaveDate,Reason\nNOPE,X,2026-11-10,left\n"
    with pytest.raises(BadFile) as info, transaction(rt.sessions) as s:
        leavers.load(s, bad, "test", TODAY)
    assert info.value.problems[0].line == 2
