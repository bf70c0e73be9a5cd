"""Ranking provision for a young person: hard rules first (DESIGN.md section 6), then how well
the provision's own text (title, keywords) fits what they said, with the interest vocabulary
as a source of synonyms and, last, of sectors; then level suitability, then soonest start
(rolling first), with providers varied. Nothing that does not fit is offered: where nothing
fits, the answer is empty (vague interests such as "dunno" get re-engagement and employability
provision). Pure: no database, no clock (today is passed in)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

from rapidfuzz import fuzz
from wordfreq import zipf_frequency

from matching.catalogue import Provision
from matching.interests import (
    GROUPS,
    PHRASES,
    STOP,
    Interests,
    Unit,
    clean,
    coded_in,
    expand_abbreviations,
    groups_named,
    read,
)
from neet.districts import canonical
from neet.ssa import SSA
from neet.wordfiles import lines

CUT_OFF = 0.5  # below this a provision does not fit what they said
IN_TITLE, IN_KEYWORDS, BROAD_SECTOR, GENERAL_SECTOR = 1.0, 0.85, 0.7, 0.6
WORDS_IN_TEXT = 0.85
IN_SECTOR_COLUMN = 0.6  # a word the vocabulary lacks, found only in the sector column
ALSO_FITS = 0.05  # for each other thing they said that the provision also fits
SAID_IN_TEXT = 0.02  # the words they used are in its own text, beside the group they name
CODE_AGREES = 0.01  # its Ofqual code is of the sector its title names ("Fine Art" at 9.2)
RELATED = 0.3  # another provision of the sector they named: after every fit, never alone
SAME_SECTOR = "same sector: "  # how the reason of such a related offer begins
WORK_WORDS = re.compile(r"\b(?:employability|kickstart|job ready|work ready|ready for work|"
                        r"preparation for work|into work|back to work|next steps|"
                        r"prince'?s trust|confidence|re-?engage\w*)\b")


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
    """The hard rules: serves their district, age within range, places left, SEND support,
    and supported internships only for young people with SEND."""
    return (district is not None and district in p.serves and p.min_age <= age <= p.max_age
            and p.places > 0 and (p.send_support or not send)
            and (p.type != "supported_internship" or send))


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


def stem(word: str) -> str:
    """Enough stemming to meet a catalogue's words: barbering/barber, programming/programing."""
    for suffix in ("ing", "ers", "er", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    if len(word) > 4 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]
    return word


TITLE_WORDS = frozenset(w.strip() for w in lines(Path(__file__).with_name("data") / "title_words.txt"))
# metaphors programmes are named with ("Horizons", "Step Up"): no sector, for or against
PROGRAMME_NAMES = frozenset(w.strip() for w in lines(Path(__file__).with_name("data") / "programme_names.txt"))


@dataclass(frozen=True)
class _Text:
    """What a provision says about itself, read once per provision."""

    stems: frozenset[str]
    sector_stems: frozenset[str]  # the catalogue's sector column, e.g. "Insurance"
    title_groups: frozenset[str]  # interests its title names
    groups: frozenset[str]  # interests its title or keywords name
    title: str
    about: frozenset[str]  # title words that say what it is about (not "Level 2 Diploma")


@lru_cache(maxsize=100_000)
def _text_of(title: str, keywords: tuple[str, ...], sector: str = "", code: str = "") -> _Text:
    title, sector = expand_abbreviations(title), expand_abbreviations(sector)
    keywords = tuple(expand_abbreviations(k) for k in keywords)
    own = f"{title} ; {' ; '.join(keywords)}"
    words = re.findall(r"[a-z][a-z'-]+", clean(own))
    about = {w.strip("'-") for w in re.findall(r"[a-z][a-z0-9'-]*", clean(title))}
    return _Text(frozenset(stem(w.strip("'-")) for w in words),
                 frozenset(stem(w) for w in re.findall(r"[a-z]{4,}", clean(sector))),
                 frozenset(groups_named(title, code)),
                 frozenset(groups_named(own, code)), title,
                 frozenset(w for w in about if w not in TITLE_WORDS and len(w) > 1
                           and not any(c.isdigit() for c in w)))


