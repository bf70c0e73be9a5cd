"""Reports staff take away: unmet demand (what young people asked for that nothing in their
district offered) for the January gap analysis, on a page and as CSV, district scoped."""

from __future__ import annotations

import csv
import io
from datetime import date

from flask import Blueprint, Response, render_template, request

from neet.audit import audit
from neet.clock import today_london
from neet.reports import unmet
from web.auth import current_user, db, login_required
from web.scope import district_ids

bp = Blueprint("reports", __name__, url_prefix="/reports")


def _period() -> tuple[date, date]:
    today = today_london()
    start = date(today.year if today.month >= 9 else today.year - 1, 9, 1)
    try:
        since = date.fromisoformat(request.args.get("since") or start.isoformat())
        until = date.fromisoformat(request.args.get("until") or today.isoformat())
    except ValueError:
        since, until = start, today
    return since, until


@bp.get("/unmet")
@login_required()
def unmet_demand():
    s, user = db(), current_user()
    since, until = _period()
    result = unmet.report(s, since, until, district_ids(s, user))
    audit(s, user.email, "report.unmet", detail=f"{since}..{until}")
    s.commit()
    return render_template("unmet.html", r=result, since=since, until=until)


@bp.get("/unmet.csv")
@login_required()
def unmet_demand_csv():
    s, user = db(), current_user()
    since, until = _period()
    result = unmet.report(s, since, until, district_ids(s, user))
    audit(s, user.email, "export.unmet", detail=f"{since}..{until}; {len(result['rows'])} rows")
    s.commit()
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["district", "asked_for", "times"])
    for row in result["rows"]:
        w.writerow([row["district"], row["asked_for"], row["times"]])
    return Response(out.getvalue(), mimetype="text/csv", headers={
        "Content-Disposition": f"attachment; filename=unmet-demand-{since}-{until}.csv"})
