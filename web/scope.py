"""District scoping, enforced on the server for every page and API call: NSS workers see
their district, area managers their area, tracking officers and admins the county. A record
outside someone's scope is a 404, never a 403 that confirms it exists."""

from __future__ import annotations

from flask import abort
from sqlalchemy import Select, select

from db.models import District, Person, StaffUser
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


def person_or_404(session, user: StaffUser, person_id: int, action: str = "person.view") -> Person:
    p = session.get(Person, person_id)
    ids = district_ids(session, user)
    if p is None or (ids is not None and p.district_id not in ids):
        abort(404)
    audit(session, user.email, action, person_id=p.id, entity="person", entity_id=p.id)
    return p


def in_scope_or_404(session, user: StaffUser, district_id: int | None) -> None:
    ids = district_ids(session, user)
    if ids is not None and district_id not in ids:
        abort(404)


def record_or_404(session, user: StaffUser, model, record_id: int):
    """A record with a district_id (referral, alert...), if it exists and is in scope."""
    obj = session.get(model, record_id)
    if obj is None:
        abort(404)
    in_scope_or_404(session, user, obj.district_id)
    return obj
