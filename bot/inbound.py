"""Inbound messages: stored exactly once, then understood and acted on in one transaction.

`receive` is called by the channel webhooks: it stores the message (a provider retry with the
same id is recognised and not stored twice) and returns its id. `process` runs the
conversation for a stored message exactly once (processed_at), records what it learned, and
queues the replies through the single send path. The caller then dispatches the replies.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import exc as sa_exc
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, joinedload

from bot.conversation import HELD, Decision, asked_for, decide, wants_offers
from bot.understand import Understanding, classify
from bot.understand import details as det
from db.models import QUIET_STATES, Alert, ContactPoint, Conversation, Message, Person, ReviewItem
from matching.catalogue import from_models
from matching.interests import extract_interests
from matching.rank import Query, nothing_fits, rank
from messaging import send
from messaging.templates import offer_line
from neet import ages, codes, consent
from neet.alerts import raise_alert
from neet.audit import audit
from neet.clock import as_utc, today_london, utcnow
from neet.records import NewActivity, flag_at_risk, record_activity, transfer
from neet.referrals import service as referrals
from neet.reports import unmet
from neet.runtime import Runtime

log = logging.getLogger(__name__)
CONVERSATION_TTL = timedelta(days=14)
MAX_BODY = 5000  # longer inbound texts are stored cut to this length
EDUCATION_TYPES = ("fe_course", "traineeship", "supported_internship")
SETS_CHARACTERISTIC = {650: codes.PREGNANT, 630: codes.TEEN_PARENT, 620: codes.CARER}


def _clean(body: str) -> str:
    return (body or "").replace("\x00", "")[:MAX_BODY]


def _store(s: Session, channel: str, address: str, body: str, provider_id: str,
           now: datetime | None, processed: bool = False) -> Message:
    """Add the message; stored at once unless `processed` (then the first flush after it is
    understood inserts it, label and all). The sender's contact point, person, district,
    current activity, conversation and consent on this channel are read in the same query."""
    person = joinedload(ContactPoint.person)
    cp, latest = s.execute(select(ContactPoint, consent.latest_messaging(
        ContactPoint.person_id, ContactPoint.channel)).where(
        ContactPoint.channel == channel, ContactPoint.address == address)
        .options(person.joinedload(Person.district), person.joinedload(Person.current_activity),
                 person.joinedload(Person.conversation))
        .order_by(ContactPoint.valid.desc(), ContactPoint.id.desc()).limit(1)).first() or (
        None, None)
    if cp is not None:
        consent.read_beside(s, cp.person_id, channel, latest)
    msg = Message(channel=channel, direction="in", sender=address, body=_clean(body),
                  provider_id=provider_id, status="received", created_at=now or utcnow(),
                  person_id=cp.person_id if cp else None, contact_point_id=cp.id if cp else None,
                  processed_at=utcnow() if processed else None, attempts=0)
    s.add(msg)
    s.info["sender"] = cp  # held while the message is processed (a weak identity map)
    if not processed:
        s.flush()
    return msg


def _existing(s: Session, channel: str, provider_id: str) -> int | None:
    return s.scalar(select(Message.id).where(Message.channel == channel,
                                             Message.direction == "in",
                                             Message.provider_id == provider_id))


def receive(rt: Runtime, channel: str, address: str, body: str, provider_id: str,
            now: datetime | None = None) -> tuple[int, bool]:
    """Store an inbound message once. Returns (message id, newly stored?)."""
    with rt.sessions() as s:
        try:
            with s.begin():
                return _store(s, channel, address, body, provider_id, now).id, True
        except IntegrityError:
            return _existing(s, channel, provider_id), False


@dataclass(frozen=True)
class Arrival:
    message_id: int
    new: bool
    replies: list  # dispatch.Item: claimed in the transaction, to send once it has committed
    urgent: bool


def arrive(rt: Runtime, channel: str, address: str, body: str, provider_id: str,
           now: datetime | None = None, today: date | None = None) -> Arrival:
    """Store, understand, record and queue the replies in one transaction. The replies are
    queued claimed, so the caller sends them after the commit and records the outcome with
    one update. If understanding fails, the transaction is rolled back and the message is
    stored on its own for the worker to process later; a retried webhook is recognised."""
    from messaging.dispatch import claimed_items

    try:
        with rt.sessions() as s, s.begin():
            msg = _store(s, channel, address, body, provider_id, now, processed=True)
            ids = _process_locked(s, rt, msg, today or today_london(), claim=True)
            return Arrival(msg.id, True, claimed_items(s, ids), msg.label == "crisis")
    except (sa_exc.OperationalError, sa_exc.InterfaceError):
        raise  # the database itself: the caller spools the message
    except IntegrityError:
        with rt.sessions() as s:
            known = _existing(s, channel, provider_id)
        if known is not None:  # a provider's retry of a message already stored
            return Arrival(known, False, [], False)
        log.exception("inbound message could not be processed; stored for the worker")
    except Exception:  # noqa: BLE001 - stored below; the worker processes it again
        log.exception("inbound message could not be processed; stored for the worker")
    mid, new = receive(rt, channel, address, body, provider_id, now)
    return Arrival(mid, new, [], False)


def process(rt: Runtime, message_id: int, today: date | None = None) -> list[int]:
    """Act on a stored inbound message once; returns the ids of replies queued."""
    today = today or today_london()
    with rt.sessions() as s, s.begin():
        msg = s.scalars(select(Message).where(Message.id == message_id)
                        .with_for_update()).first()
        if msg is None or msg.processed_at is not None or msg.direction != "in":
            return []
        return _process_locked(s, rt, msg, today)


def _process_locked(s: Session, rt: Runtime, msg: Message, today: date,
                    claim: bool = False) -> list[int]:
    if msg.processed_at is None:
        msg.processed_at = utcnow()
    if msg.person_id is None:
        return _unknown_sender(s, rt, msg, claim)
    with s.no_autoflush:  # a new message is inserted once, with its label (see _act)
        person = s.get(Person, msg.person_id)  # read with the contact point when just stored
        convo = person.conversation
    if convo is None:
        convo = Conversation(person_id=person.id, state="idle", context={}, unclear_count=0)
        s.add(convo)
    now = utcnow()
    if (convo.expires_at and as_utc(convo.expires_at) < now
            and convo.state != "crisis_hold" and convo.state not in QUIET_STATES):
        convo.state, convo.context, convo.unclear_count = "idle", {}, 0
    u = classify(msg.body, asked=asked_for(convo.state))
    return _act(s, rt, msg, person, convo, u, today, now, claim)


def relabel(rt: Runtime, message_id: int, label: str, actor: str,
            today: date | None = None) -> list[int]:
    """A person in the review queue says what a reply meant: it has the effect the bot's own
    label would have had (a crisis raises the alert and the hold and sends the help numbers;
    a status is recorded; an opt-out is honoured). Returns the ids of replies queued."""
    today = today or today_london()
    with rt.sessions() as s, s.begin():
        msg = s.scalars(select(Message).where(Message.id == message_id).with_for_update()).first()
        if msg is None or msg.direction != "in":
            return []
        audit(s, actor, "review.label", person_id=msg.person_id, entity="message",
              entity_id=msg.id, detail=label)
        seen = classify(msg.body)
        details = seen.details if seen.label == label else det.enrich(label, seen.text, {}, today)
        details = {k: v for k, v in details.items() if k not in ("possible_crisis", "possible_opt_out")}
        u = Understanding(label, {**details, "confirmed_by": actor}, seen.text, 1.0, seen.language)
        person = s.get(Person, msg.person_id) if msg.person_id else None
        if person is None:
            msg.label = label
            if label == "crisis":
                raise_alert(s, "safeguarding", None, msg.id, msg.body, rt.settings.public_base_url)
                return [send.queue(s, rt.settings, None, "crisis", kind="crisis",
                                   address=(msg.channel, msg.sender)).id]
            return []
        convo = s.scalar(select(Conversation).where(Conversation.person_id == person.id))
        if convo is None:
            convo = Conversation(person_id=person.id, state="idle", context={}, unclear_count=0)
            s.add(convo)
        elif convo.state == HELD and not s.scalar(select(ReviewItem.id).where(
                ReviewItem.person_id == person.id, ReviewItem.status == "open",
                ReviewItem.label == "possible_opt_out").limit(1)):
            convo.state = "idle"  # what it was held for is read: the person's label acts
        return _act(s, rt, msg, person, convo, u, today, utcnow())


def _act(s: Session, rt: Runtime, msg: Message, person: Person, convo: Conversation,
         u: Understanding, today: date, now: datetime, claim: bool = False) -> list[int]:
    """Decide and do what one understood reply calls for; queue the replies."""
    msg.label = u.label
    offers, unmet_ask = None, False
    if wants_offers(convo.state, u):
        offers, unmet_ask = _offers(s, person, msg.body, today)
    d = decide(convo.state, convo.context or {}, convo.unclear_count, u, offers, unmet_ask)
    # the conversation moves on before the actions, so a new one is inserted as it ends
    # (a flush an action makes would otherwise insert it, then update it)
    convo.state, convo.context, convo.unclear_count = d.state, d.context, d.unclear_count
    convo.updated_at, convo.expires_at = now, now + CONVERSATION_TTL
    cp = s.get(ContactPoint, msg.contact_point_id) if msg.contact_point_id else None
    _apply(s, rt, d, person, msg, cp, today)
    queued = []
    for template, extra in d.replies:
        kind = "crisis" if template == "crisis" else (
            "confirmation" if extra.pop("confirmation", False) else "reply")
        try:
            queued.append(send.queue(s, rt.settings, person, template, extra, kind=kind,
                                     contact=cp if (cp and cp.valid) else None,
                                     channel=msg.channel, claim=claim).id)
        except send.Blocked as exc:
            log.info("reply %s not sent: %s", template, exc.reason)
    return queued


def _unknown_sender(s: Session, rt: Runtime, msg: Message, claim: bool = False) -> list[int]:
    """Someone we can't match. A crisis still reaches a human and gets the help numbers."""
    u = classify(msg.body)
    msg.label = u.label
    s.flush()  # the message has its id before anything (an alert) refers to it
    if u.label == "crisis":
        raise_alert(s, "safeguarding", None, msg.id, msg.body, rt.settings.public_base_url,
                    language=u.language if u.language != "en" else "")
        return [send.queue(s, rt.settings, None, "crisis", {"language": u.language},
                           kind="crisis", address=(msg.channel, msg.sender), claim=claim).id]
    if "possible_crisis" in u.details:
        raise_alert(s, "possible_crisis", None, msg.id, msg.body, rt.settings.public_base_url,
                    language=u.language)
    if u.label not in ("opt_out", "wrong_number"):
        s.add(ReviewItem(message_id=msg.id, person_id=None, status="open", label="unknown_sender"))
    return []


