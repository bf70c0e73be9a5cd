"""Sending queued messages through their channel, at most once each.

A message is claimed (queued -> sending) and committed before the provider is called, so a
crash mid-send can never send it twice: a message left in "sending" is settled by `reconcile`
(asking the provider), never blindly retried. Consent and validity are checked again at this
point (someone may have opted out since)."""

from __future__ import annotations

import logging
import math
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import timedelta
from typing import NamedTuple

from sqlalchemy import bindparam, select, update

from db.models import QUIET_STATES, Campaign, ContactPoint, Conversation, Message, Person
from db.session import autocommit
from messaging import slots
from messaging.channels.base import PermanentFailure, TransientFailure
from messaging.send import Facts, block_reason
from neet import consent
from neet.clock import as_utc, utcnow

log = logging.getLogger(__name__)
MAX_TRANSIENT = 5
LATENCY = 0.15  # seconds a provider call may take, for sizing the calls in flight


def in_flight_for(rate: float | None) -> int:
    """Provider calls in flight per dispatcher: enough for the rate at a slow provider's
    latency (Twilio answers in ~100-200 ms, so 200/s needs some 30 at once), at least 4."""
    return max(4, min(32, math.ceil((rate or 0) * LATENCY)))


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


BATCH = 50  # messages claimed, booked and recorded together: a quarter second at 200/s


@dataclass(frozen=True)
class Item:
    """A claimed message, with what sending and pacing it needs."""

    id: int
    channel: str
    address: str
    body: str
    lane: str  # slots.LANES: campaign traffic books "bulk", crisis "urgent", the rest "reply"
    campaign_id: int | None
    campaign_rate: float | None
    attempts: int


def _lane(label: str) -> str:
    """The slot lane of a message by its label ("campaign:checkin", "crisis:crisis", ...)."""
    return {"campaign": "bulk", "crisis": "urgent"}.get(_kind(label), "reply")


def _kind(label: str) -> str:
    return label.split(":", 1)[0] if ":" in label else "reply"


def _claim(sessions, ids: list[int] | None, seen: set[int], size: int) -> tuple[list[Item], int]:
    """Claim up to `size` queued messages with one conditional UPDATE (`status = 'queued'` is
    re-checked in the statement itself, so two claimers, whatever the backend, never both win
    a row), re-check consent and validity for the whole batch (one read, one consent query,
    one update of the blocked) and commit: from here on nothing will send them again.
    Returns (claimed, blocked count)."""
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
            return [], 0
        seen.update(won)
        rows = s.execute(
            select(Message.id, Message.channel, Message.label, Message.body, Message.sender,
                   Message.person_id, Message.campaign_id, Message.attempts,
                   ContactPoint.id.label("cp_id"), ContactPoint.address, ContactPoint.valid,
                   ContactPoint.channel.label("cp_channel"), Person.id.label("known"),
                   Person.crisis_hold, Person.transferred_out, Conversation.state,
                   Campaign.send_rate)
            .outerjoin(ContactPoint, ContactPoint.id == Message.contact_point_id)
            .outerjoin(Person, Person.id == Message.person_id)
            .outerjoin(Conversation, Conversation.person_id == Message.person_id)
            .outerjoin(Campaign, Campaign.id == Message.campaign_id)
            .where(Message.id.in_(won)).order_by(Message.id)).all()
        opted = consent.opted_out(s, [r.person_id for r in rows if r.person_id])
        claimed, blocked = [], []
        for r in rows:
            kind = _kind(r.label)
            facts = Facts(r.known is not None, bool(r.crisis_hold), bool(r.transferred_out),
                          r.state in QUIET_STATES)
            reason = block_reason(kind, facts, None if r.cp_id is None else bool(r.valid),
                                  (r.person_id, r.cp_channel) in opted)
            if reason:
                blocked.append({"id": r.id, "status": "blocked", "error_code": reason[:10]})
                continue
            claimed.append(Item(r.id, r.channel, r.address if r.cp_id else r.sender, r.body,
                                _lane(r.label), r.campaign_id, r.send_rate, r.attempts or 0))
        if blocked:
            s.execute(update(Message), blocked)
    return claimed, len(blocked)


