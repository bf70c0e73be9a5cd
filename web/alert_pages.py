"""Safeguarding alerts and callback requests: acknowledge, and clear a crisis hold."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from sqlalchemy import select

from db.models import Alert, Message, Person
from neet import alerts
from neet.audit import audit
from web.auth import current_user, db, login_required
from web.scope import audit_list, record_or_404, scoped

bp = Blueprint("alerts", __name__, url_prefix="/alerts")


@bp.get("")
@login_required()
def index():
    s, user = db(), current_user()
    q = select(Alert).where(Alert.kind.in_(("safeguarding", "callback"))).order_by(
        Alert.acknowledged_at.is_not(None), Alert.raised_at.desc()).limit(200)
    items = s.scalars(scoped(q, Alert.district_id, s, user)).all()
    audit_list(s, user, "alerts", count=len(items))
    people = {p.id: p for p in s.scalars(select(Person).where(
        Person.id.in_([a.person_id for a in items if a.person_id])))}
    return render_template("alerts.html", items=items, people=people)


@bp.get("/<int(max=2147483647):aid>")
@login_required()
def show(aid: int):
    s, user = db(), current_user()
    a = record_or_404(s, user, Alert, aid)
    p = s.get(Person, a.person_id) if a.person_id else None
    m = s.get(Message, a.message_id) if a.message_id else None
    audit(s, user.email, "alert.view", person_id=a.person_id, entity="alert", entity_id=a.id)
    s.commit()
    return render_template("alert.html", a=a, p=p, m=m)


@bp.post("/<int(max=2147483647):aid>/acknowledge")
@login_required()
def acknowledge(aid: int):
    s, user = db(), current_user()
    a = record_or_404(s, user, Alert, aid)
    if alerts.acknowledge(s, a, user.email):
        s.commit()
    flash("Alert acknowledged.")
    return redirect(url_for("alerts.show", aid=aid))


@bp.post("/<int(max=2147483647):aid>/clear")
@login_required("nss", "manager", "admin")
def clear(aid: int):
    s, user = db(), current_user()
    a = record_or_404(s, user, Alert, aid)
    if a.acknowledged_at is None:
        flash("Acknowledge the alert first.", "error")
        return redirect(url_for("alerts.show", aid=aid))
    alerts.clear_hold(s, a, user.email)
    s.commit()
    flash("Hold cleared: automated messages may resume.")
    return redirect(url_for("alerts.show", aid=aid))
