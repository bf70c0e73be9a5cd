"""Long, conversational asks for programme_catalogue.csv (a parent writing for their son, "not
scared of heights lol, roofing or scaffolding", "honestly i dont know, maybe something where i
can use my hands"), written on 30 November 2026 after the programme set and read once before
the changes they led to (hit@1 0.829: "don't mind" read as a no, "don't know" as a rejection,
a no carried over to the next interest, "build up my confidence" read as building). So they
are dev only: there is no locked half.

    python tests/data/matching/write_programme_long_queries.py
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

Q = [
    ("Thanet", 17, False, "honestly i dont know, maybe something where i can use my hands? not an office thats for sure", ["ignite"]),
    ("Thanet", 18, False, "my mum says i should be a chef cos i'm always cooking at home", ["galley"]),
    ("Canterbury", 19, False, "need to be able to get around, no buses where i live, want my moped licence", ["wheels to work"]),
    ("Sevenoaks", 18, False, "into computers, been teaching myself to code in python on youtube", ["digital futures"]),
    ("Tunbridge Wells", 20, False, "i like being outside, hate being stuck indoors, something with trees maybe", ["green skills"]),
    ("Maidstone", 19, True, "he would like to work with elderly people, he's very caring (his mum)", ["care ready"]),
    ("Swale", 16, False, "wanna join the fire brigade when im older", ["blue light"]),
    ("Maidstone", 17, False, "army or police, something with a uniform", ["blue light"]),
    ("Dartford", 17, False, "i make beats on my laptop and rap", ["studio 16"]),
    ("Gravesham", 16, False, "gaming!! want to make my own games one day", ["games lab"]),
    ("Dartford", 22, False, "anything with driving, got my car licence, want to do lorries", ["hgv ready"]),
    ("Sevenoaks", 19, False, "just need a job quick, warehouse or packing anything like that", ["warehouse works"]),
    ("Maidstone", 18, True, "she loves coffee shops and talking to people, she has autism (her dad)", ["café connect"]),
    ("Swale", 17, False, "horse mad, been riding since i was 6", ["stable lives"]),
    ("Dover", 20, False, "my grandad had a boat and i used to help fix it", ["marine skills"]),
    ("Folkestone and Hythe", 18, False, "i love music festivals, would love to work at them", ["event crew"]),
    ("Dover", 21, False, "door work, security, im a big lad", ["door supervisor"]),
    ("Dover", 16, False, "retail, like working in a clothes shop or something", ["pathway to retail"]),
    ("Ashford", 18, False, "i wanna do hair, colouring especially", ["aspire hair"]),
    ("Canterbury", 17, False, "barbering, i already cut my mates hair", ["fade factory"]),
    ("Canterbury", 19, False, "i want to work in a dentists", ["dental nursing"]),
    ("Canterbury", 18, False, "i was good at chemistry at school, want to do something with science", ["lab technician"]),
    ("Swale", 17, False, "i help out with my little cousins, maybe work in a school?", ["classroom assistant"]),
    ("Tonbridge and Malling", 18, False, "plastering, my uncle is a plasterer", ["plaster perfect"]),
    ("Maidstone", 21, False, "not scared of heights lol, roofing or scaffolding", ["roof & scaffold"]),
    ("Tunbridge Wells", 16, False, "plumbing or gas, want to fix boilers", ["heat pump"]),
    ("Sevenoaks", 16, False, "electrics, or solar panels, green energy stuff", ["solar & electrical"]),
    ("Tunbridge Wells", 20, False, "good with numbers, maybe accounting or bookkeeping", ["accounts assistant"]),
    ("Maidstone", 19, False, "i'd like to be a lawyer one day", ["legal admin"]),
    ("Ashford", 19, False, "dont mind being on the phone all day, customer service", ["contact centre"]),
    ("Tonbridge and Malling", 17, False, "i design clothes and sew, want to do fashion", ["fashion & textiles"]),
    ("Tonbridge and Malling", 19, False, "photographer, i take pics of everything", ["photography"]),
    ("Maidstone", 22, False, "trains! want to work on the railway", ["rail engineering"]),
    ("Dartford", 20, False, "i want to help other young people like i got helped", ["youth work"]),
    ("Gravesham", 18, False, "flower arranging, i love flowers", ["floristry"]),
    ("Thanet", 16, False, "air hostess", ["travel & tourism"]),
    ("Dover", 18, False, "im always at the gym, want to be a PT", ["fit for work"]),
    ("Gravesham", 19, False, "just need help getting a job, my cv is rubbish", ["next steps"]),
    ("Swale", 18, True, "i have bad anxiety and want to build up my confidence first", ["shape your future"]),
    ("Thanet", 17, False, "not construction, not cooking, maybe travel or airports", ["travel & tourism"]),
    ("Dover", 19, False, "nothing in a shop, i want to be on boats", ["marine skills"]),
    ("Sevenoaks", 17, False, "want to be a vet", None),
    ("Thanet", 19, False, "mechanic", None),
    ("Gravesham", 20, False, "hairdressing", None),
]

if __name__ == "__main__":
    with open(HERE / "queries_programme_long_dev.jsonl", "w", encoding="utf-8") as fh:
        for district, age, send, interests, fits in Q:
            fh.write(json.dumps({"catalogue": "programme", "district": district, "age": age,
                                 "send": send, "interests": interests, "fits": fits or []},
                                ensure_ascii=False) + "\n")
    print(len(Q))
