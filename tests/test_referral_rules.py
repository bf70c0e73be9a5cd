"""Referral routing: every rule of DESIGN.md section 4 and their overlaps."""

from datetime import date

import pytest

from neet import codes
from neet.referrals.rules import NSS, SEND_LEAD, VSK, YJ, Facts, academic_term, route

TODAY = date(2026, 11, 23)


def f(**kw) -> Facts:
    return Facts(today=TODAY, neet_start=TODAY, **kw)


def test_no_rule_no_referral():
    assert route(f()) is None


@pytest.mark.parametrize("facts,reason", [
    (Facts(today=TODAY, neet_start=date(2026, 10, 11)), "NEET for more than 6 weeks"),
    (f(neet_episodes=2), "NEET more than once"),
    (f(ehcp=True, year_group=13), "Year 12/13 with an EHCP"),
    (f(characteristics=frozenset({codes.YOT})), "supervised by Youth Justice"),
    (f(cme=True, year_group=11, academic_term=3), "missing education in Year 11 after term 3"),
    (f(sen_support=True), "SEN support (K code)"),
    (f(asked_for_help=True), "asked for help"),
])
def test_each_nss_rule(facts, reason):
    r = route(facts)
    assert r.service == NSS and reason in r.reasons


def test_six_weeks_boundary():
    assert route(Facts(today=TODAY, neet_start=date(2026, 10, 12))) is None  # exactly 42 days
    assert route(Facts(today=TODAY, neet_start=date(2026, 10, 11))).service == NSS


def test_cme_only_after_term_3_of_year_11():
    assert route(f(cme=True, year_group=11, academic_term=2)) is None
    assert route(f(cme=True, year_group=12, academic_term=3)) is None
    assert academic_term(date(2027, 4, 20)) == 3 and academic_term(date(2026, 9, 1)) == 1


def test_in_care_and_care_leavers_go_to_vsk():
    assert route(f(characteristics=frozenset({codes.IN_CARE}))).service == VSK
    assert route(f(characteristics=frozenset({codes.CARE_LEAVER}))).service == VSK


def test_care_leaver_with_ehcp_wanting_education_goes_to_vsk_with_reasons():
    r = route(f(characteristics=frozenset({codes.CARE_LEAVER}), ehcp=True, wants_education=True,
                year_group=12))
    assert r.service == VSK and "Year 12/13 with an EHCP" in r.reasons


def test_ehcp_wanting_education_goes_to_send_lead_and_otherwise_nss():
    assert route(f(ehcp=True, wants_education=True, year_group=12)).service == SEND_LEAD
    assert route(f(ehcp=True, wants_education=False, year_group=12)).service == NSS
    assert route(f(ehcp=True, wants_education=False, year_group=15)) is None  # aged 20+, no rule


def test_youth_justice_is_told_whatever_the_service():
    yj = frozenset({codes.YOT})
    assert route(f(characteristics=yj, sen_support=True)) .also_inform == (YJ,)
    assert route(f(characteristics=yj | {codes.IN_CARE})).also_inform == (YJ,)
    assert route(f(characteristics=yj, ehcp=True, wants_education=True)).service == SEND_LEAD
    assert route(f(sen_support=True)).also_inform == ()
