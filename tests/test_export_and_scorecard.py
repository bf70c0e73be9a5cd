"""Status export round-trip and the scorecard figures."""

from __future__ import annotations

import csv
import io
from datetime import date

from sqlalchemy import select

from db.models import Person
from db.session import transaction
from neet import currency
from neet.interchange import cohort, export
from neet.records import NewActivity, record_activity
from neet.reports import scorecard
from neet.reports.scorecard import PersonHistory
from tests.factories import cohort_csv, people, row

TODAY = date(2026, 11, 23)


def test_export_round_trip_reloads_without_changes(rt, tmp_path):
    rows = people(3) + [row(YoungPersonsID="N1", Mobile="", ActivityCode="616",
                            DateVerified="2026-11-02", DateAscertained="2026-11-02",
                            ReviewDate="2026-12-01", Characteristics="110;210")]
    with transaction(rt.sessions) as s:
        cohort.load(s, cohort_csv(rows), "test", TODAY)
    with transaction(rt.sessions) as s:
        p = s.scalar(select(Person).where(Person.ccis_id == "A2"))
        record_activity(s, p, NewActivity(619, start=TODAY, ascertained=TODAY, verified=TODAY),
                        source="reply", actor="bot", today=TODAY)
    out = tmp_path / "statuses.csv"
    with rt.sessions() as s:
        n = export.write(s, date(2026, 1, 1), TODAY, str(out))
    exported = list(csv.DictReader(io.StringIO(out.read_text())))
    assert n == 5 and list(exported[0]) == export.COLUMNS
    last = exported[-1]
    assert (last["YoungPersonsID"], last["ActivityCode"], last["Source"]) == ("A2", "619", "reply")
    assert last["NEETStartDate"] == TODAY.isoformat() and last["CurrencyLapsed"] == "N"
    assert last["DueToLapseDate"] == "2026-12-23"
    n1 = next(r for r in exported if r["YoungPersonsID"] == "N1")
    # 616 start agreed: a NEET code, due a month after it was confirmed (not review + 4 weeks)
    assert n1["DueToLapseDate"] == "2026-12-02" and n1["Characteristics"] == "110;210"

    # Load the export back as CCIS would (latest row per person) and nothing changes.
    latest = {r["YoungPersonsID"]: r for r in exported}
    back = [row(YoungPersonsID=i, Mobile="", ActivityCode=r["ActivityCode"],
                StartDate=r["StartDate"], DateAscertained=r["DateAscertained"],
                DateVerified=r["DateVerified"], ReviewDate=r["ReviewDate"],
                DueToLapseDate=r["DueToLapseDate"], NEETStartDate=r["NEETStartDate"],
                EstablishmentName=r["EstablishmentName"], Characteristics=r["Characteristics"])
            for i, r in latest.items()]
    for b in back:
        b["Mobile"] = next((x["Mobile"] for x in rows if x["YoungPersonsID"] == b["YoungPersonsID"]), "")
    with transaction(rt.sessions) as s:
        again = cohort.load(s, cohort_csv(back), "test", TODAY)
    assert again.created == 0 and again.contacts_added == 0
    # Only N1's explicit DueToLapseDate is new information; nothing else is re-added.
    assert again.activities_added <= 1


def test_export_since_filters_by_when_the_change_was_recorded(rt, tmp_path):
    with transaction(rt.sessions) as s:
        cohort.load(s, cohort_csv(people(2)), "test", TODAY)
    out = tmp_path / "s.csv"
    with rt.sessions() as s:
        assert export.write(s, date(2099, 1, 1), TODAY, str(out)) == 0
    assert out.read_text().strip() == ",".join(export.COLUMNS)


def _p(district: str, *recs: currency.Record, dob=date(2009, 10, 1), moved=False):
    return PersonHistory(dob, district, moved, recs)