def _offers(s: Session, person: Person, text: str, today: date) -> tuple[list[dict], bool]:
    """Up to three offers for what they said, and whether they named something that nothing
    in their district offers (then it is recorded as unmet demand)."""
    from db.models import Provision

    catalogue = from_models(s.scalars(select(Provision)))
    q = Query(person.district.name, ages.age_on(person.dob, today), person.send_ehcp, text)
    results = rank(catalogue, q, limit=3, today=today)
    unmet_ask = nothing_fits(q, results)
    if unmet_ask:
        unmet.record(s, text, extract_interests(text), person.district_id, today)
    out = []
    for m in results:
        p = m.provision
        line = offer_line(p.title, p.provider, p.start,
                          "" if p.start == "rolling" else f"{p.start_date:%-d %b}")
        out.append({"id": p.id, "title": p.title[:60], "line": line})
    return out, unmet_ask


def _apply(s: Session, rt: Runtime, d: Decision, person: Person, msg: Message,
           cp: ContactPoint | None, today: date) -> None:
    base = rt.settings.public_base_url
    if any(action != "record_status" or args.get("to_verify") for action, args in d.actions):
        s.flush()  # the message has its id before anything (an alert) refers to it; a
        # status alone does not need it, and the reply's own flush stores it (one flush)
    for action, args in d.actions:
        if action == "safeguarding_alert":
            raise_alert(s, "safeguarding", person, msg.id, msg.body, base,
                        language=args.get("language", ""))
        elif action == "possible_crisis_alert":
            raise_alert(s, "possible_crisis", person, msg.id, msg.body, base,
                        language=args.get("language", ""))
        elif action == "note_for_duty_worker":
            s.add(Alert(person_id=person.id, kind="safeguarding_note",
                        district_id=person.district_id, message_id=msg.id))
        elif action == "opt_out":
            consent.record(s, person.id, msg.channel, False, source="reply", reason="opt-out reply")
        elif action == "opt_in":
            consent.record(s, person.id, msg.channel, True, source="reply", reason="opt-in reply")
        elif action == "wrong_number" and cp is not None:
            cp.valid, cp.invalid_reason = False, "wrong number (reply)"
            person.phone_chase = True
            audit(s, "bot", "contact.invalid", person_id=person.id, entity="contact_point",
                  entity_id=cp.id, detail="wrong number")
        elif action == "record_status":
            _record_status(s, person, args, today, msg.id)
        elif action == "callback":
            raise_alert(s, "callback", person, msg.id, "", base, language=args.get("language", ""))
        elif action == "new_number" and args.get("confirmed_by"):
            # a person confirmed it: the number it came from is on their record already
            audit(s, args["confirmed_by"], "contact.new_number_confirmed", person_id=person.id,
                  entity="message", entity_id=msg.id)
        elif action == "new_number":
            # never by guesswork: a person confirms before the contact moves
            s.add(ReviewItem(message_id=msg.id, person_id=person.id, status="open",
                             label="new_number"))
            audit(s, "bot", "contact.new_number_claimed", person_id=person.id,
                  entity="message", entity_id=msg.id)
        elif action == "human_review":
            s.add(ReviewItem(message_id=msg.id, person_id=person.id, status="open",
                             label=args.get("label", "")))
        elif action == "record_sg_offer":
            from neet import september_guarantee as sg

            sg.record(s, person, offer_type=sg.offer_type_for(args.get("label", ""), args),
                      provider=str(args.get("establishment", "")),
                      intended=msg.body[:120], today=today, source="reply",
                      reporter="parent" if args.get("reporter") == "parent" else "young_person",
                      actor="bot")
        elif action == "chose_provision":
            audit(s, "bot", "provision.chosen", person_id=person.id, entity="provision",
                  entity_id=args["provision_id"])
        elif action == "referral_consent":
            consent.record(s, person.id, "referral", args["granted"], source="reply",
                           kind="referral", reason="asked by the bot")
        elif action == "raise_referral":
            # "wants to return to education" (SEND NEET lead rule): they chose a course
            from db.models import Provision

            chosen = s.get(Provision, d.context["chosen"]) if d.context.get("chosen") else None
            wants_edu = chosen is not None and chosen.type in EDUCATION_TYPES
            routing = referrals.routing_for(s, person, today, asked_for_help=True,
                                            wants_education=wants_edu)
            said = d.context.get("interests_text") or msg.body
            referrals.raise_referral(s, person, routing, said=said, actor="bot", base_url=base,
                                     today=today, provision_id=chosen.id if chosen else None)


