"""Provisions as the matcher sees them, from a catalogue CSV or the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from neet.interchange import catalogue as catalogue_csv
from neet.interchange.csvfile import decode


@dataclass(frozen=True)
class Provision:
    id: str
    provider: str
    title: str
    type: str
    ssa: str
    sector: str
    keywords: tuple[str, ...]
    level: str
    district: str
    serves: frozenset[str]
    start: str  # yyyy-mm-dd or "rolling"
    min_age: int
    max_age: int
    send_support: bool
    places: int
    contact: str = ""

    @property
    def start_date(self) -> date | None:
        return None if self.start == "rolling" else date.fromisoformat(self.start)

    @classmethod
    def from_row(cls, r: dict) -> Provision:
        return cls(id=r["id"], provider=r["provider"], title=r["title"], type=r["type"],
                   ssa=str(r["ssa"]), sector=r["sector"],
                   keywords=tuple(k.strip().lower() for k in str(r["keywords"]).split(";") if k.strip()),
                   level=str(r["level"]), district=r["district"],
                   serves=frozenset(s for s in str(r["serves"]).split(";") if s),
                   start=r["start"], min_age=int(r["min_age"]), max_age=int(r["max_age"]),
                   send_support=bool(r["send_support"]), places=int(r["places"]),
                   contact=r.get("contact", ""))


def from_csv(data: bytes) -> list[Provision]:
    """Validate (raises BadFile naming every bad line) and convert a catalogue file."""
    return [Provision.from_row(r) for r in catalogue_csv.parse(decode(data))]


def from_csv_lenient(data: bytes):
    """The good provisions of a catalogue file and its bad lines (each a Problem), for
    ranking, which can go on without them; a file without the columns raises BadFile."""
    rows, problems = catalogue_csv.parse_lenient(decode(data))
    return [Provision.from_row(r) for r in rows], problems


def from_models(rows) -> list[Provision]:
    return [Provision.from_row({c: getattr(m, c) for c in (
        "id", "provider", "title", "type", "ssa", "sector", "keywords", "level", "district",
        "serves", "start", "min_age", "max_age", "send_support", "places", "contact")})
        for m in rows]
