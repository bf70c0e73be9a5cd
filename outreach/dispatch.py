"""Sending queued messages through their channel, at most once each.

A message is claimed (queued -> sending) and committed before the provider is called, so a
crash mid-send can never send it twice: a message left in "sending" is reported, not retried.
Consent and validity are checked again at this point (someone may have opted out since)."""

from __future__ import annotations

import logging

from sqlalchemy import select

from db.models import ContactPoint, Message, Person
from neet import consent
from neet.clock import utcnow
from outreach.channels.base import PermanentFailure, TransientFailure
from outreach.send import Blocked, allowed

log = logging.getLogger(__name__)
MAX_TRANSIENT = 5


def channels_for(settings) -> dict:
    if settings.channel_mode == "simulator":
        from outreach.channels.simulator import SimulatorChannel

        return {"sms": SimulatorChannel("sms"), "telegram": SimulatorChannel("telegram")}
    out = {}
    if settings.twilio_account_sid:
        from outreach.channels.twilio_sms import TwilioChannel

        out["sms"] = TwilioChannel(settings)
    if settings.telegram_bot_token:
        from outreach.channels.telegram_bot import TelegramChannel

        out["telegram"] = TelegramChannel(settings)
    return out


def _claim(sessions, ids: list[int] | None, seen: set[int]) -> Message | None:
    with sessions() as s, s.begin():
        q = select(Message).where(Message.direction == "out", Message.status == "queued")
        if ids is not None:
            q = q.where(Message.id.in_(ids))
        if seen:
            q = q.where(Message.id.not_in(seen))
        msg = s.scalars(q.order_by(Message.id).limit(1).with_for_update(skip_locked=True)).first()
        if msg is None:
            return None
        person = s.get(Person, msg.person_id) if msg.person_id else None
        cp = s.get(ContactPoint, msg.contact_point_id) if msg.contact_point_id else None
        kind = msg.label.split(":", 1)[0] if ":" in msg.label else "reply"
        try:
            allowed(s, person, cp, kind)
        except Blocked as exc:
            msg.status, msg.error_code = "blocked", exc.reason[:10]
            return _claim_next_marker(msg)
        msg.status = "sending"
        msg.processed_at = utcnow()
        s.flush()
        s.expunge(msg)
        msg._address = cp.address if cp else msg.sender  # type: ignore[attr-defined]
        return msg


def _claim_next_marker(msg: Message) -> Message:
    msg._blocked = True  # type: ignore[attr-defined]
    return msg


def send_queued(rt, channels: dict, ids: list[int] | None = None, limit: int = 100) -> dict:
    """Send up to `limit` queued messages (or just `ids`). Returns counts by outcome."""
    counts = {"sent": 0, "failed": 0, "blocked": 0, "retry": 0}
    seen: set[int] = set()
    for _ in range(limit):
        msg = _claim(rt.sessions, ids, seen)
        if msg is None:
            break
        seen.add(msg.id)
        if getattr(msg, "_blocked", False):
            counts["blocked"] += 1
            continue
        channel = channels.get(msg.channel)
        status, provider_id, error = "failed", None, "no channel"
        invalidate = opted_out = False
        if channel is not None:
            try:
                res = channel.send(msg._address, msg.body, msg.id)  # type: ignore[attr-defined]
                status, provider_id, error = res.status, res.provider_id, ""
            except TransientFailure as exc:
                status, error = "queued", str(exc)[:10]
            except PermanentFailure as exc:
                status, error = "failed", exc.code[:10]
                invalidate, opted_out = exc.invalidates, exc.opted_out
        with rt.sessions() as s, s.begin():
            m = s.get(Message, msg.id)
            m.provider_id = provider_id
            if status != "queued":
                m.error_code = error
            if status == "queued":
                code = m.error_code or ""
                tries = int(code[1:]) + 1 if code[:1] == "T" and code[1:].isdigit() else 1
                if tries >= MAX_TRANSIENT:
                    m.status, m.error_code = "failed", error
                    counts["failed"] += 1
                else:
                    m.status, m.error_code = "queued", f"T{tries}"
                    counts["retry"] += 1
                continue
            m.status = status
            counts["sent" if status != "failed" else "failed"] += 1
            if m.contact_point_id and (invalidate or opted_out):
                cp = s.get(ContactPoint, m.contact_point_id)
                if invalidate:
                    cp.valid, cp.invalid_reason = False, f"provider error {error}"
                if opted_out and m.person_id:
                    consent.record(s, m.person_id, cp.channel, False, source="provider",
                                   reason=f"provider error {error}", actor="dispatcher")
    return counts
