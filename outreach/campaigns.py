"""Chase campaigns: create, preview, launch, pause / resume / cancel, the reminder cadence and
the hand-over to phone chase, and the results. Planned sends live in the outbox table; one
row per (campaign, person, step), so a step can never be planned or sent twice."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from db.models import (
    Activity,
    Alert,
    Campaign,
    ConsentEvent,
    ContactPoint,
    District,
    Message,
    OutboxItem,
    Person,
    Referral,
)
from messaging import wording
from messaging.segments import count, gsm_safe
from messaging.templates import render
from neet import codes
from neet.audit import audit
from neet.clock import as_utc
from neet.config import Settings
from neet.records import NewActivity, record_activity
from outreach import audience

DEFAULT_CADENCE = {"reminders": [3, 7], "chase_after_days": 7}
COST_PER_SEGMENT_GBP = 0.04  # typical UK A2P SMS price; shown as an estimate only
TEMPLATES = ("checkin", "sg_checkin", "survey_checkin")
# a campaign message that asks a question of its own puts the conversation in this state
ASKS = {"sg_checkin": "awaiting_sg"}


class CampaignError(ValueError):
    pass


def create(session: Session, *, name: str, rule: dict, actor: str, now: datetime,
           template: str = "checkin", channel: str = "auto", cadence: dict | None = None,
           start_at: datetime | None = None, send_rate: float = 10.0) -> Campaign:
    """A draft campaign. `now` comes from the caller (the clock is never read here)."""
    audience.Rule.from_dict(rule)  # validates
    if template not in TEMPLATES:
        raise CampaignError(f"template must be one of {', '.join(TEMPLATES)}")
    if channel not in ("auto", "sms", "telegram"):
        raise CampaignError("channel must be auto, sms or telegram")
    c = Campaign(name=name[:120], audience=rule, template=template, channel=channel,
                 cadence=cadence or dict(DEFAULT_CADENCE), start_at=start_at or now,
                 send_rate=max(0.1, float(send_rate)), status="draft", created_by=actor,
                 created_at=now)
    session.add(c)
    session.flush()
    audit(session, actor, "campaign.create", entity="campaign", entity_id=c.id, detail=name[:200])
    return c


def _selection(session: Session, c: Campaign, today: date, now: datetime) -> audience.Selection:
    snaps = audience.load_snapshots(session, exclude_campaign=c.id, now=now)
    return audience.select_audience(snaps, audience.Rule.from_dict(c.audience), today, now)


def preview(session: Session, settings: Settings, c: Campaign, today: date,
            now: datetime, visible_districts: set[str] | None = None) -> dict:
    """Who would be messaged, who is left out and why, segments, cost and sample messages.
    Samples use first names only of people in `visible_districts` (the viewer's scope; None:
    all); anyone else's name is never shown."""
    sel = _selection(session, c, today, now)
    in_view = [s for s in sel.recipients
               if visible_districts is None or s.district in visible_districts][:3]
    samples, segments = [], 0
    source = wording.override(session, c.template)  # the wording that will really go
    for snap in in_view:
        p = session.get(Person, snap.person_id)
        r = render(c.template, source=source, first_name=p.forename, team=settings.team_name,
                   council=settings.council_name, district=p.district.name)
        samples.append(gsm_safe(r.text))
    if not samples and sel.recipients:
        r = render(c.template, source=source, first_name="Sam", team=settings.team_name,
                   council=settings.council_name, district=sel.recipients[0].district)
        samples.append(gsm_safe(r.text))
    if samples:
        segments = max(count(t).segments for t in samples)
    sms = sum(1 for s in sel.recipients if "telegram" not in s.channels or c.channel == "sms")
    steps = 1 + len(c.cadence.get("reminders", []))
    return {"recipients": len(sel.recipients), "by_district": dict(sorted(sel.by_district.items())),
            "excluded": dict(sel.excluded), "segments_per_sms": segments, "sms_recipients": sms,
            "estimated_cost_gbp": {"first_message": round(sms * segments * COST_PER_SEGMENT_GBP, 2),
                                   "with_all_reminders": round(sms * segments * steps * COST_PER_SEGMENT_GBP, 2)},
            "samples": samples}


def launch(session: Session, c: Campaign, actor: str, today: date, now: datetime) -> int:
    """Plan step 0 for the audience. Re-launching adds nobody twice (unique outbox rows)."""
    if c.status not in ("draft",):
        raise CampaignError(f"a {c.status} campaign cannot be launched")
    sel = _selection(session, c, today, now)
    due = max(as_utc(c.start_at) if c.start_at else now, now)
    rows = [{"campaign_id": c.id, "person_id": s.person_id, "step": 0, "status": "pending",
             "due_at": due, "attempts": 0, "last_error": ""} for s in sel.recipients]
    for i in range(0, len(rows), 5000):
        session.execute(insert(OutboxItem.__table__), rows[i:i + 5000])
    c.status = "live"
    c.launch_summary = {"recipients": len(rows), "by_district": dict(sorted(sel.by_district.items())),
                        "excluded": dict(sel.excluded)}  # what the preview said, kept
    audit(session, actor, "campaign.launch", entity="campaign", entity_id=c.id,
          detail=f"{len(rows)} recipients")
    return len(rows)


