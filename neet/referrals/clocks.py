"""The two clocks on every referral (DESIGN.md section 4): an assessment or plan within 20
working days, and engagement in EET within 6 weeks. Working days skip weekends and England's
bank holidays (the `holidays` package). Pure: dates in, a RAG out.

RAG: green while on track, amber once three quarters of the time has gone, red when the
target is missed. A clock that stopped in time is green ("met"), late is red ("missed").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import holidays

ASSESS_WORKING_DAYS = 20
EET_DAYS = 42  # 6 weeks
AMBER_FROM = 0.75


@cache
def _bank_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year))


def is_working_day(d: date) -> bool:
    return d.weekday() < 5 and d not in _bank_holidays(d.year)


def working_days(a: date, b: date) -> int:
    """Working days after a, up to and including b: how many have gone by since a (so that
    working_days(a, add_working_days(a, n)) == n whatever day a is)."""
    if b <= a:
        return 0
    start, end = a + timedelta(days=1), b + timedelta(days=1)  # [start, end)
    weeks, rem = divmod((end - start).days, 7)
    count = weeks * 5 + sum((start + timedelta(days=weeks * 7 + i)).weekday() < 5
                            for i in range(rem))
    for year in range(start.year, end.year + 1):
        count -= sum(1 for h in _bank_holidays(year) if start <= h < end and h.weekday() < 5)
    return count


def add_working_days(a: date, n: int) -> date:
    """The day n working days after a: the deadline of a clock that starts on a."""
    d = a
    while n > 0:
        d += timedelta(days=1)
        n -= is_working_day(d)
    return d


@dataclass(frozen=True)
class Clock:
    name: str
    started: date
    due: date
    stopped: date | None  # when the target was reached
    rag: str  # green / amber / red
    words: str  # what a worker reads: "8 working days left", "met on 3 Dec", "3 days overdue"


def _rag(used: int, total: int, stopped: date | None, due: date, today: date) -> str:
    if stopped is not None:
        return "green" if stopped <= due else "red"
    if today > due:
        return "red"
    return "amber" if used >= AMBER_FROM * total else "green"


def _clock(name: str, started: date, due: date, stopped: date | None, today: date, *,
           used: int, total: int, unit: str, done_words: str, gone: int) -> Clock:
    rag = _rag(used, total, stopped, due, today)
    if stopped:
        words = f"{'met' if rag == 'green' else 'late'}: {done_words} {stopped:%d %b}"
    elif today > due:
        words = f"{gone} {unit} overdue"
    else:
        words = f"{total - used} {unit} left (due {due:%d %b})"
    return Clock(name, started, due, stopped, rag, words)


def assessment(raised: date, assessed: date | None, today: date) -> Clock:
    due = add_working_days(raised, ASSESS_WORKING_DAYS)
    return _clock("Assessment within 20 working days", raised, due, assessed, today,
                  used=working_days(raised, assessed or today), total=ASSESS_WORKING_DAYS,
                  unit="working days", done_words="assessed", gone=working_days(due, today))


def eet(raised: date, matched: date | None, today: date) -> Clock:
    due = raised + timedelta(days=EET_DAYS)
    return _clock("In EET within 6 weeks", raised, due, matched, today,
                  used=((matched or today) - raised).days, total=EET_DAYS, unit="days",
                  done_words="in EET from", gone=(today - due).days)
