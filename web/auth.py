"""Sign-in, roles and the current user. Passwords hashed by werkzeug; five failures lock the
account for 15 minutes; the session is cleared on sign-in (no fixation) and on sign-out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from functools import wraps

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from sqlalchemy import func, select
from werkzeug.security import check_password_hash

from db.models import StaffUser
from neet.audit import audit
from neet.clock import as_utc, utcnow

bp = Blueprint("auth", __name__)
ROLES = ("tracking", "nss", "manager", "admin")
MAX_FAILURES = 5
LOCK_FOR = timedelta(minutes=15)


def db():
    """The request's database session (closed at teardown)."""
    if "db" not in g:
        g.db = current_app.extensions["neet"].sessions()
    return g.db


def current_user() -> StaffUser | None:
    if "user" not in g:
        uid = session.get("uid")
        user = db().get(StaffUser, uid) if uid else None
        g.user = user if user is not None and user.active else None
    return g.user


def login_required(*roles: str) -> Callable:
    def wrap(view):
        @wraps(view)
        def inner(*args, **kwargs):
            user = current_user()
            if user is None:
                if request.path.startswith("/api/"):
                    abort(401)
                return redirect(url_for("auth.login", next=request.path))
            if roles and user.role not in roles:
                abort(403)
            return view(*args, **kwargs)
        return inner
    return wrap


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html")
    email = (request.form.get("email") or "").strip().lower()[:120]
    password = request.form.get("password") or ""
    s = db()
    user = s.scalar(select(StaffUser).where(func.lower(StaffUser.email) == email))
    now = utcnow()
    if user is not None and user.locked_until and as_utc(user.locked_until) > now:
        audit(s, email, "auth.locked_out")
        s.commit()
        flash("Too many failed attempts. Try again in 15 minutes.", "error")
        return render_template("login.html"), 429
    if user is None or not user.active or not check_password_hash(user.password_hash, password):
        if user is not None:
            user.failed_logins += 1
            if user.failed_logins >= MAX_FAILURES:
                user.locked_until, user.failed_logins = now + LOCK_FOR, 0
        audit(s, email or "?", "auth.failed")
        s.commit()
        flash("Email or password not recognised.", "error")
        return render_template("login.html"), 401
    user.failed_logins, user.locked_until = 0, None
    audit(s, user.email, "auth.login")
    s.commit()
    session.clear()  # a fresh session: no fixation
    session["uid"] = user.id
    session.permanent = True
    nxt = request.args.get("next") or ""
    return redirect(nxt if nxt.startswith("/") and not nxt.startswith("//") else url_for("dashboard.index"))


@bp.post("/logout")
def logout():
    user = current_user()
    if user:
        audit(db(), user.email, "auth.logout")
        db().commit()
    session.clear()
    return redirect(url_for("auth.login"))
