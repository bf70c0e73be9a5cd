"""Kill inbound processing half-way through a batch of replies: after restart each reply is
processed exactly once (one status, one answer each), none lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import timedelta

from sqlalchemy import func, select

from bot import inbound
from db.models import Activity, Message
from tests.factories import row
from tests.helpers import seed

N = 40


def test_sigkill_during_inbound_batch(sqlite_rt):
    rt = sqlite_rt
    seed(rt, [row(YoungPersonsID=f"R{i}", Mobile=f"07400 9{i:05d}", ActivityCode="810",
                  DateAscertained="2026-09-01", DateVerified="", StartDate="") for i in range(N)],
         with_catalogue=False)
    ids = [inbound.receive(rt, "sms", f"+4474009{i:05d}", "at college", f"SMk{i}")[0]
           for i in range(N)]
    script = textwrap.dedent(f"""
        import time
        from bot import inbound
        from neet import runtime
        rt = runtime.build({{"DATABASE_URL": {rt.settings.database_url!r}, "NEET_CHANNEL": "simulator"}})
        for mid in {ids!r}:
            inbound.process(rt, mid)
            time.sleep(0.05)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], env={**os.environ})
    deadline = time.monotonic() + 60
    while True:
        with rt.sessions() as s:
            done = s.scalar(select(func.count()).select_from(Message).where(
                Message.direction == "in", Message.processed_at.is_not(None)))
        if done >= N // 3:
            break
        assert time.monotonic() < deadline and proc.poll() is None
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert done < N
    inbound.process_pending(rt, older_than=timedelta(0))
    inbound.process_pending(rt, older_than=timedelta(0))  # a second restart changes nothing
    with rt.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Message).where(
            Message.direction == "in", Message.processed_at.is_(None))) == 0
        assert s.scalar(select(func.count()).select_from(Message).where(
            Message.direction == "out")) == N
        assert s.scalar(select(func.count()).select_from(Activity).where(
            Activity.source == "reply")) == N
