"""Raising and moving referrals: routing to the district's worker (fallback: the area),
re-referral detection, lifecycle transitions, and the caseworker notification."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Activity, District, Person, Referral, ReferralNote, StaffUser
from neet import ages, codes, consent, notifications
from neet.audit import audit
from neet.clock import utcnow
from neet.records import NewActivity, record_activity
from neet.referrals.rules import (
    NSS,
    SERVICES,
    Facts,
    Routing,
    academic_term,
    route,
    services_concerned,
)

LIFECYCLE = {"raised": {"notified", "accepted", "closed"}, "notified": {"accepted", "closed"},
             "accepted": {"in_progress", "closed"}, "in_progress": {"closed"}, "closed": set()}
OPEN = ("raised", "notified", "accepted", "in_progress")


class BadTransition(ValueError):
    pass


def facts_for(session: Session, person: Person, today: date, *, asked_for_help: bool,
              wants_education: bool) -> Facts:
    episodes = 0
    prev_neet = False
    for code in session.scalars(select(Activity.code).where(Activity.person_id == person.id)
                                .order_by(Activity.recorded_at, Activity.id)):
        is_neet = codes.group_of(code) is codes.Group.NEET
        if is_neet and not prev_neet:
            episodes += 1
        prev_neet = is_neet
    cur = person.current_activity
    return Facts(characteristics=frozenset(person.characteristic_codes), ehcp=person.send_ehcp,
                 sen_support=person.sen_support, year_group=ages.year_group(person.dob, today),
                 neet_start=cur.neet_start if cur else None, neet_episodes=max(episodes, 1),
                 wants_education=wants_education, asked_for_help=asked_for_help,
                 cme="cme" in (person.intended_destination or "").lower(),
                 academic_term=academic_term(today), today=today)


def assignee(session: Session, district_id: int, service: str = NSS) -> StaffUser | None:
    """Who a new referral goes to: the district's worker of that service with the fewest open
    referrals; where the service has no worker there, the district's NSS worker; else the
    area's manager. The referral stays in its service's queue whoever holds it."""
    open_counts = (select(Referral.assigned_to_id, func.count().label("n"))
                   .where(Referral.status.in_(OPEN)).group_by(Referral.assigned_to_id).subquery())
    for svc in dict.fromkeys((service, NSS)):
        worker = session.execute(
            select(StaffUser).outerjoin(open_counts, open_counts.c.assigned_to_id == StaffUser.id)
            .where(StaffUser.district_id == district_id, StaffUser.role == "nss",
                   StaffUser.service == svc, StaffUser.active.is_(True))
            .order_by(func.coalesce(open_counts.c.n, 0), StaffUser.id)).scalars().first()
        if worker:
            return worker
    area_id = session.scalar(select(District.area_id).where(District.id == district_id))
    return session.scalars(select(StaffUser).where(
        StaffUser.area_id == area_id, StaffUser.role.in_(("manager", "nss")),
        StaffUser.active.is_(True)).order_by(StaffUser.id)).first()


def raise_referral(session: Session, person: Person, routing: Routing, *, said: str,
                   actor: str, base_url: str, today: date,
                   provision_id: str | None = None) -> Referral:
    """A referral in the queue of the service the rules chose, assigned to a worker of it,
    with the course the young person chose (if any); the services concerned are told."""
    earlier = session.scalar(select(func.count()).select_from(Referral).where(
        Referral.person_id == person.id,
        Referral.raised_at >= utcnow() - timedelta(days=365)))
    worker = assignee(session, person.district_id, routing.service)
    ref = Referral(person_id=person.id, service=routing.service,
                   also_inform=";".join(routing.also_inform), reasons="; ".join(routing.reasons),
                   district_id=person.district_id, assigned_to_id=worker.id if worker else None,
                   summary=said[:500], is_re_referral=bool(earlier), provision_id=provision_id,
                   raised_by=actor)
    session.add(ref)
    session.flush()
    cur = person.current_activity
    payload = {
        "referral_id": ref.id, "service": ref.service, "also_inform": list(routing.also_inform),
        "reasons": list(routing.reasons), "district": person.district.name,
        "assigned_to": worker.email if worker else None, "re_referral": ref.is_re_referral,
        "young_person": {"ccis_id": person.ccis_id, "first_name": person.forename,
                         "surname": person.surname, "year_group": ages.year_group(person.dob, today),
                         "activity_code": cur.code if cur else None,
                         "neet_start": cur.neet_start.isoformat() if cur and cur.neet_start else None},
        "said": said[:500], "link": f"{base_url}/referrals/{ref.id}",
    }
    concerned = {routing.service, *routing.also_inform} - {"NSS"}
    notifications.notify(session, "referral.raised", payload, district_id=person.district_id,
                         key=f"referral-{ref.id}", services=tuple(sorted(concerned)))
    audit(session, actor, "referral.raise", person_id=person.id, entity="referral",
          entity_id=ref.id, detail=f"{ref.service}: {ref.reasons}")
    return ref


def move(session: Session, ref: Referral, to: str, actor: str, *, outcome: str = "",
         eet_code: int | None = None, today: date | None = None) -> None:
    """Move a referral on. Closing it with an EET destination records that activity on the
    young person (their status changes, and the figures with it) as of `today`."""
    if to not in LIFECYCLE.get(ref.status, set()):
        raise BadTransition(f"a {ref.status} referral cannot become {to}")
    now = utcnow()
    ref.status = to
    if to == "notified":
        ref.notified_at = now
    elif to == "accepted":
        ref.accepted_at = now
    elif to == "in_progress":
        ref.assessed_at = ref.assessed_at or now
    elif to == "closed":
        ref.closed_at, ref.outcome = now, outcome[:4000]
        if eet_code is not None:
            if eet_code not in codes.ACTIVITIES or codes.group_of(eet_code) is not codes.Group.EET:
                raise BadTransition(f"{eet_code} is not an EET code")
            ref.eet_code, ref.matched_at = eet_code, ref.matched_at or now
            on = today or now.date()
            person = session.get(Person, ref.person_id)
            record_activity(session, person, NewActivity(
                code=eet_code, start=on, ascertained=on, verified=on,
                note=f"referral {ref.id} closed: {outcome[:200]}"),
                source="caseworker", actor=actor, today=on)
    audit(session, actor, f"referral.{to}", person_id=ref.person_id, entity="referral",
          entity_id=ref.id, detail=outcome[:200])


def routing_for(session: Session, person: Person, today: date, *, asked_for_help: bool,
                wants_education: bool) -> Routing:
    """The rules' routing; someone who said yes to an adviser has asked for help, so NSS."""
    f = facts_for(session, person, today, asked_for_help=asked_for_help,
                  wants_education=wants_education)
    return route(f) or route(Facts(**{**f.__dict__, "asked_for_help": True}))


