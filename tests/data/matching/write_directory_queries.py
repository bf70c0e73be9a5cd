"""Queries for directory_catalogue.csv (a local-offer directory: descriptive titles, few
keywords, Entry levels written "E3", sectors and providers the other catalogues lack), written
by hand with the catalogue and before the matcher was run on either. Split by the ask's words
into dev and a locked test split (its hash is in tests/test_matching.py).

    python tests/data/matching/write_directory_queries.py
"""

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
Q = [
# (district, age, send, interests, fits or None for nothing-fits, vague)
("Maidstone", 17, False, "horses", ["equine"]),
("Tunbridge Wells", 16, False, "i love horse riding and mucking out", ["equine"]),
("Sevenoaks", 17, False, "outdoors stuff, conservation, nature reserves", ["countryside"]),
("Swale", 18, True, "my son loves animals especially dogs and rabbits", ["small animal"]),
("Maidstone", 19, False, "tree surgeon", ["arboriculture"]),
("Tonbridge and Malling", 18, False, "climbing trees and using a chainsaw", ["arboriculture"]),
("Dover", 16, False, "building boats", ["boatbuilding"]),
("Folkestone and Hythe", 17, False, "something with boats and engines", ["boatbuilding"]),
("Thanet", 18, False, "working on a fishing boat", ["fishing"]),
("Canterbury", 17, False, "barber", ["barbering"]),
("Thanet", 17, False, "cutting mens hair, fades and that", ["barbering"]),
("Thanet", 18, False, "nails", ["nail technology"]),
("Canterbury", 19, False, "acrylics and gel nails", ["nail technology"]),
("Canterbury", 16, False, "special effects makeup for films", ["make-up"]),
("Canterbury", 17, False, "mua", ["make-up"]),
("Ashford", 18, False, "forklift driving", ["forklift"]),
("Dover", 19, True, "warehouse work, packing", ["warehouse"]),
("Ashford", 17, False, "working in a shop", ["retail"]),
("Ashford", 20, False, "retail or customer service", ["retail"]),
("Swale", 18, False, "get my cscs card", ["cscs"]),
("Maidstone", 18, False, "dental nurse", ["dental"]),
("Tonbridge and Malling", 20, False, "working at the dentist", ["dental"]),
("Sevenoaks", 18, False, "pharmacy", ["pharmacy"]),
("Tunbridge Wells", 19, False, "working in a chemist like boots", ["pharmacy"]),
("Canterbury", 17, False, "working in a nursery with little kids", ["early years"]),
("Swale", 18, False, "childcare", ["early years"]),
("Dartford", 18, False, "teaching assistant in a primary school", ["teaching assistant"]),
("Gravesham", 19, False, "helping kids in schools", ["teaching assistant"]),
("Maidstone", 17, False, "roofing", ["roofer"]),
("Gravesham", 18, False, "scaffolding", ["scaffolder"]),
("Canterbury", 16, False, "fixing bikes", ["cycle mechanic"]),
("Maidstone", 18, False, "accountancy", ["accounts"]),
("Maidstone", 19, False, "good with numbers, maybe bookkeeping", ["accounts"]),
("Sevenoaks", 18, False, "ethical hacking", ["cyber"]),
("Tonbridge and Malling", 19, False, "cyber security", ["cyber"]),
("Dover", 17, False, "lifeguard", ["lifeguard"]),
("Folkestone and Hythe", 18, False, "swimming", ["lifeguard"]),
("Gravesham", 17, False, "making beats and djing", ["music production"]),
("Dartford", 16, False, "music producer", ["music production"]),
("Dartford", 17, False, "esports", ["esports"]),
("Gravesham", 16, False, "gaming and streaming on twitch", ["esports"]),
("Gravesham", 17, False, "sewing and making clothes", ["fashion"]),
("Gravesham", 18, False, "fashion design", ["fashion"]),
("Sevenoaks", 16, True, "acting", ["acting"]),
("Dartford", 17, False, "singing and dancing on stage", ["musical theatre"]),
("Sevenoaks", 17, False, "drawing and illustration", ["graphic design"]),
("Thanet", 18, True, "i want to build my confidence", None, True),
("Ashford", 19, False, "dunno really, anything", None, True),
("Folkestone and Hythe", 20, True, "help with my cv and interviews", ["work ready"]),
("Dover", 17, False, "get my english and maths", ["functional skills"]),
("Thanet", 18, False, "improve my gcse maths", ["functional skills"]),
("Canterbury", 17, False, "learn english, my english is not good", ["esol"]),
("Swale", 19, False, "english lessons", ["esol"]),
("Thanet", 18, False, "sign language", ["sign language"]),
("Canterbury", 19, True, "working in a hospital", ["hospital portering"]),
("Folkestone and Hythe", 18, True, "working in a hotel cleaning rooms", ["housekeeping"]),
("Folkestone and Hythe", 18, False, "working in a hotel cleaning rooms", None),
("Sevenoaks", 19, False, "personal trainer", ["personal trainer"]),
("Tunbridge Wells", 18, False, "the gym", ["gym instructor"]),
("Tunbridge Wells", 16, False, "football coach", ["football coaching"]),
("Tonbridge and Malling", 17, False, "coaching kids at football", ["football coaching"]),
("Tunbridge Wells", 17, False, "baking cakes", ["bakery"]),
("Tunbridge Wells", 16, False, "my daughter wants to be a pastry chef", ["patisserie"]),
("Sevenoaks", 18, False, "barista", ["barista"]),
("Tonbridge and Malling", 19, False, "working in a coffee shop", ["barista"]),
("Swale", 17, False, "painter and decorator", ["decorating"]),
("Canterbury", 17, False, "stone mason", ["stonemasonry"]),
("Swale", 19, False, "care work with old people", ["care worker"]),
("Maidstone", 18, False, "carer", ["care worker"]),
("Swale", 16, False, "police", ["uniformed public services"]),
("Thanet", 17, False, "join the army", ["uniformed public services"]),
("Maidstone", 17, False, "coding", ["coding"]),
("Swale", 18, False, "learn to program, python", ["coding"]),
("Ashford", 18, False, "flying drones", ["drone"]),
("Maidstone", 19, False, "filming with drones", ["drone"]),
("Dartford", 18, False, "office admin", ["business administration"]),
("Gravesham", 19, False, "receptionist or office work", ["business administration"]),
("Dartford", 19, False, "hgv driver", ["large goods"]),
("Gravesham", 20, False, "driving lorries", ["large goods"]),
("Gravesham", 17, False, "mechanic", ["motor vehicle"]),
("Dartford", 16, False, "fixing cars", ["motor vehicle"]),
("Dartford", 18, True, "learn to get the bus on my own", ["independent travel"]),
("Folkestone and Hythe", 19, False, "bouncer", ["security"]),
("Ashford", 20, False, "security guard", ["security"]),
("Dover", 17, False, "working on cruise ships", ["cruise"]),
("Dover", 16, False, "travel and tourism", ["travel and tourism"]),
# nothing in their district fits what they said
("Dover", 17, False, "plumbing", None),
("Thanet", 18, False, "electrician", None),
("Ashford", 17, False, "horses", None),
("Dartford", 18, False, "dental nurse", None),
("Maidstone", 16, False, "barber", None),
("Sevenoaks", 17, False, "boat building", None),
("Canterbury", 18, False, "hgv driver", None),
("Swale", 17, False, "esports", None),
("Tunbridge Wells", 18, False, "nails", None),
("Dover", 18, False, "coding", None),
("Gravesham", 17, False, "becoming a vet", None),
("Thanet", 17, False, "welding", None),
]
dev, test = [], []
for district, age, send, interests, fits, *rest in Q:
    q = {"catalogue": "directory", "district": district, "age": age, "send": send,
         "interests": interests, "fits": fits or []}
    if rest and rest[0]:
        q["vague"] = True
    words = " ".join(interests.lower().split())
    split = test if int(hashlib.sha256(words.encode()).hexdigest()[:8], 16) % 2 else dev
    split.append(q)
for name, rows in (("dev", dev), ("test", test)):
    with open(HERE / f"queries_directory_{name}.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(q, ensure_ascii=False) + "\n" for q in rows)
print(len(dev), len(test))
