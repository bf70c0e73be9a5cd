"""Synthetic cohort generator: realistic shares, fictional people.

Shares follow the Kent documents in seeds/: about 5% NEET and 10% Not Known among Years
12-13 (including records whose currency has lapsed), EHCP about 4%, SEN support about 10%,
and the vulnerable groups at roughly county rates. Output is a cohort CSV in the DESIGN.md
section 8 format so demo data goes through the same import as real data.
"""

from __future__ import annotations

import csv
import io
import random
from datetime import date, timedelta

from neet.ages import academic_year_start
from neet.codes import (
    CARE_LEAVER,
    CARER,
    IN_CARE,
    MENTAL_HEALTH,
    PREGNANT,
    TEEN_PARENT,
    YOT,
)
from neet.currency import add_months
from neet.districts import DISTRICTS
from neet.interchange.cohort import COLUMNS, OPTIONAL

# Relative 16-18 populations of the districts (roughly proportional to their size).
WEIGHTS = {"Dartford": 8, "Gravesham": 7.5, "Sevenoaks": 8, "Canterbury": 9.5, "Swale": 10,
           "Thanet": 9.5, "Ashford": 8.5, "Dover": 7, "Folkestone and Hythe": 7,
           "Maidstone": 11, "Tonbridge and Malling": 8.5, "Tunbridge Wells": 7.5}
FORENAMES = ["Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Freya", "Grace", "Ella",
             "Noah", "Oliver", "George", "Leo", "Harry", "Oscar", "Jack", "Charlie", "Alfie",
             "Archie", "Kai", "Tyler", "Jayden", "Chloe", "Megan", "Kacey", "Reece", "Callum",
             "Aisha", "Mohammed", "Zara", "Priya", "Tomasz", "Ola", "Bailey", "Ellie-Mae"]
SURNAMES = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
            "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green",
            "Hall", "Wood", "Jackson", "Clarke", "Patel", "Khan", "Kowalski", "Okafor", "Nash"]
POSTCODE_AREAS = {"Dartford": "DA1", "Gravesham": "DA11", "Sevenoaks": "TN13",
                  "Canterbury": "CT1", "Swale": "ME10", "Thanet": "CT9", "Ashford": "TN23",
                  "Dover": "CT16", "Folkestone and Hythe": "CT20", "Maidstone": "ME14",
                  "Tonbridge and Malling": "ME19", "Tunbridge Wells": "TN1"}
SCHOOLS = ["{d} Grammar School", "{d} Academy", "EKC {d} College", "North Kent College",
           "Mid Kent College", "{d} Sixth Form", "Canterbury College", "Hadlow College"]
EMPLOYERS = ["Tesco", "Kent Building Services", "Sainsbury's", "Bluewater Retail",
             "Pfizer Sandwich", "Port of Dover", "a local garage", "Costa Coffee"]

# (code, weight) within each group, for Years 12-13.
EET_CODES = [(210, 30), (220, 10), (230, 35), (250, 2), (310, 8), (320, 2), (330, 5),
             (340, 2), (360, 2), (410, 1), (430, 1), (450, 1), (460, 0.5), (280, 0.5)]
NEET_CODES = [(619, 60), (610, 12), (640, 10), (630, 6), (620, 4), (616, 5), (615, 2),
              (650, 1), (680, 2)]
NK_CODES = [(810, 85), (820, 12), (830, 3)]


def _pick(rng: random.Random, table: list[tuple[int, float]]) -> int:
    return rng.choices([c for c, _ in table], [w for _, w in table])[0]


def _mobile(rng: random.Random) -> str:
    """A well-formed UK mobile (07400 range: valid for phonenumbers; demo data only)."""
    return f"07400 {rng.randint(100000, 999999)}"


