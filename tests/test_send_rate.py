"""The shared send rate (messaging/slots.py): slots booked by several workers never overlap,
campaign traffic books only a little ahead so replies go first, a web request never waits
long, and two dispatchers together stay within the sender's rate."""

from __future__ import annotations

import threading
import time

from db.models import Message
from db.session import transaction
from messaging import dispatch, slots
from outreach import campaigns, outbox
from tests.factories import cohort_csv, row
from tests.test_outreach import MONDAY_10AM, TODAY


def _book_many(book: slots.SlotBook, key: str, rate: float, threads: int, each: int) -> list:
    """Each thread books `each` slots (in twos) and notes the absolute times it got."""
    got: list[tuple[float, float]] = []
    lock = threading.Lock()

    def run() -> None:
        for _ in range(each // 2):
            off = book.book(key, 2, rate, "reply")
            t = time.monotonic() + off
            with lock:
                got.append((t, t + 2 / rate))

    ts = [threading.Thread(target=run) for _ in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return sorted(got)


def test_slots_booked_at_once_by_several_workers_never_overlap(rt):
    book = slots.SlotBook(rt.engine)
    windows = _book_many(book, "sender:test", rate=200.0, threads=4, each=20)
    assert len(windows) == 40
    for (_, end), (start, _) in zip(windows, windows[1:], strict=False):
        assert start >= end - 0.02  # next starts where the last ended (clock reads aside)
    # 80 slots at 200/s span 0.4 s from the first
    assert windows[-1][1] - windows[0][0] >= 0.4 - 0.02


def test_campaign_traffic_books_only_a_little_ahead_and_replies_go_first(rt):
    book = slots.SlotBook(rt.engine)
    assert book.book("sender:s", 100, 100.0, "bulk") < 0.05  # one second of campaign traffic
    assert book.book("sender:s", 1, 100.0, "reply") > 0.9  # a reply queues behind what is booked
    t0 = time.monotonic()
    book.book("sender:s", 10, 100.0, "bulk")  # more campaign traffic waits for room
    assert time.monotonic() - t0 > 0.4
    assert book.book("sender:s", 1, 100.0, "reply", wait=False) is None  # a web request: not now
    assert book.book("sender:other", 1, 100.0, "reply", wait=False) == 0.0  # another sender
    assert book.book("sender:s", 5, None) == 0.0  # no limit, nothing booked


def test_two_dispatchers_together_stay_within_the_senders_rate(rt):
    rows = [row(YoungPersonsID=f"R{i:05d}", Mobile=f"07400 {600000 + i}", ActivityCode="810",
                DateAscertained="2026-09-01", DateVerified="", StartDate="") for i in range(60)]
    from neet.interchange import cohort

    now = MONDAY_10AM  # within sending hours
    with transaction(rt.sessions) as s:
        cohort.load(s, cohort_csv(rows), "test", TODAY)
        c = campaigns.create(s, name="rate", rule={"kind": "not_known"}, actor="t", now=now,
                             send_rate=1000)
        assert campaigns.launch(s, c, "t", TODAY, now) == 60
    rt2 = type(rt)(rt.settings, rt.engine, rt.sessions)  # a second worker: its own caches
    planned = [outbox.plan_due(r, now, limit=30) for r in (rt, rt2)]  # 30 each
    counts: list[dict] = []
    t0 = time.monotonic()

    def work(r, ids) -> None:
        counts.append(dispatch.send_queued(r, dispatch.channels_for(r.settings), ids=ids,
                                           limit=60, rate=40.0))

    ts = [threading.Thread(target=work, args=(r, ids)) for r, ids in zip((rt, rt2), planned,
                                                                          strict=True)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    took = time.monotonic() - t0
    assert sum(c["sent"] for c in counts) == 60 and all(c["sent"] for c in counts)
    assert took >= 59 / 40 - 0.05  # 60 messages at 40/s between them: never faster
    with rt.sessions() as s:
        assert s.query(Message).filter(Message.status.in_(("sent", "delivered"))).count() == 60
