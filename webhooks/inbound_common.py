"""What every channel webhook does after it has authenticated a request: store the message
exactly once, run the conversation, send the replies."""

from __future__ import annotations

import logging

from bot import inbound
from outreach import dispatch

log = logging.getLogger(__name__)


def handle(rt, channel: str, address: str, body: str, provider_id: str) -> dict:
    mid, new = inbound.receive(rt, channel, address, body, provider_id)
    queued = inbound.process(rt, mid)  # idempotent: a retried webhook does nothing twice
    if queued:
        try:
            dispatch.send_queued(rt, dispatch.channels_for(rt.settings), ids=queued,
                                 limit=len(queued))
        except Exception:  # noqa: BLE001 - the worker sends anything left queued
            log.exception("reply dispatch failed; left for the worker")
    return {"message_id": mid, "new": new, "replies": len(queued)}
