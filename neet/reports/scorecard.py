"""DfE scorecard figures: NEET % and Not Known % of the Year 12-13 cohort.

Pure functions over snapshots so the arithmetic tests without a database; `load_people`
is the only I/O. Currency is applied: a lapsed record counts as Not Known.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Activity, District, Person
from neet import ages, currency
from neet.codes import Group
from neet.districts import AREA_OF


@dataclass(frozen=True)
class PersonHistory:
    """What the scorecard needs about one person: who, where, and their dated records."""

    dob: date
    district: str
    transferred_out: bool
    records: tuple[currency.Record, ...]  # in the order they were recorded
    transferred_on: date | None = None  # figures before this day keep them
    characteristics: frozenset[int] = frozenset()
    send: bool = False

    def moved_away_by(self, on: date) -> bool:
        return self.transferred_out and (self.transferred_on is None or on >= self.transferred_on)


@dataclass
class Figures:
    cohort: int = 0
    neet: int = 0
    not_known: int = 0

    def pct(self, n: int) -> float:
        return round(100.0 * n / self.cohort, 1) if self.cohort else 0.0

    @property
    def neet_pct(self) -> float:
        return self.pct(self.neet)

    @property
    def not_known_pct(self) -> float:
        return self.pct(self.not_known)

    @property
    def combined_pct(self) -> float:
        return self.pct(self.neet + self.not_known)

    def as_dict(self) -> dict:
        return {"cohort": self.cohort, "neet": self.neet, "not_known": self.not_known,
                "neet_pct": self.neet_pct, "not_known_pct": self.not_known_pct,
                "combined_pct": self.combined_pct}


@dataclass
class Scorecard:
    month: str
    snapshot: date
    county: Figures
    districts: dict[str, Figures] = field(default_factory=dict)
    areas: dict[str, Figures] = field(default_factory=dict)


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def record_at(records: Iterable[currency.Record], on: date) -> currency.Record | None:
    """The record in force on a date: the latest confirmed on or before it (later-recorded
    wins a tie), ignoring facts learned afterwards."""
    best: currency.Record | None = None
    best_on: date | None = None
    for rec in records:
        when = currency.confirmed_on(rec)
        if when is None or when > on:
            continue
        if best_on is None or when >= best_on:
            best, best_on = rec, when
    return best


def group_at(person: PersonHistory, on: date) -> Group:
    return currency.effective_group(record_at(person.records, on), on)


def snapshot(people: Iterable[PersonHistory], on: date, month: str) -> Scorecard:
    """Figures at one date. Cohort: academic age 16-17 resident (not transferred out)."""
    county = Figures()
    by_district: dict[str, Figures] = defaultdict(Figures)
    by_area: dict[str, Figures] = defaultdict(Figures)
    for p in people:
        if p.moved_away_by(on) or not ages.in_scorecard_cohort(p.dob, on):
            continue
        g = group_at(p, on)  # "Other" (custody, re-engagement) stays in the denominator
        for fig in (county, by_district[p.district], by_area[AREA_OF[p.district]]):
            fig.cohort += 1
            fig.neet += g is Group.NEET
            fig.not_known += g is Group.NOT_KNOWN
    return Scorecard(month, on, county, dict(sorted(by_district.items())),
                     dict(sorted(by_area.items())))


def winter_months(month: str) -> list[str]:
    """December-February of the academic year the month belongs to."""
    y, m = (int(x) for x in month.split("-"))
    start = y if m >= 9 else y - 1
    return [f"{start}-12", f"{start + 1}-01", f"{start + 1}-02"]


def parse_month(month: str) -> tuple[int, int]:
    try:
        y, m = (int(x) for x in month.split("-"))
        date(y, m, 1)
        if not 2000 <= y <= 2100:  # the winter average reaches back into the year before
            raise ValueError("year out of range")
    except ValueError as exc:
        raise ValueError(f"month must be YYYY-MM (years 2000-2100), got {month!r}") from exc
    return y, m


def average(cards: list[Scorecard]) -> dict:
    """The DfE headline: mean of the monthly percentages, county and per district."""
    def mean(values: list[float]) -> float:
        return round(sum(values) / len(values), 1) if values else 0.0

    out = {"months": [c.month for c in cards],
           "county": {k: mean([getattr(c.county, k) for c in cards])
                      for k in ("neet_pct", "not_known_pct", "combined_pct")}}
    names = sorted({d for c in cards for d in c.districts})
    out["districts"] = {
        d: {k: mean([getattr(c.districts[d], k) for c in cards if d in c.districts])
            for k in ("neet_pct", "not_known_pct", "combined_pct")} for d in names}
    return out


def build(people: list[PersonHistory], month: str, today: date) -> dict:
    """The month's snapshot plus the Dec-Feb average (only months already reached)."""
    y, m = parse_month(month)
    on = min(month_end(y, m), today)
    card = snapshot(people, on, month)
    winter = []
    for wm in winter_months(month):
        wy, wmm = parse_month(wm)
        if date(wy, wmm, 1) > today:
            continue
        winter.append(snapshot(people, min(month_end(wy, wmm), today), wm))
    return {
        "month": month, "snapshot": on.isoformat(),
        "county": card.county.as_dict(),
        "areas": {k: v.as_dict() for k, v in card.areas.items()},
        "districts": {k: v.as_dict() for k, v in card.districts.items()},
        "dec_feb_average": average(winter) if winter else None,
    }


