"""People: search within scope, a person's timeline, correcting a status."""

from __future__ import annotations

from datetime import date

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import joinedload

from bot import takeover
from bot.conversation import HELD
from db.models import (
    Activity,
    Alert,
    CallLog,
    ConsentEvent,
    ContactPoint,
    Conversation,
    Message,
    Person,
    Referral,
    SgOffer,
)
from messaging.send import Blocked
from neet import codes, contact, currency
from neet.clock import today_london
from neet.records import NewActivity, record_activity
from neet.referrals import service as referrals
from neet.referrals.rules import SERVICES
from neet.september_guarantee import OFFER_TYPES
from web.auth import current_user, db, login_required
from web.changes import form_id, on_person
from web.scope import audit_list, person_or_404, scoped

bp = Blueprint("people", __name__, url_prefix="/people")


@bp.get("")
@login_required()
def index():
    """Search and filters (district, status group with currency applied, characteristic,
    lapsing soon, campaign, last heard from), fifty a page."""
    s, user = db(), current_user()
    q = " ".join((request.args.get("q") or "").split())[:80]
    page = int(request.args["page"]) if (request.args.get("page") or "").isdigit() else 1
    page = max(1, min(page, 10_000))
    f = _filters(s, user)
    # the district and current activity of each row come with it (not a read per row)
    query = scoped(select(Person).options(joinedload(Person.district),
                                          joinedload(Person.current_activity))
                   .order_by(Person.surname, Person.forename, Person.id),
                   Person.district_id, s, user)
    if q:
        query = query.where(search_terms(q))
    query = _where(query, f)
    today = today_london()
    if f["group"] or f["lapsing"]:  # currency is applied in Python: stream until the page fills
        wanted, rows = page * PAGE + 1, []
        for p in s.scalars(query.execution_options(yield_per=500)):
            if _keep(p, f, today):
                rows.append(p)
                if len(rows) >= wanted:
                    break
        rows = rows[(page - 1) * PAGE:]
    else:
        rows = s.scalars(query.offset((page - 1) * PAGE).limit(PAGE + 1)).all()
    people, more = rows[:PAGE], len(rows) > PAGE
    audit_list(s, user, "people", " ".join(filter(None, [q, *(f"{k}={v}" for k, v in f.items()
                                                              if v and k != "options")])),
               len(people))
    args = {k: v for k, v in f.items() if v and k != "options"}
    return render_template("people.html", people=people, q=q, today=today,
                           group=lambda p: _group(p), page=page, more=more, f=f, args=args)


FILTER_DAYS = ("7", "30", "60")


def _filters(s, user) -> dict:
    """The filters asked for, each checked against what may be chosen (anything else is
    ignored, never an error page)."""
    from db.models import Campaign, District

    a = request.args
    districts = sorted(s.scalars(scoped(select(District.name), District.id, s, user)))
    campaigns = {str(i): n for i, n in s.execute(select(Campaign.id, Campaign.name)
                                                 .order_by(Campaign.id.desc()).limit(50))}
    chosen = {
        "district": a.get("district") if a.get("district") in districts else "",
        "group": a.get("group") if a.get("group") in [g.value for g in codes.Group] else "",
        "characteristic": a.get("characteristic")
        if (a.get("characteristic") or "").isdigit()
        and int(a["characteristic"]) in codes.CHARACTERISTICS else "",
        "lapsing": a.get("lapsing") if a.get("lapsing") in FILTER_DAYS else "",
        "campaign": a.get("campaign") if a.get("campaign") in campaigns else "",
        "heard": a.get("heard") if a.get("heard") in ("never", *FILTER_DAYS) else "",
        "at_risk": "1" if a.get("at_risk") == "1" else "",
    }
    chosen["options"] = {"districts": districts, "campaigns": campaigns,
                         "groups": [g.value for g in codes.Group],
                         "characteristics": codes.CHARACTERISTICS}
    return chosen


def _where(query, f: dict):
    from sqlalchemy import literal

    from db.models import District, OutboxItem

    if f["district"]:
        query = query.where(Person.district_id.in_(
            select(District.id).where(District.name == f["district"])))
    if f["at_risk"]:
        query = query.where(Person.at_risk_on.is_not(None))
    if f["characteristic"]:
        query = query.where((literal(";") + Person.characteristics + literal(";"))
                            .like(f"%;{f['characteristic']};%"))
    if f["campaign"]:
        query = query.where(Person.id.in_(select(OutboxItem.person_id).where(
            OutboxItem.campaign_id == int(f["campaign"]))))
    if f["heard"]:
        replies = select(Message.person_id).where(Message.direction == "in")
        if f["heard"] != "never":
            from datetime import timedelta

            from neet.clock import utcnow

            since = utcnow() - timedelta(days=int(f["heard"]))
            replies = replies.where(Message.created_at >= since)
        query = query.where(Person.id.not_in(replies.where(Message.person_id.is_not(None))))
    return query


