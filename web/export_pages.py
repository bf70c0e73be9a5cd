"""Exports staff take away, as CSV or as an Excel workbook: the CCIS status export, the
phone-chase list, the opt-out list, campaign results and recipients, the scorecard and KPIs,
and (admins) an audit log extract. Every export is
within the user's districts and is itself audited; phone numbers appear only for those who
may see them (neet.contact)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import date

from flask import Blueprint, Response, abort, request
from openpyxl import Workbook
from sqlalchemy import func, select

from db.models import AuditEntry, ConsentEvent, ContactPoint, District, Person
from neet.ages import school_year_start
from neet.audit import audit
from neet.clock import today_london
from neet.interchange import export as ccis_export
from web import figures_data
from web.auth import current_user, db, login_required
from web.scope import district_ids, visible_district_names

bp = Blueprint("exports", __name__, url_prefix="/exports")
FORMATS = {"csv": "text/csv",
           "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def _since() -> date:
    try:
        return date.fromisoformat(request.args.get("since") or "")
    except ValueError:
        return school_year_start(today_london())


def _send(name: str, fmt: str, header: list[str], rows: Iterable[list]) -> Response:
    rows = [[("" if v is None else v) for v in r] for r in rows]
    s, user = db(), current_user()
    audit(s, user.email, f"export.{name}", detail=f"{fmt}; {len(rows)} rows")
    s.commit()
    filename = f"{name}-{today_london()}.{fmt}"
    if fmt == "csv":
        out = io.StringIO()
        w = csv.writer(out)
        w.writerow(header)
        w.writerows(rows)
        body: bytes | str = out.getvalue()
    else:
        wb = Workbook(write_only=True)
        ws = wb.create_sheet(name[:31])
        ws.append(header)
        for r in rows:
            ws.append([str(v) if not isinstance(v, int | float) else v for v in r])
        buf = io.BytesIO()
        wb.save(buf)
        body = buf.getvalue()
    return Response(body, mimetype=FORMATS[fmt],
                    headers={"Content-Disposition": f"attachment; filename={filename}"})


def _format(fmt: str) -> str:
    if fmt not in FORMATS:
        abort(404)
    return fmt


@bp.get("/statuses.<fmt>")
@login_required("tracking", "manager", "admin")
def statuses(fmt: str):
    """The CCIS status export (`neet export statuses`), for the user's districts."""
    s, user = db(), current_user()
    rows = ccis_export.rows_since(s, _since(), today_london(), district_ids(s, user))
    return _send("ccis-statuses", _format(fmt), ccis_export.COLUMNS, list(rows))


@bp.get("/phone-chase.<fmt>")
@login_required("tracking", "nss", "manager", "admin")
def phone_chase(fmt: str):
    """People a campaign could not reach, to call; numbers only for those who may see them."""
    s, user = db(), current_user()
    numbers = user.role in ("tracking", "nss")
    q = (select(Person, District.name).join(District, District.id == Person.district_id)
         .where(Person.phone_chase.is_(True)).order_by(District.name, Person.surname))
    ids = district_ids(s, user)
    if ids is not None:
        q = q.where(Person.district_id.in_(ids))
    rows = []
    for p, district in s.execute(q):
        row = [p.ccis_id, p.forename, p.surname, district,
               p.current_activity.code if p.current_activity else ""]
        if numbers:
            row.append("; ".join(c.address for c in s.scalars(
                select(ContactPoint).where(ContactPoint.person_id == p.id,
                                           ContactPoint.channel == "sms",
                                           ContactPoint.valid.is_(True)))))
        rows.append(row)
    header = ["YoungPersonsID", "Forename", "Surname", "District", "ActivityCode"]
    return _send("phone-chase", _format(fmt), header + (["Mobile"] if numbers else []), rows)


@bp.get("/opt-outs.<fmt>")
@login_required("tracking", "manager", "admin")
def opt_outs(fmt: str):
    """Who has asked for no more messages, on which channel, since when (the latest event
    per person and channel is in force)."""
    s, user = db(), current_user()
    latest = (select(ConsentEvent.person_id, ConsentEvent.channel, func.max(ConsentEvent.id).label("id"))
              .where(ConsentEvent.kind == "messaging")
              .group_by(ConsentEvent.person_id, ConsentEvent.channel).subquery())
    q = (select(Person.ccis_id, Person.forename, Person.surname, District.name,
                ConsentEvent.channel, ConsentEvent.at, ConsentEvent.source)
         .join(latest, latest.c.id == ConsentEvent.id)
         .join(Person, Person.id == ConsentEvent.person_id)
         .join(District, District.id == Person.district_id)
         .where(ConsentEvent.granted.is_(False)).order_by(District.name, Person.surname))
    ids = district_ids(s, user)
    if ids is not None:
        q = q.where(Person.district_id.in_(ids))
    rows = [[c, f, sn, d, ch, at.date().isoformat(), src] for c, f, sn, d, ch, at, src in s.execute(q)]
    return _send("opt-outs", _format(fmt),
                 ["YoungPersonsID", "Forename", "Surname", "District", "Channel", "Since", "How"],
                 rows)


