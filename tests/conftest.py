"""Fixtures: a fresh, migrated database per test, on SQLite and on a real PostgreSQL.

Each backend is migrated once per test worker into a template (an SQLite file / a template
database); each test gets a copy, so tests are isolated and fast. PostgreSQL comes from
NEET_TEST_POSTGRES_URL (set by `make test`, which installs and starts the server); without
it the PostgreSQL tests fail rather than pass silently.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from db.migrate import upgrade
from db.session import normalise_url
from neet import runtime

os.environ.setdefault("NEET_ENV", "test")  # production refuses to start without real secrets
PG_URL = os.environ.get("NEET_TEST_POSTGRES_URL", "")
TODAY = date(2026, 11, 23)
FAKE_NOW = os.environ.get("NEET_TEST_FAKE_NOW", "")


@pytest.fixture(scope="session", autouse=True)
def _travel_to_fake_now():
    """`NEET_TEST_FAKE_NOW=2027-08-31T23:59:00+00:00` runs the suite with the wall clock moved
    there (ticking): `make test-dates` uses it to show no test depends on today's date."""
    if not FAKE_NOW:
        yield
        return
    import time_machine

    with time_machine.travel(datetime.fromisoformat(FAKE_NOW), tick=True):
        yield


def pytest_collection_modifyitems(items: list) -> None:
    """The long runs first (Chromium, the SIGKILLs, the outage, training), so the two test
    workers start them at once and the short tests fill in around them: the suite ends
    when the last long run does, not a long run after the rest."""
    items.sort(key=lambda item: not (item.get_closest_marker("slow")
                                     or item.get_closest_marker("browser")))


def _worker(request) -> str:
    return getattr(request.config, "workerinput", {}).get("workerid", "main")


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("tpl") / "template.db"
    upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def pg_template(request) -> str:
    if not PG_URL:
        pytest.fail("NEET_TEST_POSTGRES_URL is not set: run the suite with `make test`, which "
                    "installs and starts PostgreSQL (or deselect with -m 'not postgres')")
    name = f"neet_tpl_{_worker(request)}"
    admin = sa.create_engine(normalise_url(PG_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        c.execute(sa.text(f'CREATE DATABASE "{name}"'))
    upgrade(_pg_db_url(name))
    yield name
    with admin.connect() as c:
        c.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _pg_db_url(name: str) -> str:
    base = PG_URL.rsplit("/", 1)[0]
    return f"{base}/{name}"


def _fresh_url(request, backend: str, tmp_path: Path) -> Iterator[str]:
    if backend == "sqlite":
        path = tmp_path / "neet.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    tpl = request.getfixturevalue("pg_template")
    name = f"neet_t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(normalise_url(PG_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(sa.text(f'CREATE DATABASE "{name}" TEMPLATE "{tpl}"'))
    try:
        yield _pg_db_url(name)
    finally:
        with admin.connect() as c:
            c.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


BACKENDS = [pytest.param("sqlite", id="sqlite"),
            pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path) -> Iterator[str]:
    yield from _fresh_url(request, request.param, tmp_path)


@pytest.fixture
def rt(db_url) -> Iterator[runtime.Runtime]:
    r = runtime.build({"DATABASE_URL": db_url, "NEET_CHANNEL": "simulator",
                       "SECRET_KEY": "test-secret", "NEET_SEND_RATE": "1000"})
    yield r
    r.engine.dispose()


@pytest.fixture
def sqlite_rt(request, tmp_path) -> Iterator[runtime.Runtime]:
    """SQLite only: for tests whose subject is not the database."""
    url = next(_fresh_url(request, "sqlite", tmp_path))
    r = runtime.build({"DATABASE_URL": url, "NEET_CHANNEL": "simulator",
                       "SECRET_KEY": "test-secret", "NEET_SEND_RATE": "1000"})
    yield r
    r.engine.dispose()
