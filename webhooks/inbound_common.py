"""What every channel webhook does after it has authenticated a request: store the message
exactly once, run the conversation, send the replies."""

from __future__ import annotations

import logging

from bot import inbound
from outreach import dispatch

log = logging.getLogger(__name__)


def send_now(rt, ids: list[int]) -> None:
    """Send just-queued replies at once; anything that fails stays queued for the worker."""
    if not ids:
        return
    try:
        dispatch.send_queued(rt, dispatch.channels_of(rt), ids=ids, limit=len(ids))
    except Exception:  # noqa: BLE001 - the worker sends anything left queued
        log.exception("reply dispatch failed; left for the worker")


def handle(rt, channel: str, address: str, body: str, provider_id: str) -> dict:
    mid, new = inbound.receive(rt, channel, address, body, provider_id)
    queued = inbound.process(rt, mid)  # idempotent: a retried webhook does nothing twice
    send_now(rt, queued)
    return {"message_id": mid, "new": new, "replies": len(queued)}
