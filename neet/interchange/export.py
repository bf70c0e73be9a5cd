"""Status export for CCIS: one row per status change since a date (DESIGN.md section 8)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Activity, Person, SgOffer
from neet import currency
from neet.clock import LONDON

COLUMNS = ["YoungPersonsID", "ActivityCode", "StartDate", "DateAscertained", "DateVerified",
           "ReviewDate", "DueToLapseDate", "CurrencyLapsed", "NEETStartDate",
           "EstablishmentName", "Characteristics", "Source",
           # after DESIGN.md's twelve, so readers of those are unaffected: who reported the
           # status (young_person, parent, provider, caseworker, import) and, on a transfer's
           # row, the receiving council and the day they moved
           "Reporter", "TransferredTo", "TransferDate",
           # on a September Guarantee row: the offer in force, and the intended destination
           "SGOfferType", "SGProvider", "SGRecorded", "IntendedDestination"]
TAIL = 6  # the columns after Reporter that only transfer and SG rows fill


def _d(value: date | None) -> str:
    return value.isoformat() if value else ""


def rows_since(session: Session, since: date, today: date,
               districts: set[int] | None = None) -> Iterator[list[str]]:
    """Status changes recorded since `since` (within `districts`, if given), then a row for
    each transfer out since then. Statuses waiting "to verify" are not activities yet, so
    they are never exported."""
    start = datetime.combine(since, time.min, LONDON)
    query = (select(Activity, Person.ccis_id, Person.characteristics)
             .join(Person, Person.id == Activity.person_id)
             .where(Activity.recorded_at >= start)
             .order_by(Activity.recorded_at, Activity.id))
    if districts is not None:
        query = query.where(Person.district_id.in_(districts))
    for act, ccis_id, chars in session.execute(query).yield_per(2000):
        yield _row(act, ccis_id, chars, today)
    moved = (select(Person, Activity).outerjoin(Activity, Activity.id == Person.current_activity_id)
             .where(Person.transferred_on >= since).order_by(Person.transferred_on, Person.id))
    if districts is not None:
        moved = moved.where(Person.district_id.in_(districts))
    for p, act in session.execute(moved):
        row = _person_row(p, act, today)
        row[-TAIL:-TAIL + 2] = [p.transferred_to, _d(p.transferred_on)]
        yield row
    offers = (select(SgOffer, Person, Activity).join(Person, Person.id == SgOffer.person_id)
              .outerjoin(Activity, Activity.id == Person.current_activity_id)
              .where(SgOffer.recorded_on >= since).order_by(SgOffer.recorded_on, SgOffer.id))
    if districts is not None:
        offers = offers.where(Person.district_id.in_(districts))
    for o, p, act in session.execute(offers):
        row = _person_row(p, act, today)
        row[-4:] = [o.offer_type, o.provider, _d(o.recorded_on), o.intended_destination]
        yield row


def _person_row(p: Person, act: Activity | None, today: date) -> list[str]:
    if act is not None:
        return _row(act, p.ccis_id, p.characteristics, today)
    return [p.ccis_id] + [""] * (len(COLUMNS) - 1)


def _row(act: Activity, ccis_id: str, chars: str, today: date) -> list[str]:
    rec = currency.Record(act.code, act.start_date, act.ascertained, act.verified,
                          act.review_date, act.due_to_lapse)
    return [ccis_id, str(act.code), _d(act.start_date), _d(act.ascertained),
            _d(act.verified), _d(act.review_date), _d(currency.due_to_lapse(rec)),
            "Y" if currency.is_lapsed(rec, today) else "N", _d(act.neet_start),
            act.establishment, chars, act.source, act.reporter] + [""] * TAIL


def write(session: Session, since: date, today: date, path: str) -> int:
    n = 0
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(COLUMNS)
        for row in rows_since(session, since, today):
            out.writerow(row)
            n += 1
    return n
