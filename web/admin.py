"""Admin: staff accounts and caseworker webhook endpoints."""

from __future__ import annotations

import secrets

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from sqlalchemy import select
from werkzeug.security import generate_password_hash

from db.models import Area, District, StaffUser, WebhookEndpoint
from neet.audit import audit
from neet.referrals.rules import SEND_LEAD, SERVICES, VSK, YJ
from web.auth import ROLES, current_user, db, end_sessions, login_required
from webhooks.outbound import endpoint_url_problem

bp = Blueprint("admin", __name__, url_prefix="/admin")
SPECIALIST_SERVICES = (VSK, SEND_LEAD, YJ)


@bp.get("")
@login_required("admin")
def index():
    s = db()
    return render_template("admin.html", users=s.scalars(select(StaffUser).order_by(StaffUser.email)).all(),
                           endpoints=s.scalars(select(WebhookEndpoint)).all(),
                           districts=s.scalars(select(District).order_by(District.name)).all(),
                           areas=s.scalars(select(Area).order_by(Area.name)).all(), roles=ROLES,
                           services=SPECIALIST_SERVICES, queues=SERVICES,
                           district_names={d.id: d.name for d in s.scalars(select(District))},
                           area_names={a.id: a.name for a in s.scalars(select(Area))})


def _ref(s, model, raw: str | None) -> int | None:
    """The id of an existing district or area chosen in a form, else None."""
    if not raw or not raw.isdigit() or len(raw) > 9:
        return None
    return int(raw) if s.get(model, int(raw)) is not None else None


@bp.post("/users")
@login_required("admin")
def add_user():
    s, f = db(), request.form
    role = f.get("role")
    password = f.get("password") or ""
    if role not in ROLES or len(password) < 12 or "@" not in (f.get("email") or ""):
        flash("Give an email, a role and a password of at least 12 characters.", "error")
        return redirect(url_for("admin.index"))
    if s.scalar(select(StaffUser).where(StaffUser.email == f["email"].strip().lower())):
        flash("That email already has an account.", "error")
        return redirect(url_for("admin.index"))
    district_id, area_id = _ref(s, District, f.get("district_id")), _ref(s, Area, f.get("area_id"))
    if (f.get("district_id") and district_id is None) or (f.get("area_id") and area_id is None):
        flash("Choose a district and an area from the lists.", "error")
        return index(), 400
    if role == "nss" and district_id is None:
        flash("An NSS worker needs a district: they see that district's young people.", "error")
        return index(), 400
    if role == "manager" and area_id is None:
        flash("A manager needs an area.", "error")
        return index(), 400
    service = f.get("service") or "NSS"
    if service not in SERVICES:
        flash("Choose a referral queue from the list.", "error")
        return index(), 400
    u = StaffUser(email=f["email"].strip().lower()[:120], name=(f.get("name") or f["email"])[:120],
                  role=role, password_hash=generate_password_hash(password),
                  district_id=district_id, area_id=area_id,
                  duty_worker=bool(f.get("duty_worker")), service=service)
    s.add(u)
    audit(s, current_user().email, "admin.user_add", entity="staff_user", entity_id=u.email)
    s.commit()
    flash("Account created.")
    return redirect(url_for("admin.index"))


@bp.post("/endpoints")
@login_required("admin")
def add_endpoint():
    s, f = db(), request.form
    url = (f.get("url") or "").strip()
    settings = current_app.extensions["neet"].settings
    problem = endpoint_url_problem(url, allow_loopback_http=settings.env != "production")
    if problem:
        flash(problem, "error")
        return index(), 400
    service = f.get("service") or ""
    if service and service not in SPECIALIST_SERVICES:
        flash("Choose a service from the list.", "error")
        return index(), 400
    secret = secrets.token_urlsafe(32)
    s.add(WebhookEndpoint(name=(f.get("name") or url)[:80], url=url[:300], secret=secret,
                          district_id=_ref(s, District, f.get("district_id")), service=service))
    audit(s, current_user().email, "admin.endpoint_add", entity="webhook_endpoint", entity_id=url[:40])
    s.commit()
    flash(f"Endpoint added. Its signing secret (shown once): {secret}")
    return redirect(url_for("admin.index"))


def _user_or_404(s, uid: int) -> StaffUser:
    from flask import abort

    return s.get(StaffUser, uid) or abort(404)


@bp.post("/users/<int(max=2147483647):uid>/active")
@login_required("admin")
def set_active(uid: int):
    """Disable (every session ends at once) or enable a staff account."""
    s, me = db(), current_user()
    u = _user_or_404(s, uid)
    if u.id == me.id:
        flash("You cannot disable your own account.", "error")
        return index(), 400
    u.active = request.form.get("active") == "yes"
    end_sessions(u)
    audit(s, me.email, "admin.user_enable" if u.active else "admin.user_disable",
          entity="staff_user", entity_id=u.email)
    s.commit()
    flash(f"{u.email} {'enabled' if u.active else 'disabled: signed out everywhere'}.")
    return redirect(url_for("admin.index"))


@bp.post("/users/<int(max=2147483647):uid>/password")
@login_required("admin")
def reset_password(uid: int):
    """Set a new password (the old sessions end); pass it on to them another way."""
    s, me = db(), current_user()
    u = _user_or_404(s, uid)
    password = request.form.get("password") or ""
    if len(password) < 12:
        flash("A password of at least 12 characters.", "error")
        return index(), 400
    u.password_hash = generate_password_hash(password)
    end_sessions(u)
    audit(s, me.email, "admin.user_password_reset", entity="staff_user", entity_id=u.email)
    s.commit()
    flash(f"Password reset for {u.email}; their sessions have ended.")
    return redirect(url_for("admin.index"))
