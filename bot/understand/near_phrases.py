"""Phrases of another language found through typos ("ya no quierro vivir", "я вже тиждень
нчую на вокзалі"): the word lists of other_languages.py hold each phrase as written, and a
young person's thumb slips in every language. A phrase is near when its words stand, in order,
at consecutive words of the reply, each the same or a slip away: one edit (a letter missed,
added, changed or two swapped) in a word of four letters or more, two in a word of eight or
more; short words ("nu", "sa", "mor") must be exact, so "vrea sa vorbesc" is not "vrea sa
mor". Read only for replies not in English, after the exact lists found nothing."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

_WORD = re.compile(r"\w+")
_MARKED = re.compile(r"\w+\$?")  # a phrase's words, with the "$" of a whole word
_LATIN = re.compile(r"[\x00-\u024f\u1e00-\u1eff]+")  # Latin letters (and ASCII), accented or not


def _slips_allowed(word: str, most: int = 2) -> int:
    return 0 if len(word) < 4 else 1 if len(word) < 8 else most


class NearPhrases:
    """A list of (meaning, phrase) read through typos; the first phrase of the list wins."""

    def __init__(self, entries: list[tuple[object, str]], fold, plain, single_at_least: int = 8,
                 most_slips: int = 2):
        """`fold` and `plain` are how replies and phrases are compared (case folded; Latin
        script also without accents). A phrase of one word is read through typos only from
        `single_at_least` letters: a short word is too easily another one. `most_slips`: in a
        long word (two, or one where an ending changes the meaning: "работать", to work, is
        not "работаю", I work)."""
        self._fold, self._plain = fold, plain
        self._most = most_slips
        # the words of replies not in English, each looked up once, in a bounded cache (a
        # worker runs for weeks)
        self._near = lru_cache(maxsize=20_000)(self._near_uncached)
        # a phrase in Latin letters is also read as typed without its accents ("nu imi mai
        # trimite" for "nu îmi mai trimite": the reply's plain form has none to compare)
        said = [(meaning, _MARKED.findall(form)) for meaning, p in entries
                for form in dict.fromkeys((fold(p), *((plain(fold(p)),) if _LATIN.fullmatch(p) else ())))]
        # a word marked "$" is read only as written: one slip away is another word of its
        # language (Turkish "atma", don't send; "atmak", to send)
        exact = {w[:-1] for _, words in said for w in words if w.endswith("$")}
        self.entries = [(m, tuple(w.rstrip("$") for w in words)) for m, words in said]
        self.entries = [(m, words) for m, words in self.entries
                        if len(words) >= 2 or (words and len(words[0]) >= single_at_least)]
        self._vocabulary = sorted({w for _, words in self.entries for w in words
                                   if len(w) >= 4} - exact)
        self._exact = exact
        self._by_first: dict[str, list[tuple[int, object, tuple[str, ...]]]] = {}
        for order, (meaning, words) in enumerate(self.entries):
            self._by_first.setdefault(words[0], []).append((order, meaning, words))

    def _near_uncached(self, word: str) -> frozenset[str]:
        """The phrase words this reply word may stand for (itself included)."""
        if len(word) < 4:
            return frozenset({word})
        found = process.extract(word, self._vocabulary, scorer=OSA.distance,
                                score_cutoff=2, limit=None)
        return frozenset({word} | {w for w, d, _ in found if d <= _slips_allowed(w, self._most)})

    def _stem_near(self, word: str, stem: str) -> bool:
        """Whether a phrase's last word, which the exact lists match as the start of a word
        (Urdu "مرنا چاہت" in "چاہتا", "چاہتی"), starts `word` through a slip: "چااہتا". Only
        where the stem may slip at all (four letters or more) and is no whole word "$"."""
        most = _slips_allowed(stem, self._most)
        if not most or len(word) < len(stem) or stem in self._exact:
            return False
        n = len(stem)
        # a stem of four plain letters slips into English too easily ("bte" for Portuguese
        # "bate" in "btec", "pela" for Spanish "pega" in "pelase"): there, only a letter added
        cuts = (-1, 0, 1) if n >= 5 or not word.isascii() else (1,)
        return any(OSA.distance(word[:n + d], stem, score_cutoff=most) <= most for d in cuts)

    def first(self, text: str, single_if=None):
        """The meaning of the first phrase near in the reply, folded or without accents.
        `single_if`: which meanings a phrase of one word may have (one word is easily a word of
        another language: Russian "работу", work, is a slip from Bulgarian "работя", I work)."""
        best: tuple[int, object] | None = None
        folded = self._fold(text)
        for form in dict.fromkeys((folded, self._plain(folded))):
            words = _WORD.findall(form)
            near = [self._near(w) for w in words]
            for i, first in enumerate(near):  # only phrases that can start here are tried
                for w in first:
                    for order, meaning, phrase in self._by_first.get(w, ()):
                        k = len(phrase)
                        if (i + k <= len(words) and (best is None or order < best[0])
                                and (k > 1 or single_if is None or single_if(meaning))
                                and all(phrase[j] in near[i + j] for j in range(1, k - 1))
                                and (k == 1 or phrase[-1] in near[i + k - 1]
                                     or self._stem_near(words[i + k - 1], phrase[-1]))):
                            best = (order, meaning)
        return best[1] if best else None
