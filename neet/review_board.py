"""The monthly NEET review board (DESIGN.md 9: every NEET young person is reviewed monthly):
each NEET young person with their caseworker, when we last heard from them, the next action
and the review date, overdue first. A review re-confirms the NEET status, which moves the
review date on a month."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Activity, CallLog, District, Message, Person, Referral, StaffUser
from neet import codes, currency
from neet.records import NewActivity, as_record, record_activity
from neet.referrals.service import OPEN

NEET_CODES = tuple(c for c in codes.ACTIVITIES if codes.group_of(c) is codes.Group.NEET)


@dataclass(frozen=True)
class Row:
    person_id: int
    ccis_id: str
    name: str
    district: str
    code: int
    neet_start: date | None
    caseworker: str
    last_contact: datetime | None
    next_action: str
    next_action_due: date | None
    review_due: date | None
    referral_id: int | None

    def overdue(self, today: date) -> bool:
        return (self.review_due is None or self.review_due < today
                or (self.next_action_due is not None and self.next_action_due < today))


def order(rows: list[Row], today: date) -> list[Row]:
    """Overdue first, then the soonest review; a stable order for equal dates."""
    return sorted(rows, key=lambda r: (not r.overdue(today), r.review_due or date.min,
                                       r.name, r.person_id))


def load(session: Session, district_ids: set[int] | None, today: date,
         limit: int = 5000) -> list[Row]:
    q = (select(Person, Activity, District.name)
         .join(Activity, Activity.id == Person.current_activity_id)
         .join(District, District.id == Person.district_id)
         .where(Activity.code.in_(NEET_CODES), Person.transferred_out.is_(False)))
    if district_ids is not None:
        q = q.where(Person.district_id.in_(district_ids))
    found = session.execute(q.limit(limit)).all()
    ids = [p.id for p, _, _ in found]
    refs: dict[int, Referral] = {}
    for r in session.scalars(select(Referral).where(Referral.person_id.in_(ids),
                                                    Referral.status.in_(OPEN))
                             .order_by(Referral.raised_at)):
        refs[r.person_id] = r  # the newest open referral
    staff = {u.id: u.name for u in session.scalars(select(StaffUser).where(
        StaffUser.id.in_({r.assigned_to_id for r in refs.values() if r.assigned_to_id})))}
    heard = dict(session.execute(
        select(Message.person_id, func.max(Message.created_at))
        .where(Message.person_id.in_(ids), Message.direction == "in")
        .group_by(Message.person_id)).all())
    for pid, at in session.execute(
            select(CallLog.person_id, func.max(CallLog.at))
            .where(CallLog.person_id.in_(ids), CallLog.outcome == "answered")
            .group_by(CallLog.person_id)):
        heard[pid] = max(x for x in (heard.get(pid), at) if x is not None)
    rows = []
    for p, a, district in found:
        r = refs.get(p.id)
        rows.append(Row(
            person_id=p.id, ccis_id=p.ccis_id, name=f"{p.forename} {p.surname}",
            district=district, code=a.code, neet_start=a.neet_start,
            caseworker=staff.get(r.assigned_to_id, "") if r and r.assigned_to_id else "",
            last_contact=heard.get(p.id), next_action=r.next_action if r else "",
            next_action_due=r.next_action_due if r else None,
            review_due=currency.due_to_lapse(as_record(a)), referral_id=r.id if r else None))
    return order(rows, today)


def mark_reviewed(session: Session, person: Person, note: str, actor: str,
                  today: date) -> Activity:
    """Record this month's review: the same NEET status, confirmed today, with what was
    found. Only a NEET young person is reviewed here."""
    cur = person.current_activity
    if cur is None or cur.code not in NEET_CODES:
        raise ValueError("only a NEET young person is reviewed on the board")
    note = " ".join(note.split())[:500]
    if not note:
        raise ValueError("say what the review found")
    act = record_activity(session, person, NewActivity(
        code=cur.code, start=cur.start_date, ascertained=today, verified=today,
        neet_start=cur.neet_start, note=f"monthly review: {note}"),
        source="caseworker", actor=actor, today=today)
    if act is None:  # a later confirmation is already recorded
        raise ValueError("a newer status is already recorded")
    return act
