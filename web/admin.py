"""Admin: staff accounts and caseworker webhook endpoints."""

from __future__ import annotations

import secrets

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from sqlalchemy import select
from werkzeug.security import generate_password_hash

from db.models import Area, District, StaffUser, WebhookDelivery, WebhookEndpoint
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
    endpoints = s.scalars(select(WebhookEndpoint).order_by(WebhookEndpoint.id)).all()
    recent = {e.id: s.scalars(select(WebhookDelivery).where(WebhookDelivery.endpoint_id == e.id)
                              .order_by(WebhookDelivery.id.desc()).limit(5)).all()
              for e in endpoints}
    return render_template("admin.html", users=s.scalars(select(StaffUser).order_by(StaffUser.email)).all(),
                           endpoints=endpoints, recent=recent,
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


def _account(s, f) -> dict:
    """The role, district, area, duty and queue an account form asks for, checked: districts
    and areas are chosen by name from lists; an NSS worker needs a district, a manager an
    area. Raises ValueError with what to fix."""
    role = f.get("role")
    if role not in ROLES:
        raise ValueError("Choose a role from the list.")
    district_id, area_id = _ref(s, District, f.get("district_id")), _ref(s, Area, f.get("area_id"))
    if (f.get("district_id") and district_id is None) or (f.get("area_id") and area_id is None):
        raise ValueError("Choose a district and an area from the lists.")
    if role == "nss" and district_id is None:
        raise ValueError("An NSS worker needs a district: they see that district's young people.")
    if role == "manager" and area_id is None:
        raise ValueError("A manager needs an area.")
    service = f.get("service") or "NSS"
    if service not in SERVICES:
        raise ValueError("Choose a referral queue from the list.")
    name = " ".join((f.get("name") or "").split())[:120]
    return {"role": role, "district_id": district_id, "area_id": area_id, "service": service,
            "duty_worker": bool(f.get("duty_worker")), **({"name": name} if name else {})}


@bp.post("/users")
@login_required("admin")
def add_user():
    s, f = db(), request.form
    password = f.get("password") or ""
    email = (f.get("email") or "").strip().lower()[:120]
    try:
        if len(password) < 12 or "@" not in email:
            raise ValueError("Give an email, a role and a password of at least 12 characters.")
        if s.scalar(select(StaffUser).where(StaffUser.email == email)):
            raise ValueError("That email already has an account.")
        fields = _account(s, f)
    except ValueError as exc:
        flash(str(exc), "error")
        return index(), 400
    u = StaffUser(email=email, password_hash=generate_password_hash(password),
                  **{"name": email, **fields})
    s.add(u)
    audit(s, current_user().email, "admin.user_add", entity="staff_user", entity_id=u.email)
    s.commit()
    flash("Account created.")
    return redirect(url_for("admin.index"))


@bp.post("/users/<int(max=2147483647):uid>")
@login_required("admin")
def edit_user(uid: int):
    """Change an account's name, role, district, area, duty or queue. A change of role or
    place ends their sessions, so what they may see changes at once."""
    s, me = db(), current_user()
    u = _user_or_404(s, uid)
    try:
        fields = _account(s, request.form)
        if u.id == me.id and fields["role"] != "admin":
            raise ValueError("You cannot take away your own admin role.")
    except ValueError as exc:
        flash(str(exc), "error")
        return index(), 400
    before = (u.role, u.district_id, u.area_id)
    for k, v in fields.items():
        setattr(u, k, v)
    if before != (u.role, u.district_id, u.area_id):
        end_sessions(u)
    audit(s, me.email, "admin.user_edit", entity="staff_user", entity_id=u.email,
          detail=f"role {u.role}, district {u.district_id}, area {u.area_id}, "
                 f"queue {u.service}, duty {u.duty_worker}")
    s.commit()
    flash(f"{u.email} updated.")
    return redirect(url_for("admin.index"))


@bp.post("/endpoints/<int(max=2147483647):eid>/active")
@login_required("admin")
def endpoint_active(eid: int):
    """Switch a caseworker endpoint off (nothing more is sent to it) or on again."""
    from flask import abort

    s, me = db(), current_user()
    e = s.get(WebhookEndpoint, eid) or abort(404)
    e.active = request.form.get("active") == "yes"
    audit(s, me.email, "admin.endpoint_" + ("on" if e.active else "off"),
          entity="webhook_endpoint", entity_id=e.id)
    s.commit()
    flash(f"{e.name} switched {'on' if e.active else 'off'}.")
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


@bp.get("/wording")
@login_required("admin")
def wording_list():
    from db.models import MessageWording
    from messaging import templates

    s = db()
    changed = {w.name: w for w in s.scalars(select(MessageWording))}
    return render_template("wording_list.html", names=templates.names(), changed=changed)


def _wording_name(name: str) -> str:
    from flask import abort

    from messaging import templates

    return name if name in templates.names() else abort(404)


@bp.route("/wording/<name>", methods=["GET", "POST"])
@login_required("admin")
def wording_edit(name: str):
    """Change the wording of one message: checked (and previewed with its SMS cost) before it
    is saved; "Preview" checks without saving."""
    from db.models import MessageWording
    from messaging import wording

    s, me = db(), current_user()
    name = _wording_name(name)
    settings = current_app.extensions["neet"].settings
    names_in = {"team": settings.team_name, "council": settings.council_name}
    row = s.get(MessageWording, name)
    body = row.body if row else wording.shipped(name)
    checked, status = None, 200
    if request.method == "POST":
        body = (request.form.get("body") or "")[:wording.MAX_CHARS + 1]
        try:
            if request.form.get("do") == "save":
                checked = wording.save(s, name, body, me.email, **names_in)
                s.commit()
                flash(f"Saved: {checked.segments} SMS segment(s), {checked.encoding}. It is used "
                      f"from now on (by the worker within {int(wording.CACHE_SECONDS)} seconds).")
                return redirect(url_for("admin.wording_edit", name=name))
            checked = wording.check(name, body, **names_in)
        except ValueError as exc:
            flash(f"Not saved: {exc}.", "error")
            status = 400
    elif body:
        try:
            checked = wording.check(name, body, **names_in)
        except ValueError:
            checked = None
    return render_template("wording_edit.html", name=name, body=body, row=row,
                           checked=checked, shipped=wording.shipped(name)), status


@bp.post("/wording/<name>/restore")
@login_required("admin")
def wording_restore(name: str):
    from messaging import wording

    s, me = db(), current_user()
    name = _wording_name(name)
    wording.restore(s, name, me.email)
    s.commit()
    flash("The original wording is back.")
    return redirect(url_for("admin.wording_edit", name=name))
