"""Writing a person's status: every change goes through record_activity, so history,
the current pointer, the audit trail and the "newer wins" rule live in one place."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.orm import Session

from db.models import Activity, Person
from neet import codes, currency
from neet.audit import audit

SOURCES = ("import", "reply", "caseworker")
REPORTERS = ("young_person", "parent", "provider", "caseworker", "import")
_DEFAULT_REPORTER = {"import": "import", "reply": "young_person", "caseworker": "caseworker"}


@dataclass(frozen=True)
class NewActivity:
    code: int
    start: date | None = None
    ascertained: date | None = None
    verified: date | None = None
    review: date | None = None
    due_to_lapse: date | None = None
    neet_start: date | None = None
    establishment: str = ""
    note: str = ""


def as_record(a: Activity | NewActivity) -> currency.Record:
    start = a.start_date if isinstance(a, Activity) else a.start
    review = a.review_date if isinstance(a, Activity) else a.review
    return currency.Record(code=a.code, start=start, ascertained=a.ascertained,
                           verified=a.verified, review=review, due_to_lapse=a.due_to_lapse)


def supersedes(new: currency.Record, new_source: str, cur: currency.Record | None,
               cur_source: str | None) -> bool:
    """Does a new activity replace the current one? Newer confirmation wins; on the same day
    an import never overrides what the young person or a caseworker told us."""
    if cur is None:
        return True
    new_on, cur_on = currency.confirmed_on(new), currency.confirmed_on(cur)
    if new_on is None:
        return False
    if cur_on is None or new_on > cur_on:
        return True
    if new_on < cur_on:
        return False
    return not (new_source == "import" and cur_source != "import")


def neet_start_for(person: Person, new: NewActivity, on: date) -> date | None:
    """NEET start carries over while someone stays NEET; it starts when they become NEET."""
    if codes.group_of(new.code) is not codes.Group.NEET:
        return None
    if new.neet_start:
        return new.neet_start
    cur = person.current_activity
    if cur is not None and codes.group_of(cur.code) is codes.Group.NEET and cur.neet_start:
        return cur.neet_start
    return new.start or on


def record_activity(session: Session, person: Person, new: NewActivity, *, source: str,
                    actor: str, today: date, reporter: str | None = None,
                    confidence: float | None = None) -> Activity | None:
    """Append an activity; make it current if it supersedes the current one. Every status
    keeps who reported it (by default: the young person for a reply, the caseworker, the
    import) and, for the bot's, how sure it was.

    Returns the new Activity, or None when an older fact was ignored.
    """
    if source not in SOURCES:
        raise ValueError(f"source must be one of {', '.join(SOURCES)}")
    reporter = reporter or _DEFAULT_REPORTER[source]
    if reporter not in REPORTERS:
        raise ValueError(f"reporter must be one of {', '.join(REPORTERS)}")
    cur = person.current_activity
    if not supersedes(as_record(new), source,
                      as_record(cur) if cur else None, cur.source if cur else None):
        return None
    new = replace(new, neet_start=neet_start_for(person, new, today))
    act = Activity(person_id=person.id, code=new.code, start_date=new.start,
                   ascertained=new.ascertained, verified=new.verified, review_date=new.review,
                   due_to_lapse=new.due_to_lapse, neet_start=new.neet_start,
                   establishment=new.establishment, source=source, recorded_by=actor,
                   note=new.note, reporter=reporter,
                   confidence=None if confidence is None else round(float(confidence), 3))
    session.add(act)
    session.flush()
    person.current_activity = act
    audit(session, actor, "status.record", person_id=person.id, entity="activity",
          entity_id=act.id, detail=f"code {new.code} ({source}, reported by {reporter})")
    return act


def transfer(session: Session, person: Person, actor: str, on: date, to: str = "") -> None:
    """They have moved to another council's area: out of the cohort from `on` (the figures of
    months before it keep them), with the receiving council when known."""
    person.transferred_out = True
    person.transferred_on = person.transferred_on or on
    if to:
        person.transferred_to = " ".join(to.split())[:80]
    audit(session, actor, "person.transfer", person_id=person.id, entity="person",
          entity_id=person.id, detail=f"moved away on {on.isoformat()}"
                                      + (f" to {person.transferred_to}" if to else ""))


def flag_at_risk(session: Session, person: Person, actor: str, on: date, why: str) -> None:
    """Plans to leave their course or job: at risk of NEET, for tracking officers to see and
    campaigns to target. The flag stays until someone clears it."""
    if person.at_risk_on is None:
        person.at_risk_on = on
    audit(session, actor, "person.at_risk", person_id=person.id, entity="person",
          entity_id=person.id, detail=why[:200])