def set_status(session: Session, c: Campaign, action: str, actor: str) -> None:
    allowed = {"pause": ({"live"}, "paused"), "resume": ({"paused"}, "live"),
               "cancel": ({"draft", "live", "paused"}, "cancelled")}
    if action not in allowed:
        raise CampaignError(f"unknown action {action}")
    sources, target = allowed[action]
    if c.status not in sources:
        raise CampaignError(f"a {c.status} campaign cannot {action}")
    c.status = target
    if target == "cancelled":
        session.execute(update(OutboxItem).where(OutboxItem.campaign_id == c.id,
                                                 OutboxItem.status == "pending")
                        .values(status="cancelled"))
        # messages already queued but not yet claimed never go (a paused campaign's wait:
        # the dispatcher only claims campaign messages of live campaigns)
        session.execute(update(Message).where(Message.campaign_id == c.id,
                                              Message.status == "queued")
                        .values(status="cancelled"))
    audit(session, actor, f"campaign.{action}", entity="campaign", entity_id=c.id)


def _replied_since(session: Session, person_ids: list[int], since: dict[int, datetime]) -> set[int]:
    replied = set()
    for pid, last_in in session.execute(
            select(Message.person_id, func.max(Message.created_at))
            .where(Message.direction == "in", Message.person_id.in_(person_ids))
            .group_by(Message.person_id)):
        if last_in is not None and as_utc(last_in) > since[pid]:
            replied.add(pid)
    return replied


def advance(session: Session, c: Campaign, now: datetime, today: date) -> dict:
    """Plan reminders for people who have not replied, then hand over to phone chase (or, with
    no way to reach them at all, record 820 cannot be contacted) and close the campaign."""
    if c.status != "live":
        return {}
    event = c.audience.get("kind") == "event"
    arrived = _plan_event_arrivals(session, c, today, now) if event else 0
    reminders: list[int] = list(c.cadence.get("reminders", []))
    chase_after = int(c.cadence.get("chase_after_days", 7))
    done = Counter()
    rows = session.execute(
        select(OutboxItem.person_id, OutboxItem.step, OutboxItem.status, Message.created_at)
        .outerjoin(Message, Message.id == OutboxItem.message_id)
        .where(OutboxItem.campaign_id == c.id)).all()
    last: dict[int, tuple[int, datetime | None, str]] = {}
    all_skipped: dict[int, bool] = {}
    for pid, step, status, sent in rows:
        all_skipped[pid] = all_skipped.get(pid, True) and status == "skipped"
        if pid not in last or step > last[pid][0]:
            last[pid] = (step, as_utc(sent) if sent else None, status)
    waiting = {pid: t for pid, (_s, t, st) in last.items() if st == "done" and t}
    replied: set[int] = set()
    ids = list(waiting)
    for i in range(0, len(ids), 900):
        chunk = ids[i:i + 900]
        replied |= _replied_since(session, chunk, waiting)
    new_rows, to_chase = [], []
    for pid, sent_at in waiting.items():
        if pid in replied:
            continue
        step = last[pid][0]
        if step < len(reminders):
            if now - sent_at >= timedelta(days=reminders[step]):
                new_rows.append({"campaign_id": c.id, "person_id": pid, "step": step + 1,
                                 "status": "pending", "due_at": now, "attempts": 0,
                                 "last_error": ""})
                done["reminders"] += 1
        elif now - sent_at >= timedelta(days=chase_after):
            to_chase.append(pid)
    for i in range(0, len(to_chase), 900):  # one UPDATE a chunk, not a read and write a person
        done["phone_chase"] += session.execute(
            update(Person).where(Person.id.in_(to_chase[i:i + 900]),
                                 Person.phone_chase.is_(False))
            .values(phone_chase=True).execution_options(synchronize_session="fetch")).rowcount
    if new_rows:
        session.execute(insert(OutboxItem.__table__), new_rows)
    # people the campaign could not reach at all: no valid contact left -> 820
    skipped = [p for p, all_skip in all_skipped.items() if all_skip]
    reachable: set[int] = set()
    for i in range(0, len(skipped), 900):
        reachable |= set(session.scalars(select(ContactPoint.person_id).where(
            ContactPoint.person_id.in_(skipped[i:i + 900]), ContactPoint.valid.is_(True))))
    for pid in skipped:
        if pid in reachable:
            continue
        p = session.get(Person, pid)
        cur = p.current_activity
        if cur is None or cur.code != codes.CANNOT_BE_CONTACTED:
            record_activity(session, p, NewActivity(codes.CANNOT_BE_CONTACTED, ascertained=today,
                                                    note=f"campaign {c.id}: no way to reach"),
                            source="caseworker", actor=f"campaign {c.id}", today=today)
            p.phone_chase = True
            done["cannot_be_contacted"] += 1
    open_people = [pid for pid, (step, t, st) in last.items()
                   if st == "pending" or (st == "done" and pid not in replied and t is not None
                                          and (step < len(reminders)
                                               or now - t < timedelta(days=chase_after)))]
    if arrived:
        done["event_arrivals"] = arrived
    if last and not open_people and not new_rows and not event:  # date events run on
        c.status = "completed"
        done["completed"] = 1
    return dict(done)