@lru_cache(maxsize=20_000)
def _sector_words(group: str, sector: str) -> frozenset[str]:
    """Words that name the sector of an interest: its own and its broad parents' names and
    phrases, those of broad groups of the same Ofqual codes and, for a broad interest, of
    its specific ones (bricklaying is construction); and the catalogue's own sector text
    for the provision."""
    g = GROUPS[group]
    broad = {b.name for b in GROUPS.values() if b.scope == "broad"
             and (b.name in g.parents or set(b.ssa) & set(g.ssa))}
    if g.scope == "broad":
        broad |= {group} | _children(group)
    words = {w for b in broad for w in b.split()}
    words |= {w for phrase, grp in PHRASES.items() if grp in broad for w in phrase.split()}
    words |= set(re.findall(r"[a-z]+", expand_abbreviations(sector)))
    # Ofqual's own name of each of its sectors ("Transportation operations and maintenance"):
    # a title that is that name is a general course of it
    words |= {w for code in g.ssa for w in re.findall(r"[a-z]+", SSA.get(code, "").lower())}
    return frozenset(words)


def _general(text: _Text, group: str, sector: str) -> bool:
    """A general course of the interest's sector: its title says nothing more specific than
    the sector ("Construction Skills", "Level 2 Hospitality"); "Rail Engineering Operative"
    is about rail, so it is no offer for someone who said electrician."""
    g = GROUPS[group]
    if g.scope == "specific" and any(GROUPS[t].scope == "broad" and t not in g.parents
                                     for t in text.title_groups):
        return False  # it names another sector: Motor Vehicle Maintenance is not driving
    words = _sector_words(group, sector)
    only_a_brand = not text.title_groups  # the title names no interest: "Spark", "Wheels"
    return all(w in words or stem(w) in words or w in PROGRAMME_NAMES
               or (only_a_brand and _brand_word(w))
               or ("-" in w and all(part in words for part in w.split("-")))  # "well-being"
               for w in text.about)


@cache
def _vocabulary_words() -> frozenset[str]:
    return frozenset(w for phrase in PHRASES for w in phrase.split()) | frozenset(
        w for g in GROUPS for w in g.split())


@lru_cache(maxsize=20_000)
def _brand_word(word: str) -> bool:
    """A title word that names no interest at all ("Spark", "Launchpad", "Horizons"): a brand,
    which says nothing against the sector the provision is coded in. A catalogue that names
    its provision only by brand is read by its Ofqual code and sector column (only when the
    title names no interest: "Construction Multi-skills" stays a construction course, not a
    general one)."""
    known = _vocabulary_words()
    return (word not in known and word.rstrip("s") not in known
            and zipf_frequency(word, "en") < 4.5)  # "sparky" is a word of the list, "spark" not


def _word_in(word: str, text: _Text) -> bool:
    s = stem(word)
    if s in text.stems:
        return True
    if len(s) >= 8 and any(t.startswith(s) for t in text.stems):
        return True  # "stonemason" in Stonemasonry
    if len(word) >= 6 and any(_one_root(word, t) for t in text.stems if t[:4] == word[:4]):
        return True  # "independent" in independence, "friends" in friendships
    if len(word) < 5 or zipf_frequency(word, "en") >= 2.0:
        return False  # an ordinary word is not a typo of another one
    return any(fuzz.ratio(s, t) >= 88 for t in text.stems if t[:1] == s[:1])


# word endings that make another word of the same root (pairs of words in a provision's
# text; interests._ENDINGS is what may follow a vocabulary word's root in a reply)
_DERIVED = frozenset({"", "s", "es", "ship", "ships", "ence", "ent", "ents", "ance", "ant",
                      "ness", "ity", "ment", "ments", "al", "ally", "ly", "ion", "ions", "ive",
                      "ed", "ing", "er", "ers", "y", "ies", "ise", "ised", "ize", "ized"})


