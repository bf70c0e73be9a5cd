"""Writes `fresh_catalogue.csv`: a catalogue in another council's style, with providers and
sectors the shared sample does not have (photography, tree surgery, games design, HGV, police,
dental nursing, laboratory science, cabin crew, law...). Deterministic: run it again and the
file is the same. `python tests/data/matching/make_fresh_catalogue.py`"""

from __future__ import annotations

import csv
import random
from pathlib import Path

PROVIDERS = {
    "North": ["Thames Gateway Skills Hub", "Riverside Youth Trust"],
    "East": ["Coastal Futures CIC", "Isle of Thanet Learning Partnership"],
    "South": ["Romney Marsh Training Co-op", "White Cliffs Academy of Trades"],
    "West": ["Medway Valley Apprenticeships", "Weald Green Skills"],
}
AREAS = {"North": ["Dartford", "Gravesham", "Sevenoaks"], "East": ["Canterbury", "Swale", "Thanet"],
         "South": ["Ashford", "Dover", "Folkestone and Hythe"],
         "West": ["Maidstone", "Tonbridge and Malling", "Tunbridge Wells"]}
# (title, type, ssa, sector text, keywords, level)
OFFERS = [
    ("Photography and Digital Imaging", "fe_course", "9.2", "Creative arts", "photography;camera;editing", "2"),
    ("Tree Surgery and Arboriculture", "apprenticeship", "3.2", "Forestry", "arboriculture;chainsaw;climbing", "2"),
    ("Games Design and Development", "fe_course", "6.1", "Digital", "games;unity;game design", "3"),
    ("IT Support Technician", "apprenticeship", "6.1", "Digital", "it support;helpdesk;hardware", "3"),
    ("HGV Class 2 Driver", "apprenticeship", "4.3", "Transport", "lgv;hgv;driving", "2"),
    ("Warehouse Operative", "apprenticeship", "7.2", "Logistics", "warehouse;stock;forklift", "2"),
    ("Uniformed Public Services: Police Pathway", "fe_course", "1.4", "Public services", "police;policing;crime", "2"),
    ("Army Preparation Programme", "fe_course", "1.4", "Public services", "army;fitness;military", "1"),
    ("Dental Nursing", "apprenticeship", "1.2", "Health", "dental nurse;dentist;patients", "3"),
    ("Laboratory Technician", "apprenticeship", "2.1", "Science", "lab;chemistry;biology", "3"),
    ("Air Cabin Crew", "fe_course", "8.2", "Travel", "cabin crew;airline;aviation", "2"),
    ("Paralegal Foundations", "fe_course", "15.5", "Law", "legal;law;solicitors", "3"),
    ("Barbering", "fe_course", "7.3", "Hair", "barber;fades;clippers", "2"),
    ("Nail Technology", "fe_course", "7.3", "Beauty", "nails;manicure;acrylics", "2"),
    ("Beauty Therapy", "fe_course", "7.3", "Beauty", "facials;make-up;waxing", "2"),
    ("Kickstart into Work: Hospitality and Catering", "re_engagement", "14.2", "Preparation for work", "work skills;confidence;placement", "E"),
    ("Music Production and Sound", "fe_course", "9.1", "Performing arts", "music;studio;beats", "2"),
    ("Veterinary Care Assistant", "apprenticeship", "3.3", "Animal care", "vet;animals;kennels", "2"),
    ("Bricklaying", "apprenticeship", "5.2", "Construction", "bricklayer;brickwork;site", "2"),
    ("Plumbing and Heating", "apprenticeship", "5.2", "Construction", "plumber;heating;gas", "2"),
    ("Electrical Installation", "fe_course", "5.2", "Construction", "electrician;wiring;electrics", "2"),
    ("Light Vehicle Maintenance", "apprenticeship", "4.3", "Motor vehicle", "mechanic;cars;garage", "2"),
    ("Early Years Practitioner", "apprenticeship", "1.5", "Childcare", "nursery;children;early years", "3"),
    ("Adult Care Worker", "apprenticeship", "1.3", "Care", "care home;elderly;support", "2"),
    ("Esports and Gaming Events", "fe_course", "8.1", "Sport and leisure", "esports;gaming;events", "2"),
    ("Football Coaching", "fe_course", "8.1", "Sport", "football;coaching;fitness", "2"),
    ("Business Administration", "apprenticeship", "15.2", "Business", "admin;office;reception", "2"),
    ("Baking and Patisserie", "fe_course", "7.4", "Hospitality", "baking;cakes;pastry", "2"),
    ("Prince's Trust Team Programme", "re_engagement", "14.2", "Preparation for work", "confidence;teamwork;volunteering", "E"),
    ("Supported Internship: NHS Hospital Placements", "supported_internship", "14.1", "Preparation for life", "hospital;porter;work placement", "E"),
    ("Farm and Estate Skills", "fe_course", "3.1", "Agriculture", "farm;tractors;livestock", "1"),
    ("Film and TV Production", "fe_course", "9.3", "Media", "film;camera;editing", "3"),
]


def place(offers: list[tuple], providers: dict, seed: int, *, prefix: str, skip: float,
          rolling: float, places: int, contact: str, day: str) -> list[dict]:
    """Each offer in some districts of each area (a `skip` share left out, so some asks cannot
    be met), by a seeded generator: the same arguments give the same rows. Shared with the
    other generated catalogue (make_jargon_catalogue.py)."""
    rnd = random.Random(seed)
    out, n = [], 0
    for area, districts in AREAS.items():
        for title, kind, ssa, sector, keywords, level in offers:
            if rnd.random() < skip:
                continue
            n += 1
            home = rnd.choice(districts)
            serves = sorted({home, *rnd.sample(districts, rnd.randint(1, 3))})
            out.append({
                "id": f"{prefix}{n:03d}", "provider": rnd.choice(providers[area]), "title": title,
                "type": kind, "ssa": ssa, "sector": sector, "keywords": keywords,
                "level": level, "district": home, "serves": ";".join(serves),
                "start": "rolling" if rnd.random() < rolling  # days 01-09 or 10-19
                else f"2027-0{rnd.randint(1, 9)}-{day}{rnd.randint(1 if day == '0' else 0, 9)}",
                "min_age": 16, "max_age": 24 if kind == "supported_internship" else rnd.choice([18, 19, 24]),
                "send_support": "yes" if kind == "supported_internship" or rnd.random() < 0.6 else "no",
                "places": rnd.randint(1, places), "contact": contact})
    return out


def write(rows: list[dict], path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {path}")


def rows() -> list[dict]:
    return place(OFFERS, PROVIDERS, 20261130, prefix="F", skip=0.25, rolling=0.5, places=20,
                 contact="hello@example.org", day="0")


if __name__ == "__main__":
    write(rows(), Path(__file__).with_name("fresh_catalogue.csv"))
