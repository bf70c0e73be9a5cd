"""How young people talk about what they like, mapped to catalogue sectors (Ofqual SSA codes).

Shared by the bot (pulling interests out of a reply) and the matcher (ranking provision).
Each concept lists the SSA codes it fits and the words, slang and phrases people use for it.
Misspellings are handled by rapidfuzz in `find_concepts`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process


@dataclass(frozen=True)
class Concept:
    name: str
    ssa: tuple[str, ...]
    phrases: tuple[str, ...]


def _c(name: str, ssa: str, phrases: str) -> Concept:
    return Concept(name, tuple(ssa.split()), tuple(p.strip() for p in phrases.split(";") if p.strip()))


CONCEPTS: list[Concept] = [
    _c("construction", "5.2 5.1", "construction; building; builder; builders; building site; site work; "
       "on site; bricklaying; bricklayer; brickie; bricks; labouring; labourer; cscs; cscs card; trades; "
       "a trade; trade; plastering; plasterer; roofing; roofer; scaffolding; scaffolder; tiling; tiler; "
       "groundworks; construction site; building houses; building things; fixing houses; property maintenance; "
       "painting and decorating; decorating; decorator; painter and decorator; multi trade; multi skills; "
       "doing up houses; renovating; renovation; working with my hands; with my hands; hands on; "
       "practical; practical work; diy"),
    _c("carpentry", "5.2", "carpentry; carpenter; joinery; joiner; woodwork; chippy; wood; making furniture; "
       "furniture making; cabinet making"),
    _c("plumbing", "5.2", "plumbing; plumber; gas; heating; gas engineer; pipes; bathrooms"),
    _c("electrical", "5.2 4.1", "electrician; electrical; sparky; sparks; electrics; wiring; "
       "electrical installation; electrical engineering"),
    _c("motor vehicle", "4.3", "cars; car; mechanic; mechanics; motor vehicle; vehicles; automotive; "
       "garage; engines; motorbikes; motorbike; bikes; fixing cars; car repairs; repairing cars; "
       "vehicle maintenance; tyres; mot; body shop; car body; car mechanic; motor mechanic; vans; "
       "lorries mechanic; working on cars"),
    _c("engineering", "4.1 4.2", "engineering; engineer; welding; welder; fabrication; fabricator; "
       "machines; machinery; manufacturing; factory; making things; cnc; mechanical engineering; "
       "maintenance engineer; robotics; aerospace; fixing things; repairing things; taking things apart; "
       "electronics; technical"),
    _c("hospitality", "7.4", "chef; cooking; cook; catering; kitchen; food; baking; baker; bakery; "
       "hospitality; restaurant; restaurants; bar work; bartender; waiting tables; waitress; waiter; hotel; "
       "hotels; barista; coffee; cafe; professional cookery; food and beverage; pastry; cakes; front of house"),
    _c("hair and beauty", "7.3", "hair; hairdressing; hairdresser; barbering; barber; barbers; beauty; "
       "nails; nail tech; nail technology; make-up; make up; makeup; mua; lashes; brows; beauty therapy; "
       "beautician; tanning; skincare; salon; doing hair; doing nails; cutting hair"),
    _c("care", "1.3 1.2 1.1", "care; carer; caring; health and social care; health & social care; nursing; nurse; "
       "looking after people; helping people; elderly; old people; social care; health; paramedic; "
       "midwife; healthcare; care home; care work; hospital work; nhs; dental nurse; support worker; "
       "helping others; mental health"),
    _c("childcare", "1.5 13.2 13.1", "childcare; kids; children; child care; nursery; early years; teaching assistant; "
       "working with children; working with kids; babies; teaching; teacher; looking after kids; "
       "looking after children; nanny; play work; youth work; babysitting; primary school; "
       "child minding; childminding; childminder"),
    _c("computing", "6.1 6.2", "computers; computer; computing; it; coding; code; programming; programmer; "
       "tech; technology; software; games; gaming; video games; games development; game design; "
       "making games; web design; websites; networking; cyber; cyber security; digital; ict; "
       "fixing computers; pc building; app development; apps; data"),
    _c("animals", "3.3", "animals; animal; dogs; dog; horses; horse; equine; pets; vet; vets; veterinary; "
       "zoo; dog grooming; grooming; animal care; cats; working with animals; kennels; stables; "
       "animal management; zookeeper; vet nurse; reptiles"),
    _c("sport", "8.1", "sport; sports; football; gym; fitness; personal training; personal trainer; pt; "
       "coaching; coach; pe; rugby; boxing; basketball; swimming; cricket; athletics; exercise; "
       "sports coaching; leisure; leisure centre; martial arts; mma; lifeguard; outdoor activities; "
       "being active; active; keeping fit; running; cycling"),
    _c("retail", "7.1 15.4", "retail; shop; shops; shop work; sales; customer service; customer services; "
       "tills; selling; supermarket; working in a shop; shop assistant; sales assistant; fashion retail; "
       "stores; store; visual merchandising; people; talking to people; meeting people; customers; "
       "working with people; chatting"),
    _c("warehouse", "7.2", "warehouse; warehousing; logistics; forklift; forklift truck; flt; delivery; "
       "deliveries; driving; driver; distribution; lorry; hgv; stock; picking and packing; packing; "
       "courier; supply chain; storage; van driver; delivery driver; lorries; lorry driver; trucks; "
       "truck; driving lorries"),
    _c("horticulture", "3.2 3.1 3.4", "gardening; garden; gardens; gardener; plants; horticulture; landscaping; "
       "landscaper; outdoors; outside; outdoor work; working outside; farming; farm; forestry; trees; "
       "tree surgery; tree surgeon; arboriculture; grounds maintenance; agriculture; greenhouse"),
    _c("public services", "1.4", "army; military; armed forces; soldier; police; policing; police officer; "
       "fire service; firefighter; fireman; fire fighter; navy; raf; marines; uniformed services; "
       "public services; prison; prison officer; security; ambulance; protective services; "
       "border force; coastguard"),
    _c("performing arts", "9.1", "music; music production; producing; producer; beats; making beats; "
       "singing; singer; dj; djing; rapping; rapper; guitar; drums; band; musician; drama; acting; "
       "actor; actress; theatre; dance; dancing; dancer; performing arts; performing; stage; "
       "musical theatre; technical theatre; sound engineering; events"),
    _c("media", "9.3", "media; film; films; filming; film making; video; videos; youtube; youtuber; "
       "photography; photographer; photos; journalism; journalist; tiktok; content creation; "
       "content creator; social media; editing; video editing; radio; tv; television; broadcasting; "
       "creative media; creative media production; marketing"),
    _c("art and design", "9.2", "art; arts; drawing; design; graphic design; graphics; fashion; "
       "fashion design; textiles; sewing; crafts; painting; illustration; tattoo; tattoos; tattooing; "
       "art and design; animation; 3d design; interior design; jewellery; ceramics; pottery"),
    _c("business", "15.2 15.3 15.1 15.4 15.5", "business; admin; administration; office; office work; reception; "
       "receptionist; accounts; accounting; accountant; finance; money; enterprise; management; "
       "business administration; business management; hr; human resources; bookkeeping; bank; "
       "banking; law; legal; paperwork; typing; data entry; own business; entrepreneur; marketing"),
    _c("employability", "14.2", "any job; work skills; employability; cv; cv writing; interview skills; "
       "confidence; confidence building; getting a job; find work; work experience; job search; "
       "preparation for work; getting ready for work; job ready; work placement"),
    _c("foundation", "14.1 14.2 2.2 12.1", "english; maths; math; functional skills; gcse resits; resits; esol; "
       "reading; writing; independent living; life skills; learning english; entry level; basic skills; "
       "living skills; supported learning"),
]

CONCEPTS += [
    _c("science", "2.1 1.1 1.2", "science; biology; chemistry; physics; lab; laboratory; forensics; "
       "pharmacy; medicine; doctor; dentist; vet science"),
    _c("travel", "8.2", "travel; tourism; holidays; airport; airline; cabin crew; aviation; "
       "travel agent; cruise ships"),
    _c("humanities", "10.1 10.2 11.1 11.2 11.3 11.4 12.1 12.2", "history; psychology; sociology; "
       "criminology; politics; geography; philosophy; languages; french; spanish; german; "
       "religious studies"),
]

UNSURE = re.compile(r"\b(?:do not know|dont know|don't know|dunno|idk|not sure|no idea|anything|"
                    r"whatever|unsure|nothing really|not bothered|any ?thing|owt|no clue|undecided|"
                    r"something|open to anything|literally anything|any job|any work)\b")
NEGATION = re.compile(r"\b(?:not|no|hate|hates|never|except|but not|anything but|do not like|"
                      r"dont like|don't like|not into|rather not)\s+(?:\w+\s+){0,2}$")

_PHRASE_TO_CONCEPT: dict[str, Concept] = {}
for _concept in CONCEPTS:
    for _p in _concept.phrases:
        _PHRASE_TO_CONCEPT.setdefault(_p, _concept)
_PHRASES = sorted(_PHRASE_TO_CONCEPT, key=len, reverse=True)
_EXACT = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in _PHRASES) + r")(?![\w-])")
_SINGLE_WORDS = [p for p in _PHRASES if " " not in p and len(p) >= 4]
_STOP = frozenset(["i", "am", "im", "and", "the", "a", "an", "to", "in", "of", "for", "with", "at", "on", "my", "me", "like", "love", "into", "want", "would", "be", "doing", "do", "job", "jobs", "work", "working", "course", "courses", "something", "really", "maybe", "or", "thing", "things", "stuff", "kind", "sort", "get", "getting", "good", "enjoy", "enjoying", "interested", "interest", "being", "about", "think", "prefer", "probably", "that", "this", "those", "these", "some", "lot", "lots"])


def _clean(text: str) -> str:
    text = (text or "").lower().replace("’", "'").replace("&", " and ")
    text = re.sub(r"[^\w\s'-]", " ", text)
    return " ".join(text.split())


@lru_cache(maxsize=20_000)
def _fuzzy_word(word: str) -> str | None:
    if len(word) < 4 or word in _STOP:
        return None
    if word.endswith("s") and word[:-1] in _PHRASE_TO_CONCEPT:
        return word[:-1]
    cutoff = 86 if len(word) < 7 else 82
    best = process.extractOne(word, _SINGLE_WORDS, scorer=fuzz.ratio, score_cutoff=cutoff)
    return best[0] if best else None


@lru_cache(maxsize=20_000)
def find_concepts(text: str) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...], bool]:
    """(positive (concept, phrase) pairs in order, negated concept names, unsure?)."""
    t = _clean(text)
    found: list[tuple[str, str]] = []
    negated: list[str] = []
    covered = [False] * len(t)
    for m in _EXACT.finditer(t):
        c = _PHRASE_TO_CONCEPT[m.group(0)]
        for i in range(m.start(), m.end()):
            covered[i] = True
        if NEGATION.search(t[:m.start()]):
            negated.append(c.name)
        elif (c.name, m.group(0)) not in found:
            found.append((c.name, m.group(0)))
    for m in re.finditer(r"[a-z][a-z'-]+", t):
        if covered[m.start()]:
            continue
        phrase = _fuzzy_word(m.group(0))
        if phrase:
            c = _PHRASE_TO_CONCEPT[phrase]
            if NEGATION.search(t[:m.start()]):
                negated.append(c.name)
            elif (c.name, phrase) not in found:
                found.append((c.name, phrase))
    unsure = not found and (not t or bool(UNSURE.search(t)))
    return tuple(found), tuple(negated), unsure


def concept(name: str) -> Concept:
    return next(c for c in CONCEPTS if c.name == name)


def extract_interests(text: str) -> list[str]:
    """Concept names named in text, in the order first mentioned."""
    out: list[str] = []
    for name, _ in find_concepts(text)[0]:
        if name not in out:
            out.append(name)
    return out
