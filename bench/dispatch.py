"""Dispatch at the provider's limit: a 52,500-person chase on PostgreSQL against the Twilio
emulator in its own process, sent by one `neet worker --drain` and then by two at once, each
for WINDOW seconds, with the sender's rate (NEET_SEND_RATE) and the campaign's set to the
ceiling. The rate is read from the emulator's own clock (when it accepted each message), over
the steady part of the run. Beside it, the limit: the twilio SDK alone against the same
emulator at the same concurrency, unpaced. Also: duplicates (must be 0) and the busiest
one-second window (the workers together must not go above the ceiling)."""

from __future__ import annotations

import bisect
import json
import os
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime

import sqlalchemy as sa

from app import demo
from bench import database
from db.migrate import upgrade
from db.models import Message
from db.session import transaction
from messaging import dispatch
from neet import runtime
from neet.interchange import cohort
from outreach import campaigns

PEOPLE, CEILING, WINDOW = 52_500, 200.0, 20.0
TODAY = date(2026, 11, 23)
SID, TOKEN = "AC" + "0" * 32, "tok"


def _stats(url: str) -> dict:
    with urllib.request.urlopen(f"{url}/_stats", timeout=30) as r:
        return json.loads(r.read())


def _busiest(times: list[float]) -> int:
    return max((bisect.bisect_left(times, t + 1.0) - i for i, t in enumerate(times)), default=0)


def _rate(times: list[float]) -> tuple[float, int, int]:
    """Messages a second over the steady part (the first and last second of the run left
    out: a worker starting up or stopping between rounds); the busiest 1-s window of that
    part, and of the whole run (a worker's first calls open their connections together, so
    the first messages land at the provider in a bunch)."""
    times = sorted(times)
    if len(times) < 3:
        return 0.0, len(times), len(times)
    lo, hi = times[0] + 1.0, times[-1] - 1.0
    steady = [t for t in times if lo <= t <= hi]
    rate = (len(steady) - 1) / (steady[-1] - steady[0]) if len(steady) > 1 else 0.0
    return rate, _busiest(steady), _busiest(times)


def _workers(n: int, env: dict) -> None:
    procs = [subprocess.Popen([sys.executable, "-m", "app.cli", "worker", "--drain",
                               "--seconds", str(WINDOW)], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL) for _ in range(n)]
    for p in procs:
        p.wait(timeout=WINDOW * 10)


def _sdk_alone(url: str, concurrency: int, n: int) -> float:
    """The twilio SDK with nothing of ours: `n` sends, `concurrency` in flight, unpaced."""
    rt = runtime.build({"DATABASE_URL": "sqlite://", "NEET_CHANNEL": "live",
                        "TWILIO_ACCOUNT_SID": SID, "TWILIO_AUTH_TOKEN": TOKEN,
                        "TWILIO_FROM_NUMBER": "+447700900002", "TWILIO_API_BASE": url})
    ch = dispatch.channels_for(rt.settings)["sms"]
    t0 = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(lambda i: ch.send(f"+4479{i:08d}", "Hi, this is a test", i), range(n)))
    return n / (time.perf_counter() - t0)


def run() -> dict:
    with database.scratch("neet_bench_dispatch") as url:
        return _run(url)


def _run(url: str) -> dict:
    upgrade(url)
    emu = subprocess.Popen([sys.executable, "-m", "tests.emulators.twilio_api"],
                           stdout=subprocess.PIPE, text=True)
    emu_url = emu.stdout.readline().strip()
    env = {**os.environ, "DATABASE_URL": url, "NEET_CHANNEL": "live", "TWILIO_ACCOUNT_SID": SID,
           "TWILIO_AUTH_TOKEN": TOKEN, "TWILIO_FROM_NUMBER": "+447700900001",
           "TWILIO_API_BASE": emu_url, "NEET_QUIET_START": "00:00", "NEET_QUIET_END": "23:59",
           "NEET_QUIET_SUNDAYS": "0", "NEET_SEND_RATE": str(CEILING), "NEET_ENV": "test"}
    rt = runtime.build({k: v for k, v in env.items() if k.isupper()})
    try:
        with transaction(rt.sessions) as s:
            cohort.load(s, demo.cohort_csv(PEOPLE, TODAY).encode(), "bench", TODAY)
        with transaction(rt.sessions) as s:
            now = datetime.now(UTC)
            c = campaigns.create(s, name="bench", rule={"kind": "lapsing", "lapsing_days": 365},
                                 actor="bench", now=now, send_rate=CEILING)
            t0 = time.perf_counter()
            enqueued = campaigns.launch(s, c, "bench", TODAY, now)
            launch_s = time.perf_counter() - t0
        out = {"people": PEOPLE, "backend": url.split(":", 1)[0], "enqueued": enqueued,
               "launch_s": round(launch_s, 2), "rate_ceiling_per_s": CEILING,
               "load_before": os.getloadavg()[0]}
        seen = 0
        for n in (1, 2):
            _workers(n, env)
            st = _stats(emu_url)
            rate, busiest, with_start = _rate(st["accepted_at"][seen:])
            out[f"workers_{n}_sent"] = st["count"] - seen
            out[f"workers_{n}_per_s"] = round(rate, 1)
            out[f"workers_{n}_ratio_of_ceiling"] = round(rate / CEILING, 3)
            out[f"workers_{n}_busiest_second"] = busiest
            out[f"workers_{n}_busiest_second_with_start"] = with_start
            seen = st["count"]
        st = _stats(emu_url)
        with rt.sessions() as s:  # (numbers are not unique: siblings share a phone)
            sent = s.scalar(sa.select(sa.func.count()).select_from(Message).where(
                Message.status.in_(("sent", "delivered"))))
        out["duplicates"] = st["count"] - sent  # provider calls beyond one per message
        out["load_after"] = os.getloadavg()[0]
        k = dispatch.in_flight_for(CEILING)  # the calls in flight of one worker, then of two
        out[f"sdk_alone_{k}_in_flight_per_s"] = round(_sdk_alone(emu_url, k, 3000), 1)
        out[f"sdk_alone_{2 * k}_in_flight_per_s"] = round(_sdk_alone(emu_url, 2 * k, 3000), 1)
        out["bar"] = ("each >= 0.95 of the ceiling, steady busiest second <= ceiling (+1%), "
                      "0 duplicates")
        return out
    finally:
        emu.kill()
        rt.engine.dispose()
