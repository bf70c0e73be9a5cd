"""The one way the hand-written query sets (write_directory_queries.py and its siblings) are
labelled and split: each ask is a (district, age, send, interests, fits[, vague]) tuple, and
goes to dev or to the locked test split by a hash of its words, so no ask is in both."""

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def write(catalogue: str, asks: list[tuple]) -> None:
    """Write queries_<catalogue>_dev.jsonl and queries_<catalogue>_test.jsonl beside this file.
    `fits` are pieces of the fitting provisions' titles; None: nothing in the district fits."""
    dev: list[dict] = []
    test: list[dict] = []
    for district, age, send, interests, fits, *rest in asks:
        q = {"catalogue": catalogue, "district": district, "age": age, "send": send,
             "interests": interests, "fits": fits or []}
        if rest and rest[0]:
            q["vague"] = True
        words = " ".join(interests.lower().split())
        split = test if int(hashlib.sha256(words.encode()).hexdigest()[:8], 16) % 2 else dev
        split.append(q)
    for name, rows in (("dev", dev), ("test", test)):
        with open(HERE / f"queries_{catalogue}_{name}.jsonl", "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(q, ensure_ascii=False) + "\n" for q in rows)
    print(len(dev), len(test))
