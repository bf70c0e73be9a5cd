"""Writes the labelled queries for the two catalogues in this folder, then splits every query
(these and ../match_queries.jsonl) once into dev and a locked test split. Labels say what fits
in the young person's words' own terms: `fits` are pieces of a provision title that would be
a right offer, `vague` marks "don't know"-style answers (re-engagement fits). Written before
the matcher was tuned on them; the test split is never tuned on (tests check its hash)."""

from __future__ import annotations

import hashlib
import itertools
import json
from pathlib import Path

HERE = Path(__file__).parent
DISTRICTS = ["Dartford", "Gravesham", "Sevenoaks", "Canterbury", "Swale", "Thanet", "Ashford",
             "Dover", "Folkestone and Hythe", "Maidstone", "Tonbridge and Malling", "Tunbridge Wells"]

# (interests, fits) for the fresh catalogue (generated, sectors not in the sample)
FRESH = [
    ("barber", ["barbering"]), ("i wanna be a barber, do fades", ["barbering"]),
    ("nails", ["nail"]), ("nail tech or lashes", ["nail", "beauty"]),
    ("beauty therapy", ["beauty"]), ("make up artist", ["beauty"]),
    ("taking photos", ["photography"]), ("photography", ["photography"]),
    ("photograpy", ["photography"]), ("i like my camera n editing pics", ["photography", "film"]),
    ("tree surgeon", ["tree surgery"]), ("climbing trees with a chainsaw lol", ["tree surgery"]),
    ("farming", ["farm"]), ("tractors and sheep", ["farm"]),
    ("games design", ["games design"]), ("making video games", ["games design"]),
    ("esports", ["esports"]), ("IT support", ["it support"]), ("fixing computers", ["it support"]),
    ("lorry driving", ["hgv"]), ("hgv driver like my uncle", ["hgv"]),
    ("warehouse", ["warehouse"]), ("forklift", ["warehouse"]),
    ("police", ["police"]), ("i want to join the police", ["police"]),
    ("army", ["army"]), ("the army or the marines", ["army"]),
    ("dental nurse", ["dental"]), ("working at the dentist", ["dental"]),
    ("science, chemistry", ["laboratory"]), ("lab work", ["laboratory"]),
    ("cabin crew", ["cabin crew"]), ("working on planes as air hostess", ["cabin crew"]),
    ("law", ["paralegal"]), ("solicitor", ["paralegal"]),
    ("music production", ["music"]), ("making beats", ["music"]),
    ("vet", ["veterinary"]), ("animals, mostly dogs", ["veterinary"]),
    ("bricklaying", ["bricklaying"]), ("brickie", ["bricklaying"]),
    ("plumber", ["plumbing"]), ("plumbin", ["plumbing"]),
    ("sparky", ["electrical"]), ("electrician", ["electrical"]),
    ("fixing cars", ["vehicle"]), ("mechanic", ["vehicle"]),
    ("nursery nurse", ["early years"]), ("working with little kids", ["early years"]),
    ("looking after old people", ["adult care"]), ("care work", ["adult care"]),
    ("football coaching", ["football"]), ("footie", ["football"]),
    ("office admin", ["administration"]), ("reception work", ["administration"]),
    ("baking cakes", ["baking"]), ("pastry chef", ["baking"]),
    ("cooking in a cafe", ["hospitality and catering", "baking"]),
    ("job in a chippy or a cafe", ["hospitality and catering"]),
    ("film making", ["film"]), ("tv and film", ["film"]),
    ("not building, maybe cars", ["vehicle"]), ("hate sport, like art", ["photography"]),
    ("anything but construction lol, office maybe", ["administration"]),
    ("not retail, something with computers", ["it support", "games design"]),
    ("hospital", ["dental", "hospital"]), ("monkeys", []), ("astronaut", []), ("origami", []),
    ("i want to be a pilot", []), ("hairdressing", []), ("zoo keeper", ["veterinary"]),
]
FRESH_VAGUE = ["dunno", "anything really", "just want a job", "idk tbh", "any job going",
               "need help with my cv and confidence", "not sure yet", "whatever pays"]

