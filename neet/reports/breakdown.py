"""Figures beyond the headline (DESIGN.md 5, issue 19): NEET by vulnerable group and by age,
NEET for more than 52 weeks, and how many of those NEET three months ago are now in EET.
Pure functions over the scorecard's PersonHistory, at one date, currency applied."""

from __future__ import annotations

from datetime import date, timedelta

from neet import ages, codes, currency
from neet.codes import Group
from neet.reports.scorecard import PersonHistory, group_at, record_at

LONG_TERM = timedelta(weeks=52)


def participating(rec: currency.Record | None, on: date) -> bool:
    """The DfE participation measure: in education (not a gap year) or training, or in an
    apprenticeship or a job with accredited study; current on the day."""
    if rec is None or currency.effective_group(rec, on) is not Group.EET:
        return False
    a = codes.activity(rec.code)
    return ((a.kind in ("education", "training") and rec.code not in (260, 440))
            or (a.kind == "employment" and a.currency is codes.CurrencyRule.WITH_STUDY))
LOOK_BACK = timedelta(days=91)


def _pct(n: int, d: int) -> float | None:
    return round(100 * n / d, 1) if d else None


def neet_since(p: PersonHistory, on: date) -> date | None:
    """The day this NEET episode began, as the records known on `on` tell it: the earliest
    confirmation of the unbroken run of NEET codes that ends with the record in force."""
    known = sorted((r for r in p.records if (currency.confirmed_on(r) or date.max) <= on),
                   key=currency.confirmed_on)
    if not known or group_at(p, on) is not Group.NEET:
        return None
    since = None
    for r in reversed(known):
        if codes.group_of(r.code) is not Group.NEET:
            break
        since = r.start if r.start and r.start <= currency.confirmed_on(r) else currency.confirmed_on(r)
    return since


def _in_cohort(p: PersonHistory, on: date) -> bool:
    return not p.moved_away_by(on) and ages.in_scorecard_cohort(p.dob, on)


def build(people: list[PersonHistory], on: date) -> dict:
    cohort = [p for p in people if _in_cohort(p, on)]
    neet = {id(p) for p in cohort if group_at(p, on) is Group.NEET}

    def share(members: list[PersonHistory]) -> dict:
        n = sum(id(p) in neet for p in members)
        return {"cohort": len(members), "neet": n, "neet_pct": _pct(n, len(members))}

    groups = {name: share([p for p in cohort if code in p.characteristics])
              for code, name in codes.CHARACTERISTICS.items()}
    groups["SEND (EHCP)"] = share([p for p in cohort if p.send])
    by_age = {age: share([p for p in cohort if ages.academic_age(p.dob, on) == age])
              for age in (16, 17)}
    long_term = [p for p in cohort if id(p) in neet
                 and (since := neet_since(p, on)) is not None and on - since > LONG_TERM]
    then = on - LOOK_BACK
    were_neet = [p for p in people if _in_cohort(p, then) and group_at(p, then) is Group.NEET
                 and not p.moved_away_by(on)]
    now_eet = [p for p in were_neet if group_at(p, on) is Group.EET]
    taking_part = sum(participating(record_at(p.records, on), on) for p in cohort)
    return {
        "on": on.isoformat(),
        "participation": {"cohort": len(cohort), "participating": taking_part,
                          "pct": _pct(taking_part, len(cohort))},
        "by_group": {k: v for k, v in groups.items() if v["cohort"]},
        "by_age": by_age,
        "neet_over_52_weeks": {"n": len(long_term), "pct_of_neet": _pct(len(long_term), len(neet))},
        "re_engaged": {"neet_three_months_ago": len(were_neet), "now_eet": len(now_eet),
                       "pct": _pct(len(now_eet), len(were_neet))},
    }
