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

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from db.models import QUIET_STATES, ContactPoint, Conversation, District, Message, Person
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


def choose_contact(points: list[ContactPoint], opted_out: set[str],
                   channel: str | None = None) -> ContactPoint:
    """Of a person's valid contact points, the one to use: Telegram first (free, richer), then
    SMS, the newest first, skipping channels they opted out of."""
    points = sorted((c for c in points if channel is None or c.channel == channel),
                    key=lambda c: (c.channel != "telegram", -c.id))
    if not points:
        raise Blocked("no valid contact point")
    for cp in points:
        if cp.channel not in opted_out:
            return cp
    raise Blocked("opted out")


def pick_contact(session: Session, person: Person, channel: str | None = None) -> ContactPoint:
    """The valid, consented contact point to use (see `choose_contact`)."""
    q = select(ContactPoint).where(ContactPoint.person_id == person.id,
                                   ContactPoint.valid.is_(True))
    opted = {ch for _, ch in consent.opted_out(session, [person.id])}
    return choose_contact(list(session.scalars(q)), opted, channel)


@dataclass(frozen=True)
class Facts:
    """What, besides consent and the contact point, decides whether a message may go."""

    known: bool  # the recipient is a person on our records
    crisis_hold: bool = False
    transferred_out: bool = False
    with_worker: bool = False  # the conversation is a person's (db.models.QUIET_STATES)


def block_reason(kind: str, facts: Facts, cp_valid: bool | None, opted_out: bool) -> str | None:
    """Why this kind of message may not go (None: it may). `cp_valid` is None when there is no
    contact point (a crisis reply to an unknown sender). The one rule for the single send path
    and for the dispatcher's batches alike."""
    if kind not in KINDS:
        raise ValueError(kind)
    if cp_valid is False:
        return "invalid contact point"
    if not facts.known:
        return None if kind == "crisis" else "unknown recipient"
    if kind == "campaign" and (facts.crisis_hold or facts.transferred_out):
        return "crisis hold" if facts.crisis_hold else "transferred out"
    if kind == "campaign" and facts.with_worker:
        return "with a worker"  # or waiting for one to read a reply
    if kind not in CONSENT_EXEMPT and cp_valid is not None and opted_out:
        return "opted out"
    return None


def allowed(session: Session, person: Person | None, cp: ContactPoint | None, kind: str) -> None:
    """Raise Blocked unless this kind of message may go to this person at this contact point."""
    facts = Facts(known=False)
    if person is not None:
        worker = kind == "campaign" and session.scalar(select(Conversation.state).where(
            Conversation.person_id == person.id)) in QUIET_STATES
        facts = Facts(True, bool(person.crisis_hold), bool(person.transferred_out), worker)
    opted = (person is not None and cp is not None and kind not in CONSENT_EXEMPT
             and not consent.may_message(session, person.id, cp.channel))
    reason = block_reason(kind, facts, None if cp is None else bool(cp.valid), opted)
    if reason:
        raise Blocked(reason)


def context_for(settings: Settings, person: Person | None) -> dict:
    return _context(settings, person.forename if person else "there",
                    person.district.name if person else "Kent")


def _context(settings: Settings, first_name: str, district: str) -> dict:
    return {"first_name": first_name, "team": settings.team_name,
            "council": settings.council_name, "district": district}


def queue(session: Session, settings: Settings, person: Person | None, template: str,
          extra: dict | None = None, *, kind: str = "reply", channel: str | None = None,
          contact: ContactPoint | None = None, address: tuple[str, str] | None = None,
          campaign_id: int | None = None, now: datetime | None = None,
          claim: bool = False) -> Message:
    """Render and queue one message. `address` (channel, address) is only for replying to an
    unknown sender in crisis. `now` stamps the message (campaign cadence is timed from it).
    With `claim` the message is queued already claimed ("sending"): the caller sends it
    right after its transaction commits (consent was checked in that same transaction); if
    it never does, crash recovery settles it like any claimed message."""
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
                  sender=addr if contact is None else "", body=text,
                  status="sending" if claim else "queued", segments=seg.segments,
                  encoding=seg.encoding, campaign_id=campaign_id, label=f"{kind}:{template}",
                  created_at=now or utcnow(), processed_at=(now or utcnow()) if claim else None,
                  attempts=0)  # set here, not by the server: nothing to read back
    session.add(msg)
    session.flush()
    if claim:  # held here for dispatch.claimed_items (the session only holds objects weakly)
        session.info.setdefault("claimed", []).append(msg)
    return msg


