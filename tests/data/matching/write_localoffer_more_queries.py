"""A probe of 16 more asks for young people with SEND against localoffer_catalogue.csv, written
after its first reading (which showed right offers below the first place on the locked half,
not which) and read once before any change it led to; dev only:
queries_localoffer_more_dev.jsonl.

    python tests/data/matching/write_localoffer_more_queries.py
"""

from split_queries import write

Q = [
    ("Canterbury", 19, True, "working in an office", ["council offices"]),
    ("Thanet", 18, True, "i want to work in a kitchen", ["entry 3 catering"]),
    ("Ashford", 19, True, "looking after animals", ["animal care and horse care"]),
    ("Dover", 19, True, "cars", ["vocational studies"]),
    ("Gravesham", 20, True, "sport and the gym", ["sports leaders"]),
    ("Swale", 20, True, "farm animals", ["city farm"]),
    ("Tunbridge Wells", 18, True, "music", ["creative arts and music"]),
    ("Sevenoaks", 20, True, "cooking and shopping on my own", ["independent living skills"]),
    ("Folkestone and Hythe", 19, True, "shop work with a job coach", ["supermarket"]),
    ("Dartford", 19, True, "packing boxes in a warehouse", ["warehouse and distribution"]),
    ("Canterbury", 18, True, "computers", ["digital skills"]),
    ("Thanet", 19, True, "customer service", ["retail and customer service"]),
    ("Ashford", 18, True, "cleaning and housekeeping", ["hospital portering"]),
    ("Gravesham", 19, True, "bikes", ["bike workshop"]),
    ("Maidstone", 22, True, "coffee shop", ["cafe skills"]),
    ("Tonbridge and Malling", 20, True, "i want to get a job one day", ["work skills pathway"]),
]

if __name__ == "__main__":
    write("localoffer", Q, style="more")