def _sender_key(channels: dict, channel: str) -> str:
    return getattr(channels.get(channel), "sender_key", channel)


class Start(NamedTuple):
    """When a claimed message may start (time.monotonic; None: not now, left for the worker)
    and the sender slot it needs: booked at send time when `book_then` (a campaign slower
    than its sender)."""

    at: float | None
    key: str | None = None
    rate: float | None = None
    lane: str = "reply"
    book_then: bool = False


def _schedule(book: slots.SlotBook, channels: dict, batch: list[Item],
              sender_rate: float | None, wait: bool = True) -> list[Start]:
    """When each message of the batch may start, from slots booked in the sender's book (one
    booking per sender, lane and campaign in the batch). A campaign slower than its sender
    books its own slots here and the sender's one at a time when each is due (so the
    sender's book holds only what is really sent then). Without `wait`, a message whose slot
    is too far off gets no start (left for the worker)."""
    plan = [Start(time.monotonic())] * len(batch)
    groups: dict[tuple, list[int]] = {}
    for i, item in enumerate(batch):
        groups.setdefault((item.channel, item.lane, item.campaign_id), []).append(i)
    for (channel, lane, campaign_id), members in groups.items():
        n, key = len(members), f"sender:{_sender_key(channels, channel)}"
        rate = batch[members[0]].campaign_rate if campaign_id is not None else None
        slower = bool(rate and (not sender_rate or rate < sender_rate))
        if not slower:
            rate = sender_rate
        off = book.book(f"campaign:{campaign_id}" if slower else key, n, rate, lane,
                        wait) if rate else 0.0
        base = time.monotonic()  # after booking: a bulk booking may have waited for room
        for k, i in enumerate(members):
            if lane == "urgent" or not rate:  # a crisis message never waits for its slot
                plan[i] = Start(base)
            elif off is None:
                plan[i] = Start(None)
            else:
                plan[i] = Start(base + off + k / rate, key if sender_rate else None,
                                sender_rate, lane, slower)
    return plan


def _send_one(channels: dict, book: slots.SlotBook, item: Item, start: Start) -> tuple:
    if start.at is None:
        return item, "deferred", None, "", False, False
    wait = start.at - time.monotonic()
    if wait > 0:
        time.sleep(wait)
    if start.key and start.book_then:
        wait = book.book(start.key, 1, start.rate, start.lane)
        if wait > 0:
            time.sleep(wait)
    channel = channels.get(item.channel)
    status, provider_id, error, invalidate, opted_out = "failed", None, "no channel", False, False
    if channel is not None:
        try:
            res = channel.send(item.address, item.body, item.id)
            # the provider has it: never "queued" again, whatever it calls the state
            status = "delivered" if res.status == "delivered" else "sent"
            provider_id, error = res.provider_id, ""
        except TransientFailure as exc:
            status, error = "retry", str(exc)[:10]
        except PermanentFailure as exc:
            status, error = "failed", exc.code[:10]
            invalidate, opted_out = exc.invalidates, exc.opted_out
    return item, status, provider_id, error, invalidate, opted_out


def send_queued(rt, channels: dict, ids: list[int] | None = None, limit: int = 100,
                rate: float | None = None, workers: int | None = None, wait: bool = True) -> dict:
    """Send up to `limit` queued messages (or just `ids`) with up to `workers` provider calls
    in flight, within the sender's rate (`rate`, else NEET_SEND_RATE) shared with every other
    worker, and each campaign's own. A pipeline: while one batch is with the provider, the
    next is claimed and booked, and the one before is recorded. Without `wait` (a web request
    answering a reply) a message with no slot free soon is put back for the worker
    ("deferred"). Returns counts by outcome."""
    counts = {"sent": 0, "failed": 0, "blocked": 0, "retry": 0, "deferred": 0}
    sender_rate = rate or rt.settings.send_rate_per_second
    book = slots.book_for(rt)
    seen: set[int] = set()
    done = 0
    in_flight: list = []
    with ThreadPoolExecutor(max_workers=max(1, workers or in_flight_for(sender_rate))) as pool:
        while True:
            batch, blocked = ([], 0) if done >= limit else _claim(
                rt.sessions, ids, seen, min(BATCH, limit - done))
            counts["blocked"] += blocked
            done += len(batch) + blocked
            nxt = []
            if batch:
                plan = _schedule(book, channels, batch, sender_rate, wait)
                nxt = [pool.submit(_send_one, channels, book, item, start)
                       for item, start in zip(batch, plan, strict=True)]
            if in_flight:
                _record(rt, [f.result() for f in in_flight], counts)
            in_flight = nxt
            if not batch and not blocked and not in_flight:
                break
    return counts


