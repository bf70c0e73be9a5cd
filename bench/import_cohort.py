"""Import throughput for a 50,000-row cohort (Kent's is about 52,500), against plain `csv`
parsing of the same file, on SQLite and (if NEET_TEST_POSTGRES_URL is set) PostgreSQL."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from datetime import date

import sqlalchemy as sa

from app import demo
from bench.timing import best_of
from db.migrate import upgrade
from db.session import normalise_url, transaction
from neet import runtime
from neet.interchange import cohort

ROWS = 50_000
TODAY = date(2026, 11, 23)


def _import_into(url: str, data: bytes) -> float:
    upgrade(url)
    rt = runtime.build({"DATABASE_URL": url})
    import time

    t0 = time.perf_counter()
    with transaction(rt.sessions) as s:
        cohort.load(s, data, "bench", TODAY)
    took = time.perf_counter() - t0
    rt.engine.dispose()
    return took


def run() -> dict:
    text = demo.cohort_csv(ROWS, TODAY)
    data = text.encode()
    baseline = best_of(lambda: list(csv.DictReader(io.StringIO(text))))
    validate = best_of(lambda: cohort.parse(text, TODAY), repeat=1)
    with tempfile.TemporaryDirectory() as d:
        sqlite = _import_into(f"sqlite:///{d}/bench.db", data)
    res = {"rows": ROWS, "csv_parse_s": round(baseline, 3), "validate_s": round(validate, 3),
           "sqlite_import_s": round(sqlite, 2),
           "sqlite_rows_per_s": int(ROWS / sqlite),
           "sqlite_ratio_vs_csv": round(sqlite / baseline, 1)}
    pg = os.environ.get("NEET_TEST_POSTGRES_URL")
    if pg:
        admin = sa.create_engine(normalise_url(pg), isolation_level="AUTOCOMMIT")
        with admin.connect() as c:
            c.execute(sa.text("DROP DATABASE IF EXISTS neet_bench WITH (FORCE)"))
            c.execute(sa.text("CREATE DATABASE neet_bench"))
        took = _import_into(pg.rsplit("/", 1)[0] + "/neet_bench", data)
        with admin.connect() as c:
            c.execute(sa.text("DROP DATABASE IF EXISTS neet_bench WITH (FORCE)"))
        res.update(postgres_import_s=round(took, 2), postgres_rows_per_s=int(ROWS / took),
                   postgres_ratio_vs_csv=round(took / baseline, 1))
    else:
        res["postgres"] = "not measured: NEET_TEST_POSTGRES_URL not set"
    return res
