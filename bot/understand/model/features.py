"""What the model reads of a reply: word unigrams and bigrams, and character 2-5-grams inside
word boundaries, with places and first names read as "placename" and "personname".
Character n-grams carry typos, slang spellings and other scripts; words carry negation and
who did what. Training (scikit-learn) and inference (numpy) call this same
function, so they can never disagree about a feature."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from bot.understand.normalise import normalise
from bot.understand.regexes import Alternatives, any_of
from bot.understand.rules import MAX_CHARS
from bot.understand.unicode_clean import clean
from bot.understand.wordlists import words
from neet import districts

_WORD = re.compile(r"\w+", re.UNICODE)
_APOSTROPHE = re.compile(r"['’`]")


@cache
def _places() -> Alternatives:
    """Kent's districts and towns (neet.districts), the places beyond them young people name
    (data/place_names.txt), not those that are everyday words (data/places_also_words.txt)."""
    names = (districts.place_names() | set(words("place_names.txt"))) - set(words("places_also_words.txt"))
    return any_of(*map(re.escape, sorted(names, key=len, reverse=True)))


def _placeless(text: str) -> str:
    """A place named read as the one word "placename": a place says nothing of what they do,
    and its letters collide with words that do ("cant" in Canterbury, "over" in Dover)."""
    return _places().sub("placename", text)


@cache
def _names() -> frozenset[str]:
    """First names (data/first_names.txt), each read as the one word "personname": a name
    says nothing of what anyone does."""
    return frozenset(words("first_names.txt"))


def prepare(text: str) -> str:
    """Unicode clean-up, case folding, apostrophes dropped ("don't" = "dont"), places named
    read as "placename" (`_placeless`)."""
    return _placeless(_APOSTROPHE.sub("", clean(text or "")[:MAX_CHARS].casefold()))


@lru_cache(maxsize=200_000)
def word_features(w: str) -> tuple[str, ...]:
    """A word's own features: itself and its character 2-5-grams (read once per word)."""
    out = ["w:" + w]
    padded = " " + w + " "
    size = len(padded)
    for n in range(2, 6):
        if size < n:
            break
        out += ["c:" + padded[i:i + n] for i in range(size - n + 1)]
    return tuple(out)


def parts(text: str) -> tuple[list[str], list[str]]:
    """The reply's words (each stands for its `word_features`) and its other features: word
    bigrams, and the words and bigrams as the rules read them (slang expanded, typos
    corrected, so "dnt wnt 2 liv" and "don't want to live" share features)."""
    names = _names()
    words = [("personname" if w in names else w) for w in _WORD.findall(prepare(text))]
    out = ["b:" + a + " " + b for a, b in zip(words, words[1:], strict=False)]
    said = [("personname" if w in names else w)
            for w in _placeless(normalise(text[:MAX_CHARS])).split() if w != "."]
    out += ["n:" + w for w in said]
    out += ["m:" + a + " " + b for a, b in zip(said, said[1:], strict=False)]
    return words, out


def features(text: str) -> list[str]:
    words, out = parts(text)
    for w in words:
        out += word_features(w)
    return out
