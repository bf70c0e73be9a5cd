"""Queries for ssanamed_catalogue.csv (a study-programme list whose titles are Ofqual's own
sector names: "Service Enterprises L1 (Hair)", "Transportation Operations and Maintenance
L2", "Crafts, Creative Arts and Design L2"; no keywords; tier-1 names as sectors). Most asks
are written as a caseworker's notes ("YP keen to get into a trade"), some as a young person.

Written before the matcher was run on them, split by the ask's words into dev and a locked
test split (its hash is in tests/test_matching.py); both halves were read once before any
change for this catalogue (the first reading is in the README).

    python tests/data/matching/write_ssanamed_queries.py
"""

from split_queries import write

Q = [
    ("Maidstone", 17, False, "YP keen to get into a trade, mentions bricklaying", ["building and construction"]),
    ("Dover", 16, False, "wants to be a mechanic", ["transportation operations"]),
    ("Swale", 16, False, "Interested in hairdressing, has done work experience in a salon", ["service enterprises l1 (hair)"]),
    ("Thanet", 17, False, "beauty therapy / nails", ["service enterprises l2 (beauty)"]),
    ("Canterbury", 16, False, "Wants to train as a chef", ["hospitality and catering"]),
    ("Tonbridge and Malling", 17, False, "cooking", ["hospitality and catering"]),
    ("Dartford", 16, False, "shop work, likes customer service", ["retailing"]),
    ("Maidstone", 18, False, "warehouse / picking, has forklift interest", ["warehousing"]),
    ("Folkestone and Hythe", 17, False, "care work with older people", ["health and social care"]),
    ("Gravesham", 16, False, "wants to work in a nursery", ["child development"]),
    ("Swale", 17, False, "Police or army, very into fitness", ["public services"]),
    ("Canterbury", 17, False, "football coaching", ["sport, leisure"]),
    ("Thanet", 18, False, "cabin crew / airport work", ["travel and tourism"]),
    ("Sevenoaks", 16, False, "drama and dance", ["performing arts"]),
    ("Tonbridge and Malling", 16, False, "art, drawing, painting", ["crafts, creative arts"]),
    ("Gravesham", 17, False, "making youtube videos, film", ["media and communication"]),
    ("Dover", 18, False, "IT, wants to be a programmer", ["digital technology (practitioners)"]),
    ("Ashford", 16, False, "basic computer skills, needs help with computers", ["digital technology (users)"]),
    ("Canterbury", 16, False, "animals, wants to be a vet nurse eventually", ["animal care"]),
    ("Sevenoaks", 17, False, "gardening, landscaping", ["horticulture"]),
    ("Dartford", 17, False, "engineering, likes maths", ["engineering l2"]),
    ("Maidstone", 17, False, "factory work, making things", ["manufacturing"]),
    ("Tunbridge Wells", 18, False, "office admin", ["administration"]),
    ("Tonbridge and Malling", 18, False, "accountancy", ["accounting"]),
    ("Dover", 17, True, "SEND, low confidence, needs life skills", ["foundations for learning"]),
    ("Gravesham", 19, False, "no idea what she wants, needs help getting ready for work", [], True),
    ("Ashford", 17, False, "wildlife and the environment", ["environmental conservation"]),
    ("Folkestone and Hythe", 19, False, "wants to be a teaching assistant", ["direct learning support"]),
    ("Tunbridge Wells", 17, False, "plumbing", None),
    ("Ashford", 16, False, "hairdressing", None),
    ("Sevenoaks", 17, False, "barber", None),
    ("Thanet", 16, False, "YP says 'anything but retail', maybe hospitality", ["hospitality and catering"]),
    ("Dartford", 16, False, "not college, wants an apprenticeship in engineering", ["engineering"]),
    ("Canterbury", 18, False, "electrician", ["building and construction"]),
    ("Maidstone", 16, False, "tattoo artist", ["crafts, creative arts"]),
    ("Dover", 17, False, "motorbikes", ["transportation operations"]),
    ("Swale", 16, False, "coding, making apps", ["digital technology (practitioners)"]),
    ("Dartford", 17, False, "journalism, writing", ["media and communication"]),
    ("Thanet", 16, False, "swimming and the gym", ["sport, leisure"]),
    ("Gravesham", 17, False, "lorry driver", ["transportation operations"]),
    ("Tunbridge Wells", 16, False, "singing", ["performing arts"]),
    ("Canterbury", 17, False, "sales and marketing", None),
    ("Maidstone", 17, False, "nursing", None),
    ("Folkestone and Hythe", 16, False, "nurse", ["health and social care"]),
    ("Dover", 16, False, "Mum says he loves cars and fixing things", ["transportation operations"]),
    ("Sevenoaks", 16, False, "landscape gardener", ["horticulture"]),
    ("Swale", 17, False, "vet", ["animal care"]),
    ("Thanet", 17, False, "holiday rep or working abroad", ["travel and tourism"]),
    ("Ashford", 17, False, "cooking", None),
    ("Gravesham", 16, False, "childminder", ["child development"]),
]

if __name__ == "__main__":
    write("ssanamed", Q)