def test_scorecard_applies_currency_and_cohort_rules():
    on = date(2026, 11, 30)
    people_ = [
        _p("Maidstone", currency.Record(230, verified=date(2026, 10, 1))),   # EET
        _p("Maidstone", currency.Record(619, verified=date(2026, 11, 20))),  # NEET
        _p("Maidstone", currency.Record(619, verified=date(2026, 9, 1))),    # NEET lapsed -> NK
        _p("Maidstone", currency.Record(810, ascertained=date(2026, 9, 1))),  # NK
        _p("Thanet", currency.Record(230, verified=date(2024, 10, 1))),     # lapsed 2025 -> NK
        _p("Thanet", currency.Record(710, verified=date(2026, 11, 1))),     # Other: in cohort
        _p("Thanet", currency.Record(230, verified=date(2026, 10, 1)), moved=True),  # excluded
        _p("Thanet", currency.Record(230, verified=date(2026, 10, 1)), dob=date(2010, 9, 1)),  # Y11
    ]
    card = scorecard.snapshot(people_, on, "2026-11")
    assert (card.county.cohort, card.county.neet, card.county.not_known) == (6, 1, 3)
    assert card.districts["Maidstone"].neet_pct == 25.0
    assert card.districts["Thanet"].not_known_pct == 50.0
    assert card.county.combined_pct == round(400 / 6, 1)
    assert card.areas["West"].cohort == 4 and card.areas["East"].cohort == 2
    # education due 31 August 2026 is held current until the Activity Survey ends (30 Nov)
    held = _p("Thanet", currency.Record(230, verified=date(2025, 10, 1)))
    assert scorecard.snapshot([held], on, "2026-11").county.not_known == 0
    assert scorecard.snapshot([held], date(2026, 12, 1), "2026-12").county.not_known == 1


def test_history_is_read_as_it_stood_at_the_snapshot():
    p = _p("Dover", currency.Record(619, verified=date(2026, 12, 10)),
           currency.Record(310, verified=date(2027, 1, 20)))
    assert scorecard.group_at(p, date(2026, 12, 31)).value == "NEET"
    assert scorecard.group_at(p, date(2027, 1, 31)).value == "EET"
    assert scorecard.group_at(p, date(2026, 11, 30)).value == "Not Known"


def test_dec_feb_average_uses_the_three_winter_months():
    assert scorecard.winter_months("2027-01") == ["2026-12", "2027-01", "2027-02"]
    assert scorecard.winter_months("2026-11") == ["2026-12", "2027-01", "2027-02"]
    assert scorecard.winter_months("2026-08") == ["2025-12", "2026-01", "2026-02"]
    p = [_p("Dover", currency.Record(619, verified=date(2026, 12, 10)),
            currency.Record(310, verified=date(2027, 1, 20)),
            currency.Record(310, verified=date(2027, 2, 20))),
         _p("Dover", currency.Record(230, verified=date(2026, 9, 10)))]
    card = scorecard.build(p, "2027-02", today=date(2027, 3, 15))
    avg = card["dec_feb_average"]
    assert avg["months"] == ["2026-12", "2027-01", "2027-02"]
    # Dec: 1 NEET of 2 (50%); Jan and Feb: 0 NEET.
    assert avg["county"]["neet_pct"] == round(50 / 3, 1)


def test_who_is_neet_by_group_age_duration_and_re_engagement():
    from neet.reports import breakdown

    on = date(2026, 12, 31)
    y12, y13 = date(2010, 1, 10), date(2009, 1, 10)  # academic ages 16 and 17 this year

    def p(*recs, dob=y12, chars=(), send=False):
        return scorecard.PersonHistory(dob, "Dover", False, tuple(recs), None,
                                       frozenset(chars), send)

    people_ = [
        # NEET since October 2025 and confirmed again in December: over 52 weeks
        p(currency.Record(619, start=date(2025, 10, 1), verified=date(2025, 10, 1)),
          currency.Record(619, verified=date(2026, 12, 20)), dob=y13, chars=(160,)),
        # NEET since 14 January: 50 weeks on 31 December, not over 52
        p(currency.Record(619, start=date(2026, 1, 14), verified=date(2026, 1, 14)),
          currency.Record(619, verified=date(2026, 12, 25)), chars=(160, 210)),
        # NEET on 1 October (91 days back), in an apprenticeship now: re-engaged
        p(currency.Record(619, verified=date(2026, 9, 20)),
          currency.Record(310, start=date(2026, 10, 15), verified=date(2026, 10, 15)), send=True),
        p(currency.Record(230, verified=date(2026, 10, 1)), dob=y13),
    ]
    b = breakdown.build(people_, on)
    assert b["by_age"][16] == {"cohort": 2, "neet": 1, "neet_pct": 50.0}
    assert b["by_age"][17] == {"cohort": 2, "neet": 1, "neet_pct": 50.0}
    assert b["by_group"]["Care leaver"] == {"cohort": 2, "neet": 2, "neet_pct": 100.0}
    assert b["by_group"]["SEND (EHCP)"]["neet"] == 0 and "Pregnancy" not in b["by_group"]
    assert b["neet_over_52_weeks"] == {"n": 1, "pct_of_neet": 50.0}
    assert breakdown.neet_since(people_[1], on) == date(2026, 1, 14)
    assert b["re_engaged"] == {"neet_three_months_ago": 1, "now_eet": 1, "pct": 100.0}
    # 52 weeks exactly is not "more than 52 weeks"; a day later it is
    edge = [p(currency.Record(619, start=date(2025, 12, 31), verified=date(2025, 12, 31)),
              currency.Record(619, verified=date(2026, 12, 20)))]
    assert breakdown.build(edge, date(2026, 12, 30))["neet_over_52_weeks"]["n"] == 0
    assert breakdown.build(edge, date(2026, 12, 31))["neet_over_52_weeks"]["n"] == 1