@dataclass(frozen=True)
class Request:
    """One message to queue in a batch (see `queue_many`)."""

    person_id: int
    template: str
    kind: str = "campaign"
    channel: str | None = None
    campaign_id: int | None = None


def queue_many(session: Session, settings: Settings, requests: list[Request],
               now: datetime) -> list[int | Blocked]:
    """`queue` for a batch, by the same rules, in a handful of statements whatever its size:
    people, contact points, consent and conversations are each read once, and the messages
    inserted in one statement. Returns, per request, the new message's id or why it was
    blocked. Consent-exempt kinds go one at a time through `queue`."""
    if any(r.kind in CONSENT_EXEMPT for r in requests):
        raise ValueError("consent-exempt messages are queued one at a time")
    ids = {r.person_id for r in requests}
    people = {row.id: row for row in session.execute(
        select(Person.id, Person.forename, Person.crisis_hold, Person.transferred_out,
               District.name.label("district"))
        .join(District, District.id == Person.district_id).where(Person.id.in_(ids)))}
    points: dict[int, list[ContactPoint]] = {}
    for cp in session.scalars(select(ContactPoint).where(ContactPoint.person_id.in_(ids),
                                                         ContactPoint.valid.is_(True))):
        points.setdefault(cp.person_id, []).append(cp)
    opted: dict[int, set[str]] = {}
    for pid, ch in consent.opted_out(session, ids):
        opted.setdefault(pid, set()).add(ch)
    with_worker = set(session.scalars(select(Conversation.person_id).where(
        Conversation.person_id.in_(ids), Conversation.state.in_(QUIET_STATES))))
    out: list[int | Blocked] = []
    rows: list[dict] = []
    for r in requests:
        p = people.get(r.person_id)
        try:
            if p is None:
                raise Blocked("unknown recipient")
            cp = choose_contact(points.get(p.id, []), opted.get(p.id, set()), r.channel)
            facts = Facts(True, bool(p.crisis_hold), bool(p.transferred_out), p.id in with_worker)
            reason = block_reason(r.kind, facts, True, False)
            if reason:
                raise Blocked(reason)
        except Blocked as exc:
            out.append(exc)
            continue
        rendered = render(r.template, source=wording.override(session, r.template),
                          **_context(settings, p.forename, p.district))
        text = gsm_safe(rendered.text) if cp.channel == "sms" else rendered.text
        seg = count(text)
        out.append(len(rows))
        rows.append({"person_id": p.id, "contact_point_id": cp.id, "channel": cp.channel,
                     "direction": "out", "sender": "", "body": text, "status": "queued",
                     "segments": seg.segments, "encoding": seg.encoding,
                     "campaign_id": r.campaign_id, "label": f"{r.kind}:{r.template}",
                     "created_at": now})
    if rows:
        new = session.scalars(insert(Message).returning(Message.id, sort_by_parameter_order=True),
                              rows).all()
        out = [new[x] if isinstance(x, int) else x for x in out]
    return out


def _any_valid(session: Session, person: Person, channel: str | None) -> ContactPoint:
    q = select(ContactPoint).where(ContactPoint.person_id == person.id,
                                   ContactPoint.valid.is_(True))
    if channel:
        q = q.where(ContactPoint.channel == channel)
    cp = session.scalars(q.order_by(ContactPoint.id.desc())).first()
    if cp is None:
        raise Blocked("no valid contact point")
    return cp
