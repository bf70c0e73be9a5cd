"""Safeguarding alerts and callback requests: acknowledge, and clear a crisis hold."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from sqlalchemy import select

from db.models import Alert, AuditEntry, Message, Person
from neet import alerts
from neet.audit import audit
from web.auth import current_user, db, login_required
from web.paging import page_of
from web.scope import audit_list, record_or_404, scoped

bp = Blueprint("alerts", __name__, url_prefix="/alerts")


@bp.get("")
@login_required()
def index():
    s, user = db(), current_user()
    q = select(Alert).where(Alert.kind.in_(("safeguarding", "possible_crisis", "callback"))).order_by(
        Alert.acknowledged_at.is_not(None), Alert.raised_at.desc(), Alert.id.desc())
    pg = page_of(s, scoped(q, Alert.district_id, s, user), 100)
    items = pg.items
    audit_list(s, user, "alerts", count=len(items))
    people = {p.id: p for p in s.scalars(select(Person).where(
        Person.id.in_([a.person_id for a in items if a.person_id])))}
    return render_template("alerts.html", items=items, people=people, pg=pg)


def _page(s, user, a: Alert, status: int = 200):
    p = s.get(Person, a.person_id) if a.person_id else None
    m = s.get(Message, a.message_id) if a.message_id else None
    trail = s.scalars(select(AuditEntry).where(AuditEntry.entity == "alert",
                                               AuditEntry.entity_id == str(a.id),
                                               AuditEntry.action != "alert.view")
                      .order_by(AuditEntry.at, AuditEntry.id)).all()
    return render_template("alert.html", a=a, p=p, m=m, trail=trail,
                           may_act=alerts.may_act(s, user, a), after_hold=alerts.AFTER_HOLD), status


@bp.get("/<int(max=2147483647):aid>")
@login_required()
def show(aid: int):
    s, user = db(), current_user()
    a = record_or_404(s, user, Alert, aid)
    audit(s, user.email, "alert.view", person_id=a.person_id, entity="alert", entity_id=a.id)
    s.commit()
    return _page(s, user, a)


def _act(aid: int, do):
    """Run `do(session, user, alert)` -> the message to show; a wrong role is a 403, a missing
    note or confirmation shows the alert again with why."""
    s, user = db(), current_user()
    a = record_or_404(s, user, Alert, aid)
    try:
        said = do(s, user, a)
    except alerts.NotAllowed:
        abort(403)
    except ValueError as exc:
        flash(str(exc), "error")
        return _page(s, user, a, 400)
    s.commit()
    flash(said)
    return redirect(url_for("alerts.show", aid=aid))


@bp.post("/<int(max=2147483647):aid>/acknowledge")
@login_required()
def acknowledge(aid: int):
    def do(s, user, a):
        done = alerts.acknowledge(s, a, user, request.form.get("note", ""))
        return "Alert acknowledged." if done else "Someone had already acknowledged this alert."
    return _act(aid, do)


@bp.post("/<int(max=2147483647):aid>/clear")
@login_required()
def clear(aid: int):
    def do(s, user, a):
        alerts.clear_hold(s, a, user, request.form.get("note", ""), request.form.get("then", ""),
                          confirmed=request.form.get("confirm") == "yes")
        return "Hold cleared: " + alerts.AFTER_HOLD[a.after_hold] + "."
    return _act(aid, do)