def claimed_items(s, ids: list[int]) -> list[Item]:
    """The messages of `ids` queued claimed (send.queue(claim=True)) in the session `s`,
    ready for `send_claimed` once the transaction commits."""
    held = {m.id: m for m in s.info.get("claimed", [])}
    items = []
    for mid in ids:
        m = held.get(mid) or s.get(Message, mid)
        if m is None or m.status != "sending":
            continue
        cp = s.get(ContactPoint, m.contact_point_id) if m.contact_point_id else None
        items.append(Item(m.id, m.channel, cp.address if cp else m.sender, m.body, _lane(m.label),
                          None, None, m.attempts or 0))
    return items


def send_claimed(rt, channels: dict, items: list[Item], wait: bool = False) -> dict:
    """Send messages claimed in a transaction that has committed (a webhook's replies): a
    slot each from the sender's book, booked in a transaction of its own (booked inside the
    webhook's transaction, the sender's row stayed locked while the request waited for its
    commit, and p99 latency tripled at concurrency 8); a crisis reply never waits, others
    wait at most slots.PATIENCE, else they are put back for the worker. Then one update for
    the outcome."""
    counts = {"sent": 0, "failed": 0, "blocked": 0, "retry": 0, "deferred": 0}
    if not items:
        return counts
    book = slots.book_for(rt)
    plan = _schedule(book, channels, items, rt.settings.send_rate_per_second, wait)
    _record(rt, [_send_one(channels, book, item, start)
                          for item, start in zip(items, plan, strict=True)], counts)
    return counts


_OUTCOME = (update(Message.__table__).where(Message.__table__.c.id == bindparam("mid"))
            .values(status=bindparam("status"), provider_id=bindparam("provider_id"),
                    error_code=bindparam("error_code"), attempts=bindparam("attempts")))


def _record(rt, results, counts: dict) -> None:
    """The outcome of a batch: one executemany UPDATE, and the rare invalid number or
    provider-side opt-out recorded on its own. One reply's outcome (a webhook's) is one
    statement, atomic alone: no transaction around it."""
    changes, rejected = [], []
    for item, status, provider_id, error, invalidate, opted_out in results:
        attempts = item.attempts + 1
        if status == "deferred":  # never offered to the provider: queued again as it was
            changes.append({"mid": item.id, "status": "queued", "provider_id": None,
                            "error_code": "", "attempts": item.attempts})
            counts["deferred"] += 1
            continue
        if status == "retry":
            status = "failed" if attempts >= MAX_TRANSIENT else "queued"
            counts["failed" if status == "failed" else "retry"] += 1
        else:
            counts["sent" if status != "failed" else "failed"] += 1
            if invalidate or opted_out:
                rejected.append((item.id, error, invalidate, opted_out))
        changes.append({"mid": item.id, "status": status, "provider_id": provider_id,
                        "error_code": error, "attempts": attempts})
    if len(changes) == 1 and not rejected:
        with autocommit(rt.engine).connect() as c:
            c.execute(_OUTCOME, changes)
        return
    with rt.sessions() as s, s.begin():
        s.connection().execute(_OUTCOME, changes)  # Core: no ORM bulk machinery per batch
        for mid, error, invalidate, opted_out in rejected:
            m = s.get(Message, mid)
            if not m.contact_point_id:
                continue
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
