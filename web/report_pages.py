"""Reports: the figures page (scorecard charts, trend, areas against the county, NSS KPIs
with RAG) and unmet demand (what young people asked for that nothing in their district
offered) for the January gap analysis, on a page and as CSV. All district scoped."""

from __future__ import annotations

import csv
import io
from datetime import date

from flask import Blueprint, Response, current_app, render_template, request

from neet.ages import school_year_start
from neet.audit import audit
from neet.clock import today_london
from neet.reports import unmet
from web import charts, figures_data
from web.auth import current_user, db, login_required
from web.scope import district_ids

bp = Blueprint("reports", __name__, url_prefix="/reports")


def _unmet(action: str) -> tuple[dict, date, date]:
    """The period asked for (this school year by default), its report within the user's
    districts, audited as `action`."""
    s, user = db(), current_user()
    today = today_london()
    try:
        since = date.fromisoformat(request.args.get("since") or "")
    except ValueError:
        since = school_year_start(today)
    try:
        until = date.fromisoformat(request.args.get("until") or "")
    except ValueError:
        until = today
    result = unmet.report(s, since, until, district_ids(s, user))
    audit(s, user.email, action, detail=f"{since}..{until}; {len(result['rows'])} rows")
    s.commit()
    return result, since, until


@bp.get("/unmet")
@login_required()
def unmet_demand():
    result, since, until = _unmet("report.unmet")
    return render_template("unmet.html", r=result, since=since, until=until)


@bp.get("/unmet.csv")
@login_required()
def unmet_demand_csv():
    result, since, until = _unmet("export.unmet")
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["district", "asked_for", "times"])
    for row in result["rows"]:
        w.writerow([row["district"], row["asked_for"], row["times"]])
    return Response(out.getvalue(), mimetype="text/csv", headers={
        "Content-Disposition": f"attachment; filename=unmet-demand-{since}-{until}.csv"})


@bp.get("/figures")
@login_required()
def figures():
    """The scorecard as charts (by district with the target, trend by month), area totals
    beside the county, and the NSS KPIs by district and area with RAG."""
    s, user = db(), current_user()
    f = figures_data.gather(s, user)
    target = current_app.extensions["neet"].settings.target_combined_pct
    audit(s, user.email, "report.figures")
    s.commit()
    return render_template("figures.html", **f, target=target, kpi_names=figures_data.KPI_NAMES,
                           bars=charts.district_bars(f["card"]["districts"], target,
                                               (f["card"].get("dec_feb_average") or {}).get("districts")),
                           lines=charts.trend_lines(f["trend"], target))
