"""Public pages: the landing page (staff sign in from here)."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template

bp = Blueprint("pages", __name__)


@bp.get("/")
def index():
    settings = current_app.extensions["neet"].settings
    return render_template("index.html", settings=settings)
