"""Which worker runs the scheduled jobs. Any number of `neet worker` processes share the
sending (outbox rows and messages are claimed with row locks), but the cadence, escalation,
recovery and nightly sweep run in one of them at a time: the one holding a PostgreSQL advisory
lock on a connection of its own. When that process dies its connection closes, the lock is
freed, and the next worker to try takes over. On SQLite there is one worker: it leads."""

from __future__ import annotations

import contextlib
import logging

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import NullPool

from db.session import normalise_url

log = logging.getLogger(__name__)
LOCK_KEY = 0x6E656574  # "neet"


class Leader:
    def __init__(self, database_url: str):
        self.url = normalise_url(database_url)
        self.postgres = self.url.startswith("postgresql")
        self._engine: Engine | None = None
        self._conn: Connection | None = None
        self.held = not self.postgres

    def is_leader(self) -> bool:
        """True while this process holds the lock (trying to take it if free). A lost
        connection loses the lock; the next call tries again."""
        if not self.postgres:
            return True
        try:
            if self._conn is None:
                self._engine = self._engine or create_engine(
                    self.url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
                self._conn = self._engine.connect()
            # re-entrant for the holder: also proves the connection (and so the lock) is alive
            took = bool(self._conn.scalar(text("SELECT pg_try_advisory_lock(:k)"),
                                          {"k": LOCK_KEY}))
            if took and not self.held:
                log.warning("this worker now runs the scheduled jobs")
            self.held = took
        except Exception:  # noqa: BLE001 - a database outage: not the leader until it is back
            log.warning("leader check failed; scheduled jobs wait", exc_info=False)
            self.release()
        return self.held

    def release(self) -> None:
        """Give the lock up now (a worker stopping). The server frees a session's locks
        only once its backend has ended, a moment after the socket closes, so unlock first;
        a worker that dies without this loses the lock when its backend ends."""
        if self._conn is not None:
            with contextlib.suppress(Exception):  # it may be dead already: that is the point
                self._conn.execute(text("SELECT pg_advisory_unlock_all()"))
            with contextlib.suppress(Exception):
                self._conn.close()
        self._conn, self.held = None, not self.postgres
