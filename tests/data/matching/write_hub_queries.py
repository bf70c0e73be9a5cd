"""Queries for hub_catalogue.csv (youth hubs' short courses and tasters as a council keeps
them in a spreadsheet: titles in capitals, "SWAP", "TASTER", "CSCS CARD + LABOURING"; Ofqual
codes at tier 1 only ("7"), keywords written as one comma-separated cell).

Written before the matcher was run on them, split by the ask's words into dev and a locked
test split (its hash is in tests/test_matching.py); both halves were read once before any
change for this catalogue (the first reading is in the README).

    python tests/data/matching/write_hub_queries.py
"""

from split_queries import write

Q = [
    ("Thanet", 17, False, "want to work in a cafe", ["get into hospitality", "food hygiene & barista"]),
    ("Dover", 19, False, "barista", ["barista"]),
    ("Canterbury", 18, False, "labouring on building sites", ["cscs card"]),
    ("Thanet", 18, False, "lifeguard at the swimming pool", ["lifeguard"]),
    ("Canterbury", 19, False, "door work", ["door supervisor"]),
    ("Dover", 17, False, "forklift", None),
    ("Thanet", 16, False, "need my moped licence to get to work", ["cbt moped"]),
    ("Canterbury", 17, False, "help with my cv and interviews", ["cv & interview"]),
    ("Thanet", 16, False, "rapping and making beats", ["music studio"]),
    ("Thanet", 16, False, "boxing", ["boxing club"]),
    ("Swale", 19, False, "working in a supermarket", ["retail swap"]),
    ("Maidstone", 20, False, "care homes, looking after old people", ["care swap"]),
    ("Tonbridge and Malling", 19, False, "driving diggers and dumpers", ["plant tickets"]),
    ("Swale", 20, False, "tree surgeon", ["chainsaw"]),
    ("Maidstone", 17, False, "working in a nursery", ["childcare"]),
    ("Swale", 16, False, "hair and makeup", ["hair & beauty taster"]),
    ("Maidstone", 18, False, "nails, acrylics", ["nail art", "hair & beauty taster"]),
    ("Swale", 18, False, "picking and packing in a warehouse", ["warehouse skills"]),
    ("Maidstone", 16, False, "customer service", ["customer service"]),
    ("Maidstone", 17, False, "making video games", ["games dev"]),
    ("Tonbridge and Malling", 18, False, "learn to code, web development", ["coding bootcamp"]),
    ("Maidstone", 16, False, "photography", ["photography"]),
    ("Tonbridge and Malling", 17, False, "youtube videos and editing", ["film making"]),
    ("Swale", 17, False, "my english is not very good", ["esol", "functional skills"]),
    ("Maidstone", 16, False, "need to pass maths", ["functional skills"]),
    ("Tonbridge and Malling", 17, False, "outdoors, nature, wildlife", ["conservation volunteers"]),
    ("Swale", 16, False, "join the army", ["armed forces prep"]),
    ("Maidstone", 16, False, "police", ["police cadets"]),
    ("Folkestone and Hythe", 16, False, "bricklayer", ["bricklaying taster"]),
    ("Ashford", 17, False, "decorating", ["painting & decorating"]),
    ("Folkestone and Hythe", 17, False, "electrician", ["electrical taster"]),
    ("Ashford", 16, False, "plumber", ["plumbing taster"]),
    ("Folkestone and Hythe", 17, False, "motorbikes", ["motorbike maintenance"]),
    ("Ashford", 16, False, "cleaning cars", ["car valeting"]),
    ("Canterbury", 19, False, "teaching assistant", ["teaching assistant"]),
    ("Ashford", 18, False, "dental nurse", ["dental nurse"]),
    ("Folkestone and Hythe", 16, False, "animals, dogs", ["animal rescue"]),
    ("Ashford", 16, False, "fixing bikes", ["bike repair", "motorbike maintenance"]),
    ("Gravesham", 17, False, "i've got no confidence and don't know what i want", [], True),
    ("Sevenoaks", 19, False, "working on the railway", ["rail track"]),
    ("Gravesham", 18, False, "working at festivals and concerts", ["event stewarding"]),
    ("Dartford", 20, False, "delivery driver", ["lorry & van"]),
    ("Gravesham", 17, False, "tiktok and social media", ["social media"]),
    ("Dartford", 16, False, "admin, office work", ["office skills"]),
    ("Gravesham", 17, False, "personal trainer", ["fitness instructor"]),
    ("Dartford", 16, False, "chef", ["kitchen crew"]),
    ("Dartford", 17, False, "hairdressing", None),
    ("Thanet", 17, False, "plumbing", None),
    ("Maidstone", 17, False, "mechanic", None),
    ("Gravesham", 16, False, "vet", None),
    ("Swale", 16, False, "coding", ["coding bootcamp"]),
    ("Canterbury", 16, False, "construction", ["cscs card"]),
    ("Dover", 16, False, "anything really", [], True),
    ("Thanet", 18, False, "security", ["door supervisor"]),
    ("Maidstone", 19, False, "warehouse or retail", ["warehouse skills", "retail swap", "customer service"]),
    ("Thanet", 17, False, "hospitality", ["get into hospitality", "barista"]),
    ("Swale", 17, False, "nail technician", ["nail art", "hair & beauty"]),
    ("Tonbridge and Malling", 19, False, "plant operator", ["plant tickets"]),
    ("Gravesham", 19, False, "HGV class 2", ["lorry"]),
    ("Maidstone", 17, False, "not sure, something creative maybe", ["photography for beginners", "film making"]),
    ("Canterbury", 17, False, "parent here - my son wants to work on building sites but he's only 17", ["cscs card"]),
    ("Dover", 18, False, "my daughter loves cooking and wants to work in a kitchen", ["get into hospitality"]),
    ("Thanet", 19, False, "lifeguard or swimming teacher", ["lifeguard"]),
    ("Maidstone", 18, False, "armed forces, raf", ["armed forces prep"]),
    ("Ashford", 19, False, "want to be a TA in a special school", ["teaching assistant"]),
]

if __name__ == "__main__":
    write("hub", Q)
