"""Referral queues, one per service: assignment, notes, next action, the 20-working-day and
6-week clocks with RAG, moving a referral on, and the NSS KPIs of the worker's districts."""

from __future__ import annotations

import csv
import io
from datetime import date

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for
from sqlalchemy import select

from db.models import Person, Provision, Referral, ReferralNote, StaffUser
from neet.clock import london_date, today_london
from neet.referrals import clocks, service
from neet.referrals.rules import SERVICES
from neet.reports import kpis
from web.auth import current_user, db, login_required
from web.paging import page_of
from web.scope import audit_list, district_ids, record_or_404, scoped
from web.threads import last_messages

bp = Blueprint("referrals", __name__, url_prefix="/referrals")
SHOW = {"open": "Open", "mine": "Mine", "unassigned": "Not assigned", "closed": "Closed"}
WORKERS = ("nss", "manager")  # who works referrals; tracking officers and admins look only


def clocks_of(r: Referral, today: date) -> tuple[clocks.Clock, clocks.Clock]:
    raised = london_date(r.raised_at)
    matched = london_date(r.matched_at) if r.eet_code else None
    return (clocks.assessment(raised, london_date(r.assessed_at), today),
            clocks.eet(raised, matched, today))


def _queue_args(user: StaffUser) -> tuple[str, str]:
    """The queue (a service, or "all") and which of its referrals to show. A worker starts on
    their own service's queue; anything not on the lists is a 400."""
    default = user.service if user.role == "nss" else "all"
    queue, show = request.args.get("queue", default), request.args.get("show", "open")
    if (queue != "all" and queue not in SERVICES) or show not in SHOW:
        abort(400)
    return queue, show


def _queue_query(s, user: StaffUser, queue: str, show: str):
    q = select(Referral)
    if queue != "all":
        q = q.where(Referral.service == queue)
    if show == "closed":
        q = q.where(Referral.status == "closed").order_by(Referral.closed_at.desc())
    else:
        q = q.where(Referral.status.in_(service.OPEN)).order_by(Referral.raised_at)
        if show == "mine":
            q = q.where(Referral.assigned_to_id == user.id)
        elif show == "unassigned":
            q = q.where(Referral.assigned_to_id.is_(None))
    return scoped(q.order_by(Referral.id), Referral.district_id, s, user)


def _lookups(s, items):
    people = {p.id: p for p in s.scalars(select(Person).where(
        Person.id.in_({r.person_id for r in items})))}
    staff = {u.id: u for u in s.scalars(select(StaffUser).where(
        StaffUser.id.in_({r.assigned_to_id for r in items if r.assigned_to_id})))}
    return people, staff


_RED_FIRST = {"red": 0, "amber": 1, "green": 2}


@bp.get("")
@login_required()
def index():
    s, user = db(), current_user()
    queue, show = _queue_args(user)
    today = today_london()
    pg = page_of(s, _queue_query(s, user, queue, show), 200)
    items = pg.items
    rows = [(r, *clocks_of(r, today)) for r in items]
    if show != "closed":  # the referral most at risk of missing a target first
        rows.sort(key=lambda t: (min(_RED_FIRST[t[1].rag], _RED_FIRST[t[2].rag]),
                                 t[0].next_action_due or date.max))
    people, staff = _lookups(s, items)
    ids = district_ids(s, user)
    month_start = today.replace(day=1)
    figures = kpis.compute(kpis.load(s, ids), month_start, today)
    audit_list(s, user, "referrals", f"queue {queue}, {show}", count=len(items))
    return render_template("referrals.html", rows=rows, people=people, staff=staff, queue=queue,
                           show=show, queues=SERVICES, shows=SHOW, kpi=figures,
                           month_start=month_start, today=today, pg=pg)


