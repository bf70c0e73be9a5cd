"""The dashboard: NEET and Not Known figures by district (chart), the Dec-Feb average,
live campaigns and open alerts, all within the user's scope."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template
from sqlalchemy import func, select

from db.models import Alert, Campaign, Referral
from neet.clock import today_london
from neet.reports import snapshots
from web import charts
from web.auth import current_user, db, login_required
from web.scope import district_ids, scoped_scorecard

bp = Blueprint("dashboard", __name__)


@bp.get("/dashboard")
@login_required()
def index():
    s, user = db(), current_user()
    today = today_london()
    settings = current_app.extensions["neet"].settings
    target = settings.target_combined_pct
    card = snapshots.scorecard_for(s, f"{today.year}-{today.month:02d}", today,
                                   settings.figures_max_age)
    ids = district_ids(s, user)
    card = scoped_scorecard(card, s, user)
    districts = card["districts"]
    campaigns = s.scalars(select(Campaign).where(Campaign.status.in_(("live", "paused")))
                          .order_by(Campaign.id.desc())).all()
    aq = select(func.count()).select_from(Alert).where(Alert.acknowledged_at.is_(None))
    rq = select(func.count()).select_from(Referral).where(Referral.status.in_(("raised", "notified")))
    if ids is not None:
        aq, rq = aq.where(Alert.district_id.in_(ids)), rq.where(Referral.district_id.in_(ids))
    from neet import calendar

    return render_template("dashboard.html", card=card, districts=districts,
                           seasons=calendar.now_and_next(today),
                           county=card.get("county"),
                           campaigns=campaigns, open_alerts=s.scalar(aq),
                           new_referrals=s.scalar(rq),
                           chart=charts.district_bars(
                               districts, target, (card.get("dec_feb_average") or {}).get("districts")))