def _keep(p: Person, f: dict, today: date) -> bool:
    a = p.current_activity
    rec = currency.Record(a.code, a.start_date, a.ascertained, a.verified, a.review_date,
                          a.due_to_lapse) if a else None
    if f["group"] and currency.effective_group(rec, today).value != f["group"]:
        return False
    if f["lapsing"]:
        return rec is not None and currency.effective_group(rec, today) is not codes.Group.NOT_KNOWN \
            and currency.lapses_within(rec, today, int(f["lapsing"]))
    return True


PAGE = 50


def search_terms(q: str):
    """A name ("Megan Hall", "hall"), a CCIS id, a postcode ("ME14 1", "me141") or the last
    digits of a phone number (4 or more)."""
    digits = q.replace(" ", "")
    if digits.isdigit() and len(digits) >= 4:
        return Person.id.in_(select(ContactPoint.person_id).where(
            ContactPoint.address.like(f"%{digits}")))
    like = f"%{q}%"
    either = [Person.ccis_id.ilike(like), Person.surname.ilike(like), Person.forename.ilike(like),
              func.replace(Person.postcode, " ", "").ilike(f"{digits}%")]
    first, _, rest = q.partition(" ")
    if rest:
        either.append(and_(Person.forename.ilike(f"{first}%"), Person.surname.ilike(f"{rest}%")))
    return or_(*either)


def _group(p: Person) -> str:
    a = p.current_activity
    rec = currency.Record(a.code, a.start_date, a.ascertained, a.verified, a.review_date,
                          a.due_to_lapse) if a else None
    return currency.effective_group(rec, today_london()).value


@bp.get("/<int(max=2147483647):pid>")
@login_required()
def show(pid: int):
    s, user = db(), current_user()
    p = person_or_404(s, user, pid)
    s.commit()  # the view is audited
    return _show(s, p)


def _show(s, p: Person, revealed: list | None = None):
    pid = p.id
    acts = s.scalars(select(Activity).where(Activity.person_id == pid)
                     .order_by(Activity.recorded_at.desc())).all()
    msgs = s.scalars(select(Message).where(Message.person_id == pid)
                     .order_by(Message.created_at.desc()).limit(50)).all()
    convo = s.scalar(select(Conversation).where(Conversation.person_id == pid))
    return render_template(
        "person.html", p=p, acts=acts, msgs=msgs, group=_group(p), revealed=revealed,
        calls=s.scalars(select(CallLog).where(CallLog.person_id == pid)
                        .order_by(CallLog.at.desc())).all(),
        outcomes=contact.OUTCOMES, with_worker=convo is not None and convo.state == "with_worker",
        held=convo is not None and convo.state == HELD,
        may_reveal=contact.may_reveal(s, current_user(), p),
        consents=s.scalars(select(ConsentEvent).where(ConsentEvent.person_id == pid)
                           .order_by(ConsentEvent.at.desc())).all(),
        contacts=s.scalars(select(ContactPoint).where(ContactPoint.person_id == pid)).all(),
        referrals=s.scalars(select(Referral).where(Referral.person_id == pid)).all(),
        alerts=s.scalars(select(Alert).where(Alert.person_id == pid)).all(), services=SERVICES,
        sg_offers=s.scalars(select(SgOffer).where(SgOffer.person_id == pid)
                            .order_by(SgOffer.recorded_on.desc(), SgOffer.id.desc())).all(),
        offer_types=OFFER_TYPES,
        codes=codes.ACTIVITIES, describe=lambda c: codes.activity(c).description)


@bp.post("/<int(max=2147483647):pid>/status")
@login_required("tracking", "nss", "manager", "admin")
def correct_status(pid: int):
    s, user = db(), current_user()
    p = person_or_404(s, user, pid, action="person.update")
    try:
        code = codes.normalise_code(request.form.get("code", ""))
        start = date.fromisoformat(request.form["start"]) if request.form.get("start") else None
    except (codes.UnknownCode, ValueError) as exc:
        flash(f"Not recorded: {exc}", "error")
        return redirect(url_for("people.show", pid=pid))
    today = today_london()
    new = NewActivity(code=code, start=start, ascertained=today, verified=today,
                      note=(request.form.get("note") or "")[:500])
    if record_activity(s, p, new, source="caseworker", actor=user.email, today=today) is None:
        flash("A newer status is already recorded.", "error")
    else:
        flash(f"Status recorded: {code} {codes.activity(code).description}.")
    s.commit()
    return redirect(url_for("people.show", pid=pid))


@bp.post("/<int(max=2147483647):pid>/telegram-link")
@login_required("tracking", "nss", "manager", "admin")
def telegram_link(pid: int):
    """A single-use Telegram deep link for this young person, to pass on to them."""
    from flask import current_app

    from webhooks.telegram_inbound import new_deep_link

    s, user = db(), current_user()
    p = person_or_404(s, user, pid, action="person.telegram_link")
    link = new_deep_link(s, p, current_app.extensions["neet"].settings.telegram_bot_username)
    s.commit()
    flash(f"Telegram link (single use, 30 days): {link}")
    return redirect(url_for("people.show", pid=pid))


