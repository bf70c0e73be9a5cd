"""NSS contract KPIs (DESIGN.md section 5), computed from referral records. Pure functions
over plain rows; `load` is the only I/O."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Activity, District, Person, Referral
from neet import codes
from neet.clock import london_date
from neet.referrals.clocks import working_days


@dataclass(frozen=True)
class Ref:
    raised: date
    assessed: date | None
    closed: date | None
    eet_code: int | None
    re_referral: bool
    still_eet: bool  # the person's current activity is EET
    district: str = ""


def _in(d: date | None, start: date, end: date) -> bool:
    return d is not None and start <= d <= end


def compute(refs: list[Ref], start: date, end: date) -> dict:
    def open_on(r: Ref, day: date) -> bool:
        return r.raised <= day and (r.closed is None or r.closed > day)

    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    open_end = [r for r in refs if open_on(r, end)]
    long_open = [r for r in open_end if (end - r.raised).days > 84]
    new = [r for r in refs if _in(r.raised, start, end)]
    due = [r for r in refs if working_days(r.raised, end) >= 20 or r.assessed]
    due = [r for r in due if _in(r.raised, start - timedelta(days=60), end)]
    assessed_in_time = [r for r in due if r.assessed and working_days(r.raised, r.assessed) <= 20]
    closed = [r for r in refs if _in(r.closed, start, end)]
    matched = [r for r in closed if r.eet_code]
    cohort3 = [r for r in refs if r.eet_code and r.closed and
               _in(r.closed + timedelta(days=91), start, end)]

    def pct(a: int, b: int) -> float | None:
        return round(100 * a / b, 1) if b else None

    pct65 = pct(len(long_open), len(open_end))
    return {
        "period": {"from": start.isoformat(), "to": end.isoformat()},
        "61_referrals": len(new),
        "63_average_supported": round(sum(sum(open_on(r, d) for r in refs) for d in days)
                                      / len(days), 1),
        "65_pct_open_over_12_weeks": pct65,
        "65_rag": rag("65_pct_open_over_12_weeks", pct65),
        "69_pct_assessed_within_20_working_days": pct(len(assessed_in_time), len(due)),
        "70_pct_matched_to_eet": pct(len(matched), len(closed)),
        "72_pct_engaged_after_3_months": pct(sum(r.still_eet for r in cohort3), len(cohort3)),
        "75_re_referrals": sum(r.re_referral for r in new),
    }


def load(session: Session, district_ids: set[int] | None = None) -> list[Ref]:
    """Every referral as a Ref; only those of `district_ids` when given (a worker's scope)."""
    q = (select(Referral, Activity.code, District.name)
         .join(Person, Person.id == Referral.person_id)
         .join(District, District.id == Referral.district_id)
         .outerjoin(Activity, Activity.id == Person.current_activity_id))
    if district_ids is not None:
        q = q.where(Referral.district_id.in_(district_ids))
    return [Ref(london_date(r.raised_at), london_date(r.assessed_at), london_date(r.closed_at), r.eet_code, r.is_re_referral,
                code is not None and codes.group_of(code) is codes.Group.EET, district)
            for r, code, district in session.execute(q)]


# RAG for the percentage KPIs: (green from, amber from, higher is better). KPI 65's band is
# DESIGN.md's (green at 20% or less); the others are defaults for the council's contract.
RAG_BANDS: dict[str, tuple[float, float, bool]] = {
    "65_pct_open_over_12_weeks": (20.0, 30.0, False),
    "69_pct_assessed_within_20_working_days": (90.0, 75.0, True),
    "70_pct_matched_to_eet": (60.0, 45.0, True),
    "72_pct_engaged_after_3_months": (70.0, 55.0, True),
}


def rag(kpi: str, value: float | None) -> str | None:
    if value is None or kpi not in RAG_BANDS:
        return None
    green, amber, higher = RAG_BANDS[kpi]
    if higher:
        return "green" if value >= green else "amber" if value >= amber else "red"
    return "green" if value <= green else "amber" if value <= amber else "red"


def by_place(refs: list[Ref], area_of: dict[str, str], start: date, end: date) -> dict:
    """The KPIs for each district, each area and all of them together, each with its RAG."""
    def figures(rs: list[Ref]) -> dict:
        k = compute(rs, start, end)
        k["rag"] = {name: rag(name, k[name]) for name in RAG_BANDS}
        return k

    districts = sorted({r.district for r in refs})
    areas = sorted({area_of.get(d, "") for d in districts})
    return {"districts": {d: figures([r for r in refs if r.district == d]) for d in districts},
            "areas": {a: figures([r for r in refs if area_of.get(r.district, "") == a])
                      for a in areas},
            "all": figures(refs)}
