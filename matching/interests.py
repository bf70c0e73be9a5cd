"""What a young person says they like, mapped to the catalogue's vocabulary.

Shared by the bot (pulling interests out of a reply) and the matcher (ranking provision).
Canonical interest -> words and slang people use for it. Misspellings are handled by
rapidfuzz in the matcher; this table covers meaning ("cars" -> motor vehicle).
"""

from __future__ import annotations

import re

SYNONYMS: dict[str, list[str]] = {
    "construction": ["construction", "building", "builder", "builders", "building site", "site work",
                     "bricklaying", "brickie", "bricks", "labouring", "cscs", "trades", "a trade"],
    "carpentry": ["carpentry", "carpenter", "joinery", "joiner", "woodwork", "chippy", "wood"],
    "plumbing": ["plumbing", "plumber", "gas", "heating"],
    "electrical": ["electrician", "electrical", "sparky", "electrics", "wiring", "electrical installation"],
    "painting and decorating": ["painting and decorating", "decorating", "decorator", "painter", "plastering"],
    "motor vehicle": ["cars", "car", "mechanic", "mechanics", "motor vehicle", "vehicles", "automotive",
                      "garage", "engines", "motorbikes", "bikes", "fixing cars", "vehicle maintenance", "tyres"],
    "engineering": ["engineering", "engineer", "welding", "fabrication", "machines", "manufacturing", "factory"],
    "hospitality": ["chef", "cooking", "cook", "catering", "kitchen", "food", "baking", "bakery",
                    "hospitality", "restaurant", "bar work", "waiting tables", "hotel", "barista", "coffee"],
    "hair and beauty": ["hair", "hairdressing", "hairdresser", "barbering", "barber", "beauty", "nails",
                        "nail technology", "make-up", "make up", "makeup", "lashes", "beauty therapy", "tanning"],
    "care": ["care", "carer", "caring", "health and social care", "nursing", "nurse", "looking after people",
             "elderly", "old people", "social care", "health", "paramedic", "midwife", "healthcare"],
    "childcare": ["childcare", "kids", "children", "nursery", "early years", "teaching assistant",
                  "working with children", "babies", "teaching", "teacher"],
    "computing": ["computers", "computer", "computing", "it", "coding", "programming", "tech",
                  "technology", "software", "games", "gaming", "video games", "games development",
                  "web design", "networking", "cyber", "digital"],
    "animals": ["animals", "animal", "dogs", "dog", "horses", "horse", "equine", "pets", "vet",
                "veterinary", "zoo", "dog grooming", "animal care", "cats"],
    "sport": ["sport", "sports", "football", "gym", "fitness", "personal training", "personal trainer",
              "coaching", "pe", "rugby", "boxing", "basketball", "swimming", "cricket", "athletics"],
    "retail": ["retail", "shop", "shops", "shop work", "sales", "customer service", "tills", "selling",
               "fashion retail", "supermarket"],
    "warehouse": ["warehouse", "warehousing", "logistics", "forklift", "delivery", "deliveries",
                  "driving", "driver", "distribution", "lorry", "hgv", "stock"],
    "horticulture": ["gardening", "garden", "gardens", "plants", "horticulture", "landscaping",
                     "outdoors", "outside", "farming", "farm", "forestry", "trees", "tree surgery"],
    "public services": ["army", "military", "police", "fire service", "firefighter", "fireman",
                        "navy", "raf", "uniformed services", "public services", "prison", "security"],
    "music": ["music", "music production", "producing", "singing", "dj", "djing", "rapping", "guitar",
              "drums", "band"],
    "performing arts": ["drama", "acting", "theatre", "dance", "dancing", "performing arts", "performing"],
    "media": ["media", "film", "films", "filming", "video", "youtube", "photography", "photos",
              "journalism", "tiktok", "content creation", "social media", "editing"],
    "art and design": ["art", "drawing", "design", "graphic design", "fashion", "textiles", "crafts",
                       "painting", "illustration", "tattoo", "tattoos"],
    "business": ["business", "admin", "administration", "office", "reception", "receptionist",
                 "accounts", "accounting", "finance", "money", "enterprise", "management", "marketing"],
    "employability": ["anything", "any job", "work skills", "employability", "cv", "cv writing",
                      "interview skills", "confidence", "getting a job", "find work", "work experience"],
    "english and maths": ["english", "maths", "math", "functional skills", "gcse resits", "esol",
                          "reading", "writing"],
}

_PHRASE_TO_INTEREST = {p: k for k, ps in SYNONYMS.items() for p in ps}
_PHRASES = sorted(_PHRASE_TO_INTEREST, key=len, reverse=True)
_PATTERN = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in _PHRASES) + r")\b")


def extract_interests(text: str) -> list[str]:
    """Canonical interests named in (normalised) text, in the order first mentioned."""
    out: list[str] = []
    for m in _PATTERN.finditer(text.lower()):
        k = _PHRASE_TO_INTEREST[m.group(0)]
        if k not in out:
            out.append(k)
    return out