@lru_cache(maxsize=100_000)
def _one_root(a: str, b: str) -> bool:
    """Two words of one root of six letters or more, each ending in nothing or in a word
    ending ("independent", "independence"; "friends", "friendships")."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return any(a[k:] in _DERIVED and b[k:] in _DERIVED for k in range(n, 5, -1))


@cache
def _specific_siblings(group: str) -> frozenset[str]:
    """Other specific groups of the same sectors: a provision naming one of them is not a
    general course of the sector (Barbering is not for someone who said nails)."""
    ssa = set(GROUPS[group].ssa)
    return frozenset(g.name for g in GROUPS.values()
                     if g.name != group and g.scope == "specific" and ssa & set(g.ssa))


@cache
def _children(group: str) -> frozenset[str]:
    return frozenset(g.name for g in GROUPS.values() if group in g.parents)


def unit_fit(u: Unit, p: Provision, text: _Text) -> tuple[float, str]:
    """How well one thing they said fits a provision, and what matched (for the reason)."""
    best, why = 0.0, ""
    if u.words:
        found = [w for w in u.words if _word_in(w, text)]
        for a, b in zip(u.words, u.words[1:], strict=False):
            if a not in found and b not in found and _word_in(a + b, text):
                found += [a, b]
        if found and len(found) * 2 >= len(u.words):
            best, why = WORDS_IN_TEXT * len(found) / len(u.words) + 0.1 * (found == list(u.words)), \
                " ".join(found)
        elif not u.groups and (named := [w for w in u.words if stem(w) in text.sector_stems]):
            # a word the vocabulary does not know, found only in the catalogue's sector column
            # ("insurance": a Claims Handler in the Insurance sector)
            best, why = IN_SECTOR_COLUMN, " ".join(named)
    groups_fitting = 0
    code, tier1 = p.ssa, "." not in p.ssa
    for g in u.groups:
        group = GROUPS[g]
        if group.scope == "vague":
            continue
        if g in text.title_groups:
            score, what = IN_TITLE, g
        elif g in text.groups:
            score, what = IN_KEYWORDS, g
        elif (group.scope == "broad" and (code in group.ssa or tier1 and coded_in(code, group.ssa))
              and not (text.title_groups & _specific_siblings(g) - _children(g))
              and (text.title_groups & _children(g) or _general(text, g, p.sector))):
            score, what = BROAD_SECTOR, g
        elif ((code in group.ssa or (tier1 or text.title_groups)
               and coded_in(code, _codes_of(g, text.title_groups)))
              and not (text.title_groups & _specific_siblings(g))
              and _general(text, g, p.sector)):
            score, what = GENERAL_SECTOR, g
        else:
            continue
        groups_fitting += 1
        if score > best:
            best, why = score, what
    if not best:
        return 0.0, ""  # most provisions fit nothing said: the common case, kept cheap
    best = min(best, 1.0)
    if u.groups and _said_in_text(u, text):
        best += SAID_IN_TEXT  # of two cinemas and theme parks, the one that says "ride"
    if why in GROUPS and p.ssa in GROUPS[why].ssa:  # exactly: a tier-1 code says less
        best += CODE_AGREES  # "design": Fine Art (9.2) before Digital Design and Development (6.1)
    # one phrase can name two things ("customer service on the phones"): a provision that is
    # both comes first, as with two things said apart (ALSO_FITS in `fit`)
    return (best + ALSO_FITS * (groups_fitting - 1) if groups_fitting > 1 else best), why


@lru_cache(maxsize=20_000)
def _codes_of(group: str, title_groups: frozenset[str]) -> frozenset[str]:
    """The Ofqual codes a general course of a specific interest may have: its own, and its
    broad parent's where the title names that parent ("nurse": T Level in Health, coded 1.3
    where nursing is 1.2)."""
    g = GROUPS[group]
    named = title_groups.intersection(g.parents)
    return frozenset(g.ssa).union(*(GROUPS[b].ssa for b in named))


def _said_in_text(u: Unit, text: _Text) -> bool:
    """Whether a word they used (not a common one) is in the provision's own text."""
    return not _said_stems(u.text).isdisjoint(text.stems)


@lru_cache(maxsize=20_000)
def _said_stems(said: str) -> frozenset[str]:
    """The stems of the words someone used, read once per reply, not once per provision."""
    return frozenset(stem(w) for w in re.findall(r"[a-z]+", said)
                     if (len(w) > 3 or w in PHRASES) and w not in STOP)  # "cv" counts


def vague_fit(p: Provision, text: _Text, for_work: bool = False) -> float:
    """For "dunno", "anything": re-engagement first, then employability. For "just want a
    job", preparation for work first (a course that gets them ready for a job before one
    that gets them out of the house)."""
    work = p.ssa in ("14.2", "14") or bool(WORK_WORDS.search(text.title.lower()))
    if for_work and work:
        return 0.7
    if p.type == "re_engagement":
        return 0.7 if not for_work else 0.65
    if p.ssa == "14.2":
        return 0.65
    if p.ssa == "14.1" or work:
        return 0.55
    return 0.0


