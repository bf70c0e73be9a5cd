"""HMAC-SHA256 signatures for outbound caseworker notifications, with a timestamp so a
captured request cannot be replayed later. Receivers use `verify` (see README)."""

from __future__ import annotations

import hashlib
import hmac
import time

TOLERANCE_SECONDS = 300


def sign(secret: str, timestamp: int, body: bytes) -> str:
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return "v1=" + mac.hexdigest()


def verify(secret: str, timestamp: str, body: bytes, signature: str,
           now: float | None = None, tolerance: int = TOLERANCE_SECONDS) -> bool:
    """True only for a correct signature made within `tolerance` seconds of now."""
    try:
        ts = int(timestamp)
    except (TypeError, ValueError):
        return False
    if abs((now if now is not None else time.time()) - ts) > tolerance:
        return False
    return hmac.compare_digest(sign(secret, ts, body), signature or "")
