"""Crisis phrases and stops of languages written in another script, typed in Latin letters
with the vowels spelt any way: Arabic "ma bidi 3eesh" is the listed "ma bdi 3ish" (I don't want to
live), Persian "mikham bemiiram" is "mikham bemiram". Transliteration has no spelling: the
consonants (and Arabizi's digits, 3 for ع, 7 for ح, 2 for ء) stay, the vowels move. So a
listed phrase of those languages in Latin letters is also found by its consonants alone, where
the words of the reply that match are not English words (else "bad mate" would be "bidi
mout")."""

from __future__ import annotations

import re
from functools import lru_cache

from neet import spelling

# languages of another script whose speakers often type them in Latin letters
_TRANSLITERATED = frozenset({"ar", "fa", "ur", "hi", "ps", "bn", "ne", "ru", "uk", "bg", "ti", "am"})
_NO_VOWELS = str.maketrans("", "", "aeiouy")
_DOUBLED = re.compile(r"(.)\1+")
_WORD = re.compile(r"[a-z0-9]+")
_LEAST = 4  # consonants a phrase must keep: fewer are too easily any words


@lru_cache(maxsize=50_000)
def skeleton(word: str) -> str:
    """A word without its vowels, doubled letters once ("biddi", "bidi", "bdi": "bd")."""
    return _DOUBLED.sub(r"\1", word.translate(_NO_VOWELS))


class Consonants:
    """(meaning, phrase) entries, found by their words' consonants."""

    def __init__(self, entries: list[tuple[str, str]]):
        self._by_first: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for lang, phrase in entries:
            if lang not in _TRANSLITERATED or not phrase.isascii():
                continue
            words = tuple(s for w in _WORD.findall(phrase.rstrip("$")) if (s := skeleton(w)))
            if words and sum(map(len, words)) >= _LEAST:
                self._by_first.setdefault(words[0], []).append((lang, words))

    def first(self, folded: str) -> str | None:
        """The language of a phrase found in a folded reply, or None."""
        if not folded.isascii():
            return None
        words = _WORD.findall(folded)
        bones = list(map(skeleton, words))
        if self._by_first.keys().isdisjoint(bones):  # most replies: no phrase starts here
            return None
        for i, bone in enumerate(bones):
            for lang, phrase in self._by_first.get(bone, ()):
                k = len(phrase)
                span = [w for w, b in zip(words[i:i + 2 * k], bones[i:i + 2 * k], strict=False) if b][:k]
                ahead = bones[i:i + 2 * k]  # (a word of vowels alone, "a", has no bones)
                # a phrase of short skeletons ("menya byot": mn bt) is many two words' too ("moeny
                # but"): there none of the words matched may be one of English's commonest
                if tuple(b for b in ahead if b)[:k] == phrase and _not_english(
                        span, short=max(map(len, phrase)) < 3):
                    return lang
        return None


_COMMONEST = 5.0  # Zipf frequency of English's commonest words ("but", "and", "my", "was")


def _not_english(words: list[str], short: bool = False) -> bool:
    """Whether most of the words, and one of four letters or more, are no English words; for a
    `short` phrase (no word of three consonants), also none of them one of English's commonest
    ("moeny but" is a slip and "but")."""
    foreign = [w for w in words if any(c.isdigit() for c in w) or not spelling.ordinary(w)]
    if short and any(spelling.frequency(w) >= _COMMONEST for w in words):
        return False
    return 2 * len(foreign) >= len(words) and any(len(w) >= 4 for w in foreign)
