"""A scratch database for one benchmark: on the PostgreSQL server of NEET_TEST_POSTGRES_URL
when it is set (created afresh, dropped after), else a SQLite file in a temporary folder."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa

from db.session import normalise_url


def postgres_server() -> str | None:
    return os.environ.get("NEET_TEST_POSTGRES_URL") or None


@contextmanager
def scratch(name: str, postgres: bool = True) -> Iterator[str]:
    """The URL of an empty database named `name` (PostgreSQL if there is a server and
    `postgres`), removed when the block ends."""
    pg = postgres_server() if postgres else None
    if not pg:
        with tempfile.TemporaryDirectory() as d:
            yield f"sqlite:///{d}/{name}.db"
        return
    admin = sa.create_engine(normalise_url(pg), isolation_level="AUTOCOMMIT")
    drop = sa.text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    with admin.connect() as c:
        c.execute(drop)
        c.execute(sa.text(f"CREATE DATABASE {name}"))
    try:
        yield pg.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as c:
            c.execute(drop)
        admin.dispose()
