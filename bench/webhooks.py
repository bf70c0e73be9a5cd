"""Inbound webhook throughput and p99 latency under gunicorn on PostgreSQL when it is there
(signed Twilio SMS through the whole path: signature, store, understand, record, reply queued
and sent to the simulator), beside a fair baseline under the same gunicorn settings in the
same run: the signature check and one INSERT of the message into the same database. Each is
warmed up first; concurrency 8."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests
from twilio.request_validator import RequestValidator

from bench import database
from db.migrate import upgrade
from db.session import transaction
from neet import runtime
from neet.interchange import cohort
from tests.factories import cohort_csv, row

REQUESTS, CONCURRENCY, WARM_UP = 600, 8, 80
TOKEN, PUBLIC = "bench-token", "https://bench.example.org"
ROOT = Path(__file__).resolve().parent.parent


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(target: str, env: dict) -> tuple[subprocess.Popen, str]:
    port = _port()
    gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent))
    proc = subprocess.Popen([gunicorn, "--workers", "2", "--threads", "4", "--bind",
                             f"127.0.0.1:{port}", target], env=env, cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            requests.get(url + "/healthz", timeout=5)
            break
        except requests.RequestException:
            time.sleep(0.1)
    return proc, url


def _load(url: str, people: int, first: int = 0,
          n: int = REQUESTS) -> tuple[float, list[float], int]:
    validator = RequestValidator(TOKEN)

    def one(i: int) -> tuple[float, int]:
        params = {"MessageSid": f"SMbench{url[-5:]}{i:08d}", "From": f"+4474006{i % people:05d}",
                  "Body": ["4", "nothing atm", "at college", "yes", "fixing cars"][i % 5]}
        sig = validator.compute_signature(PUBLIC + "/webhooks/twilio/sms", params)
        t0 = time.perf_counter()
        r = requests.post(url + "/webhooks/twilio/sms", data=params,
                          headers={"X-Twilio-Signature": sig}, timeout=30)
        return time.perf_counter() - t0, r.status_code

    t0 = time.perf_counter()
    with ThreadPoolExecutor(CONCURRENCY) as pool:
        results = list(pool.map(one, range(first, first + n)))
    wall = time.perf_counter() - t0
    return wall, sorted(r[0] for r in results), sum(r[1] != 200 for r in results)


def run() -> dict:
    with database.scratch("neet_bench_webhooks") as url_db:
        return _run(url_db)


def _run(url_db: str) -> dict:
    upgrade(url_db)
    people = 300
    rt = runtime.build({"DATABASE_URL": url_db})
    rows = [row(YoungPersonsID=f"W{i}", Mobile=f"074006{i:05d}", ActivityCode="810",
                DateAscertained="2026-09-01", DateVerified="", StartDate="") for i in range(people)]
    with transaction(rt.sessions) as s:
        cohort.load(s, cohort_csv(rows), "bench", __import__("datetime").date(2026, 11, 23))
    env = {**os.environ, "DATABASE_URL": url_db, "TWILIO_AUTH_TOKEN": TOKEN,
           "PUBLIC_BASE_URL": PUBLIC, "NEET_CHANNEL": "simulator", "PYTHONPATH": str(ROOT),
           "NEET_SEND_RATE": "1000", "NEET_ENV": "development"}
    out = {"backend": url_db.split(":", 1)[0], "concurrency": CONCURRENCY}
    for name, target in (("service", "web.wsgi:app"), ("baseline", "bench.bare_app:app")):
        proc, url = _serve(target, env)
        try:
            _load(url, people, first=10_000_000, n=WARM_UP)  # connections, caches, imports
            wall, lat, errors = _load(url, people)
        finally:
            proc.terminate()
            proc.wait(10)
        out[f"{name}_req_per_s"] = int(REQUESTS / wall)
        out[f"{name}_p99_ms"] = round(1000 * lat[int(0.99 * len(lat)) - 1], 1)
        out[f"{name}_errors"] = errors
    out["throughput_ratio_service_vs_baseline"] = round(
        out["service_req_per_s"] / out["baseline_req_per_s"], 3)
    out["bar"] = "service >= 0.5x the baseline, p99 < 150 ms"
    rt.engine.dispose()
    return out
