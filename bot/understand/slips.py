"""Phrases read through a slip: the words a family of phrases is said with (stops, crises),
and a reply read again with a slip of one of them put right. The normaliser reads a slip as
the commonest English word near it ("texrs" as "tears", "tginking" as nothing at all); read
toward the phrases' own words instead, "can u srop sending these" is a stop and "cant stop
tginking about dying" a crisis. Only a whole phrase counts (the caller matches its patterns
on the text put right), never a word made from a slip alone."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from rapidfuzz.distance import OSA

from bot.understand import wordlists
from neet import spelling

# words meant as written, never read as a slip of another: the words the rules' lists are
# written with (wordlists.written_words: "raved" is no "raped", "djing" no "dying", "snodland"
# no "scotland"), and text speak the normaliser reads by its list (slang.tsv: "tuk" is "took",
# no slip of "tub")
_AS_WRITTEN = wordlists.written_words() | frozenset(wordlists.pairs("slang.tsv"))

_LETTERS = re.compile(r"[a-z]+")
_STRETCHED = re.compile(r"([a-z])\1\1")  # a letter three times over: "noooo", "pleeease"


@lru_cache(maxsize=1024)
def _tokens(raw: str) -> tuple[str, frozenset[str]]:
    """The reply lower case without apostrophes, and its words: read once for every reader
    (stops, crises, employers) of the same reply."""
    text = raw.lower().replace("'", "").replace("’", "")
    return text, frozenset(_LETTERS.findall(text))


def said(pattern: str) -> str:
    """A pattern without its look-arounds: the words a phrase is said with, not the words that
    rule one out ("waiting", "course" of "remove me from the waiting list")."""
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith(("(?!", "(?=", "(?<!", "(?<="), i):
            depth = 0
            while i < len(pattern):
                depth += {"(": 1, ")": -1}.get(pattern[i], 0) if pattern[i - 1:i] != "\\" else 0
                i += 1
                if depth == 0:
                    break
            continue
        out.append(pattern[i])
        i += 1
    return "".join(out)


def words_of(patterns: Iterable[str]) -> set[str]:
    """Every word of three letters or more the patterns are said with."""
    return {w for p in patterns for w in re.findall(r"[a-z]{3,}", said(p))}


def stems_of(patterns: Iterable[str]) -> set[str]:
    """The words of five letters or more the patterns take with any ending ("sextort\\w*")."""
    return {w for p in patterns for w in re.findall(r"([a-z]{5,})\\w[*+]", said(p))}


class SlipReader:
    """Slips of a set of words, and of the stems among them with their endings ("sextoeted" is
    "sextorted" of `sextort\\w*`). Taken from the phrases themselves, so a phrase added is read
    with slips too."""

    def __init__(self, words: Iterable[str], stems: Iterable[str] = ()):
        self._by_first: dict[str, frozenset[str]] = {}
        for w in words:
            self._by_first[w[0]] = self._by_first.get(w[0], frozenset()) | {w}
        self._stems: dict[str, tuple[str, ...]] = {}
        for w in sorted(stems):
            self._stems[w[0]] = (*self._stems.get(w[0], ()), w)
        self._seen: dict[str, tuple[str, ...]] = {}

    def slip_of(self, token: str) -> str | None:
        """The word a token is one slip from, if the token is no word of English itself
        ("srop", "tet", "tginking"; never "shop", "test" or "ding") and only one such word is
        near: a thumb slip first, then a swap or a wrong key (same length)."""
        near = self.slips_of(token)
        return near[0] if len(near) == 1 else None

    def slips_of(self, token: str) -> tuple[str, ...]:
        """Every word a token may be one slip from, as `slip_of` weighs them: one where one
        is nearest, several where they tie ("rpe": "rope", "rape")."""
        if token in self._seen:
            return self._seen[token]
        near_words = self._by_first.get(token[:1], frozenset())
        found: tuple[str, ...] = ()
        if len(token) >= 3 and token not in near_words and token not in _AS_WRITTEN and not spelling.ordinary(token):
            near = sorted(w for w in near_words
                          if abs(len(w) - len(token)) <= 1 and OSA.distance(token, w) == 1)
            for prefer in (lambda w: spelling.thumb_slip(token, w), lambda w: len(w) == len(token)):
                if len(near) > 1:
                    near = [w for w in near if prefer(w)] or near
            found = tuple(near)
            if not near and (stem := self._stem_slip(token)):
                found = (stem,)
        if len(self._seen) < 50_000:
            self._seen[token] = found
        return found

    def _stem_slip(self, token: str) -> str | None:
        """The token as a stem's word with its own ending, where its start is one slip from
        the stem (a letter wrong, swapped, left out or put in) and from one stem only."""
        found = set()
        for stem in self._stems.get(token[:1], ()):
            for size in (len(stem) - 1, len(stem), len(stem) + 1):
                if len(token) > size >= 4 and OSA.distance(token[:size], stem) == 1:
                    found.add(stem + token[size:])
        return found.pop() if len(found) == 1 else None

    def respelt(self, raw: str, reads_as: Callable[[str], str]) -> str | None:
        """The reply as typed, lower case, with each slip of one of the words put right, or
        None if it has none. A slip the normaliser (`reads_as`) already reads as the word
        meant ("colege", "dnt") changes nothing, so a reply with only those is not read
        again."""
        text, tokens = _tokens(raw)
        fixes = {tok: word for tok in tokens if (word := self.slip_of(tok))
                 and reads_as(tok) != reads_as(word)}
        if not fixes:
            return None
        return _LETTERS.sub(lambda m: fixes.get(m.group(0), m.group(0)), text)

    def respellings(self, raw: str, reads_as: Callable[[str], str], most: int = 8) -> list[str]:
        """The reply as typed with its slips put right every way they may be (`slips_of`):
        each token one slip from several words is tried as each of them and as typed, up to
        `most` readings, the first of them `respelt`'s. Empty if it has no slip `reads_as` does
        not already read."""
        text, tokens = _tokens(raw)
        options: dict[str, list[str]] = {}
        for tok in tokens:
            near = self.slips_of(tok)
            meant = [w for w in near if reads_as(tok) != reads_as(w)]
            if meant and len(near) == 1:
                options[tok] = meant
            elif meant and not _STRETCHED.search(tok):  # as typed first (`respelt`'s reading);
                options[tok] = [tok, *meant]  # a word stretched ("noooe") is emphasis, no slip
        if not options:
            return []
        readings: list[dict[str, str]] = [{}]
        for tok, ws in sorted(options.items()):
            readings = [{**r, tok: w} for r in readings for w in ws][:most]
        return [_LETTERS.sub(lambda m, r=r: r.get(m.group(0), m.group(0)), text) for r in readings]
