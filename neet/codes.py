"""The NCCIS activity and characteristic code table (DESIGN.md section 8), in one place.

Everything that needs to know what a code means asks this module: grouping for figures,
currency rules, export, and the mapping from a reply label to a code.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Group(StrEnum):
    EET = "EET"
    NEET = "NEET"
    NOT_KNOWN = "Not Known"
    OTHER = "Other"


class CurrencyRule(StrEnum):
    """Which row of the currency table (neet.currency.CURRENCY_TABLE) a code follows."""

    EDUCATION = "education"  # until 31 August of the academic year
    WITH_STUDY = "with_study"  # apprenticeship, employment with study: 12 months
    EMPLOYMENT_TRAINING = "employment_training"  # other employment and training: 6 months
    RE_ENGAGEMENT = "re_engagement"  # 3 months
    NEET = "neet"  # one month: every NEET young person is reviewed monthly
    OTHER = "other"
    NOT_KNOWN = "not_known"  # already Not Known: never "lapses"


@dataclass(frozen=True)
class Activity:
    code: int
    group: Group
    kind: str  # education / employment / training / re_engagement / neet / other / not_known
    description: str
    currency: CurrencyRule


def _a(code: int, group: Group, kind: str, desc: str, rule: CurrencyRule) -> Activity:
    return Activity(code, group, kind, desc, rule)


E, N, K, O = Group.EET, Group.NEET, Group.NOT_KNOWN, Group.OTHER  # noqa: E741
R = CurrencyRule

ACTIVITIES: dict[int, Activity] = {
    a.code: a
    for a in [
        _a(210, E, "education", "FTE school sixth form", R.EDUCATION),
        _a(220, E, "education", "FTE sixth-form college", R.EDUCATION),
        _a(230, E, "education", "FTE further education", R.EDUCATION),
        _a(240, E, "education", "FTE higher education", R.EDUCATION),
        _a(250, E, "education", "Part-time education", R.EDUCATION),
        _a(260, E, "education", "Gap year", R.EDUCATION),
        _a(270, E, "education", "FTE other", R.EDUCATION),
        _a(280, E, "education", "Special post-16 institution (SEND)", R.EDUCATION),
        _a(290, E, "education", "FTE custodial institution", R.EDUCATION),
        _a(310, E, "employment", "Apprenticeship", R.WITH_STUDY),
        _a(320, E, "employment", "Full-time employment with study (regulated qualification)", R.WITH_STUDY),
        _a(330, E, "employment", "Employment without training", R.EMPLOYMENT_TRAINING),
        _a(340, E, "employment", "Employment with training (other)", R.EMPLOYMENT_TRAINING),
        _a(350, E, "employment", "Temporary employment", R.EMPLOYMENT_TRAINING),
        _a(360, E, "employment", "Part-time employment", R.EMPLOYMENT_TRAINING),
        _a(380, E, "employment", "Self-employment", R.EMPLOYMENT_TRAINING),
        _a(381, E, "employment", "Self-employment with study", R.WITH_STUDY),
        _a(550, E, "employment", "Working not for reward with study", R.WITH_STUDY),
        _a(410, E, "training", "Funded work-based learning", R.EMPLOYMENT_TRAINING),
        _a(430, E, "training", "Other training", R.EMPLOYMENT_TRAINING),
        _a(440, E, "training", "DWP programme (18+)", R.EMPLOYMENT_TRAINING),
        _a(450, E, "training", "Traineeship", R.EMPLOYMENT_TRAINING),
        _a(460, E, "training", "Supported internship (SEND)", R.EMPLOYMENT_TRAINING),
        _a(530, O, "re_engagement", "Re-engagement provision", R.RE_ENGAGEMENT),
        _a(540, N, "neet", "Working not for reward (volunteering without study)", R.NEET),
        _a(610, N, "neet", "Not yet ready for work or learning", R.NEET),
        _a(615, N, "neet", "Start date agreed (other)", R.NEET),
        _a(616, N, "neet", "Start date agreed (RPA compliant)", R.NEET),
        _a(619, N, "neet", "Seeking employment, education or training", R.NEET),
        _a(620, N, "neet", "Not available: carer", R.NEET),
        _a(630, N, "neet", "Not available: teenage parent", R.NEET),
        _a(640, N, "neet", "Not available: illness", R.NEET),
        _a(650, N, "neet", "Not available: pregnancy", R.NEET),
        _a(660, N, "neet", "Not available: religious grounds", R.NEET),
        _a(670, N, "neet", "Unlikely ever to be economically active", R.NEET),
        _a(680, N, "neet", "Not available: other reason", R.NEET),
        _a(710, O, "other", "Custody (young adult offender)", R.OTHER),
        _a(810, K, "not_known", "Current situation not known", R.NOT_KNOWN),
        _a(820, K, "not_known", "Cannot be contacted (no current address)", R.NOT_KNOWN),
        _a(830, K, "not_known", "Refused to disclose activity", R.NOT_KNOWN),
    ]
}

# Codes from the earlier NCCIS scheme that CCIS extracts still carry, and what they became.
LEGACY_CODES: dict[int, int] = {
    420: 430,  # Entry to Employment -> other training
    510: 530,  # personal development opportunity -> re-engagement provision
    520: 540,  # voluntary / part-time activity -> working not for reward
    551: 540,  # working not for reward (no study) -> 540
}

NOT_KNOWN = 810
CANNOT_BE_CONTACTED = 820
MOVED_AWAY = "moved_away"  # a transfer to another LA, not a code

CHARACTERISTICS: dict[int, str] = {
    110: "Looked after (in care)",
    120: "Caring for own child",
    130: "Refugee / asylum seeker",
    140: "Carer (not own child)",
    150: "Substance misuse",
    160: "Care leaver",
    170: "Supervised by YOT",
    180: "Pregnancy",
    190: "Parent not caring for own child",
    200: "Alternative provision",
    210: "Mental health",
}
IN_CARE, TEEN_PARENT, ASYLUM, CARER, SUBSTANCE, CARE_LEAVER, YOT, PREGNANT = (
    110, 120, 130, 140, 150, 160, 170, 180,
)
MENTAL_HEALTH = 210


class UnknownCode(ValueError):
    pass


def normalise_code(raw: str | int) -> int:
    """Accept a current or legacy code (as text or int) and return the current code."""
    try:
        code = int(str(raw).strip())
    except ValueError as exc:
        raise UnknownCode(f"activity code {raw!r} is not a number") from exc
    code = LEGACY_CODES.get(code, code)
    if code not in ACTIVITIES:
        raise UnknownCode(f"unknown activity code {code}")
    return code


def activity(code: int) -> Activity:
    return ACTIVITIES[code]


def group_of(code: int) -> Group:
    return ACTIVITIES[code].group


def parse_characteristics(raw: str) -> list[int]:
    """Parse a ';'-separated characteristics field; raises UnknownCode on any bad code."""
    codes: list[int] = []
    for part in (raw or "").replace(",", ";").split(";"):
        part = part.strip()
        if not part:
            continue
        try:
            code = int(part)
        except ValueError as exc:
            raise UnknownCode(f"characteristic {part!r} is not a code") from exc
        if code not in CHARACTERISTICS:
            raise UnknownCode(f"unknown characteristic code {code}")
        if code not in codes:
            codes.append(code)
    return sorted(codes)


def format_characteristics(codes: list[int] | set[int]) -> str:
    return ";".join(str(c) for c in sorted(codes))
