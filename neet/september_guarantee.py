"""The September Guarantee (DESIGN.md 9): every Year 11 and Year 12 young person should have
an offer of a suitable place for the following September. The cohort is set on 31 May: those
in Years 11 and 12 then, on the cohort by then, not moved away by then. Offers are recorded
with their type and provider, and the intended destination; the figure is the share of the
cohort with an offer. `cohort`, `figures` and `september_for` are pure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import District, Person, SgOffer
from neet import ages
from neet.audit import audit

OFFER_TYPES = {"sixth_form": "School sixth form", "fe_college": "Further education college",
               "apprenticeship": "Apprenticeship", "traineeship": "Traineeship or training",
               "employment_with_training": "Job with training",
               "supported_internship": "Supported internship", "other": "Other"}
# what the bot read -> the offer type
FROM_LABEL = {"status:apprenticeship": "apprenticeship", "status:training": "traineeship",
              "status:employment_with_training": "employment_with_training"}


def september_for(today: date) -> int:
    """The September the current offers are for: this year's until the end of September
    (the DfE submission), then next year's."""
    return today.year if today.month <= 9 else today.year + 1


def offer_type_for(label: str, details: dict) -> str:
    if label in FROM_LABEL:
        return FROM_LABEL[label]
    if details.get("education") == "sixth_form" or details.get("code") == 210:
        return "sixth_form"
    if label in ("status:education", "status:start_agreed"):
        return "fe_college"
    return "other"


@dataclass(frozen=True)
class Member:
    person_id: int
    district: str
    dob: date
    joined: date  # when they came onto the cohort
    moved_on: date | None


def in_cohort(m: Member, september: int) -> bool:
    """On the cohort on 31 May of that year, in Year 11 or 12 then, not moved away by then."""
    set_on = date(september, 5, 31)
    return (m.joined <= set_on and ages.year_group(m.dob, set_on) in (11, 12)
            and (m.moved_on is None or m.moved_on > set_on))


def figures(members: list[Member], offered: set[int], september: int) -> dict:
    """The September Guarantee %: the share of the 31 May cohort with an offer, overall and
    by district and year group."""
    cohort = [m for m in members if in_cohort(m, september)]

    def pct(group: list[Member]) -> dict:
        n = sum(m.person_id in offered for m in group)
        return {"cohort": len(group), "offered": n,
                "pct": round(100 * n / len(group), 1) if group else None}

    set_on = date(september, 5, 31)
    return {"september": september, "cohort_set_on": set_on.isoformat(), "all": pct(cohort),
            "districts": {d: pct([m for m in cohort if m.district == d])
                          for d in sorted({m.district for m in cohort})},
            "year_groups": {y: pct([m for m in cohort if ages.year_group(m.dob, set_on) == y])
                            for y in (11, 12)}}


def load(session: Session, september: int, district_ids: set[int] | None = None
         ) -> tuple[list[Member], set[int]]:
    q = select(Person.id, District.name, Person.dob, Person.created_at,
               Person.transferred_on).join(District, District.id == Person.district_id)
    if district_ids is not None:
        q = q.where(Person.district_id.in_(district_ids))
    members = [Member(pid, d, dob, created.date(), moved) for pid, d, dob, created, moved
               in session.execute(q).yield_per(5000)]
    offered = set(session.scalars(select(SgOffer.person_id)
                                  .where(SgOffer.for_september == september)))
    return members, offered


def record(session: Session, person: Person, *, offer_type: str, provider: str,
           intended: str, today: date, source: str, reporter: str, actor: str) -> SgOffer:
    if offer_type not in OFFER_TYPES:
        raise ValueError(f"offer type must be one of {', '.join(OFFER_TYPES)}")
    offer = SgOffer(person_id=person.id, for_september=september_for(today),
                    offer_type=offer_type, provider=" ".join(provider.split())[:120],
                    intended_destination=" ".join(intended.split())[:120], recorded_on=today,
                    source=source, reporter=reporter)
    session.add(offer)
    if intended:
        person.intended_destination = offer.intended_destination
    audit(session, actor, "sg.offer", person_id=person.id, entity="person",
          entity_id=person.id, detail=f"{offer_type} for September {offer.for_september} "
                                      f"({source}, reported by {reporter})")
    return offer
