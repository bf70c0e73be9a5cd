"""Campaign pages: list, create (then preview), launch / pause / resume / cancel, results."""

from __future__ import annotations

import json

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from sqlalchemy import select

from db.models import Campaign, District
from neet.audit import audit
from neet.clock import today_london, utcnow
from neet.districts import DISTRICTS
from outreach import audience, campaigns
from web.auth import current_user, db, login_required
from web.paging import page_of
from web.scope import district_ids

bp = Blueprint("campaigns", __name__, url_prefix="/campaigns")
EDITORS = ("tracking", "admin")
TYPE_THE_NUMBER_ABOVE = 1000  # launching to more people than this means typing how many


@bp.get("")
@login_required("tracking", "admin", "manager")
def index():
    pg = page_of(db(), select(Campaign).order_by(Campaign.id.desc()), 50)
    return render_template("campaigns.html", campaigns=pg.items, districts=DISTRICTS,
                           events=audience.EVENTS, pg=pg)


def _whole(form, name: str, label: str, default: int, lo: int, hi: int) -> int:
    raw = (form.get(name) or "").strip() or str(default)
    if not raw.isdigit() or not lo <= int(raw) <= hi:
        raise campaigns.CampaignError(f"{label} must be a whole number from {lo} to {hi}.")
    return int(raw)


def _reminders(form) -> list[int]:
    raw = (form.get("reminders") or "3,7").replace(" ", "")
    days = [x for x in raw.split(",") if x]
    if len(days) > 5 or not all(x.isdigit() and 1 <= int(x) <= 60 for x in days):
        raise campaigns.CampaignError("Reminders must be up to five numbers of days from 1 to "
                                      "60, separated by commas (for example 3,7).")
    return [int(x) for x in days]


@bp.post("")
@login_required(*EDITORS)
def create():
    f = request.form
    s = db()
    try:
        name = (f.get("name") or "").strip()
        if not 3 <= len(name) <= 120:
            raise campaigns.CampaignError("Give the campaign a name of 3 to 120 characters.")
        rule = {"kind": f.get("kind", "not_known"),
                "districts": [d for d in f.getlist("districts") if d in DISTRICTS],
                "lapsing_days": _whole(f, "lapsing_days", "Lapsing within (days)", 30, 1, 365),
                "not_contacted_days": _whole(f, "not_contacted_days", "Not contacted for (days)",
                                             14, 0, 365)}
        if f.get("at_risk_only") == "yes":
            rule["at_risk_only"] = True
        if rule["kind"] == "event":
            rule.update(event=f.get("event", ""), event_date=f.get("event_date", ""),
                        offset_days=_whole(f, "offset_days", "Days from the date", 7, 0, 90))
        ages = [int(a) for a in f.getlist("academic_ages") if a.isdigit()]
        if ages:
            rule["academic_ages"] = ages
        cadence = {"reminders": _reminders(f),
                   "chase_after_days": _whole(f, "chase_after_days", "Phone chase after (days)",
                                              7, 1, 60)}
        rate = _whole(f, "send_rate", "Messages per second", 10, 1, 200)
        c = campaigns.create(s, name=name, rule=rule, actor=current_user().email, now=utcnow(),
                             channel=f.get("channel", "auto"), cadence=cadence, send_rate=rate,
                             template=f.get("template") or "checkin")
    except (campaigns.CampaignError, ValueError) as exc:
        flash(str(exc), "error")
        return index(), 400
    s.commit()
    return redirect(url_for("campaigns.show", cid=c.id))


@bp.get("/<int(max=2147483647):cid>")
@login_required("tracking", "admin", "manager")
def show(cid: int):
    s = db()
    c = s.get(Campaign, cid) or abort(404)
    rt = current_app.extensions["neet"]
    preview = None
    if c.status == "draft":
        ids = district_ids(s, current_user())
        visible = None if ids is None else set(s.scalars(select(District.name)
                                                        .where(District.id.in_(ids))))
        preview = campaigns.preview(s, rt.settings, c, today_london(), utcnow(), visible)
        audit(s, current_user().email, "campaign.preview", entity="campaign", entity_id=c.id)
        s.commit()
    report = campaigns.report(s, c) if c.status != "draft" else None
    return render_template("campaign.html", c=c, preview=preview, report=report,
                           funnel=funnel(report["total"]) if report else None,
                           rule=json.dumps(c.audience), can_edit=current_user().role in EDITORS,
                           type_the_number=TYPE_THE_NUMBER_ABOVE)


@bp.get("/<int(max=2147483647):cid>/report.json")
@login_required("tracking", "admin", "manager")
def report_json(cid: int):
    """The campaign's totals, for the page to update itself without a reload."""
    from flask import jsonify

    s = db()
    c = s.get(Campaign, cid) or abort(404)
    report = campaigns.report(s, c)
    return jsonify(status=c.status, total=report["total"], funnel=funnel(report["total"]))


FUNNEL = (("sent", "Sent"), ("delivered", "Delivered"), ("replied", "Replied"),
          ("statuses_resolved", "Status resolved"))


def funnel(total: dict) -> list[dict]:
    """Bars for sent -> delivered -> replied -> status resolved, as shares of sent."""
    top = max(total.get("sent", 0), 1)
    return [{"key": k, "label": label, "n": total.get(k, 0),
             "width": round(300 * total.get(k, 0) / top, 1)} for k, label in FUNNEL]


@bp.post("/<int(max=2147483647):cid>/<action>")
@login_required(*EDITORS)
def act(cid: int, action: str):
    s = db()
    c = s.get(Campaign, cid) or abort(404)
    try:
        if action == "launch":
            rt = current_app.extensions["neet"]
            summary = campaigns.preview(s, rt.settings, c, today_london(), utcnow())
            expected = summary["recipients"]
            said = (request.form.get("confirm") or "").strip().replace(",", "")
            ok = said == str(expected) if expected > TYPE_THE_NUMBER_ABOVE else said == "yes"
            if not ok:
                flash(f"Not launched: confirm the launch to {expected} young people"
                      + (" by typing that number." if expected > TYPE_THE_NUMBER_ABOVE else "."),
                      "error")
                return show(cid), 400
            n = campaigns.launch(s, c, current_user().email, today_london(), utcnow())
            c.launch_summary = {**(c.launch_summary or {}),
                                "segments_per_sms": summary["segments_per_sms"],
                                "estimated_cost_gbp": summary["estimated_cost_gbp"]}
            flash(f"Launched to {n} young people.")
        elif action == "cancel" and request.form.get("confirm") != "yes":
            flash("Not cancelled: tick the box to confirm.", "error")
            return show(cid), 400
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


@bp.post("/season/<key>")
@login_required(*EDITORS)
def from_season(key: str):
    """A draft campaign for a season of the tracking year, with its audience, to preview."""
    from neet import calendar

    s = db()
    due = next((d for d in calendar.now_and_next(today_london(), ahead_days=366)
                if d.season.key == key), None)
    if due is None or due.audience_for() is None:
        abort(404)
    c = campaigns.create(s, name=f"{due.season.title} {due.deadline.year}",
                         rule=due.audience_for(), actor=current_user().email, now=utcnow(),
                         template=due.season.template)
    s.commit()
    flash("A draft from the tracking calendar: check who it reaches before you launch it.")
    return redirect(url_for("campaigns.show", cid=c.id))