def _plan_event_arrivals(session: Session, c: Campaign, today: date, now: datetime) -> int:
    """A date-event campaign: plan step 0 for everyone whose date has come since the last
    run (once each: the outbox holds one row per campaign, person and step)."""
    sel = _selection(session, c, today, now)
    have = set(session.scalars(select(OutboxItem.person_id).where(OutboxItem.campaign_id == c.id)))
    rows = [{"campaign_id": c.id, "person_id": s.person_id, "step": 0, "status": "pending",
             "due_at": now, "attempts": 0, "last_error": ""}
            for s in sel.recipients if s.person_id not in have]
    for i in range(0, len(rows), 5000):
        session.execute(insert(OutboxItem.__table__), rows[i:i + 5000])
    return len(rows)


def report(session: Session, c: Campaign) -> dict:
    """Figures per district: planned, queued (not yet sent), sent (the provider has it),
    delivered, failed, replied, statuses resolved, outcomes."""
    start = as_utc(c.created_at)
    out: dict[str, Counter] = {}
    q = (select(District.name, OutboxItem.person_id, OutboxItem.status, Message.status)
         .join(Person, Person.id == OutboxItem.person_id)
         .join(District, District.id == Person.district_id)
         .outerjoin(Message, Message.id == OutboxItem.message_id)
         .where(OutboxItem.campaign_id == c.id))
    people: dict[int, str] = {}
    for district, pid, ostatus, mstatus in session.execute(q):
        k = out.setdefault(district, Counter())
        people[pid] = district
        k["planned"] += 1
        if ostatus == "skipped":
            k["skipped"] += 1
        if mstatus in ("queued", "sending"):
            k["queued"] += 1  # waiting to go: not counted as sent
        if mstatus in ("sent", "delivered"):
            k["sent"] += 1
        if mstatus == "delivered":
            k["delivered"] += 1
        if mstatus in ("failed", "undelivered"):
            k["failed"] += 1
    recipients = select(OutboxItem.person_id).where(OutboxItem.campaign_id == c.id)

    def per_person(query, key):
        """One query per figure, however many recipients (not one per 900 of them)."""
        for (pid,) in session.execute(query.where(_pid_col(query).in_(recipients))):
            out[people[pid]][key] += 1

    per_person(select(Message.person_id).where(Message.direction == "in", Message.created_at >= start)
               .distinct(), "replied")
    per_person(select(Activity.person_id).where(Activity.source == "reply", Activity.recorded_at >= start)
               .distinct(), "statuses_resolved")
    per_person(select(Activity.person_id).where(Activity.source == "reply", Activity.recorded_at >= start,
                                                Activity.code < 800).distinct(), "not_knowns_cleared")
    per_person(select(Activity.person_id).where(Activity.source == "reply", Activity.recorded_at >= start,
                                                Activity.code.between(540, 699)).distinct(), "neets_found")
    per_person(select(Referral.person_id).where(Referral.raised_at >= start).distinct(), "referrals")
    per_person(select(ConsentEvent.person_id).where(ConsentEvent.granted.is_(False),
                                                    ConsentEvent.kind == "messaging",
                                                    ConsentEvent.at >= start).distinct(), "opt_outs")
    per_person(select(ContactPoint.person_id).where(ContactPoint.invalid_reason.like("wrong number%"))
               .distinct(), "wrong_numbers")
    per_person(select(Alert.person_id).where(Alert.kind == "safeguarding", Alert.raised_at >= start)
               .distinct(), "crises")
    total = Counter()
    for k in out.values():
        total.update(k)
    return {"campaign": c.id, "name": c.name, "status": c.status,
            "districts": {d: dict(k) for d, k in sorted(out.items())}, "total": dict(total)}


def _pid_col(query):
    return query.selected_columns[0]
