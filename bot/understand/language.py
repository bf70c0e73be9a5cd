"""Which language a reply is in, offline: lingua (its models ship in the wheel), limited to
the languages Kent's young people and families write in, after two cheaper checks. A reply
whose words are mostly English (including text speak) is English whatever the detector
thinks of "wagwan", and a script lingua has no model for (Devanagari for Nepali, Ethiopic for
Tigrinya) is named by its script."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from wordfreq import available_languages, zipf_frequency

from bot.understand.wordlists import vocabulary_words

CODES = {"ENGLISH": "en", "POLISH": "pl", "ROMANIAN": "ro", "UKRAINIAN": "uk", "RUSSIAN": "ru",
         "ARABIC": "ar", "PERSIAN": "fa", "URDU": "ur", "TURKISH": "tr", "ALBANIAN": "sq",
         "VIETNAMESE": "vi", "SPANISH": "es", "FRENCH": "fr", "PORTUGUESE": "pt",
         "LITHUANIAN": "lt", "GERMAN": "de", "ITALIAN": "it", "SOMALI": "so", "BULGARIAN": "bg",
         "LATVIAN": "lv", "HUNGARIAN": "hu", "CZECH": "cs", "SLOVAK": "sk", "BENGALI": "bn",
         "PUNJABI": "pa", "CHINESE": "zh", "TAGALOG": "tl"}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SCRIPTS = [("ne", re.compile(r"[\u0900-\u097F]")), ("ti", re.compile(r"[\u1200-\u137F]"))]
_WORDFREQ = frozenset(available_languages())
# the listed languages written in Latin letters that wordfreq has word counts for
_LISTED_CODES = tuple(sorted(c for c in ("pl", "ro", "tr", "sq", "vi", "es", "fr", "pt", "lt", "de", "it", "so",
                                         "lv", "hu", "cs", "sk", "tl") if c in _WORDFREQ))
_NEPALI_NOT_HINDI = re.compile(r"छु|छ\b|गर्छ|हुन्छ|चाहन्न|मलाई|नपठाउ|बाँच")


@cache
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    langs = [getattr(Language, name) for name in CODES if hasattr(Language, name)]
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


@lru_cache(maxsize=65536)
def _zipf(word: str, code: str) -> float:
    return zipf_frequency(word, code)


def _common(word: str, code: str) -> bool:
    return _zipf(word, code) >= 3.0


def common_in(word: str, code: str) -> bool:
    """Whether `word` is a common word of language `code` (False where no list is shipped)."""
    return code in _WORDFREQ and _common(word, code)


def _english_share(words: list[str]) -> float:
    known = vocabulary_words()
    return sum(1 for w in words if w in known or _common(w, "en")) / len(words)


def _english_share_against(words: list[str], code: str) -> float:
    """Share of the words that are English and not commoner in the other language ("in" is
    as English as it is German; "ich" and "der" are German, though English lists hold them)."""
    known = vocabulary_words()
    return sum(1 for w in words if w in known or _common(w, "en")
               and _zipf(w, "en") >= _zipf(w, code)) / len(words)


def _share_in(words: list[str], code: str) -> float | None:
    """Share of the words that are common in that language and commoner there than in
    English; None if wordfreq has no list. (Other languages' lists hold English words too:
    Czech has "the" at 5.4 and "at" at 4.6, so "on the tills at lidl" was Czech.)"""
    if code not in _WORDFREQ:
        return None
    return sum(1 for w in words if _common(w, code)
               and _zipf(w, code) > _zipf(w, "en")) / len(words)


_VOWEL = re.compile(r"[aeiouàáâãäåèéêëìíîïòóôõöùúûüāēīōūı]")


def in_unlisted_words(raw: str, read: str) -> bool:
    """Whether a reply taken for English is mostly words of no language we list: two or more
    words that look like words (a vowel, three letters), most of them English neither as
    written nor as read with slips put right ("ndataka kufa" is Swahili; "i likke caars" reads
    as "i like cars"). lingua knows only the listed languages, so it names such a reply
    English or nothing; only a person can read it."""
    words = [w.casefold() for w in _WORD.findall(raw[:READ_CHARS])][:60]
    if len(words) < 2 or sum(1 for w in words if len(w) >= 3 and _VOWEL.search(w)) < 2:
        return False
    if _english_share(words) >= 0.5:
        return False
    read_words = _WORD.findall(read[:READ_CHARS])[:60]
    return not read_words or _english_share(read_words) < 0.5


# the scripts of languages beyond the detector's list, by the first word of a letter's Unicode
# name, and the language each is most often written in here
_SCRIPT_LANGUAGE = {"TAMIL": "ta", "GUJARATI": "gu", "TELUGU": "te", "KANNADA": "kn", "MALAYALAM": "ml",
                    "SINHALA": "si", "ORIYA": "or", "GURMUKHI": "pa", "BENGALI": "bn", "DEVANAGARI": "hi",
                    "THAI": "th", "LAO": "lo", "KHMER": "km", "MYANMAR": "my", "HEBREW": "he", "GREEK": "el",
                    "GEORGIAN": "ka", "ARMENIAN": "hy", "HANGUL": "ko", "HIRAGANA": "ja", "KATAKANA": "ja",
                    "CJK": "zh", "ETHIOPIC": "ti", "ARABIC": "ar", "CYRILLIC": "ru", "TIBETAN": "bo",
                    "MONGOLIAN": "mn", "SYRIAC": "syr", "THAANA": "dv"}


def script_code(text: str) -> str:
    """The language of the commonest script among a reply's letters that are not Latin
    (`_SCRIPT_LANGUAGE`); "und" (undetermined, ISO 639-2) for a script not listed there."""
    counts: dict[str, int] = {}
    for ch in text[:READ_CHARS]:
        if ch.isalpha() and ord(ch) >= 0x250:
            script = unicodedata.name(ch, "UNKNOWN").split(" ")[0]
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return "und"
    return _SCRIPT_LANGUAGE.get(max(counts, key=counts.__getitem__), "und")


READ_CHARS, LONGEST_WORD = 2000, 40  # (a language is clear well within 2,000 characters)


@lru_cache(maxsize=4096)
def detect(text: str) -> str:
    """ISO 639-1 code of the reply's language; "en" when unsure or when there are no words.
    Read from the first `READ_CHARS` characters, each word cut to `LONGEST_WORD`: the detector's
    time grows with its input (100,000 letters without a space took 5.5 s)."""
    text = (text or "")[:READ_CHARS]
    words = [w.casefold()[:LONGEST_WORD] for w in _WORD.findall(text)][:60]
    if not words:
        return "en"
    for code, script in _SCRIPTS:
        if script.search(text):
            if code == "ne" and not _NEPALI_NOT_HINDI.search(text):
                return "hi"
            return code
    latin = all(w.isascii() or w.isalpha() and ord(max(w)) < 0x250 for w in words)
    english = _english_share(words) if latin else 0.0
    if english >= (0.75 if text.isascii() and len(words) < 4 else 0.9):
        return "en"
    found = _detector().detect_language_of(" ".join(words))
    if not latin and found is None:
        # a script none of the listed languages is written in (Tamil, Gujarati, Thai...):
        # named by its script, never taken for English
        return script_code(text)
    if found is None or found.name == "ENGLISH":
        # the detector's fast mode takes short replies for English ("je n'ai pas besoin
        # d'aide": English 0.47, French 0.35): most of the words commoner in one other language
        # than in English, and few English ones, make it that language
        return _words_language(words) if latin and len(words) >= 3 else "en"
    code = CODES.get(found.name, found.name.lower()[:2])
    if not latin:
        return code
    # Latin script: typos and text speak fool detectors, so the words must be that language's
    if len(words) == 1 and words[0].isascii():
        return "en"  # one word without accents: a typo far more often than another language
    theirs = _share_in(words, code)
    if theirs is None:  # wordfreq has no list for it: only a longer, clearly foreign reply
        return code if len(words) >= 3 and english < 0.34 else "en"
    return code if theirs > _english_share_against(words, code) else "en"


MOSTLY_THEIRS = 0.6  # of the words, commoner in one other language than in English


def _words_language(words: list[str]) -> str:
    """The language most of the words belong to, if one does (MOSTLY_THEIRS of them commoner
    there than in English, and fewer English ones), else "en". Words of one letter say nothing
    ("i" is Polish for "and"; the "m" of "i'm"), and it takes three others."""
    words = [w for w in words if len(w) > 1]
    if len(words) < 3:
        return "en"
    shares = [(share, code) for code in _LISTED_CODES if (share := _share_in(words, code))]
    if not shares:
        return "en"
    share, code = max(shares)
    # (and one word of four letters or more theirs: "am" and "an" are German too)
    theirs_long = any(len(w) >= 4 and _common(w, code) and _zipf(w, code) > _zipf(w, "en") for w in words)
    return code if theirs_long and share >= MOSTLY_THEIRS and share > _english_share_against(words, code) else "en"


def english_part(text: str, code: str, at_least: int = 2) -> str:
    """The English words of a reply in another language, in order ("trabalho numa loja tbh im
    going to the bridge 2nite": "tbh im going to the bridge 2nite"), or "" when there are fewer
    than `at_least`. A word counts when English has it and the reply's language does not use
    it more ("da" and "in" are Portuguese and Turkish too), and it takes `at_least` English
    words of three letters or more."""
    known = vocabulary_words()
    out = []
    for w in _WORD.findall(text or ""):
        f = w.casefold()
        if not (f.isascii() and (f in known or _common(f, "en"))):
            continue
        if code in _WORDFREQ and code != "en" and _zipf(f, code) >= _zipf(f, "en"):
            continue
        out.append(f)
    return " ".join(out) if sum(len(w) > 2 for w in out) >= at_least else ""
