"""Kent's 12 districts in 4 areas (DESIGN.md section 1), with the names CCIS files use."""

from __future__ import annotations

import re
from pathlib import Path

AREAS: dict[str, list[str]] = {
    "North": ["Dartford", "Gravesham", "Sevenoaks"],
    "East": ["Canterbury", "Swale", "Thanet"],
    "South": ["Ashford", "Dover", "Folkestone and Hythe"],
    "West": ["Maidstone", "Tonbridge and Malling", "Tunbridge Wells"],
}
DISTRICTS: list[str] = [d for ds in AREAS.values() for d in ds]
AREA_OF: dict[str, str] = {d: a for a, ds in AREAS.items() for d in ds}

def _towns() -> dict[str, str]:
    out = {}
    for line in (Path(__file__).with_name("data") / "kent_towns.tsv").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            town, district = line.split("\t")
            out[town.strip()] = district.strip()
    return out


_TOWNS = _towns()
_CANON = {d.lower(): d for d in DISTRICTS} | _TOWNS


def place_names() -> frozenset[str]:
    """Every Kent place name this module knows, lower case: each district ("folkestone" and
    "hythe" of Folkestone and Hythe) and each town of data/kent_towns.tsv."""
    return frozenset({part for d in DISTRICTS for part in d.lower().split(" and ")} | set(_TOWNS))
# what councils put after a district's name: "Ashford Borough Council", "Thanet District"
_AFTER = re.compile(r"\s*(?:\([^)]*\)|\b(?:borough|district|city|county)?\s*(?:council)?)\s*$")


def canonical(name: str) -> str | None:
    """The district's canonical name, or None if it is not one of Kent's 12. Read as files
    write it: "Folkestone & Hythe", "Ashford Borough Council", "Gravesend" (a town of
    Gravesham), "Swale (Sittingbourne)"."""
    text = " ".join((name or "").replace("&", " and ").split()).lower()
    if text in _CANON:
        return _CANON[text]
    text = _AFTER.sub("", text).strip()
    return _CANON.get(text)
