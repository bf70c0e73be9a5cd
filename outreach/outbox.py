"""Turning due outbox rows into messages, inside quiet hours, each row exactly once.

A due row is locked (FOR UPDATE SKIP LOCKED, so several workers on PostgreSQL never take the
same row), its message is queued through the single send path and the row marked done, in
one transaction. The dispatcher then sends the queued messages (see messaging.dispatch)."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta

from sqlalchemy import select, update

from db.models import Campaign, OutboxItem
from messaging import dispatch, send
from neet.clock import utcnow
from outreach import quiet
from outreach.campaigns import ASKS


def plan_due(rt, now: datetime | None = None, limit: int = 500) -> list[int]:
    """Queue messages for up to `limit` due rows; returns the queued message ids."""
    now = now or utcnow()
    st = rt.settings
    if not quiet.allowed(now, st.timezone, st.quiet_start, st.quiet_end, st.quiet_sundays):
        nxt = quiet.next_allowed(now, st.timezone, st.quiet_start, st.quiet_end, st.quiet_sundays)
        with rt.sessions() as s, s.begin():
            s.execute(update(OutboxItem).where(OutboxItem.status == "pending",
                                               OutboxItem.due_at <= now).values(due_at=nxt))
        return []
    ids: list[int] = []
    with rt.sessions() as s, s.begin():
        items = s.execute(
            select(OutboxItem.id, OutboxItem.person_id, OutboxItem.step, Campaign.id,
                   Campaign.template, Campaign.channel)
            .join(Campaign, Campaign.id == OutboxItem.campaign_id)
            .where(OutboxItem.status == "pending", OutboxItem.due_at <= now,
                   Campaign.status == "live")
            .order_by(OutboxItem.due_at, OutboxItem.id).limit(limit)
            .with_for_update(skip_locked=True, of=OutboxItem)).all()
        if not items:
            return ids
        templates = [template if step == 0 else "reminder"
                     for _, _, step, _, template, _ in items]
        asks = [send.Request(person_id, template, "campaign",
                             None if channel == "auto" else channel, cid)
                for (_, person_id, _, cid, _, channel), template in zip(items, templates, strict=True)]
        changes = []
        for (item_id, person_id, *_), template, got in zip(
                items, templates, send.queue_many(s, st, asks, now), strict=True):
            if isinstance(got, send.Blocked):
                changes.append({"id": item_id, "status": "skipped", "last_error": got.reason})
                continue
            changes.append({"id": item_id, "status": "done", "message_id": got,
                            "claimed_at": now})
            ids.append(got)
            if template in ASKS:
                _expect(s, person_id, ASKS[template], now)
        s.execute(update(OutboxItem), changes)
    return ids


def run(rt, channels: dict, now: datetime | None = None, limit: int = 500,
        rate: float | None = None, until_idle: bool = False,
        deadline: float | None = None) -> dict:
    """Plan due rows and send them (each campaign at its own rate, within the sender's:
    `rate`, else NEET_SEND_RATE). With `until_idle`, go on round after round until nothing is
    due (or time.monotonic() passes `deadline`), planning the next round while this one is
    being sent, so the sender never waits for the planning."""
    counts: dict[str, int] = {"planned": 0}
    with ThreadPoolExecutor(max_workers=1) as planner:
        ids = plan_due(rt, now, limit)
        while ids:
            more = until_idle and (deadline is None or time.monotonic() < deadline)
            ahead = planner.submit(plan_due, rt, now, limit) if more else None
            got = dispatch.send_queued(rt, channels, ids=ids, limit=len(ids), rate=rate)
            counts["planned"] += len(ids)
            for k, v in got.items():
                counts[k] = counts.get(k, 0) + v
            ids = ahead.result() if ahead else []
    return counts


def _expect(s, person_id: int, state: str, now: datetime) -> None:
    """The campaign asked its own question: the reply is read as an answer to it."""
    from db.models import Conversation

    convo = s.scalar(select(Conversation).where(Conversation.person_id == person_id))
    if convo is None:
        s.add(Conversation(person_id=person_id, state=state, context={}, updated_at=now,
                           expires_at=now + ANSWER_WINDOW))
    elif convo.state in ("idle", "awaiting_status", "closed"):  # never over a crisis or staff
        convo.state, convo.updated_at, convo.expires_at = state, now, now + ANSWER_WINDOW


ANSWER_WINDOW = timedelta(days=14)  # a reply after this is read afresh
