"""Campaign pages: list, create (then preview), launch / pause / resume / cancel, results."""

from __future__ import annotations

import json

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from sqlalchemy import select

from db.models import Campaign
from neet.clock import today_london, utcnow
from neet.districts import DISTRICTS
from outreach import campaigns
from web.auth import current_user, db, login_required

bp = Blueprint("campaigns", __name__, url_prefix="/campaigns")
EDITORS = ("tracking", "admin")


@bp.get("")
@login_required("tracking", "admin", "manager")
def index():
    items = db().scalars(select(Campaign).order_by(Campaign.id.desc()).limit(100)).all()
    return render_template("campaigns.html", campaigns=items, districts=DISTRICTS)


@bp.post("")
@login_required(*EDITORS)
def create():
    f = request.form
    rule = {"kind": f.get("kind", "not_known"),
            "districts": [d for d in f.getlist("districts") if d in DISTRICTS],
            "lapsing_days": int(f.get("lapsing_days") or 30),
            "not_contacted_days": int(f.get("not_contacted_days") or 14)}
    ages = [int(a) for a in f.getlist("academic_ages") if a.isdigit()]
    if ages:
        rule["academic_ages"] = ages
    reminders = [int(x) for x in (f.get("reminders") or "3,7").split(",") if x.strip().isdigit()]
    s = db()
    try:
        c = campaigns.create(s, name=(f.get("name") or "Chase").strip(), rule=rule,
                             actor=current_user().email, now=utcnow(), channel=f.get("channel", "auto"),
                             cadence={"reminders": reminders,
                                      "chase_after_days": int(f.get("chase_after_days") or 7)},
                             send_rate=float(f.get("send_rate") or 10))
    except (campaigns.CampaignError, ValueError) as exc:
        flash(str(exc), "error")
        return redirect(url_for("campaigns.index"))
    s.commit()
    return redirect(url_for("campaigns.show", cid=c.id))


@bp.get("/<int(max=2147483647):cid>")
@login_required("tracking", "admin", "manager")
def show(cid: int):
    s = db()
    c = s.get(Campaign, cid) or abort(404)
    rt = current_app.extensions["neet"]
    preview = campaigns.preview(s, rt.settings, c, today_london(), utcnow()) if c.status == "draft" else None
    report = campaigns.report(s, c) if c.status != "draft" else None
    return render_template("campaign.html", c=c, preview=preview, report=report,
                           rule=json.dumps(c.audience), can_edit=current_user().role in EDITORS)


@bp.post("/<int(max=2147483647):cid>/<action>")
@login_required(*EDITORS)
def act(cid: int, action: str):
    s = db()
    c = s.get(Campaign, cid) or abort(404)
    try:
        if action == "launch":
            n = campaigns.launch(s, c, current_user().email, today_london(), utcnow())
            flash(f"Launched to {n} young people.")
        elif action in ("pause", "resume", "cancel"):
            campaigns.set_status(s, c, action, current_user().email)
            flash(f"Campaign {c.status}.")
        else:
            abort(404)
    except campaigns.CampaignError as exc:
        flash(str(exc), "error")
        return redirect(url_for("campaigns.show", cid=cid))
    s.commit()
    return redirect(url_for("campaigns.show", cid=cid))