def fit(p: Provision, wants: Interests) -> tuple[float, str]:
    text = _text_of(p.title, p.keywords, p.sector, p.ssa)
    best, why, fitting = 0.0, "", 0
    for i, u in enumerate(wants.positive):
        score, what = unit_fit(u, p, text)
        fitting += score >= CUT_OFF
        score *= 1.0 - 0.04 * min(i, 5)  # the first thing they said leads
        if score > best:
            best, why = score, what
    best += ALSO_FITS * max(0, fitting - 1)  # singing and dancing: musical theatre
    if wants.vague and best < CUT_OFF:
        best, why = vague_fit(p, text, wants.for_work), ""
        if best and any(_said_in_text(u, text) for u in wants.positive):
            best += SAID_IN_TEXT  # "building my confidence": the one that says confidence
    for u in wants.negative:
        bad, _ = unit_fit(u, p, text)
        if bad >= GENERAL_SECTOR and bad >= best:
            return 0.0, ""
    if best and p.type in wants.types:
        best += 0.05
    return best, why


def _reason(p: Provision, why: str, today: date) -> str:
    when = "starts any time" if p.start == "rolling" else (
        f"starts {p.start_date:%-d %b}" if p.start_date and p.start_date >= today else "ask about dates")
    kind = {"fe_course": "course", "apprenticeship": "apprenticeship", "traineeship": "traineeship",
            "re_engagement": "programme", "supported_internship": "supported internship"}.get(p.type, "course")
    lead = (why[:40] if why.startswith(SAME_SECTOR) else f"matches '{why[:30]}'" if why
            else "helps you get ready for work")
    return f"{p.title[:50]} ({kind}, {p.provider[:30]}), {when}: {lead}"


def rank(catalogue: list[Provision], q: Query, limit: int = 10,
         today: date | None = None) -> list[Match]:
    today = today or date.today()
    district = canonical(q.district)
    wants = read(q.interests or "")
    prefs = preferred_levels(q.age, q.send)
    if wants.levels:  # a level they named comes before the one their age suggests
        prefs = wants.levels + tuple(lv for lv in prefs if lv not in wants.levels)
    scored: list[tuple[float, float, float, Provision, str]] = []
    unfit: list[Provision] = []  # offerable, but not what they said: maybe of its sector
    for p in catalogue:
        if not offerable(p, district, q.age, q.send):
            continue
        f, why = fit(p, wants)
        if f < CUT_OFF:
            unfit.append(p)
            continue
        scored.append((round(f, 3), _level_bonus(p, prefs), _start_bonus(p, today), p, why))
    if scored and len(scored) < limit:
        scored += _related(unfit, wants, prefs, today)
    scored.sort(key=lambda s: (-s[0], -s[1], -s[2], s[3].id))
    return _diversify(scored, limit, today)


def _sectors_asked(wants: Interests) -> set[str]:
    """The Ofqual codes of the trades and sectors they named (a specific trade's first code
    only: games design is digital, 6.1, before it is creative, 9.2, so Photography is no
    "same sector" offer for it), and of their broad parents."""
    codes: set[str] = set()
    for u in wants.positive:
        for g in u.groups:
            group = GROUPS[g]
            if group.scope != "vague":
                own = set(group.ssa) if group.scope == "broad" else set(group.ssa[:1])
                codes |= own | {c for b in group.parents for c in GROUPS[b].ssa}
    return codes


def _related(unfit: list[Provision], wants: Interests, prefs, today: date) -> list:
    """Once something fits, other offerable provision (`unfit`: what did not fit) of the
    sector they named follows it, below every fit ("plumbing": Plumbing first, then Electrical
    Installation as another way into construction). Never on its own: where nothing fits, the
    answer stays empty."""
    codes = _sectors_asked(wants)
    out = []
    for p in unfit:
        if not coded_in(p.ssa, codes):
            continue
        text = _text_of(p.title, p.keywords, p.sector, p.ssa)
        if any(unit_fit(u, p, text)[0] >= GENERAL_SECTOR for u in wants.negative):
            continue
        out.append((RELATED, _level_bonus(p, prefs), _start_bonus(p, today), p,
                    SAME_SECTOR + (p.sector or p.ssa)))
    return out


def nothing_fits(q: Query, results: list[Match]) -> bool:
    """True when they named something and no offerable provision fits it: unmet demand."""
    return not results and not read(q.interests or "").vague


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
