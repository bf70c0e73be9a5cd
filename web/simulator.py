"""The phone simulator: read what the service sent a young person, answer as them. It uses
the same inbound path as the real channels. Only in simulator mode."""

from __future__ import annotations

import itertools
import time

from flask import Blueprint, abort, current_app, redirect, render_template, request, url_for
from sqlalchemy import select

from bot.arrival import handle
from db.models import ContactPoint, Message, Person
from web.auth import current_user, db, login_required
from web.paging import page_of
from web.scope import audit_list, person_or_404, scoped
from webhooks.outbound import deliver_urgent_now

bp = Blueprint("simulator", __name__, url_prefix="/simulator")
_seq = itertools.count()


def _enabled() -> None:
    if current_app.extensions["neet"].settings.channel_mode != "simulator":
        abort(404)


@bp.get("")
@login_required()
def index():
    _enabled()
    s, user = db(), current_user()
    q = (select(Person).where(Person.id.in_(select(Message.person_id).where(
        Message.direction == "out"))).order_by(Person.surname, Person.forename, Person.id))
    pg = page_of(s, scoped(q, Person.district_id, s, user), 100)
    audit_list(s, user, "simulator", count=len(pg.items))
    return render_template("simulator.html", people=pg.items, pg=pg)


@bp.get("/<int(max=2147483647):pid>")
@login_required()
def phone(pid: int):
    _enabled()
    s, user = db(), current_user()
    p = person_or_404(s, user, pid, action="simulator.view")
    s.commit()
    msgs = s.scalars(select(Message).where(Message.person_id == pid).order_by(Message.id)).all()
    return render_template("phone.html", p=p, msgs=msgs)


@bp.post("/<int(max=2147483647):pid>")
@login_required()
def reply(pid: int):
    _enabled()
    s, user = db(), current_user()
    p = person_or_404(s, user, pid, action="simulator.reply")
    s.commit()
    cp = s.scalar(select(ContactPoint).where(ContactPoint.person_id == p.id)
                  .order_by(ContactPoint.valid.desc(), ContactPoint.id))
    if cp is None:
        abort(400, "no contact point to reply from")
    text = (request.form.get("text") or "")[:1600]
    rt = current_app.extensions["neet"]
    if handle(rt, cp.channel, cp.address, text, f"SIMIN{time.time_ns()}{next(_seq)}").get("urgent"):
        deliver_urgent_now(rt.sessions)
    return redirect(url_for("simulator.phone", pid=pid))
