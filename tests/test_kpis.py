"""NSS KPIs from referral records."""

from datetime import date

from neet.reports.kpis import Ref, compute, working_days


def test_working_days():
    assert working_days(date(2026, 11, 23), date(2026, 11, 30)) == 5  # Mon to next Mon
    assert working_days(date(2026, 11, 27), date(2026, 11, 29)) == 0  # Fri to Sun: a weekend
    assert working_days(date(2026, 11, 28), date(2026, 11, 30)) == 1  # Sat to Mon
    assert working_days(date(2026, 11, 23), date(2026, 12, 21)) == 20
    # Christmas Day (Fri) and Boxing Day observed (Mon 28) are England bank holidays
    assert working_days(date(2026, 12, 21), date(2026, 12, 29)) == 4  # 22-24 Dec and the 29th


def test_kpis_for_a_month():
    nov1, nov30 = date(2026, 11, 1), date(2026, 11, 30)
    refs = [
        Ref(date(2026, 11, 2), date(2026, 11, 10), None, None, False, False),   # new, assessed fast
        Ref(date(2026, 11, 3), None, None, None, True, False),                  # new re-referral
        Ref(date(2026, 7, 1), date(2026, 8, 20), None, None, False, False),     # open > 12 weeks
        Ref(date(2026, 9, 1), date(2026, 9, 3), date(2026, 11, 20), 310, False, True),  # matched
        Ref(date(2026, 9, 1), date(2026, 9, 3), date(2026, 11, 21), None, False, False),
        Ref(date(2026, 5, 1), date(2026, 5, 3), date(2026, 8, 15), 230, False, True),  # 3 months on
    ]
    k = compute(refs, nov1, nov30)
    assert k["61_referrals"] == 2 and k["75_re_referrals"] == 1
    assert k["65_pct_open_over_12_weeks"] == round(100 / 3, 1) and k["65_rag"] == "red"
    assert k["70_pct_matched_to_eet"] == 50.0
    assert k["72_pct_engaged_after_3_months"] == 100.0
    assert k["69_pct_assessed_within_20_working_days"] == 100.0
    assert 2 < k["63_average_supported"] < 6


def test_kpis_by_place_carry_a_rag():
    from neet.reports.kpis import by_place, rag

    assert [rag("65_pct_open_over_12_weeks", v) for v in (20.0, 25.0, 31.0)] == [
        "green", "amber", "red"]
    assert [rag("70_pct_matched_to_eet", v) for v in (60.0, 50.0, 10.0)] == [
        "green", "amber", "red"]
    assert rag("61_referrals", 3) is None and rag("70_pct_matched_to_eet", None) is None
    refs = [Ref(date(2026, 11, 2), None, date(2026, 11, 20), 230, False, True, "Maidstone"),
            Ref(date(2026, 11, 3), None, date(2026, 11, 21), None, False, False, "Ashford"),
            Ref(date(2026, 11, 3), None, None, None, False, False, "Thanet")]
    k = by_place(refs, {"Maidstone": "West", "Ashford": "West", "Thanet": "East"},
                 date(2026, 11, 1), date(2026, 11, 30))
    assert k["districts"]["Maidstone"]["70_pct_matched_to_eet"] == 100.0
    assert k["districts"]["Maidstone"]["rag"]["70_pct_matched_to_eet"] == "green"
    assert k["areas"]["West"]["70_pct_matched_to_eet"] == 50.0
    assert k["areas"]["West"]["rag"]["70_pct_matched_to_eet"] == "amber"
    assert k["all"]["61_referrals"] == 3 and set(k["areas"]) == {"West", "East"}


def test_the_tracking_years_months():
    from neet.reports.scorecard import months_of_year

    assert months_of_year(date(2026, 11, 30)) == ["2026-09", "2026-10", "2026-11"]
    assert months_of_year(date(2026, 9, 1)) == ["2026-09"]
    assert months_of_year(date(2027, 8, 31))[-1] == "2027-08" and len(months_of_year(
        date(2027, 8, 31))) == 12


def test_charts_draw_the_target_and_each_districts_winter_average():
    from web.charts import district_bars, trend_lines

    d = {"Dover": {"neet_pct": 2.0, "not_known_pct": 3.0, "combined_pct": 5.0},
         "Thanet": {"neet_pct": 5.0, "not_known_pct": 3.0, "combined_pct": 8.0}}
    c = district_bars(d, 6.0, {"Dover": {"combined_pct": 4.0}})
    dover, thanet = c["rows"]
    end = 130 + dover["w_neet"] + dover["w_nk"]
    assert 130 < dover["avg_x"] < end < c["target_x"] < 130 + thanet["w_neet"] + thanet["w_nk"]
    assert thanet["avg_x"] is None and district_bars(d)["target_x"] is None
    points = [{"month": f"2026-{m:02d}", "neet_pct": 2.0, "not_known_pct": 1.0 * m,
               "combined_pct": 2.0 + m} for m in range(1, 13)]
    t = trend_lines(points, 6.0)
    assert len(t["labels"]) <= 6 and t["labels"][0]["text"] == "01/26"
    ys = [float(p.split(",")[1]) for p in t["combined"].split()]
    assert ys == sorted(ys, reverse=True)  # rising figures go up the picture
    assert t["bottom"] > t["target_y"] > min(ys)
