"""Who a campaign goes to, and who is left out and why. Pure functions over snapshots of
people, so the rules are tested without a database; `load_snapshots` is the only I/O."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import (
    Activity,
    Campaign,
    ConsentEvent,
    ContactPoint,
    District,
    Message,
    OutboxItem,
    Person,
    SgOffer,
)
from neet import ages, codes, currency
from neet.clock import as_utc
from neet.codes import Group

KINDS = ("not_known", "lapsing", "leavers", "neet_followup", "event", "september_guarantee")
# Date events (RapidPro's campaign events): a message timed from a date on each record.
EVENTS = {"before_lapse": "days before their currency lapses",
          "after_start": "days after their start date",
          "results_day": "days after results day"}
CATCH_UP_DAYS = 3  # a message due on a Sunday or in quiet hours still goes in the next days


@dataclass(frozen=True)
class Snapshot:
    person_id: int
    district: str
    dob: date
    send: bool
    characteristics: frozenset[int]
    record: currency.Record | None
    risk: str
    crisis_hold: bool
    transferred_out: bool
    channels: frozenset[str]  # valid and consented channels
    has_valid_contact: bool
    last_contacted: datetime | None
    in_live_campaign: bool
    at_risk: bool = False  # said they plan to leave their course or job
    has_sg_offer: bool = False  # a September Guarantee offer for the coming September


@dataclass
class Rule:
    kind: str = "not_known"
    lapsing_days: int = 30
    districts: list[str] = field(default_factory=list)
    academic_ages: list[int] = field(default_factory=list)
    characteristics: list[int] = field(default_factory=list)
    send: bool | None = None
    not_contacted_days: int = 14
    event: str = ""  # for kind "event": one of EVENTS
    offset_days: int = 7
    event_date: str = ""  # results day (ISO date), for the results_day event
    at_risk_only: bool = False  # only those flagged at risk (plan to leave)

    @classmethod
    def from_dict(cls, d: dict) -> Rule:
        r = cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})
        if r.kind not in KINDS:
            raise ValueError(f"audience kind must be one of {', '.join(KINDS)}")
        if r.kind == "event":
            if r.event not in EVENTS:
                raise ValueError(f"the date event must be one of {', '.join(EVENTS)}")
            if not isinstance(r.offset_days, int) or not 0 <= r.offset_days <= 90:
                raise ValueError("the days from the date must be a whole number from 0 to 90")
            if r.event == "results_day":
                try:
                    date.fromisoformat(r.event_date)
                except (TypeError, ValueError):
                    raise ValueError("give results day as a date") from None
        return r


def event_day(rec: currency.Record | None, rule: Rule, today: date) -> date | None:
    """The day this person's message of a date-event campaign is due, or None."""
    if rule.event == "results_day":
        return date.fromisoformat(rule.event_date) + timedelta(days=rule.offset_days)
    if rec is None:
        return None
    if rule.event == "before_lapse":
        if currency.effective_group(rec, today) is Group.NOT_KNOWN:
            return None  # already lapsed: a Not Known chase's job
        due = currency.held_until(rec, currency.due_to_lapse(rec))
        return due - timedelta(days=rule.offset_days) if due else None
    if rule.event == "after_start":
        start = rec.review if rec.code in (615, 616) else (
            rec.start if codes.group_of(rec.code) is Group.EET else None)
        return start + timedelta(days=rule.offset_days) if start else None
    return None


def matches(s: Snapshot, rule: Rule, today: date) -> bool:
    """Does the person fit the rule (before exclusions)?"""
    acad = ages.academic_age(s.dob, today)
    if not ages.in_tracked_cohort(s.dob, today, s.send):
        return False
    if rule.districts and s.district not in rule.districts:
        return False
    if rule.academic_ages and acad not in rule.academic_ages:
        return False
    if rule.characteristics and not (s.characteristics & set(rule.characteristics)):
        return False
    if rule.send is not None and s.send != rule.send:
        return False
    if rule.at_risk_only and not s.at_risk:
        return False
    group = currency.effective_group(s.record, today)
    if rule.kind == "not_known":
        return group is Group.NOT_KNOWN and acad >= 16
    if rule.kind == "lapsing":
        return (s.record is not None and group is not Group.NOT_KNOWN
                and currency.lapses_within(s.record, today, rule.lapsing_days))
    if rule.kind == "leavers":
        # at-risk Year 11 (red / amber risk rating) and Year 12 leavers now Not Known
        return (acad == 15 and s.risk in ("R", "A")) or (
            acad == 16 and s.risk == "R" and group is Group.NOT_KNOWN)
    if rule.kind == "neet_followup":
        return group is Group.NEET
    if rule.kind == "september_guarantee":  # Years 11 and 12 without an offer yet
        return acad in (15, 16) and not s.has_sg_offer
    if rule.kind == "event":
        day = event_day(s.record, rule, today)
        return day is not None and day <= today <= day + timedelta(days=CATCH_UP_DAYS)
    return False


