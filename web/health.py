"""/healthz: is the process up and can it reach its database?"""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify
from sqlalchemy import text

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    runtime = current_app.extensions["neet"]
    try:
        with runtime.engine.connect() as conn:
            conn.execute(text("select 1"))
    except Exception:  # noqa: BLE001 - report unhealthy, never a stack trace
        return jsonify(status="error", database="unreachable"), 503
    return jsonify(status="ok", database="ok", channel=runtime.settings.channel_mode)
