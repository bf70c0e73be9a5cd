"""The monthly NEET review board and the worker's inbox: what each caseworker has to do."""

from __future__ import annotations

import csv
import io

from flask import Blueprint, Response, flash, redirect, render_template, request, url_for
from sqlalchemy import select

from db.models import Alert, Person, Referral, ReviewItem
from neet import review_board
from neet.clock import london_date, today_london
from neet.referrals import service
from web.auth import current_user, db, login_required
from web.referral_pages import clocks_of
from web.scope import audit_list, district_ids, person_or_404, scoped
from web.threads import last_messages

bp = Blueprint("board", __name__)


@bp.get("/board")
@login_required()
def board():
    s, user = db(), current_user()
    today = today_london()
    rows = review_board.load(s, district_ids(s, user), today)
    audit_list(s, user, "review_board", count=len(rows))
    return render_template("board.html", rows=rows, today=today,
                           overdue=sum(r.overdue(today) for r in rows))


@bp.get("/board.csv")
@login_required()
def board_csv():
    s, user = db(), current_user()
    today = today_london()
    rows = review_board.load(s, district_ids(s, user), today)
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["YoungPersonsID", "Name", "District", "ActivityCode", "NEETStartDate",
                "Caseworker", "LastContact", "NextAction", "NextActionDue", "ReviewDate",
                "Overdue"])
    for r in rows:
        w.writerow([r.ccis_id, r.name, r.district, r.code, r.neet_start or "", r.caseworker,
                    london_date(r.last_contact) or "", r.next_action, r.next_action_due or "",
                    r.review_due or "", "Y" if r.overdue(today) else "N"])
    audit_list(s, user, "review_board.export", count=len(rows))
    return Response(out.getvalue(), mimetype="text/csv", headers={
        "Content-Disposition": f"attachment; filename=neet-review-board-{today}.csv"})


@bp.post("/board/<int(max=2147483647):pid>/reviewed")
@login_required("nss", "manager")
def reviewed(pid: int):
    s, user = db(), current_user()
    p = person_or_404(s, user, pid, action="person.update")
    try:
        review_board.mark_reviewed(s, p, request.form.get("note", ""), user.email, today_london())
    except ValueError as exc:
        s.rollback()
        flash(f"Not recorded: {exc}.", "error")
        return board(), 400
    s.commit()
    flash(f"Review recorded for {p.forename} {p.surname}.")
    return redirect(url_for("board.board"))


@bp.get("/inbox")
@login_required()
def inbox():
    """What is waiting for this worker: their referrals (most at risk first), help requests
    nobody has picked up, and replies the bot could not read, each with the conversation."""
    s, user = db(), current_user()
    today = today_london()
    mine = s.scalars(select(Referral).where(Referral.assigned_to_id == user.id,
                                            Referral.status.in_(service.OPEN))
                     .order_by(Referral.next_action_due.is_(None), Referral.next_action_due,
                               Referral.raised_at)).all()
    helps = s.scalars(scoped(select(Alert).where(Alert.kind == "callback",
                                                 Alert.acknowledged_at.is_(None))
                             .order_by(Alert.raised_at).limit(100), Alert.district_id, s, user)).all()
    items = s.scalars(scoped(select(ReviewItem).join(Person, Person.id == ReviewItem.person_id)
                             .where(ReviewItem.status == "open").order_by(ReviewItem.id).limit(100),
                             Person.district_id, s, user)).all()
    pids = {r.person_id for r in mine} | {a.person_id for a in helps if a.person_id} \
        | {i.person_id for i in items}
    people = {p.id: p for p in s.scalars(select(Person).where(Person.id.in_(pids)))}
    audit_list(s, user, "inbox", count=len(mine) + len(helps) + len(items))
    return render_template("inbox.html", mine=[(r, *clocks_of(r, today)) for r in mine],
                           helps=helps, items=items, people=people, today=today,
                           threads=last_messages(s, pids, 4))
