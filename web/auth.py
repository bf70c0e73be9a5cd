"""Sign-in, roles and the current user. Passwords hashed by werkzeug; attempts throttled per
account + address and per address (web.throttle); the session is cleared on sign-in (no
fixation), and a server-side session version ends every session on sign-out."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import wraps
from urllib.parse import urlsplit

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
from werkzeug.security import check_password_hash, generate_password_hash

from db.models import StaffUser
from neet.audit import audit
from neet.clock import utcnow
from web import throttle

bp = Blueprint("auth", __name__)
ROLES = ("tracking", "nss", "manager", "admin")
# checked for unknown accounts too, so a wrong email costs the same time as a wrong password
_DUMMY_HASH = generate_password_hash("not-a-real-password-" + "x" * 16)
_CONTROL = re.compile(r"[\x00-\x1f\x7f\\]")


def db():
    """The request's database session (closed at teardown)."""
    if "db" not in g:
        g.db = current_app.extensions["neet"].sessions()
    return g.db


def current_user() -> StaffUser | None:
    """The signed-in user, if the session is still valid: the account is active and the
    session was made with its current session version (sign-out, a password change or
    disabling the account bump the version and so end every session)."""
    if "user" not in g:
        uid, version = session.get("uid"), session.get("sv")
        user = db().get(StaffUser, uid) if isinstance(uid, int) else None
        ok = user is not None and user.active and version == user.session_version
        g.user = user if ok else None
    return g.user


def end_sessions(user: StaffUser) -> None:
    """Every session of this user stops working at its next request."""
    user.session_version = (user.session_version or 1) + 1


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


def safe_next(target: str | None) -> str | None:
    """`next` only if it is a path on this site: no scheme, no host, no control characters
    or backslashes (browsers drop tabs and read backslashes as slashes: `/\t/evil` and
    `/\\evil` both lead off-site)."""
    if not target or _CONTROL.search(target):
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return None
    return target


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html")
    email = (request.form.get("email") or "").strip().lower()[:120]
    password = request.form.get("password") or ""
    address = request.remote_addr or "?"
    s = db()
    now = utcnow()
    allowed = throttle.attempt(s, email, address, now)
    s.commit()  # counted before the password is checked: concurrent tries cannot slip past
    if not allowed:
        audit(s, email or "?", "auth.throttled")
        s.commit()
        flash("Too many attempts from here. Wait 15 minutes and try again.", "error")
        return render_template("login.html"), 429
    user = s.scalar(select(StaffUser).where(func.lower(StaffUser.email) == email))
    good = check_password_hash(user.password_hash if user else _DUMMY_HASH, password)
    if user is None or not user.active or not good:
        audit(s, email or "?", "auth.failed")
        s.commit()
        flash("Email or password not recognised.", "error")
        return render_template("login.html"), 401
    throttle.succeeded(s, email, address)
    audit(s, user.email, "auth.login")
    s.commit()
    session.clear()  # a fresh session: no fixation
    session["uid"], session["sv"] = user.id, user.session_version
    session.permanent = True
    return redirect(safe_next(request.args.get("next")) or url_for("dashboard.index"))


@bp.post("/logout")
def logout():
    user = current_user()
    if user:
        end_sessions(user)
        audit(db(), user.email, "auth.logout")
        db().commit()
    session.clear()
    return redirect(url_for("auth.login"))
