"""Replies the bot could not understand twice: a person labels them; the label is kept."""

from __future__ import annotations

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from sqlalchemy import select

from bot import inbound
from bot.arrival import send_now
from bot.understand import LABELS
from db.models import Message, Person, ReviewItem
from web.auth import current_user, db, login_required
from web.paging import page_of
from web.scope import audit_list, district_ids
from web.threads import last_messages
from webhooks.outbound import deliver_urgent_now

LABEL_WORDS = {
    "crisis": "Crisis: at risk of harm (raises a safeguarding alert now)",
    "opt_out": "Wants no more messages",
    "opt_in": "Wants messages again",
    "wrong_number": "Wrong number",
    "help": "Asking for help or a call back",
    "affirm": "Yes",
    "deny": "No",
    "unclear": "Still unclear",
    "status:education": "In education (school, college, uni)",
    "status:apprenticeship": "On an apprenticeship",
    "status:training": "In training (traineeship, internship)",
    "status:employment_with_training": "In a job with training",
    "status:employment": "In a job",
    "status:volunteering": "Volunteering",
    "status:seeking": "Looking for work or learning",
    "status:start_agreed": "Has a start date agreed",
    "status:not_available_illness": "Not available: ill",
    "status:not_available_pregnancy": "Not available: pregnant",
    "status:not_available_parent": "Not available: a young parent",
    "status:not_available_carer": "Not available: a young carer",
    "status:moved_away": "Moved away",
    "status:custody": "In custody (prison, YOI, remand)",
    "refused": "Won't say what they do",
    "new_number": "Says this is their new number (check, then update the contact)",
    "question": "Asks who we are or how we got their number",
}

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
    q = select(ReviewItem).where(ReviewItem.status == "open").order_by(ReviewItem.id)
    ids = district_ids(s, user)
    if ids is not None:  # unknown senders' replies only for county-wide roles
        q = q.where(ReviewItem.person_id.in_(select(Person.id).where(Person.district_id.in_(ids))))
    pg = page_of(s, q, 50)
    items = pg.items
    msgs = {m.id: m for m in s.scalars(select(Message).where(Message.id.in_([i.message_id for i in items])))}
    audit_list(s, user, "review", count=len(items))
    people = {p.id: p for p in s.scalars(select(Person).where(
        Person.id.in_([i.person_id for i in items if i.person_id])))}
    last = last_messages(s, [i.person_id for i in items], 6)
    thread = {i.id: last[i.person_id] for i in items if i.person_id}
    return render_template("review.html", items=items, msgs=msgs, people=people, thread=thread,
                           labels=[(label, LABEL_WORDS.get(label, label)) for label in LABELS],
                           label_words=LABEL_WORDS, pg=pg)


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
    s.commit()
    # the label has the effect the bot's own would have had (a crisis: alert, hold, help numbers)
    rt = current_app.extensions["neet"]
    send_now(rt, inbound.relabel(rt, item.message_id, chosen, user.email))
    if chosen == "crisis":
        deliver_urgent_now(rt.sessions)
    flash(f"Labelled as {LABEL_WORDS.get(chosen, chosen)}. Thank you.")
    return redirect(url_for("review.index"))


@bp.post("/<int(max=2147483647):iid>/link")
@login_required("tracking", "nss")
def link(iid: int):
    """An unknown number said who they are: a member of staff finds the young person (by CCIS
    id) and confirms; the message joins their record and the number becomes theirs."""
    from sqlalchemy import select as sql_select

    from neet import contact
    from web.scope import person_or_404

    s, user = db(), current_user()
    item = s.get(ReviewItem, iid) or abort(404)
    if item.person_id is not None or not _visible(s, user, item) or item.status != "open":
        abort(404)
    msg = s.get(Message, item.message_id)
    ccis = (request.form.get("ccis_id") or "").strip()[:13]
    pid = s.scalar(sql_select(Person.id).where(Person.ccis_id == ccis)) if ccis else None
    if pid is None or request.form.get("confirm") != "yes":
        flash("Give the young person's CCIS id and tick that you have checked it is them.",
              "error")
        return index(), 400
    person = person_or_404(s, user, pid, action="person.update")
    try:
        contact.move_to_new_number(s, user, person, msg.channel, msg.sender)
    except contact.NotAllowed:
        abort(403)
    msg.person_id = person.id
    item.person_id, item.status, item.labelled_by = person.id, "labelled", user.email
    item.label = "new_number"
    s.commit()
    flash(f"The number is now {person.forename} {person.surname}'s.")
    return redirect(url_for("people.show", pid=person.id))
