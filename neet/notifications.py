"""Raising notifications: an alert or a referral becomes durable deliveries, one per active
endpoint of its district and one per county-wide endpoint, written in the caller's
transaction. The core only records them; webhooks.outbound delivers them (signed, retried)."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db.models import WebhookDelivery, WebhookEndpoint

PRIORITY_SAFEGUARDING, PRIORITY_REFERRAL, PRIORITY_INFO = 0, 5, 9


def notify(session: Session, event: str, payload: dict, *, district_id: int | None,
           key: str, priority: int = PRIORITY_REFERRAL, services: tuple[str, ...] = ()) -> int:
    """Queue the event for every active general endpoint of the district and every county-wide
    one, and for the endpoints of the specialist `services` it concerns (theirs county-wide
    or of this district)."""
    in_district = or_(WebhookEndpoint.district_id.is_(None),
                      WebhookEndpoint.district_id == district_id)
    wanted = WebhookEndpoint.service == ""
    if services:
        wanted = or_(wanted, WebhookEndpoint.service.in_(services))
    endpoints = session.scalars(select(WebhookEndpoint).where(
        WebhookEndpoint.active.is_(True), in_district, wanted).order_by(WebhookEndpoint.id))
    n = 0
    for ep in endpoints:
        session.add(WebhookDelivery(endpoint_id=ep.id, event=event, payload=payload,
                                    idempotency_key=f"{key}:{ep.id}"[:64], priority=priority))
        n += 1
    return n
