"""The phone-chase list: young people a campaign could not reach. Those allowed see the
numbers (each look audited), log each call from the list, and hand over to 820."""

from __future__ import annotations

from flask import Blueprint, redirect, render_template, request, url_for
from sqlalchemy import func, select

from db.models import CallLog, ContactPoint, District, Person
from neet import contact
from neet.audit import audit
from neet.clock import today_london
from web.auth import current_user, db, login_required
from web.changes import form_id, on_person
from web.scope import audit_list, scoped

bp = Blueprint("phone_chase", __name__, url_prefix="/phone-chase")
PAGE = 50


def _page_arg() -> int:
    raw = request.args.get("page") or "1"
    return max(1, min(int(raw), 10_000)) if raw.isdigit() and len(raw) < 6 else 1


@bp.get("")
@login_required("tracking", "nss", "manager", "admin")
def index():
    s, user = db(), current_user()
    page = _page_arg()
    district = request.args.get("district") or ""
    q = (select(Person).join(District, District.id == Person.district_id)
         .where(Person.phone_chase.is_(True)).order_by(District.name, Person.surname, Person.id))
    if district:
        q = q.where(District.name == district)
    q = scoped(q, Person.district_id, s, user)
    total = s.scalar(select(func.count()).select_from(q.order_by(None).subquery()))
    people = s.scalars(q.offset((page - 1) * PAGE).limit(PAGE)).all()
    ids = [p.id for p in people]
    numbers: dict[int, list[ContactPoint]] = {}
    for p in people:
        if contact.may_reveal(s, user, p):
            numbers[p.id] = [c for c in s.scalars(select(ContactPoint).where(
                ContactPoint.person_id == p.id, ContactPoint.channel == "sms")
                .order_by(ContactPoint.id))]
            audit(s, user.email, "contact.reveal", person_id=p.id, entity="person",
                  entity_id=p.id, detail="phone-chase list")
    last_call = {c.person_id: c for c in s.scalars(
        select(CallLog).where(CallLog.person_id.in_(ids)).order_by(CallLog.at, CallLog.id))}
    districts = sorted(s.scalars(scoped(select(District.name).order_by(District.name),
                                        District.id, s, user)))
    audit_list(s, user, "phone_chase", district, count=len(people))
    return render_template("phone_chase.html", people=people, numbers=numbers,
                           last_call=last_call, outcomes=contact.OUTCOMES, page=page,
                           total=total, more=page * PAGE < total, district=district,
                           districts=districts)


def _back():
    page, district = _page_arg(), request.args.get("district") or ""
    return redirect(url_for("phone_chase.index", page=page, district=district or None))


@bp.post("/<int(max=2147483647):pid>/call")
@login_required("tracking", "nss")
def log_call(pid: int):
    f = request.form
    cp = form_id(f, "contact_point_id")
    return on_person(
        pid, lambda s, p, user: contact.log_call(s, user, p, cp, f.get("outcome", ""),
                                                 f.get("note", "")),
        done=lambda p: f"Call to {p.forename} {p.surname} logged.", failed="Not logged",
        again=lambda s, p: index(), then=_back)


def _cannot_contact(s, p, user):
    if request.form.get("confirm") != "yes":
        raise ValueError("tick the box to confirm every way of reaching them has been tried")
    contact.cannot_contact(s, user, p, today_london())


@bp.post("/<int(max=2147483647):pid>/cannot-contact")
@login_required("tracking", "nss")
def cannot_contact(pid: int):
    return on_person(pid, _cannot_contact, failed="Not recorded", again=lambda s, p: index(),
                     done=lambda p: f"{p.forename} {p.surname} recorded as 820 (cannot be "
                                    "contacted).", then=_back)
