"""The scorecard kept in the database, so a page reads it in one query instead of rebuilding
it from every history (a second at 50,000 people).

A snapshot is keyed by month and day and carries the fingerprint of what it was built from.
A page uses it while the data is unchanged, or while it is younger than `max_age`
(NEET_FIGURES_MAX_AGE, a minute by default: the page says "as of" when): the worker
rebuilds it every minute when something changed, and the nightly job for the new day, so a
page rarely pays for a rebuild. Any process may rebuild it; the last one written wins."""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta

from sqlalchemy import Engine, delete, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models import FigureSnapshot
from neet.clock import as_utc, utcnow
from neet.reports import scorecard

log = logging.getLogger(__name__)


def _key(month: str, today: date) -> str:
    return f"scorecard:{month}:{today.isoformat()}"


def scorecard_for(session: Session, month: str, today: date,
                  max_age: timedelta = timedelta(seconds=60),
                  now: datetime | None = None) -> dict:
    """The scorecard of `month` as of `today` (see `scorecard.build`), with "as_of"."""
    now = now or utcnow()
    seen = scorecard.fingerprint(session)
    row = session.execute(select(FigureSnapshot.fingerprint, FigureSnapshot.computed_at,
                                 FigureSnapshot.body)
                          .where(FigureSnapshot.key == _key(month, today))).first()
    if row is not None and (row.fingerprint == _fp(seen)
                            or now - as_utc(row.computed_at) <= max_age):
        return {**row.body, "as_of": as_utc(row.computed_at)}
    return _rebuild(session, month, today, seen, now)


def refresh(session: Session, today: date, now: datetime | None = None) -> bool:
    """Rebuild this month's snapshot if anything changed since it was built (the worker,
    every minute). Returns whether it rebuilt."""
    month = f"{today.year}-{today.month:02d}"
    seen = scorecard.fingerprint(session)
    before = session.scalar(select(FigureSnapshot.fingerprint)
                            .where(FigureSnapshot.key == _key(month, today)))
    if before == _fp(seen):
        return False
    _rebuild(session, month, today, seen, now or utcnow())
    return True


def _rebuild(session: Session, month: str, today: date, seen: tuple, now: datetime) -> dict:
    card = scorecard.build(scorecard.load_people_cached(session, seen), month, today)
    _store(session.get_bind(), _key(month, today), _fp(seen), card, now)
    return {**card, "as_of": now}


def _fp(seen: tuple) -> str:
    return "|".join(str(x) for x in seen)[:200]


def _store(engine: Engine, key: str, fp: str, card: dict, now: datetime) -> None:
    """Written in a transaction of its own (the page's session only reads)."""
    try:
        with engine.begin() as c:
            c.execute(delete(FigureSnapshot).where(FigureSnapshot.key == key))
            c.execute(insert(FigureSnapshot).values(key=key, fingerprint=fp, computed_at=now,
                                                    body=card))
    except IntegrityError:  # another process wrote it at the same moment: theirs stands
        log.info("scorecard snapshot written by another process")
