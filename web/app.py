"""Flask application factory: one app serves the staff UI, the JSON API, the health check
and the channel webhooks."""

from __future__ import annotations

from datetime import timedelta

from flask import Flask, abort, g, jsonify, render_template, request, session
from flask_wtf.csrf import CSRFError, CSRFProtect
from sqlalchemy import func, select
from sqlalchemy.exc import DataError
from werkzeug.middleware.proxy_fix import ProxyFix

from neet import runtime as rt
from neet.config import production_problems


def create_app(runtime: rt.Runtime | None = None,
               overrides: dict[str, str] | None = None) -> Flask:
    runtime = runtime or rt.build(overrides)
    problems = production_problems(runtime.settings)
    if problems:
        raise RuntimeError("refusing to start in production: " + "; ".join(problems)
                           + " (NEET_ENV=development for a local trial)")
    app = Flask(__name__)
    if runtime.settings.proxy_hops:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=runtime.settings.proxy_hops,
                                x_proto=runtime.settings.proxy_hops)
    app.config.update(
        SECRET_KEY=runtime.settings.secret_key,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=runtime.settings.secure_cookies,
        PERMANENT_SESSION_LIFETIME=timedelta(hours=8),
        MAX_CONTENT_LENGTH=2 * 1024 * 1024,
        WTF_CSRF_TIME_LIMIT=8 * 3600,
    )
    app.extensions["neet"] = runtime
    csrf = CSRFProtect(app)

    from web import (
        admin,
        alert_pages,
        api,
        auth,
        board_pages,
        campaign_pages,
        dashboard,
        export_pages,
        health,
        pages,
        people_pages,
        phone_chase_pages,
        referral_pages,
        report_pages,
        review_pages,
        simulator,
    )
    from webhooks import telegram_inbound, twilio_inbound

    for bp in (health.bp, pages.bp, auth.bp, dashboard.bp, campaign_pages.bp, people_pages.bp,
               referral_pages.bp, board_pages.bp, phone_chase_pages.bp, report_pages.bp,
               export_pages.bp, alert_pages.bp, review_pages.bp, simulator.bp, admin.bp, api.bp,
               twilio_inbound.bp, telegram_inbound.bp):
        app.register_blueprint(bp)
    # Provider webhooks authenticate with their own signatures, not a browser session.
    csrf.exempt(twilio_inbound.bp)
    csrf.exempt(telegram_inbound.bp)

    @app.teardown_appcontext
    def _close_db(_exc) -> None:
        s = g.pop("db", None)
        if s is not None:
            s.close()

    @app.template_filter("london")
    def _london(dt):
        """Stored moments are UTC; staff read London time (BST in summer)."""
        from neet.clock import LONDON, as_utc

        return as_utc(dt).astimezone(LONDON) if dt is not None else dt

    @app.context_processor
    def _layout():
        user = auth.current_user() if "uid" in session else None
        unacked = 0
        if user is not None:
            from db.models import Alert
            from web.scope import district_ids

            q = select(func.count()).select_from(Alert).where(
                Alert.kind.in_(("safeguarding", "possible_crisis")),
                Alert.acknowledged_at.is_(None))
            ids = district_ids(auth.db(), user)
            if ids is not None:
                q = q.where(Alert.district_id.in_(ids))
            unacked = auth.db().scalar(q)
        return {"user": user, "unacked_alerts": unacked}

    @app.before_request
    def _refuse_nul():
        """NUL can't be stored in PostgreSQL text and is never meant: a clear 400, before any
        view reads it. (Channel webhooks strip it from message text themselves.)"""
        if request.path.startswith("/webhooks/"):
            return None
        fields = [*request.args.items(multi=True)]
        if request.mimetype in ("application/x-www-form-urlencoded", "multipart/form-data"):
            fields += request.form.items(multi=True)
        if "\x00" in request.path or any("\x00" in k or "\x00" in v for k, v in fields):
            abort(400, "NUL characters are not accepted")
        return None

    @app.after_request
    def _headers(resp):
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        resp.headers.setdefault("X-Frame-Options", "DENY")
        resp.headers.setdefault("Referrer-Policy", "same-origin")
        resp.headers.setdefault("Content-Security-Policy",
                                "default-src 'self'; style-src 'self'; img-src 'self' data:; "
                                "frame-ancestors 'none'; form-action 'self'")
        if runtime.settings.secure_cookies:
            resp.headers.setdefault("Strict-Transport-Security",
                                    "max-age=31536000; includeSubDomains")
        if not request.path.startswith(("/static/", "/healthz")):
            # every page may hold personal data or a secret shown once: never kept by caches
            resp.headers["Cache-Control"] = "no-store"
        return resp

    @app.errorhandler(DataError)
    def _bad_value(exc):
        """A value the database refuses (too long, out of range): the request's fault."""
        s = g.get("db")
        if s is not None:
            s.rollback()
        return _error(400, "A value was too long or not valid.")(exc)

    def _error(code: int, text: str):
        def handler(exc):
            if request.path.startswith(("/api/", "/webhooks/")):
                return jsonify(error=getattr(exc, "description", text)), code
            return render_template("error.html", code=code, text=text), code
        return handler

    for code, text in ((400, "That request was not understood."), (401, "Please sign in."),
                       (403, "You don't have access to this."),
                       (404, "Not found (or not in your districts)."),
                       (405, "Not allowed."), (413, "Too large."), (429, "Too many attempts.")):
        app.register_error_handler(code, _error(code, text))
    app.register_error_handler(CSRFError, lambda e: (_error(400, "The form expired or was "
                                                            "tampered with. Please try again.")(e)))
    return app