def test_the_dashboard_reuses_histories_until_something_changes(rt):
    from neet.records import NewActivity, record_activity

    with transaction(rt.sessions) as s:
        cohort.load(s, cohort_csv(people(3)), "test", TODAY)
    with rt.sessions() as s:
        first = scorecard.load_people_cached(s)
        assert scorecard.load_people_cached(s) is first  # nothing changed: no re-read
    with transaction(rt.sessions) as s:
        p = s.scalar(select(Person).where(Person.ccis_id == "A1"))
        record_activity(s, p, NewActivity(619, start=TODAY, ascertained=TODAY, verified=TODAY),
                        source="caseworker", actor="t", today=TODAY)
    with rt.sessions() as s:
        second = scorecard.load_people_cached(s)
        assert second is not first
        assert sorted(map(repr, second)) == sorted(map(repr, scorecard.load_people(s)))
    with transaction(rt.sessions) as s:
        s.scalar(select(Person).where(Person.ccis_id == "A2")).transferred_out = True
    with rt.sessions() as s:
        assert scorecard.load_people_cached(s) is not second  # a person changed


def test_pages_read_a_snapshot_of_the_scorecard_rebuilt_when_something_changed(rt):
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import event

    from neet.records import NewActivity, record_activity
    from neet.reports import snapshots

    with transaction(rt.sessions) as s:
        cohort.load(s, cohort_csv(people(3)), "test", TODAY)
    month, now = f"{TODAY.year}-{TODAY.month:02d}", datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    with rt.sessions() as s:
        built = snapshots.scorecard_for(s, month, TODAY, now=now)
        assert built["county"] == scorecard.build(scorecard.load_people(s), month, TODAY)["county"]
    scorecard._PEOPLE_CACHE.clear()  # a fresh process: the snapshot is all it has
    reads: list[str] = []
    event.listen(rt.engine, "before_cursor_execute",
                 lambda conn, cur, statement, *a: reads.append(statement))
    with rt.sessions() as s:
        again = snapshots.scorecard_for(s, month, TODAY, now=now + timedelta(hours=3))
    assert again["county"] == built["county"] and again["as_of"] == now
    assert len(reads) == 3  # the fingerprint (2) and the snapshot (1): no history read
    with transaction(rt.sessions) as s:
        p = s.scalar(select(Person).where(Person.ccis_id == "A1"))
        record_activity(s, p, NewActivity(619, start=TODAY, ascertained=TODAY, verified=TODAY),
                        source="caseworker", actor="t", today=TODAY)
    later = now + timedelta(seconds=30)
    with rt.sessions() as s:  # changed, but the snapshot is young enough to show (as of then)
        assert snapshots.scorecard_for(s, month, TODAY, timedelta(seconds=60), later)["as_of"] == now
        assert snapshots.refresh(s, TODAY, now=later)  # the worker's minute job rebuilds it
        assert not snapshots.refresh(s, TODAY, now=later)  # and not again while unchanged
        fresh = snapshots.scorecard_for(s, month, TODAY, timedelta(0), later)
    assert fresh["as_of"] == later
    assert fresh["county"]["neet"] == built["county"]["neet"] + 1
