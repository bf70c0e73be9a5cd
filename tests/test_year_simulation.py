"""A tracking year simulated through the real code paths (cohort import, replies through the
bot, caseworker statuses, a leavers file, a move away), September to August. Each month's
scorecard must match figures computed here independently, from the events alone, with the
currency rules written out again (DESIGN.md 8) rather than called; and no month's figures
may change once the month is over."""

from __future__ import annotations

import calendar as cal
import random
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from bot import inbound
from db.models import Person
from db.session import transaction
from neet.interchange import cohort, leavers
from neet.records import NewActivity, record_activity
from neet.reports import scorecard
from tests.factories import cohort_csv, row

REPLIES = {"I'm at college full time now": 230, "started an apprenticeship as an electrician": 310,
           "working full time at tesco": 330}
MONTHS = [(2026, m) for m in range(9, 13)] + [(2027, m) for m in range(1, 9)]


def _month_end(y: int, m: int) -> date:
    return date(y, m, cal.monthrange(y, m)[1])


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    return date(y, m, min(d.day, cal.monthrange(y, m)[1]))


def _current_until(code: int, confirmed: date) -> date | None:
    """DESIGN.md 8, written out again: the last day a status counts as current."""
    if code == 810:
        return None
    if 200 <= code < 300:  # education: 31 August, held until the survey ends on 30 Nov
        year = confirmed.year + (confirmed.month >= 9)
        return date(year, 11, 30)
    if code == 310:
        return _add_months(confirmed, 12)
    if code == 330:
        return _add_months(confirmed, 6)
    if code == 619:
        return _add_months(confirmed, 1)
    raise AssertionError(code)


class Oracle:
    def __init__(self):
        self.events: dict[str, list[tuple[date, int, int]]] = {}  # id -> (confirmed, seq, code)
        self.moved: dict[str, date] = {}
        self.seq = 0

    def status(self, pid: str, confirmed: date, code: int) -> None:
        self.seq += 1
        self.events.setdefault(pid, []).append((confirmed, self.seq, code))

    def figures(self, on: date) -> tuple[int, int, int]:
        cohort_n = neet = nk = 0
        for pid, evs in self.events.items():
            if pid in self.moved and on >= self.moved[pid]:
                continue
            cohort_n += 1
            known = [e for e in evs if e[0] <= on]
            if not known:
                nk += 1
                continue
            confirmed, _, code = max(known)
            until = _current_until(code, confirmed)
            if until is None or on > until:
                nk += 1
            elif 540 <= code < 700:
                neet += 1
        return cohort_n, neet, nk


def test_a_year_of_tracking_gives_the_figures_the_events_imply(rt):
    rng = random.Random(2026)
    oracle = Oracle()
    start = date(2026, 9, 6)
    rows = []
    for i in range(30):
        pid = f"S{i:02d}"
        dob = "2010-03-01" if i % 2 else "2009-03-01"  # Years 12 and 13 all year
        kind = i % 3
        code, verified = ((230, "2026-09-05"), (619, "2026-09-05"), (810, ""))[kind]
        rows.append(row(YoungPersonsID=pid, Forename=f"Kid{i}", DOB=dob,
                        Mobile=f"07400 5{i:05d}", District=("Maidstone", "Thanet")[i % 2],
                        ActivityCode=str(code), StartDate="2026-09-01" if kind < 2 else "",
                        DateAscertained="2026-09-05" if kind < 2 else "2026-09-01",
                        DateVerified=verified))
        oracle.status(pid, date(2026, 9, 5) if kind < 2 else date(2026, 9, 1), code)
    with transaction(rt.sessions) as s:
        cohort.load(s, cohort_csv(rows), "sim", start)
    ids = [f"S{i:02d}" for i in range(30)]
    sid = 0
    during: dict[str, tuple[int, int, int]] = {}
    for y, m in MONTHS:
        day = date(y, m, 15)
        for pid in rng.sample(ids, 3):  # replies to the bot
            text = rng.choice(sorted(REPLIES))
            sid += 1
            mid, _ = inbound.receive(rt, "sms", f"+447400{5:01d}{int(pid[1:]):05d}", text,
                                     f"SMsim{sid:06d}",
                                     now=datetime.combine(day, datetime.min.time(), UTC)
                                     + timedelta(hours=12))
            inbound.process(rt, mid, today=day)
            oracle.status(pid, day, REPLIES[text])
        with transaction(rt.sessions) as s:  # caseworkers find some NEET
            for pid in rng.sample(ids, 2):
                p = s.scalar(select(Person).where(Person.ccis_id == pid))
                assert record_activity(s, p, NewActivity(619, start=day, ascertained=day,
                                                         verified=day),
                                       source="caseworker", actor="cw", today=day)
                oracle.status(pid, day, 619)
        if (y, m) == (2027, 1):  # Christmas drop-outs arrive in a leavers file
            left = [pid for pid in ids if max(oracle.events[pid])[2] in (230, 310)][:2]
            data = "YoungPersonsID,EstablishmentName,LeaveDate,Reason\n" + "".join(
                f"{pid},Mid Kent College,2027-01-08,left course\n" for pid in left)
            with transaction(rt.sessions) as s:
                assert leavers.load(s, data.encode(), "sim", date(2027, 1, 10)) == len(left)
            for pid in left:
                oracle.status(pid, date(2027, 1, 8), 810)
        if (y, m) == (2027, 3):  # one family moves away
            sid += 1
            mid, _ = inbound.receive(rt, "sms", "+447400500007", "we moved to manchester",
                                     f"SMsim{sid:06d}")
            inbound.process(rt, mid, today=date(2027, 3, 20))
            oracle.moved["S07"] = date(2027, 3, 20)
        end = _month_end(y, m)
        with rt.sessions() as s:
            people = scorecard.load_people(s)
        card = scorecard.build(people, f"{y}-{m:02d}", today=end)["county"]
        during[f"{y}-{m:02d}"] = (card["cohort"], card["neet"], card["not_known"])
        assert during[f"{y}-{m:02d}"] == oracle.figures(end), (y, m)
    # a year later, every month still says what it said at the time
    with rt.sessions() as s:
        people = scorecard.load_people(s)
    for y, m in MONTHS:
        card = scorecard.build(people, f"{y}-{m:02d}", today=date(2027, 8, 31))["county"]
        assert (card["cohort"], card["neet"], card["not_known"]) == during[f"{y}-{m:02d}"]
    assert during["2026-09"][0] == 30 and during["2027-08"][0] == 29  # S07 left in March
    assert len(set(during.values())) > 4  # the figures really moved through the year
    print("\nmonth: (cohort, NEET, Not Known)", during)
