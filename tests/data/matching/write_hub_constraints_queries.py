"""A probe against hub_catalogue.csv of asks that carry a condition beside the interest (a
kind of provision, "not college", "something that pays", "whichever starts soonest", a
ticket they want: "get my forklift licence"). Read once before any change it led to (the
first reading is in the README); dev only: queries_hub_constraints_dev.jsonl.

    python tests/data/matching/write_hub_constraints_queries.py
"""

from split_queries import write

Q = [
    ("Ashford", 18, False, "an apprenticeship, maybe dental nurse", ["dental nurse"]),
    ("Thanet", 19, False, "something that pays, not college, hospitality", ["get into hospitality", "food hygiene"]),
    ("Swale", 19, False, "part time shop work near sittingbourne", ["retail swap", "customer service"]),
    ("Maidstone", 17, False, "i dont want to do maths, something creative", ["photography", "film making"]),
    ("Dartford", 18, False, "anything with driving, i've passed my test", ["lorry & van"]),
    ("Gravesham", 17, False, "short course to get a job quick, maybe office", ["office skills"]),
    ("Maidstone", 19, False, "not college again, but i'd do a warehouse job", ["warehouse skills"]),
    ("Thanet", 16, False, "a course at the youth hub, music or boxing", ["music studio", "boxing club"]),
    ("Canterbury", 18, False, "anything outdoors but not building sites", None),
    ("Dover", 18, False, "my son wants a job in a kitchen, he's done his food hygiene already", ["get into hospitality"]),
    ("Maidstone", 18, True, "something with computers but i need support, i have dyslexia", ["games dev"]),
    ("Tonbridge and Malling", 17, False, "photography or film, whichever starts soonest", ["photography", "film making"]),
    ("Swale", 16, False, "hair, i'm only 16", ["hair & beauty taster"]),
    ("Ashford", 16, False, "bricklaying or plastering", ["bricklaying taster"]),
    ("Folkestone and Hythe", 18, False, "electrician or plumber, whichever", ["electrical taster", "plumbing taster"]),
    ("Dartford", 19, False, "security work at events", ["event stewarding"]),
    ("Thanet", 18, False, "get my forklift licence", ["forklift"]),
    ("Gravesham", 18, False, "get my cscs card", None),
    ("Maidstone", 17, False, "i want to join the police cadets", ["police cadets"]),
    ("Swale", 19, False, "working with trees, chainsaw", ["chainsaw"]),
]

if __name__ == "__main__":
    write("hub", Q, style="constraints")
