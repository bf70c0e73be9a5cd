"""The one way the hand-written query sets (write_directory_queries.py and its siblings) are
labelled and split: each ask is a (district, age, send, interests, fits[, vague]) tuple, and
goes to dev or to the locked test split by a hash of its words, so no ask is in both."""

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def write(catalogue: str, asks: list[tuple], style: str = "") -> None:
    """Write queries_<catalogue>_dev.jsonl and queries_<catalogue>_test.jsonl beside this file.
    `fits` are pieces of the fitting provisions' titles; None: nothing in the district fits.
    With a `style` ("long"), the asks were read before the changes they led to, so all of
    them go to dev only: queries_<catalogue>_<style>_dev.jsonl."""
    dev: list[dict] = []
    test: list[dict] = []
    for district, age, send, interests, fits, *rest in asks:
        q = {"catalogue": catalogue, "district": district, "age": age, "send": send,
             "interests": interests, "fits": fits or []}
        if rest and rest[0]:
            q["vague"] = True
        words = " ".join(interests.lower().split())
        split = test if int(hashlib.sha256(words.encode()).hexdigest()[:8], 16) % 2 and not style else dev
        split.append(q)
    name = f"{catalogue}_{style}" if style else catalogue
    for part, rows in (("dev", dev), ("test", test)):
        if style and part == "test":
            continue
        with open(HERE / f"queries_{name}_{part}.jsonl", "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(q, ensure_ascii=False) + "\n" for q in rows)
    print(len(dev), len(test))
