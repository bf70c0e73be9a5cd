"""Sign-in throttling with atomic counters in the database, so every web process shares them
and 40 concurrent tries cannot slip past a limit: an attempt is counted (one
INSERT ... ON CONFLICT DO UPDATE ... RETURNING) before the password is checked.

Two keys: the account together with the client address (5 tries per 15 minutes), and the
client address alone (30 tries). Nobody can lock a named worker out from elsewhere: a
stranger's failures count against the stranger's address. Keys are made from what was typed,
so an unknown account is throttled exactly like a real one (no enumeration)."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from sqlalchemy import case, delete, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from db.models import LoginThrottle

WINDOW = timedelta(minutes=15)
PER_ACCOUNT_AND_ADDRESS = 5
PER_ADDRESS = 30


def _key(kind: str, value: str) -> str:
    return f"{kind}:{hashlib.sha256(value.encode('utf-8', 'replace')).hexdigest()}"


def keys(email: str, address: str) -> tuple[str, str]:
    return _key("pair", f"{email}\n{address}"), _key("addr", address)


def _count(session: Session, key: str, now: datetime) -> int:
    """Count one attempt for `key` atomically; a window older than WINDOW starts again."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    table = LoginThrottle.__table__
    stmt = dialect.insert(table).values(key=key, attempts=1, window_start=now)
    expired = table.c.window_start < now - WINDOW
    stmt = stmt.on_conflict_do_update(
        index_elements=[table.c.key],
        set_={"attempts": case((expired, 1), else_=table.c.attempts + 1),
              "window_start": case((expired, now), else_=table.c.window_start)},
    ).returning(table.c.attempts)
    return int(session.execute(stmt).scalar_one())


def attempt(session: Session, email: str, address: str, now: datetime) -> bool:
    """Count an attempt; False if this account from this address, or this address, is over
    its limit (answer 429 without checking the password)."""
    pair, addr = keys(email, address)
    n_pair = _count(session, pair, now)
    n_addr = _count(session, addr, now)
    return n_pair <= PER_ACCOUNT_AND_ADDRESS and n_addr <= PER_ADDRESS


def succeeded(session: Session, email: str, address: str) -> None:
    """A right password: this pair starts again, and the address gets its try back."""
    pair, addr = keys(email, address)
    session.execute(delete(LoginThrottle).where(LoginThrottle.key == pair))
    session.execute(update(LoginThrottle).where(LoginThrottle.key == addr,
                                                LoginThrottle.attempts > 0)
                    .values(attempts=LoginThrottle.attempts - 1))
