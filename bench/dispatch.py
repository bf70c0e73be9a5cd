"""A 52,500-person chase against the Twilio emulator: audience selection time, enqueue rate
(launch), and the dispatch rate achieved as a ratio of the configured rate ceiling (measured
on the first 3,000 sends, so the bench stays short)."""

from __future__ import annotations

import os
import tempfile
import time
from datetime import UTC, date, datetime

import sqlalchemy as sa

from app import demo
from db.migrate import upgrade
from db.session import normalise_url, transaction
from messaging import dispatch
from neet import runtime
from neet.interchange import cohort
from outreach import audience, campaigns, outbox
from tests.emulators.twilio_api import TwilioEmulator

PEOPLE, SAMPLE, CEILING = 52_500, 3_000, 200.0
TODAY = date(2026, 11, 23)


def _db() -> tuple[str, callable]:
    pg = os.environ.get("NEET_TEST_POSTGRES_URL")
    if not pg:
        d = tempfile.mkdtemp()
        return f"sqlite:///{d}/dispatch.db", lambda: None
    admin = sa.create_engine(normalise_url(pg), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(sa.text("DROP DATABASE IF EXISTS neet_bench_dispatch WITH (FORCE)"))
        c.execute(sa.text("CREATE DATABASE neet_bench_dispatch"))

    def drop():
        with admin.connect() as c:
            c.execute(sa.text("DROP DATABASE IF EXISTS neet_bench_dispatch WITH (FORCE)"))
    return pg.rsplit("/", 1)[0] + "/neet_bench_dispatch", drop


def run() -> dict:
    url, drop = _db()
    upgrade(url)
    emu = TwilioEmulator()
    rt = runtime.build({"DATABASE_URL": url, "NEET_CHANNEL": "live", "TWILIO_ACCOUNT_SID": emu.sid,
                        "TWILIO_AUTH_TOKEN": emu.token, "TWILIO_FROM_NUMBER": "+447700900001",
                        "TWILIO_API_BASE": emu.url, "NEET_QUIET_START": "00:00",
                        "NEET_QUIET_END": "23:59", "NEET_QUIET_SUNDAYS": "0"})
    try:
        with transaction(rt.sessions) as s:
            cohort.load(s, demo.cohort_csv(PEOPLE, TODAY).encode(), "bench", TODAY)
        with transaction(rt.sessions) as s:
            t0 = time.perf_counter()
            snaps = audience.load_snapshots(s)
            sel = audience.select_audience(snaps, audience.Rule(kind="lapsing", lapsing_days=365),
                                           TODAY, datetime.now(UTC))
            selection = time.perf_counter() - t0
            c = campaigns.create(s, name="bench", rule={"kind": "lapsing", "lapsing_days": 365},
                                 actor="bench", now=datetime.now(UTC), send_rate=CEILING)
            t0 = time.perf_counter()
            n = campaigns.launch(s, c, "bench", TODAY, datetime.now(UTC))
            enqueue = time.perf_counter() - t0
        channels = dispatch.channels_for(rt.settings)
        t0 = time.perf_counter()
        sent = 0
        while sent < SAMPLE:
            res = outbox.run(rt, channels, limit=min(500, SAMPLE - sent), rate=CEILING)
            if not res.get("planned"):
                break
            sent += res.get("sent", 0)
        took = time.perf_counter() - t0
        return {"people": PEOPLE, "backend": url.split(":", 1)[0],
                "audience_selected": len(sel.recipients), "audience_selection_s": round(selection, 2),
                "enqueued": n, "enqueue_per_s": int(n / enqueue),
                "dispatched_sample": sent, "dispatch_per_s": round(sent / took, 1),
                "rate_ceiling_per_s": CEILING,
                "dispatch_ratio_of_ceiling": round(sent / took / CEILING, 3)}
    finally:
        emu.close()
        rt.engine.dispose()
        drop()
