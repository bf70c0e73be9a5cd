"""A crisis said in another language is still a crisis. The rules and the vocabulary read
English; this list (data/crisis_other_languages.tsv) catches the plainest ways of saying "I
want to die" or "I will kill myself" in the languages many of Kent's care leavers write in,
so that such a reply goes to a person at once, with its language named."""

from __future__ import annotations

import itertools
import re
from functools import cache

from rapidfuzz.distance import OSA

from bot.understand import wordlists
from bot.understand.language import common_in, detect
from bot.understand.near_phrases import NearPhrases
from bot.understand.transliterated import Consonants
from bot.understand.unicode_clean import clean, without_accents
from neet import spelling

_FILE = "crisis_other_languages.tsv"
_INTENTS = "other_language_intents.tsv"


_APOSTROPHES = str.maketrans("", "", "'’ʼ‘`")


def _fold(text: str) -> str:
    """Case folded, apostrophes dropped (phones and people drop them: Ukrainian "б'ють" is
    typed "бють", French "j'ai" "jai"), one space between words."""
    return " ".join(clean(text).casefold().translate(_APOSTROPHES).split())


_plain = without_accents  # for Latin-script replies typed without them


def _load() -> list[tuple[str, str]]:
    return [(lang, _fold(phrase)) for lang, phrase in wordlists.rows(_FILE)]


def _load_intents() -> list[tuple[str, str, str]]:
    return [(label, lang, _fold(phrase)) for label, lang, phrase in wordlists.rows(_INTENTS)]


PHRASES = _load()
INTENTS = _load_intents()


@cache
def _plain_phrase(phrase: str) -> str | None:
    """The phrase without accents, when it is long enough to be matched that way."""
    plain = _plain(phrase)
    return plain if phrase.isascii() or len(phrase) >= 8 else None


_GAP = 2  # words a reply may put between the words of a listed phrase
_GAP_WORDS = rf"\s+(?:[^\s,.;:!?]+\s+){{0,{_GAP}}}"


@cache
def _pattern(phrase: str) -> re.Pattern:
    """A listed phrase as people say it: its words in order, with up to _GAP other words
    between them in the same clause ("przestańcie pisać" in "przestancie do mnie pisac",
    "забрав мій паспорт" in "забрав вчора мій паспорт"). Never after a word of three letters or
    fewer, a negation or a particle ("nie pracuję" is not in "nie potrzebuję pomocy,
    pracuję"). Like the phrase itself, it may start and end inside a word; a word ending in
    "$" is the whole word (Turkish "mesaj atma$", don't text, is not "mesaj atmak", to text)."""
    words = phrase.split()

    def word_of(word: str) -> str:
        return re.escape(word[:-1]) + r"(?!\w)" if word.endswith("$") else re.escape(word)

    out = word_of(words[0])
    for before, word in zip(words, words[1:], strict=False):
        before = before.rstrip("$")
        gap = r"\s+" if len(before) <= 3 or before[-1] in ",.;:!?" else _GAP_WORDS
        out += gap + word_of(word)
    return re.compile(out)


_LETTERS = re.compile(r"[a-z]+(?![^\W\d_])")  # a word of plain letters, whole
_KEY = 3  # letters of a phrase's start looked up (two are too common in English: "ma", "ni")


class _Phrases:
    """Phrases found anywhere in a reply (folded; Latin script also without accents), each
    with what it means. The lists hold hundreds, so the reply is scanned once for the first
    three letters of any phrase (a dictionary look-up a position), a phrase is matched only
    where its letters are, and of those found the first of the list wins."""

    def __init__(self, entries: list[tuple[object, str]]):
        self.entries = entries
        phrases = {phrase for _, phrase in entries if len(phrase) >= _KEY}
        bare = {b for phrase in phrases if (b := _plain_phrase(phrase)) is not None}
        self._starts, self._plain_starts = _by_start(phrases), _by_start(bare)
        # an ASCII reply is its own plain form: one scan for both kinds of start
        self._ascii_starts = _by_start({p for p in phrases | bare if p.isascii()})
        # where each phrase, and each phrase without its accents, first comes in the list
        self._rank: dict[str, int] = {}
        self._plain_rank: dict[str, int] = {}
        for i, (_, phrase) in enumerate(entries):
            self._rank.setdefault(phrase, i)
            if (b := _plain_phrase(phrase)) is not None:
                self._plain_rank.setdefault(b, i)

    def first(self, text: str, english: bool = False):
        """What the first phrase of the list found in `text` means, or None; in a reply read
        as `english`, a phrase of one word inside an ordinary English word is not found
        (Romanian "viol" in "violation")."""
        folded = _fold(text)
        if folded.isascii():
            # a phrase found as written, or found without accents ("ati gresit numarul")
            found = _all_in(folded, self._ascii_starts, english)
            ranks = [r for p in found for r in (self._rank.get(p), self._plain_rank.get(p)) if r is not None]
        else:
            plain = _plain(folded)
            ranks = [self._rank[p] for p in _all_in(folded, self._starts, english)] + [
                self._plain_rank[p] for p in _all_in(plain, self._plain_starts, english)]
        return self.entries[min(ranks)][0] if ranks else None


