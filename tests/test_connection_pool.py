"""The pool tests a connection only when it has rested (db.session._ping_when_idle): one that
died while resting is replaced before anyone uses it; one used a moment ago is not tested,
and if the server dropped it in that moment the statement fails as a database error (which
every caller handles: an inbound message is spooled) and the next checkout is a new
connection."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from db import session as db_session

pytestmark = pytest.mark.postgres
PID = sa.text("SELECT pg_backend_pid()")


@pytest.fixture
def pg(request, tmp_path):
    from tests.conftest import _fresh_url

    fresh = _fresh_url(request, "postgresql", tmp_path)
    url = next(fresh)
    engine = db_session.make_engine(url)
    admin = sa.create_engine(db_session.normalise_url(url), isolation_level="AUTOCOMMIT")
    yield engine, admin
    engine.dispose()
    admin.dispose()
    fresh.close()


def _kill(admin, pid: int) -> None:
    with admin.connect() as c:
        assert c.execute(sa.text("SELECT pg_terminate_backend(:p)"), {"p": pid}).scalar()
        # wait until the server has let it go
        for _ in range(200):
            if not c.execute(sa.text("SELECT 1 FROM pg_stat_activity WHERE pid = :p"),
                             {"p": pid}).first():
                break


def test_a_connection_that_died_while_resting_is_replaced_unseen(pg, monkeypatch):
    engine, admin = pg
    with engine.connect() as c:
        first = c.execute(PID).scalar()
    _kill(admin, first)
    monkeypatch.setattr(db_session, "PING_IDLE", 0.0)  # it has rested long enough
    with engine.connect() as c:
        second = c.execute(PID).scalar()  # no error: the ping found it dead
    assert second != first


def test_one_used_a_moment_ago_is_not_tested_and_its_failure_is_a_database_error(pg, monkeypatch):
    engine, admin = pg
    with engine.connect() as c:
        first = c.execute(PID).scalar()
    _kill(admin, first)
    monkeypatch.setattr(db_session, "PING_IDLE", 3600.0)  # a moment ago
    with pytest.raises(sa.exc.OperationalError), engine.connect() as c:
        c.execute(PID)
    with engine.connect() as c:  # the pool was invalidated: a new connection
        assert c.execute(PID).scalar() != first
