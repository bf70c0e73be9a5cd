"""Cohort import (DESIGN.md section 8): validate the whole file, then write it in one transaction.

Idempotent: people are matched on YoungPersonsID; an activity already held is not added again,
and an older activity from the file never replaces a newer one learned from a reply.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from db.models import Activity, ContactPoint, District, Person, SgOffer
from neet import codes, currency
from neet.ages import age_on
from neet.audit import audit
from neet.districts import canonical
from neet.interchange.bulk import insert_rows
from neet.interchange.csvfile import (
    BadFile,
    Problem,
    Progress,
    iter_chunks,
    parse_date,
    parse_flag,
    read_table,
)
from neet.phones import InvalidNumber, normalise_mobile
from neet.records import supersedes
from neet.september_guarantee import OFFER_TYPES, september_for

COLUMNS = ["YoungPersonsID", "Forename", "Surname", "DOB", "Postcode", "District", "Mobile",
           "ActivityCode", "StartDate", "DateAscertained", "DateVerified", "ReviewDate",
           "DueToLapseDate", "NEETStartDate", "EstablishmentName", "SENDFlag", "SENSupportFlag",
           "Characteristics"]
OPTIONAL = ["RiskOfNEET", "IntendedDestination", "TransferredTo", "TransferDate",
            "SGOfferType", "SGProvider", "SGRecorded"]
ID_RE = re.compile(r"^[A-Za-z0-9]{1,13}$")


@dataclass
class CohortRow:
    line: int
    ccis_id: str
    forename: str
    surname: str
    dob: date
    postcode: str
    district: str
    mobile: str | None
    code: int
    start: date | None
    ascertained: date | None
    verified: date | None
    review: date | None
    due_to_lapse: date | None
    neet_start: date | None
    establishment: str
    send: bool
    sen_support: bool
    characteristics: list[int]
    risk: str = ""
    intended: str = ""
    transfer_to: str = ""
    transfer_on: date | None = None
    sg_type: str = ""
    sg_provider: str = ""
    sg_recorded: date | None = None

    def record(self) -> currency.Record:
        return currency.Record(self.code, self.start, self.ascertained, self.verified,
                               self.review, self.due_to_lapse)


def parse_row(line: int, r: dict[str, str], today: date) -> CohortRow:
    """One row to a CohortRow; raises ValueError with every reason the row is bad."""
    errors: list[str] = []

    def attempt(fn, *args):
        try:
            return fn(*args)
        except (ValueError, InvalidNumber, codes.UnknownCode) as exc:
            errors.append(str(exc))
            return None

    ccis_id = r["YoungPersonsID"]
    if not ID_RE.match(ccis_id):
        errors.append(f"YoungPersonsID {ccis_id!r} must be 1-13 letters or digits")
    if not r["Forename"]:
        errors.append("Forename is empty")
    dob = attempt(parse_date, r["DOB"], "DOB")
    if dob is None and not r["DOB"]:
        errors.append("DOB is empty")
    if dob and not (10 <= age_on(dob, today) <= 30):
        errors.append(f"DOB {dob} is impossible for the cohort (age {age_on(dob, today)})")
    district = canonical(r["District"])
    if district is None:
        errors.append(f"unknown district {r['District']!r}")
    mobile = attempt(normalise_mobile, r["Mobile"]) if r["Mobile"] else None
    if r["Mobile"] and mobile is None:
        errors[-1] = f"invalid mobile number: {errors[-1]}"
    code = attempt(codes.normalise_code, r["ActivityCode"]) if r["ActivityCode"] else None
    if not r["ActivityCode"]:
        errors.append("ActivityCode is empty")
    dates = {}
    for col in ("StartDate", "DateAscertained", "DateVerified", "ReviewDate", "DueToLapseDate",
                "NEETStartDate"):
        dates[col] = attempt(parse_date, r[col], col)
    for col in ("DateAscertained", "DateVerified", "NEETStartDate"):
        if dates[col] and dates[col] > today:
            errors.append(f"{col} {dates[col]} is in the future")
    if dob:
        for col, d in dates.items():
            if d and d < dob:
                errors.append(f"{col} {d} is before the date of birth")
    send = attempt(parse_flag, r["SENDFlag"], "SENDFlag")
    sen = attempt(parse_flag, r["SENSupportFlag"], "SENSupportFlag")
    chars = attempt(codes.parse_characteristics, r["Characteristics"])
    risk = r.get("RiskOfNEET", "").upper()
    if risk not in ("", "R", "A", "G"):
        errors.append(f"RiskOfNEET {risk!r} is not R, A or G")
    moved_on = attempt(parse_date, r.get("TransferDate", ""), "TransferDate") \
        if r.get("TransferDate") else None
    if moved_on and moved_on > today:
        errors.append(f"TransferDate {moved_on} is in the future")
    sg_type = r.get("SGOfferType", "")
    sg_on = attempt(parse_date, r.get("SGRecorded", ""), "SGRecorded") if r.get("SGRecorded") \
        else None
    if sg_type and sg_type not in OFFER_TYPES:
        errors.append(f"SGOfferType {sg_type!r} is not one of {', '.join(OFFER_TYPES)}")
    if sg_type and (sg_on is None or sg_on > today):
        errors.append("an SG offer needs its SGRecorded date, today or before")
    if errors:
        raise ValueError("; ".join(errors))
    return CohortRow(line, ccis_id, r["Forename"][:80], r["Surname"][:80], dob,
                     r["Postcode"].upper()[:10], district, mobile, code, dates["StartDate"],
                     dates["DateAscertained"], dates["DateVerified"], dates["ReviewDate"],
                     dates["DueToLapseDate"], dates["NEETStartDate"],
                     r["EstablishmentName"][:120], bool(send), bool(sen), chars or [], risk,
                     r.get("IntendedDestination", "")[:120], r.get("TransferredTo", "")[:80],
                     moved_on, sg_type, r.get("SGProvider", "")[:120], sg_on)


def parse(text: str, today: date, progress: Progress | None = None) -> list[CohortRow]:
    """Validate a whole cohort file. Raises BadFile listing every bad line."""
    table = read_table(text, COLUMNS, OPTIONAL)
    problems: list[Problem] = []
    rows: list[CohortRow] = []
    first_line: dict[str, int] = {}
    progress = progress or Progress("validated", len(table.rows))
    for n, (line, raw) in enumerate(table.rows, 1):
        key = raw["YoungPersonsID"].upper()
        if key and key in first_line:
            problems.append(Problem(line, f"duplicate YoungPersonsID {raw['YoungPersonsID']!r} "
                                          f"(first on line {first_line[key]})"))
        elif key:
            first_line[key] = line
        try:
            rows.append(parse_row(line, raw, today))
        except ValueError as exc:
            problems.append(Problem(line, str(exc)))
        progress(n)
    if problems:
        raise BadFile(sorted(problems, key=lambda p: p.line))
    return rows


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    activities_added: int = 0
    kept_newer: int = 0
    contacts_added: int = 0
    notes: list[str] = field(default_factory=list)


def _person_values(row: CohortRow, district_id: int) -> dict:
    values = dict(ccis_id=row.ccis_id, forename=row.forename, surname=row.surname, dob=row.dob,
                  postcode=row.postcode, district_id=district_id, send_ehcp=row.send,
                  sen_support=row.sen_support,
                  characteristics=codes.format_characteristics(row.characteristics),
                  establishment=row.establishment, risk_of_neet=row.risk,
                  intended_destination=row.intended)
    if row.transfer_on:  # only a file that says so records a transfer; none never undoes one
        values.update(transferred_out=True, transferred_on=row.transfer_on,
                      transferred_to=row.transfer_to)
    return values


def _activity_values(row: CohortRow, person_id: int, actor: str) -> dict:
    group = codes.group_of(row.code)
    neet_start = row.neet_start
    if group is codes.Group.NEET and neet_start is None:
        neet_start = row.start or row.ascertained
    return dict(person_id=person_id, code=row.code, start_date=row.start,
                ascertained=row.ascertained, verified=row.verified, review_date=row.review,
                due_to_lapse=row.due_to_lapse, neet_start=neet_start,
                establishment=row.establishment, source="import", recorded_by=actor, note="",
                reporter="import")


def _same_activity(a: Activity, row: CohortRow) -> bool:
    return (a.code == row.code and a.start_date == row.start and a.verified == row.verified
            and a.ascertained == row.ascertained)


def apply(session: Session, rows: list[CohortRow], actor: str,
          progress: Progress | None = None) -> ImportResult:
    """Write validated rows. The caller owns the transaction (all-or-nothing)."""
    result = ImportResult()
    districts = {d.name: d.id for d in session.scalars(select(District))}
    existing: dict[str, Person] = {}
    for chunk in iter_chunks([r.ccis_id for r in rows], 900):
        for p in session.scalars(select(Person).where(Person.ccis_id.in_(chunk))):
            existing[p.ccis_id] = p
    progress = progress or Progress("imported", len(rows))

    new_rows = [r for r in rows if r.ccis_id not in existing]
    ids: dict[str, int] = {p.ccis_id: p.id for p in existing.values()}
    for chunk in iter_chunks(new_rows, 2000):
        # Plain executemany then a lookup: RETURNING batches are slow through psycopg.
        insert_rows(session, Person.__table__, [
            {"transferred_out": False, "transferred_on": None, "transferred_to": "",
             **_person_values(r, districts[r.district])} for r in chunk])
        ids.update(session.execute(select(Person.ccis_id, Person.id).where(
            Person.ccis_id.in_([r.ccis_id for r in chunk]))).all())
        result.created += len(chunk)

    # Existing people: refresh their details; decide whether the file's activity is news.
    activities: list[dict] = []
    for r in rows:
        p = existing.get(r.ccis_id)
        if p is None:
            activities.append(_activity_values(r, ids[r.ccis_id], actor))
            continue
        values = _person_values(r, districts[r.district])
        changed = {k: v for k, v in values.items() if getattr(p, k) != v}
        for k, v in changed.items():
            setattr(p, k, v)
        if changed:
            result.updated += 1
        cur = p.current_activity
        if cur is not None and _same_activity(cur, r):
            continue
        cur_rec = currency.Record(cur.code, cur.start_date, cur.ascertained, cur.verified,
                                  cur.review_date, cur.due_to_lapse) if cur else None
        if supersedes(r.record(), "import", cur_rec, cur.source if cur else None):
            activities.append(_activity_values(r, p.id, actor))
        else:
            result.kept_newer += 1

    done = 0
    for chunk in iter_chunks(activities, 2000):
        insert_rows(session, Activity.__table__, chunk)
        result.activities_added += len(chunk)
        done += len(chunk)
        progress(done)
    if activities:
        # One set-based UPDATE for everyone: every appended activity is the current one (an
        # older status in the file is never appended), so current = the latest appended.
        latest = (select(Activity.person_id, func.max(Activity.id).label("newest"))
                  .group_by(Activity.person_id).subquery())
        session.execute(update(Person).where(Person.id == latest.c.person_id,
                                             Person.current_activity_id.is_distinct_from(
                                                 latest.c.newest))
                        .values(current_activity_id=latest.c.newest)
                        .execution_options(synchronize_session=False))

    # Mobile numbers: add any the person does not have yet.
    have = {(pid, addr) for pid, addr in session.execute(
        select(ContactPoint.person_id, ContactPoint.address)
        .where(ContactPoint.channel == "sms"))} if existing else set()
    contacts = [{"person_id": ids[r.ccis_id], "channel": "sms", "address": r.mobile,
                 "valid": True, "invalid_reason": ""}
                for r in rows if r.mobile and (ids[r.ccis_id], r.mobile) not in have]
    for chunk in iter_chunks(contacts, 5000):
        insert_rows(session, ContactPoint.__table__, chunk)
    result.contacts_added = len(contacts)
    _sg_offers(session, [r for r in rows if r.sg_type], ids)
    session.expire_all()
    audit(session, actor, "import.cohort", entity="cohort", detail=(
        f"{len(rows)} rows: {result.created} new, {result.updated} updated, "
        f"{result.activities_added} statuses, {result.kept_newer} older statuses ignored"))
    return result


def _sg_offers(session: Session, rows: list[CohortRow], ids: dict[str, int]) -> None:
    """September Guarantee offers in the file that are not on record yet (a round trip of
    the status export adds nothing)."""
    if not rows:
        return
    have = {(o.person_id, o.offer_type, o.provider, o.recorded_on) for o in session.scalars(
        select(SgOffer).where(SgOffer.person_id.in_([ids[r.ccis_id] for r in rows])))}
    for r in rows:
        key = (ids[r.ccis_id], r.sg_type, r.sg_provider, r.sg_recorded)
        if key not in have:
            session.add(SgOffer(person_id=key[0], for_september=september_for(r.sg_recorded),
                                offer_type=r.sg_type, provider=r.sg_provider,
                                intended_destination=r.intended, recorded_on=r.sg_recorded,
                                source="import", reporter="import"))
            have.add(key)
    session.flush()


def load(session: Session, data: bytes, actor: str, today: date) -> ImportResult:
    """Decode, validate and write; raises BadFile (and writes nothing) on any bad line."""
    from neet.interchange.csvfile import decode

    rows = parse(decode(data), today)
    return apply(session, rows, actor)
