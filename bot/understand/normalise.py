"""Text clean-up before any rule looks at a reply: case, punctuation, emoji, texting style and
misspellings. Pure and cached: replies are short and repeat a lot."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.understand import wordlists
from bot.understand.masked import unmasked
from bot.understand.unicode_clean import clean, without_accents
from neet import spelling

# Emoji that carry meaning become words; the rest are dropped.
EMOJI_WORDS = {k: f" {v} " if v else " " for k, v in wordlists.pairs("emoji.tsv").items()}

# Texting style to plain words (whole tokens only).
SLANG = wordlists.pairs("slang.tsv")

# Words worth correcting when misspelt. Short words and words that would turn one intent into
# another ("shop" -> "stop") are deliberately left out: opt-out must be said, not guessed.
VOCAB = sorted(wordlists.vocabulary())


@lru_cache(maxsize=50_000)
def correct(token: str) -> str:
    """A misspelt token to the vocabulary word it is closest to, else the token unchanged."""
    if token.endswith("in") and token not in _VOCAB_SET and (full := spelling.dropped_g(token)):
        return full  # the g dropped, as said: "makin", "sellin", "nothin"
    if token in _AS_WRITTEN or token.endswith("s") and token[:-1] in _KNOWN_BEFORE_AN_S:
        # a word the rules' lists are written with, and a known word's "'s" or plural, typed
        # without the apostrophe ("my nans")
        return token
    if len(token) == 4 and token.isalpha():
        # "txet", "hlep": two letters swapped, the commonest slip; then any other word
        swapped = _swapped(token)
        return swapped if swapped != token else _any_word(token)
    if len(token) < 5 or not token.isalpha() or token in _VOCAB_SET:
        return token
    if token in _AS_WRITTEN or spelling.ordinary(token):
        return token  # an ordinary English word is what they meant ("hearing" is not "harming")
    cutoff = 88 if len(token) < 7 else 85 if len(token) < 9 else 80
    best = process.extractOne(token, VOCAB, scorer=fuzz.ratio, score_cutoff=cutoff)
    if best is None:  # "assaulred", "reapsed", "dnger"; else any ordinary word ("tginking")
        near = spelling.one_slip(token, VOCAB)
        if near and not spelling.thumb_slip(token, near):
            # an ordinary word a thumb slip away is likelier ("dping" is "doing", not "dying":
            # o and p are neighbours)
            other = _any_word(token)
            if other != token and spelling.thumb_slip(token, other):
                return other
        return near or _any_word(token)
    word = best[0]
    if abs(len(word) - len(token)) > (2 if len(token) < 9 else 3):
        return _any_word(token)
    # Keep the first letter: replies are typed by people who know how their word starts.
    return word if word[0] == token[0] else _any_word(token)


_SAID_NOT_GUESSED = frozenset(wordlists.words("said_not_guessed.txt"))


def _any_word(token: str) -> str:
    """A slip in a word the vocabulary does not hold ("tihs", "hwre", "nsme"), read as the
    ordinary English word it most likely is, never as a stop word."""
    if token in _AS_WRITTEN:
        return token
    return spelling.likely_word(token, _SAID_NOT_GUESSED) or token


_VOCAB_SET = wordlists.vocabulary()
SHORT_WORDS = tuple(wordlists.words("short_words.txt"))


def _swapped(token: str) -> str:
    """A four-letter word with two neighbouring letters swapped (the first kept), read as the
    word of `data/short_words.txt` it is, unless it is itself an ordinary word ("form" is not
    "from")."""
    if token in _AS_WRITTEN or spelling.ordinary(token):
        return token
    return spelling.swapped(token, SHORT_WORDS) or token


_CONTRACTIONS = {"ll": "will", "re": "are", "ve": "have", "d": "would", "s": "", "m": "am"}
# where "'s" is "is", not whose ("who's callum?", "where's that"; "mum's job" stays "mum")
_IS_BEFORE = frozenset({"who", "what", "where", "when", "how", "why", "it", "that", "there", "here",
                        "he", "she", "this", "everything", "nothing", "something", "everyone",
                        "someone", "nobody", "somebody"})
# the words the rules' lists are written with (wordlists.written_words), read as written and
# never put right into another: an ordinary word near a vocabulary word ("hearing" is not
# "harming"), a worker ("sorter" was "shorter"), a place ("otford" was "oxford"), an employer
# ("londis" was "london"), a word of harm ("merk" was "meek")
_AS_WRITTEN = wordlists.written_words()
_FAMILY = frozenset(w for w in wordlists.words("family_and_friends.txt") if " " not in w)
# words whose "'s" or plural is typed as one word ("my nans tablets", "staying at my grans"):
# kept, not put right into another word ("nana", "grand"; "fiances" was "finances"). Words
# and people only: a name's start is no word ("tgis" is "this", not TGI's)
_KNOWN_BEFORE_AN_S = _VOCAB_SET | frozenset(wordlists.words("never_correct.txt")) | frozenset(
    wordlists.words("job_heads.txt")) | _FAMILY
_APOS = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "–": "-",
                       "—": "-"})
# (a date kept whole; a dash between spaces parts clauses as a comma does: "mum here - jake is
# doing an apprenticeship")
_TOKEN = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\d/])|[a-z0-9]+(?:'[a-z]+)?|[&+]|[.!?,;:]+|(?<!\S)-+(?!\S)")
# a word typed a letter at a time: "s t o p", "S.T.O.P", "h-e-l-p"
_SPACED = re.compile(r"(?<![a-z0-9])[a-z](?:[ .\-][a-z]){3,}(?![a-z0-9])")


def _unspaced(m: re.Match) -> str:
    """The letters of a word typed one at a time, joined, when they make an ordinary word or
    one of the vocabulary; else as typed (initials, a list of options "a b c d")."""
    word = re.sub(r"[ .\-]", "", m.group(0))
    return word if word in _VOCAB_SET or spelling.ordinary(word) else m.group(0)


_REPEAT = re.compile(r"([a-z])\1{2,}")
_LETTERS = re.compile(r"[a-z]+")


def _unstretched(m: re.Match) -> str:
    """A word with a letter three times or more, twice ("sooooo" -> "soo", "nooo" -> "noo"),
    unless a list writes it so ("cccu": Canterbury Christ Church University)."""
    word = m.group(0)
    return word if word in _AS_WRITTEN or not _REPEAT.search(word) else _REPEAT.sub(r"\1\1", word)
_LATIN_WITHOUT_PARTS = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ß": "ss", "æ": "ae",
                                      "œ": "oe", "ı": "i", "ħ": "h", "þ": "th", "ð": "d"})


def latin_unaccented(text: str) -> str:
    """Latin letters without their accents ("oprește" -> "opreste", "café" -> "cafe"): a word
    is read whole, not broken at each accent into English-looking pieces that the spelling
    guesser then "corrects" ("oprește" was read "ore te"). Only plain letters are words here,
    so the marks of other scripts may go too."""
    return text if text.isascii() else without_accents(text.translate(_LATIN_WITHOUT_PARTS))


def strip_emoji(text: str) -> str:
    if text.isascii():  # no emoji; of the symbols dropped below ASCII has only ^ and `
        return text.replace("^", " ").replace("`", " ")
    out = []
    for ch in text:
        if ch in EMOJI_WORDS:
            out.append(EMOJI_WORDS[ch])
        elif unicodedata.category(ch) in ("So", "Sk", "Cs", "Co", "Mn") or ch in "\u200d\ufe0f":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


_OD = [line.split("\t") for line in wordlists.words("overdose_context.txt")]
_OD_BEFORE = frozenset(w for side, w in _OD if side == "before")
_OD_AFTER = frozenset(w for side, w in _OD if side == "after")


def _overdose_meant(tokens: list[str], i: int) -> bool:
    """Whether "od" is an overdose here (see data/overdose_context.txt)."""
    before = tokens[i - 1].replace("'", "") if i else ""
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    return len(tokens) == 1 or before in _OD_BEFORE or after in _OD_AFTER


# "ill" typed for "I'll" before what they will do ("ill look for work", "ill be at college"):
# not an illness, unless what comes before makes it one ("feel ill", "been ill")
_WILL_DO = frozenset(wordlists.words("after_i_will.txt"))
_ILL_AFTER = frozenset(wordlists.words("ill_after.txt"))


# English as a second language leaves out "to" and "do" ("i not eat 3 days", "i want give"):
# read as the rules and the model know it
_VERBS_WITHOUT_TO = frozenset(wordlists.words("verbs_without_to.txt"))
_PRONOUNS = frozenset({"i", "we", "he", "she", "they", "you"})


def _learners_english(words: list[str]) -> list[str]:
    if "not" not in words and "want" not in words and "need" not in words and "must" not in words:
        return words
    out: list[str] = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        prev = out[-1] if out else ""
        if w == "not" and prev in _PRONOUNS and nxt in _VERBS_WITHOUT_TO:
            out += ["do", "not"]
        elif w in ("want", "need", "wants", "needs") and nxt in _VERBS_WITHOUT_TO and nxt not in ("help", "have", "work", "stop"):
            out += [w, "to"]
        else:
            out.append(w)
    return out


def _ill_as_i_will(words: list[str]) -> list[str]:
    if "ill" not in words:
        return words
    out: list[str] = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w == "ill" and nxt in _WILL_DO and (not out or out[-1] not in _ILL_AFTER):
            out += ["i", "will"]
        else:
            out.append(w)
    return out


_ME_BEFORE_MINE = frozenset(wordlists.words("me_before_mine.txt"))
_PEOPLE_AFTER_MY = wordlists.pairs("people_after_my.tsv")
_POSSESSIVES = frozenset({"my", "his", "her", "our", "your", "their"})
_ME_SAID_BEFORE = frozenset({"not", "is", "was", "just", "only"})  # "its me mate", "not me bro"
_BEFORE_YOU = frozenset(wordlists.words("before_ya_you.txt"))
_BEFORE_A_YEAR = frozenset({"a", "this", "next", "last", "per", "each", "every", "one", "that", "gap", "school",
                            "academic", "first", "second", "third", "final", "whole", "half", "1st", "2nd", "3rd"})
_SUBJECTS = frozenset({"i", "you", "we", "they", "he", "she"})
# "they give me job", "offered me place": given to them, not "my job" (learners of English); "got me
# phone" stays "got my phone", as said in Kent
_GIVING = frozenset({"give", "gives", "gave", "giving", "offer", "offered", "offers", "promised"})
# "my best mate", "our older lads": a person of theirs, not a "mate!" said to us
_OF_A_PERSON = frozenset({"best", "older", "oldest", "younger", "youngest", "little", "big", "old", "new",
                          "close", "closest", "other", "ex"})


def _whose(token: str) -> bool:
    """Whether a token names whose the next person is: "mum's", "mums" ("my mums mate": a person
    of theirs, not a "mate!" said to us)."""
    return token.endswith("'s") or token.endswith("s") and token[:-1] in _FAMILY


_AFTER_YOU = frozenset(wordlists.words("after_ya_you.txt"))


def _digit_words() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for digit, before in wordlists.rows("digits_as_words.tsv"):
        out.setdefault(digit, set()).add(before)
    return {d: frozenset(ws) for d, ws in out.items()}


_DIGIT_WORDS = _digit_words()
_COUNTED = frozenset(wordlists.words("after_a_number.txt"))
# after these the digit is a menu choice or a number: "is it 2 or 3", "me 2 please"
_NO_WORD_FOR_A_DIGIT = frozenset({"or", "and", "please", "pls", "plz", "x", "xx", "thanks", "ta", "lol"})


def _a_word_not_counted(nxt: str) -> bool:
    """Whether the token after a digit is a word the digit does not count ("2 die", not
    "2 weeks" or "2 pills")."""
    return nxt.isalpha() and nxt not in _COUNTED and nxt not in _NO_WORD_FOR_A_DIGIT and not (
        len(nxt) > 3 and nxt.endswith("s") and not nxt.endswith(("ss", "us", "is")))


_SMALL_NUMBER = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few|couple of)"
_CHILD_NOUN = r"(?:baby|babies|son|daughter|boy|girl|twins|kid|child|little one|newborn|toddler)"
# "my 6 month old", "a 10 week old", "our 2 year old son", "my 1yo": a small child named by
# age, read as "little one" (or as the noun after it), as a child called so is read. Years up to
# five only: "my 17 year old" is the young person a parent writes of.
_CHILD_BY_AGE = re.compile(
    r"\b(my|our|his|her|their|the|a|an|me) (?:"
    rf"{_SMALL_NUMBER} ?(?:day|week|wk|month|mth)s? ?old"
    r"|(?:[1-5]|one|two|three|four|five) ?(?:year|yr|your)s? ?old"
    r"|[1-5] ?yo|\d{1,2} ?(?:mo|mth|m o))"
    rf"(?: ({_CHILD_NOUN}))?\b")


_A_DIGIT = re.compile(r"\d")


def _child_by_age(match: re.Match) -> str:
    return f"{match.group(1)} {match.group(2) or 'little one'}"


@lru_cache(maxsize=20_000)
def normalise(text: str) -> str:
    """Lower-case, plain-ASCII-ish words, slang expanded, misspellings corrected."""
    text = clean(text or "").translate(_APOS)
    text = unmasked(latin_unaccented(strip_emoji(text).lower()))  # "k!ll", "d13": kill, die
    text = re.sub(r"\b6th(?=\s*form)", "sixth", text)
    if _SPACED.search(text):
        text = _SPACED.sub(_unspaced, text)
    if _REPEAT.search(text):  # "sooooo" -> "soo", "nooo" -> "noo", word by word
        text = _LETTERS.sub(_unstretched, text)
    words = []
    tokens = _TOKEN.findall(text)
    for i, tok in enumerate(tokens):
        if tok == "od" and not _overdose_meant(tokens, i):
            words.append(tok)  # "from" in Polish, not text speak
            continue
        if tok[0] in ".!?,;:-":
            if words and words[-1] != ".":
                words.append(".")  # clause boundary, kept for the rules
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok == "yr" and words and words[-1] in _BEFORE_A_YEAR:
            tok = "year"  # "moved up a yr", "next yr"
        elif tok == "yr" and not nxt[:1].isdigit() and not (words and words[-1].isdigit()):
            tok = "your"  # "yr msg"; "yr 12" is a school year, "2 yr old" a child (slang.tsv)
        elif tok == "d" and words and words[-1] in _SUBJECTS:
            tok = "would"  # "i d like to", "they d kill me": an "'d" typed apart, not "the"
        elif tok == "c" and nxt in ("u", "you", "ya", "yous", "yall", "soon", "there"):
            tok = "see"  # "c u tmrw"
        elif tok == "ya" and (words and words[-1] in _BEFORE_YOU or nxt in _AFTER_YOU):
            tok = "you"  # "thanks ya", "see ya", "ya keep texting me"; a "ya" alone is a yes (slang.tsv)
        elif tok == "me" and nxt in _ME_BEFORE_MINE and not (
                nxt in _PEOPLE_AFTER_MY and words and words[-1] in _ME_SAID_BEFORE) and not (
                words and words[-1] in _GIVING):
            tok = "my"  # "me mum works at asda", "me phone broke"; "not me mate" is "not me"
        if tok in _PEOPLE_AFTER_MY and words and (words[-1] in _POSSESSIVES or _whose(tokens[i - 1]) or (
                words[-1] in _OF_A_PERSON and len(words) > 1 and words[-2] in _POSSESSIVES)):
            words.append(_PEOPLE_AFTER_MY[tok])  # "my mate", "my bro": a person, not a "mate!"
            continue
        if tok in _DIGIT_WORDS and words and words[-1] in _DIGIT_WORDS[tok] and _a_word_not_counted(nxt):
            words.append("to" if tok == "2" else "for")  # "i want 2 die", "sell 4 them"
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
                base = SLANG.get(base, base)  # "wat's", "wots": text speak before the "'s"
                if " " in base:
                    words.extend(base.split())
                    base = ""
                said = [correct(base)] if base else []
                tail_word = "is" if tail == "s" and base in _IS_BEFORE else _CONTRACTIONS[tail]
                words.extend(said + [tail_word] if tail_word else said)
                continue
            tok = tok.replace("'", "")
            tok = SLANG.get(tok, tok)
            if " " in tok:
                words.extend(tok.split())
                continue
        fixed = correct(tok)
        if fixed != tok and " " in (said := SLANG.get(fixed, "")):
            words.extend(said.split())  # a slip put right is read as the word: "istn" as "is not"
            continue
        words.append(fixed)
    words = _learners_english(_ill_as_i_will(words))
    while words and words[-1] == ".":
        words.pop()
    while words and words[0] == ".":
        words.pop(0)
    said = " ".join(w for w in words if w)
    if "old" in said or _A_DIGIT.search(said):  # (every age _CHILD_BY_AGE reads has one)
        said = _CHILD_BY_AGE.sub(_child_by_age, said)
    return said


@lru_cache(maxsize=20_000)
def two_slips_from(token: str) -> str:
    """The vocabulary word a token is two slips from, or the token (`for_the_rules`)."""
    if len(token) < 6 or not token.isalpha() or token in _VOCAB_SET or token in _AS_WRITTEN or spelling.ordinary(token):
        return token
    return spelling.two_slips(token, VOCAB) or token


# a learner's "no" or "not" before a verb ("i no want live", "me not like college", "no want
# to live"): the rules read "do not"
_LEARNERS_NO = re.compile(r"(?:\b(i|me|we|he|she|they)(?: very| really)? |(?:^|(?<=\. )))(?:no|not) "
                          r"(?=(?:want|wanna|like|need|have|know|go|understand)\b)")


def for_the_rules(normalised: str) -> str:
    """The normalised reply with a word of the vocabulary typed with two slips put right
    ("cloege", "pergnnt"), and a learner's "no want" read "do not want": for the rules only. The
    model reads `normalise` as it was trained on; what more the rules read is theirs (a word of
    six letters or more, one vocabulary word that near, the first letter kept)."""
    words = normalised.split(" ")
    fixed = [two_slips_from(w) if len(w) >= 6 else w for w in words]
    out = normalised if fixed == words else " ".join(fixed)
    if " no " in f" {out} " or " not " in f" {out} ":
        out = _LEARNERS_NO.sub(lambda m: f"{m.group(1)} do not " if m.group(1) else "do not ", out)
    return out
