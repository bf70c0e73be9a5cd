"""Queries for standards_catalogue.csv (an apprenticeship vacancy list that names each
vacancy by its apprenticeship standard, as the Institute names them: "Hospitality Team
Member", "Autocare Technician", "Information Communications Technician"; keywords are only the
standard's reference and level, "ST0229;L2"; the sector column holds the Institute's routes).

- PROBE: asked first, read once before any change (first reading: hit@1 0.943, P@5 0.943,
  nothing fits 5 of 5; "admin" and "IT support" found nothing, since "Administrator" and
  "Information Communications" named no interest); then standard names became vocabulary.
  Dev only: queries_standards_probe_dev.jsonl.
- Q: written afterwards, before the matcher was run on them, split by the ask's words into dev
  and a locked test split (its hash is in tests/test_matching.py).

    python tests/data/matching/write_standards_queries.py
"""

from split_queries import write

PROBE = [
    ("Maidstone", 17, False, "working in a restaurant or hotel", ["hospitality team member"]),
    ("Canterbury", 18, False, "i want to be a chef", ["commis chef"]),
    ("Thanet", 17, False, "cooking", ["commis chef"]),
    ("Ashford", 17, False, "working in a nursery with little kids", ["early years practitioner"]),
    ("Gravesham", 19, False, "childcare", ["early years educator"]),
    ("Maidstone", 18, False, "care work with old people", ["adult care worker"]),
    ("Dover", 17, False, "fixing things in houses, odd jobs", ["property maintenance"]),
    ("Dartford", 17, False, "bricklaying", ["bricklayer"]),
    ("Sevenoaks", 17, False, "electrician", ["electrician"]),
    ("Swale", 18, False, "plumber", ["plumbing"]),
    ("Folkestone and Hythe", 17, False, "tyres and exhausts, kwik fit type work", ["autocare"]),
    ("Maidstone", 18, False, "mechanic, fixing cars", ["motor vehicle service"]),
    ("Tonbridge and Malling", 17, False, "office work, admin", ["business administrator"]),
    ("Canterbury", 17, False, "customer service", ["customer service practitioner"]),
    ("Folkestone and Hythe", 18, False, "working in a shop", ["retailer"]),
    ("Gravesham", 18, False, "warehouse, forklift", ["warehouse operative"]),
    ("Ashford", 20, False, "lorry driving", ["lgv"]),
    ("Thanet", 17, False, "hairdressing", ["hair professional"]),
    ("Maidstone", 17, False, "makeup artist", ["make-up consultant"]),
    ("Canterbury", 18, False, "IT support, fixing computers", ["information communications"]),
    ("Tunbridge Wells", 19, False, "coding, making apps", ["software development"]),
    ("Sevenoaks", 18, False, "gardening, landscaping", ["horticulture"]),
    ("Canterbury", 17, False, "animals, working at a kennels", ["animal care"]),
    ("Dover", 18, False, "helping in a school classroom", ["teaching assistant"]),
    ("Thanet", 19, False, "working in a hospital, healthcare", ["healthcare support worker"]),
    ("Maidstone", 18, False, "pharmacy", ["pharmacy services"]),
    ("Thanet", 17, False, "sport, coaching football", ["community sport"]),
    ("Tonbridge and Malling", 18, False, "accounts, bookkeeping", ["accounts or finance"]),
    ("Canterbury", 19, False, "making youtube videos and social media content", ["content producer"]),
    ("Dartford", 20, False, "security, door work", ["security"]),
    ("Ashford", 17, False, "working in a butchers", ["butcher"]),
    ("Maidstone", 17, False, "carpentry, making furniture", ["carpentry and joinery"]),
    ("Swale", 18, False, "painting and decorating", ["painter and decorator"]),
    ("Dover", 17, False, "something with cars or bikes", None),
    ("Gravesham", 17, False, "building sites, construction", ["bricklayer"]),
    ("Canterbury", 18, False, "nursing", ["healthcare support worker"]),
    ("Tunbridge Wells", 17, False, "music production", None),
    ("Dover", 18, False, "hairdressing", None),
    ("Thanet", 17, False, "acting and drama", None),
    ("Sevenoaks", 18, False, "being a vet", None),
]

Q = [
    ("Tonbridge and Malling", 16, False, "bar work or waiting on tables", ["hospitality team member"]),
    ("Thanet", 18, False, "working in a kitchen", ["commis chef"]),
    ("Canterbury", 17, False, "catering", ["commis chef"]),
    ("Swale", 17, False, "looking after babies and toddlers", ["early years practitioner"]),
    ("Dartford", 18, False, "nursery nurse", ["early years educator"]),
    ("Swale", 19, False, "carer, helping disabled adults", ["adult care worker"]),
    ("Thanet", 18, False, "handyman stuff, repairs", ["property maintenance"]),
    ("Gravesham", 16, False, "brickie", ["bricklayer"]),
    ("Maidstone", 19, False, "sparky, wiring", ["electrician"]),
    ("Canterbury", 17, False, "heating engineer, boilers", ["plumbing"]),
    ("Ashford", 18, False, "car maintenance, changing tyres", ["autocare"]),
    ("Tonbridge and Malling", 16, False, "car mechanic", ["motor vehicle service"]),
    ("Swale", 20, False, "receptionist, office", ["business administrator"]),
    ("Thanet", 19, False, "call centre, helping customers", ["customer service practitioner"]),
    ("Dover", 17, False, "retail, tills", ["retailer"]),
    ("Dartford", 19, False, "picking and packing in a warehouse", ["warehouse operative"]),
    ("Dover", 22, False, "hgv driver", ["lgv"]),
    ("Canterbury", 16, False, "hair, want to be a hairdresser", ["hair professional"]),
    ("Maidstone", 19, False, "beauty, makeup", ["make-up consultant"]),
    ("Ashford", 17, False, "computers and networks", ["information communications"]),
    ("Sevenoaks", 17, False, "software developer", ["software development"]),
    ("Tunbridge Wells", 18, False, "outdoor work, grounds maintenance", ["horticulture"]),
    ("Swale", 18, False, "dog grooming, working with animals", ["animal care"]),
    ("Folkestone and Hythe", 19, False, "teaching assistant in a primary school", ["teaching assistant"]),
    ("Canterbury", 20, False, "health care assistant on a ward", ["healthcare support worker"]),
    ("Maidstone", 17, False, "working in a chemist", ["pharmacy services"]),
    ("Thanet", 18, False, "sports coach", ["community sport"]),
    ("Tunbridge Wells", 17, False, "finance, maybe accountancy", ["accounts or finance"]),
    ("Canterbury", 18, False, "video editing, content creator", ["content producer"]),
    ("Gravesham", 19, False, "security guard", ["security"]),
    ("Ashford", 18, False, "meat, butchery", ["butcher"]),
    ("Tonbridge and Malling", 17, False, "joinery, woodwork", ["carpentry and joinery"]),
    ("Maidstone", 18, False, "decorating houses", ["painter and decorator"]),
    # nothing in their district fits
    ("Dover", 17, False, "plumbing", None),
    ("Sevenoaks", 19, False, "cooking, chef", None),
    ("Tunbridge Wells", 18, False, "hairdressing or barbering", None),
    ("Dartford", 17, False, "coding", None),
    ("Maidstone", 18, False, "animal care", None),
    ("Swale", 17, False, "photography", None),
    ("Ashford", 19, False, "law, solicitor", None),
]

if __name__ == "__main__":
    write("standards", PROBE, style="probe")
    write("standards", Q)
