"""Which service a NEET young person is referred to, and why (DESIGN.md section 4). Pure.

VSK takes children in care and care leavers; the SEND NEET lead takes young people with an
EHCP who want to return to education; NSS takes the rest who meet a rule. Youth Justice is
told whenever the young person is supervised by YJ. A crisis is never a referral: it is a
safeguarding alert (see neet.alerts).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from neet import codes

NSS, VSK, SEND_LEAD, YJ, FAIR_ACCESS = "NSS", "VSK", "SEND NEET lead", "Youth Justice", "Fair Access"
SERVICES = (NSS, VSK, SEND_LEAD, YJ, FAIR_ACCESS)  # each has its own referral queue
LONG_NEET_DAYS = 42  # "NEET for more than 6 weeks"


@dataclass(frozen=True)
class Facts:
    """What the rules need to know about one young person, on one day."""

    characteristics: frozenset[int] = frozenset()
    ehcp: bool = False
    sen_support: bool = False
    year_group: int = 12
    neet_start: date | None = None
    neet_episodes: int = 1  # how many times they have been NEET, this time included
    wants_education: bool = False
    asked_for_help: bool = False
    cme: bool = False  # children missing education
    academic_term: int = 1  # 1 autumn, 2 spring, 3 summer (of the current school year)
    today: date = field(default_factory=date.today)


@dataclass(frozen=True)
class Routing:
    service: str
    also_inform: tuple[str, ...]
    reasons: tuple[str, ...]


def nss_reasons(f: Facts) -> list[str]:
    reasons = []
    if f.neet_start and (f.today - f.neet_start).days > LONG_NEET_DAYS:
        reasons.append("NEET for more than 6 weeks")
    if f.neet_episodes > 1:
        reasons.append("NEET more than once")
    if f.ehcp and f.year_group in (12, 13):
        reasons.append("Year 12/13 with an EHCP")
    if codes.YOT in f.characteristics:
        reasons.append("supervised by Youth Justice")
    if f.cme and f.year_group == 11 and f.academic_term >= 3:
        reasons.append("missing education in Year 11 after term 3")
    if f.sen_support:
        reasons.append("SEN support (K code)")
    if f.asked_for_help:
        reasons.append("asked for help")
    return reasons


def route(f: Facts) -> Routing | None:
    """The service to refer to, or None when no rule applies (then no referral is made)."""
    inform = (YJ,) if codes.YOT in f.characteristics else ()
    if codes.IN_CARE in f.characteristics or codes.CARE_LEAVER in f.characteristics:
        why = ["child in care"] if codes.IN_CARE in f.characteristics else []
        if codes.CARE_LEAVER in f.characteristics:
            why.append("care leaver")
        return Routing(VSK, inform, tuple(why + nss_reasons(f)))
    if f.ehcp and f.wants_education:
        return Routing(SEND_LEAD, inform, ("EHCP and wants to return to education",
                                           *nss_reasons(f)))
    reasons = nss_reasons(f)
    if reasons:
        return Routing(NSS, inform, tuple(reasons))
    return None


def services_concerned(characteristics: frozenset[int] | set[int], ehcp: bool) -> tuple[str, ...]:
    """The specialist services told of a crisis or a referral about this young person: VSK
    for children in care and care leavers, the SEND NEET lead for an EHCP, Youth Justice for
    someone it supervises."""
    out = []
    if codes.IN_CARE in characteristics or codes.CARE_LEAVER in characteristics:
        out.append(VSK)
    if ehcp:
        out.append(SEND_LEAD)
    if codes.YOT in characteristics:
        out.append(YJ)
    return tuple(out)


def academic_term(on: date) -> int:
    """Autumn (Sep-Dec) 1, spring (Jan-Mar/Easter) 2, summer (Apr-Aug) 3."""
    return 1 if on.month >= 9 else 2 if on.month <= 3 else 3
