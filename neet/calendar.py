"""The tracking year as seasons (DESIGN.md 9, the termly action plan): each a title, what to
do, a deadline and, where a chase helps, a campaign audience ready to preview. The seasons
are data (`neet/data/tracking_calendar.tsv`); this module only dates them. Pure."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

DATA = Path(__file__).with_name("data") / "tracking_calendar.tsv"


@dataclass(frozen=True)
class Season:
    key: str
    starts: tuple[int, int]
    deadline: tuple[int, int]
    title: str
    what: str
    audience: dict | None
    template: str = "checkin"

    def dates(self, today: date) -> tuple[date, date]:
        """This season's start and deadline around `today`: the running one, else the next."""
        for year in (today.year - 1, today.year, today.year + 1):
            start = date(year, *self.starts)
            end = date(year + (self.deadline < self.starts), *self.deadline)
            if end >= today:
                return start, end
        raise AssertionError("unreachable")


@cache
def seasons() -> tuple[Season, ...]:
    out = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, starts, deadline, title, what, *rest = line.split("\t")
        audience = json.loads(rest[0]) if rest and rest[0].strip() else None
        template = rest[1].strip() if len(rest) > 1 and rest[1].strip() else "checkin"
        md = lambda s: tuple(int(x) for x in s.split("-"))  # noqa: E731
        out.append(Season(key, md(starts), md(deadline), title, what, audience, template))
    return tuple(out)


def results_day(year: int) -> date:
    """GCSE results day: the Thursday between 20 and 26 August."""
    d = date(year, 8, 20)
    return d + timedelta(days=(3 - d.weekday()) % 7)


@dataclass(frozen=True)
class Due:
    season: Season
    start: date
    deadline: date
    running: bool
    days: int  # days left to the deadline (running) or until it starts

    def audience_for(self) -> dict | None:
        """The season's audience, with dates filled in (results day of this year)."""
        if self.season.audience is None:
            return None
        rule = dict(self.season.audience)
        if rule.get("event") == "results_day":
            rule["event_date"] = results_day(self.deadline.year).isoformat()
        return rule


def now_and_next(today: date, ahead_days: int = 45) -> list[Due]:
    """Seasons running today (soonest deadline first), then those starting within
    `ahead_days`."""
    running, coming = [], []
    for s in seasons():
        start, end = s.dates(today)
        if start <= today <= end:
            running.append(Due(s, start, end, True, (end - today).days))
        elif 0 < (start - today).days <= ahead_days:
            coming.append(Due(s, start, end, False, (start - today).days))
    return sorted(running, key=lambda d: d.days) + sorted(coming, key=lambda d: d.days)
