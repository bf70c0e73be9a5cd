"""Queries for localoffer_catalogue.csv (a SEND local offer: supported internships with job
coaches, specialist college courses at Entry level, social enterprises, travel training,
beside a few mainstream courses without SEND support). Most asks are for young people with
SEND, many written by a parent; a few are the same asks without SEND, where the hard rules
change the answer.

Written before the matcher was run on them, split by the ask's words into dev and a locked
test split (its hash is in tests/test_matching.py); both halves were read once before any
change for this catalogue (the first reading is in the README).

    python tests/data/matching/write_localoffer_queries.py
"""

from split_queries import write

Q = [
    ("Maidstone", 19, True, "he loves cafes and wants a real job making coffee", ["cafe skills"]),
    ("Ashford", 20, True, "working in a hospital", ["hospital portering"]),
    ("Canterbury", 18, True, "office work, filing and that", ["council offices"]),
    ("Swale", 17, True, "gardening, growing veg", ["growing together"]),
    ("Canterbury", 17, True, "animals on a farm", ["city farm"]),
    ("Tunbridge Wells", 17, True, "learn to cook and look after myself", ["independent living skills"]),
    ("Sevenoaks", 18, True, "i want to get the bus on my own", ["travel training"]),
    ("Tonbridge and Malling", 19, True, "she wants to get ready for a job", ["work skills pathway"]),
    ("Sevenoaks", 17, True, "art and drumming", ["creative arts and music"]),
    ("Thanet", 17, True, "cooking, wants to be a chef", ["entry 3 catering"]),
    ("Thanet", 17, False, "cooking, wants to be a chef", ["level 1 catering", "entry 3 catering"]),
    ("Dover", 18, True, "working in a shop", ["retail and customer service"]),
    ("Thanet", 16, True, "computers and tablets", ["digital skills"]),
    ("Dover", 17, True, "building and fixing cars", ["vocational studies"]),
    ("Dover", 17, False, "bricklaying", ["construction multi-skills"]),
    ("Gravesham", 17, True, "fixing bikes", ["bike workshop"]),
    ("Dartford", 21, True, "help finding a job, i need a job coach", ["job club"]),
    ("Gravesham", 18, True, "warehouse work", ["warehouse and distribution"]),
    ("Dartford", 17, True, "football", ["sports leaders"]),
    ("Dartford", 17, False, "football", ["level 2 sport", "sports leaders"]),
    ("Ashford", 18, True, "stacking shelves in a supermarket", ["supermarket"]),
    ("Folkestone and Hythe", 16, True, "horses", ["horse care"]),
    ("Ashford", 17, True, "nails and hair", ["entry 3 hair and beauty"]),
    ("Folkestone and Hythe", 17, False, "beauty therapy", ["beauty therapy", "hair and beauty"]),
    ("Ashford", 16, True, "beauty therapy", ["entry 3 hair and beauty"]),
    ("Ashford", 22, True, "making friends and being more independent", ["moving on"]),
    ("Maidstone", 18, True, "computers", None),
    ("Swale", 19, True, "hairdressing", None),
    ("Dover", 17, True, "motorbikes", ["vocational studies"]),
    ("Tunbridge Wells", 19, False, "drama", ["creative arts"]),
    ("Thanet", 20, False, "warehouse", None),
    ("Gravesham", 16, False, "supported internship in a warehouse", None),
    ("Canterbury", 19, True, "dunno, something outdoors maybe", ["growing together"]),
    ("Dartford", 19, True, "not sure what i want", [], True),
    ("Thanet", 18, True, "i like cooking but not in a hot kitchen, maybe a shop", ["retail and customer service"]),
    ("Canterbury", 20, True, "my son has autism and loves trains and buses", None),
    ("Tonbridge and Malling", 18, True, "cafe work", ["cafe skills"]),
    ("Folkestone and Hythe", 19, True, "dogs", ["animal care and horse care"]),
    ("Swale", 18, True, "filing and admin", ["council offices"]),
    ("Gravesham", 24, True, "job coach to help me into work", ["job club"]),
]

if __name__ == "__main__":
    write("localoffer", Q)
