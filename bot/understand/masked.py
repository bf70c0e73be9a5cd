"""Words with letters stood in for by digits and symbols: "d13", "k!ll", "su1c1dal", "s*icide",
"h@rm", "0verdose". Young people who have learnt to write past the filters of the apps
("algospeak") write a crisis so, and the rules and the model read words. A run of letters and
such characters is read as the word it spells when that is an ordinary English word or a word
of the vocabulary; anything else ("10am", "a13", "yr1", "b4") is left as typed."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from bot.understand import wordlists
from neet import spelling

# what each character stands for; "*" for any letter (a word bleeped: "s*icide", "f**k")
_STANDS_FOR = {"1": "i", "!": "i", "|": "i", "3": "e", "0": "o", "@": "a", "4": "a", "$": "s",
               "5": "s", "7": "t"}
_MASKS = frozenset(_STANDS_FOR) | {"*"}
_RUN = re.compile(r"[a-z0-9!@$*|]+")
# a letter beside a mark, where it can stand inside a word (not "hi!! im"): else nothing to read
_MIXED = re.compile(r"[a-z](?:[0-9@$*|]|![a-z0-9@$*|])|[0-9!@$*|][a-z]")
_AROUND = "!*|@$"  # at either end a run's marks are punctuation or emphasis ("die!!", "*hugs*")
_MOST_STARS = 2  # a word with more bleeped letters is not guessed
# a star that stands for a letter stands between letters ("s*icide", "f**k"); not a grade
# ("3 a*s", "a**") nor a rating ("5*")
_BLEEPED = re.compile(r"[a-z]\*{1,2}[a-z]")
_GRADE = re.compile(r"[a-g]\*{1,2}s?")


def forget_words() -> None:
    """Drop the words read so far (the bench starts every pass cold)."""
    _word_of.cache_clear()


def unmasked(text: str) -> str:
    """`text` (lower case) with each masked word spelt out; cheap where nothing is masked."""
    if _MASKS.isdisjoint(text) or not _MIXED.search(text):
        return text
    return _RUN.sub(_spelt, text)


def _spelt(m: re.Match) -> str:
    run = m.group(0)
    core = run.strip(_AROUND)
    if len(core) < 3 or core.isalpha() or core.isdigit():
        return run
    start = run.index(core)
    word = _word_of(core)
    return run if word is None else run[:start] + word + run[start + len(core):]


@lru_cache(maxsize=20_000)
def _word_of(core: str) -> str | None:
    """The word a run of letters and marks spells, or None. A mark must stand inside the run
    (a digit first or last is a number or a code: "1am", "yr1"), unless the word is one of
    the vocabulary ("0verdose")."""
    if not any(c.isalpha() for c in core) or core.count("*") > _MOST_STARS:
        return None
    if "*" in core and (_GRADE.fullmatch(core) or core.count("*") != sum(
            m.group(0).count("*") for m in _BLEEPED.finditer(core))):
        return None
    inside = any(c in _MASKS for c in core[1:-1])
    choices = [_STANDS_FOR[c] if c in _STANDS_FOR else "abcdefghijklmnopqrstuvwxyz" if c == "*"
               else c if c.isalpha() else "" for c in core]
    if not all(choices):
        return None  # a digit that stands for no letter ("2", "8"): text speak, not a mask
    best, best_f = None, -1.0
    for letters in itertools.product(*choices):
        word = "".join(letters)
        known = word in wordlists.vocabulary()
        if not (known or inside and spelling.ordinary(word)):
            continue
        f = spelling.frequency(word) + (10.0 if known else 0.0)
        if f > best_f:
            best, best_f = word, f
    return best
