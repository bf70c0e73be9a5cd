"""The referral inbox: a worker's district (or area) referrals; accept, progress, close."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from sqlalchemy import select

from db.models import Person, Referral
from neet.clock import today_london
from neet.referrals import service
from web.auth import current_user, db, login_required
from web.scope import audit_list, record_or_404, scoped

bp = Blueprint("referrals", __name__, url_prefix="/referrals")


@bp.get("")
@login_required()
def index():
    s, user = db(), current_user()
    q = select(Referral).order_by(Referral.raised_at.desc()).limit(200)
    items = s.scalars(scoped(q, Referral.district_id, s, user)).all()
    audit_list(s, user, "referrals", count=len(items))
    people = {p.id: p for p in s.scalars(select(Person).where(Person.id.in_([r.person_id for r in items])))}
    return render_template("referrals.html", items=items, people=people)


@bp.get("/<int(max=2147483647):rid>")
@login_required()
def show(rid: int):
    s, user = db(), current_user()
    r = record_or_404(s, user, Referral, rid)
    from web.scope import person_or_404

    p = person_or_404(s, user, r.person_id)
    s.commit()
    return render_template("referral.html", r=r, p=p, next=sorted(service.LIFECYCLE[r.status]))


@bp.post("/<int(max=2147483647):rid>/move")
@login_required("nss", "manager", "admin")
def move(rid: int):
    s, user = db(), current_user()
    r = record_or_404(s, user, Referral, rid)
    code = request.form.get("eet_code") or None
    try:
        service.move(s, r, request.form.get("to", ""), user.email, today=today_london(),
                     outcome=request.form.get("outcome", ""), eet_code=int(code) if code else None)
    except (service.BadTransition, ValueError) as exc:
        flash(str(exc), "error")
        return redirect(url_for("referrals.show", rid=rid))
    s.commit()
    flash(f"Referral {r.status}.")
    return redirect(url_for("referrals.show", rid=rid))
