"""Status export for CCIS: one row per status change since a date (DESIGN.md section 8)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Activity, Person
from neet import currency
from neet.clock import LONDON

COLUMNS = ["YoungPersonsID", "ActivityCode", "StartDate", "DateAscertained", "DateVerified",
           "ReviewDate", "DueToLapseDate", "CurrencyLapsed", "NEETStartDate",
           "EstablishmentName", "Characteristics", "Source"]


def _d(value: date | None) -> str:
    return value.isoformat() if value else ""


def rows_since(session: Session, since: date, today: date,
               districts: set[int] | None = None) -> Iterator[list[str]]:
    """Status changes recorded since `since` (within `districts`, if given)."""
    start = datetime.combine(since, time.min, LONDON)
    query = (select(Activity, Person.ccis_id, Person.characteristics)
             .join(Person, Person.id == Activity.person_id)
             .where(Activity.recorded_at >= start)
             .order_by(Activity.recorded_at, Activity.id))
    if districts is not None:
        query = query.where(Person.district_id.in_(districts))
    for act, ccis_id, chars in session.execute(query).yield_per(2000):
        rec = currency.Record(act.code, act.start_date, act.ascertained, act.verified,
                              act.review_date, act.due_to_lapse)
        due = currency.due_to_lapse(rec)
        yield [ccis_id, str(act.code), _d(act.start_date), _d(act.ascertained),
               _d(act.verified), _d(act.review_date), _d(due),
               "Y" if currency.is_lapsed(rec, today) else "N", _d(act.neet_start),
               act.establishment, chars, act.source]


def write(session: Session, since: date, today: date, path: str) -> int:
    n = 0
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(COLUMNS)
        for row in rows_since(session, since, today):
            out.writerow(row)
            n += 1
    return n