def load_people(session: Session) -> list[PersonHistory]:
    """Everyone with their full activity history, in two queries."""
    history: dict[int, list[currency.Record]] = defaultdict(list)
    q = select(Activity.person_id, Activity.code, Activity.start_date, Activity.ascertained,
               Activity.verified, Activity.review_date, Activity.due_to_lapse
               ).order_by(Activity.recorded_at, Activity.id)
    for pid, *rest in session.execute(q).yield_per(5000):
        history[pid].append(currency.Record(*rest))
    q2 = select(Person.id, Person.dob, District.name, Person.transferred_out,
                Person.transferred_on, Person.characteristics, Person.send_ehcp).join(District)
    return [PersonHistory(dob, district, moved, tuple(history.get(pid, ())), moved_on,
                          frozenset(int(c) for c in (chars or "").split(";") if c), bool(send))
            for pid, dob, district, moved, moved_on, chars, send
            in session.execute(q2).yield_per(5000)]


_PEOPLE_CACHE: dict[tuple, list[PersonHistory]] = {}


def fingerprint(session: Session) -> tuple:
    """What changes whenever anything the scorecard reads changes: the activities are
    append-only (count and last id), people carry updated_at. Two small queries."""
    acts = tuple(session.execute(select(func.count(Activity.id), func.max(Activity.id))).one())
    ppl = tuple(session.execute(select(func.count(Person.id), func.max(Person.updated_at))).one())
    return (*acts, *ppl)


def load_people_cached(session: Session, seen: tuple | None = None) -> list[PersonHistory]:
    """`load_people`, reused while nothing it reads has changed (`fingerprint`, or `seen` if
    the caller has just read it), where reading every history costs a second at 50k people.
    One entry per database."""
    url = str(session.get_bind().url)
    key = (url, *(seen or fingerprint(session)))
    hit = _PEOPLE_CACHE.get(key)
    if hit is None:
        for old in [k for k in _PEOPLE_CACHE if k[0] == url]:
            del _PEOPLE_CACHE[old]
        hit = _PEOPLE_CACHE[key] = load_people(session)
    return hit


def months_of_year(today: date) -> list[str]:
    """The months of the current tracking (academic) year so far: September to this month."""
    start = date(today.year if today.month >= 9 else today.year - 1, 9, 1)
    out, y, m = [], start.year, start.month
    while date(y, m, 1) <= today:
        out.append(f"{y}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def trend(people: list[PersonHistory], today: date,
          districts: set[str] | None = None) -> list[dict]:
    """NEET and Not Known % at the end of each month of the tracking year so far (today for
    this month), for the given districts together (all when None)."""
    out = []
    for month in months_of_year(today):
        y, m = parse_month(month)
        card = snapshot(people, min(month_end(y, m), today), month)
        fig = Figures()
        for name, f in card.districts.items():
            if districts is None or name in districts:
                fig.cohort += f.cohort
                fig.neet += f.neet
                fig.not_known += f.not_known
        out.append({"month": month, **fig.as_dict()})
    return out
