"""Closing a referral with an EET destination records that activity on the young person (so
their status and the figures change), and the outcome is kept whole."""

from __future__ import annotations

from sqlalchemy import select

from db.models import Person, Referral
from db.session import transaction
from neet.referrals.rules import Routing
from neet.referrals.service import move, raise_referral
from neet.reports import kpis
from tests.helpers import TODAY, seed


def test_closing_into_an_apprenticeship_records_it_and_keeps_the_whole_outcome(rt):
    seed(rt)
    outcome = ("Started a Level 2 plumbing apprenticeship with Weald Heating Ltd on Monday; "
               "employer happy, training provider confirmed day release on Thursdays.")
    with transaction(rt.sessions) as s:
        p = s.scalar(select(Person))
        ref = raise_referral(s, p, Routing("NSS", (), ("asked for help",)), said="help",
                             actor="t", base_url="http://x", today=TODAY)
        for step in ("notified", "accepted", "in_progress"):
            move(s, ref, step, "nss@test")
        move(s, ref, "closed", "nss@test", outcome=outcome, eet_code=410, today=TODAY)
    with rt.sessions() as s:
        p = s.scalar(select(Person))
        assert p.current_activity.code == 410 and p.current_activity.start_date == TODAY
        assert p.current_activity.source == "caseworker"
        assert s.scalar(select(Referral.outcome)) == outcome
        refs = kpis.load(s)
    assert [(r.eet_code, r.still_eet) for r in refs] == [(410, True)]
    closed = refs[0].closed  # the KPIs of the month it closed in count it as matched to EET
    result = kpis.compute(refs, closed.replace(day=1), closed)
    assert result["70_pct_matched_to_eet"] == 100.0
