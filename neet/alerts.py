"""Safeguarding alerts and callback requests, sent to the district's duty worker now, through
the same notification path as referrals but at the highest priority."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from db.models import Alert, Person, StaffUser
from neet import notifications
from neet.audit import audit
from neet.clock import utcnow
from neet.referrals.rules import services_concerned


def duty_worker(session: Session, district_id: int | None) -> StaffUser | None:
    if district_id is None:
        return None
    return session.scalars(select(StaffUser).where(
        StaffUser.district_id == district_id, StaffUser.duty_worker.is_(True),
        StaffUser.active.is_(True)).order_by(StaffUser.id)).first()


URGENT = ("safeguarding", "possible_crisis")  # in front of the duty worker at once, escalated


def raise_alert(session: Session, kind: str, person: Person | None, message_id: int | None,
                said: str, base_url: str, language: str = "") -> Alert:
    """kind: safeguarding (crisis), possible_crisis (the model finds a reply risky but is
    unsure: the duty worker reads it at once, no hold), callback (asked for a person),
    unknown_sender."""
    urgent = kind in URGENT
    district_id = person.district_id if person else None
    alert = Alert(person_id=person.id if person else None, kind=kind, district_id=district_id,
                  message_id=message_id)
    session.add(alert)
    session.flush()
    if kind == "safeguarding" and person is not None:
        person.crisis_hold = True
    worker = duty_worker(session, district_id)
    payload = {
        "alert_id": alert.id, "kind": kind, "raised_at": utcnow().isoformat(),
        "district": person.district.name if person else None,
        "duty_worker": worker.email if worker else None,
        "young_person": {"ccis_id": person.ccis_id, "first_name": person.forename} if person else None,
        "said": said[:500] if urgent else "",
        "language": language or "en",  # a crisis in another language needs an interpreter
        "link": f"{base_url}/alerts/{alert.id}",
    }
    services = services_concerned(person.characteristic_codes, person.send_ehcp) \
        if person is not None and kind == "safeguarding" else ()
    notifications.notify(session, f"{kind}.alert" if kind != "callback" else "callback.requested",
                         payload, district_id=district_id, key=f"alert-{alert.id}",
                         priority=notifications.PRIORITY_SAFEGUARDING if urgent
                         else notifications.PRIORITY_REFERRAL, services=services)
    audit(session, "bot", f"alert.{kind}", person_id=alert.person_id, entity="alert",
          entity_id=alert.id)
    return alert


class NotAllowed(Exception):
    """This member of staff may not act on this alert."""


def may_act(session: Session, user: StaffUser, alert: Alert) -> bool:
    """Who may acknowledge an alert and clear its hold: the NSS workers (the duty worker among
    them) of its district and the managers of its area. An alert with no district (an unknown
    sender) may be taken by any duty worker or manager. Tracking officers and admins see
    alerts but do not own them."""
    if alert.district_id is None:
        return (user.role == "nss" and user.duty_worker) or user.role == "manager"
    if user.role == "nss":
        return user.district_id == alert.district_id
    if user.role == "manager":
        from db.models import District

        district = session.get(District, alert.district_id)
        return district is not None and user.area_id == district.area_id
    return False


def acknowledge(session: Session, alert: Alert, user: StaffUser, note: str) -> bool:
    """A worker has seen the alert and says what they did; False if it already was."""
    if not may_act(session, user, alert):
        raise NotAllowed("only the district's NSS workers and its area's managers")
    note = " ".join((note or "").split())
    if len(note) < 5:
        raise ValueError("Say what you did (a few words at least).")
    if alert.acknowledged_at is not None:
        return False
    alert.acknowledged_at, alert.acknowledged_by = utcnow(), user.email
    alert.ack_note = note[:2000]
    audit(session, user.email, "alert.acknowledge", person_id=alert.person_id, entity="alert",
          entity_id=alert.id, detail=note[:500])
    return True


AFTER_HOLD = {"resume": "automated messages and the campaign resume",
              "caseworker": "left to the caseworker: no automated reminders"}


def clear_hold(session: Session, alert: Alert, user: StaffUser, note: str, then: str,
               confirmed: bool) -> None:
    """End the crisis hold, on purpose: a confirmation, a note, and a choice of what happens
    next. "caseworker" stops the reminders of any campaign that was running for them, so they
    do not slip back into automated messages; "resume" lets them go on."""
    from db.models import Conversation, OutboxItem

    if not may_act(session, user, alert):
        raise NotAllowed("only the district's NSS workers and its area's managers")
    if alert.acknowledged_at is None:
        raise ValueError("Acknowledge the alert first.")
    note = " ".join((note or "").split())
    if not confirmed or len(note) < 5 or then not in AFTER_HOLD:
        raise ValueError("Tick the confirmation, say why the hold can end, and choose what "
                         "happens next.")
    alert.cleared_at, alert.cleared_by = utcnow(), user.email
    alert.clear_note, alert.after_hold = note[:2000], then
    if alert.person_id:
        p = session.get(Person, alert.person_id)
        p.crisis_hold = False
        convo = session.scalar(select(Conversation).where(Conversation.person_id == p.id))
        if convo is not None and convo.state == "crisis_hold":
            convo.state = "idle"
        if then == "caseworker":
            session.execute(update(OutboxItem).where(OutboxItem.person_id == p.id,
                                                     OutboxItem.status == "pending")
                            .values(status="skipped", last_error="left to caseworker"))
    audit(session, user.email, "alert.clear_hold", person_id=alert.person_id, entity="alert",
          entity_id=alert.id, detail=f"{AFTER_HOLD[then]}; {note[:400]}")


def managers_of(session: Session, district_id: int | None) -> list[StaffUser]:
    from db.models import District

    district = session.get(District, district_id) if district_id else None
    if district is None:
        return []
    return list(session.scalars(select(StaffUser).where(
        StaffUser.role == "manager", StaffUser.area_id == district.area_id,
        StaffUser.active.is_(True)).order_by(StaffUser.id)))


def escalate_due(session: Session, now: datetime, after: timedelta, base_url: str) -> list[int]:
    """Safeguarding alerts nobody has acknowledged: after `after`, to the area's managers;
    after twice that, to the county-wide out-of-hours endpoints, day or night. Each step is a
    notification, an audit entry, and shown on the alert. Returns the alerts escalated."""
    done = []
    open_alerts = session.scalars(
        select(Alert).where(Alert.kind.in_(URGENT), Alert.acknowledged_at.is_(None),
                            Alert.escalation_level < 2, Alert.raised_at <= now - after)
        .order_by(Alert.id).with_for_update(skip_locked=True)).all()
    for alert in open_alerts:
        raised = alert.raised_at if alert.raised_at.tzinfo else alert.raised_at.replace(tzinfo=UTC)
        level = 2 if now - raised >= 2 * after else 1
        if level <= alert.escalation_level:
            continue
        payload = {"alert_id": alert.id, "level": level, "raised_at": raised.isoformat(),
                   "link": f"{base_url}/alerts/{alert.id}"}
        if level == 1:
            to = [m.email for m in managers_of(session, alert.district_id)]
            payload["to"] = to
            notifications.notify(session, "safeguarding.escalated", payload,
                                 district_id=alert.district_id, key=f"alert-{alert.id}-esc1",
                                 priority=notifications.PRIORITY_SAFEGUARDING)
            detail = "not acknowledged in time: sent to the area managers " + (", ".join(to) or "(none set up)")
        else:
            notifications.notify(session, "safeguarding.out_of_hours", payload, district_id=None,
                                 key=f"alert-{alert.id}-esc2",
                                 priority=notifications.PRIORITY_SAFEGUARDING)
            detail = "still not acknowledged: sent to the county out-of-hours service"
        alert.escalation_level, alert.escalated_at = level, now
        audit(session, "escalation", "alert.escalated", person_id=alert.person_id,
              entity="alert", entity_id=alert.id, detail=detail)
        done.append(alert.id)
    return done