def _record_status(s: Session, person: Person, args: dict, today: date,
                   message_id: int | None = None) -> None:
    label = args.get("label", "")
    if args.get("plans_to_leave"):  # a flag for staff, not a CCIS status: raised even unsure
        flag_at_risk(s, person, "bot", today, "said they plan to leave")
    if args.get("to_verify") and message_id is not None:
        # DESIGN.md 3: recorded "to verify", not exported to CCIS until a person confirms
        s.add(ReviewItem(message_id=message_id, person_id=person.id, status="open",
                         label="to_verify"))
        audit(s, "bot", "status.to_verify", person_id=person.id, entity="message",
              entity_id=message_id, detail=f"{label} ({args.get('reporter', 'self')}, "
                                          f"confidence {args.get('confidence', '')})")
        return
    if label == "status:moved_away":
        transfer(s, person, "bot", today, to=str(args.get("establishment", "")))
        return
    code = args.get("code")
    if not code:
        return
    start = date.fromisoformat(args["start_date"]) if args.get("start_date") else None
    new = NewActivity(code=int(code), start=today if code not in (615, 616) else None,
                      ascertained=today, verified=today,
                      review=start if code in (615, 616) else None,
                      establishment=str(args.get("establishment", ""))[:120],
                      note=f"reply: {label}")
    record_activity(s, person, new, source="reply", actor="bot", today=today,
                    reporter="parent" if args.get("reporter") == "parent" else "young_person",
                    confidence=args.get("confidence"))
    extra = SETS_CHARACTERISTIC.get(int(code))
    if extra and extra not in person.characteristic_codes:
        person.characteristics = codes.format_characteristics(person.characteristic_codes | {extra})


def process_pending(rt: Runtime, older_than: timedelta = timedelta(seconds=30),
                    limit: int = 500) -> list[int]:
    """Inbound messages stored but never processed (the process died half-way): process them
    now, oldest first. `process` itself makes a second run a no-op."""
    cutoff = utcnow() - older_than
    with rt.sessions() as s:
        ids = s.scalars(select(Message.id).where(Message.direction == "in",
                                                 Message.processed_at.is_(None),
                                                 Message.created_at <= cutoff)
                        .order_by(Message.id).limit(limit)).all()
    queued: list[int] = []
    for mid in ids:
        queued += process(rt, mid)
    return queued