@bp.get("/audit.<fmt>")
@login_required("admin")
def audit_log(fmt: str):
    """Who saw or changed what, since a date (no message text or numbers are ever in it)."""
    s = db()
    q = (select(AuditEntry).where(AuditEntry.at >= _since()).order_by(AuditEntry.id)
         .limit(100_000))
    rows = [[e.at.isoformat(timespec="seconds"), e.actor, e.action, e.person_id or "", e.entity,
             e.entity_id, e.detail] for e in s.scalars(q)]
    return _send("audit", _format(fmt),
                 ["At", "Who", "Action", "PersonId", "Entity", "EntityId", "Detail"], rows)


@bp.get("")
@login_required()
def index():
    from flask import render_template

    return render_template("exports.html", since=_since())


@bp.get("/figures/<what>.<fmt>")
@login_required()
def figures(what: str, fmt: str):
    """The scorecard (this month by place, the county, the trend) or the KPIs by place."""
    makers = {"scorecard": figures_data.scorecard_rows, "kpis": figures_data.kpi_rows,
              "groups": figures_data.breakdown_rows,
              "destinations": figures_data.destination_rows}
    if what not in makers:
        abort(404)
    s, user = db(), current_user()
    header, rows = makers[what](figures_data.gather(s, user))
    return _send(what, _format(fmt), header, rows)


@bp.get("/campaigns/<int(max=2147483647):cid>/<what>.<fmt>")
@login_required("tracking", "manager", "admin")
def campaign(cid: int, what: str, fmt: str):
    """A campaign's results by district, or its recipients one a row (what happened to each
    message, whether they replied, their status now), for the user's districts."""
    from db.models import Campaign, Message, OutboxItem
    from outreach import campaigns

    s, user = db(), current_user()
    c = s.get(Campaign, cid)
    if c is None or what not in ("results", "recipients"):
        abort(404)
    visible = visible_district_names(s, user)
    if what == "results":
        rep = campaigns.report(s, c)
        keys = ["planned", "queued", "sent", "delivered", "failed", "skipped", "replied",
                "statuses_resolved", "not_knowns_cleared", "neets_found", "referrals",
                "opt_outs", "wrong_numbers", "crises"]
        rows = [[d, *(k.get(key, 0) for key in keys)] for d, k in rep["districts"].items()
                if visible is None or d in visible]
        return _send(f"campaign-{cid}-results", _format(fmt), ["District", *keys], rows)
    q = (select(Person, District.name, OutboxItem.step, OutboxItem.status, Message.status)
         .join(Person, Person.id == OutboxItem.person_id)
         .join(District, District.id == Person.district_id)
         .outerjoin(Message, Message.id == OutboxItem.message_id)
         .where(OutboxItem.campaign_id == cid).order_by(District.name, Person.surname,
                                                         OutboxItem.step))
    ids = district_ids(s, user)
    if ids is not None:
        q = q.where(Person.district_id.in_(ids))
    found = s.execute(q).all()
    start = c.created_at
    replied = set(s.scalars(select(Message.person_id).where(
        Message.direction == "in", Message.created_at >= start,
        Message.person_id.in_({p.id for p, *_ in found}))))
    rows = [[p.ccis_id, p.forename, p.surname, d, step, ostatus, mstatus or "",
             "Y" if p.id in replied else "N",
             p.current_activity.code if p.current_activity else ""]
            for p, d, step, ostatus, mstatus in found]
    return _send(f"campaign-{cid}-recipients", _format(fmt),
                 ["YoungPersonsID", "Forename", "Surname", "District", "Step", "Outbox",
                  "Message", "Replied", "ActivityCodeNow"], rows)


@bp.get("/september-guarantee.<fmt>")
@login_required("tracking", "nss", "manager", "admin")
def september_guarantee(fmt: str):
    """Each young person on this year's September Guarantee cohort (set on 31 May) with the
    offer in force, if any: type, provider, intended destination, who reported it."""
    from db.models import SgOffer
    from neet import september_guarantee as sg

    s, user = db(), current_user()
    sept = sg.september_for(today_london())
    members, _ = sg.load(s, sept, district_ids(s, user))
    cohort = {m.person_id: m for m in members if sg.in_cohort(m, sept)}
    offers = {o.person_id: o for o in s.scalars(select(SgOffer).where(
        SgOffer.for_september == sept).order_by(SgOffer.recorded_on, SgOffer.id))}
    people = {p.id: p for p in s.scalars(select(Person).where(Person.id.in_(list(cohort))))}
    set_on = date(sept, 5, 31)
    from neet.ages import year_group

    rows = []
    for pid, m in sorted(cohort.items(), key=lambda kv: (kv[1].district, people[kv[0]].surname)):
        p, o = people[pid], offers.get(pid)
        rows.append([p.ccis_id, p.forename, p.surname, m.district, year_group(m.dob, set_on),
                     o.offer_type if o else "", o.provider if o else "",
                     o.intended_destination if o else p.intended_destination,
                     o.recorded_on.isoformat() if o else "", o.source if o else "",
                     o.reporter if o else ""])
    return _send(f"september-guarantee-{sept}", _format(fmt),
                 ["YoungPersonsID", "Forename", "Surname", "District", "YearGroup", "OfferType",
                  "Provider", "IntendedDestination", "RecordedOn", "Source", "Reporter"], rows)
