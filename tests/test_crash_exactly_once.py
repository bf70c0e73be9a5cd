"""Kill the worker (SIGKILL) mid-campaign and restart it: one message per recipient, none
twice, none missed. On PostgreSQL, two workers at once as well. Real twilio SDK against the
local emulator."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from db.models import Campaign, Message, OutboxItem
from db.session import transaction
from neet.interchange import cohort
from outreach import campaigns
from tests.emulators.twilio_api import TwilioEmulator
from tests.factories import cohort_csv, row

N = 2_000  # enough to be killed a third of the way through, as 5,000 was
TODAY = date(2026, 11, 23)
LIMIT = 900  # seconds; these runs take 60-100 s on 2 cores, so a loaded CI machine has margin


def _env(db_url: str, emu: TwilioEmulator) -> dict:
    return {**os.environ, "DATABASE_URL": db_url, "NEET_CHANNEL": "live",
            "TWILIO_ACCOUNT_SID": emu.sid, "TWILIO_AUTH_TOKEN": emu.token,
            "TWILIO_FROM_NUMBER": "+447700900001", "TWILIO_API_BASE": emu.url,
            "NEET_QUIET_START": "00:00", "NEET_QUIET_END": "23:59", "NEET_QUIET_SUNDAYS": "0",
            "NEET_SEND_RATE": "100000"}


def _setup(rt) -> int:
    rows = [row(YoungPersonsID=f"C{i:06d}", Mobile=f"07400 {500000 + i}", ActivityCode="810",
                DateAscertained="2026-09-01", DateVerified="", StartDate="") for i in range(N)]
    with transaction(rt.sessions) as s:
        cohort.load(s, cohort_csv(rows), "test", TODAY)
        now = datetime.now(UTC)  # the workers below run on the real clock
        c = campaigns.create(s, name="big", rule={"kind": "not_known"}, actor="t", now=now,
                             send_rate=100_000)  # as fast as the machine goes
        assert campaigns.launch(s, c, "t", TODAY, now) == N
        return c.id


def _worker(env, log, out=subprocess.DEVNULL, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "app.cli", "worker", "--drain", *extra],
                            env=env, stdout=out, stderr=log)


def _sent_by(path) -> int:
    """Messages a `neet worker --drain` reports sending (its JSON lines on stdout)."""
    total = 0
    for line in path.read_text().splitlines():
        rec = json.loads(line)
        total += (rec.get("campaign") or {}).get("sent", 0) + (rec.get("queued") or {}).get("sent", 0)
    return total


def _check(rt, emu: TwilioEmulator, cid: int) -> None:
    per_number = Counter(m["to"] for m in emu.messages)
    assert len(per_number) == N, f"missed {N - len(per_number)}"
    assert max(per_number.values()) == 1, f"duplicates: {sum(v > 1 for v in per_number.values())}"
    with rt.sessions() as s:
        assert s.scalar(select(func.count()).select_from(OutboxItem).where(
            OutboxItem.campaign_id == cid, OutboxItem.status == "done")) == N
        assert s.scalar(select(func.count()).select_from(Message).where(
            Message.campaign_id == cid, Message.status == "sent")) == N
        assert s.get(Campaign, cid).status == "live"


@pytest.mark.slow
def test_sigkill_mid_campaign_then_restart(rt, tmp_path):
    emu = TwilioEmulator()
    try:
        cid = _setup(rt)
        env = _env(rt.settings.database_url, emu)
        log = open(tmp_path / "worker.log", "wb")  # noqa: SIM115
        w = _worker(env, log)
        deadline = time.monotonic() + LIMIT
        while len(emu.messages) < N // 3:
            assert w.poll() is None, (tmp_path / "worker.log").read_text()[-2000:]
            assert time.monotonic() < deadline
            time.sleep(0.05)
        os.kill(w.pid, signal.SIGKILL)
        w.wait()
        assert len(emu.messages) < N  # really killed mid-campaign
        w2 = _worker(env, log, subprocess.DEVNULL, "--recover-after", "0")  # the only worker
        assert w2.wait(LIMIT) == 0, (tmp_path / "worker.log").read_text()[-2000:]
        _check(rt, emu, cid)
    finally:
        emu.close()


@pytest.mark.slow
@pytest.mark.postgres
def test_two_workers_on_postgres_never_share_a_row(request, tmp_path):
    from tests.conftest import _fresh_url

    url_gen = _fresh_url(request, "postgresql", tmp_path)
    url = next(url_gen)
    from neet import runtime

    rt = runtime.build({"DATABASE_URL": url})
    emu = TwilioEmulator()
    try:
        cid = _setup(rt)
        env = _env(url, emu)
        log = open(tmp_path / "workers.log", "wb")  # noqa: SIM115
        outs = [tmp_path / "a.out", tmp_path / "b.out"]
        with open(outs[0], "wb") as oa, open(outs[1], "wb") as ob:
            a, b = _worker(env, log, oa), _worker(env, log, ob)
            assert a.wait(LIMIT) == 0 and b.wait(LIMIT) == 0
        _check(rt, emu, cid)
        sent_a, sent_b = _sent_by(outs[0]), _sent_by(outs[1])
        assert sent_a > 0 and sent_b > 0, f"one worker did all the work: {sent_a} / {sent_b}"
        assert sent_a + sent_b == N
    finally:
        emu.close()
        rt.engine.dispose()
        for _ in url_gen:
            pass
