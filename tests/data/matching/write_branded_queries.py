"""Queries for branded_catalogue.csv (a provider consortium's offer in brand names only:
"Launchpad", "Spark", "Kindle", "Route 2: Site", "Horizons Garage"; no keywords at all, the
sector column in Ofqual tier-2 words, so only the sector column and the Ofqual code say what
a provision is), written by hand on 30 November 2026 before the matcher was run on either.
Split by the ask's words into dev and a locked test split (its hash is in
tests/test_matching.py).

    python tests/data/matching/write_branded_queries.py
"""

from split_queries import write

Q = [
    # (district, age, send, interests, fits[, vague]; None: nothing in the district fits)
    ("Maidstone", 17, False, "building sites", ["launchpad plus: construction"]),
    ("Swale", 18, True, "bricklaying or anything on a site", ["launchpad plus: construction"]),
    ("Maidstone", 19, False, "care work, looking after old people", ["launchpad plus: care"]),
    ("Ashford", 17, False, "cooking, want to be a chef", ["horizons kitchen"]),
    ("Ashford", 16, True, "working in a kitchen", ["horizons kitchen"]),
    ("Canterbury", 17, False, "fixing cars", ["horizons garage"]),
    ("Ashford", 18, False, "mechanic", ["horizons garage"]),
    ("Folkestone and Hythe", 19, False, "making videos and podcasts", ["horizons studio"]),
    ("Ashford", 20, True, "media, filming stuff", ["horizons studio"]),
    ("Canterbury", 18, False, "working in a shop", ["retail ready"]),
    ("Thanet", 19, False, "retail, customer service", ["retail ready"]),
    ("Canterbury", 19, False, "nursing or working in a hospital", ["health futures"]),
    ("Swale", 20, False, "healthcare assistant", ["health futures"]),
    ("Dover", 17, True, "computers, using excel and stuff", ["pathways: digital"]),
    ("Thanet", 18, False, "IT", ["pathways: digital"]),
    ("Canterbury", 17, False, "conservation, wildlife", ["green futures"]),
    ("Swale", 19, False, "being outdoors and helping the environment", ["green futures"]),
    ("Thanet", 16, False, "football, sport", ["spark"]),
    ("Dover", 17, True, "i want to be a PE teacher or a coach", ["spark"]),
    ("Thanet", 17, False, "childcare, working in a nursery", ["kindle"]),
    ("Thanet", 18, False, "i love kids, maybe a nanny", ["kindle"]),
    ("Canterbury", 16, False, "acting and drama", ["blaze"]),
    ("Thanet", 17, True, "dancing", ["blaze"]),
    ("Thanet", 16, False, "hair and beauty", ["ember"]),
    ("Dover", 17, False, "nails and lashes", ["ember"]),
    ("Dartford", 18, False, "warehouse work, forklift", ["route 1"]),
    ("Gravesham", 17, True, "picking and packing", ["route 1"]),
    ("Sevenoaks", 19, False, "labouring on building sites", ["route 2"]),
    ("Gravesham", 18, False, "office work, admin", ["route 3"]),
    ("Dartford", 20, False, "receptionist", ["route 3"]),
    ("Gravesham", 19, False, "security guard", ["route 4"]),
    ("Tunbridge Wells", 18, False, "engineering apprenticeship", ["weald apprenticeship programme: engineering"]),
    ("Sevenoaks", 19, False, "mechanical engineering", ["weald apprenticeship programme: engineering"]),
    ("Tonbridge and Malling", 20, False, "accountancy, bookkeeping", ["accounts"]),
    ("Sevenoaks", 17, False, "gardening or tree work", ["weald apprenticeship programme: land"]),
    ("Maidstone", 18, True, "working in a supermarket with support", ["step up"]),
    ("Swale", 19, True, "care work, he needs a job coach (his mum)", ["step up care"]),
    ("Dover", 18, False, "tourism, working with tourists", ["coastal crew"]),
    ("Dover", 20, False, "chef apprenticeship", ["coastal kitchens"]),
    ("Folkestone and Hythe", 19, False, "care assistant apprenticeship", ["coastal care"]),
    ("Maidstone", 17, False, "motorbikes and cars", ["wheels"]),
    ("Tonbridge and Malling", 16, True, "vehicle maintenance", ["wheels"]),
    ("Sevenoaks", 17, False, "animals, dogs", ["paws"]),
    ("Maidstone", 18, False, "working with animals at a vets", ["paws"]),
    # nothing of what they said is offered where they live
    ("Dartford", 18, False, "plumbing", None),
    ("Thanet", 17, False, "electrician", None),
    ("Ashford", 19, False, "hairdressing", None),
    ("Tunbridge Wells", 17, False, "music production", None),
    ("Gravesham", 18, False, "coding, software", None),
    ("Dover", 17, False, "army", None),
    ("Sevenoaks", 18, False, "photography", None),
    # vague
    ("Maidstone", 17, False, "dunno, anything really", None, True),
    ("Ashford", 19, True, "not sure, need help with confidence", None, True),
    ("Swale", 18, False, "just want a job", None, True),
]

if __name__ == "__main__":
    write("branded", Q)