@bp.post("/<int(max=2147483647):pid>/reveal")
@login_required()
def reveal(pid: int):
    """Show the numbers in full, once, to someone who needs them to act (audited)."""
    s, user = db(), current_user()
    p = person_or_404(s, user, pid, action="person.view")
    try:
        numbers = contact.reveal(s, user, p)
    except contact.NotAllowed:
        abort(403)
    s.commit()
    return _show(s, p, revealed=numbers)


@bp.post("/<int(max=2147483647):pid>/calls")
@login_required()
def log_call(pid: int):
    f = request.form
    cp = form_id(f, "contact_point_id")
    return on_person(pid, lambda s, p, user: contact.log_call(s, user, p, cp, f.get("outcome", ""),
                                                             f.get("note", "")),
                     done="Call logged.", failed="Not logged", again=_show,
                     then=lambda: redirect(url_for("people.show", pid=pid)))


@bp.post("/<int(max=2147483647):pid>/message")
@login_required("nss", "tracking")
def message(pid: int):
    """Reply to the young person as yourself; the bot stays quiet until you hand back."""
    from flask import current_app

    from bot.arrival import send_now

    s, user = db(), current_user()
    p = person_or_404(s, user, pid, action="person.update")
    rt = current_app.extensions["neet"]
    try:
        mid = takeover.staff_reply(s, rt.settings, p, user, request.form.get("text", ""))
    except ValueError as exc:
        flash(str(exc), "error")
        return _show(s, p), 400
    except Blocked as exc:
        flash(f"Not sent: {exc.reason}.", "error")
        return _show(s, p), 400
    s.commit()
    send_now(rt, [mid])
    flash("Sent. The bot stays quiet until you hand back.")
    return redirect(url_for("people.show", pid=pid))


@bp.post("/<int(max=2147483647):pid>/hand-back")
@login_required("nss", "tracking")
def hand_back(pid: int):
    s, user = db(), current_user()
    p = person_or_404(s, user, pid, action="person.update")
    takeover.hand_back(s, p, user)
    s.commit()
    flash("Handed back to the bot.")
    return redirect(url_for("people.show", pid=pid))


@bp.post("/<int(max=2147483647):pid>/referrals")
@login_required("nss", "manager", "tracking")
def raise_referral(pid: int):
    """A referral raised by hand, to the service chosen, with the young person's consent."""
    from flask import current_app

    made: list = []

    def change(s, p, user):
        if request.form.get("consent") != "yes":
            raise ValueError("a referral needs the young person's agreement")
        made.append(referrals.by_hand(
            s, p, request.form.get("service", ""), request.form.get("reason", ""),
            actor=user.email, today=today_london(),
            base_url=current_app.extensions["neet"].settings.public_base_url))

    return on_person(pid, change, done="Referral raised.", failed="Not raised", again=_show,
                     then=lambda: redirect(url_for("referrals.show", rid=made[0].id)))


@bp.post("/<int(max=2147483647):pid>/transfer")
@login_required("tracking", "nss")
def record_transfer(pid: int):
    """They moved to another council: out of the cohort from that day (never before it)."""
    from neet.records import transfer

    def change(s, p, user):
        try:
            on = date.fromisoformat(request.form.get("on") or "")
        except ValueError:
            on = None
        if on is None or on > today_london():
            raise ValueError("give the day they moved, today or before")
        transfer(s, p, user.email, on, to=request.form.get("to", ""))

    return on_person(pid, change, done="Move recorded.", failed="Not recorded", again=_show,
                     then=lambda: redirect(url_for("people.show", pid=pid)))


@bp.post("/<int(max=2147483647):pid>/at-risk/clear")
@login_required("tracking", "nss")
def clear_at_risk(pid: int):
    from neet.audit import audit

    s, user = db(), current_user()
    p = person_or_404(s, user, pid, action="person.update")
    p.at_risk_on = None
    audit(s, user.email, "person.at_risk_clear", person_id=p.id, entity="person", entity_id=p.id)
    s.commit()
    flash("At-risk flag cleared.")
    return redirect(url_for("people.show", pid=pid))


@bp.post("/<int(max=2147483647):pid>/sg-offer")
@login_required("tracking", "nss")
def sg_offer(pid: int):
    """Record a September Guarantee offer (type, provider) and the intended destination."""
    from neet import september_guarantee as sg

    f = request.form
    return on_person(
        pid, lambda s, p, user: sg.record(
            s, p, offer_type=f.get("offer_type", ""), provider=f.get("provider", ""),
            intended=f.get("intended", ""), today=today_london(), source="caseworker",
            reporter="caseworker", actor=user.email),
        done="September Guarantee offer recorded.", failed="Not recorded", again=_show,
        then=lambda: redirect(url_for("people.show", pid=pid)))