def exclusion(s: Snapshot, rule: Rule, now: datetime) -> str | None:
    if s.transferred_out:
        return "transferred out"
    if s.crisis_hold:
        return "crisis hold"
    if not s.has_valid_contact:
        return "no valid contact"
    if not s.channels:
        return "opted out"
    if s.in_live_campaign:
        return "already in another live campaign"
    if s.last_contacted and now - s.last_contacted < timedelta(days=rule.not_contacted_days):
        return f"contacted in the last {rule.not_contacted_days} days"
    return None


@dataclass
class Selection:
    recipients: list[Snapshot]
    excluded: Counter
    by_district: Counter


def select_audience(snaps: list[Snapshot], rule: Rule, today: date, now: datetime) -> Selection:
    recipients, excluded, by_district = [], Counter(), Counter()
    for s in snaps:
        if not matches(s, rule, today):
            continue
        why = exclusion(s, rule, now)
        if why:
            excluded[why] += 1
            continue
        recipients.append(s)
        by_district[s.district] += 1
    return Selection(recipients, excluded, by_district)


LIVE_WINDOW_DAYS = 30  # in a live campaign: a message still pending, or one in the last 30 days


def load_snapshots(session: Session, exclude_campaign: int | None = None,
                   now: datetime | None = None) -> list[Snapshot]:
    """Everyone, with what the rules need, in a handful of set queries (fast for 50k). With
    `now`, someone is "in a live campaign" only while a message of it is pending or was due in
    the last LIVE_WINDOW_DAYS (a date-event campaign stays live for months)."""
    valid: dict[int, set[str]] = {}
    for pid, ch in session.execute(select(ContactPoint.person_id, ContactPoint.channel)
                                   .where(ContactPoint.valid.is_(True))):
        valid.setdefault(pid, set()).add(ch)
    latest: dict[tuple[int, str], bool] = {}
    for pid, ch, granted in session.execute(
            select(ConsentEvent.person_id, ConsentEvent.channel, ConsentEvent.granted)
            .where(ConsentEvent.kind == "messaging").order_by(ConsentEvent.at, ConsentEvent.id)):
        latest[(pid, ch)] = granted
    last_out = dict(session.execute(select(Message.person_id, func.max(Message.created_at))
                                    .where(Message.direction == "out",
                                           Message.status.not_in(("blocked",)))
                                    .group_by(Message.person_id)).all())
    live_q = (select(OutboxItem.person_id).join(Campaign, Campaign.id == OutboxItem.campaign_id)
              .where(Campaign.status.in_(("live", "paused"))))
    if exclude_campaign is not None:
        live_q = live_q.where(Campaign.id != exclude_campaign)
    if now is not None:
        live_q = live_q.where((OutboxItem.status == "pending")
                              | (OutboxItem.due_at >= now - timedelta(days=LIVE_WINDOW_DAYS)))
    live = set(session.scalars(live_q.distinct()))
    from neet.clock import today_london
    from neet.september_guarantee import september_for

    sept = september_for(now.date() if now is not None else today_london())
    offered = set(session.scalars(select(SgOffer.person_id).where(SgOffer.for_september == sept)))
    q = (select(Person.id, District.name, Person.dob, Person.send_ehcp, Person.characteristics,
                Person.risk_of_neet, Person.crisis_hold, Person.transferred_out, Activity.code,
                Activity.start_date, Activity.ascertained, Activity.verified, Activity.review_date,
                Activity.due_to_lapse, Person.at_risk_on)
         .join(District, District.id == Person.district_id)
         .outerjoin(Activity, Activity.id == Person.current_activity_id))
    out = []
    for (pid, district, dob, send, chars, risk, hold, moved, code, start, asc, ver, rev,
         due, at_risk_on) in session.execute(q).yield_per(5000):
        chans = valid.get(pid, set())
        ok = frozenset(c for c in chans if latest.get((pid, c), True))
        rec = currency.Record(code, start, asc, ver, rev, due) if code else None
        last = last_out.get(pid)
        last = as_utc(last) if last is not None else None
        out.append(Snapshot(pid, district, dob, send,
                            frozenset(codes.parse_characteristics(chars) if chars else []), rec,
                            risk or "", hold, moved, ok, bool(chans), last, pid in live,
                            at_risk_on is not None, pid in offered))
    return out
