"""Turning due outbox rows into messages, inside quiet hours, each row exactly once.

A due row is locked (FOR UPDATE SKIP LOCKED, so several workers on PostgreSQL never take the
same row), its message is queued through the single send path and the row marked done, in
one transaction. The dispatcher then sends the queued messages (see messaging.dispatch)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, update

from db.models import Campaign, Message, OutboxItem, Person
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
        items = s.scalars(
            select(OutboxItem).join(Campaign, Campaign.id == OutboxItem.campaign_id)
            .where(OutboxItem.status == "pending", OutboxItem.due_at <= now,
                   Campaign.status == "live")
            .order_by(OutboxItem.due_at, OutboxItem.id).limit(limit)
            .with_for_update(skip_locked=True, of=OutboxItem)).all()
        campaigns: dict[int, Campaign] = {}
        for item in items:
            c = campaigns.get(item.campaign_id) or s.get(Campaign, item.campaign_id)
            campaigns[c.id] = c
            person = s.get(Person, item.person_id)
            template = c.template if item.step == 0 else "reminder"
            try:
                msg = send.queue(s, st, person, template, kind="campaign",
                                 channel=None if c.channel == "auto" else c.channel,
                                 campaign_id=c.id, now=now)
            except send.Blocked as exc:
                item.status, item.last_error = "skipped", exc.reason
                continue
            item.status, item.message_id, item.claimed_at = "done", msg.id, now
            ids.append(msg.id)
            if template in ASKS:
                _expect(s, person.id, ASKS[template], now)
    return ids


def run(rt, channels: dict, now: datetime | None = None, limit: int = 500,
        rate: float | None = None) -> dict:
    """One dispatch round: plan due rows, then send each campaign's messages at that
    campaign's own rate, never above the sender's (`rate`, else NEET_SEND_RATE)."""
    ids = plan_due(rt, now, limit)
    ceiling = rate or rt.settings.send_rate_per_second
    counts: dict[str, int] = {}
    for campaign_rate, batch in _by_campaign_rate(rt, ids):
        got = dispatch.send_queued(rt, channels, ids=batch, limit=len(batch),
                                   rate=min(campaign_rate or ceiling, ceiling))
        for k, v in got.items():
            counts[k] = counts.get(k, 0) + v
    return {"planned": len(ids), **counts}


def _by_campaign_rate(rt, ids: list[int]) -> list[tuple[float | None, list[int]]]:
    if not ids:
        return []
    with rt.sessions() as s:
        rows = s.execute(select(Message.id, Campaign.send_rate)
                         .join(Campaign, Campaign.id == Message.campaign_id)
                         .where(Message.id.in_(ids))).all()
    groups: dict[float | None, list[int]] = {}
    for mid, campaign_rate in rows:
        groups.setdefault(campaign_rate, []).append(mid)
    return sorted(groups.items(), key=lambda g: g[1][0])


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