def by_hand(session: Session, person: Person, service: str, reason: str, *, actor: str,
            base_url: str, today: date) -> Referral:
    """A referral a member of staff raises (they have the young person's consent): to the
    service they chose, telling the services that concern this young person."""
    reason = " ".join(reason.split())[:500]
    if service not in SERVICES:
        raise ValueError(f"choose one of: {', '.join(SERVICES)}")
    if not reason:
        raise ValueError("say why the referral is made")
    inform = tuple(s for s in services_concerned(frozenset(person.characteristic_codes),
                                                 person.send_ehcp) if s != service)
    consent.record(session, person.id, "referral", True, source="caseworker", kind="referral",
                   reason="given to a member of staff", actor=actor)
    return raise_referral(session, person, Routing(service, inform, (f"raised by hand: {reason}",)),
                          said=reason, actor=actor, base_url=base_url, today=today)


def may_hold(session: Session, ref: Referral) -> list[StaffUser]:
    """Who a referral may be (re)assigned to: active NSS-role workers of its district, any
    service, and the managers of its area."""
    area_id = session.scalar(select(District.area_id).where(District.id == ref.district_id))
    return list(session.scalars(select(StaffUser).where(
        StaffUser.active.is_(True),
        ((StaffUser.role == "nss") & (StaffUser.district_id == ref.district_id))
        | ((StaffUser.role == "manager") & (StaffUser.area_id == area_id)))
        .order_by(StaffUser.service, StaffUser.name)))


def assign(session: Session, ref: Referral, to_id: int, actor: str) -> StaffUser:
    worker = next((w for w in may_hold(session, ref) if w.id == to_id), None)
    if worker is None:
        raise ValueError("that worker cannot hold this referral")
    before = ref.assigned_to_id
    ref.assigned_to_id = worker.id
    audit(session, actor, "referral.assign", person_id=ref.person_id, entity="referral",
          entity_id=ref.id, detail=f"from staff {before} to {worker.email}")
    return worker


def add_note(session: Session, ref: Referral, text: str, actor: str) -> ReferralNote:
    text = text.replace("\x00", "").strip()[:4000]
    if not text:
        raise ValueError("the note is empty")
    note = ReferralNote(referral_id=ref.id, by=actor, text=text)
    session.add(note)
    audit(session, actor, "referral.note", person_id=ref.person_id, entity="referral",
          entity_id=ref.id)
    return note


def set_next_action(session: Session, ref: Referral, what: str, due: date | None,
                    actor: str, today: date) -> None:
    what = " ".join(what.replace("\x00", "").split())[:500]
    if not what:
        raise ValueError("say what the next action is")
    if due is None or due < today:
        raise ValueError("give the next action a due date, today or later")
    ref.next_action, ref.next_action_due = what, due
    audit(session, actor, "referral.next_action", person_id=ref.person_id, entity="referral",
          entity_id=ref.id, detail=f"due {due.isoformat()}")
