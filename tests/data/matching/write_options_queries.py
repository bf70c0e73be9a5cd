"""Queries for options_catalogue.csv (a post-16 options guide from a sixth form, two colleges
and a training partnership: T Levels, A Levels, BTECs, Skills Bootcamps for 19+, Project
SEARCH; faculty names as sectors, keywords often empty).

Written before the matcher was run on them, split by the ask's words into dev and a locked
test split (its hash is in tests/test_matching.py); both halves were read once before any
change for this catalogue (the first reading is in the README).

    python tests/data/matching/write_options_queries.py
"""

from split_queries import write

Q = [
    ("Tunbridge Wells", 16, False, "want to be a brickie or a chippy", ["onsite construction"]),
    ("Sevenoaks", 17, False, "electrician like my dad", ["building services", "electrical installation"]),
    ("Tonbridge and Malling", 16, False, "coding and making websites", ["digital production", "computer science"]),
    ("Tunbridge Wells", 17, False, "fixing peoples laptops and IT help desk stuff", ["digital support"]),
    ("Sevenoaks", 16, False, "i wanna be a nurse", ["t level in health"]),
    ("Tunbridge Wells", 16, False, "working with little kids in a nursery", ["early years"]),
    ("Tonbridge and Malling", 17, False, "farming, tractors, working on the land", ["agriculture"]),
    ("Sevenoaks", 16, False, "looking after animals at a zoo or kennels", ["animal care"]),
    ("Tunbridge Wells", 21, False, "hgv driving, class 1", ["hgv"]),
    ("Tunbridge Wells", 17, False, "lorry driver", None),
    ("Sevenoaks", 20, False, "heat pumps and solar panels, green energy stuff", ["retrofit"]),
    ("Tonbridge and Malling", 22, False, "software developer", ["software development"]),
    ("Tunbridge Wells", 18, True, "i need help with life skills and cooking and getting the bus on my own", ["stepping up"]),
    ("Tunbridge Wells", 19, True, "a job in a hospital with support", ["project search"]),
    ("Maidstone", 16, False, "psychology", ["psychology"]),
    ("Swale", 17, False, "i want to be a lawyer", ["a level law"]),
    ("Maidstone", 16, False, "taking photos", ["photography"]),
    ("Tonbridge and Malling", 16, False, "drawing and painting", ["fine art"]),
    ("Swale", 16, False, "football", ["football academy"]),
    ("Maidstone", 17, False, "police or army", ["uniformed protective"]),
    ("Swale", 16, False, "singing and musical theatre", ["performing arts"]),
    ("Maidstone", 16, False, "i need to retake my maths gcse", ["resit"]),
    ("Maidstone", 17, False, "biology, want to do something in science", ["biology"]),
    ("Swale", 17, False, "sociology and politics", ["sociology"]),
    ("Maidstone", 16, False, "computer science", ["computer science"]),
    ("Canterbury", 17, False, "hotel reception or working front of house", ["front of house"]),
    ("Thanet", 16, False, "cooking, wanna be a chef", ["kitchen skills"]),
    ("Dover", 18, False, "making coffees, barista", ["barista"]),
    ("Canterbury", 16, False, "working in a shop", ["retail academy"]),
    ("Thanet", 16, False, "hairdressing", ["hairdressing"]),
    ("Canterbury", 17, False, "barber, cutting mens hair, fades", ["barbering"]),
    ("Dover", 17, False, "beauty therapist, nails and facials", ["beauty therapy"]),
    ("Thanet", 16, False, "make up", ["makeup artistry"]),
    ("Thanet", 18, False, "making beats and djing", ["music production"]),
    ("Canterbury", 19, False, "i've lost all my confidence and need help with a cv", ["positive steps"]),
    ("Dover", 17, False, "boats, fixing engines on boats", ["marine engineering"]),
    ("Thanet", 19, False, "door supervisor, bouncer", ["security operative"]),
    ("Canterbury", 17, False, "bouncer work", None),
    ("Ashford", 16, False, "mechanic", ["motor vehicle maintenance"]),
    ("Folkestone and Hythe", 17, False, "motorbikes and mopeds", ["motorcycle"]),
    ("Dover", 17, False, "spraying cars, body work", ["vehicle body"]),
    ("Ashford", 16, False, "painter and decorator", ["painting and decorating"]),
    ("Folkestone and Hythe", 18, False, "plasterer", ["plastering"]),
    ("Ashford", 17, False, "outdoors, wildlife, looking after woods and nature", ["countryside and conservation"]),
    ("Dover", 17, False, "care work with elderly people", ["health and social care"]),
    ("Folkestone and Hythe", 21, False, "nursing or midwifery, I'm 21 and want to go to uni", ["access to higher education"]),
    ("Ashford", 16, False, "gaming", ["games design"]),
    ("Folkestone and Hythe", 17, False, "my english is not good, I am from Eritrea", ["esol"]),
    ("Dover", 18, True, "work experience in a cafe or shop, i have autism", ["supported internship", "retail academy"]),
    ("Dartford", 17, False, "warehouse work, forklift", ["warehousing"]),
    ("Gravesham", 16, False, "sparky", ["electrical installation"]),
    ("Dartford", 16, False, "plumber", ["plumbing"]),
    ("Gravesham", 17, False, "planes, want to work on aircraft", ["aircraft"]),
    ("Dartford", 17, False, "chef", ["professional cookery"]),
    ("Gravesham", 16, False, "dogs and cats", ["animal care"]),
    ("Dartford", 16, False, "making films and youtube videos", ["creative media"]),
    ("Gravesham", 17, False, "office admin", ["business administration"]),
    ("Dartford", 18, False, "accountant, good with numbers", ["accounting"]),
    ("Gravesham", 16, False, "sewing and fashion design", ["fashion"]),
    ("Dartford", 16, False, "personal trainer, the gym", ["fitness instructing"]),
    ("Gravesham", 16, False, "childminding, babysitting", ["childcare"]),
    ("Dartford", 16, False, "sport", ["sport and active leisure", "fitness instructing"]),
    ("Gravesham", 17, False, "tattoo artist", None),
    ("Canterbury", 17, False, "pilot", None),
    ("Maidstone", 17, False, "dunno really, anything", [], True),
    ("Thanet", 18, False, "just want a job", [], True),
    ("Tunbridge Wells", 17, False, "plumbing", ["building services"]),
    ("Ashford", 17, False, "hairdresser", None),
    ("Sevenoaks", 16, False, "mechanic", None),
    ("Swale", 17, False, "construction", None),
    ("Canterbury", 16, False, "hes always been good with his hands, likes taking things apart. maybe engineering or boats?", ["marine engineering"]),
    ("Maidstone", 17, False, "she loves art and is really creative, photography maybe but not drawing", ["photography"]),
    ("Dartford", 17, False, "not building, maybe something with cars or planes", ["aircraft"]),
    ("Thanet", 17, False, "anything but retail lol, maybe hospitality", ["front of house", "kitchen skills", "barista"]),
    ("Tonbridge and Malling", 16, False, "im into tech, like building pcs and fixing them", ["digital support"]),
]

if __name__ == "__main__":
    write("options", Q)
