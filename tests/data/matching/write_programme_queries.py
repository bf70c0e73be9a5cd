"""Queries for programme_catalogue.csv (a youth-provider directory of branded programmes:
"Ignite: Construction Taster", "The Galley Kitchen Project", "Fade Factory Barbering", with
short sectors in the providers' own words), written by hand with the catalogue and before the
matcher was run on either. Split by the ask's words into dev and a locked test split (its hash
is in tests/test_matching.py).

    python tests/data/matching/write_programme_queries.py
"""

from split_queries import write

Q = [
    # (district, age, send, interests, fits[, vague]; None: nothing in the district fits)
    ("Thanet", 16, False, "building sites, using tools", ["ignite"]),
    ("Dover", 17, True, "bricklaying or anything practical", ["ignite"]),
    ("Thanet", 18, False, "i wanna learn to cook properly", ["galley"]),
    ("Thanet", 20, True, "working in a kitchen", ["galley"]),
    ("Canterbury", 17, False, "i need to get my cbt so i can get to work", ["wheels to work"]),
    ("Thanet", 19, False, "learning to ride a moped", ["wheels to work"]),
    ("Tunbridge Wells", 17, False, "coding", ["digital futures"]),
    ("Sevenoaks", 19, True, "making websites", ["digital futures"]),
    ("Tunbridge Wells", 18, False, "being outdoors, nature, woods", ["green skills"]),
    ("Tonbridge and Malling", 17, False, "conservation work", ["green skills"]),
    ("Maidstone", 18, False, "care work with old people", ["care ready"]),
    ("Tonbridge and Malling", 21, True, "support worker", ["care ready"]),
    ("Maidstone", 16, False, "police", ["blue light"]),
    ("Swale", 17, False, "firefighter", ["blue light"]),
    ("Ashford", 16, False, "paramedic or ambulance", ["blue light"]),
    ("Gravesham", 16, True, "making music", ["studio 16"]),
    ("Dartford", 18, False, "podcasts and youtube videos", ["studio 16"]),
    ("Dartford", 16, False, "designing video games", ["games lab"]),
    ("Gravesham", 17, False, "game design", ["games lab"]),
    ("Sevenoaks", 20, False, "warehouse job", ["warehouse works"]),
    ("Gravesham", 17, True, "picking and packing", ["warehouse works"]),
    ("Dartford", 21, False, "lorry driver", ["hgv ready"]),
    ("Dartford", 19, False, "driving hgvs", ["hgv ready"]),
    ("Swale", 18, True, "working in a cafe making coffee", ["café connect"]),
    ("Maidstone", 17, True, "barista", ["café connect"]),
    ("Swale", 16, False, "horses", ["stable lives"]),
    ("Canterbury", 17, True, "horse riding and looking after ponies", ["stable lives"]),
    ("Dover", 16, False, "boats", ["marine skills"]),
    ("Folkestone and Hythe", 18, False, "boat building", ["marine skills"]),
    ("Dover", 19, False, "working at festivals", ["event crew"]),
    ("Ashford", 20, True, "stage crew for gigs", ["event crew"]),
    ("Folkestone and Hythe", 19, False, "security guard", ["door supervisor"]),
    ("Dover", 22, False, "bouncer", ["door supervisor"]),
    ("Dover", 17, False, "working in a shop", ["pathway to retail"]),
    ("Folkestone and Hythe", 16, True, "retail", ["pathway to retail"]),
    ("Ashford", 17, False, "hairdresser", ["aspire hair"]),
    ("Maidstone", 19, False, "doing hair in a salon", ["aspire hair"]),
    ("Ashford", 16, True, "barber", ["fade factory"]),
    ("Canterbury", 18, False, "cutting fades", ["fade factory"]),
    ("Canterbury", 18, False, "dental nurse", ["dental nursing"]),
    ("Ashford", 20, False, "working at the dentist", ["dental nursing"]),
    ("Canterbury", 19, False, "science, lab work", ["lab technician"]),
    ("Canterbury", 17, False, "teaching assistant", ["classroom assistant"]),
    ("Swale", 16, True, "working with kids in a school", ["classroom assistant"]),
    ("Maidstone", 18, True, "plastering", ["plaster perfect"]),
    ("Tonbridge and Malling", 16, False, "plasterer", ["plaster perfect"]),
    ("Maidstone", 20, False, "roofer", ["roof & scaffold"]),
    ("Maidstone", 19, False, "scaffolding", ["roof & scaffold"]),
    ("Sevenoaks", 16, False, "plumbing", ["heat pump"]),
    ("Tunbridge Wells", 17, False, "gas engineer, boilers", ["heat pump"]),
    ("Sevenoaks", 17, True, "electrician", ["solar & electrical"]),
    ("Tonbridge and Malling", 16, False, "sparky", ["solar & electrical"]),
    ("Tunbridge Wells", 19, False, "accounting", ["accounts assistant"]),
    ("Sevenoaks", 18, False, "something with money and numbers", ["accounts assistant"]),
    ("Maidstone", 20, False, "law, want to work for solicitors", ["legal admin"]),
    ("Ashford", 18, True, "call centre", ["contact centre"]),
    ("Folkestone and Hythe", 19, False, "customer service on the phones", ["contact centre"]),
    ("Tonbridge and Malling", 16, False, "fashion design", ["fashion & textiles"]),
    ("Maidstone", 17, False, "sewing, making my own clothes", ["fashion & textiles"]),
    ("Tonbridge and Malling", 18, True, "photography", ["photography"]),
    ("Sevenoaks", 17, False, "taking pictures", ["photography"]),
    ("Tunbridge Wells", 20, False, "trains, railway", ["rail engineering"]),
    ("Gravesham", 18, False, "youth worker", ["youth work"]),
    ("Dartford", 19, True, "mentoring young people", ["youth work"]),
    ("Gravesham", 17, True, "flowers", ["floristry"]),
    ("Canterbury", 16, False, "cabin crew", ["travel & tourism"]),
    ("Thanet", 17, False, "travel, working at an airport", ["travel & tourism"]),
    ("Thanet", 18, False, "gym", ["fit for work"]),
    ("Dover", 20, True, "personal trainer", ["fit for work"]),
    ("Ashford", 18, True, "working in a hospital", ["hospital porter"]),
    ("Dartford", 17, False, "help with my cv and interviews", ["next steps"]),
    ("Swale", 19, True, "building my confidence", ["shape your future"]),
    # vague: re-engagement and employability are right
    ("Dartford", 18, False, "dunno really", None, True),
    ("Canterbury", 16, False, "not sure, anything", None, True),
    ("Thanet", 20, True, "idk just want a job", None, True),
    # nothing in the district fits what they said
    ("Sevenoaks", 17, False, "tattoo artist", None),
    ("Thanet", 18, False, "pilot", None),
    ("Dover", 17, False, "mechanic, fixing cars", None),
    ("Gravesham", 19, False, "nursing", None),
    ("Swale", 17, False, "forklift", None),  # the only forklift course has no places
    ("Maidstone", 16, False, "hospital porter", None),  # the internship is in Ashford, SEND only
    ("Ashford", 17, False, "hospital porter", None),  # no SEND: the supported internship is not for them
    ("Canterbury", 19, False, "cabin crew", None),  # the travel course stops at 18
]

if __name__ == "__main__":
    write("programme", Q)
