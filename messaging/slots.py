"""One send rate shared by every worker: a slot book per sender (and per campaign) in the
database.

Each key (a Twilio number or Messaging Service, a Telegram bot, a campaign) has one row whose
`next_at` is the time of the first free slot, on the database's clock (so workers on several
hosts agree). Taking n slots is one atomic UPDATE that moves `next_at` on by n / rate and
returns where the taken slots start (the generic cell rate algorithm). The caller then starts
send i no earlier than start + i / rate. Rows lock for one statement only, so two workers never
take the same slot and together never go above the rate, on PostgreSQL or SQLite alike.

Lanes, as RapidPro's courier keeps a bulk queue apart: campaign traffic ("bulk") may only book
up to BULK_AHEAD seconds beyond now, and waits otherwise, so a reply ("reply") books a slot at
most that far away, and a crisis message ("urgent") takes its slot without waiting."""

from __future__ import annotations

import time

from sqlalchemy import Engine, text

from db.session import autocommit

BULK_AHEAD = 0.5  # seconds of campaign traffic booked ahead of now: a reply waits at most this
PATIENCE = 0.05  # a web request answering waits no longer than this for a slot, else the
# worker sends the reply (within seconds): a webhook stays fast whatever the traffic
LANES = ("bulk", "reply", "urgent")

_NOW = {"postgresql": "extract(epoch from statement_timestamp())",
        "sqlite": "((julianday('now') - 2440587.5) * 86400.0)"}


class SlotBook:
    """Books slots for one database. Thread-safe: each booking is one statement of its own."""

    def __init__(self, engine: Engine):
        # each booking is one statement, atomic on its own: no BEGIN and COMMIT around it
        self.engine = autocommit(engine)
        now = _NOW.get(engine.dialect.name, _NOW["sqlite"])
        # one statement creates the key's row the first time and moves it on after that
        take = (f"INSERT INTO send_slots (key, next_at) VALUES (:key, {now} + :span) "
                f"ON CONFLICT (key) DO UPDATE SET next_at = CASE WHEN send_slots.next_at > "
                f"{now} THEN send_slots.next_at ELSE {now} END + :span")
        back = f" RETURNING next_at - :span - {now}"
        self._book = text(take + back)
        self._book_bulk = text(take + f" WHERE send_slots.next_at <= {now} + :ahead" + back)
        self._backlog = text(f"SELECT next_at - {now} FROM send_slots WHERE key = :key")

    def book(self, key: str, n: int, rate: float | None, lane: str = "bulk",
             wait: bool = True) -> float | None:
        """Take n slots at `rate` a second; returns seconds from now to the first one (0 when
        there is no limit). A bulk booking waits until the book is less than BULK_AHEAD
        seconds ahead. With `wait` False (a web request), nothing is booked and None is
        returned if the first slot is more than PATIENCE away: the worker sends it later."""
        if not rate or n <= 0:
            return 0.0
        if lane not in LANES:
            raise ValueError(lane)
        patient = lane == "urgent" or (lane != "bulk" and wait)
        params = {"key": key, "span": n / rate, "ahead": BULK_AHEAD if wait else PATIENCE}
        statement = self._book if patient else self._book_bulk
        while True:
            with self.engine.connect() as c:
                got = c.execute(statement, params).scalar()
                if got is not None:
                    return max(0.0, float(got))
                if not wait:
                    return None
                backlog = c.execute(self._backlog, params).scalar() or 0.0
            time.sleep(min(max(float(backlog) - BULK_AHEAD, 0.005), BULK_AHEAD))


def book_for(rt) -> SlotBook:
    """The process's slot book for the runtime's database."""
    if "slots" not in rt.cache:
        rt.cache["slots"] = SlotBook(rt.engine)
    return rt.cache["slots"]
