"""Flask application factory: one app serves the staff UI, the health check and webhooks."""

from __future__ import annotations

from flask import Flask

from neet import runtime as rt


def create_app(runtime: rt.Runtime | None = None,
               overrides: dict[str, str] | None = None) -> Flask:
    runtime = runtime or rt.build(overrides)
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=runtime.settings.secret_key,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=runtime.settings.secure_cookies,
        MAX_CONTENT_LENGTH=2 * 1024 * 1024,
    )
    app.extensions["neet"] = runtime

    from web import health, pages
    from webhooks import telegram_inbound, twilio_inbound

    app.register_blueprint(health.bp)
    app.register_blueprint(pages.bp)
    app.register_blueprint(twilio_inbound.bp)
    app.register_blueprint(telegram_inbound.bp)
    return app
