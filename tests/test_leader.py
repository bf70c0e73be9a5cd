"""Several workers: all of them send, but the scheduled jobs run in one at a time, the worker
holding a PostgreSQL advisory lock; when it dies (its connection closes) another takes over.
On SQLite the one worker always leads."""

from __future__ import annotations

import pytest

from app.leader import Leader


@pytest.mark.postgres
def test_one_leader_at_a_time_and_a_takeover_when_it_dies(request, tmp_path):
    from tests.conftest import _fresh_url

    fresh = _fresh_url(request, "postgresql", tmp_path)
    url = next(fresh)
    first, second = Leader(url), Leader(url)
    try:
        assert first.is_leader() and not second.is_leader()
        assert first.is_leader() and not second.is_leader()  # and stays so
        first.release()  # the leading worker dies: its connection closes, the lock is freed
        assert second.is_leader() and not first.is_leader()
    finally:
        first.release()
        second.release()
        fresh.close()


def test_the_sqlite_worker_always_leads(tmp_path):
    assert Leader(f"sqlite:///{tmp_path}/x.db").is_leader()


@pytest.mark.postgres
def test_a_follower_skips_the_scheduled_jobs(request, tmp_path):
    """The jobs' own check: a worker skips the scheduled jobs while another holds the lock,
    and leads once that one is gone."""
    from app import jobs
    from tests.conftest import _fresh_url

    fresh = _fresh_url(request, "postgresql", tmp_path)
    url = next(fresh)
    holder = Leader(url)
    try:
        assert holder.is_leader()
        jobs._LEADERS.pop(url, None)
        assert not jobs.leads(url)  # this process's own check: someone else holds it
        holder.release()
        assert jobs.leads(url)
    finally:
        holder.release()
        leader = jobs._LEADERS.pop(url, None)
        if leader:
            leader.release()
        fresh.close()
