"""Text clean-up before any rule looks at a reply: case, punctuation, emoji, texting style and
misspellings. Pure and cached: replies are short and repeat a lot."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.understand.unicode_clean import clean

# Emoji that carry meaning become words; the rest are dropped.
EMOJI_WORDS = {
    "👍": " yes ", "👌": " ok ", "✅": " yes ", "🙏": " please ", "👎": " no ", "❌": " no ",
    "🚫": " no ", "🎓": " uni ", "🏫": " school ", "📚": " studying ", "🔨": " building ",
    "💼": " job ", "👶": " baby ", "🤰": " pregnant ", "🤒": " ill ", "🤢": " ill ", "🏥": " hospital ",
    "💀": " ", "😂": " ", "🤣": " ", "😭": " ", "☹": " ", "🙁": " ", "😔": " ",
}

# Texting style to plain words (whole tokens only).
SLANG = {
    "yh": "yes", "yeh": "yes", "ye": "yes", "yea": "yes", "yeah": "yes", "ya": "yes", "yep": "yes",
    "yup": "yes", "yesss": "yes", "yess": "yes", "ys": "yes", "aye": "yes", "ofc": "of course",
    "k": "ok", "kk": "ok", "okay": "ok", "okey": "ok", "oki": "ok", "okk": "ok",
    "na": "no", "nah": "no", "naa": "no", "nope": "no", "noo": "no", "nooo": "no", "nahh": "no",
    "atm": "at the moment", "rn": "right now", "nowt": "nothing", "owt": "anything",
    "nuttin": "nothing", "nuffin": "nothing", "nufin": "nothing", "anyfing": "anything", "anyfin": "anything", "nuffing": "nothing", "somefing": "something", "jobb": "job", "jobz": "jobs", "nuffink": "nothing", "werk": "work", "werkin": "working", "wrkin": "working", "nuthing": "nothing", "nuthin": "nothing", "nothin": "nothing", "nth": "nothing",
    "nthn": "nothing", "nun": "nothing", "notin": "nothing",
    "innit": "", "init": "", "tbh": "", "tbf": "", "lol": "", "lmao": "", "ngl": "", "fr": "",
    "bruv": "", "bro": "", "mate": "", "fam": "", "m8": "", "like": "like", "x": "", "xx": "",
    "xxx": "", "pls": "please", "plz": "please", "plis": "please", "ta": "thanks", "thx": "thanks", "theyll": "they will", "hell": "hell", "youll": "you will", "theyre": "they are", "hes": "he is", "shes": "she is", "youre": "you are",
    "cheers": "thanks", "u": "you", "ur": "your", "r": "are", "im": "i am", "ive": "i have",
    "iv": "i have", "i'm": "i am", "i've": "i have", "i'd": "i would", "i'll": "i will",
    "ill": "ill", "dont": "do not", "don't": "do not", "didnt": "did not", "didn't": "did not",
    "cant": "cannot", "can't": "cannot", "wont": "will not", "won't": "will not",
    "isnt": "is not", "isn't": "is not", "aint": "am not", "ain't": "am not",
    "wasnt": "was not", "wasn't": "was not", "havent": "have not", "haven't": "have not",
    "hasnt": "has not", "doesnt": "does not", "doesn't": "does not", "its": "it is",
    "it's": "it is", "thats": "that is", "that's": "that is", "whats": "what is",
    "what's": "what is", "wot": "what", "wat": "what", "wud": "would", "cud": "could",
    "gonna": "going to", "gna": "going to", "gunna": "going to", "wanna": "want to",
    "wana": "want to", "gotta": "got to", "dunno": "do not know", "idk": "i do not know",
    "doin": "doing", "goin": "going", "workin": "working", "lookin": "looking",
    "nothing's": "nothing is", "startin": "starting", "tryin": "trying", "tryna": "trying to",
    "wrk": "work", "yr": "year", "yrs": "years", "yr12": "year 12", "yr13": "year 13", "y12": "year 12", "y13": "year 13", "wrking": "working", "wk": "work", "coll": "college", "colg": "college",
    "clg": "college", "coleg": "college", "colige": "college", "collige": "college", "colleg": "college", "collidge": "college", "colledge": "college", "skool": "school", "skl": "school", "sch": "school",
    "sixthform": "sixth form", "uni's": "uni", "apprentiship": "apprenticeship",
    "appy": "apprenticeship", "apprenticship": "apprenticeship", "bcos": "because",
    "coz": "because", "cos": "because", "cuz": "because", "bc": "because", "b4": "before",
    "2day": "today", "2moro": "tomorrow", "tmrw": "tomorrow", "tmr": "tomorrow",
    "2morrow": "tomorrow", "nxt": "next", "wen": "when", "sum": "some", "summat": "something",
    "sumthin": "something", "ppl": "people", "msg": "message", "msgs": "messages",
    "msging": "messaging", "txt": "text", "txts": "texts", "txting": "texting", "ma": "my",
    "mi": "my", "da": "the", "d": "the", "n": "and", "an": "an", "&": "and", "+": "and",
    "w/": "with", "wiv": "with", "wid": "with", "bk": "back", "agen": "again", "gd": "good",
    "jst": "just", "jus": "just", "abt": "about", "hosp": "hospital", "preg": "pregnant",
    "preggers": "pregnant", "preggo": "pregnant", "pt": "part time", "ft": "full time",
    "f/t": "full time", "p/t": "part time", "self-employed": "self employed",
    "selfemployed": "self employed", "mum's": "mum", "nan's": "nan", "kms": "kill myself",
    "kmsl": "", "unalive": "kill", "od": "overdose", "od'd": "overdosed", "oded": "overdosed",
    "sh": "sh", "tho": "though", "thru": "through", "nvm": "never mind",
    "sept": "september", "jan": "january", "feb": "february", "aug": "august", "oct": "october",
    "nov": "november", "dec": "december", "mon": "monday", "tues": "tuesday", "weds": "wednesday",
    "thurs": "thursday", "fri": "friday", "app": "apprenticeship",
}

# Words worth correcting when misspelt. Short words and words that would turn one intent into
# another ("shop" -> "stop") are deliberately left out: opt-out must be said, not guessed.
VOCAB = sorted(set(["college", "school", "sixth", "university", "apprenticeship", "apprentice", "apprenticeships", "traineeship", "internship", "training", "course", "courses", "studying", "study", "student", "working", "employed", "unemployed", "employment", "job", "jobs", "work", "volunteering", "volunteer", "voluntary", "charity", "pregnant", "pregnancy", "baby", "carer", "caring", "looking", "seeking", "nothing", "anything", "something", "plumbing", "plumber", "construction", "electrician", "electrical", "carpentry", "carpenter", "bricklaying", "hairdressing", "hairdresser", "barbering", "beauty", "mechanic", "mechanics", "engineering", "catering", "chef", "cooking", "hospitality", "childcare", "nursery", "nursing", "retail", "warehouse", "logistics", "forklift", "animals", "animal", "computing", "computers", "gaming", "games", "football", "sport", "sports", "fitness", "gym", "music", "drama", "dance", "media", "photography", "fashion", "design", "art", "business", "admin", "administration", "accounting", "accounts", "customer", "service", "hospital", "depression", "anxiety", "mental", "health", "illness", "poorly", "operation", "diagnosed", "suicide", "suicidal", "overdose", "overdosed", "homeless", "abused", "abusing", "abuse", "harming", "hurting", "cutting", "kicked", "streets", "moved", "moving", "abroad", "scotland", "wales", "london", "manchester", "birmingham", "starting", "started", "september", "january", "february", "march", "april", "june", "july", "august", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow", "weekend", "qualification", "diploma", "certificate", "level", "levels", "already", "currently", "moment", "because", "someone", "somebody", "number", "wrong", "person", "messages", "messaging", "texting", "contacting", "unsubscribe", "dropped", "kicked", "sacked", "fired", "finished", "quit", "leaving", "left", "benefits", "universal", "credit", "labouring", "labourer", "scaffolding", "roofing", "painting", "decorating", "plastering", "welding", "tiling", "gardening", "landscaping", "security", "driving", "delivery", "deliveries", "kitchen", "factory", "supermarket", "tesco", "sainsburys", "asda", "morrisons", "mcdonalds", "costa", "nandos", "primark", "amazon", "agency", "temporary", "contract", "accountant", "accountancy", "engineer", "technician", "receptionist", "surveyor", "solicitor", "teacher", "nurse", "cashier", "cleaner", "assistant", "trainee", "trainees", "message", "contact"]))


@lru_cache(maxsize=50_000)
def correct(token: str) -> str:
    """A misspelt token to the vocabulary word it is closest to, else the token unchanged."""
    if len(token) < 5 or not token.isalpha() or token in _VOCAB_SET:
        return token
    if token in COMMON_WORDS:
        return token
    cutoff = 88 if len(token) < 7 else 85 if len(token) < 9 else 80
    best = process.extractOne(token, VOCAB, scorer=fuzz.ratio, score_cutoff=cutoff)
    if best is None:
        return token
    word = best[0]
    if abs(len(word) - len(token)) > (2 if len(token) < 9 else 3):
        return token
    # Keep the first letter: replies are typed by people who know how their word starts.
    return word if word[0] == token[0] else token


_VOCAB_SET = frozenset(VOCAB)
_CONTRACTIONS = {"ll": "will", "re": "are", "ve": "have", "d": "would", "s": "", "m": "am"}
# Ordinary words that sit close to a vocabulary word and must never be "corrected" into it.
COMMON_WORDS = frozenset(["sleeping", "shopping", "receive", "receiving", "received", "contacted", "messaged", "hoping", "helping", "hopeless", "homework", "coursework", "stopping", "speaking", "seeing", "keeping", "weeping", "sweeping", "sheeping", "message", "messages", "texted", "texting", "contact", "contacts", "contract", "worker", "workers", "worked", "works", "wonder", "wander", "colleges", "caring", "carrying", "carried", "scared", "sacred", "stared", "started", "startled", "starving", "staring", "storing", "schools", "scheme", "screen", "steady", "study's", "there", "their", "where", "whose", "house", "horse", "mouse", "morning", "moving", "loving", "living", "giving", "having", "saving", "raving", "leaving", "heaving", "looking", "locking", "booking", "cooking", "hooking", "coaching", "couching", "catching", "watching", "matching", "marching", "teaching", "reaching", "nothings", "nothing", "something", "anything", "everything", "cannot", "wanted", "waited", "waiting", "writing", "really", "people", "please", "thanks", "phone", "phones", "money", "month", "months", "mother", "father", "brother", "sister", "father's", "mother's", "friend", "friends", "family", "school's", "things", "thinking", "thing", "think", "drinking", "driving", "diving", "dying", "during", "singing", "signing", "single", "simple", "sample", "example", "children"])
_APOS = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "–": "-",
                       "—": "-"})
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[&+]|[.!?,;:]+")
_REPEAT = re.compile(r"([a-z])\1{2,}")


def strip_emoji(text: str) -> str:
    out = []
    for ch in text:
        if ch in EMOJI_WORDS:
            out.append(EMOJI_WORDS[ch])
        elif unicodedata.category(ch) in ("So", "Sk", "Cs", "Co", "Mn") or ch in "\u200d\ufe0f":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=20_000)
def normalise(text: str) -> str:
    """Lower-case, plain-ASCII-ish words, slang expanded, misspellings corrected."""
    text = clean(text or "").translate(_APOS)
    text = strip_emoji(text).lower()
    text = re.sub(r"\b6th(?=\s*form)", "sixth", text)
    text = _REPEAT.sub(r"\1\1", text)  # "sooooo" -> "soo", "nooo" -> "noo"
    words = []
    for tok in _TOKEN.findall(text):
        if tok[0] in ".!?,;:":
            if words and words[-1] != ".":
                words.append(".")  # clause boundary, kept for the rules
            continue
        tok = SLANG.get(tok, tok)
        if not tok:
            continue
        if " " in tok:
            words.extend(tok.split())
            continue
        if "'" in tok:
            base, _, tail = tok.partition("'")
            if tail in _CONTRACTIONS and tok not in SLANG:
                words.extend([correct(base), _CONTRACTIONS[tail]] if _CONTRACTIONS[tail] else [correct(base)])
                continue
            tok = tok.replace("'", "")
            tok = SLANG.get(tok, tok)
            if " " in tok:
                words.extend(tok.split())
                continue
        words.append(correct(tok))
    while words and words[-1] == ".":
        words.pop()
    while words and words[0] == ".":
        words.pop(0)
    return " ".join(w for w in words if w)
