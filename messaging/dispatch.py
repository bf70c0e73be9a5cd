"""Sending queued messages through their channel, at most once each.

A message is claimed (queued -> sending) and committed before the provider is called, so a
crash mid-send can never send it twice: a message left in "sending" is settled by `reconcile`
(asking the provider), never blindly retried. Consent and validity are checked again at this
point (someone may have opted out since)."""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

from sqlalchemy import select, update

from db.models import Campaign, ContactPoint, Message, Person
from messaging.channels.base import PermanentFailure, TransientFailure
from messaging.send import Blocked, allowed
from neet import consent
from neet.clock import as_utc, utcnow

log = logging.getLogger(__name__)
MAX_TRANSIENT = 5
SENDERS = 4  # provider calls in flight per dispatcher: real providers answer in ~100 ms, so
# a few calls in flight keep the rate ceiling reachable; the rate limit still applies


def channels_of(rt) -> dict:
    """The runtime's channels, built once per process (SDK clients keep their connections)."""
    if "channels" not in rt.cache:
        rt.cache["channels"] = channels_for(rt.settings)
    return rt.cache["channels"]


def channels_for(settings) -> dict:
    if settings.channel_mode == "simulator":
        from messaging.channels.simulator import SimulatorChannel

        return {"sms": SimulatorChannel("sms"), "telegram": SimulatorChannel("telegram")}
    out = {}
    if settings.twilio_account_sid:
        from messaging.channels.twilio_sms import TwilioChannel

        out["sms"] = TwilioChannel(settings)
    if settings.telegram_bot_token:
        from messaging.channels.telegram_bot import TelegramChannel

        out["telegram"] = TelegramChannel(settings)
    return out


BATCH = 50


def _claim(sessions, ids: list[int] | None, seen: set[int], size: int) -> tuple[list, int]:
    """Claim up to `size` queued messages with one conditional UPDATE (`status = 'queued'` is
    re-checked in the statement itself, so two claimers, whatever the backend, never both win
    a row), re-check the claimed ones and commit: from here on nothing will send them again.
    Returns (claimed, blocked count)."""
    claimed, blocked = [], 0
    with sessions() as s, s.begin():
        live = select(Campaign.id).where(Campaign.status == "live")
        pick = select(Message.id).where(Message.direction == "out", Message.status == "queued",
                                        Message.campaign_id.is_(None) | Message.campaign_id.in_(live))
        if ids is not None:
            pick = pick.where(Message.id.in_(ids))
        if seen:
            pick = pick.where(Message.id.not_in(seen))
        # a materialised CTE: PostgreSQL may rescan an IN (... LIMIT n SKIP LOCKED) subquery
        # and so claim more than n rows; the CTE is evaluated exactly once
        picked = (pick.order_by(Message.id).limit(size).with_for_update(skip_locked=True)
                  .cte("picked").prefix_with("MATERIALIZED"))
        won = s.scalars(
            update(Message).where(Message.id.in_(select(picked.c.id)),
                                  Message.status == "queued")
            .values(status="sending", processed_at=utcnow()).returning(Message.id),
            execution_options={"synchronize_session": False}).all()
        if not won:
            return claimed, blocked
        for msg in s.scalars(select(Message).where(Message.id.in_(won)).order_by(Message.id)
                             .execution_options(populate_existing=True)):
            seen.add(msg.id)
            person = s.get(Person, msg.person_id) if msg.person_id else None
            cp = s.get(ContactPoint, msg.contact_point_id) if msg.contact_point_id else None
            kind = msg.label.split(":", 1)[0] if ":" in msg.label else "reply"
            try:
                allowed(s, person, cp, kind)
            except Blocked as exc:
                msg.status, msg.error_code = "blocked", exc.reason[:10]
                blocked += 1
                continue
            claimed.append((msg.id, msg.channel, cp.address if cp else msg.sender, msg.body))
    return claimed, blocked


class _Pacer:
    """At most `rate` starts per second across threads (None: no limit)."""

    def __init__(self, rate: float | None):
        self.interval = 1.0 / rate if rate else 0.0
        self.next_at = time.monotonic()
        self.lock = threading.Lock()

    def wait(self) -> None:
        if not self.interval:
            return
        with self.lock:
            now = time.monotonic()
            at = max(self.next_at, now)
            self.next_at = at + self.interval
        if at > now:
            time.sleep(at - now)


