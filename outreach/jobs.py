"""Recurring jobs the worker runs. Each is a module-level function (APScheduler stores
references) that looks up its runtime by database URL."""

from __future__ import annotations

from apscheduler.schedulers.base import BaseScheduler

from neet.runtime import Runtime


def install(sched: BaseScheduler, rt: Runtime) -> None:
    """Register the recurring jobs (replace_existing keeps restarts idempotent)."""
    return None
