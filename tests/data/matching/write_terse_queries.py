"""Queries for terse_catalogue.csv (a college MIS export with abbreviated titles: "Motor Veh
Maint & Rep L1", "H&SC L2", "Prof Cookery"; abbreviated sectors), written by hand with the
catalogue and before the matcher was run on either. Split by the ask's words into dev and a
locked test split (its hash is in tests/test_matching.py).

    python tests/data/matching/write_terse_queries.py
"""

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
Q = [
    # (district, age, send, interests, fits; None: nothing in the district fits)
    ("Maidstone", 16, False, "fixing cars", ["motor veh"]),
    ("Tonbridge and Malling", 17, True, "mechanic", ["motor veh"]),
    ("Maidstone", 17, True, "hair and beauty", ["hair & beauty"]),
    ("Maidstone", 16, True, "make up and nails", ["hair & beauty"]),
    ("Swale", 16, False, "building", ["constr multi"]),
    ("Maidstone", 17, False, "construction", ["constr multi", "plumb", "elec install"]),
    ("Tonbridge and Malling", 16, False, "electrician", ["elec install"]),
    ("Maidstone", 17, False, "sparky", ["elec install"]),
    ("Maidstone", 16, False, "plumber", ["plumb"]),
    ("Maidstone", 17, False, "heating engineer", ["plumb"]),
    ("Canterbury", 16, False, "carpentry", ["carp"]),
    ("Swale", 17, False, "chippy, woodwork", ["carp"]),
    ("Maidstone", 19, False, "office work", ["bus admin"]),
    ("Tonbridge and Malling", 18, False, "admin", ["bus admin"]),
    ("Swale", 17, False, "care work", ["h&sc"]),
    ("Maidstone", 18, False, "looking after old people", ["h&sc"]),
    ("Canterbury", 16, False, "catering", ["hosp & cat", "prof cookery"]),
    ("Thanet", 17, False, "chef", ["prof cookery"]),
    ("Thanet", 16, False, "cooking", ["prof cookery", "hosp & cat"]),
    ("Dover", 17, False, "computers", ["ict"]),
    ("Folkestone and Hythe", 16, False, "it", ["ict"]),
    ("Dover", 18, False, "welding", ["weld"]),
    ("Folkestone and Hythe", 17, False, "fabrication", ["weld"]),
    ("Ashford", 16, True, "sport", ["sport"]),
    ("Folkestone and Hythe", 17, False, "football", ["sport"]),
    ("Ashford", 17, True, "police or army", ["pub svcs"]),
    ("Ashford", 16, False, "uniformed services", ["pub svcs"]),
    ("Gravesham", 17, False, "childcare", ["child dev"]),
    ("Dartford", 16, False, "working in a nursery", ["child dev"]),
    ("Dartford", 17, False, "making videos", ["creat media"]),
    ("Gravesham", 16, False, "media", ["creat media"]),
    ("Sevenoaks", 17, False, "art", ["art & des"]),
    ("Tunbridge Wells", 18, False, "drawing and painting", ["art & des"]),
    ("Tunbridge Wells", 16, True, "animals", ["anim care"]),
    ("Sevenoaks", 17, False, "dogs", ["anim care"]),
    ("Sevenoaks", 18, True, "gardening", ["hort"]),
    ("Tonbridge and Malling", 19, False, "landscaping", ["hort"]),
    ("Dartford", 18, False, "warehouse", ["warehousing"]),
    ("Gravesham", 19, False, "logistics", ["warehousing"]),
    ("Canterbury", 18, False, "working in a shop", ["retail"]),
    ("Thanet", 17, False, "dance", ["perf arts"]),
    ("Thanet", 16, False, "performing arts", ["perf arts"]),
    ("Folkestone and Hythe", 16, False, "music", ["music tech"]),
    ("Dover", 17, False, "music production", ["music tech"]),
    ("Ashford", 16, False, "bricklaying", ["bricklay"]),
    ("Dover", 17, True, "brickie", ["bricklay"]),
    ("Dartford", 19, True, "painter decorator", ["paint & dec"]),
    ("Gravesham", 17, False, "barber", ["barb"]),
    ("Canterbury", 20, False, "nails", ["nail serv"]),
    ("Swale", 19, True, "help to get a job", ["prep for work"]),
    ("Thanet", 20, True, "building my confidence", ["emp skills"]),
    ("Dover", 19, False, "english and maths", ["eng & maths"]),
    ("Sevenoaks", 16, False, "travel and tourism", ["travel & tour"]),
    ("Tunbridge Wells", 19, False, "accountancy", ["acc & fin"]),
    ("Ashford", 17, False, "car body repair", ["vehicle body"]),
    ("Maidstone", 17, False, "games design", ["games dev"]),
    ("Canterbury", 17, False, "science", ["appl sci"]),
    ("Dover", 18, True, "dunno", None, True),
    ("Thanet", 17, False, "not sure", None, True),
    # nothing in their district fits what they said
    ("Ashford", 17, False, "plumbing", None),
    ("Dover", 16, False, "hairdressing", None),
    ("Thanet", 17, False, "electrician", None),
    ("Gravesham", 18, False, "animal care", None),
    ("Canterbury", 17, False, "welding", None),
    ("Swale", 17, False, "music", None),
    ("Sevenoaks", 18, False, "chef", None),
    ("Dartford", 16, False, "science", None),
    ("Folkestone and Hythe", 17, False, "games design", None),
    ("Tunbridge Wells", 16, False, "barber", None),
]
dev, test = [], []
for district, age, send, interests, fits, *rest in Q:
    q = {"catalogue": "terse", "district": district, "age": age, "send": send,
         "interests": interests, "fits": fits or []}
    if rest and rest[0]:
        q["vague"] = True
    words = " ".join(interests.lower().split())
    split = test if int(hashlib.sha256(words.encode()).hexdigest()[:8], 16) % 2 else dev
    split.append(q)
for name, rows in (("dev", dev), ("test", test)):
    with open(HERE / f"queries_terse_{name}.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(q, ensure_ascii=False) + "\n" for q in rows)
print(len(dev), len(test))
