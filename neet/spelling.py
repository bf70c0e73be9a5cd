"""Slips of the keyboard, read the same way by the bot and the matcher: a word that is not
ordinary English and is one edit (two in a long word) from a known word, with the first letter
kept, is read as that word. Swapped letters count as one edit ("desing", "polise")."""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA
from wordfreq import top_n_list, zipf_frequency

ORDINARY = 3.0  # Zipf frequency from which a word is ordinary English, never a slip
LONG, ORDINARY_IF_LONG = 6, 2.3  # a long word that common is meant, not a slip ("overjoyed" is not "overdosed")


@lru_cache(maxsize=100_000)
def frequency(word: str) -> float:
    """The word's Zipf frequency in English (0 where unknown)."""
    return zipf_frequency(word, "en")


@lru_cache(maxsize=100_000)
def ordinary(word: str) -> bool:
    """Whether `word` is ordinary English (looked up once per word: every reply asks)."""
    z = frequency(word)
    return z >= ORDINARY or (len(word) >= LONG and z >= ORDINARY_IF_LONG)


def one_slip(word: str, known) -> str | None:
    """The known word `word` is one slip from, or None (callers check `ordinary` first)."""
    near = process.extractOne(word, known, scorer=OSA.distance,
                              score_cutoff=1 if len(word) < 9 else 2)
    return near[0] if near and near[0][0] == word[0] else None


def two_slips(word: str, known) -> str | None:
    """The one known word `word` is two slips from, the first letter kept, or None (none, or
    two or more as near). Only for words of six letters or more, where two slips still leave
    most of the word ("cloege": college; "pergnnt": pregnant); callers check `ordinary` and
    `one_slip` first."""
    if len(word) < 6:
        return None
    near = [w for w, _, _ in process.extract(word, known, scorer=OSA.distance, score_cutoff=2, limit=None)
            if w[0] == word[0]]
    return near[0] if len(near) == 1 else None


def swapped(word: str, known) -> str | None:
    """The known word `word` is, with two neighbouring letters after the first swapped back
    ("txet": text), or None. Only a swap: short words are too close to each other for any
    other edit to be read safely (callers check `ordinary` first)."""
    for w in known:
        if len(w) == len(word) and w[0] == word[0] and sorted(w) == sorted(word) and any(
                word == w[:i] + w[i + 1] + w[i] + w[i + 2:] for i in range(1, len(w) - 1)):
            return w
    return None


# --- any ordinary English word ------------------------------------------------------------
# The vocabulary above holds the words that carry an intent; this reads a slip in any other
# word ("tihs", "hwre", "nsme", "tginking"), so the words around the intent are read as meant.
NOT_A_WORD = 2.3  # a token below this Zipf frequency is taken for a slip, if one is near
_KEYBOARD = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _neighbours() -> dict[str, str]:
    out: dict[str, str] = {}
    for r, row in enumerate(_KEYBOARD):
        for i, ch in enumerate(row):
            near = row[max(i - 1, 0):i] + row[i + 1:i + 2]
            for other in _KEYBOARD[max(r - 1, 0):r] + _KEYBOARD[r + 1:r + 2]:
                near += other[max(i - 1, 0):i + 2]
            out[ch] = near
    return out


_NEAR = _neighbours()
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@lru_cache(maxsize=1)
def _ordinary_words() -> dict[str, float]:
    """Ordinary English words (Zipf >= ORDINARY) and their frequency, from wordfreq's list."""
    out = {}
    for w in top_n_list("en", 40_000):
        if w.isascii() and w.isalpha() and (f := zipf_frequency(w, "en")) >= ORDINARY:
            out[w] = f
    return out


def _slips_of(word: str):
    """Each word one slip from `word`, the first letter kept, with whether it is a slip a
    thumb makes: a letter left out, two letters swapped, a key next to the right one hit
    instead or as well, a letter doubled. Any other letter anywhere is a weaker guess."""
    for i in range(1, len(word) + 1):
        a, b = word[:i], word[i:]
        if b:  # they typed b[0] too many
            near = a[-1] + _NEAR.get(a[-1], "") + (b[1:2] + _NEAR.get(b[1:2], "") if b[1:] else "")
            yield a + b[1:], b[0] in near
        if len(b) > 1:
            yield a + b[1] + b[0] + b[2:], True
        for c in _LETTERS:
            if b and c != b[0]:
                yield a + c + b[1:], c in _NEAR.get(b[0], "")
            yield a + c + b, True  # they left c out


def thumb_slip(token: str, word: str) -> bool:
    """Whether `word` typed with one slip a thumb makes gives `token`."""
    return any(w == word and thumb for w, thumb in _slips_of(token))


LONGEST = 30  # letters: longer than any ordinary English word


@lru_cache(maxsize=50_000)
def likely_word(token: str, never: frozenset[str] = frozenset()) -> str | None:
    """The ordinary English word a token that is not one was most likely meant to be, or None:
    of the words one slip away (first letter kept), those a thumb slip makes first, then the
    commonest. `never` names words that must be said, not guessed (callers pass the stop
    words): a token one slip from one of them is left as typed, for the stop-phrase reader."""
    if not 4 <= len(token) <= LONGEST or not token.isascii() or not token.isalpha():
        return None  # (a token longer than any word: its slips alone would take a second)
    if zipf_frequency(token, "en") >= NOT_A_WORD:
        return None
    known = _ordinary_words()
    best, best_key = None, (False, 0.0)
    for w, thumb in _slips_of(token):
        if w in never:
            return None
        f = known.get(w)
        if f is None:
            continue
        if (key := (thumb, f)) > best_key:
            best, best_key = w, key
    return best


@lru_cache(maxsize=20_000)
def dropped_g(word: str) -> str | None:
    """The -ing word typed as said, without its g ("makin", "sellin", "nothin"), when the
    -ing word is far commoner than the word as typed (so "cousin", "robin", "begin" stay)."""
    if len(word) < 4 or not word.endswith("in") or not word.isalpha():
        return None
    typed, full = zipf_frequency(word, "en"), zipf_frequency(word + "g", "en")
    return word + "g" if full >= ORDINARY and full - typed > 1.0 and typed < 4.0 else None

