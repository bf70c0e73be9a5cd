"""The single send path. Every outbound message to a young person is queued here, and only
here, after checking consent and contact validity; the dispatcher checks again before the
provider is called. Nothing can reach an opted-out channel or an invalid number.

Kinds: "campaign" (automated chase: also blocked during a crisis hold or after a transfer),
"reply" (the bot answering), "crisis" (urgent help numbers: sent even to someone who opted
out, because they have just written to us), "confirmation" (the one opt-out confirmation).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import ContactPoint, Conversation, Message, Person
from messaging import wording
from messaging.segments import count, gsm_safe
from messaging.templates import render
from neet import consent
from neet.clock import utcnow
from neet.config import Settings

KINDS = ("campaign", "reply", "crisis", "confirmation")
CONSENT_EXEMPT = ("crisis", "confirmation")


class Blocked(Exception):
    """The message may not be sent; `reason` says why (for reports, never the text)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Target:
    channel: str
    address: str
    contact_point_id: int | None


def pick_contact(session: Session, person: Person, channel: str | None = None) -> ContactPoint:
    """The valid, consented contact point to use: Telegram first (free, richer), then SMS."""
    q = select(ContactPoint).where(ContactPoint.person_id == person.id,
                                   ContactPoint.valid.is_(True))
    if channel:
        q = q.where(ContactPoint.channel == channel)
    points = sorted(session.scalars(q), key=lambda c: (c.channel != "telegram", -c.id))
    if not points:
        raise Blocked("no valid contact point")
    for cp in points:
        if consent.may_message(session, person.id, cp.channel):
            return cp
    raise Blocked("opted out")


def allowed(session: Session, person: Person | None, cp: ContactPoint | None, kind: str) -> None:
    """Raise Blocked unless this kind of message may go to this person at this contact point."""
    if kind not in KINDS:
        raise ValueError(kind)
    if cp is not None and not cp.valid:
        raise Blocked("invalid contact point")
    if person is None:
        if kind != "crisis":
            raise Blocked("unknown recipient")
        return
    if kind == "campaign" and (person.crisis_hold or person.transferred_out):
        raise Blocked("crisis hold" if person.crisis_hold else "transferred out")
    if kind == "campaign" and session.scalar(select(Conversation.state).where(
            Conversation.person_id == person.id)) == "with_worker":
        raise Blocked("with a worker")  # a member of staff has the conversation
    if kind not in CONSENT_EXEMPT and cp is not None and not consent.may_message(
            session, person.id, cp.channel):
        raise Blocked("opted out")


def context_for(settings: Settings, person: Person | None) -> dict:
    return {"first_name": person.forename if person else "there", "team": settings.team_name,
            "council": settings.council_name,
            "district": person.district.name if person else "Kent"}


def queue(session: Session, settings: Settings, person: Person | None, template: str,
          extra: dict | None = None, *, kind: str = "reply", channel: str | None = None,
          contact: ContactPoint | None = None, address: tuple[str, str] | None = None,
          campaign_id: int | None = None, now: datetime | None = None) -> Message:
    """Render and queue one message. `address` (channel, address) is only for replying to an
    unknown sender in crisis. `now` stamps the message (campaign cadence is timed from it)."""
    if contact is None and person is not None:
        # consent-exempt kinds may use a channel the person opted out of; others may not
        contact = (_any_valid(session, person, channel) if kind in CONSENT_EXEMPT
                   else pick_contact(session, person, channel))
    allowed(session, person, contact, kind)
    if contact is not None:
        ch, addr = contact.channel, contact.address
    elif address is not None:
        ch, addr = address
    else:
        raise Blocked("no address")
    r = render(template, source=wording.override(session, template),
               **{**context_for(settings, person), **(extra or {})})
    text = gsm_safe(r.text) if ch == "sms" else r.text
    seg = count(text)
    msg = Message(person_id=person.id if person else None,
                  contact_point_id=contact.id if contact else None, channel=ch, direction="out",
                  sender=addr if contact is None else "", body=text, status="queued",
                  segments=seg.segments, encoding=seg.encoding, campaign_id=campaign_id,
                  label=f"{kind}:{template}", created_at=now or utcnow())
    session.add(msg)
    session.flush()
    return msg


def _any_valid(session: Session, person: Person, channel: str | None) -> ContactPoint:
    q = select(ContactPoint).where(ContactPoint.person_id == person.id,
                                   ContactPoint.valid.is_(True))
    if channel:
        q = q.where(ContactPoint.channel == channel)
    cp = session.scalars(q.order_by(ContactPoint.id.desc())).first()
    if cp is None:
        raise Blocked("no valid contact point")
    return cp
