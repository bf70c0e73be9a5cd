"""Replies the bot could not understand twice: a person labels them; the label is kept."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from sqlalchemy import select

from bot.understand import LABELS
from db.models import Message, Person, ReviewItem
from neet.audit import audit
from web.auth import current_user, db, login_required
from web.scope import audit_list, district_ids

bp = Blueprint("review", __name__, url_prefix="/review")


def _visible(s, user, item: ReviewItem) -> bool:
    ids = district_ids(s, user)
    if ids is None:
        return True
    p = s.get(Person, item.person_id) if item.person_id else None
    return p is not None and p.district_id in ids


@bp.get("")
@login_required()
def index():
    s, user = db(), current_user()
    items = [i for i in s.scalars(select(ReviewItem).where(ReviewItem.status == "open")
                                  .order_by(ReviewItem.id).limit(200)) if _visible(s, user, i)]
    msgs = {m.id: m for m in s.scalars(select(Message).where(Message.id.in_([i.message_id for i in items])))}
    audit_list(s, user, "review", count=len(items))
    return render_template("review.html", items=items, msgs=msgs, labels=LABELS)


@bp.post("/<int(max=2147483647):iid>")
@login_required()
def label(iid: int):
    s, user = db(), current_user()
    item = s.get(ReviewItem, iid) or abort(404)
    if not _visible(s, user, item):
        abort(404)
    chosen = request.form.get("label", "")
    if chosen not in LABELS:
        flash("Choose one of the labels.", "error")
        return redirect(url_for("review.index"))
    item.label, item.labelled_by, item.status = chosen, user.email, "labelled"
    msg = s.get(Message, item.message_id)
    msg.label = chosen
    audit(s, user.email, "review.label", person_id=item.person_id, entity="message",
          entity_id=msg.id, detail=chosen)
    s.commit()
    flash("Labelled. Thank you.")
    return redirect(url_for("review.index"))