def person_rows(n: int, today: date, seed: int = 2026) -> list[dict[str, str]]:
    rng = random.Random(seed)
    names, weights = list(WEIGHTS), list(WEIGHTS.values())
    ay = academic_year_start(today)
    rows = []
    for i in range(n):
        district = rng.choices(names, weights)[0]
        send = rng.random() < 0.04
        # Academic ages: Y11 15 (at-risk leavers), Y12-13 16-17, 18; EHCP up to 24.
        acad = rng.choices([15, 16, 17, 18], [0.12, 0.38, 0.36, 0.14])[0]
        if send and rng.random() < 0.3:
            acad = rng.randint(19, 23)
        born_year = ay - acad - 1
        dob = date(born_year, 9, 1) + timedelta(days=rng.randint(0, 364))
        chars: set[int] = set()
        for code, share in ((IN_CARE, .01), (CARE_LEAVER, .015), (YOT, .006),
                            (TEEN_PARENT, .01), (CARER, .012), (MENTAL_HEALTH, .03)):
            if rng.random() < share:
                chars.add(code)
        sen_support = not send and rng.random() < 0.10
        # Status: vulnerable groups are more often NEET, as the documents report.
        risk = 0.05 * (2.5 if chars else 1) * (1.4 if send else 1)
        roll = rng.random()
        if acad == 15:
            group = "eet"
        elif roll < risk:
            group = "neet"
        elif roll < risk + 0.065:
            group = "nk"
        elif roll < risk + 0.065 + 0.04:
            group = "lapsed"
        else:
            group = "eet"
        if group == "neet":
            code = _pick(rng, NEET_CODES)
        elif group == "nk":
            code = _pick(rng, NK_CODES)
        else:
            code = _pick(rng, EET_CODES) if acad >= 16 else 210
        if code == 630:
            chars.add(TEEN_PARENT)
        if code == 650:
            chars.add(PREGNANT)
        if code == 620:
            chars.add(CARER)
        if group == "lapsed":
            verified = today - timedelta(days=rng.randint(400, 700))
        elif group == "neet":
            verified = today - timedelta(days=rng.randint(0, 27))
        elif group == "nk":
            verified = today - timedelta(days=rng.randint(10, 300))
        else:
            verified = today - timedelta(days=rng.randint(5, 60))
        start = verified - timedelta(days=rng.randint(0, 120))
        neet_start = start - timedelta(days=rng.randint(0, 120)) if group == "neet" else None
        review = add_months(verified, 1) if code in (615, 616) else None
        est = ""
        if 200 <= code < 300:
            est = rng.choice(SCHOOLS).format(d=district.split()[0])
        elif 300 <= code < 400:
            est = rng.choice(EMPLOYERS)
        rows.append({
            "YoungPersonsID": f"K{ay % 100:02d}{i:07d}",
            "Forename": rng.choice(FORENAMES), "Surname": rng.choice(SURNAMES),
            "DOB": dob.isoformat(),
            "Postcode": f"{POSTCODE_AREAS[district]} {rng.randint(1, 9)}{rng.choice('ABDEFGHJ')}"
                        f"{rng.choice('LNPQRSTUWXYZ')}",
            "District": district,
            "Mobile": _mobile(rng) if rng.random() < 0.82 else "",
            "ActivityCode": str(code), "StartDate": start.isoformat(),
            "DateAscertained": verified.isoformat(), "DateVerified": verified.isoformat(),
            "ReviewDate": review.isoformat() if review else "", "DueToLapseDate": "",
            "NEETStartDate": neet_start.isoformat() if neet_start else "",
            "EstablishmentName": est, "SENDFlag": "Y" if send else "N",
            "SENSupportFlag": "Y" if sen_support else "N",
            "Characteristics": ";".join(str(c) for c in sorted(chars)),
            "RiskOfNEET": rng.choices("RAG", [0.08, 0.2, 0.72])[0] if acad == 15 else "",
            "IntendedDestination": "",
        })
    return rows


def cohort_csv(n: int, today: date, seed: int = 2026) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS + OPTIONAL, lineterminator="\n")
    w.writeheader()
    w.writerows(person_rows(n, today, seed))
    return buf.getvalue()


assert set(WEIGHTS) == set(DISTRICTS)


# A small fictional catalogue for when no real one is supplied (make run on a fresh machine).
COURSES = [
    ("5.2", "Building and construction", "Construction skills", "construction;bricklaying;carpentry;plumbing;CSCS"),
    ("4.3", "Transportation operations and maintenance", "Motor vehicle maintenance", "motor vehicle;mechanic;automotive;vehicle maintenance"),
    ("7.4", "Hospitality and catering", "Professional cookery", "chef;catering;professional cookery;hospitality"),
    ("7.3", "Service enterprises", "Hairdressing and barbering", "hairdressing;barbering;beauty therapy;make-up"),
    ("1.3", "Health and social care", "Health and social care", "care;carer;nursing;health;social care"),
    ("1.5", "Child development and well-being", "Early years and childcare", "childcare;nursery;early years;teaching assistant"),
    ("6.1", "ICT practitioners", "IT and computing", "IT;computing;networking;games development;software development"),
    ("3.3", "Animal care and veterinary science", "Animal care", "animal care;animals;dog grooming;veterinary;equine"),
    ("8.1", "Sport, leisure and recreation", "Sport and fitness", "sport;fitness;coaching;personal training"),
    ("7.1", "Retail and commercial enterprise", "Retail and customer service", "retail;sales;customer service"),
    ("7.2", "Warehousing and distribution", "Warehouse and logistics", "warehousing;logistics;forklift;distribution"),
    ("14.2", "Preparation for work", "Step up: employability", "employability;confidence building;work skills;functional skills;CV writing"),
    ("9.1", "Performing arts", "Music and performing arts", "music;music production;dance;drama;performing arts"),
    ("15.2", "Administration", "Business administration", "business administration;admin;office;reception"),
]
PROVIDERS = {"North": "North Kent Skills College", "East": "East Kent Coast College",
             "South": "South Kent Learning", "West": "West Kent Weald College"}


def catalogue_csv(seed: int = 7) -> str:
    from neet.districts import AREAS

    rng = random.Random(seed)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "provider", "title", "type", "ssa", "sector", "keywords", "level",
                "district", "serves", "start", "min_age", "max_age", "send_support", "places",
                "contact"])
    n = 0
    for area, districts in AREAS.items():
        provider = PROVIDERS[area]
        for ssa, sector, title, kw in COURSES:
            for kind in ("fe_course", "apprenticeship"):
                if kind == "apprenticeship" and ssa == "14.2":
                    kind = "re_engagement"
                n += 1
                home = rng.choice(districts)
                level = rng.choice(["E", "1", "2", "3"]) if kind != "re_engagement" else "E"
                label = {"fe_course": f"Level {level} {title}",
                         "apprenticeship": f"{title} apprenticeship",
                         "re_engagement": title}[kind]
                w.writerow([f"D{n:04d}", provider, label, kind, ssa, sector, kw, level, home,
                            ";".join(districts), rng.choice(["rolling", "2027-01-04",
                                                             "2027-09-06"]),
                            16, rng.choice([18, 24]), rng.choice(["yes", "no"]),
                            rng.randint(0, 20),
                            f"enquiries@{provider.lower().replace(' ', '')}.example"])
    return buf.getvalue()
