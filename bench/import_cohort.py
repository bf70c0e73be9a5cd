"""Import throughput for a 50,000-row cohort (Kent's is about 52,500), against plain `csv`
parsing of the same file, on SQLite and (if NEET_TEST_POSTGRES_URL is set) PostgreSQL."""

from __future__ import annotations

import csv
import io
import tempfile
from datetime import date

from app import demo
from bench import database
from bench.timing import best_of
from db.migrate import upgrade
from db.session import transaction
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


def _bare_copy(url: str, text: str) -> None:
    """COPY the file's rows into a table of text columns: what PostgreSQL alone costs."""
    import psycopg

    header = text.split("\n", 1)[0].split(",")
    with psycopg.connect(url) as conn, conn.cursor() as cur:
        cur.execute("DROP TABLE IF EXISTS bare_copy")
        cur.execute("CREATE TABLE bare_copy (" + ", ".join(f'"{h}" text' for h in header) + ")")
        with cur.copy("COPY bare_copy FROM STDIN WITH (FORMAT csv, HEADER true)") as cp:
            cp.write(text.encode())


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
    if database.postgres_server():
        with database.scratch("neet_bench") as url:
            took = _import_into(url, data)
            copy = best_of(lambda: _bare_copy(url, text), repeat=3)
        res.update(postgres_import_s=round(took, 2), postgres_rows_per_s=int(ROWS / took),
                   postgres_ratio_vs_csv=round(took / baseline, 1),
                   # the physical floor: the same rows COPYed into a bare table, no checks
                   postgres_bare_copy_s=round(copy, 3),
                   postgres_ratio_vs_copy_plus_validation=round(took / (copy + validate), 2))
    else:
        res["postgres"] = "not measured: NEET_TEST_POSTGRES_URL not set"
    return res
