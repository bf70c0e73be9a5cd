"""Staff pages at Kent's scale (50,000 people): the dashboard's scorecard cold (every
history read, the plain way) and warm (reused while nothing changed), and a campaign's
preview, launch and report, beside the issue's bars (dashboard < 200 ms, report < 1 s,
preview and launch < 2 s). PostgreSQL when NEET_TEST_POSTGRES_URL is set, else SQLite."""

from __future__ import annotations

import os
import tempfile
import time
from datetime import UTC, date, datetime

import sqlalchemy as sa

from app import demo
from bench.timing import best_of
from db.migrate import upgrade
from db.models import Campaign
from db.session import normalise_url, transaction
from neet import runtime
from neet.interchange import cohort
from neet.reports import scorecard
from outreach import campaigns

ROWS = 50_000
TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


def _measure(url: str) -> dict:
    upgrade(url)
    rt = runtime.build({"DATABASE_URL": url})
    with transaction(rt.sessions) as s:
        cohort.load(s, demo.cohort_csv(ROWS, TODAY).encode(), "bench", TODAY)
    month = f"{TODAY.year}-{TODAY.month:02d}"
    with rt.sessions() as s:
        cold = best_of(lambda: scorecard.build(scorecard.load_people(s), month, TODAY), 2)
        scorecard.load_people_cached(s)
        warm = best_of(lambda: scorecard.build(scorecard.load_people_cached(s), month, TODAY))
    with transaction(rt.sessions) as s:
        c = campaigns.create(s, name="bench", rule={"kind": "not_known"}, actor="b", now=NOW)
        cid = c.id
    with rt.sessions() as s:
        t0 = time.perf_counter()
        prev = campaigns.preview(s, rt.settings, s.get(Campaign, cid), TODAY, NOW)
        preview = time.perf_counter() - t0
    with transaction(rt.sessions) as s:
        t0 = time.perf_counter()
        n = campaigns.launch(s, s.get(Campaign, cid), "b", TODAY, NOW)
        launch = time.perf_counter() - t0
    with rt.sessions() as s:
        report = best_of(lambda: campaigns.report(s, s.get(Campaign, cid)), 2)
    rt.engine.dispose()
    return {"people": ROWS, "recipients": n, "preview_recipients": prev["recipients"],
            "dashboard_cold_s": round(cold, 3), "dashboard_warm_s": round(warm, 3),
            "dashboard_warm_vs_cold": round(warm / cold, 3),
            "preview_s": round(preview, 2), "launch_s": round(launch, 2),
            "report_s": round(report, 3),
            "bars": "dashboard < 0.2 s, report < 1 s, preview and launch < 2 s"}


def run() -> dict:
    pg = os.environ.get("NEET_TEST_POSTGRES_URL")
    if not pg:
        with tempfile.TemporaryDirectory() as d:
            return {"backend": "sqlite", **_measure(f"sqlite:///{d}/bench.db")}
    admin = sa.create_engine(normalise_url(pg), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(sa.text("DROP DATABASE IF EXISTS neet_bench_pages WITH (FORCE)"))
        c.execute(sa.text("CREATE DATABASE neet_bench_pages"))
    try:
        return {"backend": "postgresql",
                **_measure(pg.rsplit("/", 1)[0] + "/neet_bench_pages")}
    finally:
        with admin.connect() as c:
            c.execute(sa.text("DROP DATABASE IF EXISTS neet_bench_pages WITH (FORCE)"))
