"""The worker process: an APScheduler 3 scheduler of its own (jobs in memory, added at
start). Run as many workers as you like on PostgreSQL: all of them send (outbox rows and
messages are claimed with row locks), and the scheduled jobs (cadence, escalation,
recovery, the nightly sweep) run only in the one holding the advisory lock (app/leader.py).
"""

from __future__ import annotations

import logging
import signal
import threading

from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.schedulers.background import BackgroundScheduler

from app import jobs
from neet.runtime import Runtime

log = logging.getLogger(__name__)


def make_scheduler(rt: Runtime) -> BackgroundScheduler:
    jobs.register(rt)
    sched = BackgroundScheduler(jobstores={"default": MemoryJobStore()},
                                job_defaults={"coalesce": True, "max_instances": 1,
                                              "misfire_grace_time": 300},
                                timezone=rt.settings.timezone)
    jobs.install(sched, rt)
    return sched


def start_background(rt: Runtime) -> BackgroundScheduler:
    sched = make_scheduler(rt)
    sched.start()
    log.info("scheduler started with %d jobs", len(sched.get_jobs()))
    return sched


def run_forever(rt: Runtime) -> int:
    sched = start_background(rt)
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    stop.wait()
    sched.shutdown(wait=True)
    return 0
