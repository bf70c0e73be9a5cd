"""The consent ledger. Messaging consent is in force unless the latest event says otherwise
(statutory tracking contacts everyone); referral consent must be given explicitly."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import ConsentEvent
from neet.audit import audit

_READ = "messaging_consent"  # session.info: (person, channel) -> may message, as read beside


def _latest(person_id, channel):
    """The latest messaging event's `granted` for a person and channel (none: no event)."""
    return (select(ConsentEvent.granted)
            .where(ConsentEvent.person_id == person_id, ConsentEvent.channel == channel,
                   ConsentEvent.kind == "messaging")
            .order_by(ConsentEvent.at.desc(), ConsentEvent.id.desc())
            .limit(1))


def latest_messaging(person_id, channel):
    """`_latest` as a column to read beside the person; `read_beside` notes what it said."""
    return _latest(person_id, channel).scalar_subquery()


def read_beside(session: Session, person_id: int, channel: str, latest: bool | None) -> None:
    """Note, for this session, what `latest_messaging` read a moment ago in the same
    transaction: `may_message` needs no query of its own until an event is recorded here."""
    session.info.setdefault(_READ, {})[(person_id, channel)] = latest is None or bool(latest)


def may_message(session: Session, person_id: int, channel: str) -> bool:
    """The ledger is append-only, so the database and the events added in this session are
    the whole truth: the session is flushed first only when it holds a new event (flushing
    everything else pending here cost a webhook a third of its database time)."""
    noted = session.info.get(_READ, {}).get((person_id, channel))
    if noted is not None:
        return noted
    if any(isinstance(o, ConsentEvent) for o in session.new):
        session.flush()
    with session.no_autoflush:
        latest = session.scalar(_latest(person_id, channel))
    return latest is None or bool(latest)


def opted_out(session: Session, person_ids) -> set[tuple[int, str]]:
    """(person, channel) pairs whose latest messaging event withdraws consent: the same rule
    as `may_message`, for a whole batch in one query."""
    ids = list(set(person_ids))
    if not ids:
        return set()
    rank = func.row_number().over(
        partition_by=(ConsentEvent.person_id, ConsentEvent.channel),
        order_by=(ConsentEvent.at.desc(), ConsentEvent.id.desc())).label("rank")
    latest = (select(ConsentEvent.person_id, ConsentEvent.channel, ConsentEvent.granted, rank)
              .where(ConsentEvent.person_id.in_(ids), ConsentEvent.kind == "messaging")
              .subquery())
    return {(pid, ch) for pid, ch in session.execute(
        select(latest.c.person_id, latest.c.channel)
        .where(latest.c.rank == 1, latest.c.granted.is_(False)))}


def record(session: Session, person_id: int, channel: str, granted: bool, *, source: str,
           reason: str = "", kind: str = "messaging", actor: str = "bot") -> None:
    session.info.get(_READ, {}).pop((person_id, channel), None)  # read again from now on
    session.add(ConsentEvent(person_id=person_id, channel=channel, granted=granted, kind=kind,
                             source=source, reason=reason))
    audit(session, actor, f"consent.{'grant' if granted else 'withdraw'}", person_id=person_id,
          entity="consent", entity_id=channel, detail=f"{kind}: {reason}")
