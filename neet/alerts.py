"""Safeguarding alerts and callback requests, sent to the district's duty worker now, through
the same notification path as referrals but at the highest priority."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Alert, Person, StaffUser
from neet import notifications
from neet.audit import audit
from neet.clock import utcnow


def duty_worker(session: Session, district_id: int | None) -> StaffUser | None:
    if district_id is None:
        return None
    return session.scalars(select(StaffUser).where(
        StaffUser.district_id == district_id, StaffUser.duty_worker.is_(True),
        StaffUser.active.is_(True)).order_by(StaffUser.id)).first()


def raise_alert(session: Session, kind: str, person: Person | None, message_id: int | None,
                said: str, base_url: str) -> Alert:
    """kind: safeguarding (crisis), callback (asked for a person), unknown_sender."""
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
        "said": said[:500] if kind == "safeguarding" else "",
        "link": f"{base_url}/alerts/{alert.id}",
    }
    notifications.notify(session, f"{kind}.alert" if kind != "callback" else "callback.requested",
                     payload, district_id=district_id, key=f"alert-{alert.id}",
                     priority=notifications.PRIORITY_SAFEGUARDING if kind == "safeguarding"
                     else notifications.PRIORITY_REFERRAL)
    audit(session, "bot", f"alert.{kind}", person_id=alert.person_id, entity="alert",
          entity_id=alert.id)
    return alert


def acknowledge(session: Session, alert: Alert, actor: str) -> bool:
    """A worker has seen the alert and is acting on it; False if it already was."""
    if alert.acknowledged_at is not None:
        return False
    alert.acknowledged_at, alert.acknowledged_by = utcnow(), actor
    audit(session, actor, "alert.acknowledge", person_id=alert.person_id, entity="alert",
          entity_id=alert.id)
    return True


def clear_hold(session: Session, alert: Alert, actor: str) -> None:
    """End the crisis hold: automated messages may go to this young person again."""
    from db.models import Conversation

    alert.cleared_at = utcnow()
    if alert.person_id:
        p = session.get(Person, alert.person_id)
        p.crisis_hold = False
        convo = session.scalar(select(Conversation).where(Conversation.person_id == p.id))
        if convo is not None and convo.state == "crisis_hold":
            convo.state = "idle"
    audit(session, actor, "alert.clear_hold", person_id=alert.person_id, entity="alert",
          entity_id=alert.id)
