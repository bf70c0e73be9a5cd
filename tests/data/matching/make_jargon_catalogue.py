"""Writes `jargon_catalogue.csv`: a third style of catalogue, as a college's MIS export or a
local offer reads: awarding bodies and qualification numbers in the titles (NCFE CACHE, City &
Guilds, BTEC, VTCT, T Levels), sector-based work academies, skills bootcamps, keywords often
empty or jargon ("CSCS", "SIA"), and sectors the other catalogues lack (floristry, marine,
rail, aviation, security, pharmacy, journalism, events, plant operations, butchery...).
Written before the matcher was tried on it. Deterministic: run it again and the file is the
same. `python tests/data/matching/make_jargon_catalogue.py`"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_fresh_catalogue import place, write  # noqa: E402 - a script beside its sibling

PROVIDERS = {
    "North": ["North Kent College of Technology", "Ebbsfleet Youth Works"],
    "East": ["East Kent Skills Partnership", "Herne Bay Learning Shed"],
    "South": ["Channel Coast Training Ltd", "Shepway Youth Enterprise"],
    "West": ["Mid Kent Vocational Centre", "High Weald Rural Skills"],
}
# (title, type, ssa, sector text, keywords, level)
OFFERS = [
    ("NCFE CACHE L3 Diploma for the Early Years Workforce", "fe_course", "1.5", "Health and care", "", "3"),
    ("City & Guilds 2365-02 L2 Diploma in Electrical Installations", "fe_course", "5.2", "Construction", "", "2"),
    ("BTEC L3 National Extended Diploma in Applied Science", "fe_course", "2.1", "Science", "", "3"),
    ("VTCT L2 Diploma in Women's Hairdressing", "fe_course", "7.3", "Hair and beauty", "", "2"),
    ("T Level in Digital Production, Design and Development", "fe_course", "6.1", "Digital", "software;programming", "3"),
    ("T Level in Health (Supporting the Adult Nursing Team)", "fe_course", "1.2", "Health", "hospital;nursing", "3"),
    ("Skills Bootcamp: Web Development (HTML, CSS, JavaScript)", "fe_course", "6.1", "Digital", "websites", "3"),
    ("Pre-apprenticeship Construction Multi-skills + CSCS card", "traineeship", "5.2", "Construction", "cscs", "1"),
    ("SIA Level 2 Door Supervision and Security", "fe_course", "1.4", "Public services", "sia;security", "2"),
    ("Sector-based Work Academy: Retail Customer Service", "traineeship", "7.1", "Retail", "swap", "1"),
    ("Level 2 Floristry (RHS linked)", "fe_course", "3.2", "Land-based", "flowers", "2"),
    ("Level 2 Diploma in Work-based Horticulture", "apprenticeship", "3.2", "Land-based", "grounds maintenance", "2"),
    ("Marine Engineering Apprenticeship (Boatyard)", "apprenticeship", "4.1", "Engineering", "boats;marine", "3"),
    ("Rail Engineering Operative", "apprenticeship", "4.1", "Engineering", "railway;track", "2"),
    ("Aircraft Maintenance Certificate (Aviation Engineering)", "fe_course", "4.3", "Engineering", "aircraft", "3"),
    ("Pharmacy Services Assistant", "apprenticeship", "1.2", "Health", "pharmacy;chemist", "2"),
    ("NCTJ Diploma in Journalism", "fe_course", "9.3", "Media", "news;writing", "3"),
    ("Events Assistant (Festivals and Venues)", "apprenticeship", "8.2", "Leisure", "events;festivals", "2"),
    ("Plant Operations: Excavator and Dumper (CPCS)", "apprenticeship", "5.2", "Construction", "plant;diggers", "2"),
    ("Butchery and Meat Processing", "apprenticeship", "7.1", "Food", "butcher", "2"),
    ("Hospitality Team Member (Front of House)", "apprenticeship", "7.4", "Hospitality", "waiting;restaurant", "2"),
    ("Commis Chef", "apprenticeship", "7.4", "Hospitality", "kitchen;chef", "2"),
    ("Level 1 Award in Barista Skills", "fe_course", "7.4", "Hospitality", "coffee", "1"),
    ("Customer Service Practitioner", "apprenticeship", "15.2", "Business", "call centre", "2"),
    ("AAT Level 2 Certificate in Accounting", "fe_course", "15.1", "Business", "bookkeeping", "2"),
    ("Level 3 Diploma in Digital Marketing", "fe_course", "15.4", "Business", "social media", "3"),
    ("Entry 3 ESOL for Work", "fe_course", "14.1", "Foundation", "english language", "E"),
    ("GCSE English and Maths (resit year)", "fe_course", "14.1", "Foundation", "gcse", "2"),
    ("Teaching Assistant", "apprenticeship", "13.2", "Education", "school;classroom", "3"),
    ("Level 2 Diploma in Animal Care (Small Animals and Exotics)", "fe_course", "3.3", "Animal care", "", "2"),
    ("Dog Grooming", "fe_course", "3.3", "Animal care", "grooming", "2"),
    ("Level 2 Certificate in Outdoor Activity Leadership", "fe_course", "8.1", "Sport", "climbing;kayaking", "2"),
    ("Level 3 Diploma in Creative Media Production (Film & TV)", "fe_course", "9.3", "Media", "", "3"),
    ("Fashion and Textiles", "fe_course", "9.2", "Art and design", "sewing", "2"),
    ("Level 2 Tattoo and Body Art Hygiene", "fe_course", "7.3", "Hair and beauty", "", "2"),
    ("Youth Hub: Next Steps (confidence, CV, work tasters)", "re_engagement", "14.2", "Preparation for work", "", "E"),
    ("Supported Internship: Council Depot and Parks", "supported_internship", "14.1", "Preparation for life", "", "E"),
    ("Level 2 Certificate in Fitness Instructing (Gym)", "fe_course", "8.1", "Sport", "gym", "2"),
    ("Vehicle Damage Repair and Paint", "apprenticeship", "4.3", "Motor vehicle", "bodyshop;spraying", "2"),
    ("Level 1 Introduction to Carpentry and Joinery", "fe_course", "5.2", "Construction", "", "1"),
]


def rows() -> list[dict]:
    return place(OFFERS, PROVIDERS, 20261201, prefix="J", skip=0.3, rolling=0.4, places=15,
                 contact="courses@example.org", day="1")


if __name__ == "__main__":
    write(rows(), Path(__file__).with_name("jargon_catalogue.csv"))
