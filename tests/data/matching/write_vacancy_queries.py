"""Queries for vacancy_catalogue.csv (an apprenticeship and vacancy board: job titles and
employers, not course names; sectors the other catalogues lack), written by hand with the
catalogue and before the matcher was run on either. Split by the ask's words into dev and a
locked test split (its hash is in tests/test_matching.py).

    python tests/data/matching/write_vacancy_queries.py
"""

from split_queries import write

Q = [
    # (district, age, send, interests, fits; None: nothing in the district fits)
    ("Maidstone", 18, False, "working for a solicitors", ["legal administrator"]),
    ("Tonbridge and Malling", 19, False, "law", ["legal administrator"]),
    ("Tunbridge Wells", 18, False, "estate agent", ["lettings"]),
    ("Sevenoaks", 19, False, "selling houses", ["lettings"]),
    ("Swale", 17, False, "working at a vets", ["veterinary"]),
    ("Canterbury", 18, False, "looking after sick animals", ["veterinary"]),
    ("Ashford", 18, False, "broadband engineer", ["fibre"]),
    ("Dover", 19, False, "installing internet cables", ["fibre"]),
    ("Canterbury", 17, False, "gas engineer", ["gas engineer"]),
    ("Thanet", 18, False, "fixing boilers", ["gas engineer"]),
    ("Thanet", 17, False, "machining metal parts", ["cnc"]),
    ("Dover", 18, False, "engineering in a factory", ["cnc"]),
    ("Gravesham", 19, False, "bus driver", ["bus driver"]),
    ("Dartford", 20, False, "driving buses", ["bus driver"]),
    ("Ashford", 18, False, "working on the railway", ["rail engineering"]),
    ("Maidstone", 17, False, "trains", ["rail engineering"]),
    ("Swale", 18, False, "science lab", ["laboratory"]),
    ("Maidstone", 19, False, "chemistry, i liked science at school", ["laboratory"]),
    ("Dartford", 16, False, "hairdressing", ["hairdresser"]),
    ("Gravesham", 17, False, "doing hair", ["hairdresser"]),
    ("Tunbridge Wells", 17, False, "butcher", ["butcher"]),
    ("Folkestone and Hythe", 16, True, "baking bread", ["bakery"]),
    ("Canterbury", 17, False, "flowers", ["florist"]),
    ("Sevenoaks", 17, True, "gardening", ["grounds maintenance"]),
    ("Tunbridge Wells", 18, False, "cutting grass and looking after parks", ["grounds maintenance"]),
    ("Maidstone", 19, False, "recruitment", ["recruitment"]),
    ("Canterbury", 18, False, "social media", ["social media"]),
    ("Swale", 19, False, "tiktok and instagram content", ["social media"]),
    ("Dover", 17, True, "festivals and events", ["events crew"]),
    ("Canterbury", 16, True, "working at the cinema", ["cinema"]),
    ("Thanet", 17, False, "theme park rides", ["theme park"]),
    ("Ashford", 18, False, "gym instructor", ["gym floor"]),
    ("Swale", 17, True, "working in a school kitchen", ["school kitchen"]),
    ("Thanet", 16, False, "cooking", ["school kitchen"]),
    ("Dover", 18, False, "care assistant in an old peoples home", ["care assistant"]),
    ("Folkestone and Hythe", 19, False, "looking after the elderly", ["care assistant"]),
    ("Maidstone", 18, False, "it helpdesk", ["it service desk"]),
    ("Tonbridge and Malling", 17, False, "computers", ["it service desk"]),
    ("Dartford", 17, True, "warehouse", ["warehouse"]),
    ("Gravesham", 18, False, "picking and packing", ["warehouse"]),
    ("Maidstone", 19, False, "insurance", ["claims handler"]),
    ("Folkestone and Hythe", 17, False, "hotel receptionist", ["front of house"]),
    ("Dover", 18, False, "working in a hotel", ["front of house"]),
    ("Swale", 17, False, "electrician", ["electrician"]),
    ("Canterbury", 18, False, "sparky", ["electrician"]),
    ("Thanet", 16, True, "cleaning cars", ["valeter"]),
    ("Swale", 16, False, "police", ["police"]),
    ("Maidstone", 17, True, "i want to be a pcso", ["police"]),
    ("Dartford", 19, True, "dunno, just need something", None, True),
    ("Gravesham", 17, False, "not sure what i want to do", None, True),
    # nothing in their district fits what they said
    ("Dover", 18, False, "law", None),
    ("Thanet", 17, False, "estate agent", None),
    ("Dartford", 18, False, "working at a vets", None),
    ("Maidstone", 16, False, "hairdressing", None),
    ("Canterbury", 19, False, "bus driver", None),
    ("Thanet", 17, False, "butcher", None),
    ("Ashford", 17, False, "florist", None),
    ("Dover", 17, False, "theme park rides", None),
    ("Gravesham", 18, False, "science lab", None),
    ("Sevenoaks", 18, False, "plumbing", None),
    ("Tunbridge Wells", 17, False, "tattoo artist", None),
    ("Folkestone and Hythe", 19, False, "recruitment", None),
]
write("vacancy", Q)