@bp.get("/export.csv")
@login_required()
def export():
    """The queue as a spreadsheet, without contact details (audited)."""
    s, user = db(), current_user()
    queue, show = _queue_args(user)
    today = today_london()
    items = s.scalars(_queue_query(s, user, queue, show)).all()
    people, staff = _lookups(s, items)
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["ReferralID", "YoungPersonsID", "Name", "Service", "Status", "Raised", "Worker",
                "NextAction", "NextActionDue", "AssessmentRAG", "AssessmentDue", "EETRAG",
                "EETDue", "Reasons"])
    for r in items:
        a, e = clocks_of(r, today)
        p = people[r.person_id]
        w.writerow([r.id, p.ccis_id, f"{p.forename} {p.surname}", r.service, r.status,
                    london_date(r.raised_at), staff[r.assigned_to_id].name if r.assigned_to_id else "",
                    r.next_action, r.next_action_due or "", a.rag, a.due, e.rag, e.due, r.reasons])
    audit_list(s, user, "referrals.export", f"queue {queue}, {show}", count=len(items))
    return Response(out.getvalue(), mimetype="text/csv", headers={
        "Content-Disposition": f"attachment; filename=referrals-{queue}-{show}-{today}.csv"})


def _page(s, r: Referral, status: int = 200):
    from web.scope import person_or_404

    user = current_user()
    p = person_or_404(s, user, r.person_id)
    notes = s.scalars(select(ReferralNote).where(ReferralNote.referral_id == r.id)
                      .order_by(ReferralNote.at.desc(), ReferralNote.id.desc())).all()
    msgs = last_messages(s, [p.id], 8)[p.id]
    s.commit()
    return render_template(
        "referral.html", r=r, p=p, next=sorted(service.LIFECYCLE[r.status]),
        clocks=clocks_of(r, today_london()), notes=notes, msgs=msgs,
        worker=s.get(StaffUser, r.assigned_to_id) if r.assigned_to_id else None,
        holders=service.may_hold(s, r), may_work=user.role in WORKERS,
        course=s.get(Provision, r.provision_id) if r.provision_id else None,
        today=today_london()), status


@bp.get("/<int(max=2147483647):rid>")
@login_required()
def show(rid: int):
    s, user = db(), current_user()
    return _page(s, record_or_404(s, user, Referral, rid))


def _act(rid: int, do, done: str):
    """Run one change on an in-scope referral: 404 outside the district, 400 for bad input
    (nothing written), else commit and go back to the referral."""
    s, user = db(), current_user()
    r = record_or_404(s, user, Referral, rid)
    try:
        do(s, r, user)
    except ValueError as exc:  # BadTransition is a ValueError
        s.rollback()
        flash(str(exc), "error")
        return _page(s, s.get(Referral, rid), 400)
    s.commit()
    flash(done)
    return redirect(url_for("referrals.show", rid=rid))


@bp.post("/<int(max=2147483647):rid>/move")
@login_required(*WORKERS)
def move(rid: int):
    f = request.form

    def do(s, r, user):
        code = (f.get("eet_code") or "").strip()
        if code and not code.isdigit():
            raise ValueError("the EET destination is an NCCIS code such as 320")
        service.move(s, r, f.get("to", ""), user.email, today=today_london(),
                     outcome=f.get("outcome", ""), eet_code=int(code[:4]) if code else None)

    return _act(rid, do, "Referral moved on.")


@bp.post("/<int(max=2147483647):rid>/assign")
@login_required(*WORKERS)
def assign(rid: int):
    raw = request.form.get("worker_id") or ""

    def do(s, r, user):
        if not raw.isdigit() or len(raw) > 9:
            raise ValueError("choose a worker from the list")
        service.assign(s, r, int(raw), user.email)

    return _act(rid, do, "Referral assigned.")


@bp.post("/<int(max=2147483647):rid>/notes")
@login_required(*WORKERS)
def add_note(rid: int):
    return _act(rid, lambda s, r, user: service.add_note(s, r, request.form.get("text", ""),
                                                         user.email), "Note added.")


@bp.post("/<int(max=2147483647):rid>/next-action")
@login_required(*WORKERS)
def next_action(rid: int):
    f = request.form

    def do(s, r, user):
        try:
            due = date.fromisoformat(f.get("due", ""))
        except ValueError:
            raise ValueError("give the due date as a date") from None
        service.set_next_action(s, r, f.get("what", ""), due, user.email, today_london())

    return _act(rid, do, "Next action set.")
