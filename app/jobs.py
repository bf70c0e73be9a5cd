"""Recurring jobs the worker runs. Each is a module-level function (APScheduler stores
references) that looks its runtime up by database URL."""

from __future__ import annotations

import logging

from apscheduler.schedulers.base import BaseScheduler
from sqlalchemy import select

from app.leader import Leader
from db.models import Campaign
from neet.clock import today_london, utcnow
from neet.runtime import Runtime

log = logging.getLogger(__name__)
_RUNTIMES: dict[str, Runtime] = {}


def register(rt: Runtime) -> None:
    """The worker's own runtime, so jobs reuse its engine and channels."""
    _RUNTIMES[rt.settings.database_url] = rt


_LEADERS: dict[str, Leader] = {}


def leads(url: str) -> bool:
    """Only the worker holding the advisory lock runs the scheduled jobs (app/leader.py)."""
    if url not in _LEADERS:
        _LEADERS[url] = Leader(url)
    return _LEADERS[url].is_leader()


def _rt(url: str) -> Runtime:
    """Jobs are stored by reference, so they look their runtime up by database URL."""
    if url not in _RUNTIMES:
        from neet import runtime

        _RUNTIMES[url] = runtime.build({"DATABASE_URL": url})
    return _RUNTIMES[url]


def dispatch_job(url: str) -> None:
    """Send due campaign steps, any queued replies, and due caseworker notifications."""
    from bot.arrival import replay_spool
    from bot.inbound import process_pending
    from messaging import dispatch
    from outreach import outbox
    from webhooks import outbound

    rt = _rt(url)
    channels = dispatch.channels_of(rt)
    replay_spool(rt)  # replies that arrived while the database was down
    process_pending(rt)  # replies stored by a web process that died before processing them
    res = outbox.run(rt, channels, until_idle=True)  # back to back while campaigns are due
    left = dispatch.send_queued(rt, channels, limit=200)
    hooks = outbound.deliver_due(rt.sessions)
    if res.get("planned") or left.get("sent") or hooks.get("delivered"):
        log.info("dispatch: campaign %s, replies %s, webhooks %s", res, left, hooks)


def recover_job(url: str) -> None:
    from messaging import dispatch

    if not leads(url):
        return
    rt = _rt(url)
    res = dispatch.reconcile(rt, dispatch.channels_of(rt))
    if any(res.values()):
        log.warning("recovered messages left mid-send: %s", res)


def cadence_job(url: str) -> None:
    """Reminders, phone-chase hand-over and completion for every live campaign."""
    from outreach import campaigns

    if not leads(url):
        return
    rt = _rt(url)
    with rt.sessions() as s:
        ids = s.scalars(select(Campaign.id).where(Campaign.status == "live")).all()
    for cid in ids:
        with rt.sessions() as s, s.begin():
            c = s.get(Campaign, cid)
            res = campaigns.advance(s, c, utcnow(), today_london())
        if res:
            log.info("campaign %s cadence: %s", cid, res)


def escalation_job(url: str) -> None:
    """Crisis alerts nobody acknowledged: to the area managers, then out of hours."""
    from neet import alerts
    from webhooks import outbound

    if not leads(url):
        return
    rt = _rt(url)
    with rt.sessions() as s, s.begin():
        done = alerts.escalate_due(s, utcnow(), rt.settings.alert_escalate_after,
                                   rt.settings.public_base_url)
    if done:
        log.warning("escalated unacknowledged alerts %s", done)
        outbound.deliver_due(rt.sessions, max_priority=0)


def currency_job(url: str) -> None:
    """Nightly: people whose records lapsed become Not Known in figures; a standing campaign
    (audience kind not_known with cadence.standing) picks them up."""
    from outreach import currency_sweep

    if not leads(url):
        return
    rt = _rt(url)
    res = currency_sweep.run(rt, today_london())
    log.info("currency sweep: %s", res)


def figures_job(url: str) -> None:
    """The dashboard's scorecard snapshot, rebuilt when anything it reads changed, so pages
    read it in one query (neet/reports/snapshots.py)."""
    from neet.reports import snapshots

    if not leads(url):
        return
    rt = _rt(url)
    with rt.sessions() as s:
        if snapshots.refresh(s, today_london()):
            log.info("scorecard snapshot rebuilt")


def install(sched: BaseScheduler, rt: Runtime) -> None:
    url = rt.settings.database_url
    sched.add_job(dispatch_job, "interval", seconds=5, args=[url], id="dispatch",
                  replace_existing=True)
    sched.add_job(recover_job, "interval", minutes=5, args=[url], id="recover",
                  replace_existing=True)
    sched.add_job(cadence_job, "interval", minutes=10, args=[url], id="cadence",
                  replace_existing=True)
    sched.add_job(escalation_job, "interval", seconds=30, args=[url], id="escalation",
                  replace_existing=True)
    sched.add_job(currency_job, "cron", hour=2, minute=15, args=[url], id="currency",
                  replace_existing=True)
    sched.add_job(figures_job, "interval", minutes=1, args=[url], id="figures",
                  replace_existing=True)