def _send_one(channels: dict, pacer: _Pacer, item) -> tuple:
    mid, channel_name, address, body = item
    pacer.wait()
    channel = channels.get(channel_name)
    status, provider_id, error, invalidate, opted_out = "failed", None, "no channel", False, False
    if channel is not None:
        try:
            res = channel.send(address, body, mid)
            # the provider has it: never "queued" again, whatever it calls the state
            status = "delivered" if res.status == "delivered" else "sent"
            provider_id, error = res.provider_id, ""
        except TransientFailure as exc:
            status, error = "retry", str(exc)[:10]
        except PermanentFailure as exc:
            status, error = "failed", exc.code[:10]
            invalidate, opted_out = exc.invalidates, exc.opted_out
    return mid, status, provider_id, error, invalidate, opted_out


def send_queued(rt, channels: dict, ids: list[int] | None = None, limit: int = 100,
                rate: float | None = None, workers: int = SENDERS) -> dict:
    """Send up to `limit` queued messages (or just `ids`), at most `rate` per second, with up
    to `workers` provider calls in flight. Returns counts by outcome."""
    counts = {"sent": 0, "failed": 0, "blocked": 0, "retry": 0}
    seen: set[int] = set()
    pacer = _Pacer(rate)
    done = 0
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        while done < limit:
            batch, blocked = _claim(rt.sessions, ids, seen, min(BATCH, limit - done))
            counts["blocked"] += blocked
            done += len(batch) + blocked
            if not batch:
                if blocked:
                    continue
                break
            if len(batch) == 1 or workers <= 1:
                results = [_send_one(channels, pacer, item) for item in batch]
            else:
                results = list(pool.map(lambda item: _send_one(channels, pacer, item), batch))
            _record(rt.sessions, results, counts)
    return counts


def _record(sessions, results, counts: dict) -> None:
    with sessions() as s, s.begin():
        for mid, status, provider_id, error, invalidate, opted_out in results:
            m = s.get(Message, mid)
            m.provider_id = provider_id
            m.attempts = (m.attempts or 0) + 1
            if status == "retry":
                m.status = "failed" if m.attempts >= MAX_TRANSIENT else "queued"
                m.error_code = error
                counts["failed" if m.status == "failed" else "retry"] += 1
                continue
            m.status, m.error_code = status, error
            counts["sent" if status != "failed" else "failed"] += 1
            if m.contact_point_id and (invalidate or opted_out):
                cp = s.get(ContactPoint, m.contact_point_id)
                if invalidate:
                    cp.valid, cp.invalid_reason = False, f"provider error {error}"
                if opted_out and m.person_id:
                    consent.record(s, m.person_id, cp.channel, False, source="provider",
                                   reason=f"provider error {error}", actor="dispatcher")


CLOCK_SKEW = timedelta(seconds=30)  # provider clocks differ a little from ours


def reconcile(rt, channels: dict, older_than: timedelta = timedelta(minutes=2)) -> dict:
    """After a crash: a message left in "sending" was either accepted by the provider or not.
    Ask the provider (channels with `find_sent`), one message at a time in its own
    transaction, so one that cannot be settled never holds up the others; mark it sent, or
    queue it again. A provider message is matched only if it was created after our claim and
    its id is not already recorded on another message. Channels that cannot say are marked
    "unknown" and never resent: a missed message is reported, a duplicate is never risked."""
    counts = {"found": 0, "requeued": 0, "unknown": 0, "skipped": 0, "errors": 0}
    cutoff = utcnow() - older_than
    with rt.sessions() as s:
        stuck = s.scalars(select(Message.id).where(Message.direction == "out",
                                                   Message.status == "sending",
                                                   Message.processed_at <= cutoff)
                          .order_by(Message.id)).all()
    for mid in stuck:
        try:
            counts[_settle(rt, channels, mid)] += 1
        except Exception as exc:  # noqa: BLE001 - stays "sending"; the next round tries again
            log.warning("could not settle message %s: %s", mid, type(exc).__name__)
            counts["errors"] += 1
    return counts


def _settle(rt, channels: dict, mid: int) -> str:
    with rt.sessions() as s, s.begin():
        m = s.scalars(select(Message).where(Message.id == mid, Message.status == "sending")
                      .with_for_update(skip_locked=True)).first()
        if m is None:
            return "skipped"  # settled meanwhile, or another worker is settling it
        ch = channels.get(m.channel)
        cp = s.get(ContactPoint, m.contact_point_id) if m.contact_point_id else None
        finder = getattr(ch, "find_sent", None)
        if finder is None or cp is None:
            m.status = "unknown"
            return "unknown"
        known = set(s.scalars(select(Message.provider_id).where(
            Message.channel == m.channel, Message.direction == "out",
            Message.contact_point_id == cp.id, Message.provider_id.is_not(None))))
        found = finder(cp.address, m.body, as_utc(m.processed_at) - CLOCK_SKEW, known)
        if found:
            m.status, m.provider_id = "sent", found
            return "found"
        m.status = "queued"
        return "requeued"
