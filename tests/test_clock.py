"""The suite's own clock harness: with NEET_TEST_FAKE_NOW set, the wall clock really is there."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from neet.clock import utcnow
from tests.conftest import FAKE_NOW


def test_the_wall_clock_is_where_the_run_says():
    now = utcnow()
    if FAKE_NOW:
        assert abs(now - datetime.fromisoformat(FAKE_NOW)) < timedelta(hours=1)
    else:
        assert abs(now - datetime.now(UTC)) < timedelta(seconds=5)
