"""Writes the labelled queries for `jargon_catalogue.csv` (see make_jargon_catalogue.py) and
splits them once into dev and a second locked test split (`queries_jargon_test.jsonl`: never
tuned on, its hash checked by tests/test_matching.py). Written in young people's and parents'
own words, before the matcher was tried on the catalogue. `fits` are pieces of the titles
that would be a right offer; an ask nothing in the catalogue offers (pilot, plumbing) fits
nothing, so the right answer is empty."""

from __future__ import annotations

import hashlib
import itertools
import json
from pathlib import Path

HERE = Path(__file__).parent
DISTRICTS = ["Dartford", "Gravesham", "Sevenoaks", "Canterbury", "Swale", "Thanet", "Ashford",
             "Dover", "Folkestone and Hythe", "Maidstone", "Tonbridge and Malling", "Tunbridge Wells"]
EY, ELEC, SCI, HAIR = "early years", "electrical", "applied science", "hairdressing"
ASKS = [
    ("working with little kids, like in a nursery", [EY]),
    ("nursery nurse", [EY]),
    ("my daughter wants to work in childcare", [EY, "teaching assistant"]),
    ("sparky", [ELEC]), ("electrician like my dad", [ELEC]),
    ("electrics n wiring", [ELEC]),
    ("science, i liked chemistry at school", [SCI]),
    ("biology or forensics", [SCI]),
    ("doing hair", [HAIR]), ("hairdresser", [HAIR]), ("hair stylist!!", [HAIR]),
    ("coding", ["digital production", "web development"]),
    ("i want to make websites", ["web development"]),
    ("software developer", ["digital production", "web development"]),
    ("nurse", ["nursing team"]), ("working in a hospital helping patients", ["nursing team"]),
    ("building site, need my cscs", ["construction multi-skills"]),
    ("labouring", ["construction multi-skills"]),
    ("security guard", ["door supervision"]), ("bouncer on the doors", ["door supervision"]),
    ("shop work", ["retail customer service"]), ("working in a shop like primark", ["retail"]),
    ("flowers, i want to be a florist", ["floristry"]),
    ("gardening", ["horticulture"]), ("landscaping and grounds work", ["horticulture"]),
    ("boats", ["marine"]), ("working on boats at the harbour", ["marine"]),
    ("trains", ["rail"]), ("railway", ["rail"]),
    ("planes", ["aircraft"]), ("aircraft engineer", ["aircraft"]),
    ("pharmacy", ["pharmacy"]), ("working in a chemist like boots", ["pharmacy"]),
    ("journalism", ["journalism"]), ("writing for a newspaper or news website", ["journalism"]),
    ("events and festivals", ["events"]), ("music festivals, setting up stages", ["events"]),
    ("diggers", ["excavator"]), ("driving a digger on site", ["excavator"]),
    ("butcher", ["butchery"]),
    ("waitress", ["front of house"]), ("working in a restaurant serving people", ["front of house", "commis chef"]),
    ("chef", ["commis chef"]), ("cooking", ["commis chef"]), ("cookin n that", ["commis chef"]),
    ("making coffee in a cafe", ["barista"]), ("barista", ["barista"]),
    ("call centre", ["customer service practitioner"]),
    ("customer service", ["customer service"]),
    ("accounts, im good with numbers", ["accounting"]), ("bookkeeping", ["accounting"]),
    ("social media marketing", ["digital marketing"]), ("instagram and tiktok for brands", ["digital marketing"]),
    ("learn english", ["esol"]), ("my english is not good, i want to learn", ["esol"]),
    ("retake my maths gcse", ["gcse english and maths"]), ("i need to pass english and maths", ["gcse english and maths"]),
    ("teaching assistant", ["teaching assistant"]), ("helping in a primary school", ["teaching assistant"]),
    ("animals", ["animal care", "dog grooming"]), ("reptiles and exotic pets", ["animal care"]),
    ("dog grooming", ["dog grooming"]), ("dogs", ["dog grooming", "animal care"]),
    ("outdoor stuff like climbing and kayaking", ["outdoor activity"]),
    ("film making", ["creative media"]), ("making youtube videos", ["creative media"]),
    ("fashion design", ["fashion"]), ("sewing and making clothes", ["fashion"]),
    ("tattoo artist", ["tattoo"]), ("tattoos", ["tattoo"]),
    ("gym instructor", ["fitness"]), ("personal trainer", ["fitness"]),
    ("spraying cars", ["vehicle damage"]), ("car body repairs", ["vehicle damage"]),
    ("carpentry", ["carpentry"]), ("joiner", ["carpentry"]), ("woodwork", ["carpentry"]),
    ("not office work, something outdoors like gardening", ["horticulture"]),
    ("hate cooking, maybe coffee shop", ["barista"]),
    ("anything but building, maybe animals", ["animal care", "dog grooming"]),
    ("he likes trains and engineering", ["rail", "marine", "aircraft"]),
    ("she wants to be a nurse or work in a pharmacy", ["nursing team", "pharmacy"]),
    ("pilot", []), ("plumbing", []), ("astronaut lol", []), ("professional footballer", []),
    ("bricklayer", []), ("law", []), ("vet", []),
]
VAGUE = ["dunno", "no idea tbh", "anything that pays", "he just needs a job",
         "not sure what i want to do", "something to get me out the house"]


def queries() -> list[dict]:
    out: list[dict] = []
    spots = itertools.cycle(itertools.product(DISTRICTS, [(16, False), (17, False), (18, True),
                                                          (19, False)]))
    for text, fits in ASKS:
        for _ in range(2):  # each ask in two places: what fits differs by district
            district, (age, send) = next(spots)
            out.append({"catalogue": "jargon", "district": district, "age": age, "send": send,
                        "interests": text, "fits": fits or ["(nothing in this catalogue)"]})
    for text in VAGUE:
        district, (age, send) = next(spots)
        out.append({"catalogue": "jargon", "district": district, "age": age, "send": send,
                    "interests": text, "vague": True})
    return out


def split_of(q: dict) -> str:
    """By the words alone: an ask and its places are all in one split, so a word learned
    from a dev ask is never the very ask the test split checks."""
    key = q["interests"]
    return "test" if int(hashlib.sha256(key.encode()).hexdigest(), 16) % 3 == 0 else "dev"


if __name__ == "__main__":
    every = queries()
    for name in ("dev", "test"):
        with (HERE / f"queries_jargon_{name}.jsonl").open("w", encoding="utf-8") as fh:
            for q in every:
                if split_of(q) == name:
                    fh.write(json.dumps(q) + "\n")
    print({name: sum(split_of(q) == name for q in every) for name in ("dev", "test")})
