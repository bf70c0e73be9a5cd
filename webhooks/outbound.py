"""Delivering caseworker notifications: signed, retried, dead-lettered.

The core raises a notification (neet.notifications.notify writes one delivery per matching
endpoint in the caller's transaction, so a referral or an alert and its notification commit
together); this module, at the edge, sends them. `deliver_due` sends what is due,
highest priority first (0 = safeguarding), logs every attempt, backs off exponentially and
dead-letters after MAX_ATTEMPTS. Delivery is at least once; receivers de-duplicate on the
Idempotency-Key header, which never changes between retries.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from urllib.parse import urlsplit

import requests
from sqlalchemy import select

from db.models import WebhookAttempt, WebhookDelivery, WebhookEndpoint
from neet.clock import utcnow
from webhooks.signing import sign

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 8
BASE_DELAY = timedelta(seconds=30)
MAX_DELAY = timedelta(hours=1)
TIMEOUT_SECONDS = 10


LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


def endpoint_url_problem(url: str, allow_loopback_http: bool) -> str | None:
    """Why a caseworker endpoint URL is not acceptable, or None. Parsed, not prefix-matched:
    `http://127.0.0.1@evil.example/` (a user name) and `http://127.0.0.1.evil.example/` (a
    look-alike host) are both refused."""
    if len(url) > 300 or any(ord(ch) < 33 or ch in "\\\x7f" for ch in url):
        return "The URL is too long or has spaces or control characters."
    try:
        parts = urlsplit(url)
        host, _port = parts.hostname, parts.port
    except ValueError:
        return "That is not a valid URL."
    if not host or parts.username is not None or parts.password is not None or "@" in parts.netloc:
        return "Give a URL with a host name and no user name or password."
    if parts.scheme == "https":
        return None
    if parts.scheme == "http" and allow_loopback_http and host in LOOPBACK_HOSTS:
        return None
    return "Webhook URLs must use https."


def backoff(attempts: int) -> timedelta:
    return min(BASE_DELAY * (2 ** max(attempts - 1, 0)), MAX_DELAY)


Poster = Callable[[str, bytes, dict, float], int]


def http_post(url: str, body: bytes, headers: dict, timeout: float) -> int:
    return requests.post(url, data=body, headers=headers, timeout=timeout).status_code


def _attempt(ep: WebhookEndpoint, d: WebhookDelivery, post: Poster,
             timeout: float) -> tuple[int | None, str]:
    body = json.dumps({"event": d.event, "id": d.idempotency_key, "data": d.payload},
                      sort_keys=True).encode()
    ts = int(time.time())
    headers = {"Content-Type": "application/json", "X-Neet-Event": d.event,
               "X-Neet-Timestamp": str(ts), "X-Neet-Signature": sign(ep.secret, ts, body),
               "Idempotency-Key": d.idempotency_key, "User-Agent": "neet-outreach-webhooks/1"}
    try:
        return post(ep.url, body, headers, timeout), ""
    except requests.RequestException as exc:
        return None, type(exc).__name__


def deliver_urgent_now(sessions) -> None:
    """A crisis has just been raised: deliver safeguarding notifications now, in the
    background, instead of at the worker's next round (the webhook answers at once)."""
    def run() -> None:
        try:
            deliver_due(sessions, limit=10, max_priority=0)
        except Exception:  # noqa: BLE001 - the worker's round delivers anything left
            log.exception("urgent delivery failed; left for the worker")

    threading.Thread(target=run, name="urgent-notifications", daemon=True).start()


def deliver_due(sessions, now: datetime | None = None, limit: int = 50,
                post: Poster = http_post, timeout: float = TIMEOUT_SECONDS,
                max_priority: int | None = None) -> dict[str, int]:
    """Send up to `limit` due deliveries, one row lock and one transaction each
    (`max_priority=0`: safeguarding only)."""
    counts = {"delivered": 0, "retry": 0, "dead": 0}
    for _ in range(limit):
        with sessions() as s, s.begin():
            d = s.scalars(select(WebhookDelivery)
                          .where(WebhookDelivery.status == "pending",
                                 WebhookDelivery.next_attempt_at <= (now or utcnow()),
                                 WebhookDelivery.priority <= (99 if max_priority is None
                                                              else max_priority))
                          .order_by(WebhookDelivery.priority, WebhookDelivery.next_attempt_at,
                                    WebhookDelivery.id)
                          .limit(1).with_for_update(skip_locked=True)).first()
            if d is None:
                break
            ep = s.get(WebhookEndpoint, d.endpoint_id)
            if ep is None or not ep.active:  # switched off since it was queued: never sent
                d.status = "cancelled"
                counts["cancelled"] = counts.get("cancelled", 0) + 1
                continue
            status, error = _attempt(ep, d, post, timeout)
            d.attempts += 1
            s.add(WebhookAttempt(delivery_id=d.id, status_code=status, error=error[:200]))
            if status is not None and 200 <= status < 300:
                d.status, d.delivered_at = "delivered", utcnow()
                counts["delivered"] += 1
            elif d.attempts >= MAX_ATTEMPTS or (status is not None and status in (400, 410, 422)):
                d.status = "dead"
                counts["dead"] += 1
                log.warning("webhook delivery %s dead-lettered after %d attempts", d.id, d.attempts)
            else:
                d.next_attempt_at = (now or utcnow()) + backoff(d.attempts)
                counts["retry"] += 1
    return counts
