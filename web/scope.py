"""District scoping, enforced on the server for every page and API call: NSS workers see
their district, area managers their area, tracking officers and admins the county. A record
outside someone's scope is a 404, never a 403 that confirms it exists."""

from __future__ import annotations

from flask import abort
from sqlalchemy import Select, select

from db.models import Area, District, Person, StaffUser
from neet.audit import audit


def district_ids(session, user: StaffUser) -> set[int] | None:
    """The districts a user may see; None means all of them."""
    if user.role in ("tracking", "admin"):
        return None
    if user.role == "manager" and user.area_id:
        return set(session.scalars(select(District.id).where(District.area_id == user.area_id)))
    return {user.district_id} if user.district_id else set()


def scoped(query: Select, column, session, user: StaffUser) -> Select:
    ids = district_ids(session, user)
    return query if ids is None else query.where(column.in_(ids))


def denied(session, user: StaffUser, entity: str, entity_id: int) -> None:
    """Record a look-up that was refused (missing or out of scope), then answer 404."""
    session.rollback()
    audit(session, user.email, f"{entity}.denied", entity=entity, entity_id=entity_id)
    session.commit()
    abort(404)


def person_or_404(session, user: StaffUser, person_id: int, action: str = "person.view") -> Person:
    p = session.get(Person, person_id)
    ids = district_ids(session, user)
    if p is None or (ids is not None and p.district_id not in ids):
        denied(session, user, "person", person_id)
    audit(session, user.email, action, person_id=p.id, entity="person", entity_id=p.id)
    return p


def in_scope_or_404(session, user: StaffUser, district_id: int | None, entity: str = "record",
                    entity_id: int = 0) -> None:
    ids = district_ids(session, user)
    if ids is not None and district_id not in ids:
        denied(session, user, entity, entity_id)


def record_or_404(session, user: StaffUser, model, record_id: int):
    """A record with a district_id (referral, alert...), if it exists and is in scope."""
    obj = session.get(model, record_id)
    entity = model.__tablename__.rstrip("s")
    if obj is None:
        denied(session, user, entity, record_id)
    in_scope_or_404(session, user, obj.district_id, entity, record_id)
    return obj


def audit_list(session, user: StaffUser, what: str, detail: str = "", count: int = 0) -> None:
    """Lists and searches are audited too: who looked at which young people, and how many."""
    audit(session, user.email, f"{what}.list", entity=what,
          detail=f"{count} shown" + (f"; search: {detail[:200]}" if detail else ""))
    session.commit()


def visible_district_names(session, user: StaffUser) -> set[str] | None:
    ids = district_ids(session, user)
    if ids is None:
        return None
    return set(session.scalars(select(District.name).where(District.id.in_(ids))))


def scoped_scorecard(card: dict, session, user: StaffUser) -> dict:
    """The scorecard cut to what the user may see: their districts and the areas those are in
    (with their Dec-Feb averages); the county figures only for county-wide roles."""
    visible = visible_district_names(session, user)
    if visible is None:
        return card
    areas = set(session.scalars(select(Area.name).join(District, District.area_id == Area.id)
                                .where(District.name.in_(visible))))
    out = {k: v for k, v in card.items() if k not in ("county", "dec_feb_average")}
    out["districts"] = {k: v for k, v in card["districts"].items() if k in visible}
    if card.get("dec_feb_average"):  # the headline average, for their districts
        avg = card["dec_feb_average"]
        out["dec_feb_average"] = {"months": avg["months"], "districts": {
            k: v for k, v in avg["districts"].items() if k in visible}}
    out["areas"] = {k: v for k, v in card["areas"].items() if k in areas} \
        if user.role == "manager" else {}
    return out
