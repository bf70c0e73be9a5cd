"""Ranking provision for a young person: hard rules first (DESIGN.md section 6), then fit to
what they said they like, then level suitability, then soonest start (rolling first), with
providers varied in the top results. Pure: no database, no clock (today is passed in)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz

from matching.catalogue import Provision
from matching.interests import concept, find_concepts
from neet.districts import canonical

REENGAGE_SSA = {"14.2", "14.1"}


@dataclass(frozen=True)
class Query:
    district: str
    age: int
    send: bool
    interests: str


@dataclass(frozen=True)
class Match:
    provision: Provision
    score: float
    reason: str


def offerable(p: Provision, district: str | None, age: int, send: bool) -> bool:
    """The hard rules: serves their district, age within range, places left, SEND support."""
    return (district is not None and district in p.serves and p.min_age <= age <= p.max_age
            and p.places > 0 and (p.send_support or not send))


def preferred_levels(age: int, send: bool) -> tuple[str, ...]:
    if send:
        return ("E", "1", "2")
    if age <= 16:
        return ("1", "2", "E")
    if age == 17:
        return ("2", "1", "3")
    return ("3", "2", "1")


def _level_bonus(p: Provision, prefs: tuple[str, ...]) -> float:
    return (len(prefs) - prefs.index(p.level)) / len(prefs) if p.level in prefs else 0.0


def _start_bonus(p: Provision, today: date) -> float:
    if p.start == "rolling":
        return 1.0
    d = p.start_date
    if d is None or d < today:
        return 0.0
    return max(0.0, 0.9 - (d - today).days / 400)


def _concept_fit(name: str, phrase: str, p: Provision) -> float:
    """1 when the provision's keywords or title name this interest (in any of its words)."""
    if _keyword_fit(phrase, p) >= 1.0:
        return 1.0
    phrases = _concept_phrases(name)
    if any(kw in phrases for kw in p.keywords):
        return 0.8
    title = p.title.lower()
    return 0.6 if any(len(ph) > 3 and re.search(rf"\b{re.escape(ph)}\b", title)
                      for ph in phrases) else 0.0


_PHRASE_SETS: dict[str, frozenset[str]] = {}


def _concept_phrases(name: str) -> frozenset[str]:
    if name not in _PHRASE_SETS:
        _PHRASE_SETS[name] = frozenset(concept(name).phrases)
    return _PHRASE_SETS[name]


def _keyword_fit(phrase: str, p: Provision) -> float:
    best = 0.0
    for kw in p.keywords:
        if kw == phrase or phrase in kw.split():
            return 1.0
        best = max(best, fuzz.ratio(phrase, kw) / 100)
    if re.search(rf"\b{re.escape(phrase)}\b", p.title.lower()):
        return 1.0
    return best if best >= 0.85 else 0.0


def fit(p: Provision, matched: tuple[tuple[str, str], ...], negated: tuple[str, ...],
        unsure: bool, raw: str) -> tuple[float, str]:
    """How well a provision fits what they said, 0 if not at all, and the phrase that fits."""
    for name in negated:
        if p.ssa in concept(name).ssa and not any(p.ssa in concept(n).ssa for n, _ in matched):
            return 0.0, ""
    best, why = 0.0, ""
    for rank, (name, phrase) in enumerate(matched):
        weight = 1.0 - 0.08 * min(rank, 4)  # first-mentioned interest leads
        if p.ssa in concept(name).ssa:
            score = weight * (0.7 + 0.3 * _concept_fit(name, phrase, p))
        elif _keyword_fit(phrase, p) >= 1.0:
            score = weight * 0.6  # named in its keywords though filed under another sector
        else:
            continue
        if score > best:
            best, why = score, phrase
    if best:
        return best, why
    if unsure or not matched:
        if p.type == "re_engagement" or p.ssa in REENGAGE_SSA:
            return (0.5 if p.type == "re_engagement" or p.ssa == "14.2" else 0.4), ""
        if raw and not unsure:
            score = max((fuzz.token_set_ratio(raw, kw) for kw in p.keywords), default=0) / 100
            if score >= 0.85:
                return 0.45, raw
    return 0.0, ""


def _reason(p: Provision, why: str, today: date) -> str:
    when = "starts any time" if p.start == "rolling" else (
        f"starts {p.start_date:%-d %b}" if p.start_date and p.start_date >= today else "ask about dates")
    kind = {"fe_course": "course", "apprenticeship": "apprenticeship", "traineeship": "traineeship",
            "re_engagement": "programme", "supported_internship": "supported internship"}.get(p.type, "course")
    lead = f"fits '{why}'" if why else "helps you get ready for work"
    return f"{p.title[:60]} ({kind}, {p.provider[:40]}), {when}: {lead}"


def rank(catalogue: list[Provision], q: Query, limit: int = 10,
         today: date | None = None) -> list[Match]:
    today = today or date.today()
    district = canonical(q.district)
    matched, negated, unsure = find_concepts(q.interests or "")
    prefs = preferred_levels(q.age, q.send)
    scored: list[tuple[float, float, float, Provision, str]] = []
    for p in catalogue:
        if not offerable(p, district, q.age, q.send):
            continue
        f, why = fit(p, matched, negated, unsure, (q.interests or "").lower())
        if f <= 0:
            continue
        scored.append((round(f, 3), _level_bonus(p, prefs), _start_bonus(p, today), p, why))
    scored.sort(key=lambda s: (-s[0], -s[1], -s[2], s[3].id))
    return _diversify(scored, limit, today)


def _diversify(scored, limit: int, today: date) -> list[Match]:
    """Among equally good results, avoid showing one provider twice before others appear."""
    out: list[Match] = []
    used: dict[str, int] = {}
    pool = list(scored)
    while pool and len(out) < limit:
        top = pool[0][0]
        band = [s for s in pool if s[0] >= top - 1e-9]
        pick = min(band, key=lambda s: (used.get(s[3].provider, 0), -s[1], -s[2], s[3].id))
        pool.remove(pick)
        used[pick[3].provider] = used.get(pick[3].provider, 0) + 1
        f, lvl, start, p, why = pick
        out.append(Match(p, round(f + 0.01 * lvl + 0.005 * start, 4), _reason(p, why, today)))
    return out
