"""The nightly currency sweep: who lapsed since yesterday, and the standing chase campaign."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import insert, select

from db.models import Campaign, OutboxItem
from neet import currency
from neet.audit import audit
from neet.clock import utcnow
from outreach import audience


def run(rt, today: date) -> dict:
    with rt.sessions() as s, s.begin():
        snaps = audience.load_snapshots(s)
        lapsed_today = [x for x in snaps if x.record is not None
                        and currency.is_lapsed(x.record, today)
                        and not currency.is_lapsed(x.record, today - timedelta(days=1))]
        standing = s.scalars(select(Campaign).where(Campaign.status == "live")).all()
        added = 0
        for c in standing:
            if not (c.cadence or {}).get("standing") or c.audience.get("kind") != "not_known":
                continue
            sel = audience.select_audience(lapsed_today, audience.Rule.from_dict(c.audience),
                                           today, utcnow())
            have = set(s.scalars(select(OutboxItem.person_id).where(OutboxItem.campaign_id == c.id)))
            rows = [{"campaign_id": c.id, "person_id": x.person_id, "step": 0, "status": "pending",
                     "due_at": utcnow(), "attempts": 0, "last_error": ""}
                    for x in sel.recipients if x.person_id not in have]
            if rows:
                s.execute(insert(OutboxItem.__table__), rows)
                added += len(rows)
        audit(s, "worker", "currency.sweep", detail=f"{len(lapsed_today)} lapsed, {added} queued")
    return {"lapsed_today": len(lapsed_today), "added_to_standing": added}
