"""Provision catalogue (DESIGN.md section 6): parse, validate and replace the stored catalogue."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session

from db.models import Provision
from neet import ssa
from neet.audit import audit
from neet.districts import DISTRICTS, canonical
from neet.interchange.csvfile import BadFile, Problem, decode, parse_date, read_table

COLUMNS = ["id", "provider", "title", "type", "ssa", "sector", "keywords", "level", "district",
           "serves", "start", "min_age", "max_age", "send_support", "places", "contact"]
TYPES = {"fe_course", "apprenticeship", "traineeship", "re_engagement", "supported_internship"}
LEVELS = {"E", "1", "2", "3", "4", "5", "6"}
_YES, _NO = {"yes", "y", "true", "1"}, {"no", "n", "false", "0"}  # as spreadsheets write them


_LEVEL = re.compile(r"(?:level|lvl|l)?\s*(e|entry)?\s*(?:level|l)?\s*([1-6])?", re.I)


_NO_LEVEL = {"", "n/a", "na", "none", "-", "non-accredited", "non accredited", "unaccredited",
             "not accredited", "pre-entry", "pre entry", "various", "mixed"}


def _level(text: str) -> str:
    """Levels as catalogues write them: "2", "L2", "Level 2", and Entry Level as "E",
    "E3", "Entry 3" or "Entry Level 3" (all one level here: "E"). A range ("1-2", "L1/L2",
    "Level 2 & 3", "Entry 3 / Level 1") is read by where it starts; no level at all ("n/a",
    "non-accredited", empty: a programme without a qualification) is read as Entry."""
    value = " ".join(text.split())
    if value.lower() in _NO_LEVEL:
        return "E"
    first = re.split(r"\s*(?:-|/|&|\bto\b|\bor\b|\band\b|,)\s*", value)[0]
    m = _LEVEL.fullmatch(first)
    if not m or not (m.group(1) or m.group(2)):
        return value.upper()
    return "E" if m.group(1) else m.group(2)


_UK_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_ROLLING = {"rolling", "any time", "anytime", "ongoing", "flexible", "roll on roll off"}


COUNTY = "Kent"  # a provider county-wide or online, where a district would be asked
_COUNTY_WIDE = {"all", "any", "all districts", "every district", "all areas", "kent", "all kent",
                "all of kent", "whole of kent", "kent wide", "countywide", "county wide", "online",
                "remote"}


def _county_wide(text: str) -> bool:
    """"All", "All districts", "Kent-wide", "Countywide", "Online": every district."""
    return " ".join(text.replace("-", " ").lower().split()) in _COUNTY_WIDE


_TYPE_WORDS = {"fe": "fe_course", "course": "fe_course", "college": "fe_course",
               "college_course": "fe_course", "study_programme": "fe_course",
               "further_education": "fe_course", "apprenticeships": "apprenticeship",
               "traineeships": "traineeship", "reengagement": "re_engagement",
               "re_engagement_programme": "re_engagement", "employability": "re_engagement",
               "pre_employment": "re_engagement", "supported_internships": "supported_internship"}


def _type(text: str) -> str:
    """"FE Course", "Re-engagement", "Supported Internship (SEND)", "Apprenticeship (Level
    2)", "Study Programme" as the types they are."""
    kind = re.sub(r"[\s-]+", "_", re.sub(r"\(.*?\)", "", text).strip().lower())
    return _TYPE_WORDS.get(kind, kind)


def _start(text: str) -> str:
    """A start as councils write it: yyyy-mm-dd, dd/mm/yyyy (UK order), or rolling
    ("Rolling", "any time", "ongoing")."""
    value = " ".join(text.split()).lower()
    if value in _ROLLING:
        return "rolling"
    if m := _UK_DATE.fullmatch(value):
        return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    return text.strip()


def parse_row(r: dict[str, str]) -> dict:
    errors: list[str] = []
    if not r["id"]:
        errors.append("id is empty")
    kind = _type(r["type"])
    if kind not in TYPES:
        errors.append(f"unknown type {r['type']!r}")
    level = _level(r["level"])
    if level not in LEVELS:
        errors.append(f"unknown level {r['level']!r}")
    ssa_code = ssa.normalise(r["ssa"])
    if ssa_code is None:
        errors.append(f"ssa {r['ssa']!r} is not an Ofqual sector subject area code (e.g. 5.2)")
    district = COUNTY if _county_wide(r["district"]) else canonical(r["district"])
    if district is None:
        errors.append(f"unknown district {r['district']!r}")
    serves = []
    for name in re.split(r"[;,]", r["serves"]):
        if _county_wide(name):  # "All", "Kent-wide": every district
            serves.extend(d for d in DISTRICTS if d not in serves)
        elif name.strip():
            d = canonical(name)
            if d is None:
                errors.append(f"unknown district {name.strip()!r} in serves")
            elif d not in serves:
                serves.append(d)
    if not serves:
        errors.append("serves names no district")
    start = _start(r["start"])
    if start != "rolling":
        try:
            if parse_date(start, "start") is None:
                errors.append("start is empty (a date or 'rolling')")
        except ValueError as exc:  # named as the file wrote it, not as it was read
            errors.append(str(exc).replace(repr(start), repr(r["start"].strip()), 1))
    ages = []
    for col in ("min_age", "max_age", "places"):
        try:
            ages.append(int(r[col]))
        except ValueError:
            errors.append(f"{col} {r[col]!r} is not a whole number")
    if len(ages) == 3 and (ages[0] > ages[1] or ages[0] < 0 or ages[2] < 0):
        errors.append("ages or places out of range")
    send = r["send_support"].strip().lower()
    if send not in _YES | _NO:
        errors.append(f"send_support {r['send_support']!r} is not yes or no")
    if errors:
        raise ValueError("; ".join(errors))
    return dict(id=r["id"], provider=r["provider"], title=r["title"], type=kind,
                ssa=ssa_code, sector=r["sector"], keywords=r["keywords"], level=level,
                district=district, serves=";".join(serves), start=start, min_age=ages[0], max_age=ages[1],
                send_support=send in _YES, places=ages[2], contact=r["contact"])


def parse(text: str) -> list[dict]:
    """Every row of a catalogue, or BadFile naming every bad line (an import changes nothing
    unless the whole file is good)."""
    rows, problems = parse_lenient(text)
    if problems:
        raise BadFile(problems)
    return rows


def parse_lenient(text: str) -> tuple[list[dict], list[Problem]]:
    """The good rows and the bad lines, for a read-only use (ranking) that can go on without
    the bad ones. A file without the columns is still BadFile."""
    table = read_table(text, COLUMNS)
    problems, rows, seen = [], [], {}
    for line, r in table.rows:
        if r["id"] in seen:
            problems.append(Problem(line, f"duplicate id {r['id']!r} (first on line {seen[r['id']]})"))
            continue
        seen[r["id"]] = line
        try:
            rows.append(parse_row(r))
        except ValueError as exc:
            problems.append(Problem(line, str(exc)))
    return rows, problems


def load(session: Session, data: bytes, actor: str, today: date | None = None) -> int:
    """Replace the catalogue with the file's provisions (the file is the whole catalogue)."""
    rows = parse(decode(data))
    session.execute(delete(Provision))
    session.execute(insert(Provision), rows)
    audit(session, actor, "import.catalogue", entity="catalogue", detail=f"{len(rows)} provisions")
    return len(rows)
