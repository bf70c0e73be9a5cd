"""The figures staff look at and take away, gathered once for the page and the exports:
the scorecard by district and area with the county beside it, the trend by month, and the
NSS KPIs by district and area with RAG, all within the user's districts."""

from __future__ import annotations

from neet import september_guarantee
from neet.clock import today_london
from neet.districts import AREA_OF
from neet.reports import breakdown, destinations, kpis, scorecard
from web.scope import district_ids, scoped_scorecard, visible_district_names


def gather(s, user) -> dict:
    """Everything the figures page and its exports show."""
    today = today_london()
    people = scorecard.load_people_cached(s)
    full = scorecard.build(people, f"{today.year}-{today.month:02d}", today)
    card = scoped_scorecard(full, s, user)
    visible = visible_district_names(s, user)
    month_start = today.replace(day=1)
    kpi = kpis.by_place(kpis.load(s, district_ids(s, user)), AREA_OF, month_start, today)
    mine = people if visible is None else [p for p in people if p.district in visible]
    sept = september_guarantee.september_for(today)
    sg = september_guarantee.figures(*september_guarantee.load(s, sept, district_ids(s, user)),
                                     sept)
    return {"card": card, "county": full["county"], "today": today, "month_start": month_start,
            "breakdown": breakdown.build(mine, today), "sg": sg,
            "march": _march(mine, today),
            "destinations": destinations.by_school(
                destinations.load(s, today, district_ids(s, user)), today),
            "trend": scorecard.trend(people, today, visible), "kpi": kpi,
            "areas": card["areas"] if card.get("areas") else (
                full["areas"] if visible is None else {})}


KPI_NAMES = {
    "61_referrals": "61 referrals", "63_average_supported": "63 average supported",
    "65_pct_open_over_12_weeks": "65 % open over 12 weeks",
    "69_pct_assessed_within_20_working_days": "69 % assessed in 20 working days",
    "70_pct_matched_to_eet": "70 % matched to EET",
    "72_pct_engaged_after_3_months": "72 % engaged after 3 months",
    "75_re_referrals": "75 re-referrals",
}


def scorecard_rows(f: dict) -> tuple[list[str], list[list]]:
    """The scorecard export: this month and each month of the trend, by place."""
    header = ["Month", "Level", "Name", "Cohort", "NEET", "NotKnown", "NEETPct", "NotKnownPct",
              "CombinedPct"]
    rows = []
    card = f["card"]
    for level, places in (("district", card["districts"]), ("area", f["areas"])):
        for name, d in places.items():
            rows.append([card["month"], level, name, d["cohort"], d["neet"], d["not_known"],
                         d["neet_pct"], d["not_known_pct"], d["combined_pct"]])
    c = f["county"]
    rows.append([card["month"], "county", "Kent", c["cohort"], c["neet"], c["not_known"],
                 c["neet_pct"], c["not_known_pct"], c["combined_pct"]])
    for t in f["trend"]:
        rows.append([t["month"], "trend (your districts)", "", t["cohort"], t["neet"],
                     t["not_known"], t["neet_pct"], t["not_known_pct"], t["combined_pct"]])
    return header, rows


def kpi_rows(f: dict) -> tuple[list[str], list[list]]:
    header = ["From", "To", "Level", "Name", *KPI_NAMES.values(), "RAG65", "RAG69", "RAG70",
              "RAG72"]
    rows = []
    for level, places in (("district", f["kpi"]["districts"]), ("area", f["kpi"]["areas"]),
                          ("all", {"your districts": f["kpi"]["all"]})):
        for name, k in places.items():
            rows.append([f["month_start"].isoformat(), f["today"].isoformat(), level, name,
                         *(k[key] for key in KPI_NAMES), *(k["rag"][key] or "" for key in
                                                           kpis.RAG_BANDS)])
    return header, rows


def breakdown_rows(f: dict) -> tuple[list[str], list[list]]:
    b = f["breakdown"]
    header = ["On", "Measure", "Group", "Cohort", "NEET", "NEETPct"]
    rows = [[b["on"], "by vulnerable group", g, v["cohort"], v["neet"], v["neet_pct"]]
            for g, v in b["by_group"].items()]
    rows += [[b["on"], "by academic age", str(a), v["cohort"], v["neet"], v["neet_pct"]]
             for a, v in b["by_age"].items()]
    lt, re = b["neet_over_52_weeks"], b["re_engaged"]
    rows.append([b["on"], "NEET over 52 weeks", "", "", lt["n"], lt["pct_of_neet"]])
    rows.append([b["on"], "NEET 3 months ago, now EET", "", re["neet_three_months_ago"],
                 re["now_eet"], re["pct"]])
    return header, rows


def _march(people, today):
    """Participation at the end of March (the DfE's March submission), once it has passed."""
    from datetime import date

    march = date(today.year if today.month >= 4 else today.year - 1, 3, 31)
    if today.month in (1, 2, 3) or march > today:
        return None
    return {"on": march.isoformat(), **breakdown.build(people, march)["participation"]}


def destination_rows(f: dict) -> tuple[list[str], list[list]]:
    header = ["School", "YoungPeople", *destinations.KINDS, "KnownPct"]
    return header, [[school, r["young_people"], *(r[k] for k in destinations.KINDS),
                     r["known_pct"]] for school, r in f["destinations"].items()]
