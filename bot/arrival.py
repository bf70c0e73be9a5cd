"""What every channel webhook does after it has authenticated a request: store the message
exactly once, run the conversation, send the replies. If the database is unreachable the
message goes to the local spool (messaging.spool) and is replayed once the database is back:
a reply is never lost and never answered with a 500."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import exc as sa_exc

from bot import inbound
from messaging import dispatch, spool
from neet.clock import utcnow

log = logging.getLogger(__name__)
DATABASE_DOWN = (sa_exc.OperationalError, sa_exc.InterfaceError, sa_exc.TimeoutError)


def send_now(rt, ids: list[int]) -> None:
    """Send just-queued replies at once if the sender has a slot free soon (a crisis reply
    always goes); anything that fails or would wait stays queued for the worker."""
    if not ids:
        return
    try:
        dispatch.send_queued(rt, dispatch.channels_of(rt), ids=ids, limit=len(ids), wait=False)
    except Exception:  # noqa: BLE001 - the worker sends anything left queued
        log.exception("reply dispatch failed; left for the worker")


def _store_and_act(rt, channel: str, address: str, body: str, provider_id: str,
                   received_at: datetime | None = None) -> dict:
    """One transaction (store, understand, record, queue the replies claimed), then the
    replies are sent and their outcome recorded with one update."""
    got = inbound.arrive(rt, channel, address, body, provider_id, now=received_at)
    try:
        dispatch.send_claimed(rt, dispatch.channels_of(rt), got.replies)
    except Exception:  # noqa: BLE001 - left "sending": crash recovery settles them
        log.exception("reply dispatch failed; left for recovery")
    return {"message_id": got.message_id, "new": got.new, "replies": len(got.replies),
            "urgent": got.urgent}


def handle(rt, channel: str, address: str, body: str, provider_id: str) -> dict:
    now = utcnow()
    try:
        out = _store_and_act(rt, channel, address, body, provider_id, now)
    except DATABASE_DOWN:
        spool.write(rt.settings.spool_dir, {"channel": channel, "address": address,
                                            "body": body, "provider_id": provider_id,
                                            "received_at": now.isoformat()})
        log.warning("database unavailable: inbound message spooled for replay")
        return {"spooled": True}
    replay_spool(rt)
    return out


def replay_spool(rt) -> int:
    """Store and act on spooled messages, oldest first, exactly once each."""
    def store(rec: dict) -> None:
        _store_and_act(rt, str(rec["channel"]), str(rec["address"]), str(rec["body"]),
                       str(rec["provider_id"]), datetime.fromisoformat(rec["received_at"]))

    try:
        n = spool.replay(rt.settings.spool_dir, store)
    except DATABASE_DOWN:
        return 0  # still down: the files wait
    if n:
        log.info("replayed %d spooled inbound messages", n)
    return n
