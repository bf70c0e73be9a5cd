"""Staff pages at Kent's scale (50,000 people) and four times it (200,000): the dashboard's
scorecard as a page gets it (the snapshot kept in the database, in a process that has read
nothing yet) beside the plain way (every history read and the scorecard built: what a
rebuild costs, done by the worker when something changed), and a campaign's preview, launch
and report, beside the issue's bars (dashboard < 200 ms, report < 1 s, preview and launch
< 2 s at 50k). PostgreSQL when NEET_TEST_POSTGRES_URL is set, else SQLite."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime

from app import demo
from bench import database
from bench.timing import best_of
from db.migrate import upgrade
from db.models import Campaign
from db.session import transaction
from neet import runtime
from neet.interchange import cohort
from neet.reports import scorecard, snapshots
from outreach import campaigns

SIZES = (50_000, 200_000)
TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


def _page_read(rt, month: str) -> float:
    """The dashboard's scorecard in a process that has read nothing: a fresh engine."""
    fresh = runtime.build({"DATABASE_URL": rt.settings.database_url})
    scorecard._PEOPLE_CACHE.clear()
    try:
        with fresh.sessions() as s:
            t0 = time.perf_counter()
            snapshots.scorecard_for(s, month, TODAY)
            return time.perf_counter() - t0
    finally:
        fresh.engine.dispose()


def _measure(url: str, rows: int) -> dict:
    upgrade(url)
    rt = runtime.build({"DATABASE_URL": url})
    with transaction(rt.sessions) as s:
        cohort.load(s, demo.cohort_csv(rows, TODAY).encode(), "bench", TODAY)
    month = f"{TODAY.year}-{TODAY.month:02d}"
    with rt.sessions() as s:
        plain = best_of(lambda: scorecard.build(scorecard.load_people(s), month, TODAY), 2)
        snapshots.refresh(s, TODAY)  # the worker's minute job
    page = min(_page_read(rt, month) for _ in range(3))
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
    return {"people": rows, "recipients": n, "preview_recipients": prev["recipients"],
            "dashboard_page_s": round(page, 4), "scorecard_rebuild_s": round(plain, 3),
            "dashboard_page_vs_rebuild": round(page / plain, 4),
            "preview_s": round(preview, 2), "launch_s": round(launch, 2),
            "report_s": round(report, 3),
            "bars": "dashboard < 0.2 s, report < 1 s, preview and launch < 2 s"}


def run() -> dict:
    return {f"at_{rows // 1000}k": _run(rows) for rows in SIZES}


def _run(rows: int) -> dict:
    with database.scratch("neet_bench_pages") as url:
        return {"backend": url.split(":", 1)[0], **_measure(url, rows)}
