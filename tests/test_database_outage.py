"""The database stops for 60 s under inbound load: every reply is answered 200, spooled,
replayed when the database is back, stored once and processed once."""

from __future__ import annotations

import itertools
import threading
import time
from datetime import timedelta

import pytest
from sqlalchemy import func, select
from twilio.request_validator import RequestValidator

from bot.arrival import replay_spool
from bot.inbound import process_pending
from db.migrate import upgrade
from db.models import Message
from messaging import spool
from neet import runtime
from tests.emulators.twilio_api import TwilioEmulator
from tests.factories import row
from tests.helpers import seed
from tests.pgserver import PgServer
from web.app import create_app

PUBLIC = "https://outreach.example.org"
OUTAGE_SECONDS = 60
BODIES = ["nothing atm", "at college", "who is this", "i like fixing cars", "dunno", "yes"]


@pytest.mark.slow
@pytest.mark.postgres
def test_database_down_for_a_minute_loses_no_reply(tmp_path):
    pg = PgServer()
    tw = TwilioEmulator()
    try:
        pg.start()
        upgrade(pg.url)
        rt = runtime.build({"DATABASE_URL": pg.url, "NEET_CHANNEL": "live",
                            "TWILIO_ACCOUNT_SID": tw.sid, "TWILIO_AUTH_TOKEN": tw.token,
                            "TWILIO_FROM_NUMBER": "+447700900001", "TWILIO_API_BASE": tw.url,
                            "PUBLIC_BASE_URL": PUBLIC, "NEET_SPOOL_DIR": str(tmp_path / "spool"),
                            "SECRET_KEY": "test-secret"})
        seed(rt, [row(YoungPersonsID=f"O{i}", Mobile=f"07400 {700000 + i}", ActivityCode="810",
                      DateAscertained="2026-09-01", DateVerified="", StartDate="")
                  for i in range(20)], with_catalogue=False)
        app = create_app(rt)
        validator = RequestValidator(tw.token)
        sids = itertools.count(1)
        lock = threading.Lock()
        statuses: list[int] = []
        stop = threading.Event()

        def sender(k: int) -> None:
            client = app.test_client()
            while not stop.is_set():
                with lock:
                    n = next(sids)
                params = {"MessageSid": f"SMout{n:028d}", "From": f"+44740070{(n % 25):04d}",
                          "To": "+447700900001", "Body": BODIES[n % len(BODIES)]}
                sig = validator.compute_signature(PUBLIC + "/webhooks/twilio/sms", params)
                r = client.post("/webhooks/twilio/sms", data=params,
                                headers={"X-Twilio-Signature": sig})
                with lock:
                    statuses.append(r.status_code)
                time.sleep(0.1)

        threads = [threading.Thread(target=sender, args=(k,)) for k in range(2)]
        for t in threads:
            t.start()
        time.sleep(3)
        pg.stop()
        down_from = len(statuses)
        time.sleep(OUTAGE_SECONDS)
        during = len(statuses) - down_from
        pg.start()
        time.sleep(3)
        stop.set()
        for t in threads:
            t.join(60)
        assert during > 50, "the load did not run through the outage"
        assert set(statuses) == {200}, sorted(set(statuses))
        sent = len(statuses)
        # the worker's round: replay the spool, process anything stored but not processed
        replay_spool(rt)
        process_pending(rt, older_than=timedelta(0))
        assert spool.pending(tmp_path / "spool") == []
        with rt.sessions() as s:
            inbound = (Message.direction == "in")
            assert s.scalar(select(func.count()).select_from(Message).where(inbound)) == sent
            assert s.scalar(select(func.count(func.distinct(Message.provider_id)))
                            .where(inbound)) == sent
            assert s.scalar(select(func.count()).select_from(Message)
                            .where(inbound, Message.processed_at.is_(None))) == 0
        # replaying again changes nothing
        assert replay_spool(rt) == 0
        rt.engine.dispose()
    finally:
        tw.close()
        pg.destroy()
