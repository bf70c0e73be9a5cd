"""Kent's 12 districts in 4 areas (DESIGN.md section 1), with the names CCIS files use."""

from __future__ import annotations

AREAS: dict[str, list[str]] = {
    "North": ["Dartford", "Gravesham", "Sevenoaks"],
    "East": ["Canterbury", "Swale", "Thanet"],
    "South": ["Ashford", "Dover", "Folkestone and Hythe"],
    "West": ["Maidstone", "Tonbridge and Malling", "Tunbridge Wells"],
}
DISTRICTS: list[str] = [d for ds in AREAS.values() for d in ds]
AREA_OF: dict[str, str] = {d: a for a, ds in AREAS.items() for d in ds}

_ALIASES = {
    "shepway": "Folkestone and Hythe",
    "folkestone & hythe": "Folkestone and Hythe",
    "folkestone": "Folkestone and Hythe",
    "tonbridge & malling": "Tonbridge and Malling",
    "tonbridge": "Tonbridge and Malling",
}
_CANON = {d.lower(): d for d in DISTRICTS} | _ALIASES


def canonical(name: str) -> str | None:
    """The district's canonical name, or None if it is not one of Kent's 12."""
    return _CANON.get(" ".join((name or "").split()).lower())
