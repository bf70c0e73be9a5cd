"""A probe against options_catalogue.csv in styles its first asks lacked: learner English
(young people new to the country), plain words as a young person with SEND might write them,
parents and text speak. Read once before any change it led to (the first reading is in the
README), so all of it is dev only: queries_options_plain_dev.jsonl.

    python tests/data/matching/write_options_plain_queries.py
"""

from split_queries import write

Q = [
    ("Folkestone and Hythe", 17, False, "I want learn english first, then work", ["esol"]),
    ("Ashford", 17, False, "in my country i am mechanic for cars", ["motor vehicle maintenance"]),
    ("Dover", 18, False, "I like work in kitchen, cook food", ["kitchen skills", "hospitality and front of house"]),
    ("Canterbury", 17, False, "i want be hairdresser for women", ["women's hairdressing"]),
    ("Canterbury", 17, False, "barber shop, cut hair for mans", ["barbering"]),
    ("Dartford", 17, False, "electric work, wires in house", ["electrical installation"]),
    ("Gravesham", 18, False, "i can do building work, i did in Albania", ["electrical installation", "plumbing"]),
    ("Dartford", 17, False, "computer, office, paper work", ["business administration"]),
    ("Folkestone and Hythe", 19, False, "i want help old peoples", ["health and social care"]),
    ("Thanet", 17, False, "make coffee in coffee shop", ["barista"]),
    ("Tunbridge Wells", 18, True, "i like computers", None),  # nothing of computing takes SEND here (label mended after the first reading)
    ("Tunbridge Wells", 17, True, "i dont know. i like my dog", ["stepping up"], True),
    ("Dartford", 16, False, "i like drawing clothes", ["fashion"]),
    ("Gravesham", 16, False, "babys and little kids", ["childcare and early education"]),
    ("Dartford", 17, False, "i like football and running", ["sport and active leisure"]),
    ("Thanet", 16, True, "music. i like music a lot", ["music production"]),
    ("Dover", 19, True, "job in a shop with a helper", ["supported internship", "retail academy"]),
    ("Canterbury", 18, True, "i want a job but i need help to get one", ["positive steps"], True),
    ("Maidstone", 16, False, "my son is very clever, wants to do law at uni", ["a level law"]),
    ("Swale", 16, False, "my daughter is interested in psychology and sociology", ["psychology", "sociology"]),
    ("Tonbridge and Malling", 16, False, "hes into his computers, always building them and gaming", ["digital support"]),
    ("Sevenoaks", 16, False, "she wants to be a midwife one day", ["t level in health"]),
    ("Tunbridge Wells", 16, False, "my lad wants to be a carpenter like his grandad", ["onsite construction"]),
    ("Sevenoaks", 17, False, "our son loves the farm and tractors", ["agriculture"]),
    ("Ashford", 16, False, "she is obsessed with makeup and wants to do it properly", None),
    ("Thanet", 16, False, "wanna do hair n makeup innit", ["women's hairdressing", "makeup artistry"]),
    ("Dover", 17, False, "tryna be a mechanic on boats", ["marine engineering"]),
    ("Dartford", 16, False, "gym n that, pt maybe", ["fitness instructing"]),
    ("Gravesham", 17, False, "sumthin wiv planes", ["aircraft"]),
    ("Swale", 17, False, "footy", ["football academy"]),
    ("Maidstone", 17, False, "wanna join da police", ["uniformed protective"]),
    ("Canterbury", 18, False, "bouncer / door staff", ["security operative"]),
    ("Ashford", 17, False, "game design n esports", ["games design"]),
    ("Folkestone and Hythe", 17, False, "scooters n motorbikes", ["motorcycle"]),
    ("Dover", 17, False, "spray paintin cars", ["vehicle body"]),
    ("Dartford", 17, False, "films n vids", ["creative media"]),
    ("Gravesham", 17, False, "accounts n that, good wiv numbers", ["accounting"]),
    ("Tunbridge Wells", 20, False, "hgv innit, class 2", ["hgv"]),
    ("Sevenoaks", 21, False, "solar n heat pumps", ["retrofit"]),
    ("Maidstone", 16, False, "idk tbh", [], True),
]

if __name__ == "__main__":
    write("options", Q, style="plain")