# (interests, fits) for the plain catalogue (titles only, no keywords)
PLAIN = [
    ("barber", ["barbering"]), ("cutting mens hair", ["barbering"]), ("nails", ["nail"]),
    ("beauty", ["beauty"]), ("photography", ["photography"]), ("taking pictures", ["photography"]),
    ("cooking", ["cookery"]), ("chef", ["cookery"]), ("tree surgeon", ["tree surgery"]),
    ("horses", ["horse"]), ("horse riding and stables", ["horse"]), ("farming", ["agriculture"]),
    ("dog grooming", ["dog grooming"]), ("dogs", ["dog grooming"]),
    ("engineering on boats", ["marine engineering"]), ("ships and engines", ["marine engineering"]),
    ("working at the port", ["port"]), ("lorry driver", ["lgv"]), ("hgv", ["lgv"]),
    ("airport", ["aviation"]), ("planes", ["aviation"]), ("coding", ["software"]),
    ("programming", ["software"]), ("hacking", ["cyber"]), ("cyber security", ["cyber"]),
    ("shop work", ["retail"]), ("customer service", ["customer service"]),
    ("accounts", ["accounts"]), ("money and numbers", ["accounts"]),
    ("nursery", ["early years"]), ("dance", ["dance"]), ("street dance", ["dance"]),
    ("music tech", ["music"]), ("djing", ["music"]), ("art", ["art and design"]),
    ("drawing", ["art and design"]), ("carpentry", ["carpentry"]), ("chippy", ["carpentry"]),
    ("plastering", ["plastering"]), ("painting and decorating", ["painting and decorating"]),
    ("decorator", ["painting and decorating"]), ("car body repair", ["vehicle body"]),
    ("panel beating", ["vehicle body"]), ("gas engineer", ["gas engineering"]),
    ("plumbing", ["gas engineering"]), ("police", ["uniformed"]), ("army", ["uniformed"]),
    ("fire fighter", ["uniformed"]), ("nhs", ["healthcare"]), ("care", ["healthcare"]),
    ("pharmacy", ["pharmacy"]), ("gym", ["fitness"]), ("personal trainer", ["fitness"]),
    ("not beauty, maybe nails", ["nail"]), ("hate cooking, like art", ["art and design"]),
    ("monkey", []), ("hospital", ["healthcare"]), ("it", []), ("lash tech", ["beauty"]),
    ("welding", ["marine engineering"]), ("astronomy", []), ("fashion design", []),
]
PLAIN_VAGUE = ["dunno", "not sure", "anything", "just need a job", "no idea mate"]


def queries() -> list[dict]:
    out: list[dict] = []
    spots = itertools.cycle(itertools.product(DISTRICTS, [(16, False), (17, False), (18, True),
                                                          (19, False)]))
    for catalogue, items, vague in (("fresh", FRESH, FRESH_VAGUE), ("plain", PLAIN, PLAIN_VAGUE)):
        for text, fits in items:
            for _ in range(2):  # each ask in two places: what fits differs by district
                district, (age, send) = next(spots)
                out.append({"catalogue": catalogue, "district": district, "age": age,
                            "send": send, "interests": text, "fits": fits})
        for text in vague:
            district, (age, send) = next(spots)
            out.append({"catalogue": catalogue, "district": district, "age": age, "send": send,
                        "interests": text, "vague": True})
    return out


def split_of(q: dict) -> str:
    key = f"{q.get('catalogue', 'sample')}|{q['interests']}|{q['district']}|{q['age']}|{q['send']}"
    return "test" if int(hashlib.sha256(key.encode()).hexdigest(), 16) % 3 == 0 else "dev"


if __name__ == "__main__":
    every = queries()
    for line in (HERE.parent / "match_queries.jsonl").read_text().splitlines():
        if line.strip():
            every.append({"catalogue": "sample+generated", **json.loads(line)})
    for name in ("dev", "test"):
        with (HERE / f"queries_{name}.jsonl").open("w", encoding="utf-8") as fh:
            for q in every:
                if split_of(q) == name:
                    fh.write(json.dumps(q) + "\n")
    print({name: sum(split_of(q) == name for q in every) for name in ("dev", "test")})
