"""A member of staff takes over the conversation with a young person: their messages go out
through the one send path (consent checked; replies are exempt from quiet hours), and the bot
stays quiet while they have it (a crisis and an opt-out are still acted on at once), until
they hand it back."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import QUIET_STATES, Conversation, Person, StaffUser
from messaging import send
from neet.audit import audit
from neet.config import Settings

WITH_WORKER = "with_worker"
MAX_TEXT = 260  # with the signature, two SMS segments at most


def _conversation(session: Session, person: Person) -> Conversation:
    convo = session.scalar(select(Conversation).where(Conversation.person_id == person.id))
    if convo is None:
        convo = Conversation(person_id=person.id, state="idle", context={}, unclear_count=0)
        session.add(convo)
    return convo


def staff_reply(session: Session, settings: Settings, person: Person, user: StaffUser,
                text: str) -> int:
    """Queue a message from a member of staff; the bot stays quiet from now on."""
    text = " ".join((text or "").split())
    if not 2 <= len(text) <= MAX_TEXT:
        raise ValueError(f"Write a message of up to {MAX_TEXT} characters.")
    convo = _conversation(session, person)
    if convo.state != "crisis_hold":
        convo.state = WITH_WORKER
    convo.context = {**(convo.context or {}), "worker": user.email}
    msg = send.queue(session, settings, person, "staff_message",
                     {"text": text, "staff_name": user.name.split()[0] if user.name else "us"},
                     kind="reply")
    audit(session, user.email, "conversation.staff_reply", person_id=person.id,
          entity="message", entity_id=msg.id)
    return msg.id


def hand_back(session: Session, person: Person, user: StaffUser) -> None:
    """The bot has the conversation again: a member of staff had it, or has read the reply
    it was held for (a possible stop, bot.conversation.HELD)."""
    convo = _conversation(session, person)
    if convo.state in QUIET_STATES:
        convo.state = "idle"
    audit(session, user.email, "conversation.hand_back", person_id=person.id)
