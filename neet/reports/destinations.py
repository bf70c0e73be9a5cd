"""Activity Survey figures (DESIGN.md 9): where the new Year 12 and 13 went this September,
by the school or college they were at last year. Pure `by_school`; `load` is the I/O."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Activity, Person
from neet import ages, codes, currency
from neet.codes import CurrencyRule, Group
from neet.reports.scorecard import record_at

KINDS = ("education", "apprenticeship or job with study", "training", "employment", "NEET",
         "Not Known", "other")


def destination(rec: currency.Record | None, on: date) -> str:
    group = currency.effective_group(rec, on)
    if group is Group.NOT_KNOWN:
        return "Not Known"
    if group is Group.NEET:
        return "NEET"
    if group is Group.OTHER:
        return "other"
    a = codes.activity(rec.code)
    if a.kind == "employment" and a.currency is CurrencyRule.WITH_STUDY:
        return "apprenticeship or job with study"
    return a.kind if a.kind in KINDS else "other"


@dataclass(frozen=True)
class Leaver:
    school: str  # where they were last school year ("" if no record says)
    record: currency.Record | None  # their status now


def by_school(leavers: list[Leaver], on: date) -> dict:
    """Per school: how many, where they went, and the share whose destination is known."""
    out: dict[str, Counter] = defaultdict(Counter)
    for lv in leavers:
        out[lv.school or "not recorded"][destination(lv.record, on)] += 1
    rows = {}
    for school, c in sorted(out.items()):
        n = sum(c.values())
        rows[school] = {"young_people": n, **{k: c.get(k, 0) for k in KINDS},
                        "known_pct": round(100 * (n - c.get("Not Known", 0)) / n, 1)}
    return rows


def load(session: Session, on: date, district_ids: set[int] | None = None) -> list[Leaver]:
    """The new Year 12 and 13 (academic ages 16 and 17), each with the establishment of their
    last status confirmed before this school year began, and their status now."""
    year_start = date(ages.academic_year_start(on), 9, 1)
    q = select(Person.id, Person.dob, Person.establishment)
    if district_ids is not None:
        q = q.where(Person.district_id.in_(district_ids))
    people = {pid: (dob, est) for pid, dob, est in session.execute(q)
              if ages.academic_age(dob, on) in (16, 17)}
    last_year: dict[int, tuple[date, str]] = {}
    history: dict[int, list[currency.Record]] = defaultdict(list)
    acts = (select(Activity).join(Person, Person.id == Activity.person_id)
            .order_by(Activity.recorded_at, Activity.id))
    if district_ids is not None:
        acts = acts.where(Person.district_id.in_(district_ids))
    for a in session.scalars(acts).yield_per(5000):
        if a.person_id not in people:
            continue
        rec = currency.Record(a.code, a.start_date, a.ascertained, a.verified, a.review_date,
                              a.due_to_lapse)
        history[a.person_id].append(rec)
        when = currency.confirmed_on(rec)
        if (when is not None and when < year_start and a.establishment
                and when >= last_year.get(a.person_id, (date.min, ""))[0]):
            last_year[a.person_id] = (when, a.establishment)
    return [Leaver(last_year.get(pid, (None, ""))[1], record_at(history.get(pid, ()), on))
            for pid in people]
