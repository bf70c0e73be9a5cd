"""Staff contact with a young person: who may see their phone number (each look audited) and
the calls made to them. The number is shown only to those who need it to act: the duty
worker and NSS workers of the person's district, the caseworker of their referral, and
tracking officers."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import CallLog, ContactPoint, Person, Referral, StaffUser
from neet.audit import audit

OUTCOMES = {"answered": "answered", "no_answer": "no answer", "voicemail": "left a voicemail",
            "wrong_number": "wrong number"}


class NotAllowed(PermissionError):
    pass


def may_reveal(session: Session, user: StaffUser, person: Person) -> bool:
    if user.role == "tracking":
        return True
    if user.role == "nss" and user.district_id == person.district_id:
        return True
    return session.scalar(select(Referral.id).where(
        Referral.person_id == person.id, Referral.assigned_to_id == user.id)) is not None


def reveal(session: Session, user: StaffUser, person: Person) -> list[ContactPoint]:
    """The person's contact points, numbers in full; the look is audited."""
    if not may_reveal(session, user, person):
        raise NotAllowed("only the district's NSS workers, the caseworker and tracking officers")
    audit(session, user.email, "contact.reveal", person_id=person.id, entity="person",
          entity_id=person.id)
    return list(session.scalars(select(ContactPoint).where(ContactPoint.person_id == person.id)
                                .order_by(ContactPoint.id)))


def log_call(session: Session, user: StaffUser, person: Person, contact_point_id: int | None,
             outcome: str, note: str) -> CallLog:
    """Record a call; a wrong number marks that number invalid, as the bot would."""
    if not may_reveal(session, user, person):
        raise NotAllowed("only the district's NSS workers, the caseworker and tracking officers")
    if outcome not in OUTCOMES:
        raise ValueError("Choose how the call went.")
    cp = session.get(ContactPoint, contact_point_id) if contact_point_id else None
    if cp is not None and cp.person_id != person.id:
        raise ValueError("That number is not this young person's.")
    call = CallLog(person_id=person.id, contact_point_id=cp.id if cp else None, outcome=outcome,
                   note=" ".join((note or "").split())[:1000], by=user.email)
    session.add(call)
    if outcome == "wrong_number" and cp is not None:
        cp.valid, cp.invalid_reason = False, "wrong number (call)"
        person.phone_chase = True
    audit(session, user.email, "contact.call", person_id=person.id, entity="person",
          entity_id=person.id, detail=OUTCOMES[outcome])
    return call


def cannot_contact(session: Session, user: StaffUser, person: Person, today) -> None:
    """Hand a young person nobody can reach over to 820 (cannot be contacted): the phone
    chase ends and CCIS hears why."""
    from neet.records import NewActivity, record_activity

    if not may_reveal(session, user, person):
        raise NotAllowed("only the district's NSS workers, the caseworker and tracking officers")
    if record_activity(session, person, NewActivity(
            code=820, ascertained=today, verified=today,
            note="phone chase: no way to reach them"),
            source="caseworker", actor=user.email, today=today) is None:
        raise ValueError("a newer status is already recorded")
    person.phone_chase = False
    audit(session, user.email, "contact.cannot_contact", person_id=person.id, entity="person",
          entity_id=person.id, detail="820")


def move_to_new_number(session: Session, user: StaffUser, person: Person, channel: str,
                       address: str) -> ContactPoint:
    """A member of staff has confirmed that a message from an unknown number came from this
    young person: the number becomes theirs, and their older numbers on that channel are
    marked replaced (never guessed: only after this confirmation)."""
    if not may_reveal(session, user, person):
        raise NotAllowed("only the district's NSS workers, the caseworker and tracking officers")
    for old in session.scalars(select(ContactPoint).where(
            ContactPoint.person_id == person.id, ContactPoint.channel == channel,
            ContactPoint.address != address, ContactPoint.valid.is_(True))):
        old.valid, old.invalid_reason = False, "replaced by a new number (confirmed by staff)"
    cp = session.scalar(select(ContactPoint).where(
        ContactPoint.person_id == person.id, ContactPoint.channel == channel,
        ContactPoint.address == address))
    if cp is None:
        cp = ContactPoint(person_id=person.id, channel=channel, address=address, valid=True)
        session.add(cp)
    cp.valid, cp.invalid_reason = True, ""
    person.phone_chase = False
    session.flush()
    audit(session, user.email, "contact.new_number_confirmed", person_id=person.id,
          entity="contact_point", entity_id=cp.id)
    return cp
