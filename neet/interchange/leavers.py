"""Leaver notifications: a leaver's EET activity ends on LeaveDate and they become an
at-risk leaver to chase (recorded as 810 from that date, with the reason, rated Red)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Person
from neet import codes
from neet.audit import audit
from neet.interchange.csvfile import (
    BadFile,
    Problem,
    Table,
    decode,
    iter_chunks,
    parse_date,
    read_table,
)
from neet.records import NewActivity, record_activity

COLUMNS = ["YoungPersonsID", "EstablishmentName", "LeaveDate", "Reason"]


@dataclass
class LeaverRow:
    line: int
    ccis_id: str
    establishment: str
    leave_date: date
    reason: str


def parse(table: Table, known_ids: set[str]) -> list[LeaverRow]:
    problems, rows, seen = [], [], {}
    for line, r in table.rows:
        errors = []
        if r["YoungPersonsID"] not in known_ids:
            errors.append(f"unknown YoungPersonsID {r['YoungPersonsID']!r}")
        if r["YoungPersonsID"] in seen:
            errors.append(f"duplicate YoungPersonsID (first on line {seen[r['YoungPersonsID']]})")
        seen.setdefault(r["YoungPersonsID"], line)
        try:
            leave = parse_date(r["LeaveDate"], "LeaveDate")
            if leave is None:
                errors.append("LeaveDate is empty")
        except ValueError as exc:
            errors.append(str(exc))
            leave = None
        if errors:
            problems.append(Problem(line, "; ".join(errors)))
        else:
            rows.append(LeaverRow(line, r["YoungPersonsID"], r["EstablishmentName"][:120],
                                  leave, r["Reason"][:200]))
    if problems:
        raise BadFile(problems)
    return rows


def load(session: Session, data: bytes, actor: str, today: date) -> int:
    table = read_table(decode(data), COLUMNS)
    ids = [r["YoungPersonsID"] for _, r in table.rows]
    people: dict[str, Person] = {}
    for chunk in iter_chunks(ids, 900):
        for p in session.scalars(select(Person).where(Person.ccis_id.in_(chunk))):
            people[p.ccis_id] = p
    rows = parse(table, set(people))
    for row in rows:
        person = people[row.ccis_id]
        person.risk_of_neet = "R"
        record_activity(session, person, NewActivity(
            code=codes.NOT_KNOWN, start=row.leave_date, ascertained=min(row.leave_date, today),
            establishment=row.establishment, note=f"left: {row.reason}"),
            source="import", actor=actor, today=today)
    audit(session, actor, "import.leavers", entity="leavers", detail=f"{len(rows)} leavers")
    return len(rows)
