"""Engines and sessions. SQLite gets WAL, foreign keys and a busy timeout; PostgreSQL psycopg 3."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as exc_
from sqlalchemy.orm import Session, sessionmaker


def normalise_url(url: str) -> str:
    """Accept postgres:// and postgresql:// (as PaaS platforms give them) and use psycopg 3."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def make_engine(url: str) -> Engine:
    """hide_parameters: a database error never carries a phone number or a reply's text into
    a log or a traceback."""
    url = normalise_url(url)
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30}, hide_parameters=True)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record) -> None:  # pragma: no cover - trivial
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        return engine
    engine = create_engine(url, pool_size=5, max_overflow=10, hide_parameters=True)
    _ping_when_idle(engine)
    return engine


PING_IDLE = 1.0  # seconds a pooled connection may rest before it is tested on checkout


def _ping_when_idle(engine: Engine) -> None:
    """SQLAlchemy's pool_pre_ping, only for a connection that has rested PING_IDLE seconds
    or more. Pinging on every checkout cost a webhook three round trips of its seventeen; a
    connection used a moment ago is alive, and if the server died in that moment the first
    statement fails, the pool is invalidated, and the caller's own handling takes over (an
    inbound message is spooled and replayed)."""
    dialect = engine.dialect

    @event.listens_for(engine, "checkin")
    def _rested_from(_dbapi_conn, record) -> None:
        record.info["checked_in"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _ping(dbapi_conn, record, _proxy) -> None:
        since = record.info.get("checked_in")
        if since is None or time.monotonic() - since < PING_IDLE:
            return  # new, or used a moment ago
        try:
            dialect.do_ping(dbapi_conn)
        except dialect.loaded_dbapi.Error as exc:  # the pool discards it and connects again
            raise exc_.DisconnectionError() from exc


@cache
def autocommit(engine: Engine) -> Engine:
    """The engine for statements atomic on their own (a slot booking, one reply's outcome):
    no BEGIN and COMMIT around each, two round trips fewer. Same pool as `engine`."""
    return engine.execution_options(isolation_level="AUTOCOMMIT")


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session whose work commits together or not at all."""
    with factory() as session, session.begin():
        yield session
