"""Unmet demand for the January gap analysis: what young people asked for that nothing in
their district offered, by district and by interest, over a period."""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import District, UnmetDemand


def record(session: Session, asked: str, interests: list[str], district_id: int,
           today: date) -> None:
    session.add(UnmetDemand(asked=" ".join(asked.split())[:300],
                            interests=", ".join(interests)[:300], district_id=district_id,
                            asked_on=today))


def report(session: Session, since: date, until: date,
           districts: set[int] | None = None) -> dict:
    """Counts by district and by interest (a vocabulary group, else the words asked)."""
    q = (select(District.name, UnmetDemand.interests, UnmetDemand.asked)
         .join(District, District.id == UnmetDemand.district_id)
         .where(UnmetDemand.asked_on >= since, UnmetDemand.asked_on <= until))
    if districts is not None:
        q = q.where(UnmetDemand.district_id.in_(districts))
    by_district: Counter = Counter()
    by_interest: Counter = Counter()
    rows: Counter = Counter()
    for district, interests, asked in session.execute(q):
        what = interests or asked.lower()
        by_district[district] += 1
        by_interest[what] += 1
        rows[(district, what)] += 1
    return {"since": since.isoformat(), "until": until.isoformat(),
            "total": sum(by_district.values()),
            "by_district": dict(by_district.most_common()),
            "by_interest": dict(by_interest.most_common()),
            "rows": [{"district": d, "asked_for": w, "times": n}
                     for (d, w), n in rows.most_common()]}
