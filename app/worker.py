"""The worker process: one APScheduler 3 scheduler with a SQLAlchemy job store.

APScheduler 3 does not coordinate several schedulers on one store, so run one worker; the
sending itself is safe for several (outbox rows are claimed with row locks).
"""

from __future__ import annotations

import logging
import signal
import threading

from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler

from app import jobs
from db.session import normalise_url
from neet.runtime import Runtime

log = logging.getLogger(__name__)


def make_scheduler(rt: Runtime) -> BackgroundScheduler:
    jobs.register(rt)
    store = SQLAlchemyJobStore(url=normalise_url(rt.settings.database_url),
                               tablename="apscheduler_jobs")
    sched = BackgroundScheduler(jobstores={"default": store},
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