def _by_start(phrases: set[str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for phrase in phrases:
        out.setdefault(phrase[:_KEY], []).append(phrase)
    return {k: tuple(v) for k, v in out.items()}


def _all_in(text: str, starts: dict[str, tuple[str, ...]], english: bool = False) -> set[str]:
    """The phrases of `starts` in `text` (looked up by the letters at each position, then
    matched there), so the list is never walked phrase by phrase; with `english`, not a phrase
    of one word inside an ordinary English word."""
    get = starts.get
    out: set[str] = set()
    for i in range(len(text) - 2):
        found = get(text[i:i + _KEY])
        if found:
            out.update(p for p in found if p not in out and _pattern(p).match(text, i) and not (
                english and " " not in p and _in_english_word(text, i)))
    return out


def _in_english_word(text: str, at: int) -> bool:
    """Whether position `at` is inside an ordinary English word of plain letters."""
    start = at
    while start and text[start - 1].isalpha():
        start -= 1
    word = _LETTERS.match(text, start)
    return word is not None and spelling.ordinary(word.group(0))


_CRISES = _Phrases([(lang, phrase) for lang, phrase in PHRASES])
_CRISES_BY_CONSONANTS = Consonants(PHRASES)


def _tried_first(label: str) -> int:
    """Not able to work, then not working, are tried before working or studying, whatever the
    order of the list: "nie pracuję" holds "pracuję", "no trabajo" holds "trabajo"; "jestem w
    ciąży, nie pracuję" is a pregnancy. Help turned down ("not_help": read as nothing) is tried
    before help."""
    if label in ("not_help", "help"):  # after statuses: "nie potrzebuję pomocy, pracuję w sklepie"
        return 4 if label == "not_help" else 5  # a job; help turned down is no request
    if not label.startswith("status:"):
        return 0
    return 1 if label.startswith("status:not_available") else 2 if label == "status:seeking" else 3


_INTENT_PHRASES = _Phrases([((label, lang), phrase) for label, lang, phrase
                            in sorted(INTENTS, key=lambda e: _tried_first(e[0]))])
# a stop of a language of another script typed with other vowels ("la tba3etli" for the listed
# "la tb3atli"): found by its consonants (transliterated.py)
_STOPS_BY_CONSONANTS = Consonants([(lang, phrase) for label, lang, phrase in INTENTS if label == "opt_out"])


def crisis_language(text: str) -> str | None:
    """The language of a crisis phrase in the reply, or None. In a reply read as English, not
    one found only inside ordinary English words ("parking violation", "suicidal": Romanian
    "viol", Spanish "suicid"): the English words are the rules'."""
    if text.isascii() and not any(ch.isalpha() for ch in text):
        return None
    lang = _CRISES.first(text)
    if lang is not None and detect(text) == "en":
        return _CRISES.first(text, english=True)
    # typed in Latin letters with the vowels spelt another way ("ma bidi 3eesh")
    return lang or _CRISES_BY_CONSONANTS.first(_fold(text))


def intent(text: str, english: bool = False) -> tuple[str, str] | None:
    """(label, language) of an opt-out, wrong number, "who are you" or a status said in
    another language, or None; in a reply taken for `english`, not a phrase of one word inside
    an ordinary English word (Romanian "somer" in "somerset")."""
    found = _said(_INTENT_PHRASES.first(text, english))
    if found is None and (lang := _STOPS_BY_CONSONANTS.first(_fold(text))):
        return "opt_out", lang  # a listed stop typed in Latin letters with other vowels
    return found


_NEAR_CRISES = NearPhrases([(lang, phrase) for lang, phrase in PHRASES], _fold, _plain)
_NEAR_STOPS = NearPhrases([((label, lang), phrase) for label, lang, phrase in INTENTS
                           if label == "opt_out"], _fold, _plain)
# the rest (statuses, a wrong number, "who is this?"): what they give is read "to verify", so
# one word of five letters may stand for itself through a slip ("pnuoj": punoj, I work)
_NEAR_INTENTS = NearPhrases([((label, lang), phrase) for label, lang, phrase
                             in sorted(INTENTS, key=lambda e: _tried_first(e[0]))
                             if label != "opt_out"], _fold, _plain, single_at_least=5, most_slips=1)


def near_crisis_language(text: str) -> str | None:
    """The language of a crisis phrase said with typos ("ya no quierro vivir"), or None.
    Slower than the exact lists: call it only for replies not in English they did not read."""
    return _NEAR_CRISES.first(text)


_LONGER_WORD = re.compile(r"[^\W\d_]{3,}")


def _foreign_words(text: str) -> int:
    """How many words of three letters or more are no English words (or in another script),
    counted up to two: the near lists are read among English words only where there are some."""
    foreign = (w for w in _LONGER_WORD.findall(text.lower()) if not w.isascii() or not spelling.ordinary(w))
    return len(list(itertools.islice(foreign, 2)))


def near_opt_out_among_english(text: str) -> tuple[str, str] | None:
    """("opt_out", language) of a listed stop typed with slips in a reply read as English
    ("spreite da mi pishete molya"), or None. Read only where a word is no English word:
    English alone never is one, and the near lists are slow to read."""
    return _NEAR_STOPS.first(text) if _foreign_words(text) >= 1 else None


def near_crisis_among_english(text: str) -> str | None:
    """The language of a listed crisis phrase typed with slips in a reply read as English (a
    crisis in Urdu after a status in English: "part time at mcdonalds. main zina naih rehna
    chahta"; one in Arabic after English), or None. Read only where two words or more are no
    English words (or in another script), so English alone is never read as one ("i hate me
    job" is near a phrase of another language)."""
    return _NEAR_CRISES.first(text) if _foreign_words(text) >= 2 else None


def near_opt_out(text: str) -> tuple[str, str] | None:
    """("opt_out", language) of a stop said with typos in another language, or None."""
    return _NEAR_STOPS.first(text)


def _said(found: tuple[str, str] | None) -> tuple[str, str] | None:
    """A phrase found, unless it is help turned down: that stands in the list only so that
    "nie potrzebuję pomocy" is not read as its "potrzebuję pomocy" (`_tried_first`)."""
    return None if found is None or found[0] == "not_help" else found


def turns_down_help(text: str) -> bool:
    """Help turned down in another language ("nie potrzebuję pomocy"), and nothing listed
    before it: no request, and not a model's guess of one either."""
    found = _INTENT_PHRASES.first(text)
    return found is not None and found[0] == "not_help"


def near_intent(text: str, language: str = "") -> tuple[str, str] | None:
    """(label, language) of a status, wrong number or question said with typos in another
    language, or None (for replies not in English the exact lists did not read). A phrase of
    one word counts only in the `language` detected."""
    return _said(_NEAR_INTENTS.first(text, single_if=lambda meaning: meaning[1] == language))


def _at_word_start(stem: str) -> re.Pattern:
    """A stem at the start of a word; "$" at its end: the whole word."""
    whole = stem.endswith("$")
    return re.compile(r"(?<!\w)" + re.escape(_fold(stem.rstrip("$"))) + (r"(?!\w)" if whole else ""))


def _harm_words() -> dict[str, list[tuple[str, re.Pattern]]]:
    """The words of harm by their first three letters (two for a shorter word): every reply is
    read for them (a crisis in Romanian after a status in English), so a reply's own words are
    looked up, and only the few stems that start like one of them are matched."""
    out: dict[str, list[tuple[str, re.Pattern]]] = {}
    for lang, stem in wordlists.rows("crisis_words_other_languages.tsv"):
        for form in {_fold(stem), _without_accents(stem)}:
            out.setdefault(form.rstrip("$").split()[0][:3], []).append((lang, _at_word_start(form)))
    return out


def _without_accents(stem: str) -> str:
    """A stem as typed without its accents, as people often do ("muon chet"): a whole word
    where that leaves fewer than five plain letters, so it is no start of an English word
    ("sờ mó" would be "so mo", as in "so moved")."""
    folded, plain = _fold(stem), _plain(_fold(stem))
    if plain == folded or plain.endswith("$") or not plain.isascii() or sum(ch.isalpha() for ch in plain) >= 5:
        return plain
    return plain + "$"


_HARM_WORDS = _harm_words()
_WORD = re.compile(r"\w+")


def crisis_word(text: str, english: bool = False) -> str | None:
    """The language of a word of harm in another language in a reply ("nie ma po co żyć",
    "hayatıma son vermek istiyorum", or one after English words), or None. The words are read
    at the start of any word, in any reply; in a reply read as `english`, a word of one word
    not in an ordinary English word ("my brother is a menace": French "menac"; English harm
    words are the rules')."""
    folded = _fold(text)
    plain = folded if folded.isascii() else _plain(folded)
    saids = (folded,) if plain == folded else (folded, plain)
    for word in set(_WORD.findall(folded)) | set(_WORD.findall(plain)):
        near = _HARM_WORDS.get(word[:3], []) + (_HARM_WORDS.get(word[:2], []) if len(word) > 2 else [])
        for lang, pattern in near:
            for said in saids:
                if (m := pattern.search(said)) and not (english and " " not in m.group(0)
                                                        and _in_english_word(said, m.start())):
                    return lang
    return None


def _refusal_forms() -> list[tuple[str, str, str]]:
    """(language, "no" or "msg", form) of every refusal of messages of
    data/opt_out_words_other_languages.tsv: as written, and without accents where that leaves
    five letters or more ("przestancie"; Vietnamese "đừng" would be "dung", "right")."""
    out = []
    for lang, kind, words in wordlists.rows("opt_out_words_other_languages.tsv"):
        bare = _plain(_fold(words))
        forms = {_fold(words)} | ({bare} if sum(ch.isalpha() for ch in bare) >= 5 else set())
        out += [(lang, kind, form) for form in sorted(forms)]
    return out


_REFUSAL_FORMS = _refusal_forms()


def _opt_out_words() -> dict[str, tuple[list[re.Pattern], list[re.Pattern]]]:
    """By language, the "no" and the "msg" words, each at the start of a word."""
    out: dict[str, tuple[list[re.Pattern], list[re.Pattern]]] = {}
    for lang, kind, form in _REFUSAL_FORMS:
        no, msg = out.setdefault(lang, ([], []))
        (no if kind == "no" else msg).append(_at_word_start(form))
    return out


_REFUSALS = _opt_out_words()


def _by_first_letters() -> tuple[dict[str, list[tuple[str, str, re.Pattern]]], list[tuple[str, str, re.Pattern]]]:
    """The "no" and "msg" words of every language by their first two letters (or one, where
    the second is no letter), so a reply's words pick the few worth searching for (searching
    all 285 took 0.9 ms a reply); those that do not start with a letter are always searched."""
    index: dict[str, list[tuple[str, str, re.Pattern]]] = {}
    always: list[tuple[str, str, re.Pattern]] = []
    for lang, (no, msg) in _REFUSALS.items():
        for kind, patterns in (("no", no), ("msg", msg)):
            for p in patterns:
                start = re.match(r"\w{1,2}", p.pattern.removeprefix(r"(?<!\w)"))
                if start:
                    index.setdefault(start.group(0), []).append((lang, kind, p))
                else:
                    always.append((lang, kind, p))
    return index, always


_REFUSAL_INDEX, _REFUSAL_ALWAYS = _by_first_letters()


def opt_out_words(text: str) -> str | None:
    """The language of a reply not in English that refuses messages in words of its own ("nie
    chcę dostawać tych smsów": a "don't want" and a "texts" of Polish), or None."""
    folded = _fold(text)
    plain = folded if folded.isascii() else _plain(folded)
    said: set[tuple[str, str]] = set()
    starts = {s for w in _WORD.findall(f"{folded} {plain}") for s in (w[:1], w[:2])}
    candidates = [c for s in starts for c in _REFUSAL_INDEX.get(s, ())] + _REFUSAL_ALWAYS
    # the messages first: most replies name none, and then no "no" need be looked for
    for lang, kind, p in candidates:
        if kind == "msg" and (lang, kind) not in said and (p.search(folded) or p.search(plain)):
            said.add((lang, kind))
    if not said:
        return None
    for lang, kind, p in candidates:
        if kind == "no" and (lang, "msg") in said and (lang, kind) not in said and (
                p.search(folded) or p.search(plain)):
            said.add((lang, kind))
    return next((lang for lang in _REFUSALS if (lang, "no") in said and (lang, "msg") in said), None)


def _refusal_phrases() -> dict[str, list[tuple[str, str, tuple[str, ...]]]]:
    """(language, "no" or "msg", words) of every refusal form, by first letter (a slip is
    looked for after it, as `slips.SlipReader` does)."""
    out: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {}
    for lang, kind, form in _REFUSAL_FORMS:
        out.setdefault(form[0], []).append((lang, kind, tuple(form.split())))
    return out


_REFUSAL_PHRASES = _refusal_phrases()
_SLIP_FROM = 4  # a listed word of fewer letters is read only as written ("nu", "sms")


def _at_start(token: str, word: str) -> int:
    """2 where the token starts with the word, 1 where its start is one slip from it (a word of
    `_SLIP_FROM` letters or more: a letter wrong, swapped, left out or put in), else 0. The
    first and the last letter stay as written, or the last swapped with the one before: an
    ending changed is another form of the word, not a slip (French "arrêté", stopped, and
    "arrêter" are not "arrêtez", stop)."""
    if token.startswith(word):
        return 2
    if len(word) < _SLIP_FROM or len(token) < len(word) - 1 or token[0] != word[0]:
        return 0
    return int(any(OSA.distance(start := token[:n], word) == 1 and (
        start[-1] == word[-1] or start[-2:] == word[-2:][::-1])
        for n in (len(word) - 1, len(word), len(word) + 1) if n <= len(token)))


def near_opt_out_words(text: str) -> str | None:
    """The language of a refusal of messages in words of its own with one word typed with a
    slip ("bu mseajları artık istemiyorum", "nu mai vrau să primesc mesaje"), or None: a "no"
    and a "msg" of one language, one of them as written (`opt_out_words` reads both so)."""
    folded = _fold(text)
    found: dict[tuple[str, str], int] = {}
    for said in {tuple(_WORD.findall(folded)), tuple(_WORD.findall(_plain(folded)))}:
        for i, token in enumerate(said):
            for lang, kind, words in _REFUSAL_PHRASES.get(token[0], ()):
                marks = [_at_start(t, w) for t, w in zip(said[i:], words, strict=False)]
                if len(marks) == len(words) and 0 not in marks and marks.count(1) <= 1:
                    found[lang, kind] = max(found.get((lang, kind), 0), 1 if 1 in marks else 2)
    for (lang, kind), mark in found.items():
        if kind == "no" and (other := found.get((lang, "msg"))) and mark + other >= 3:
            return lang
    return None


def _near_harm_stems() -> dict[str, list[tuple[str, str, bool]]]:
    """The longer words of harm (six letters or more: a shorter one is too easily another
    word), by first letter: (language, stem, whole word)."""
    out: dict[str, list[tuple[str, str, bool]]] = {}
    for lang, stem in wordlists.rows("crisis_words_other_languages.tsv"):
        for form in {_fold(stem), _plain(_fold(stem))}:
            core = form.rstrip("$")
            if len(core) >= 6 and " " not in core:
                out.setdefault(core[0], []).append((lang, core, form.endswith("$")))
    return out


_NEAR_HARM = _near_harm_stems()


def near_crisis_word(text: str) -> str | None:
    """The language of a word of harm typed with one slip ("udrzył" for uderzył, "pcoięłam"
    for pocięłam, "vuruyro" for vuruyor), or None. Only the words of six letters or more, only
    a word of five or more that is no common word of the stem's language, and the first letter
    as typed. For replies not in English the exact lists did not read: a person reads it."""
    folded = _fold(text)
    plain = folded if folded.isascii() else _plain(folded)
    for word in set(_WORD.findall(folded)) | set(_WORD.findall(plain)):
        if len(word) < 5:
            continue
        for lang, stem, whole in _NEAR_HARM.get(word[0], ()):
            if whole:
                near = OSA.distance(word, stem) == 1
            else:  # the start of the word, with a letter missed, doubled or swapped
                near = any(OSA.distance(word[:n], stem) == 1
                           for n in (len(stem) - 1, len(stem), len(stem) + 1) if n <= len(word))
            if near and not common_in(word, lang):
                return lang
    return None
